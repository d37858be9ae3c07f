import { describe, expect, it } from 'vitest';
import { readItems } from './intake-body.js';

const items = (n) => JSON.stringify({ items: Array.from({ length: n }, (_, i) => ({ id: String(i) })) });

describe('readItems', () => {
	it('takes 1 to 20 items in JSON', () => {
		expect(readItems(items(1), false)).toEqual({ items: [{ id: '0' }] });
		expect(readItems(items(20), false)).toHaveProperty('items');
		expect(readItems(items(0), false)).toHaveProperty('error');
		expect(readItems(items(21), false)).toHaveProperty('error');
	});

	it('takes exactly one item in a multipart payload', () => {
		expect(readItems(items(1), true)).toHaveProperty('items');
		expect(readItems(items(2), true)).toEqual({ error: 'A multipart request carries exactly one item.' });
	});

	it('refuses what is not JSON or has no items array', () => {
		expect(readItems('{', false)).toEqual({ error: 'The body is not JSON.' });
		expect(readItems('', true)).toEqual({ error: 'The payload field is not JSON.' });
		expect(readItems('{"items":{}}', false)).toHaveProperty('error');
		expect(readItems('null', false)).toHaveProperty('error');
	});
});
