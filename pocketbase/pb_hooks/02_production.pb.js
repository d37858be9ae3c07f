/// <reference path="../../pb_data/types.d.ts" />
// Production mode (QEP_MODE=production) refuses to serve a database that holds the demo's accounts, without
// the public https address that e-mail links need, or without the proxy's trusted header. Only `serve` is refused, so the command-line
// tools (migrate, staff, superuser) still work on such a database. (The JS hooks have no onServe.)
onBootstrap((e) => {
	e.next();
	if (!$os.args.includes('serve')) return;
	const { runMode, productionRefusals, DEMO_DOMAIN } = require(`${__hooks}/lib/run-mode.js`);
	const getenv = (name) => $os.getenv(name);
	if (runMode(getenv) !== 'production') return;
	// A directory that was never migrated has no staff collection yet (serve migrates after bootstrap).
	const demoAccounts = e.app.hasTable('staff')
		? e.app.countRecords(
				'staff',
				$dbx.or(
					$dbx.like('email', `@${DEMO_DOMAIN}`).match(true, false),
					$dbx.like('email', `.${DEMO_DOMAIN}`).match(true, false)
				)
			)
		: 0;
	// 04_proxy.pb.js has applied TRUSTED_PROXY_HEADERS by now (its bootstrap code runs before this one's).
	const refusals = productionRefusals({
		appUrl: getenv('APP_URL'),
		demoAccounts,
		trustedProxyHeaders: e.app.settings().trustedProxy.headers
	});
	if (refusals.length > 0) throw new Error(`QEP_MODE=production refuses to start: ${refusals.join('; ')}`);
});
