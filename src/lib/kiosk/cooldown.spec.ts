import { describe, expect, test } from 'vitest';
import { cooldownEnd, cooldownRemaining } from './cooldown';

describe('kiosk cooldown', () => {
	const now = Date.UTC(2026, 10, 22, 9, 0, 0);

	test('counts whole seconds down from the configured duration', () => {
		const until = cooldownEnd(now, 20);
		expect(cooldownRemaining(until, now, 20)).toBe(20);
		expect(cooldownRemaining(until, now + 1, 20)).toBe(20);
		expect(cooldownRemaining(until, now + 1000, 20)).toBe(19);
		expect(cooldownRemaining(until, now + 19_001, 20)).toBe(1);
		expect(cooldownRemaining(until, now + 20_000, 20)).toBe(0);
		expect(cooldownRemaining(until, now + 60_000, 20)).toBe(0);
	});

	test('no submission yet, or no cooldown configured, means no wait', () => {
		expect(cooldownRemaining(null, now, 20)).toBe(0);
		expect(cooldownRemaining(cooldownEnd(now, 0), now, 0)).toBe(0);
		expect(cooldownRemaining(cooldownEnd(now, -5), now, -5)).toBe(0);
	});

	test('a clock set back in time never locks the kiosk longer than the cooldown', () => {
		const until = cooldownEnd(now, 20);
		expect(cooldownRemaining(until, now - 3_600_000, 20)).toBe(20);
	});

	test('garbage read back from storage means no wait', () => {
		expect(cooldownRemaining(Number.NaN, now, 20)).toBe(0);
	});
});
