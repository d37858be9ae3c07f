// A threshold alert's life once opened (issue 18), as pure functions: what each step asks of the request's
// body and of the alert, and what it writes. Open → acknowledged (who, when, a comment) → closed, by the data
// (the job) or by the referent with a reason; an action of the plan may be created from it on the way,
// which acknowledges it. The routes (lib/alert-routes.js) and vitest use the same code.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { isRealDay, textCode } = lib('values.js');
const { shiftDay } = lib('working-days.js');
const LIMITS = lib('limits.json');
/** As action_items bounds them. */
const TITLE_MIN = 3;
const TITLE_MAX = 200;

/**
 * @typedef {{ status: string, action: string, kind: string }} AlertState
 * @typedef {{ errors: Record<string, string> } | { patch: Record<string, unknown>, event: Record<string, unknown> }} Step
 */

/**
 * Only the body's known fields: anything else is refused, not ignored.
 * @returns {Record<string, string>}
 */
function unknownFields(body, known) {
	/** @type {Record<string, string>} */
	const errors = {};
	for (const key of Object.keys(body)) if (!known.includes(key)) errors[key] = 'unknown';
	return errors;
}

const trimmed = (value) => (typeof value === 'string' ? value.trim() : '');

/**
 * Acknowledging an open alert, with an optional comment.
 * @param {AlertState} alert @param {Record<string, unknown>} body @param {string} actorId @param {string} nowISO
 * @returns {Step}
 */
function acknowledge(alert, body, actorId, nowISO) {
	const errors = unknownFields(body, ['comment']);
	const code = textCode(body.comment, LIMITS.comment.min, LIMITS.comment.max);
	if (code) errors.comment = code;
	if (alert.status !== 'open') errors.status = alert.status === 'closed' ? 'closed' : 'acknowledged';
	if (Object.keys(errors).length > 0) return { errors };
	return {
		patch: { status: 'acknowledged', acknowledged_by: actorId, acknowledged_at: nowISO },
		event: { comment: trimmed(body.comment) }
	};
}

/**
 * Closing an alert by the referent, with a reason (the data closes alerts by itself).
 * @param {AlertState} alert @param {Record<string, unknown>} body @param {string} actorId @param {string} nowISO
 * @returns {Step}
 */
function closeByReferent(alert, body, actorId, nowISO) {
	const errors = unknownFields(body, ['reason']);
	const code = textCode(body.reason, LIMITS.reason.min, LIMITS.reason.max);
	if (code) errors.reason = code;
	if (alert.status === 'closed') errors.status = 'closed';
	if (Object.keys(errors).length > 0) return { errors };
	const reason = trimmed(body.reason);
	return {
		patch: { status: 'closed', closed_by: actorId, closed_at: nowISO, close_reason: reason },
		event: { by: 'referent', reason }
	};
}

/** An action is due within this many years. */
const DUE_YEARS = 5;

/**
 * What is wrong with an action's due day, or null: not a day, before yesterday (UTC: the prefecture's today
 * may be a day ahead), more than DUE_YEARS years on.
 * @param {unknown} due @param {string} today `YYYY-MM-DD`, UTC
 */
function dueDateCode(due, today) {
	if (!isRealDay(due)) return 'invalid';
	const day = /** @type {string} */ (due);
	if (day < shiftDay(today, -1)) return 'past';
	if (day > `${Number(today.slice(0, 4)) + DUE_YEARS}${today.slice(4)}`) return 'too_far';
	return null;
}

/**
 * The action of the plan made from an alert: its title (the one proposed unless the body gives one), its
 * optional due day, and what else the alert becomes besides linked to it (acknowledged by the same person
 * when it was open).
 * @param {AlertState} alert @param {Record<string, unknown>} body
 * @param {{ actorId: string, nowISO: string, proposedTitle: string }} ctx
 * @returns {{ errors: Record<string, string> } | { title: string, dueDate: string, patch: Record<string, unknown> }}
 */
function actionFrom(alert, body, { actorId, nowISO, proposedTitle }) {
	const errors = unknownFields(body, ['title', 'due_date']);
	const given = (value) => value !== undefined && value !== null && value !== '';
	const titleCode = given(body.title) ? textCode(body.title, TITLE_MIN, TITLE_MAX) : null;
	if (titleCode) errors.title = titleCode;
	if (given(body.due_date)) {
		const code = dueDateCode(body.due_date, nowISO.slice(0, 10));
		if (code) errors.due_date = code;
	}
	if (alert.status === 'closed') errors.status = 'closed';
	else if (alert.action) errors.action = 'exists';
	// A silent kiosk is a matter for whoever looks after the tablet, not for the plan: no figures to carry.
	else if (alert.kind === 'silent') errors.kind = 'not_allowed';
	if (Object.keys(errors).length > 0) return { errors };
	const patch =
		alert.status === 'open'
			? { status: 'acknowledged', acknowledged_by: actorId, acknowledged_at: nowISO }
			: {};
	return {
		title: trimmed(body.title) || proposedTitle.slice(0, TITLE_MAX),
		dueDate: typeof body.due_date === 'string' ? body.due_date : '',
		patch
	};
}

module.exports = { acknowledge, closeByReferent, actionFrom };
