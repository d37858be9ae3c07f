// The threshold alerts' routes (issue 18). Alerts change only here, each step with its trail:
// POST /api/qep/alerts/check (referents, admins) runs the detection now;
// POST /api/qep/alerts/{id}/acknowledge { comment? } (whoever sees the alert: managers, the site's agents);
// POST /api/qep/alerts/{id}/close { reason } and /action { title?, due_date? } (referents, admins).
const { runAlerts, appendAlertEvent } = require(`${__hooks}/lib/alert-job.js`);
const { acknowledge, closeByReferent, actionFrom } = require(`${__hooks}/lib/alert-life.js`);
const { percent } = require(`${__hooks}/lib/alert-mail.js`);
const { longDate } = require(`${__hooks}/lib/mail-format.js`);
const { placeNameOf } = require(`${__hooks}/lib/alert-place.js`);
const { staffOf } = require(`${__hooks}/lib/complaint-actions.js`);
const { findOrNull } = require(`${__hooks}/lib/caller.js`);
const { badRequest, jsonBody, invalidBody } = require(`${__hooks}/lib/responses.js`);

const isManager = (caller) => caller.role === 'referent' || caller.role === 'admin';

function managerOf(e) {
	const caller = staffOf(e);
	if (!isManager(caller)) throw new ForbiddenError('Only the quality referent does this.');
	return caller;
}

/** The alert of the path, when the caller sees it (as its list rule says), else 404. */
function alertFor(e, caller) {
	const alert = findOrNull(e.app, 'alerts', e.request.pathValue('id'));
	const site = alert ? alert.getString('site') : '';
	if (!alert || !(isManager(caller) || (site && caller.sites.includes(site))))
		throw new NotFoundError('No such alert.');
	return alert;
}

const stateOf = (alert) => ({
	status: alert.getString('status'),
	action: alert.getString('action'),
	kind: alert.getString('kind')
});
const nowISO = () => new Date().toISOString();

/** Saves the alert's change and its trail event together; answers with the alert. */
function commit(e, alert, patch, type, actorId, data) {
	e.app.runInTransaction((tx) => {
		const fresh = tx.findRecordById('alerts', alert.id);
		for (const [key, value] of Object.entries(patch)) fresh.set(key, value);
		tx.save(fresh);
		appendAlertEvent(tx, alert.id, actorId, type, data);
	});
	return e.json(200, e.app.findRecordById('alerts', alert.id));
}

/** POST /api/qep/alerts/check */
function handleCheck(e) {
	managerOf(e);
	return e.json(200, runAlerts(e.app, nowISO()));
}

/** POST /api/qep/alerts/{id}/acknowledge */
function handleAcknowledge(e) {
	const caller = staffOf(e);
	const alert = alertFor(e, caller);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const step = acknowledge(stateOf(alert), body, caller.id, nowISO());
	if ('errors' in step) return badRequest(e, 'The alert cannot be acknowledged.', step.errors);
	return commit(e, alert, step.patch, 'acknowledged', caller.id, step.event);
}

/** POST /api/qep/alerts/{id}/close */
function handleClose(e) {
	const caller = managerOf(e);
	const alert = alertFor(e, caller);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const step = closeByReferent(stateOf(alert), body, caller.id, nowISO());
	if ('errors' in step) return badRequest(e, 'The alert cannot be closed.', step.errors);
	return commit(e, alert, step.patch, 'closed', caller.id, step.event);
}

/** The title an action made from the alert gets unless the referent writes one. */
function proposedTitle(app, alert) {
	const what =
		alert.getString('kind') === 'sudden' ? 'Journée peu satisfaisante' : 'Satisfaction sous le seuil';
	return `${what} – ${placeNameOf(app, alert)}`;
}

/** POST /api/qep/alerts/{id}/action: the action of the plan, with the figures, linked to the alert. */
function handleAction(e) {
	const caller = managerOf(e);
	const alert = alertFor(e, caller);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const now = nowISO();
	const step = actionFrom(stateOf(alert), body, {
		actorId: caller.id,
		nowISO: now,
		proposedTitle: proposedTitle(e.app, alert)
	});
	if ('errors' in step) return badRequest(e, 'No action can be made from this alert.', step.errors);
	const figures = JSON.parse(alert.getString('figures') || 'null') || {};
	const scope = alert.getString('scope');
	let actionId = '';
	e.app.runInTransaction((tx) => {
		const fresh = tx.findRecordById('alerts', alert.id);
		// Checked again inside the transaction: two clicks at once make one action.
		if (fresh.getString('action') || fresh.getString('status') === 'closed')
			throw new BadRequestError('The alert changed meanwhile.');
		const action = new Record(tx.findCollectionByNameOrId('action_items'));
		action.set('title', step.title);
		action.set(
			'description',
			`Ouverte depuis l’alerte du ${longDate(alert.getString('opened_on'), 'fr')} : ${percent(figures.rate ?? 0)} de satisfaits sur ${figures.n ?? 0} avis exprimés, du ${longDate(figures.from, 'fr')} au ${longDate(figures.to, 'fr')}.`
		);
		for (const field of ['site', 'reception_point', 'engagement']) action.set(field, alert.getString(field));
		if (step.dueDate) action.set('due_date', `${step.dueDate} 00:00:00.000Z`);
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
		actionId = action.id;
		for (const [key, value] of Object.entries({ ...step.patch, action: action.id })) fresh.set(key, value);
		tx.save(fresh);
		appendAlertEvent(tx, alert.id, caller.id, 'action', { action: action.id, title: step.title });
	});
	return e.json(200, { alert: e.app.findRecordById('alerts', alert.id), action: actionId });
}

module.exports = { handleCheck, handleAcknowledge, handleClose, handleAction };
