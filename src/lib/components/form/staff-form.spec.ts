import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { recordFocus } from './focus-recorder.fixture';
import { StaffForm, refusedFields } from './staff-form.svelte';

// The refusals' sentences are French here, whatever the stubbed document would say of the locale.
beforeAll(() => overwriteGetLocale(() => 'fr'));

const ORDER = ['name', 'site'] as const;
const refusal = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { data } });

const focused = recordFocus();

function staffForm() {
	const form = new StaffForm({ prefix: 'kiosk', order: ORDER });
	form.alert = { focus: () => focused.push('alert') } as unknown as HTMLElement;
	return form;
}

describe('refusedFields', () => {
	test("a refusal's field messages, and one sentence for the form", () => {
		const errors = refusedFields(refusal(400, { name: { code: 'validation_required', message: 'x' } }));
		expect(Object.keys(errors).sort()).toEqual(['form', 'name']);
	});

	test('nothing for an aborted request', () => {
		expect(refusedFields(new ClientResponseError({ isAbort: true }))).toEqual({});
	});
});

describe('StaffForm.submit', () => {
	test("the device's findings stop the sending and focus the first field in error", async () => {
		const form = staffForm();
		const send = vi.fn(async () => {});
		expect(await form.submit({ check: () => ({ site: 'Choisir.', name: 'Requis.' }), send })).toBe(false);
		expect(send).not.toHaveBeenCalled();
		expect(focused).toEqual(['kiosk-name']);
		expect(form.failure).toBeNull();
	});

	test('a finding on a field the form does not show still stops the sending', async () => {
		const form = staffForm();
		const send = vi.fn(async () => {});
		expect(await form.submit({ check: () => ({ closed_at: 'Invalide.' }), send })).toBe(false);
		expect(send).not.toHaveBeenCalled();
	});

	test("a check about the whole form stops the sending and shows it in the form's alert", async () => {
		const form = staffForm();
		const send = vi.fn(async () => {});
		expect(await form.submit({ check: () => ({ form: 'Rien n’a changé.' }), send })).toBe(false);
		expect(send).not.toHaveBeenCalled();
		expect(form.failure).toBe('Rien n’a changé.');
		expect(focused).toEqual(['alert']);
	});

	test('a sent form says so, with no messages, and is no longer pending', async () => {
		const form = staffForm();
		form.errors = { name: 'Requis.' };
		let pendingWhileSending = false;
		const sent = await form.submit({
			send: async () => {
				pendingWhileSending = form.pending;
			}
		});
		expect(sent).toBe(true);
		expect(pendingWhileSending).toBe(true);
		expect(form.pending).toBe(false);
		expect(form.errors).toEqual({});
	});

	test('a second submit while sending does nothing', async () => {
		const form = staffForm();
		let release = () => {};
		const first = form.submit({ send: () => new Promise<void>((resolve) => (release = resolve)) });
		const send = vi.fn(async () => {});
		expect(await form.submit({ send })).toBe(false);
		expect(send).not.toHaveBeenCalled();
		release();
		expect(await first).toBe(true);
	});

	test('a refusal about a field shows next to it and focuses it, with no sentence for the form', async () => {
		const form = staffForm();
		const error = refusal(400, { site: { code: 'validation_required', message: 'x' } });
		expect(await form.submit({ send: () => Promise.reject(error) })).toBe(false);
		expect(form.errors.site).toBeTruthy();
		expect(form.failure).toBeNull();
		expect(focused).toEqual(['kiosk-site']);
	});

	test("a refusal about no field shows the form's sentence and focuses its alert", async () => {
		const form = staffForm();
		expect(await form.submit({ send: () => Promise.reject(refusal(500)) })).toBe(false);
		expect(form.failure).toBeTruthy();
		expect(focused).toEqual(['alert']);
	});

	test("the form's own reader of refusals is used when given", async () => {
		const form = staffForm();
		const refusals = vi.fn(() => ({ form: 'Déjà anonymisée.' }));
		await form.submit({ send: () => Promise.reject(new Error('x')), refusals });
		expect(form.failure).toBe('Déjà anonymisée.');
	});

	test('an aborted request shows nothing', async () => {
		const form = staffForm();
		const aborted = new ClientResponseError({ isAbort: true });
		expect(await form.submit({ send: () => Promise.reject(aborted) })).toBe(false);
		expect(form.failure).toBeNull();
		expect(form.errors).toEqual({});
		expect(focused).toEqual([]);
	});

	test('reset forgets the messages', async () => {
		const form = staffForm();
		await form.submit({ send: () => Promise.reject(refusal(500)) });
		form.errors = { name: 'Requis.' };
		form.reset();
		expect(form.errors).toEqual({});
		expect(form.failure).toBeNull();
	});
});
