// The `staff` command's work (hooks/91_staff.pb.js): parse its arguments, create or update the account,
// and say what happened. Returns { ok, message, usage? } rather than throwing, so the command exits cleanly.

const USAGE = [
	'Usage:',
	'  staff create <email> <name> <admin|referent>   a new account with a generated password',
	'  staff password <email>                         a new generated password for an account'
].join('\n');
const ROLES = ['admin', 'referent'];
const { DEMO_DOMAIN, isDemoEmail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/run-mode.js` : './run-mode.js'
);
// Deliberately loose, like the back office's form: PocketBase's email field has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks the command line; returns the request or { error }.
 * @param {string[]} args
 */
function parseStaffArgs(args) {
	const [action, ...rest] = args.map((a) => String(a));
	if (action === 'create') {
		if (rest.length !== 3) return { error: USAGE };
		const [email, rawName, role] = rest;
		const name = rawName.trim();
		if (!EMAIL.test(email)) return { error: `Not an e-mail address: "${email}"` };
		// The demo's domain marks a demo database: production refuses to serve one.
		if (isDemoEmail(email)) return { error: `The domain ${DEMO_DOMAIN} is the demo's own.` };
		if (name.length < 2 || name.length > 120) return { error: 'The name takes 2 to 120 characters.' };
		if (!ROLES.includes(role))
			return {
				error: `The role is admin or referent, not "${role}" (agents are created in the back office, with their sites).`
			};
		return { action, email: email.toLowerCase(), name, role };
	}
	if (action === 'password') {
		if (rest.length !== 1) return { error: USAGE };
		return { action, email: rest[0].toLowerCase() };
	}
	return { error: USAGE };
}

/** Runs `staff …` against the app (PocketBase's, or a test double with the same methods). */
function staffCommand(app, args, { newPassword }) {
	const request = parseStaffArgs(args);
	if (request.error) return { ok: false, usage: request.error === USAGE, message: request.error };
	let existing;
	try {
		existing = app.findAuthRecordByEmail('staff', request.email);
	} catch {
		existing = null; // no account uses the address
	}
	const password = newPassword();
	if (request.action === 'create') {
		if (existing) return { ok: false, message: `An account already uses ${request.email}.` };
		const record = new Record(app.findCollectionByNameOrId('staff'));
		record.set('email', request.email);
		record.set('name', request.name);
		record.set('role', request.role);
		record.set('verified', true);
		record.setPassword(password);
		app.save(record);
		return {
			ok: true,
			message: `Account created: ${request.email} (${request.role}).\nPassword, shown only now: ${password}`
		};
	}
	if (!existing) return { ok: false, message: `No account uses ${request.email}.` };
	existing.setPassword(password);
	app.save(existing);
	return {
		ok: true,
		message: `New password for ${request.email}, shown only now: ${password}\nIts former sessions are signed out.`
	};
}

module.exports = { USAGE, parseStaffArgs, staffCommand };
