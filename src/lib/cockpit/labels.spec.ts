import { describe, expect, it } from 'vitest';
import { defaultQuery } from './board-query';
import type { References } from '$lib/pb/indicators';
import { actionStatusBadge, anchorLabel, describer, periodLabel, pointNamer } from './labels';

const refs: References = {
	engagements: [
		{ id: 'e7', module: 1, number: 7, theme: 't', label: 'Attente' },
		{ id: 'e21', module: 2, number: 21, theme: 't', label: 'Titres' }
	],
	sites: [{ id: 's1', name: 'Metz' }],
	points: [{ id: 'p1', name: 'Accueil général', site: 's1' }],
	questions: [
		{
			id: 'q2',
			position: 2,
			label: { fr: 'Orienté ?', en: 'Directed?' },
			engagement: 'e7',
			questionnaire: 'x'
		}
	]
};

describe('the board’s wording', () => {
	it('names calendar periods', () => {
		expect(anchorLabel('month', '2026-10', 'fr')).toBe('octobre 2026');
		expect(anchorLabel('quarter', '2026-Q1', 'fr')).toBe('1er trimestre 2026');
		expect(anchorLabel('quarter', '2026-Q3', 'fr')).toBe('3e trimestre 2026');
		expect(anchorLabel('year', '2025', 'fr')).toBe('Année 2025');
		const custom = { ...defaultQuery('2026-11-22'), period: 'custom' as const };
		expect(periodLabel(custom, { from: '2026-11-01', to: '2026-11-15' }, 'fr')).toBe(
			'du 1er novembre 2026 au 15 novembre 2026'
		);
	});

	it('names and orders each break-down’s keys', () => {
		const engagement = describer('engagement', refs, 'fr');
		expect(engagement('e7')).toEqual({ label: '7. Attente', rank: 107 });
		expect(engagement('e21').rank).toBeGreaterThan(107);
		expect(engagement('zz').label).toBe('Inconnu (zz)');
		// The question's own wording follows the locale asked for; the frame is the catalogue's.
		expect(describer('question', refs, 'en')('q2').label).toBe('Question 2 : Directed?');
		expect(describer('question', refs, 'fr')('q2').label).toBe('Question 2 : Orienté ?');
		expect(describer('point', refs, 'fr')('p1').label).toBe('Metz — Accueil général');
		expect(describer('point', refs, 'fr')('').label).toBe('Sans point d’accueil (site internet)');
		expect(describer('channel', refs, 'fr')('kiosk').label).toBe('Borne d’accueil');
		expect(describer('month', refs, 'fr')('2026-09')).toEqual({ label: 'septembre 2026', rank: '2026-09' });
	});

	it('gives each action status its badge', () => {
		expect(actionStatusBadge('done')).toBe('fr-badge fr-badge--sm fr-badge--success');
		expect(actionStatusBadge('abandoned')).toBe('fr-badge fr-badge--sm');
	});
});

describe('refusals of the board’s question', () => {
	it('read as sentences', async () => {
		const { errorText } = await import('./labels');
		expect(errorText('before_from')).toBe('La fin de la période précède son début.');
		expect(errorText('too_long')).toBe('La période ne peut pas dépasser trois ans.');
		expect(errorText('whatever')).toBe('Valeur non valide.');
	});
});

describe('reception points', () => {
	it('are named with their site, so two points of the same name at two sites read apart', () => {
		const name = pointNamer([
			{ id: 's1', name: 'Metz' },
			{ id: 's2', name: 'Thionville' }
		]);
		expect(name({ id: 'p1', name: 'Accueil général', site: 's1' })).toBe('Metz — Accueil général');
		expect(name({ id: 'p2', name: 'Accueil général', site: 's2' })).toBe('Thionville — Accueil général');
	});
});
