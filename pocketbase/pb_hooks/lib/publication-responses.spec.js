import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from './publication.js';
import { responsesSql } from './publication-responses.js';

const PERIOD = { from: '2026-10-01', to: '2026-10-31' };

describe('responsesSql', () => {
	it('counts people, not answers: distinct responses per key, over the period, on every site', () => {
		const { sql, params } = responsesSql('site', PERIOD);
		expect(sql).toMatch(/^SELECT site AS k, count\(DISTINCT response\) AS n FROM survey_answers\s/);
		expect(sql).toMatch(/WHERE day BETWEEN \{:from\} AND \{:to\} GROUP BY k$/);
		expect(params).toEqual(PERIOD);
	});

	it('groups by the same keys as the answer cells, and the total by one empty key', () => {
		const keyOf = (dimension) => /^SELECT (.+) AS k,/.exec(responsesSql(dimension, PERIOD).sql)[1];
		expect(Object.fromEntries(DIMENSIONS.map((d) => [d, keyOf(d)]))).toEqual({
			total: "''",
			engagement: 'engagement',
			site: 'site',
			site_engagement: "site || '|' || engagement",
			point: 'reception_point',
			channel: 'channel',
			month: 'substr(day, 1, 7)'
		});
	});

	it('refuses anything but a publication dimension', () => {
		for (const dimension of ['question', 'day', 'constructor', '__proto__', ''])
			expect(() => responsesSql(dimension, PERIOD)).toThrow(/Not a publication dimension/);
	});
});
