// The agents' back office: inbox, workflow actions, the append-only trail, the daily reminders
// (see lib/inbox-route.js, lib/complaint-actions.js, lib/digest-job.js).
routerAdd('GET', '/api/qep/inbox', (e) => require(`${__hooks}/lib/inbox-route.js`).handleInbox(e));
routerAdd('POST', '/api/qep/complaints/{id}/status', (e) =>
	require(`${__hooks}/lib/complaint-actions.js`).handleStatus(e)
);
routerAdd('POST', '/api/qep/complaints/{id}/assign', (e) =>
	require(`${__hooks}/lib/complaint-actions.js`).handleAssign(e)
);
routerAdd('POST', '/api/qep/complaints/{id}/notes', (e) =>
	require(`${__hooks}/lib/complaint-actions.js`).handleNote(e)
);
routerAdd('POST', '/api/qep/complaints/{id}/answer', (e) =>
	require(`${__hooks}/lib/complaint-actions.js`).handleAnswer(e)
);

// The trail is append-only for everyone, superusers and the dashboard included: see 08_append_only.pb.js.

// Working-day mornings, 06:00 UTC (07:00 or 08:00 in Paris).
cronAdd('qep-daily-digest', '0 6 * * 1-5', () => {
	require(`${__hooks}/lib/digest-job.js`).runDigest($app, new Date().toISOString());
});
