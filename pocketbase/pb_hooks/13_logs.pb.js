// Request logs kept as long as the policy says (lib/log-retention.js): at every start, and whenever the
// referent changes the policy.
onBootstrap((e) => {
	e.next();
	// A folder that was never migrated has no policy yet; `npm start` migrates before serving.
	if (!e.app.hasTable('policies')) return;
	const { applyLogRetention, policyLogRetention } = require(`${__hooks}/lib/log-retention.js`);
	applyLogRetention(e.app, policyLogRetention(e.app));
});

onRecordAfterUpdateSuccess((e) => {
	const { applyLogRetention } = require(`${__hooks}/lib/log-retention.js`);
	applyLogRetention(e.app, e.record.getInt('log_retention_days'));
	e.next();
}, 'policies');
