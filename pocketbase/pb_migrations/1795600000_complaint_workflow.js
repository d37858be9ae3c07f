// The agents' workflow: pause and first-response data on complaints, and every change through the
// workflow routes, which write the complaint and its audit event in one transaction. Staff therefore
// no longer update complaints nor write events through the record API.
migrate(
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		// First change out of "received": the moment an agent took the item in hand.
		complaints.fields.add(new DateField({ name: 'first_response_at' }));
		// Set while waiting for the requester: the deadline moves by the working days spent waiting.
		complaints.fields.add(new DateField({ name: 'waiting_since' }));
		complaints.fields.add(new NumberField({ name: 'paused_days', onlyInt: true, min: 0, max: 3650 }));
		complaints.updateRule = null;
		app.save(complaints);

		const events = app.findCollectionByNameOrId('complaint_events');
		events.createRule = null;
		app.save(events);
	},
	(app) => {
		const STAFF = '@request.auth.collectionName = "staff"';
		const MANAGER = `${STAFF} && (@request.auth.role = "referent" || @request.auth.role = "admin")`;
		const siteStaff = (site) => `(${MANAGER}) || (${STAFF} && @request.auth.sites.id ?= ${site})`;
		const complaints = app.findCollectionByNameOrId('complaints');
		for (const name of ['first_response_at', 'waiting_since', 'paused_days'])
			complaints.fields.removeByName(name);
		complaints.updateRule = siteStaff('site');
		app.save(complaints);
		const events = app.findCollectionByNameOrId('complaint_events');
		events.createRule = `${STAFF} && actor = @request.auth.id && (${siteStaff('complaint.site')})`;
		app.save(events);
	}
);
