// Checks one submitted complaint (or information request) or suggestion, field by field, with the codes
// the device's zod schemas use, so the visitor sees the server's verdict next to the right field.
// Pure: the route loads the site, point and engagement and stores the record, whose own validation
// stands behind these checks.

const { isId, isRealDay, isInstant, isCleanText, isObject, textCode } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js'
);
const { shiftDay } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js'
);
// Limits and the e-mail pattern, read by the device's schema too (src/lib/domain/complaint-submission.ts).
const LIMITS = require(typeof __hooks === 'string' ? `${__hooks}/lib/limits.json` : './limits.json');

/** The devices' e-mail pattern (zod's): ASCII, no dot first, last or doubled, a letters-only top domain. */
const EMAIL_RE = new RegExp(LIMITS.email_pattern);
const PHONE_RE = /^[0-9 +().-]{6,20}$/;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
const KINDS = ['complaint', 'information'];
/** What agents transcribe: paper forms, letters, calls and e-mails, with their own receipt date. */
const STAFF_CHANNELS = ['paper', 'letter', 'phone', 'email'];
const COMPLAINT_CHANNELS = ['web', 'kiosk', ...STAFF_CHANNELS];
const SUGGESTION_CHANNELS = ['web', 'kiosk', 'paper'];
/** How old a transcribed item's receipt date may be. */
const MAX_RECEIPT_AGE_DAYS = 365;
const { LANGUAGE_CODES: LANGUAGES } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/languages.js` : './languages.js'
);
/** Attachments of one complaint. */
const MAX_FILES = 3;
/** A suggestion's day may be this many days old when it arrives (same window as surveys). */
const MAX_AGE_DAYS = 400;

/** Collects `{field: code}`; the first code per field wins. */
function collector() {
	const errors = Object.create(null);
	let failed = false;
	return {
		fail(field, code) {
			if (!(field in errors)) errors[field] = code;
			failed = true;
		},
		result: () => (failed ? { ...errors } : null)
	};
}

/** Code for an optional e-mail: `invalid`, `too_long` or null. */
function emailCode(value) {
	if (value === undefined || value === '') return null;
	if (typeof value !== 'string' || !isCleanText(value)) return 'invalid';
	if (value.length > LIMITS.complaint.contact_email.max) return 'too_long';
	return EMAIL_RE.test(value) ? null : 'invalid';
}

/** Staff of that site, or a referent or admin (who work for every site). */
const worksFor = (caller, siteId) =>
	caller.kind === 'staff' &&
	(caller.role === 'referent' || caller.role === 'admin' || (caller.sites || []).includes(siteId));

/** Site, point and channel: what the caller may claim. */
function checkPlace(data, ctx, fail, channels) {
	if (!isId(data.site) || !ctx.site || !ctx.site.active) fail('site', 'unknown');
	const point = data.reception_point === undefined ? '' : data.reception_point;
	if (point !== '' && (!isId(point) || !ctx.point || ctx.point.site !== data.site))
		fail('reception_point', 'unknown');
	if (!channels.includes(data.channel)) fail('channel', 'invalid');
	else if (data.channel === 'kiosk' && ctx.caller.kind !== 'kiosk') fail('channel', 'invalid');
	else if (STAFF_CHANNELS.includes(data.channel) && ctx.caller.kind !== 'staff') fail('channel', 'invalid');
	// A lobby tablet speaks for its own site only, whatever channel it claims; so does an agent transcribing.
	if (ctx.caller.kind === 'kiosk' && ctx.caller.site !== data.site) fail('site', 'wrong_site');
	if (
		STAFF_CHANNELS.includes(data.channel) &&
		ctx.caller.kind === 'staff' &&
		ctx.site &&
		!worksFor(ctx.caller, data.site)
	)
		fail('site', 'wrong_site');
}

/** The original receipt date of a transcribed item: required, in the past year, not in the future. */
function checkReceivedOn(data, ctx, fail) {
	if (!STAFF_CHANNELS.includes(data.channel) || ctx.caller.kind !== 'staff') return;
	if (isMissing(data.received_on)) fail('received_on', 'required');
	else if (
		!isRealDay(data.received_on) ||
		(ctx.today &&
			(data.received_on > ctx.today || data.received_on < shiftDay(ctx.today, -MAX_RECEIPT_AGE_DAYS)))
	)
		fail('received_on', 'invalid');
}

const dataOf = (item) => (isObject(item) && isObject(item.data) ? item.data : {});
/** Absent: what a form sends for a field left empty. `0`, `false` and the like are present and wrong. */
const isMissing = (v) => v === undefined || v === null || v === '';
const honeypotFilled = (data) => data.nickname !== undefined && data.nickname !== '';

/**
 * The contact fields of a complaint (`contact_name`, `contact_email`, `contact_phone`, `contact_address`)
 * and the rule that links them (an e-mail or a postal address to answer to): at intake, and when an
 * administrator corrects them (lib/rights.js).
 * @param {Record<string, unknown>} data
 * @param {(field: string, code: string) => void} fail
 */
function checkContact(data, fail) {
	for (const field of ['contact_name', 'contact_address']) {
		const code = textCode(data[field], LIMITS.complaint[field].min, LIMITS.complaint[field].max);
		if (code) fail(field, code);
	}
	const email = emailCode(data.contact_email);
	if (email) fail('contact_email', email);
	const phone = data.contact_phone === undefined ? '' : data.contact_phone;
	if (phone !== '' && (typeof phone !== 'string' || !PHONE_RE.test(phone))) fail('contact_phone', 'invalid');
	const hasEmail = typeof data.contact_email === 'string' && data.contact_email !== '';
	const hasAddress = typeof data.contact_address === 'string' && data.contact_address.trim() !== '';
	if (!hasEmail && !hasAddress) fail('contact_email', 'contact_required');
}

/**
 * Checks a complaint or information request; null when it may be stored.
 * @param {{ data: any }} item
 * @param {{ caller: { kind: 'guest'|'kiosk'|'staff', site?: string, role?: string, sites?: string[] },
 *   site: { id: string, active: boolean } | null, point: { id: string, site: string } | null,
 *   engagement: { id: string } | null, fileCount: number, today?: string | null }} ctx `today`: the
 *   site's current date (checks a transcribed item's `received_on`)
 * @returns {Record<string, string> | null}
 */
function checkComplaint(item, ctx) {
	const data = dataOf(item);
	if (honeypotFilled(data)) return { form: 'spam' };
	const { fail, result } = collector();
	if (!KINDS.includes(data.kind)) fail('kind', isMissing(data.kind) ? 'required' : 'invalid');
	checkPlace(data, ctx, fail, COMPLAINT_CHANNELS);
	checkReceivedOn(data, ctx, fail);
	const engagement = data.engagement === undefined ? '' : data.engagement;
	if (engagement !== '' && (!isId(engagement) || !ctx.engagement)) fail('engagement', 'unknown');
	for (const field of ['service', 'subject', 'description']) {
		const code = textCode(data[field], LIMITS.complaint[field].min, LIMITS.complaint[field].max);
		if (code) fail(field, code);
	}
	checkContact(data, fail);
	if (!LANGUAGES.includes(data.language)) fail('language', isMissing(data.language) ? 'required' : 'invalid');
	if (isMissing(data.tracking_token)) fail('tracking_token', 'required');
	else if (typeof data.tracking_token !== 'string' || !TOKEN_RE.test(data.tracking_token))
		fail('tracking_token', 'invalid');
	// The device's clock, kept in the trail: a real instant in a sane range, or the item is refused.
	if (isMissing(data.submitted_at)) fail('submitted_at', 'required');
	else if (!isInstant(data.submitted_at)) fail('submitted_at', 'invalid');
	if (ctx.fileCount > MAX_FILES) fail('attachments', 'too_many_files');
	return result();
}

/**
 * Checks a suggestion; null when it may be stored.
 * @param {{ data: any }} item
 * @param {{ caller: { kind: 'guest'|'kiosk'|'staff', site?: string },
 *   site: { id: string, active: boolean } | null, point: { id: string, site: string } | null,
 *   today: string, fileCount: number }} ctx `today`: the site's current date
 * @returns {Record<string, string> | null}
 */
function checkSuggestion(item, ctx) {
	const data = dataOf(item);
	if (honeypotFilled(data)) return { form: 'spam' };
	const { fail, result } = collector();
	checkPlace(data, ctx, fail, SUGGESTION_CHANNELS);
	const text = textCode(data.text, 3, 2000);
	if (text) fail('text', text);
	const email = emailCode(data.email);
	if (email) fail('email', email);
	if (isMissing(data.day)) fail('day', 'required');
	else if (
		!isRealDay(data.day) ||
		// Without a known site there is no calendar to place the day in: the site's error says enough.
		(ctx.today && (data.day > shiftDay(ctx.today, 1) || data.day < shiftDay(ctx.today, -MAX_AGE_DAYS)))
	)
		fail('day', 'invalid');
	// Suggestions carry no files.
	if (ctx.fileCount > 0) fail('attachments', 'too_many_files');
	return result();
}

module.exports = {
	checkComplaint,
	checkSuggestion,
	checkContact,
	emailCode,
	isId,
	MAX_FILES,
	STAFF_CHANNELS
};
