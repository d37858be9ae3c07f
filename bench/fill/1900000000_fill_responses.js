/// <reference path="../../pb_data/types.d.ts" />
// `npm run bench:indicators` only (never in pocketbase/pb_migrations): fills a throwaway database with
// BENCH_RESPONSES survey responses of the demo prefecture over the year ending BENCH_END, five answers
// each, then recounts the daily answer counts the way the app keeps them. SQLite makes the rows itself.
migrate((app) => {
	const n = Number($os.getenv('BENCH_RESPONSES') || 1000000);
	const end = $os.getenv('BENCH_END');
	const questionnaire = app.findFirstRecordByFilter('questionnaires', 'status = "active"', {});
	const questions = app
		.findRecordsByFilter('questions', 'questionnaire = {:q}', 'position', 0, 0, { q: questionnaire.id })
		.map((q) => ({ id: q.id, engagement: q.getString('engagement') }));
	const places = app
		.findAllRecords('reception_points')
		.map((p) => ({ site: p.getString('site'), point: p.id }));
	const params = {
		n,
		end,
		questionnaire: questionnaire.id,
		places: JSON.stringify(places),
		questions: JSON.stringify(questions)
	};
	// Response i: a place, a channel and a day (spread over 365 days) chosen from i; its answers lean to
	// satisfied, from a cheap hash of i and the question's position.
	const responses = `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < {:n} - 1),
		place AS (SELECT key, json_extract(value, '$.site') AS site, json_extract(value, '$.point') AS point
			FROM json_each({:places}))
		SELECT i, printf('bench%010d', i) AS id, place.site, CASE WHEN (i / 7) % 3 = 0 THEN '' ELSE place.point END AS point,
			CASE WHEN (i / 7) % 3 = 0 THEN 'web' ELSE 'kiosk' END AS channel,
			date({:end}, '-' || (i % 365) || ' days') AS day
		FROM seq JOIN place ON place.key = i % (SELECT count(*) FROM place)`;
	app
		.db()
		.newQuery(
			`INSERT INTO survey_responses (id, questionnaire, site, reception_point, channel, day, language, comment)
		SELECT id, {:questionnaire}, site, point, channel, day, 'fr', '' FROM (${responses})`
		)
		.bind(params)
		.execute();
	app
		.db()
		.newQuery(
			`INSERT INTO survey_answers (id, response, questionnaire, site, reception_point, channel, day, question, engagement, value)
		SELECT printf('ans%012d', r.i * 10 + q.key), r.id, {:questionnaire}, r.site, r.point, r.channel, r.day,
			json_extract(q.value, '$.id'), json_extract(q.value, '$.engagement'),
			CASE (r.i * 2654435761 + q.key * 40503) % 100 / 10
				WHEN 0 THEN 'very_dissatisfied' WHEN 1 THEN 'dissatisfied' WHEN 2 THEN 'no_opinion'
				WHEN 3 THEN 'satisfied' WHEN 4 THEN 'satisfied' WHEN 5 THEN 'satisfied'
				ELSE 'very_satisfied' END
		FROM (${responses}) AS r JOIN json_each({:questions}) AS q`
		)
		.bind(params)
		.execute();
	// The daily counts, recounted the way the app keeps them.
	require(`${__hooks}/lib/answer-counts.js`).rebuild(app.db());
});
