import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, overwriteGetLocale } from '$lib/i18n/runtime';
import {
	publicationView,
	rowOf,
	sampleText,
	siteEngagementRows,
	siteRow,
	sortRows
} from './publication-view';
import { snapshotSchema } from '$lib/domain/snapshot';
import { cell, hidden, snapshot } from '$lib/domain/snapshot.fixture';

// Some texts are read in English: its words are loaded as the app loads them.
beforeAll(() => loadLocale('en'));

const s = snapshot([
	cell('engagement', 'e12', '12. Nous répondons', 40, 20),
	cell('engagement', 'e2', '2. Nous accueillons', 50, 45),
	hidden('engagement', 'e21', '21. Titres'),
	cell('site', 'metz', 'Metz', 120, 100),
	cell('site', 'fdf', 'Fort-de-France', 80, 70),
	cell('site_engagement', 'metz|e2', 'Metz – 2. Nous accueillons', 30, 27),
	hidden('site_engagement', 'metz|e12', 'Metz – 12. Nous répondons'),
	cell('site_engagement', 'fdf|e2', 'Fort-de-France – 2. Nous accueillons', 20, 18),
	cell('point', 'p1', 'Accueil général', 60, 50),
	cell('point', 'p2', 'Accueil général', 30, 20),
	cell('point', '', 'Sans point d’accueil (site internet)', 25, 20),
	cell('channel', 'web', 'Site internet', 20, 15),
	cell('channel', 'kiosk', 'Borne de l’accueil', 150, 130),
	cell('month', '2026-10', 'octobre 2026', 100, 80),
	cell('month', '2026-09', 'septembre 2026', 100, 90)
]);

describe('publicationView', () => {
	it('checks its input with the snapshot schema', () => {
		expect(snapshotSchema.parse(s)).toEqual(s);
		expect(() => snapshotSchema.parse({ ...s, version: 2 })).toThrow();
	});

	it('gives the overall figure and one section per dimension, site × engagement left to the lobby', () => {
		const view = publicationView(s);
		expect(view.total).toMatchObject({ rate: 0.85, n: 200, suppressed: false });
		expect(view.sections.map((x) => x.dimension)).toEqual([
			'engagement',
			'site',
			'point',
			'channel',
			'month'
		]);
		expect(view.threshold).toBe(0.75);
		expect(view.minimumSample).toBe(10);
		expect(view.complaints).toEqual({ received: 12, answered: 10, inTimeShare: 0.9, medianDays: 4 });
	});

	it('orders engagements by number, months in time, channels kiosk first, the rest by name', () => {
		const view = publicationView(s);
		const keys = (d: string) => view.sections.find((x) => x.dimension === d)!.rows.map((r) => r.key);
		expect(keys('engagement')).toEqual(['e2', 'e12', 'e21']);
		expect(keys('month')).toEqual(['2026-09', '2026-10']);
		expect(keys('channel')).toEqual(['kiosk', 'web']);
		expect(keys('site')).toEqual(['fdf', 'metz']);
	});

	it('publishes no figure for a suppressed cell, and counts them', () => {
		const engagements = publicationView(s).sections[0]!;
		expect(engagements.suppressed).toBe(1);
		expect(engagements.rows[2]).toEqual({
			key: 'e21',
			label: '21. Titres',
			rate: null,
			n: null,
			suppressed: true
		});
	});

	it('names the site of each reception point when it is known', () => {
		const points = publicationView(s, { pointSite: { p1: 'Metz', p2: 'Fort-de-France' } }).sections[2]!;
		expect(points.rows.map((r) => r.label)).toEqual([
			'Accueil général (Fort-de-France)',
			'Accueil général (Metz)',
			'Sans point d’accueil (site internet)'
		]);
	});

	it('drops dimensions without any cell', () => {
		expect(publicationView(snapshot()).sections).toEqual([]);
	});
});

describe('a site of the snapshot', () => {
	it('has its overall row and its engagements, labelled by engagement', () => {
		expect(siteRow(s, 'metz')).toMatchObject({ rate: 100 / 120, n: 120 });
		expect(siteRow(s, 'nowhere')).toBeNull();
		const rows = siteEngagementRows(s, 'metz');
		expect(rows.map((r) => [r.key, r.label, r.suppressed])).toEqual([
			['e2', '2. Nous accueillons', false],
			['e12', '12. Nous répondons', true]
		]);
	});
});

describe('rows', () => {
	it('carry the interval and the threshold flag', () => {
		expect(rowOf(cell('site', 'x', 'X', 100, 60))).toMatchObject({
			low: 0.5,
			high: 0.7,
			belowThreshold: true
		});
		expect(sortRows('site', [])).toEqual([]);
	});
});

describe('the names a reader reads', () => {
	afterEach(() => overwriteGetLocale(() => 'fr'));

	it('are the product’s own words in the reader’s language, one name per channel; places stay as named', () => {
		overwriteGetLocale(() => 'en');
		const rows = (dimension: string) =>
			publicationView(s)
				.sections.find((x) => x.dimension === dimension)!
				.rows.map((r) => r.label);
		expect(rows('channel')).toEqual(['Lobby kiosk', 'Website']);
		expect(rows('point')).toContain('No reception point (website)');
		expect(rows('point')).toContain('Accueil général');
		overwriteGetLocale(() => 'fr');
		// A snapshot frozen with an older name reads with today's one.
		expect(rows('channel')).toEqual(['Borne d’accueil', 'Site internet']);
	});
});

describe('the size of a figure', () => {
	afterEach(() => overwriteGetLocale(() => 'fr'));
	// Intl's French thousands separator is a narrow no-break space.
	const plain = (text: string) => text.replace(/\u202f/g, ' ');
	const withPeople = { ...cell('total', '', 'Préfecture', 1258, 1000), responses: 312 };

	it('says people and answers apart, each with its name and thousands separator', () => {
		// Kept by the schema the pages parse snapshots with (zod drops the keys it does not know).
		expect(snapshotSchema.parse(snapshot([withPeople])).cells[1]).toMatchObject({ responses: 312 });
		expect(rowOf(withPeople)).toMatchObject({ n: 1258, responses: 312 });
		expect(sampleText(rowOf(withPeople), 'fr')).toBe(
			'Personnes interrogées\u00a0: 312 · réponses\u00a0: 1\u202f258'
		);
		expect(plain(sampleText({ n: 12_345, responses: 2_469 }, 'fr'))).toBe(
			'Personnes interrogées\u00a0: 2 469 · réponses\u00a0: 12 345'
		);
		overwriteGetLocale(() => 'en');
		expect(sampleText(rowOf(withPeople), 'en')).toBe('People surveyed: 312 · answers: 1,258');
	});

	it('reads a snapshot published before people were counted: answers only, never "undefined"', () => {
		const older = rowOf(cell('total', '', 'Préfecture', 1258, 1000));
		expect(older).not.toHaveProperty('responses');
		expect(plain(sampleText(older, 'fr'))).toBe('Réponses\u00a0: 1 258');
		expect(publicationView(s).total).not.toHaveProperty('responses');
	});
});
