import { describe, expect, it, vi } from 'vitest';
import { afterLoad, IDLE_TIMEOUT_MS } from './after-load';

/** A window whose load and idle moments the test decides. */
function fakeWindow(readyState: DocumentReadyState, { idle = true } = {}) {
	const listeners: (() => void)[] = [];
	const idleQueue: (() => void)[] = [];
	const idleTimeouts: (number | undefined)[] = [];
	const win = {
		document: { readyState },
		addEventListener: (type: string, listener: () => void) => {
			if (type === 'load') listeners.push(listener);
		},
		setTimeout: (task: () => void) => idleQueue.push(task),
		...(idle
			? {
					requestIdleCallback: (task: () => void, options?: { timeout?: number }) => {
						idleTimeouts.push(options?.timeout);
						idleQueue.push(task);
					}
				}
			: {})
	};
	return {
		win: win as unknown as Window,
		load: () => listeners.splice(0).forEach((listener) => listener()),
		idle: () => idleQueue.splice(0).forEach((task) => task()),
		idleTimeouts
	};
}

describe('afterLoad', () => {
	it('waits for the load event, then for the browser to be idle, two seconds at most', () => {
		const { win, load, idle, idleTimeouts } = fakeWindow('interactive');
		const task = vi.fn();
		afterLoad(task, win);
		idle();
		expect(task).not.toHaveBeenCalled();
		load();
		expect(task).not.toHaveBeenCalled();
		idle();
		expect(task).toHaveBeenCalledOnce();
		expect(idleTimeouts).toEqual([IDLE_TIMEOUT_MS]);
		expect(IDLE_TIMEOUT_MS).toBe(2000);
	});

	it('waits only for idleness when the page has loaded already, with a timer where idle callbacks are missing', () => {
		for (const idleCallbacks of [true, false]) {
			const { win, idle } = fakeWindow('complete', { idle: idleCallbacks });
			const task = vi.fn();
			afterLoad(task, win);
			expect(task).not.toHaveBeenCalled();
			idle();
			expect(task).toHaveBeenCalledOnce();
		}
	});
});
