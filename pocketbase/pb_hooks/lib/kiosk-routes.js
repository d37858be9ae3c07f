// Kiosk enrolment (one-time link made by the referent, opened on the tablet) and the kiosk's own
// configuration, which the tablet caches so that it works after a reboot with no network.
const { badRequest, jsonBody, requestInfoBody, invalidBody, kioskRevoked } = require(
	`${__hooks}/lib/responses.js`
);

/** How long an enrolment link works. */
const ENROLMENT_HOURS = 24;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function isManager(auth) {
	return auth && auth.collection().name === 'staff' && ['referent', 'admin'].includes(auth.getString('role'));
}

/** POST /api/qep/kiosks/{id}/enrolment — a new one-time code; the previous one stops working. */
function createEnrolment(e) {
	if (!isManager(e.auth))
		throw new ForbiddenError('Only the quality referent or an admin can enrol a kiosk.');
	let kiosk;
	try {
		kiosk = e.app.findRecordById('kiosks', e.request.pathValue('id'));
	} catch {
		throw new NotFoundError('No such kiosk.');
	}
	if (kiosk.getString('status') !== 'active')
		return badRequest(e, 'This kiosk was revoked.', { kiosk: 'revoked' });
	const code = $security.randomStringWithAlphabet(32, CODE_ALPHABET);
	const expiresAt = new Date(Date.now() + ENROLMENT_HOURS * 3600000).toISOString();
	kiosk.set('enrolment_hash', $security.sha256(code));
	kiosk.set('enrolment_expires_at', expiresAt);
	e.app.save(kiosk);
	return e.json(200, { code, expiresAt });
}

/** POST /api/qep/kiosks/{id}/pin {salt, hash, iterations} — the staff PIN's hash (hidden fields: API-unwritable). */
function setPin(e) {
	if (!isManager(e.auth))
		throw new ForbiddenError('Only the quality referent or an admin can set a kiosk PIN.');
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const { salt, hash, iterations } = body;
	const hex = (v, n) => typeof v === 'string' && new RegExp(`^[0-9a-f]{${n}}$`).test(v);
	if (
		!hex(salt, 32) ||
		!hex(hash, 64) ||
		!Number.isInteger(iterations) ||
		iterations < 10000 ||
		iterations > 10000000
	) {
		return badRequest(e, 'Invalid PIN hash.', { hash: 'invalid' });
	}
	let kiosk;
	try {
		kiosk = e.app.findRecordById('kiosks', e.request.pathValue('id'));
	} catch {
		throw new NotFoundError('No such kiosk.');
	}
	kiosk.set('pin_salt', salt);
	kiosk.set('pin_hash', hash);
	kiosk.set('pin_iterations', iterations);
	e.app.save(kiosk);
	return e.noContent(204);
}

/** POST /api/qep/enrol {code} — signs the device in as that kiosk, once. */
function enrol(e) {
	// Read through the request info: recordAuthResponse reads it again to answer.
	const body = requestInfoBody(e);
	if (!body) return invalidBody(e);
	const code = body.code;
	if (typeof code !== 'string' || code.length < 20 || code.length > 100) {
		return badRequest(e, 'Invalid enrolment code.', { code: 'invalid' });
	}
	let kiosk;
	try {
		kiosk = e.app.findFirstRecordByData('kiosks', 'enrolment_hash', $security.sha256(code));
	} catch {
		throw new NotFoundError('This enrolment link is unknown or was already used.');
	}
	const expired =
		Date.parse(kiosk.getDateTime('enrolment_expires_at').string().replace(' ', 'T')) < Date.now();
	// Used or expired, the code is spent either way.
	kiosk.set('enrolment_hash', '');
	kiosk.set('enrolment_expires_at', '');
	if (expired || kiosk.getString('status') !== 'active') {
		e.app.save(kiosk);
		return badRequest(e, 'This enrolment link has expired.', { code: 'expired' });
	}
	// A new enrolment (a replaced tablet) ends the sessions of any earlier device.
	kiosk.refreshTokenKey();
	e.app.save(kiosk);
	return $apis.recordAuthResponse(e, kiosk, 'enrolment', null);
}

function labels(record, field) {
	return JSON.parse(record.getString(field) || '{"fr":""}');
}

/** GET /api/qep/kiosk/config — what the signed-in kiosk needs to run its survey. */
function kioskConfig(e) {
	const auth = e.auth;
	if (!auth || auth.collection().name !== 'kiosks') throw new UnauthorizedError('Kiosks only.');
	if (auth.getString('status') !== 'active') return kioskRevoked(e);
	const app = e.app;
	const site = app.findRecordById('sites', auth.getString('site'));
	const pointId = auth.getString('reception_point');
	const point = pointId ? app.findRecordById('reception_points', pointId) : null;
	let questionnaire;
	try {
		questionnaire = app.findFirstRecordByFilter('questionnaires', 'status = "active"', {});
	} catch {
		throw new NotFoundError('No active questionnaire.');
	}
	const questions = app
		.findRecordsByFilter('questions', 'questionnaire = {:q}', 'position', 0, 0, { q: questionnaire.id })
		.map((q) => ({
			id: q.id,
			position: q.getInt('position'),
			engagement: q.getString('engagement'),
			label: labels(q, 'label')
		}));
	const policy = app.findFirstRecordByFilter('policies', '1=1', {});
	const pinHash = auth.getString('pin_hash');
	return e.json(200, {
		kiosk: { id: auth.id, name: auth.getString('name'), languages: auth.getStringSlice('languages') },
		site: {
			id: site.id,
			name: site.getString('name'),
			slug: site.getString('slug'),
			zone: site.getString('zone'),
			time_zone: site.getString('time_zone')
		},
		point: point && { id: point.id, name: point.getString('name'), slug: point.getString('slug') },
		questionnaire: {
			id: questionnaire.id,
			code: questionnaire.getString('code'),
			version: questionnaire.getInt('version'),
			title: labels(questionnaire, 'title'),
			languages: questionnaire.getStringSlice('languages')
		},
		questions,
		policy: {
			organisation_name: policy.getString('organisation_name'),
			kiosk_cooldown_seconds: policy.getInt('kiosk_cooldown_seconds')
		},
		pin: pinHash
			? { salt: auth.getString('pin_salt'), hash: pinHash, iterations: auth.getInt('pin_iterations') }
			: null
	});
}

module.exports = { createEnrolment, setPin, enrol, kioskConfig };
