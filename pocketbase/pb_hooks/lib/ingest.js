// Checks one submitted survey against what the server knows: questionnaire, questions, site, reception
// point, channel allowed for the caller, day, comment. Pure: the hook loads the context and writes the
// rows; vitest runs this in Node.

const { isId, isRealDay, isCleanText, isObject, own } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js'
);
const { shiftDay } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js'
);

const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
const { LANGUAGE_CODES: LANGUAGES } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/languages.js` : './languages.js'
);
const CHANNELS = ['kiosk', 'web', 'paper'];
/** A comment's length, once trimmed. */
const MAX_COMMENT = 1000;
/** Answers in one response (a questionnaire has far fewer questions). */
const MAX_ANSWERS = 100;
/** At most this many items in one request. */
const MAX_ITEMS = 500;
/** An answer may be this many days old when it finally arrives (a kiosk offline for a long time). */
const MAX_AGE_DAYS = 400;

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
 * Checks one survey item, field by field, and builds the row to store from the checked values only:
 * whatever else the request carried (extra fields, duplicated keys, odd encodings) never reaches SQLite.
 * @param {{ id: string, data: any }} item
 * @param {{ caller: { kind: 'guest'|'kiosk'|'staff', site?: string, point?: string, role?: string, sites: string[] },
 *   questionnaire: { id: string, status: string } | null, questions: Record<string, { engagement: string }>,
 *   site: { id: string } | null, point: { id: string, site: string } | null, today: string }} ctx
 * @returns {{ errors: Record<string, string> } | { row: SurveyRow }}
 */
function checkSurvey(item, ctx) {
	const data = isObject(item.data) ? item.data : {};
	/** @type {Record<string, string>} */
	const errors = {};
	let failed = false;
	const fail = (field, code) => {
		if (!(field in errors)) errors[field] = code;
		failed = true;
	};
	if (!isObject(item.data)) fail('data', 'invalid');
	if (!isId(data.questionnaire) || !ctx.questionnaire || ctx.questionnaire.status === 'draft')
		fail('questionnaire', 'unknown');
	if (!isId(data.site) || !ctx.site) fail('site', 'unknown');
	const pointId =
		data.reception_point === undefined || data.reception_point === null ? '' : data.reception_point;
	if (pointId !== '' && (!isId(pointId) || !ctx.point || ctx.point.site !== data.site))
		fail('reception_point', 'unknown');
	if (!CHANNELS.includes(data.channel)) fail('channel', 'invalid');
	if (!LANGUAGES.includes(data.language)) fail('language', 'invalid');
	if (!isRealDay(data.day)) fail('day', 'invalid');
	else {
		const window = windowOf(ctx.today);
		if (data.day > window.latest || data.day < window.earliest) fail('day', 'out_of_range');
	}
	const rawComment = data.comment === undefined || data.comment === null ? '' : data.comment;
	const comment = typeof rawComment === 'string' ? rawComment.trim() : rawComment;
	if (typeof comment !== 'string' || !isCleanText(comment)) fail('comment', 'invalid');
	else if (comment.length > MAX_COMMENT) fail('comment', 'too_long');

	const answers = Array.isArray(data.answers) ? data.answers : null;
	const rows = [];
	if (!answers || answers.length === 0 || answers.length > MAX_ANSWERS) fail('answers', 'invalid');
	else {
		const seen = Object.create(null);
		for (let i = 0; i < answers.length; i++) {
			const a = isObject(answers[i]) ? answers[i] : {};
			const question = a.question;
			if (!isId(question) || !own(ctx.questions, question) || seen[question])
				fail(`answers.${i}.question`, 'unknown');
			else seen[question] = true;
			if (!SCALE.includes(a.value)) fail(`answers.${i}.value`, 'invalid');
			rows.push({ question, value: a.value });
		}
	}
	if (failed) return { errors };
	const refused = channelError(data, ctx.caller, ctx.site);
	if (refused) return { errors: refused };
	return {
		row: {
			id: item.id,
			questionnaire: data.questionnaire,
			site: data.site,
			reception_point: pointId,
			channel: data.channel,
			day: data.day,
			language: data.language,
			comment,
			answers: rows
		}
	};
}

/**
 * @typedef {{ id: string, questionnaire: string, site: string, reception_point: string, channel: string,
 *   day: string, language: string, comment: string, answers: { question: string, value: string }[] }} SurveyRow
 */

module.exports = { checkSurvey, isId, MAX_ITEMS, SCALE };
