// Threshold alerts (issue 18): the detection runs every 5 minutes and on demand; alerts change through
// their routes only (see lib/alert-routes.js, lib/alert-job.js).
routerAdd('POST', '/api/qep/alerts/check', (e) => require(`${__hooks}/lib/alert-routes.js`).handleCheck(e));
routerAdd('POST', '/api/qep/alerts/{id}/acknowledge', (e) =>
	require(`${__hooks}/lib/alert-routes.js`).handleAcknowledge(e)
);
routerAdd('POST', '/api/qep/alerts/{id}/close', (e) =>
	require(`${__hooks}/lib/alert-routes.js`).handleClose(e)
);
routerAdd('POST', '/api/qep/alerts/{id}/action', (e) =>
	require(`${__hooks}/lib/alert-routes.js`).handleAction(e)
);

cronAdd('qep-alerts', '*/5 * * * *', () => {
	try {
		require(`${__hooks}/lib/alert-job.js`).runAlerts($app, new Date().toISOString());
	} catch (err) {
		$app.logger().error('Threshold alerts failed', 'error', String(err));
	}
});
