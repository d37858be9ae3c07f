import { describe, expect, it, vi } from 'vitest';
import { afterLoad } from './after-load';

/** A window whose load and idle moments the test decides. */
function fakeWindow(readyState: DocumentReadyState, { idle = true } = {}) {
	const listeners: (() => void)[] = [];
	const idleQueue: (() => void)[] = [];
	const win = {
		document: { readyState },
		addEventListener: (type: string, listener: () => void) => {
			if (type === 'load') listeners.push(listener);
		},
		setTimeout: (task: () => void) => idleQueue.push(task),
		...(idle ? { requestIdleCallback: (task: () => void) => idleQueue.push(task) } : {})
	};
	return {
		win: win as unknown as Window,
		load: () => listeners.splice(0).forEach((listener) => listener()),
		idle: () => idleQueue.splice(0).forEach((task) => task())
	};
}

describe('afterLoad', () => {
	it('waits for the load event, then for the browser to be idle', () => {
		const { win, load, idle } = fakeWindow('interactive');
		const task = vi.fn();
		afterLoad(task, win);
		idle();
		expect(task).not.toHaveBeenCalled();
		load();
		expect(task).not.toHaveBeenCalled();
		idle();
		expect(task).toHaveBeenCalledOnce();
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
