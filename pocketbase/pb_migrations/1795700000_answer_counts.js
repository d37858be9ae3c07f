// Daily answer counts for the indicators (see pb_hooks/lib/answer-counts.js): written by the server only,
// read by the staff-only indicators route; filled from the answers already stored.
migrate(
	(app) => {
		const counts = new Collection({
			type: 'base',
			name: 'answer_counts',
			listRule: null,
			viewRule: null,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'day', required: true, min: 10, max: 10 },
				{ type: 'text', name: 'site', required: true, max: 15 },
				{ type: 'text', name: 'reception_point', max: 15 },
				{ type: 'text', name: 'channel', required: true, max: 10 },
				{ type: 'text', name: 'questionnaire', required: true, max: 15 },
				{ type: 'text', name: 'question', required: true, max: 15 },
				{ type: 'text', name: 'engagement', required: true, max: 15 },
				{ type: 'text', name: 'value', required: true, max: 20 },
				{ type: 'number', name: 'n', required: true, onlyInt: true, min: 1, max: 1000000000 }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_answer_counts_key ON answer_counts (day, site, reception_point, channel, question, value)',
				// Covers the board's sums over a period: no table look-up.
				'CREATE INDEX idx_answer_counts_board ON answer_counts (day, site, engagement, question, reception_point, channel, value, n)'
			]
		});
		app.save(counts);
		app
			.db()
			.newQuery(
				`INSERT INTO answer_counts (id, day, site, reception_point, channel, questionnaire, question, engagement, value, n)
			SELECT substr(lower(hex(randomblob(8))), 1, 15), day, site, reception_point, channel, questionnaire,
				question, engagement, value, count(*)
			FROM survey_answers GROUP BY day, site, reception_point, channel, question, value`
			)
			.execute();
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('answer_counts'));
	}
);
