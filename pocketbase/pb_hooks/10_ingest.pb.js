// Sync target of the devices' outboxes (see lib/ingest-route.js).
routerAdd(
	'POST',
	'/api/qep/ingest',
	(e) => require(`${__hooks}/lib/ingest-route.js`).handleIngest(e),
	$apis.bodyLimit(4 << 20)
);
