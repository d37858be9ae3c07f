// PocketBase's installer: `serve` on a database without a superuser creates a hidden one, prints a link to
// the dashboard carrying its 30-minute token (to the terminal, or the journal anyone with log access
// reads), suggests a `go run` command that does not apply here, and tries to open a browser (leaving a
// defunct `xdg-open` behind on a server). This product makes superusers from the command line only
// (PB_ADMIN_EMAIL at `npm start`, or `pocketbase superuser upsert`), so, while there is none, a locked one
// stands in: a random password nobody ever sees, so nobody can sign in with it. It goes away once a real
// superuser exists. Run at every bootstrap of `serve` (pb_hooks/01_installer.pb.js).

/** The stand-in's address: an .invalid domain, so it can never receive mail or match a person. */
const LOCKED_EMAIL = 'installer-off@qual-e-pref.invalid';
/** The address PocketBase's installer gives its own hidden superuser. */
const INSTALLER_EMAIL = '__pbinstaller@example.com';

/** Keeps exactly one stand-in while no real superuser exists, none once one does. */
function keepInstallerOff(app) {
	const { queryRows } = require(`${__hooks}/lib/query-rows.js`);
	const emails = queryRows(app, 'SELECT email FROM _superusers', {}, { email: '' }).map((r) => r.email);
	const real = emails.filter((email) => email !== LOCKED_EMAIL && email !== INSTALLER_EMAIL);
	const locked = emails.includes(LOCKED_EMAIL);
	if (real.length > 0) {
		if (locked) app.delete(app.findAuthRecordByEmail('_superusers', LOCKED_EMAIL));
		return;
	}
	if (locked) return;
	const record = new Record(app.findCollectionByNameOrId('_superusers'));
	record.setEmail(LOCKED_EMAIL);
	record.setRandomPassword();
	app.save(record);
}

module.exports = { LOCKED_EMAIL, keepInstallerOff };
