// POST /api/qep/ingest: stores a batch of submissions made on devices, idempotently, and says per item
// whether it was created now, was already there (a replay after a lost answer), or is refused and why.
const { planSurvey, isId, MAX_ITEMS } = require(`${__hooks}/lib/ingest.js`);
const wd = require(`${__hooks}/lib/working-days.js`);

/** Who is sending: a guest, an enrolled kiosk, or a staff member. */
function callerOf(auth) {
	if (!auth) return { kind: 'guest', sites: [] };
	const collection = auth.collection().name;
	if (collection === 'kiosks')
		return {
			kind: 'kiosk',
			id: auth.id,
			status: auth.getString('status'),
			site: auth.getString('site'),
			point: auth.getString('reception_point'),
			sites: []
		};
	if (collection === 'staff')
		return { kind: 'staff', role: auth.getString('role'), sites: auth.getStringSlice('sites') };
	return { kind: 'guest', sites: [] };
}

function findOrNull(app, collection, id) {
	if (!isId(id)) return null;
	try {
		return app.findRecordById(collection, id);
	} catch {
		return null;
	}
}

/** Loads (once per request) what planSurvey needs to know about the item's questionnaire, site and point. */
function contextLoader(app, caller) {
	const cache = {};
	const once = (key, load) => (key in cache ? cache[key] : (cache[key] = load()));
	return (data) => {
		const d = data && typeof data === 'object' ? data : {};
		const questionnaire = once(`q:${d.questionnaire}`, () =>
			findOrNull(app, 'questionnaires', d.questionnaire)
		);
		const questions = once(`qs:${d.questionnaire}`, () => {
			const byId = {};
			if (questionnaire) {
				const rows = app.findRecordsByFilter('questions', 'questionnaire = {:q}', '', 0, 0, {
					q: questionnaire.id
				});
				for (const r of rows) byId[r.id] = { engagement: r.getString('engagement') };
			}
			return byId;
		});
		const site = once(`s:${d.site}`, () => findOrNull(app, 'sites', d.site));
		const point = once(`p:${d.reception_point}`, () =>
			findOrNull(app, 'reception_points', d.reception_point)
		);
		return {
			caller,
			questionnaire: questionnaire && { id: questionnaire.id, status: questionnaire.getString('status') },
			questions,
			site: site && { id: site.id },
			point: point && { id: point.id, site: point.getString('site') },
			today: site ? wd.receiptDate(new Date().toISOString(), site.getString('time_zone')) : '9999-12-31'
		};
	};
}

function exists(app, id) {
	return findOrNull(app, 'survey_responses', id) !== null;
}

function saveRow(app, collection, values) {
	const record = new Record(collection);
	for (const key of Object.keys(values)) record.set(key, values[key]);
	app.save(record);
}

/** A kiosk's health report, kept on its record for the back office. */
function recordHealth(app, kioskId, health) {
	const kiosk = app.findRecordById('kiosks', kioskId);
	kiosk.set('last_seen_at', new Date().toISOString());
	if (health && typeof health === 'object') {
		kiosk.set('health', {
			pending: Number(health.pending) || 0,
			lastSyncAt: typeof health.lastSyncAt === 'string' ? health.lastSyncAt.slice(0, 40) : '',
			persisted: health.persisted === true,
			appVersion: String(health.appVersion || '').slice(0, 40)
		});
	}
	app.save(kiosk);
}

/** The route handler. */
function handleIngest(e) {
	const body = e.requestInfo().body || {};
	const items = body.items;
	if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) {
		throw new BadRequestError('Expected 1 to 200 items.', {
			items: { code: 'invalid', message: 'Expected 1 to 200 items.' }
		});
	}
	const caller = callerOf(e.auth);
	if (caller.kind === 'kiosk' && caller.status !== 'active') {
		return e.json(403, { status: 403, code: 'kiosk_revoked', message: 'This kiosk was revoked.', data: {} });
	}

	const load = contextLoader(e.app, caller);
	const results = [];
	const planned = [];
	const seen = {};
	for (const item of items) {
		const id = item && item.id;
		if (!isId(id) || item.type !== 'survey_response') {
			results.push({
				id: String(id || ''),
				status: 'rejected',
				errors: isId(id) ? { type: 'invalid' } : { id: 'invalid' }
			});
		} else if (seen[id] || exists(e.app, id)) {
			results.push({ id, status: 'duplicate' });
		} else {
			const plan = planSurvey(item, load(item.data));
			if (plan.errors) results.push({ id, status: 'rejected', errors: plan.errors });
			else {
				planned.push(plan);
				results.push({ id, status: 'created' });
			}
		}
		if (isId(id)) seen[id] = true;
	}

	e.app.runInTransaction((tx) => {
		const responses = tx.findCollectionByNameOrId('survey_responses');
		const answers = tx.findCollectionByNameOrId('survey_answers');
		for (const plan of planned) {
			// A concurrent request may have stored it since the check above: then it is a duplicate.
			if (exists(tx, plan.response.id)) {
				results.find((r) => r.id === plan.response.id).status = 'duplicate';
				continue;
			}
			saveRow(tx, responses, plan.response);
			for (const answer of plan.answers) saveRow(tx, answers, answer);
		}
		if (caller.kind === 'kiosk') recordHealth(tx, caller.id, body.health);
	});
	return e.json(200, { results });
}

module.exports = { handleIngest, callerOf };
