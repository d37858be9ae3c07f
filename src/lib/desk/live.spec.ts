import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arrivals, debounce, follow } from './live';

describe('debounce', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs once after a burst, when it has gone quiet', () => {
		const run = vi.fn();
		const refetch = debounce(run, 300);
		refetch.call();
		vi.advanceTimersByTime(200);
		refetch.call();
		vi.advanceTimersByTime(200);
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(100);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('does not run once cancelled', () => {
		const run = vi.fn();
		const refetch = debounce(run, 300);
		refetch.call();
		refetch.cancel();
		vi.advanceTimersByTime(1000);
		expect(run).not.toHaveBeenCalled();
	});
});

describe('arrivals', () => {
	it('keeps the listed items that were just created, in list order', () => {
		const listed = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(arrivals(new Set(['c', 'x', 'a']), listed)).toEqual([{ id: 'a' }, { id: 'c' }]);
		expect(arrivals(new Set(), listed)).toEqual([]);
	});
});

describe('follow', () => {
	/** A feed whose subscription lands when `land` is called. */
	function feed() {
		const stop = vi.fn(() => Promise.resolve());
		let land: () => void = () => {};
		let heard: (change: string) => void = () => {};
		const watch = (listener: (change: string) => void) =>
			new Promise<() => Promise<void>>((resolve) => {
				heard = listener;
				land = () => resolve(stop);
			});
		return { watch, stop, land: () => land(), emit: (change: string) => heard(change) };
	}

	it('passes the changes on, and unsubscribes when the component goes', async () => {
		const f = feed();
		const listener = vi.fn();
		const leave = follow(f.watch, listener);
		f.land();
		await Promise.resolve();
		f.emit('created');
		expect(listener).toHaveBeenCalledWith('created');
		leave();
		expect(f.stop).toHaveBeenCalledTimes(1);
	});

	it('unsubscribes a subscription that lands after the component went, and ignores a feed that fails', async () => {
		const f = feed();
		const leave = follow(f.watch, vi.fn());
		leave();
		expect(f.stop).not.toHaveBeenCalled();
		f.land();
		await vi.waitFor(() => expect(f.stop).toHaveBeenCalledTimes(1));
		const failing = follow(() => Promise.reject(new Error('offline')), vi.fn());
		expect(failing).not.toThrow();
	});
});
