// The append-only trails: a complaint's (complaint_events) and a threshold alert's (alert_events), each
// event its owner, its actor, its type and its data. The one way to add an event to either. `actorId` ''
// for the system (the intake of an anonymous visitor, the acknowledgement, the retention job, the alerts'
// detection).

/** The trails: collection, and the field naming the record the event is about. */
const TRAILS = {
	complaint: { collection: 'complaint_events', owner: 'complaint' },
	alert: { collection: 'alert_events', owner: 'alert' }
};

/** Saves the event in `app` (a transaction when there is one) and returns it. */
function appendTrailEvent(app, trail, ownerId, actorId, type, data) {
	const { collection, owner } = TRAILS[trail];
	const event = new Record(app.findCollectionByNameOrId(collection));
	event.set(owner, ownerId);
	event.set('actor', actorId || '');
	event.set('type', type);
	event.set('data', data);
	app.save(event);
	return event;
}

/** An event of a complaint's trail. */
const appendEvent = (app, complaintId, actorId, type, data) =>
	appendTrailEvent(app, 'complaint', complaintId, actorId, type, data);

/** An event of an alert's trail. */
const appendAlertEvent = (app, alertId, actorId, type, data) =>
	appendTrailEvent(app, 'alert', alertId, actorId, type, data);

module.exports = { appendEvent, appendAlertEvent };
