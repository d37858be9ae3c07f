// POST /api/qep/ingest: stores a batch of submissions made on devices, idempotently, and says per item
// whether it was created now, was already there (a replay after a lost answer), or is refused and why.
const { badRequest, kioskRevoked } = require(`${__hooks}/lib/responses.js`);
const { addResponses } = require(`${__hooks}/lib/answer-counts.js`);
const { checkSurvey, MAX_ITEMS } = require(`${__hooks}/lib/ingest.js`);
const { isId, isObject, isInstant, isCleanText } = require(`${__hooks}/lib/values.js`);
const wd = require(`${__hooks}/lib/working-days.js`);
const { callerOf, findOrNull } = require(`${__hooks}/lib/caller.js`);

/** Loads (once per request) what checkSurvey needs to know about the item's questionnaire, site and point. */
function contextLoader(app, caller) {
	const cache = Object.create(null);
	const once = (key, load) => (key in cache ? cache[key] : (cache[key] = load()));
	const contextOf = (questionnaireId, siteId, pointId) => {
		const questionnaire = once(`q:${questionnaireId}`, () =>
			findOrNull(app, 'questionnaires', questionnaireId)
		);
		const questions = once(`qs:${questionnaireId}`, () => {
			const byId = {};
			if (questionnaire) {
				const rows = app.findRecordsByFilter('questions', 'questionnaire = {:q}', '', 0, 0, {
					q: questionnaire.id
				});
				for (const r of rows) byId[r.id] = { engagement: r.getString('engagement') };
			}
			return byId;
		});
		const site = once(`s:${siteId}`, () => findOrNull(app, 'sites', siteId));
		const point = once(`p:${pointId}`, () => findOrNull(app, 'reception_points', pointId));
		return {
			caller,
			questionnaire: questionnaire && { id: questionnaire.id, status: questionnaire.getString('status') },
			questions,
			site: site && { id: site.id },
			point: point && { id: point.id, site: point.getString('site') },
			today: site ? wd.receiptDate(new Date().toISOString(), site.getString('time_zone')) : '9999-12-31'
		};
	};
	// Items of one batch nearly always share questionnaire, site and point: one context for all of them.
	return (data) => {
		const d = isObject(data) ? data : {};
		const [q, s, p] = [d.questionnaire, d.site, d.reception_point].map((v) => (isId(v) ? v : ''));
		return once(`c:${q}|${s}|${p}`, () => contextOf(q, s, p));
	};
}

/** Which of these response ids are already stored (one query for the whole batch). */
function storedIds(app, ids) {
	const found = Object.create(null);
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

// The rows are written by SQLite from a JSON array of the rows checkSurvey built (never from the request's
// own bytes, which a parser may read differently: duplicate keys, odd encodings): one statement per table
// keeps a 10,000-response backlog a matter of seconds. Survey rows have no hooks or realtime subscribers
// (the indicators read them in SQL), so going around PocketBase's per-record save loses nothing.
const ROW = (path) => `json_extract(row.value, '$.${path}')`;
const SHARED = `${ROW('questionnaire')}, ${ROW('site')}, ${ROW('reception_point')}, ${ROW('channel')}, ${ROW('day')}`;
const INSERT_RESPONSES = `INSERT INTO survey_responses (id, questionnaire, site, reception_point, channel, day, language, comment)
	SELECT ${ROW('id')}, ${SHARED}, ${ROW('language')}, ${ROW('comment')}
	FROM json_each({:rows}) AS row`;
const INSERT_ANSWERS = `INSERT INTO survey_answers
		(id, response, questionnaire, site, reception_point, channel, day, question, engagement, value)
	SELECT substr(lower(hex(randomblob(8))), 1, 15), ${ROW('id')}, ${SHARED},
		question.id, question.engagement, json_extract(answer.value, '$.value')
	FROM json_each({:rows}) AS row
	JOIN json_each(row.value, '$.answers') AS answer
	JOIN questions AS question ON question.id = json_extract(answer.value, '$.question')`;

/** A kiosk's health report, kept on its record for the back office. */
function recordHealth(app, kioskId, health) {
	const kiosk = app.findRecordById('kiosks', kioskId);
	kiosk.set('last_seen_at', new Date().toISOString());
	if (isObject(health)) {
		const pending = health.pending;
		const version = health.appVersion;
		kiosk.set('health', {
			pending: Number.isSafeInteger(pending) && pending >= 0 ? pending : 0,
			lastSyncAt: isInstant(health.lastSyncAt) ? health.lastSyncAt : '',
			persisted: health.persisted === true,
			appVersion: typeof version === 'string' && isCleanText(version) ? version.slice(0, 40) : ''
		});
	}
	app.save(kiosk);
}

/** The route handler. */
function handleIngest(e) {
	// Parsed here rather than through requestInfo(): plain JS objects are much faster for goja to walk
	// than the Go maps requestInfo() would hand over.
	const raw = toString(e.request.body, 4 << 20) || '{}';
	let body;
	try {
		body = JSON.parse(raw);
	} catch {
		return badRequest(e, 'The body is not JSON.', { body: 'invalid' });
	}
	const items = isObject(body) ? body.items : undefined;
	if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) {
		return badRequest(e, `Expected 1 to ${MAX_ITEMS} items.`, { items: 'invalid' });
	}
	const caller = callerOf(e.auth);
	if (caller.kind === 'kiosk' && caller.status !== 'active') return kioskRevoked(e);

	const load = contextLoader(e.app, caller);
	const alreadyStored = storedIds(e.app, items.map((item) => isObject(item) && item.id).filter(isId));
	const results = [];
	const valid = []; // the rows checkSurvey built, in the request's order
	const seen = Object.create(null);
	for (const item of items) {
		const id = isObject(item) ? item.id : undefined;
		if (!isId(id) || item.type !== 'survey_response') {
			results.push({
				// An id that is not one is not echoed back: the answer names nothing the server did not check.
				id: isId(id) ? id : '',
				status: 'rejected',
				errors: isId(id) ? { type: 'invalid' } : { id: 'invalid' }
			});
		} else if (seen[id] || alreadyStored[id]) {
			results.push({ id, status: 'duplicate' });
		} else {
			const checked = checkSurvey(item, load(item.data));
			if (checked.errors) results.push({ id, status: 'rejected', errors: checked.errors });
			else {
				valid.push(checked.row);
				results.push({ id, status: 'created' });
			}
		}
		// Only what is stored makes a later copy a duplicate: a refused item's copy is judged on its own.
		if (isId(id) && results[results.length - 1].status !== 'rejected') seen[id] = true;
	}

	e.app.runInTransaction((tx) => {
		// A concurrent request may have stored some since the check above: those are duplicates now.
		const raced = storedIds(
			tx,
			valid.map((v) => v.id)
		);
		for (const result of results) if (raced[result.id]) result.status = 'duplicate';
		const stored = valid.filter((row) => !raced[row.id]);
		const rows = JSON.stringify(stored);
		for (const sql of [INSERT_RESPONSES, INSERT_ANSWERS]) tx.db().newQuery(sql).bind({ rows }).execute();
		addResponses(
			tx.db(),
			stored.map((v) => v.id)
		);
		if (caller.kind === 'kiosk') recordHealth(tx, caller.id, body.health);
	});
	return e.json(200, { results });
}

module.exports = { handleIngest, callerOf };
