import { describe, expect, test, vi } from 'vitest';
import type { OutboxItem } from '$lib/db/database';
import type { SubmissionStatus } from '$lib/db/receipts.repo';
import type { FieldCodes } from '$lib/domain/error-codes';
import { InvalidSubmission } from '$lib/sync/submit';
import { SubmissionFlow, type StatusWatcher } from './submission-flow.svelte';

/** A watcher driven by the test: `emit` plays the device's status changes. */
function fakeWatcher() {
	const listeners = new Map<string, (status: SubmissionStatus) => void>();
	const stopped: string[] = [];
	const watch: StatusWatcher = (id, onchange) => {
		listeners.set(id, onchange);
		return () => {
			listeners.delete(id);
			stopped.push(id);
		};
	};
	const emit = (id: string, status: SubmissionStatus) => listeners.get(id)?.(status);
	return { watch, emit, stopped, watching: () => [...listeners.keys()] };
}

const messages = (codes: FieldCodes) =>
	Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, `${field}:${code}`]));
const storeFailed = () => 'not stored';
const ITEM = { id: 'x', type: 'suggestion', data: { text: 'Bonjour' } } as unknown as OutboxItem;

function flowWith(extra: Partial<ConstructorParameters<typeof SubmissionFlow>[0]> = {}) {
	const watcher = fakeWatcher();
	const flow = new SubmissionFlow({ messages, storeFailed, watch: watcher.watch, ...extra });
	return { flow, ...watcher };
}

describe('submission flow', () => {
	test("the device's findings become messages and nothing is sent", async () => {
		const { flow } = flowWith();
		const send = vi.fn(async () => 'a');
		expect(await flow.submit({ codes: { text: 'required' }, send })).toBeNull();
		expect(send).not.toHaveBeenCalled();
		expect(flow.errors).toEqual({ text: 'text:required' });
		expect(flow.attempt).toBe(1);
		expect(flow.id).toBeNull();
	});

	test('a stored submission is watched and its status followed; the messages go', async () => {
		const { flow, emit, watching } = flowWith();
		await flow.submit({ codes: { text: 'required' }, send: async () => 'never' });
		expect(await flow.submit({ send: async () => 'a' })).toBe('a');
		expect(flow.errors).toEqual({});
		expect(flow.id).toBe('a');
		expect(watching()).toEqual(['a']);
		expect(flow.status).toBeNull();
		emit('a', { state: 'queued' });
		expect(flow.status).toEqual({ state: 'queued' });
		emit('a', { state: 'received', receipt: null });
		expect(flow.status).toEqual({ state: 'received', receipt: null });
		expect(flow.submitting).toBe(false);
	});

	test('submitting is true while storing, and a second submit meanwhile does nothing', async () => {
		const { flow } = flowWith();
		let finish: (id: string) => void = () => {};
		const first = flow.submit({ send: () => new Promise<string>((resolve) => (finish = resolve)) });
		expect(flow.submitting).toBe(true);
		const send = vi.fn(async () => 'b');
		expect(await flow.submit({ send })).toBeNull();
		expect(send).not.toHaveBeenCalled();
		finish('a');
		expect(await first).toBe('a');
		expect(flow.submitting).toBe(false);
	});

	test('a refusal by the server refills the form, shows its messages, and the next one supersedes it', async () => {
		const onrejected = vi.fn();
		const { flow, emit, stopped, watching } = flowWith({ onrejected });
		await flow.submit({ send: async () => 'a' });
		emit('a', { state: 'rejected', errors: { email: 'invalid' }, item: ITEM });
		expect(onrejected).toHaveBeenCalledWith(ITEM);
		expect(flow.errors).toEqual({ email: 'email:invalid' });
		expect(flow.attempt).toBe(1);
		expect(flow.id).toBeNull();
		expect(flow.status).toBeNull();
		expect(stopped).toEqual(['a']);
		expect(watching()).toEqual([]);

		const send = vi.fn(async () => 'b');
		await flow.submit({ send });
		expect(send).toHaveBeenCalledWith('a');
		const again = vi.fn(async () => 'c');
		await flow.submit({ send: again });
		expect(again).toHaveBeenCalledWith(undefined);
	});

	test('a refusal on the device at storing time becomes messages; any other failure a form message', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { flow } = flowWith();
		const refused = async (): Promise<string> => {
			throw new InvalidSubmission({ contact_email: 'invalid' });
		};
		expect(await flow.submit({ send: refused })).toBeNull();
		expect(flow.errors).toEqual({ contact_email: 'contact_email:invalid' });
		expect(warn).not.toHaveBeenCalled();
		const broken = async (): Promise<string> => {
			throw new Error('QuotaExceededError');
		};
		expect(await flow.submit({ send: broken })).toBeNull();
		expect(flow.errors).toEqual({ form: 'not stored' });
		expect(flow.attempt).toBe(2);
		expect(flow.submitting).toBe(false);
		expect(warn).toHaveBeenCalledTimes(1);
		warn.mockRestore();
	});

	test('a submission sent before a reload is watched from the start', () => {
		const { flow, emit } = flowWith({ resume: 'old' });
		expect(flow.id).toBe('old');
		emit('old', { state: 'queued' });
		expect(flow.status).toEqual({ state: 'queued' });
	});

	test('a watcher that answers at once with a refusal is stopped, not kept', async () => {
		const stopped: string[] = [];
		const watch: StatusWatcher = (id, onchange) => {
			onchange({ state: 'rejected', errors: { text: 'too_long' }, item: ITEM });
			return () => stopped.push(id);
		};
		const flow = new SubmissionFlow({ messages, storeFailed, watch });
		await flow.submit({ send: async () => 'a' });
		expect(flow.id).toBeNull();
		expect(flow.errors).toEqual({ text: 'text:too_long' });
		expect(stopped).toEqual(['a']);
	});

	test('after a reset, the next submission supersedes nothing: the refused one stays aside', async () => {
		const { flow, emit } = flowWith();
		await flow.submit({ send: async () => 'a' });
		emit('a', { state: 'rejected', errors: { text: 'too_long' }, item: ITEM });
		flow.reset();
		expect(flow.errors).toEqual({});
		const send = vi.fn(async () => 'b');
		await flow.submit({ send });
		expect(send).toHaveBeenCalledWith(undefined);
	});

	test('reset and stop forget the watched submission; late statuses are ignored', async () => {
		const { flow, emit, stopped } = flowWith();
		await flow.submit({ send: async () => 'a' });
		flow.reset();
		expect(flow.id).toBeNull();
		expect(stopped).toEqual(['a']);
		emit('a', { state: 'queued' });
		expect(flow.status).toBeNull();
		await flow.submit({ send: async () => 'b' });
		flow.stop();
		expect(flow.id).toBeNull();
		expect(stopped).toEqual(['a', 'b']);
	});
});
