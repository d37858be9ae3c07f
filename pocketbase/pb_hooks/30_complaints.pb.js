// Complaints, information requests and suggestions: intake, tracking, mail status
// (see lib/complaint-route.js and lib/track-route.js).
routerAdd(
	'POST',
	'/api/qep/complaints',
	(e) => require(`${__hooks}/lib/complaint-route.js`).handleComplaints(e),
	// Three attachments of 5 MB at most, and the payload.
	$apis.bodyLimit(16 << 20)
);
routerAdd('POST', '/api/qep/track', (e) => require(`${__hooks}/lib/track-route.js`).handleTrack(e));
routerAdd('GET', '/api/qep/mail-status', (e) => require(`${__hooks}/lib/track-route.js`).mailStatus(e));
