// The threshold alerts' routes (issue 18). Alerts change only here, each step with its trail:
// POST /api/qep/alerts/check (referents, admins) runs the detection now;
// POST /api/qep/alerts/{id}/acknowledge { comment? } (whoever sees the alert: managers, the site's agents);
// POST /api/qep/alerts/{id}/close { reason } and /action { title?, due_date? } (referents, admins).
// Each step is decided on the alert as it is inside its transaction: two steps at once cannot both apply.
const { runAlerts } = require(`${__hooks}/lib/alert-job.js`);
const { appendAlertEvent } = require(`${__hooks}/lib/trail.js`);
const { acknowledge, closeByReferent, actionFrom } = require(`${__hooks}/lib/alert-life.js`);
const { percent } = require(`${__hooks}/lib/alert-mail.js`);
const { longDate } = require(`${__hooks}/lib/mail-format.js`);
const { placeNameOf } = require(`${__hooks}/lib/alert-place.js`);
const { staffOf, managerOf } = require(`${__hooks}/lib/complaint-actions.js`);
const { canActOn, seesAllSites } = require(`${__hooks}/lib/staff-access.js`);
const { findOrNull } = require(`${__hooks}/lib/caller.js`);
const { badRequest, jsonBody, invalidBody } = require(`${__hooks}/lib/responses.js`);

/** The alert of the path, when the caller sees it (as its list rule says: an engagement's, managers only). */
function alertFor(e, caller) {
	const alert = findOrNull(e.app, 'alerts', e.request.pathValue('id'));
	if (!alert || !(seesAllSites(caller.role) || canActOn(caller, alert.getString('site'))))
		throw new NotFoundError('No such alert.');
	return alert;
}

const stateOf = (alert) => ({
	status: alert.getString('status'),
	action: alert.getString('action'),
	kind: alert.getString('kind')
});
const nowISO = () => new Date().toISOString();

/**
 * Runs one step on the alert of the path: `decide` reads the alert as it is inside the transaction and
 * returns its refusals, or `write(tx, fresh)` which saves the change and its trail event. Answers 400 with
 * the codes by field, or 200 with what `answer` makes of the saved alert.
 */
function step(e, alert, message, decide, answer) {
	let errors = null;
	let result = null;
	e.app.runInTransaction((tx) => {
		const fresh = tx.findRecordById('alerts', alert.id);
		const decided = decide(stateOf(fresh));
		if ('errors' in decided) {
			errors = decided.errors;
			return;
		}
		result = decided.write(tx, fresh);
	});
	if (errors) return badRequest(e, message, errors);
	return e.json(200, answer(e.app.findRecordById('alerts', alert.id), result));
}

/** Sets the patch on the alert and saves it with its trail event. */
const patchWith = (patch, type, actorId, data) => (tx, fresh) => {
	for (const [key, value] of Object.entries(patch)) fresh.set(key, value);
	tx.save(fresh);
	appendAlertEvent(tx, fresh.id, actorId, type, data);
};

/** POST /api/qep/alerts/check */
function handleCheck(e) {
	managerOf(e);
	return e.json(200, runAlerts(e.app, nowISO()));
}

/**
 * A step that changes the alert alone, with its event: `decide(state, body, actorId, nowISO)` of
 * lib/alert-life.js gives its refusals or its patch and the event's data.
 */
function patchStep(e, caller, { message, type, decide }) {
	const alert = alertFor(e, caller);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const now = nowISO();
	return step(
		e,
		alert,
		message,
		(state) => {
			const decided = decide(state, body, caller.id, now);
			return 'errors' in decided
				? decided
				: { write: patchWith(decided.patch, type, caller.id, decided.event) };
		},
		(saved) => saved
	);
}

/** POST /api/qep/alerts/{id}/acknowledge */
const handleAcknowledge = (e) =>
	patchStep(e, staffOf(e), {
		message: 'The alert cannot be acknowledged.',
		type: 'acknowledged',
		decide: acknowledge
	});

/** POST /api/qep/alerts/{id}/close */
const handleClose = (e) =>
	patchStep(e, managerOf(e), {
		message: 'The alert cannot be closed.',
		type: 'closed',
		decide: closeByReferent
	});

/** The title an action made from the alert gets unless the referent writes one. */
function proposedTitle(app, alert) {
	const what =
		alert.getString('kind') === 'sudden' ? 'Journée peu satisfaisante' : 'Satisfaction sous le seuil';
	return `${what} – ${placeNameOf(app, alert)}`;
}

/** The plan's action made from the alert: its place, and its figures as the trigger. */
function newAction(tx, alert, { title, dueDate }) {
	const figures = JSON.parse(alert.getString('figures') || 'null') || {};
	const scope = alert.getString('scope');
	const action = new Record(tx.findCollectionByNameOrId('action_items'));
	action.set('title', title);
	action.set(
		'description',
		`Ouverte depuis l’alerte du ${longDate(alert.getString('opened_on'), 'fr')} : ${percent(figures.rate ?? 0)} de satisfaits sur ${figures.n ?? 0} avis exprimés, du ${longDate(figures.from, 'fr')} au ${longDate(figures.to, 'fr')}.`
	);
	for (const field of ['site', 'reception_point', 'engagement']) action.set(field, alert.getString(field));
	if (dueDate) action.set('due_date', `${dueDate} 00:00:00.000Z`);
	action.set('status', 'open');
	action.set('trigger', {
		from: figures.from,
		to: figures.to,
		by: scope,
		key: alert.getString(scope === 'point' ? 'reception_point' : scope),
		n: figures.n ?? 0,
		rate: figures.rate ?? null
	});
	tx.save(action);
	return action.id;
}

/** POST /api/qep/alerts/{id}/action: the action of the plan, with the figures, linked to the alert. */
function handleAction(e) {
	const caller = managerOf(e);
	const alert = alertFor(e, caller);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const now = nowISO();
	const title = proposedTitle(e.app, alert);
	return step(
		e,
		alert,
		'No action can be made from this alert.',
		(state) => {
			const decided = actionFrom(state, body, { actorId: caller.id, nowISO: now, proposedTitle: title });
			if ('errors' in decided) return decided;
			return {
				write: (tx, fresh) => {
					const actionId = newAction(tx, fresh, decided);
					patchWith({ ...decided.patch, action: actionId }, 'action', caller.id, {
						action: actionId,
						title: decided.title
					})(tx, fresh);
					return actionId;
				}
			};
		},
		(saved, actionId) => ({ alert: saved, action: actionId })
	);
}

module.exports = { handleCheck, handleAcknowledge, handleClose, handleAction };
