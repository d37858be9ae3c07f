// Production mode (QEP_MODE=production) refuses to serve a database that holds the demo, without the public
// https address that e-mail links need, or without the proxy's trusted header. Only `serve` is refused, so
// the command-line tools (migrate, staff, superuser) still work on such a database. (The JS hooks have no
// onServe.) The demo is recognised by its domain in the staff's, the sites' and the policy's addresses.
onBootstrap((e) => {
	e.next();
	if (!$os.args.includes('serve')) return;
	const { runMode, productionRefusals, DEMO_DOMAIN } = require(`${__hooks}/lib/run-mode.js`);
	const getenv = (name) => $os.getenv(name);
	if (runMode(getenv) !== 'production') return;
	const onDemoDomain = (field) =>
		$dbx.or(
			$dbx.like(field, `@${DEMO_DOMAIN}`).match(true, false),
			$dbx.like(field, `.${DEMO_DOMAIN}`).match(true, false)
		);
	// A directory that was never migrated has no collections yet (serve migrates after bootstrap).
	const count = (collection, ...fields) =>
		e.app.hasTable(collection) ? e.app.countRecords(collection, $dbx.or(...fields.map(onDemoDomain))) : 0;
	const demoRecords =
		count('staff', 'email') +
		count('sites', 'contact_email') +
		count('policies', 'organisation_email', 'dpo_email');
	// The header the proxy sets: from the environment, which 04_proxy.pb.js writes into the settings, or
	// the settings alone. (PocketBase runs the hook files in no set order: 04's bootstrap may come after.)
	const { trustedProxyFromEnv } = require(`${__hooks}/lib/proxy-settings.js`);
	const fromEnv = trustedProxyFromEnv(getenv);
	const refusals = productionRefusals({
		appUrl: getenv('APP_URL'),
		demoRecords,
		trustedProxyHeaders: fromEnv ? fromEnv.headers : e.app.settings().trustedProxy.headers
	});
	if (refusals.length > 0) throw new Error(`QEP_MODE=production refuses to start: ${refusals.join('; ')}`);
});
