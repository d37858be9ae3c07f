import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitBriefly } from './brief-wait';

describe('waitBriefly', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	/** Whether `promise` has settled once pending callbacks ran. */
	async function isSettled(promise: Promise<unknown>): Promise<boolean> {
		let settled = false;
		void promise.then(() => (settled = true));
		await vi.advanceTimersByTimeAsync(0);
		return settled;
	}

	it('resolves as soon as the data comes, before the time is up', async () => {
		const wait = waitBriefly(Promise.resolve('survey'), 200);
		expect(await isSettled(wait)).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('resolves when the data failed too (the page reads the failure from its own promise)', async () => {
		const failed = Promise.reject(new Error('offline'));
		failed.catch(() => undefined);
		await expect(waitBriefly(failed, 200)).resolves.toBeUndefined();
	});

	it('stops waiting after the given time when the data has not come', async () => {
		const wait = waitBriefly(new Promise(() => undefined), 200);
		await vi.advanceTimersByTimeAsync(199);
		expect(await isSettled(wait)).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(await isSettled(wait)).toBe(true);
	});
});
