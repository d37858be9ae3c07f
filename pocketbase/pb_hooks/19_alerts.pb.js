// Threshold alerts (issue 18): the detection runs every 5 minutes and on demand, a summary goes out weekly;
// alerts change through their routes only (see lib/alert-routes.js, lib/alert-job.js).
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

// The referents' weekly summary, Mondays at 06:30 UTC (a superuser may run it at once: POST
// /api/crons/qep-alerts-weekly).
cronAdd('qep-alerts-weekly', '30 6 * * 1', () => {
	try {
		require(`${__hooks}/lib/alert-notify.js`).sendWeeklySummary($app, new Date().toISOString());
	} catch (err) {
		$app.logger().error('Weekly alert summary failed', 'error', String(err));
	}
});
