// How many people a publication's cells speak for: the survey responses (one per questionnaire filled in,
// i.e. one per visitor) with at least one answer in the cell, "sans avis" included. A cell's `n` counts
// answers (about one per engagement and visitor), so the results page needs both to say
// "312 personnes interrogées · 1 258 réponses". Pure: the SQL; the publication route runs it.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { BY } = lib('indicator-query.js');
const { DIMENSIONS } = lib('publication.js');

/**
 * SELECT key, count of distinct responses over a period, for every site (a publication covers them all).
 * @param {'total' | 'engagement' | 'site' | 'site_engagement' | 'point' | 'channel' | 'month'} dimension
 * @param {{ from: string, to: string }} period
 * @returns {{ sql: string, params: Record<string, string> }}
 */
function responsesSql(dimension, period) {
	// survey_answers has the columns answer_counts groups by: the same keys as the answer cells.
	if (!DIMENSIONS.includes(dimension)) throw new Error(`Not a publication dimension: ${dimension}`);
	const key = dimension === 'total' ? "''" : BY[dimension];
	return {
		sql: `SELECT ${key} AS k, count(DISTINCT response) AS n FROM survey_answers
			WHERE day BETWEEN {:from} AND {:to} GROUP BY k`,
		params: { from: period.from, to: period.to }
	};
}

module.exports = { responsesSql };
