import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IdleTimer, reportListening, watchIdle } from './idle.svelte';

describe('idle timer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	test('fires once after the timeout without activity', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(20_000, onIdle);
		timer.start();
		vi.advanceTimersByTime(19_999);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onIdle).toHaveBeenCalledTimes(1);
		expect(timer.running).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(onIdle).toHaveBeenCalledTimes(1);
	});

	test('activity restarts the wait', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(20_000, onIdle);
		timer.start();
		vi.advanceTimersByTime(15_000);
		timer.poke();
		vi.advanceTimersByTime(15_000);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(5_000);
		expect(onIdle).toHaveBeenCalledTimes(1);
	});

	test('a stopped timer never fires, and poking it does not restart it', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(20_000, onIdle);
		timer.start();
		timer.stop();
		timer.poke();
		vi.advanceTimersByTime(60_000);
		expect(onIdle).not.toHaveBeenCalled();
	});

	test('watchIdle: events on the target count as activity, and stopping removes the listeners', () => {
		const target = new EventTarget();
		const onIdle = vi.fn();
		const stop = watchIdle(target, 20_000, onIdle);
		for (const type of ['pointerdown', 'keydown', 'input']) {
			vi.advanceTimersByTime(19_000);
			target.dispatchEvent(new Event(type));
		}
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(20_000);
		expect(onIdle).toHaveBeenCalledTimes(1);

		const again = vi.fn();
		const stopAgain = watchIdle(target, 20_000, again);
		stopAgain();
		target.dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(60_000);
		expect(again).not.toHaveBeenCalled();
		stop();
	});

	test('watchIdle: the kiosk reading a question aloud is activity (a visitor listening is using it)', () => {
		const target = new EventTarget();
		const onIdle = vi.fn();
		const stop = watchIdle(target, 20_000, onIdle);
		vi.advanceTimersByTime(19_000);
		reportListening(target);
		vi.advanceTimersByTime(19_000);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1_000);
		expect(onIdle).toHaveBeenCalledTimes(1);
		stop();
	});

	test('watchIdle: the page scrolling by itself (content loading, focus moving) is not activity', () => {
		const target = new EventTarget();
		const onIdle = vi.fn();
		const stop = watchIdle(target, 20_000, onIdle);
		vi.advanceTimersByTime(19_000);
		target.dispatchEvent(new Event('scroll'));
		vi.advanceTimersByTime(1_000);
		expect(onIdle).toHaveBeenCalledTimes(1);
		stop();
	});
});
