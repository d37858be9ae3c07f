// Health an operator can watch. GET /api/health stays PocketBase's own (public, cheap). GET /api/qep/status
// tells administrators (or a monitoring system holding QEP_STATUS_TOKEN) version, migrations, backups, mail
// relay, kiosks and overdue complaints; POST /api/qep/status/check runs the alert watch at once. The watch
// also runs every 10 minutes.
routerAdd('GET', '/api/qep/status', (e) => require(`${__hooks}/lib/ops-route.js`).handleStatus(e));
routerAdd('POST', '/api/qep/status/check', (e) => require(`${__hooks}/lib/ops-route.js`).handleCheck(e));

cronAdd('qep-ops-watch', '*/10 * * * *', () => {
	const { currentStatus } = require(`${__hooks}/lib/ops-route.js`);
	const { runWatch } = require(`${__hooks}/lib/ops-watch.js`);
	try {
		runWatch($app, currentStatus($app));
	} catch (err) {
		$app.logger().error('Operations watch failed', 'error', String(err));
	}
});
