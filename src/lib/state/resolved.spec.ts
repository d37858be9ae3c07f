import { describe, expect, it, vi } from 'vitest';
import { newest } from './resolved.svelte';

/** A promise and the function that resolves it, as a load's streamed data. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

describe('newest', () => {
	it("hands over a promise's value once it resolves", async () => {
		const set = vi.fn();
		const follow = newest<string>(set);
		const first = deferred<string>();
		follow(first.promise);
		await Promise.resolve();
		expect(set).not.toHaveBeenCalled();
		first.resolve('sites');
		await first.promise;
		expect(set).toHaveBeenCalledExactlyOnceWith('sites');
	});

	it('follows each newer promise (a retry)', async () => {
		const set = vi.fn();
		const follow = newest<string>(set);
		const first = deferred<string>();
		follow(first.promise);
		first.resolve('unavailable');
		await first.promise;
		const second = deferred<string>();
		follow(second.promise);
		second.resolve('sites');
		await second.promise;
		expect(set.mock.calls).toEqual([['unavailable'], ['sites']]);
	});

	it('drops an older answer that comes after a newer promise was given', async () => {
		const set = vi.fn();
		const follow = newest<string>(set);
		const older = deferred<string>();
		const newer = deferred<string>();
		follow(older.promise);
		follow(newer.promise);
		newer.resolve('new');
		await newer.promise;
		older.resolve('old');
		await older.promise;
		expect(set).toHaveBeenCalledExactlyOnceWith('new');
	});

	it('hands over nothing once stopped (the page is gone)', async () => {
		const set = vi.fn();
		const follow = newest<string>(set);
		const first = deferred<string>();
		const stop = follow(first.promise);
		stop();
		first.resolve('late');
		await first.promise;
		expect(set).not.toHaveBeenCalled();
	});
});
