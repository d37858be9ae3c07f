// Where the data is hosted (RGPD art. 30: the register of processing activities, and the privacy notice),
// in the prefecture's own words: a value of the policy the referent edits in Paramètres. An existing
// installation gets the usual case until the referent says otherwise; the demo sets its own value.
const HOSTING = 'Serveurs de la préfecture (France)';

migrate(
	(app) => {
		const policies = app.findCollectionByNameOrId('policies');
		policies.fields.add(new TextField({ name: 'hosting', max: 300 }));
		app.save(policies);
		for (const policy of app.findAllRecords('policies')) {
			policy.set('hosting', HOSTING);
			app.save(policy);
		}
	},
	(app) => {
		const policies = app.findCollectionByNameOrId('policies');
		policies.fields.removeByName('hosting');
		app.save(policies);
	}
);
