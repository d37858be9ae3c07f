// How long PocketBase keeps its request logs (they hold visitors' addresses): the policy's
// log_retention_days, written into settings.logs.maxDays, which PocketBase's own cleanup applies.

/** Sets settings.logs.maxDays to the policy's value when it differs; returns whether it changed. */
function applyLogRetention(app, days) {
	if (!Number.isInteger(days) || days < 1) return false;
	const settings = app.settings();
	if (settings.logs.maxDays === days) return false;
	settings.logs.maxDays = days;
	app.save(settings);
	return true;
}

/** The retention of the (single) policy record, or null when there is none yet. */
function policyLogRetention(app) {
	try {
		return app.findFirstRecordByFilter('policies', '1=1').getInt('log_retention_days');
	} catch {
		return null;
	}
}

module.exports = { applyLogRetention, policyLogRetention };
