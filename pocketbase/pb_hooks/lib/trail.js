// A complaint's trail (complaint_events, append-only): the one way to add an event to it. `actorId` ''
// for the system (the intake of an anonymous visitor, the acknowledgement, the retention job).

/** Saves the event in `app` (a transaction when there is one) and returns it. */
function appendEvent(app, complaintId, actorId, type, data) {
	const event = new Record(app.findCollectionByNameOrId('complaint_events'));
	event.set('complaint', complaintId);
	event.set('actor', actorId || '');
	event.set('type', type);
	event.set('data', data);
	app.save(event);
	return event;
}

module.exports = { appendEvent };
