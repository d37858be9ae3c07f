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

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const RESPONSE_COLUMNS = [
	'id',
	'questionnaire',
	'site',
	'reception_point',
	'channel',
	'language',
	'day',
	'comment'
];
const ANSWER_COLUMNS = [
	'id',
	'response',
	'question',
	'engagement',
	'questionnaire',
	'site',
	'reception_point',
	'channel',
	'day',
	'value'
];

/** Which of these response ids are already stored (one query for the whole batch). */
function storedIds(app, ids) {
	const found = {};
	if (ids.length === 0) return found;
	const rows = arrayOf(new DynamicModel({ id: '' }));
	app
		.db()
		.select('id')
		.from('survey_responses')
		.where($dbx.in('id', ...ids))
		.all(rows);
	for (const row of rows) found[row.id] = true;
	return found;
}

/**
 * Inserts rows with one prepared statement, inside the caller's transaction. Rows were checked by
 * planSurvey against the same constraints as the collection's fields; going around PocketBase's
 * per-record save (validation queries, hooks) keeps a 10,000-response backlog a matter of seconds.
 * Survey rows have no hooks or realtime subscribers: the indicators read them in SQL.
 */
function insertRows(app, table, columns, rows) {
	if (rows.length === 0) return;
	const query = app
		.db()
		.newQuery(
			`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `{:${c}}`).join(', ')})`
		)
		.prepare();
	try {
		for (const row of rows) query.bind(row).execute();
	} finally {
		query.close();
	}
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
	// Parsed here rather than through requestInfo(): plain JS objects are much faster for goja to walk
	// than the Go maps requestInfo() would hand over.
	let body;
	try {
		body = JSON.parse(toString(e.request.body, 4 << 20) || '{}');
	} catch {
		throw new BadRequestError('The body is not JSON.');
	}
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
	const alreadyStored = storedIds(e.app, items.map((item) => item && item.id).filter(isId));
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
		} else if (seen[id] || alreadyStored[id]) {
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
		// A concurrent request may have stored some since the check above: those are duplicates now.
		const raced = storedIds(
			tx,
			planned.map((p) => p.response.id)
		);
		const fresh = planned.filter((p) => !raced[p.response.id]);
		for (const result of results) if (raced[result.id]) result.status = 'duplicate';
		insertRows(
			tx,
			'survey_responses',
			RESPONSE_COLUMNS,
			fresh.map((p) => p.response)
		);
		const answers = [];
		for (const p of fresh) {
			for (const a of p.answers)
				answers.push({ ...a, id: $security.randomStringWithAlphabet(15, ID_ALPHABET) });
		}
		insertRows(tx, 'survey_answers', ANSWER_COLUMNS, answers);
		if (caller.kind === 'kiosk') recordHealth(tx, caller.id, body.health);
	});
	return e.json(200, { results });
}

module.exports = { handleIngest, callerOf };
