// Publishing results: POST /api/qep/publications freezes the period's figures (summed by SQLite,
// small cells suppressed) into a public, unchangeable record; GET /api/qep/publications/{id}/data.csv and
// data.json serve it as open data.
const { parseIndicatorQuery } = require(`${__hooks}/lib/indicator-query.js`);
const { sums, complaintsOf } = require(`${__hooks}/lib/indicators-route.js`);
const { buildSnapshot, DIMENSIONS } = require(`${__hooks}/lib/publication.js`);
const { responsesSql } = require(`${__hooks}/lib/publication-responses.js`);
const { queryRows } = require(`${__hooks}/lib/query-rows.js`);
const { toCsv, toJson } = require(`${__hooks}/lib/open-data.js`);
const { staffOf } = require(`${__hooks}/lib/complaint-actions.js`);
const { siteCalendar } = require(`${__hooks}/lib/site-calendar.js`);
const { badRequest, jsonBody, invalidBody } = require(`${__hooks}/lib/responses.js`);
const { textCode, own } = require(`${__hooks}/lib/values.js`);
const { monthLabel, CHANNEL_LABELS, NO_POINT_LABEL } = require(`${__hooks}/lib/labels.js`);

/** A publication's title, as the publications collection bounds it. */
const LABEL_MIN = 3;
const LABEL_MAX = 120;

/** Names of what the cells are about, frozen with the publication. */
function labeller(app) {
	const names = { engagement: Object.create(null), site: Object.create(null), point: Object.create(null) };
	for (const r of app.findAllRecords('engagements'))
		names.engagement[r.id] = `${r.getInt('number')}. ${r.getString('label')}`;
	for (const r of app.findAllRecords('sites')) names.site[r.id] = r.getString('name');
	for (const r of app.findAllRecords('reception_points')) names.point[r.id] = r.getString('name');
	return (dimension, key) => {
		if (dimension === 'month') return monthLabel(key);
		if (dimension === 'channel') return own(CHANNEL_LABELS, key) || key;
		if (dimension === 'point') return key === '' ? NO_POINT_LABEL : names.point[key] || key;
		if (dimension === 'site_engagement') {
			const [site, engagement] = key.split('|');
			return `${names.site[site] || site} – ${names.engagement[engagement] || engagement}`;
		}
		return (own(names, dimension) || {})[key] || key;
	};
}

/** The people who answered, per cell of every dimension (total included), over the period. */
function responsesOf(app, period) {
	const byDimension = {};
	for (const dimension of DIMENSIONS) {
		const { sql, params } = responsesSql(dimension, period);
		byDimension[dimension] = queryRows(app, sql, params, { k: '', n: 0 }).map((r) => ({ k: r.k, n: r.n }));
	}
	return byDimension;
}

/** POST /api/qep/publications { label, from, to } — referents and admins. */
function handlePublish(e) {
	const caller = staffOf(e);
	if (caller.role !== 'referent' && caller.role !== 'admin')
		throw new ForbiddenError('Only the quality referent publishes results.');
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const errors = {};
	// Days are text: a number or a list is refused, never turned into a string.
	for (const key of ['from', 'to'])
		if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string')
			errors[key] = 'invalid';
	const parsed = parseIndicatorQuery({ from: body.from, to: body.to });
	for (const [key, code] of Object.entries(parsed.errors || {})) if (!errors[key]) errors[key] = code;
	const labelCode = textCode(body.label, LABEL_MIN, LABEL_MAX);
	if (labelCode) errors.label = labelCode;
	if (Object.keys(errors).length > 0) return badRequest(e, 'Invalid publication.', errors);
	const label = body.label.trim();
	const q = parsed.query;

	const rows = {};
	for (const by of DIMENSIONS.slice(1)) rows[by] = sums(e.app, { ...q, by }, q, null);
	const sites = Object.create(null);
	for (const site of e.app.findAllRecords('sites')) sites[site.id] = siteCalendar(site);
	const policy = e.app.findFirstRecordByFilter('policies', '1=1', {});
	const snapshot = buildSnapshot({
		label,
		from: q.from,
		to: q.to,
		organisation: policy.getString('organisation_name'),
		policy: {
			threshold: policy.getFloat('satisfaction_threshold'),
			minimum_sample: policy.getInt('minimum_sample')
		},
		rows,
		responses: responsesOf(e.app, q),
		labelOf: labeller(e.app),
		complaints: complaintsOf(e.app, q, null, sites)
	});
	const publication = new Record(e.app.findCollectionByNameOrId('publications'));
	publication.set('label', label);
	publication.set('period_from', q.from);
	publication.set('period_to', q.to);
	publication.set('published_by', caller.id);
	publication.set('snapshot', snapshot);
	e.app.save(publication);
	return e.json(200, { id: publication.id, snapshot });
}

function publicationOf(e) {
	try {
		const record = e.app.findRecordById('publications', e.request.pathValue('id'));
		return { id: record.id, snapshot: JSON.parse(record.getString('snapshot')) };
	} catch {
		throw new NotFoundError('No such publication.');
	}
}

/** GET /api/qep/publications/{id}/data.csv — public. */
function handleCsv(e) {
	const publication = publicationOf(e);
	e.response.header().set('Content-Type', 'text/csv; charset=utf-8');
	e.response.header().set('Content-Disposition', `attachment; filename="resultats-${publication.id}.csv"`);
	return e.string(200, toCsv(publication));
}

/** GET /api/qep/publications/{id}/data.json — public. */
function handleJson(e) {
	return e.json(200, toJson(publicationOf(e)));
}

module.exports = { handlePublish, handleCsv, handleJson };
