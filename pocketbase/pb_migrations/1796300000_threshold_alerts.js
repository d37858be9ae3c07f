// Threshold alerts (issue 18): the server watches satisfaction at each reception point, site and engagement
// and opens an alert when it has clearly fallen under the threshold (lib/alert-rules.js), one when a day
// was clearly worse than usual, and one when a kiosk fell silent. Alerts change only through the hooks'
// routes, which keep their trail (alert_events, append-only): open → acknowledged → closed, by the data or
// by the referent with a reason, with an action of the plan linked along the way.
// The policy says over which window: the last days, or the most recent answers; and whether the site's
// agents hear of an alert too (the referents always do).
/* global SelectField, BoolField */
const STAFF = '@request.auth.collectionName = "staff"';
const MANAGER = `${STAFF} && (@request.auth.role = "referent" || @request.auth.role = "admin")`;
const DAY = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/** Managers see every alert; an agent, those of their sites (an engagement's alert has no site). */
const seenBy = (site) => `(${MANAGER}) || (${STAFF} && ${site} != "" && @request.auth.sites.id ?= ${site})`;

migrate(
	(app) => {
		const policies = app.findCollectionByNameOrId('policies');
		policies.fields.add(
			new SelectField({ name: 'alert_window', required: true, maxSelect: 1, values: ['days', 'answers'] }),
			new NumberField({ name: 'alert_window_size', required: true, onlyInt: true, min: 1, max: 1000 }),
			new BoolField({ name: 'alert_notify_agents' })
		);
		app.save(policies);
		for (const policy of app.findAllRecords('policies')) {
			policy.set('alert_window', 'days');
			policy.set('alert_window_size', 14);
			policy.set('alert_notify_agents', false);
			app.save(policy);
		}

		const id = (name) => app.findCollectionByNameOrId(name).id;
		const rel = (name, collection, required = false) => ({
			type: 'relation',
			name,
			required,
			maxSelect: 1,
			collectionId: id(collection),
			cascadeDelete: false
		});

		const alerts = new Collection({
			type: 'base',
			name: 'alerts',
			listRule: seenBy('site'),
			viewRule: seenBy('site'),
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				// lasting: the window under the threshold; sudden: one day far under the usual; silent: a kiosk.
				{
					type: 'select',
					name: 'kind',
					required: true,
					maxSelect: 1,
					values: ['lasting', 'sudden', 'silent']
				},
				{
					type: 'select',
					name: 'scope',
					required: true,
					maxSelect: 1,
					values: ['point', 'site', 'engagement', 'kiosk']
				},
				// The place, and the site it belongs to (an engagement's alert has none).
				rel('site', 'sites'),
				rel('reception_point', 'reception_points'),
				rel('engagement', 'engagements'),
				rel('kiosk', 'kiosks'),
				{
					type: 'select',
					name: 'status',
					required: true,
					maxSelect: 1,
					values: ['open', 'acknowledged', 'closed']
				},
				// The day it opened on, in the prefecture's time zone, and the figures that opened it.
				{ type: 'text', name: 'opened_on', required: true, min: 10, max: 10, pattern: DAY },
				{ type: 'json', name: 'figures', maxSize: 2000 },
				rel('acknowledged_by', 'staff'),
				{ type: 'date', name: 'acknowledged_at' },
				rel('action', 'action_items'),
				{ type: 'date', name: 'closed_at' },
				// Empty when the data closed it.
				rel('closed_by', 'staff'),
				{ type: 'text', name: 'close_reason', max: 500 },
				// When its opening e-mail went out; empty until then (the job sends those still to send).
				{ type: 'date', name: 'mailed_at' },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
				{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
			],
			indexes: [
				// One alert at a time of each kind on each place, whatever calls the detection at once.
				"CREATE UNIQUE INDEX idx_alerts_live ON alerts (kind, scope, site, reception_point, engagement, kiosk) WHERE status != 'closed'",
				'CREATE INDEX idx_alerts_status_created ON alerts (status, created)'
			]
		});
		app.save(alerts);

		const events = new Collection({
			type: 'base',
			name: 'alert_events',
			listRule: seenBy('alert.site'),
			viewRule: seenBy('alert.site'),
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				rel('alert', 'alerts', true),
				// Empty for the system (the detection).
				rel('actor', 'staff'),
				{
					type: 'select',
					name: 'type',
					required: true,
					maxSelect: 1,
					values: ['opened', 'acknowledged', 'action', 'closed']
				},
				// The figures, the comment, the reason, the action: what the event is about.
				{ type: 'json', name: 'data', maxSize: 5000 },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false }
			],
			indexes: ['CREATE INDEX idx_alert_events_alert ON alert_events (alert, created)']
		});
		app.save(events);
	},
	(app) => {
		for (const name of ['alert_events', 'alerts']) app.delete(app.findCollectionByNameOrId(name));
		const policies = app.findCollectionByNameOrId('policies');
		for (const name of ['alert_window', 'alert_window_size', 'alert_notify_agents'])
			policies.fields.removeByName(name);
		app.save(policies);
	}
);
