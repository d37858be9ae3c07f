import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrainResult } from './engine';
import { SyncScheduler } from './scheduler';
import { SyncFailure } from './transport';

const ok: DrainResult = { confirmed: 1, rejected: 0, failure: null };
const offline: DrainResult = { confirmed: 0, rejected: 0, failure: new SyncFailure('network', 'offline') };
const noLock = <T>(task: () => Promise<T>) => task();

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	// Also when an assertion failed half-way: a stubbed `window` must not reach the next test.
	vi.unstubAllGlobals();
});

describe('SyncScheduler', () => {
	it('runs at start and on its interval', async () => {
		const run = vi.fn(async () => ok);
		const scheduler = new SyncScheduler({ run, intervalMs: 1000, withLock: noLock });
		scheduler.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(run).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(3000);
		expect(run).toHaveBeenCalledTimes(4);
		scheduler.stop();
	});

	it('retries after a failure with growing delays, and never gives up', async () => {
		const run = vi.fn(async () => offline);
		const scheduler = new SyncScheduler({ run, intervalMs: 3_600_000, random: () => 0, withLock: noLock });
		scheduler.start();
		await vi.advanceTimersByTimeAsync(0);
		const times: number[] = [];
		for (let i = 0; i < 12; i++) {
			const before = run.mock.calls.length;
			const start = Date.now();
			// From timer to timer (not in 100 ms steps: thousands of them made the test slow on a busy machine).
			while (run.mock.calls.length === before) await vi.advanceTimersToNextTimerAsync();
			times.push(Date.now() - start);
		}
		// 1 s, 2 s, 4 s… capped at 150 s with random() = 0.
		expect(times.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
		expect(times.at(-1)).toBe(150_000);
		scheduler.stop();
	});

	it('coalesces kicks that arrive during a drain into one more drain', async () => {
		let release!: () => void;
		const run = vi.fn(() => new Promise<DrainResult>((resolve) => (release = () => resolve(ok))));
		const scheduler = new SyncScheduler({ run, intervalMs: 3_600_000, withLock: noLock });
		const first = scheduler.kick();
		void scheduler.kick();
		void scheduler.kick();
		release();
		await vi.advanceTimersByTimeAsync(0);
		release();
		await first;
		expect(run).toHaveBeenCalledTimes(2);
	});

	it('drains again as soon as the browser is back online', async () => {
		const run = vi.fn(async () => offline);
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		const scheduler = new SyncScheduler({ run, intervalMs: 3_600_000, withLock: noLock });
		scheduler.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(run).toHaveBeenCalledTimes(1);
		target.dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(0);
		expect(run).toHaveBeenCalledTimes(2);
		scheduler.stop();
	});
});
