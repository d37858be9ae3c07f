import { describe, expect, it } from 'vitest';
import { cellsOf, countsSql, parseIndicatorQuery, previousPeriod } from './indicator-query.js';

const SITE = 'site0000000000a';
const parsed = (query) => {
	const result = parseIndicatorQuery(query);
	if (!result.query) throw new Error(JSON.stringify(result.errors));
	return result.query;
};
const sqlOf = ({ sql, params }) =>
	sql.replace(/\s+/g, ' ').replace(/\{:(\w+)\}/g, (_, name) => `'${params[name]}'`);

describe('the period and the one it is compared with', () => {
	it('compares with the same number of days just before by default', () => {
		expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-01-29', to: '2026-02-28' });
		expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
		expect(parsed({ from: '2026-11-01', to: '2026-11-30' }).previous).toEqual({
			from: '2026-10-02',
			to: '2026-10-31'
		});
	});

	it('takes the comparison the board asks for (the previous calendar month)', () => {
		expect(
			parsed({ from: '2026-03-01', to: '2026-03-31', compare_from: '2026-02-01', compare_to: '2026-02-28' })
				.previous
		).toEqual({ from: '2026-02-01', to: '2026-02-28' });
	});

	it('refuses a missing, reversed, too long or malformed question, field by field', () => {
		expect(parseIndicatorQuery({}).errors).toEqual({ from: 'required', to: 'required' });
		expect(parseIndicatorQuery({ from: '2026-03-10', to: '2026-03-01' }).errors).toEqual({
			to: 'before_from'
		});
		expect(parseIndicatorQuery({ from: '2020-01-01', to: '2026-01-01' }).errors).toEqual({ to: 'too_long' });
		expect(
			parseIndicatorQuery({
				from: '2026-01-01',
				to: '2026-01-31',
				site: 'x',
				channel: 'fax',
				by: 'weather',
				compare_from: '2025-12-01'
			}).errors
		).toEqual({ site: 'invalid', channel: 'invalid', by: 'invalid', compare_to: 'required' });
	});
});

describe('impossible questions (issue 10)', () => {
	it('knows only its own break-downs, not what every object inherits', () => {
		for (const by of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
			expect(parseIndicatorQuery({ from: '2026-01-01', to: '2026-01-31', by }).errors, by).toEqual({
				by: 'invalid'
			});
	});

	it('refuses days that do not exist and a reversed comparison period', () => {
		expect(parseIndicatorQuery({ from: '2026-02-30', to: '2026-03-31' }).errors).toEqual({ from: 'invalid' });
		expect(parseIndicatorQuery({ from: '2026-01-01', to: '2026-11-31' }).errors).toEqual({ to: 'invalid' });
		expect(
			parseIndicatorQuery({
				from: '2026-03-01',
				to: '2026-03-31',
				compare_from: '2026-02-29',
				compare_to: '2026-02-28'
			}).errors
		).toEqual({ compare_from: 'invalid' });
		expect(
			parseIndicatorQuery({
				from: '2026-03-01',
				to: '2026-03-31',
				compare_from: '2026-02-28',
				compare_to: '2026-02-01'
			}).errors
		).toEqual({ compare_to: 'before_from' });
	});
});

describe('the SQL over the daily counts', () => {
	it("sums by engagement over the period, for the caller's sites, with bound values only", () => {
		const q = parsed({ from: '2026-01-01', to: '2026-12-31', channel: 'kiosk' });
		expect(sqlOf(countsSql(q, q, [SITE]))).toBe(
			"SELECT engagement AS k, value AS value, sum(n) AS n FROM answer_counts WHERE day BETWEEN '2026-01-01' AND '2026-12-31' AND site IN ('site0000000000a') AND channel = 'kiosk' GROUP BY k, value"
		);
	});

	it("groups months by the day's first seven characters, and gives nothing to a caller without sites", () => {
		const q = parsed({ from: '2026-01-01', to: '2026-12-31', by: 'month' });
		expect(sqlOf(countsSql(q, q.previous, null))).toContain('SELECT substr(day, 1, 7) AS k');
		expect(sqlOf(countsSql(q, q.previous, null))).toContain("BETWEEN '2025-01-01' AND '2025-12-31'");
		expect(sqlOf(countsSql(q, q, []))).toContain('AND 0 GROUP BY');
	});
});

describe('cells from the rows', () => {
	it("keeps a dated break-down to the period's own dates; the previous period counts in the total", () => {
		const { cells, total } = cellsOf(
			[{ k: '2026-03', value: 'satisfied', n: 2 }],
			[{ k: '2026-02', value: 'satisfied', n: 5 }],
			'month'
		);
		expect(cells.map((c) => c.key)).toEqual(['2026-03']);
		expect(total.previous.satisfied).toBe(5);
	});

	it("puts each key's values side by side with the previous period, and adds up the total", () => {
		const { cells, total } = cellsOf(
			[
				{ k: 'b', value: 'satisfied', n: 3 },
				{ k: 'a', value: 'very_satisfied', n: 2 },
				{ k: 'a', value: 'no_opinion', n: 1 }
			],
			[{ k: 'a', value: 'dissatisfied', n: 4 }]
		);
		expect(cells.map((c) => c.key)).toEqual(['a', 'b']);
		expect(cells[0]).toEqual({
			key: 'a',
			counts: { very_satisfied: 2, satisfied: 0, dissatisfied: 0, very_dissatisfied: 0, no_opinion: 1 },
			previous: { very_satisfied: 0, satisfied: 0, dissatisfied: 4, very_dissatisfied: 0, no_opinion: 0 }
		});
		expect(total.counts).toEqual({
			very_satisfied: 2,
			satisfied: 3,
			dissatisfied: 0,
			very_dissatisfied: 0,
			no_opinion: 1
		});
	});
});
