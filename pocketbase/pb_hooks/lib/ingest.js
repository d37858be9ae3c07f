// Checks one submitted survey against what the server knows: questionnaire, questions, site, reception
// point, channel allowed for the caller, day, comment. Pure: the hook loads the context and writes the
// rows; vitest runs this in Node.

const ID_RE = /^[a-z0-9]{15}$/;
const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
const LANGUAGES = ['fr', 'en'];
const CHANNELS = ['kiosk', 'web', 'paper'];
/** At most this many items in one request. */
const MAX_ITEMS = 500;
/** An answer may be this many days old when it finally arrives (a kiosk offline for a long time). */
const MAX_AGE_DAYS = 400;

const isId = (v) => typeof v === 'string' && ID_RE.test(v);
const shiftDay = (day, days) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

// The accepted window of days around a site's today, computed once per distinct today.
const windows = {};
const windowOf = (today) =>
	windows[today] ||
	(windows[today] = { latest: shiftDay(today, 1), earliest: shiftDay(today, -MAX_AGE_DAYS) });

/** May this caller submit on this channel for this site and reception point? */
function channelError(data, caller, site) {
	if (data.channel === 'web') return null;
	if (data.channel === 'kiosk') {
		if (caller.kind !== 'kiosk') return { channel: 'not_allowed' };
		if (caller.site !== data.site) return { site: 'not_allowed' };
		if (caller.point && caller.point !== data.reception_point) return { reception_point: 'not_allowed' };
		return null;
	}
	// Paper forms are transcribed by staff of the site.
	const staffOfSite =
		caller.kind === 'staff' &&
		(caller.role === 'referent' || caller.role === 'admin' || caller.sites.includes(site.id));
	return staffOfSite ? null : { channel: 'not_allowed' };
}

/**
 * Checks one survey item, field by field; null when it may be stored. The rows themselves are built by
 * SQLite from the request's JSON (see ingest-route.js), so only what is checked here gets in.
 * @param {{ id: string, data: any }} item
 * @param {{ caller: { kind: 'guest'|'kiosk'|'staff', site?: string, point?: string, role?: string, sites: string[] },
 *   questionnaire: { id: string, status: string } | null, questions: Record<string, { engagement: string }>,
 *   site: { id: string } | null, point: { id: string, site: string } | null, today: string }} ctx
 * @returns {Record<string, string> | null}
 */
function checkSurvey(item, ctx) {
	const data = item.data && typeof item.data === 'object' ? item.data : {};
	const errors = {};
	let failed = false;
	const fail = (field, code) => {
		errors[field] = code;
		failed = true;
	};
	if (!isId(data.questionnaire) || !ctx.questionnaire || ctx.questionnaire.status === 'draft')
		fail('questionnaire', 'unknown');
	if (!isId(data.site) || !ctx.site) fail('site', 'unknown');
	const pointId = data.reception_point === undefined ? '' : data.reception_point;
	if (pointId !== '' && (!isId(pointId) || !ctx.point || ctx.point.site !== data.site))
		fail('reception_point', 'unknown');
	if (!CHANNELS.includes(data.channel)) fail('channel', 'invalid');
	if (!LANGUAGES.includes(data.language)) fail('language', 'invalid');
	if (typeof data.day !== 'string' || !DAY_RE.test(data.day)) fail('day', 'invalid');
	else {
		const window = windowOf(ctx.today);
		if (data.day > window.latest || data.day < window.earliest) fail('day', 'out_of_range');
	}
	const comment = data.comment === undefined ? '' : data.comment;
	if (typeof comment !== 'string' || comment.length > 1000) fail('comment', 'too_long');

	const answers = Array.isArray(data.answers) ? data.answers : null;
	if (!answers || answers.length === 0 || answers.length > 100) fail('answers', 'invalid');
	else {
		const seen = {};
		for (let i = 0; i < answers.length; i++) {
			const a = answers[i];
			const question = a && a.question;
			if (!isId(question) || !ctx.questions[question] || seen[question])
				fail(`answers.${i}.question`, 'unknown');
			else seen[question] = true;
			if (!a || !SCALE.includes(a.value)) fail(`answers.${i}.value`, 'invalid');
		}
	}
	if (failed) return errors;
	return channelError(data, ctx.caller, ctx.site);
}

module.exports = { checkSurvey, isId, MAX_ITEMS, SCALE };
