import { describe, expect, test } from 'vitest';
import { FREE_ATTEMPTS, PinThrottle, lockSeconds } from './pin-throttle';

describe('PIN throttle', () => {
	test('a few wrong PINs cost nothing, then the wait doubles up to a ceiling', () => {
		expect(lockSeconds(0)).toBe(0);
		expect(lockSeconds(FREE_ATTEMPTS - 1)).toBe(0);
		expect(lockSeconds(FREE_ATTEMPTS)).toBe(30);
		expect(lockSeconds(FREE_ATTEMPTS + 1)).toBe(60);
		expect(lockSeconds(FREE_ATTEMPTS + 10)).toBe(900);
	});

	test('the wait runs out with time, and a right PIN clears the count', () => {
		const throttle = new PinThrottle();
		const t0 = 1_000_000;
		for (let i = 1; i < FREE_ATTEMPTS; i++) expect(throttle.fail(t0)).toBe(0);
		expect(throttle.fail(t0)).toBe(30);
		expect(throttle.waitSeconds(t0 + 29_500)).toBe(1);
		expect(throttle.waitSeconds(t0 + 30_000)).toBe(0);
		expect(throttle.fail(t0 + 30_000)).toBe(60);

		throttle.succeed();
		expect(throttle.waitSeconds(t0 + 30_000)).toBe(0);
		expect(throttle.fail(t0 + 30_000)).toBe(0);
	});
});
