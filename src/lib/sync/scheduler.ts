// When to drain: at start, when the browser comes online, on an interval, after each new submission,
// and after a failure with exponential backoff and jitter — forever. One tab at a time (Web Locks).
import { backoffDelay, type DrainResult } from './engine';

export interface SchedulerOptions {
	/** One drain of the outbox. */
	run: () => Promise<DrainResult>;
	/** Called after each drain (to refresh counters). */
	onResult?: (result: DrainResult | null) => void;
	intervalMs?: number;
	random?: () => number;
	/** Runs `task` holding the outbox lock, or not at all (null) when another tab holds it. */
	withLock?: <T>(task: () => Promise<T>) => Promise<T | null>;
}

/** Web Locks when the browser has them; a plain call otherwise. */
export function webLock<T>(task: () => Promise<T>): Promise<T | null> {
	if (typeof navigator === 'undefined' || !navigator.locks) return task();
	return navigator.locks.request('qep-outbox', { ifAvailable: true }, (lock) => (lock ? task() : null));
}

export class SyncScheduler {
	#options: Required<Omit<SchedulerOptions, 'onResult'>> & Pick<SchedulerOptions, 'onResult'>;
	#attempt = 0;
	#retry: ReturnType<typeof setTimeout> | null = null;
	#interval: ReturnType<typeof setInterval> | null = null;
	#running: Promise<void> | null = null;
	#again = false;

	constructor(options: SchedulerOptions) {
		this.#options = { intervalMs: 30_000, random: Math.random, withLock: webLock, ...options };
	}

	/** Starts the triggers; safe to call twice. */
	start(): void {
		if (this.#interval) return;
		this.#interval = setInterval(() => void this.kick(), this.#options.intervalMs);
		if (typeof window !== 'undefined') window.addEventListener('online', this.#onOnline);
		void this.kick();
	}

	/** Stops the triggers (tests, sign-out). */
	stop(): void {
		if (this.#interval) clearInterval(this.#interval);
		if (this.#retry) clearTimeout(this.#retry);
		this.#interval = this.#retry = null;
		if (typeof window !== 'undefined') window.removeEventListener('online', this.#onOnline);
	}

	/** Drains now, or right after the drain in progress; resolves when done. */
	kick(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#cycle().finally(() => (this.#running = null));
		return this.#running;
	}

	#onOnline = () => {
		this.#attempt = 0;
		void this.kick();
	};

	async #cycle(): Promise<void> {
		do {
			this.#again = false;
			if (this.#retry) clearTimeout(this.#retry);
			this.#retry = null;
			const result = await this.#options.withLock(this.#options.run);
			this.#options.onResult?.(result);
			if (result?.failure) {
				const delay = backoffDelay(this.#attempt++, { random: this.#options.random });
				this.#retry = setTimeout(() => void this.kick(), delay);
				return;
			}
			this.#attempt = 0;
		} while (this.#again);
	}
}
