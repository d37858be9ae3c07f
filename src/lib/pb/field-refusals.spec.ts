import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { fieldRefusals, type RefusalWording } from './field-refusals';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const refusal = (status: number, data: Record<string, unknown> = {}, message = 'Failed.') =>
	new ClientResponseError({ status, response: { status, message, data } });
const codes = (entries: Record<string, string>) =>
	refusal(400, Object.fromEntries(Object.entries(entries).map(([field, code]) => [field, { code }])));

const wording: RefusalWording = {
	message: (field, code) => `${field}:${code}`,
	gone: () => 'gone'
};

describe('fieldRefusals', () => {
	it('says each refused field with its code', () => {
		expect(fieldRefusals(codes({ until: 'past', reason: 'too_long' }), wording)).toEqual({
			until: 'until:past',
			reason: 'reason:too_long'
		});
	});

	it("puts the codes on fields that are not the form's under form, the first one only", () => {
		const own = { ...wording, fields: ['reason'], formMessage: (field: string) => `form about ${field}` };
		expect(fieldRefusals(codes({ id: 'anonymised', item: 'gone', reason: 'required' }), own)).toEqual({
			form: 'form about id',
			reason: 'reason:required'
		});
	});

	it('words a code on another field with `message` when there is no formMessage', () => {
		expect(fieldRefusals(codes({ id: 'held' }), { ...wording, fields: ['reason'] })).toEqual({
			form: 'id:held'
		});
	});

	it('says the item is gone on a 404, whatever the codes', () => {
		expect(fieldRefusals(refusal(404, { id: { code: 'x' } }), wording)).toEqual({ form: 'gone' });
	});

	it('gives one sentence for the form when the refusal names no code', () => {
		const { form } = fieldRefusals(refusal(0), wording);
		expect(form).toMatch(/connexion|réseau/i);
		expect(Object.keys(fieldRefusals(refusal(500), wording))).toEqual(['form']);
	});

	it('is empty for an aborted request', () => {
		const aborted = new ClientResponseError({ isAbort: true });
		expect(fieldRefusals(aborted, wording)).toEqual({});
	});
});
