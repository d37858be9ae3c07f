import { describe, expect, it } from 'vitest';
import { draftFromParams, emptyDraft, paramsOfDraft, prefillFromCell, recordOf } from './prefill';

const E = 'eeeeeeeeeeeeee7';
const S = 'sssssssssssssss';
const P = 'ppppppppppppppp';
const Q = 'qqqqqqqqqqqqqqq';
const refs = { questions: [{ id: Q, engagement: E }], points: [{ id: P, site: S }] };
const view = { by: 'engagement', from: '2026-10-01', to: '2026-10-31', site: '', point: '' };
const cell = { key: E, n: 120, rate: 0.61 };

describe('an action prefilled from a board cell', () => {
	it('takes the engagement of an engagement cell, the site and point of the board’s filters', () => {
		const draft = prefillFromCell(cell, { ...view, site: S, point: P }, refs, 'Améliorer : attente');
		expect(draft).toEqual({
			...emptyDraft(),
			title: 'Améliorer : attente',
			engagement: E,
			site: S,
			reception_point: P,
			trigger: { from: '2026-10-01', to: '2026-10-31', by: 'engagement', key: E, n: 120, rate: 0.61 }
		});
	});

	it('finds a question’s engagement, a point’s site, a site cell’s site', () => {
		expect(prefillFromCell({ ...cell, key: Q }, { ...view, by: 'question' }, refs, 't').engagement).toBe(E);
		const point = prefillFromCell({ ...cell, key: P }, { ...view, by: 'point' }, refs, 't');
		expect([point.site, point.reception_point]).toEqual([S, P]);
		// The website's cell ("no reception point") names no point.
		expect(prefillFromCell({ ...cell, key: '' }, { ...view, by: 'point' }, refs, 't').reception_point).toBe(
			''
		);
		expect(prefillFromCell({ ...cell, key: S }, { ...view, by: 'site' }, refs, 't').site).toBe(S);
		const channel = prefillFromCell({ ...cell, key: 'kiosk' }, { ...view, by: 'channel' }, refs, 't');
		expect([channel.engagement, channel.site, channel.trigger?.key]).toEqual(['', '', 'kiosk']);
	});

	it('survives a trip through the URL', () => {
		const draft = prefillFromCell(cell, { ...view, site: S }, refs, 'Améliorer « l’attente » ; vite');
		expect(draftFromParams(new URLSearchParams(paramsOfDraft(draft).toString()))).toEqual(draft);
		const noRate = prefillFromCell({ ...cell, rate: null, n: 0 }, view, refs, 't');
		expect(draftFromParams(paramsOfDraft(noRate)).trigger?.rate).toBeNull();
	});

	it('drops what a hand-edited URL gets wrong', () => {
		const params = paramsOfDraft(prefillFromCell(cell, view, refs, 't'));
		params.set('engagement', 'nope');
		params.set('rate', '7');
		const draft = draftFromParams(params);
		expect(draft.engagement).toBe('');
		expect(draft.trigger).toBeNull();
		expect(draftFromParams(new URLSearchParams('title=x')).trigger).toBeNull();
	});

	it('becomes a record with PocketBase’s date', () => {
		const record = recordOf({ ...emptyDraft(), title: '  Chaises  ', due_date: '2026-12-15' });
		expect(record).toMatchObject({
			title: 'Chaises',
			due_date: '2026-12-15 00:00:00.000Z',
			status: 'open',
			trigger: null
		});
		expect(recordOf(emptyDraft()).due_date).toBe('');
	});
});
