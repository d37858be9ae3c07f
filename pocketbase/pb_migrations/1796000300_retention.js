// Retention, enforced (pb_hooks/14_retention.pb.js): a complaint anonymised by the nightly job keeps the
// instant it happened (anonymised_at; set in SQL by the job only, like every sealed field) and its trail
// gets an `anonymised` event.
migrate(
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.add(new DateField({ name: 'anonymised_at' }));
		app.save(complaints);
		const events = app.findCollectionByNameOrId('complaint_events');
		const type = events.fields.getByName('type');
		type.values = [...type.values, 'anonymised'];
		app.save(events);
	},
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.removeByName('anonymised_at');
		app.save(complaints);
		const events = app.findCollectionByNameOrId('complaint_events');
		const type = events.fields.getByName('type');
		type.values = type.values.filter((v) => v !== 'anonymised');
		app.save(events);
	}
);
