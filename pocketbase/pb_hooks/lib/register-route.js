// GET /api/qep/register (pb_hooks/17_register.pb.js): the register of processing activities, for referents
// and administrators. Reads what the rest of the server reads: the policy (as the retention job does), the
// log retention (lib/log-retention.js), the backups (lib/backup-settings.js, from the environment that
// wrote the backup settings at start), the hold limit (lib/holds.js), the live schema and the mail relay.
const lib = (name) => require(`${__hooks}/lib/${name}`);

/** Every non-system collection's field names, as the database has them now. */
function liveSchema(app) {
	const schema = {};
	for (const collection of app.findAllCollections()) {
		if (collection.system) continue;
		const names = [];
		for (const field of collection.fields) names.push(field.getName());
		schema[collection.name] = names;
	}
	return schema;
}

/** How many staff accounts hold each role. */
function roleCounts(app) {
	const { queryRows } = lib('query-rows.js');
	const rows = queryRows(app, 'SELECT role, COUNT(*) AS n FROM staff GROUP BY role', {}, { role: '', n: 0 });
	return Object.fromEntries(rows.map((row) => [row.role, row.n]));
}

/** The backups the environment asks for; the settings it wrote at start if it cannot be read again. */
function backupPlan(app) {
	const { backupSettingsFromEnv } = lib('backup-settings.js');
	const { hostOf } = lib('register-build.js');
	let plan;
	try {
		plan = backupSettingsFromEnv((name) => $os.getenv(name));
	} catch {
		const applied = app.settings().backups;
		plan = { cron: applied.cron, cronMaxKeep: applied.cronMaxKeep, s3: applied.s3 };
	}
	return {
		cron: plan.cron || '',
		keep: plan.cronMaxKeep,
		s3Host: plan.s3.enabled ? hostOf(plan.s3.endpoint) : ''
	};
}

/** The register's values, read from the app. */
function registerValues(app, nowISO) {
	const { policyLogRetention } = lib('log-retention.js');
	const { MAX_YEARS } = lib('holds.js');
	const { hostOf } = lib('register-build.js');
	const policy = app.findFirstRecordByFilter('policies', '1=1');
	const smtp = app.settings().smtp;
	return {
		nowISO,
		policy: {
			organisationName: policy.getString('organisation_name'),
			organisationAddress: policy.getString('organisation_address'),
			organisationEmail: policy.getString('organisation_email'),
			dpoEmail: policy.getString('dpo_email'),
			hosting: policy.getString('hosting')
		},
		schema: liveSchema(app),
		// The value runRetention reads (lib/retention.js): the policy's, at the moment of asking.
		retentionMonths: policy.getInt('retention_months'),
		logDays: policyLogRetention(app),
		holdYears: MAX_YEARS,
		passwordMinLength: app.findCollectionByNameOrId('staff').fields.getByName('password').min,
		roleCounts: roleCounts(app),
		smtpHost: smtp.enabled ? hostOf(smtp.host) : '',
		backups: backupPlan(app)
	};
}

/** GET /api/qep/register — referents and administrators. */
function handleRegister(e) {
	const { callerOf } = lib('caller.js');
	const { buildRegister } = lib('register-build.js');
	const caller = callerOf(e.auth);
	if (caller.kind !== 'staff') throw new UnauthorizedError('Staff only.');
	if (caller.role !== 'admin' && caller.role !== 'referent')
		throw new ForbiddenError('Referents and administrators only.');
	return e.json(200, buildRegister(registerValues(e.app, new Date().toISOString())));
}

module.exports = { handleRegister, registerValues };
