import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arrivals, debounce } from './live';

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
