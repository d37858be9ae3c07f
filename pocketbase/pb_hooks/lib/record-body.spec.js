import { describe, expect, it } from 'vitest';
import { bodyErrors, MAX_DEPTH } from './record-body.js';

const FIELDS = [
	{ name: 'name', type: 'text', maxSelect: 1 },
	{ name: 'closures', type: 'json', maxSelect: 1 },
	{ name: 'active', type: 'bool', maxSelect: 1 }
];

describe('bodyErrors', () => {
	it('accepts a JSON object of clean values of their fields’ types', () => {
		expect(bodyErrors('{"name":"Metz","closures":["2026-12-24"],"active":true}', FIELDS)).toEqual({});
		expect(bodyErrors('', FIELDS)).toEqual({});
	});

	it('refuses a body that is no JSON object', () => {
		for (const raw of ['{', '[]', 'null', '"x"', '12'])
			expect(bodyErrors(raw, FIELDS), raw).toEqual({ body: 'invalid' });
	});

	it('refuses damaged text and nesting no record needs, naming the field', () => {
		expect(bodyErrors('{"name":"a\\ud800"}', FIELDS)).toEqual({ name: 'invalid' });
		expect(bodyErrors('{"name":"bad \ufffd bytes"}', FIELDS)).toEqual({ name: 'invalid' });
		expect(bodyErrors('{"closures":["nul\\u0000"]}', FIELDS)).toEqual({ closures: 'invalid' });
		const deep = `{"closures":${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)}}`;
		expect(bodyErrors(deep, FIELDS)).toEqual({ closures: 'invalid' });
		expect(bodyErrors('{"a\\u0000":1}', FIELDS)).toEqual({ body: 'invalid' });
	});

	it('refuses values of another type than their field’s', () => {
		expect(bodyErrors('{"name":42,"active":"yes"}', FIELDS)).toEqual({ name: 'invalid', active: 'invalid' });
	});
});
