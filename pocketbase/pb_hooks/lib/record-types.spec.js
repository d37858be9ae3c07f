import { describe, expect, it } from 'vitest';
import { typeErrors } from './record-types.js';

const FIELDS = [
	{ name: 'name', type: 'text', maxSelect: 1 },
	{ name: 'threshold', type: 'number', maxSelect: 1 },
	{ name: 'active', type: 'bool', maxSelect: 1 },
	{ name: 'kind', type: 'select', maxSelect: 1 },
	{ name: 'languages', type: 'select', maxSelect: 2 },
	{ name: 'site', type: 'relation', maxSelect: 1 },
	{ name: 'sites', type: 'relation', maxSelect: 50 },
	{ name: 'closures', type: 'json', maxSelect: 1 },
	{ name: 'password', type: 'password', maxSelect: 1 },
	{ name: 'created', type: 'autodate', maxSelect: 1 }
];

describe('typeErrors', () => {
	it('accepts each field’s own type, lists where lists are held, and keys that name no field', () => {
		expect(
			typeErrors(FIELDS, {
				name: 'Metz',
				threshold: 0.75,
				active: false,
				kind: 'cert',
				languages: ['fr', 'en'],
				site: 'abcdefghij12345',
				sites: ['abcdefghij12345'],
				closures: ['2026-12-24'],
				password: 'a long passphrase',
				passwordConfirm: 'a long passphrase',
				'sites+': 'abcdefghij12345',
				'threshold+': 0.05,
				name2: { anything: true }
			})
		).toEqual({});
		expect(typeErrors(FIELDS, { name: null, site: null, languages: 'fr', password: null })).toEqual({});
		// The dashboard sends a record back whole, autodates included: PocketBase sets those itself.
		expect(typeErrors(FIELDS, { created: '2026-01-01 10:00:00.000Z', name: 'Metz' })).toEqual({});
	});

	it('refuses what PocketBase would cast into something plausible', () => {
		expect(
			typeErrors(FIELDS, {
				name: 42,
				threshold: '0.5',
				active: 'yes',
				kind: ['cert'],
				site: ['abcdefghij12345'],
				sites: [1, 2],
				password: 12345678
			})
		).toEqual({
			name: 'invalid',
			threshold: 'invalid',
			active: 'invalid',
			kind: 'invalid',
			site: 'invalid',
			sites: 'invalid',
			password: 'invalid'
		});
		expect(
			typeErrors(FIELDS, { threshold: Infinity, 'threshold+': '1', active: null, name: { a: 1 } })
		).toEqual({
			threshold: 'invalid',
			active: 'invalid',
			name: 'invalid'
		});
	});
});
