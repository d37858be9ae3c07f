// PocketBase's request logs hold visitors' addresses. They are kept as long as the policy says
// (log_retention_days, 30 days unless the prefecture decides otherwise), not PocketBase's default:
// pb_hooks/13_logs.pb.js writes the policy's value into the log settings at start and on every change.
migrate(
	(app) => {
		const policies = app.findCollectionByNameOrId('policies');
		policies.fields.add(
			new NumberField({ name: 'log_retention_days', required: true, onlyInt: true, min: 1, max: 365 })
		);
		app.save(policies);
		for (const policy of app.findAllRecords('policies')) {
			policy.set('log_retention_days', 30);
			app.save(policy);
		}
	},
	(app) => {
		const policies = app.findCollectionByNameOrId('policies');
		policies.fields.removeByName('log_retention_days');
		app.save(policies);
	}
);
