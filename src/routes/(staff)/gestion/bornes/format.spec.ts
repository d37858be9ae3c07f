import { describe, expect, it } from 'vitest';
import { needsAttention, sortBySiteThenName } from './format';

const now = new Date('2026-11-22T14:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

describe('needsAttention', () => {
	it('flags pending items with no contact for more than an hour', () => {
		expect(needsAttention(3, ago(61 * MIN), now)).toBe(true);
		expect(needsAttention(3, null, now)).toBe(true);
	});
	it('leaves alone a kiosk that is empty or was seen recently', () => {
		expect(needsAttention(0, ago(5 * 60 * MIN), now)).toBe(false);
		expect(needsAttention(undefined, null, now)).toBe(false);
		expect(needsAttention(3, ago(59 * MIN), now)).toBe(false);
	});
});

describe('sortBySiteThenName', () => {
	it('orders by site name, then kiosk name, accents and numbers included', () => {
		const sites: Record<string, string> = { a: 'Metz', b: 'Fort-de-France' };
		const sorted = sortBySiteThenName(
			[
				{ name: 'Tablette 10', site: 'a' },
				{ name: 'Tablette 2', site: 'a' },
				{ name: 'Écran', site: 'a' },
				{ name: 'Hall', site: 'b' }
			],
			(id) => sites[id] ?? '',
			'fr'
		);
		expect(sorted.map((k) => k.name)).toEqual(['Hall', 'Écran', 'Tablette 2', 'Tablette 10']);
	});
});
