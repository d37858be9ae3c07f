import { describe, expect, it } from 'vitest';
import { COLUMNS, toCsv, toJson } from './open-data.js';

const publication = {
	id: 'pub000000000001',
	snapshot: {
		label: 'Résultats de mars 2026',
		period: { from: '2026-03-01', to: '2026-03-31' },
		cells: [
			{
				dimension: 'engagement',
				key: 'e1',
				label: 'Accueil; "courtois"',
				suppressed: false,
				n: 100,
				counts: { very_satisfied: 20, satisfied: 60, dissatisfied: 15, very_dissatisfied: 5, no_opinion: 7 },
				rate: 0.8,
				net: 0.6,
				ci_low: 0.711235,
				ci_high: 0.866633,
				below_threshold: false
			},
			{ dimension: 'point', key: 'p1', label: 'Point numérique', suppressed: true, n: null }
		]
	}
};

describe('open data', () => {
	const csv = toCsv(publication);
	const lines = csv.slice(1).split('\r\n');

	it('is a CSV for French spreadsheets: byte order mark, semicolons, CRLF, decimal commas, oui/non', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe(COLUMNS.map((c) => c.name).join(';'));
		expect(lines[1]).toBe(
			'pub000000000001;Résultats de mars 2026;2026-03-01;2026-03-31;engagement;e1;"Accueil; ""courtois""";non;100;20;60;15;5;7;0,8;0,6;0,7112;0,8666;non'
		);
		expect(lines.at(-1)).toBe('');
	});

	it('publishes no figure for a suppressed cell', () => {
		expect(lines[2]).toBe(
			'pub000000000001;Résultats de mars 2026;2026-03-01;2026-03-31;point;p1;Point numérique;oui;;;;;;;;;;;'
		);
	});

	it('gives the same rows in JSON, with the column schema', () => {
		const json = toJson(publication);
		expect(json.schema).toEqual(COLUMNS);
		expect(json.rows[0]).toMatchObject({ reponses: 100, taux_satisfaction: 0.8, masque: false });
		expect(json.rows[1]).toMatchObject({ masque: true, reponses: null, taux_satisfaction: null });
		expect(Object.keys(json.rows[0])).toEqual(COLUMNS.map((c) => c.name));
	});
});
