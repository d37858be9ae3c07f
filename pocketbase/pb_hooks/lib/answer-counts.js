// The daily counts behind the indicators: answers per day, site, reception point, channel, question
// (with its questionnaire and engagement) and value. Kept up to date by the ingest in the transaction that
// stores the answers, so the board sums a few thousand rows instead of counting millions of answers.

const KEY = 'day, site, reception_point, channel, question, value';
const SELECT_COUNTS = `SELECT substr(lower(hex(randomblob(8))), 1, 15), day, site, reception_point, channel,
		questionnaire, question, engagement, value, count(*)
	FROM survey_answers`;
const INTO = `INSERT INTO answer_counts
	(id, day, site, reception_point, channel, questionnaire, question, engagement, value, n)`;

/** Adds the answers of these responses (ids as a JSON array) to the counts. */
const ADD_RESPONSES = `${INTO}
	${SELECT_COUNTS} WHERE response IN (SELECT value FROM json_each({:ids}))
	GROUP BY ${KEY}
	ON CONFLICT (${KEY}) DO UPDATE SET n = n + excluded.n`;

/** Recounts everything from the answers (migration, demo seed, repair). */
const REBUILD = [`DELETE FROM answer_counts`, `${INTO} ${SELECT_COUNTS} GROUP BY ${KEY}`];

/** @param {any} db a dbx builder (`app.db()` or a transaction's) @param {string[]} responseIds */
function addResponses(db, responseIds) {
	if (responseIds.length === 0) return;
	db.newQuery(ADD_RESPONSES)
		.bind({ ids: JSON.stringify(responseIds) })
		.execute();
}

/** @param {any} db */
function rebuild(db) {
	for (const sql of REBUILD) db.newQuery(sql).execute();
}

module.exports = { addResponses, rebuild };
