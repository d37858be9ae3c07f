// The rights of persons (RGPD art. 15–17, 21): the checks of what an administrator asks (whose data, which
// contact correction, why an erasure) and when an item may be erased. Pure; the routes are in
// lib/rights-route.js (administrators) and lib/track-route.js (the citizen's request).
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { checkContact, emailCode } = lib('complaint-check.js');
const { REFERENCE_RE } = lib('reference.js');
const { REASON } = lib('holds.js');
const { isObject, own, textCode } = lib('values.js');

/** What an administrator may correct of a complaint: its contact, nothing the person wrote. */
const CONTACT_FIELDS = ['contact_name', 'contact_email', 'contact_phone', 'contact_address'];
/** Stored trimmed, as at intake; the e-mail and the phone are stored as given (their rules refuse spaces). */
const TRIMMED = ['contact_name', 'contact_address'];
/** A key that can be named in an answer; any other unknown key is answered as `body`. */
const KEY_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const given = (v) => typeof v === 'string' && v.trim() !== '';

/**
 * Whose data: the `email` and `reference` query parameters (null or '' when absent), exactly one of them.
 * @param {{ email: string | null, reference: string | null }} params
 * @returns {{ query: { email: string } | { reference: string } } | { errors: Record<string, string> }}
 */
function readRightsQuery({ email, reference }) {
	const hasEmail = given(email);
	const hasReference = given(reference);
	if (!hasEmail && !hasReference) return { errors: { query: 'required' } };
	if (hasEmail && hasReference) return { errors: { query: 'invalid' } };
	if (hasEmail) {
		const address = email.trim();
		return emailCode(address) ? { errors: { email: 'invalid' } } : { query: { email: address } };
	}
	const ref = reference.trim();
	return REFERENCE_RE.test(ref) ? { query: { reference: ref } } : { errors: { reference: 'invalid' } };
}

/**
 * A contact correction: a non-empty subset of the contact fields, each by the intake's rules, and the
 * intake's rule that links them, judged on the contact as it would stand afterwards.
 * @param {unknown} body
 * @param {Record<string, string>} stored the complaint's contact fields now
 * @returns {{ values: Record<string, string>, changed: string[] } | { errors: Record<string, string> }}
 *   `values`: the fields given, as they are to be stored; `changed`: those that differ from `stored`
 */
function checkCorrection(body, stored) {
	if (!isObject(body)) return { errors: { body: 'invalid' } };
	const keys = Object.keys(body);
	if (keys.length === 0) return { errors: { body: 'required' } };
	const errors = Object.create(null);
	for (const key of keys)
		if (!CONTACT_FIELDS.includes(key)) errors[KEY_RE.test(key) ? key : 'body'] = 'unknown';
		// Never coerced, and null is no way to blank a field: '' is.
		else if (typeof body[key] !== 'string') errors[key] = 'invalid';
	if (Object.keys(errors).length > 0) return { errors: { ...errors } };
	const after = {};
	for (const field of CONTACT_FIELDS) after[field] = keys.includes(field) ? body[field] : stored[field];
	checkContact(after, (field, code) => {
		// A stored value the rules have since tightened is not this request's fault; the link rule is.
		if (!(field in errors) && (keys.includes(field) || code === 'contact_required')) errors[field] = code;
	});
	if (Object.keys(errors).length > 0) return { errors: { ...errors } };
	/** @type {Record<string, string>} */
	const values = {};
	for (const field of keys) values[field] = TRIMMED.includes(field) ? body[field].trim() : body[field];
	return { values, changed: keys.filter((field) => values[field] !== stored[field]) };
}

/**
 * Why an erasure is asked: `{ reason }`, trimmed, 3–500 visible characters of clean text.
 * @returns {{ reason: string } | { errors: Record<string, string> }}
 */
function checkReason(body) {
	if (!isObject(body)) return { errors: { body: 'invalid' } };
	// Its own key only: `{"__proto__": {"reason": …}}` gives no reason.
	const reason = own(body, 'reason');
	const code = textCode(reason, REASON.min, REASON.max);
	return code ? { errors: { reason: code } } : { reason: reason.trim() };
}

/**
 * Why a complaint may not be erased now, or null: not answered or closed yet (the obligation to answer
 * comes first), or held by an administrator through `hold_until` (a day; the retention job's rule, in UTC).
 * @param {{ status: string, hold_until: string }} complaint
 * @param {string} todayUTC YYYY-MM-DD
 * @returns {'not_answered' | 'held' | null}
 */
function erasureRefusal({ status, hold_until }, todayUTC) {
	if (status !== 'answered' && status !== 'closed') return 'not_answered';
	if (hold_until !== '' && hold_until >= todayUTC) return 'held';
	return null;
}

/** `erasureRefusal` for a complaint record, as lib/anonymise.js `check` takes it. */
const erasureCheck = (todayUTC) => (complaint) =>
	erasureRefusal(
		{ status: complaint.getString('status'), hold_until: complaint.getString('hold_until') },
		todayUTC
	);

const MESSAGES = {
	required: 'Required.',
	invalid: 'Invalid value.',
	unknown: 'Only the contact fields can be corrected.',
	contact_required: 'An e-mail address or a postal address is needed to answer.',
	too_short: 'Too short.',
	too_long: 'Too long.',
	anonymised: 'This item was anonymised: its personal data is gone.',
	not_answered: 'The item must be answered or closed first.',
	held: 'An administrator holds this item: lift the hold first.'
};

/** The message of a refusal whose first field has that code. */
const messageOf = (errors) => MESSAGES[errors[Object.keys(errors)[0]]] || 'Invalid request.';

module.exports = {
	CONTACT_FIELDS,
	readRightsQuery,
	checkCorrection,
	checkReason,
	erasureRefusal,
	erasureCheck,
	messageOf
};
