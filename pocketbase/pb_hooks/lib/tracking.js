// POST /api/qep/track: a citizen follows their complaint with the private token of the link in the
// acknowledgement, or with its reference and their e-mail address. Pure parts: reading the request and
// shaping the answer (never the token hash, the contact details or the attachments).

const { isObject, isCleanText } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js'
);

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
const REFERENCE_RE = /^\d{4}-[RI]-\d{6}$/;
/** The invisible direction marks an Arabic page puts around references and addresses (copied with them). */
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A typed text without direction marks and surrounding spaces; anything else as it is (checked after). */
const typed = (value) => (typeof value === 'string' ? value.replace(DIRECTION_MARKS, '').trim() : value);

/**
 * What the body asks for, or the code of each malformed field (400): `body` when it is no JSON object,
 * `token` when a token is given but is not one, else `reference` and `email` (`required`, `invalid`,
 * `too_long`).
 * @returns {{ query?: { token: string } | { reference: string, email: string }, errors?: Record<string, string> }}
 */
function readTrackQuery(body) {
	if (!isObject(body)) return { errors: { body: 'invalid' } };
	if (body.token !== undefined)
		return typeof body.token === 'string' && TOKEN_RE.test(body.token)
			? { query: { token: body.token } }
			: { errors: { token: 'invalid' } };
	const reference = typed(body.reference);
	const email = typed(body.email);
	/** @type {Record<string, string>} */
	const errors = {};
	if (reference === undefined || reference === '') errors.reference = 'required';
	else if (typeof reference !== 'string' || !REFERENCE_RE.test(reference)) errors.reference = 'invalid';
	if (email === undefined || email === '') errors.email = 'required';
	else if (typeof email !== 'string' || !isCleanText(email)) errors.email = 'invalid';
	else if (email.length > 254) errors.email = 'too_long';
	if (Object.keys(errors).length > 0) return { errors };
	return { query: { reference, email } };
}

/** What the body asks for, or null when it is malformed. */
const parseTrackQuery = (body) => readTrackQuery(body).query || null;

/** Does the e-mail given match the complaint's contact (case-insensitively, as addresses are used)? */
function sameEmail(given, stored) {
	return stored !== '' && given.trim().toLowerCase() === stored.trim().toLowerCase();
}

/**
 * What the citizen sees of their complaint.
 * @param {Record<string, string>} c the complaint's fields, dates already ISO
 * @param {{ name: string, contact_email: string, contact_address: string, time_zone: string }} site
 */
function trackView(c, site) {
	return {
		reference: c.reference,
		kind: c.kind,
		status: c.status,
		subject: c.subject,
		description: c.description,
		service: c.service,
		// The time zone, so the page shows dates as the prefecture's calendar has them.
		site: {
			name: site.name,
			contact_email: site.contact_email,
			contact_address: site.contact_address,
			time_zone: site.time_zone
		},
		received_at: c.received_at,
		deadline_at: c.deadline_at,
		answer: c.answer,
		answered_at: c.answered_at
	};
}

module.exports = { readTrackQuery, parseTrackQuery, sameEmail, trackView };
