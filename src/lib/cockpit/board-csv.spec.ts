import { describe, expect, it } from 'vitest';
import { rowOf } from './board';
import { boardCsv, csvFileName } from './board-csv';

const policy = { threshold: 0.75, minimum_sample: 10 };
const counts = (vs: number, s: number, d: number, vd: number) => ({
	very_satisfied: vs,
	satisfied: s,
	dissatisfied: d,
	very_dissatisfied: vd,
	no_opinion: 0
});
const period = { from: '2026-10-01', to: '2026-10-31' };

describe('the board as CSV', () => {
	const low = rowOf(
		{ key: 'e7', counts: counts(10, 20, 15, 5), previous: counts(20, 20, 5, 5) },
		'7. Attente ; délais',
		policy
	);
	const small = rowOf({ key: 'e1', counts: counts(1, 2, 1, 0), previous: null }, '1. Information', policy);
	const total = rowOf(
		{ key: '', counts: counts(11, 22, 16, 5), previous: counts(20, 20, 5, 5) },
		'Ensemble',
		policy
	);
	const lines = boardCsv([low, small], total, period, 'engagement')
		.replace(/^\uFEFF/, '')
		.split('\r\n');

	it('has a French header, then a line per row and the total, with decimal commas', () => {
		expect(lines[0]).toBe(
			'Début de période;Fin de période;Ventilation;Clé;Libellé;Réponses avec avis;Taux de satisfaction (%);IC 95 % bas (%);IC 95 % haut (%);Satisfaction nette (points);Évolution (points);Sous le seuil;Échantillon faible'
		);
		expect(lines[1]).toBe(
			`2026-10-01;2026-10-31;engagement;e7;"7. Attente ; délais";50;60;46,2;72,4;20;-20;oui;non`
		);
		expect(lines[2]).toBe('2026-10-01;2026-10-31;engagement;e1;1. Information;4;75;30,1;95,4;50;;non;oui');
		expect(lines[3]?.startsWith('2026-10-01;2026-10-31;engagement;total;Ensemble;54;61,1;')).toBe(true);
		expect(lines[4]).toBe('');
		expect(lines).toHaveLength(5);
	});

	it('is named after the period and the break-down', () => {
		expect(csvFileName(period, 'site')).toBe('indicateurs_2026-10-01_2026-10-31_site.csv');
	});
});
