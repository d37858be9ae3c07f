import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	formatRelative,
	needsAttention,
	parseDate,
	sortBySiteThenName,
	splitDateTime
} from './format';

const now = new Date('2026-11-22T14:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
// ICU puts no-break spaces in "il y a 5 min"; compare the words.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('parseDate', () => {
	it('reads PocketBase datetimes and ISO strings', () => {
		expect(parseDate('2026-11-22 14:20:59.586Z')?.toISOString()).toBe('2026-11-22T14:20:59.586Z');
		expect(parseDate('2026-11-22T14:20:59Z')?.toISOString()).toBe('2026-11-22T14:20:59.000Z');
	});
	it('gives null for an empty or broken value', () => {
		expect(parseDate('')).toBeNull();
		expect(parseDate(undefined)).toBeNull();
		expect(parseDate('yesterday')).toBeNull();
	});
});

describe('formatRelative', () => {
	it('speaks French like a person', () => {
		expect(plain(formatRelative(ago(20_000), now, 'fr'))).toBe('maintenant');
		expect(plain(formatRelative(ago(5 * MIN), now, 'fr'))).toBe('il y a 5 min');
		expect(plain(formatRelative(ago(59 * MIN), now, 'fr'))).toBe('il y a 59 min');
		expect(plain(formatRelative(ago(3 * 60 * MIN + 5 * MIN), now, 'fr'))).toBe('il y a 3 h');
		expect(plain(formatRelative(ago(26 * 60 * MIN), now, 'fr'))).toBe('hier');
		expect(plain(formatRelative(ago(3 * 24 * 60 * MIN), now, 'fr'))).toBe('il y a 3 j');
	});
	it('gives the date after a week', () => {
		expect(plain(formatRelative(new Date('2026-11-02T12:00:00Z'), now, 'fr'))).toBe('2 nov. 2026');
	});
	it('speaks English too', () => {
		expect(plain(formatRelative(ago(5 * MIN), now, 'en'))).toBe('5 min. ago');
	});
	it('treats a moment slightly in the future (clock skew) as now', () => {
		expect(plain(formatRelative(new Date(now.getTime() + 30_000), now, 'fr'))).toBe('maintenant');
	});
});

describe('formatDateTime and splitDateTime', () => {
	const at = new Date(2026, 10, 22, 9, 5);
	it('writes the full date and time', () => {
		expect(plain(formatDateTime(at, 'fr'))).toBe('22 novembre 2026 à 09:05');
	});
	it('splits the day from the time', () => {
		expect(splitDateTime(at, 'fr')).toEqual({ date: '22 novembre 2026', time: '09:05' });
	});
});

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
