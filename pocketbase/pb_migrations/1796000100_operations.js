// What operations the administrators follow: each backup's outcome and the alerts raised and cleared
// (written by the hooks only: pb_hooks/lib/ops-alerts.js), shown on the back office's Exploitation page.
const ADMIN = "@request.auth.collectionName = 'staff' && @request.auth.role = 'admin'";

migrate(
	(app) => {
		const events = new Collection({
			type: 'base',
			name: 'ops_events',
			listRule: ADMIN,
			viewRule: ADMIN,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ type: 'select', name: 'kind', required: true, maxSelect: 1, values: ['backup', 'alert'] },
				// What it is about: "backup", "smtp", "kiosk:<id>"…
				{ type: 'text', name: 'key', required: true, min: 1, max: 200 },
				{
					type: 'select',
					name: 'outcome',
					required: true,
					maxSelect: 1,
					values: ['ok', 'failed', 'raised', 'cleared']
				},
				{ type: 'text', name: 'detail', max: 2000 },
				{ type: 'autodate', name: 'created', onCreate: true, onUpdate: false }
			],
			indexes: ['CREATE INDEX idx_ops_events_kind_key_created ON ops_events (kind, `key`, created)']
		});
		app.save(events);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('ops_events'));
	}
);
