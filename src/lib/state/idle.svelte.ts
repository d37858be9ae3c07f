// A kiosk left half-way through a survey must return to its welcome screen for the next visitor.

/**
 * What counts as someone using the screen. Not `scroll`: the page scrolls by itself too (content loading,
 * focus moving), and a person's scrolling starts with one of these anyway.
 */
export const ACTIVITY_EVENTS = [
	'pointerdown',
	'keydown',
	'input',
	'wheel',
	'touchstart',
	'qep:listening'
] as const;

/** Tells the idle watch that the kiosk is reading a question aloud to a visitor (`qep:listening` on window). */
export function reportListening(target: EventTarget = window): void {
	target.dispatchEvent(new Event('qep:listening'));
}

/** Calls `onIdle` once, `timeoutMs` after the last `poke()` (or `start()`), unless stopped before. */
export class IdleTimer {
	#timeoutMs: number;
	#onIdle: () => void;
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(timeoutMs: number, onIdle: () => void) {
		this.#timeoutMs = timeoutMs;
		this.#onIdle = onIdle;
	}

	/** True while waiting for inactivity. */
	get running(): boolean {
		return this.#timer !== null;
	}

	/** Starts (or restarts) the wait. */
	start(): void {
		this.stop();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#onIdle();
		}, this.#timeoutMs);
	}

	/** Activity: the wait starts again from now. Does nothing once stopped or fired. */
	poke(): void {
		if (this.running) this.start();
	}

	stop(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}

/**
 * Calls `onIdle` once after `timeoutMs` without activity on `target` (usually `window`).
 * Returns the function that stops watching, so it fits an `$effect`.
 */
export function watchIdle(target: EventTarget, timeoutMs: number, onIdle: () => void): () => void {
	const timer = new IdleTimer(timeoutMs, onIdle);
	const poke = () => timer.poke();
	// Capture: activity counts even where a handler stops propagation (dialogs, menus).
	for (const type of ACTIVITY_EVENTS) target.addEventListener(type, poke, { capture: true, passive: true });
	timer.start();
	return () => {
		timer.stop();
		for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, poke, { capture: true });
	};
}
