// What visitors and citizens send: survey responses (and their per-question answers, denormalised for
// aggregation), suggestions, complaints and the complaints' append-only event log.
// Ids are made on the device (PocketBase's own 15-char format; sync is idempotent on them). Survey data keeps the day, never the time,
// and no device or agent identifier.
const STAFF = '@request.auth.collectionName = "staff"';
const MANAGER =
	'@request.auth.collectionName = "staff" && (@request.auth.role = "referent" || @request.auth.role = "admin")';
const siteStaff = (site) => `(${MANAGER}) || (${STAFF} && @request.auth.sites.id ?= ${site})`;
// A kiosk may only speak for its own site; paper, letters and calls are transcribed by staff of that
// site; the web is open to anyone.
const channelAllowed = (staffChannels) =>
	`(channel = "web" || (channel = "kiosk" && @request.auth.collectionName = "kiosks" && @request.auth.site = site)` +
	` || ((${staffChannels.map((c) => `channel = "${c}"`).join(' || ')}) && (${siteStaff('site')})))`;
const notSet = (fields) => fields.map((f) => `@request.body.${f}:isset = false`).join(' && ');

const DAY = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const LANGUAGES = ['fr', 'en'];
const SURVEY_CHANNELS = ['kiosk', 'web', 'paper'];
const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];

migrate(
	(app) => {
		const id = (name) => app.findCollectionByNameOrId(name).id;
		const rel = (name, collection, required, cascadeDelete = false) => ({
			type: 'relation',
			name,
			required,
			maxSelect: 1,
			collectionId: id(collection),
			cascadeDelete
		});

		const responses = new Collection({
			type: 'base',
			name: 'survey_responses',
			listRule: siteStaff('site'),
			viewRule: siteStaff('site'),
			createRule: `questionnaire.status = "active" && ${channelAllowed(['paper'])}`,
			updateRule: null,
			deleteRule: null,
			fields: [
				rel('questionnaire', 'questionnaires', true),
				rel('site', 'sites', true),
				rel('reception_point', 'reception_points', false),
				{ type: 'select', name: 'channel', required: true, maxSelect: 1, values: SURVEY_CHANNELS },
				{ type: 'select', name: 'language', required: true, maxSelect: 1, values: LANGUAGES },
				{ type: 'text', name: 'day', required: true, min: 10, max: 10, pattern: DAY },
				{ type: 'text', name: 'comment', max: 1000 }
			],
			indexes: ['CREATE INDEX idx_responses_site_day ON survey_responses (site, day)']
		});
		app.save(responses);

		const answers = new Collection({
			type: 'base',
			name: 'survey_answers',
			listRule: siteStaff('site'),
			viewRule: siteStaff('site'),
			// Written by the server's ingest only, from the response, so the copies cannot disagree.
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				rel('response', 'survey_responses', true, true),
				rel('question', 'questions', true),
				rel('engagement', 'engagements', true),
				rel('questionnaire', 'questionnaires', true),
				rel('site', 'sites', true),
				rel('reception_point', 'reception_points', false),
				{ type: 'select', name: 'channel', required: true, maxSelect: 1, values: SURVEY_CHANNELS },
				{ type: 'text', name: 'day', required: true, min: 10, max: 10, pattern: DAY },
				{ type: 'select', name: 'value', required: true, maxSelect: 1, values: SCALE }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_answers_response_question ON survey_answers (response, question)',
				'CREATE INDEX idx_answers_site_day ON survey_answers (site, day, engagement, value)',
				'CREATE INDEX idx_answers_engagement_day ON survey_answers (engagement, day)',
				'CREATE INDEX idx_answers_point_day ON survey_answers (reception_point, day)'
			]
		});
		app.save(answers);

		const suggestions = new Collection({
			type: 'base',
			name: 'suggestions',
			listRule: siteStaff('site'),
			viewRule: siteStaff('site'),
			createRule: `${channelAllowed(['paper'])} && ${notSet(['status'])}`,
			updateRule: siteStaff('site'),
			deleteRule: null,
			fields: [
				rel('site', 'sites', true),
				rel('reception_point', 'reception_points', false),
				{ type: 'select', name: 'channel', required: true, maxSelect: 1, values: SURVEY_CHANNELS },
				{ type: 'text', name: 'text', required: true, min: 3, max: 2000 },
				// Only when the visitor wants an answer.
				{ type: 'email', name: 'email' },
				{ type: 'text', name: 'day', required: true, min: 10, max: 10, pattern: DAY },
				{ type: 'select', name: 'status', maxSelect: 1, values: ['read', 'answered'] }
			],
			indexes: ['CREATE INDEX idx_suggestions_site_day ON suggestions (site, day)']
		});
		app.save(suggestions);

		const complaints = new Collection({
			type: 'base',
			name: 'complaints',
			listRule: siteStaff('site'),
			viewRule: siteStaff('site'),
			// Reference, receipt, deadline, status and token are the server's to set at receipt.
			createRule:
				`${channelAllowed(['paper', 'letter', 'phone', 'email'])} && ` +
				notSet([
					'reference',
					'status',
					'received_at',
					'deadline_at',
					'tracking_token_hash',
					'assignee',
					'answer',
					'answered_at',
					'answered_in_time'
				]),
			updateRule: siteStaff('site'),
			deleteRule: null,
			fields: [
				{ type: 'select', name: 'kind', required: true, maxSelect: 1, values: ['complaint', 'information'] },
				{
					type: 'select',
					name: 'channel',
					required: true,
					maxSelect: 1,
					values: ['web', 'kiosk', 'paper', 'letter', 'phone', 'email']
				},
				rel('site', 'sites', true),
				rel('reception_point', 'reception_points', false),
				rel('engagement', 'engagements', false),
				{ type: 'text', name: 'service', max: 120 },
				{ type: 'text', name: 'subject', required: true, min: 3, max: 150 },
				{ type: 'text', name: 'description', required: true, min: 10, max: 5000 },
				{ type: 'text', name: 'contact_name', required: true, min: 2, max: 120 },
				{ type: 'email', name: 'contact_email' },
				{ type: 'text', name: 'contact_address', max: 300 },
				{ type: 'text', name: 'contact_phone', max: 20, pattern: '^[0-9 +().-]{6,20}$' },
				{ type: 'text', name: 'reference', max: 20, pattern: '^\\d{4}-[RI]-\\d{6}$' },
				{
					type: 'select',
					name: 'status',
					maxSelect: 1,
					values: ['received', 'in_progress', 'waiting', 'answered', 'closed']
				},
				{ type: 'date', name: 'received_at' },
				{ type: 'date', name: 'deadline_at' },
				{ type: 'text', name: 'tracking_token_hash', hidden: true, max: 128 },
				{ type: 'relation', name: 'assignee', maxSelect: 1, collectionId: id('staff'), cascadeDelete: false },
				{ type: 'text', name: 'answer', max: 10000 },
				{ type: 'date', name: 'answered_at' },
				{ type: 'bool', name: 'answered_in_time' },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
				{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
			],
			indexes: [
				"CREATE UNIQUE INDEX idx_complaints_reference ON complaints (reference) WHERE reference != ''",
				'CREATE INDEX idx_complaints_site_deadline ON complaints (site, status, deadline_at)'
			]
		});
		app.save(complaints);

		const events = new Collection({
			type: 'base',
			name: 'complaint_events',
			listRule: siteStaff('complaint.site'),
			viewRule: siteStaff('complaint.site'),
			createRule: `${STAFF} && actor = @request.auth.id && (${siteStaff('complaint.site')})`,
			// Append-only: nobody rewrites the trail.
			updateRule: null,
			deleteRule: null,
			fields: [
				rel('complaint', 'complaints', true),
				{ type: 'relation', name: 'actor', maxSelect: 1, collectionId: id('staff'), cascadeDelete: false },
				{
					type: 'select',
					name: 'type',
					required: true,
					maxSelect: 1,
					values: [
						'received',
						'acknowledged',
						'assigned',
						'status_changed',
						'note',
						'answered',
						'deadline_moved'
					]
				},
				// Before/after values of what changed.
				{ type: 'json', name: 'data', maxSize: 20000 },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false }
			],
			indexes: ['CREATE INDEX idx_events_complaint ON complaint_events (complaint, created)']
		});
		app.save(events);
	},
	(app) => {
		for (const name of [
			'complaint_events',
			'complaints',
			'suggestions',
			'survey_answers',
			'survey_responses'
		]) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
