// The status routes (hooks/12_operations.pb.js): who may read the status, and the context it is read in
// (version from package.json, migration files beside the hooks, the run mode).
const lib = (name) => require(`${__hooks}/lib/${name}`);

/** The product's version, from the package.json of the installed code. */
function productVersion() {
	try {
		return String(JSON.parse(toString($os.readFile(`${__hooks}/../../package.json`))).version || '');
	} catch {
		return '';
	}
}

/** Migration files shipped with the code (the hooks' sibling folder, as the repository lays them out). */
function migrationFiles() {
	try {
		return $os.readDir(`${__hooks}/../pb_migrations`).map((entry) => entry.name());
	} catch {
		return [];
	}
}

function currentStatus(app) {
	const { collectStatus } = lib('ops-status.js');
	const { runMode } = lib('run-mode.js');
	return collectStatus(app, {
		nowISO: new Date().toISOString(),
		version: productVersion(),
		mode: runMode((name) => $os.getenv(name)),
		migrationFiles: migrationFiles()
	});
}

/** An administrator, or (for reading only) a caller presenting QEP_STATUS_TOKEN (32 characters at least). */
function mayRead(e, { allowToken }) {
	const auth = e.auth;
	if (auth && auth.collection().name === 'staff' && auth.getString('role') === 'admin') return true;
	if (!allowToken) return false;
	const expected = $os.getenv('QEP_STATUS_TOKEN');
	const given = e.request.header.get('X-Status-Token');
	return expected.length >= 32 && given !== '' && $security.equal(given, expected);
}

function refuse(e) {
	const status = e.auth ? 403 : 401;
	return e.json(status, { status, message: 'Réservé aux administrateurs.', data: {} });
}

function handleStatus(e) {
	if (!mayRead(e, { allowToken: true })) return refuse(e);
	// Always 200 when allowed: a monitoring system checks `"healthy": true` in the answer.
	return e.json(200, currentStatus(e.app));
}

function handleCheck(e) {
	if (!mayRead(e, { allowToken: false })) return refuse(e);
	const { runWatch } = lib('ops-watch.js');
	const outcome = runWatch(e.app, currentStatus(e.app));
	return e.json(200, { ...outcome, status: currentStatus(e.app) });
}

module.exports = { currentStatus, handleStatus, handleCheck };
