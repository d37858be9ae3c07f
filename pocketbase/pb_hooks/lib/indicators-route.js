// GET /api/qep/indicators: the board's figures for a period and the one it is compared with, summed by
// SQLite from the daily answer counts, and the complaint figures; for the caller's sites only. Counts
// only: the browser turns them into rates and intervals (src/lib/domain/indicators.ts).
const { parseIndicatorQuery, countsSql, cellsOf } = require(`${__hooks}/lib/indicator-query.js`);
const { inboxWhere } = require(`${__hooks}/lib/inbox-query.js`);
const { complaintFigures } = require(`${__hooks}/lib/complaint-figures.js`);
const { siteScope } = require(`${__hooks}/lib/staff-access.js`);
const { staffOf } = require(`${__hooks}/lib/complaint-actions.js`);
const { siteCalendar } = require(`${__hooks}/lib/site-calendar.js`);
const { isoOf } = require(`${__hooks}/lib/complaint-receipt.js`);
const { badRequest } = require(`${__hooks}/lib/responses.js`);
const { queryRows } = require(`${__hooks}/lib/query-rows.js`);

const PARAMS = ['from', 'to', 'site', 'point', 'channel', 'engagement', 'by', 'compare_from', 'compare_to'];

function sums(app, q, period, scope) {
	const { sql, params } = countsSql(q, period, scope);
	return queryRows(app, sql, params, { k: '', value: '', n: 0 }).map((r) => ({
		k: r.k,
		value: r.value,
		n: r.n
	}));
}

/** Complaints received in the period and open now, with the same site, channel and engagement filters. */
function complaintsOf(app, q, scope, sites) {
	const filters = { status: 'all', site: q.site, service: '', kind: '', engagement: q.engagement, q: '' };
	const siteList = Object.keys(sites).map((id) => ({ id, timeZone: sites[id].timeZone }));
	const period = inboxWhere({ ...filters, channel: '', from: q.from, to: q.to }, { scope, sites: siteList });
	const received = queryRows(
		app,
		`SELECT c.site, c.kind, c.channel, c.engagement, c.received_at, c.answered_at, c.answered_in_time
		FROM complaints c WHERE ${period.where}`,
		period.params,
		{
			site: '',
			kind: '',
			channel: '',
			engagement: '',
			received_at: '',
			answered_at: '',
			answered_in_time: false
		}
	).map((r) => ({
		site: r.site,
		kind: r.kind,
		channel: r.channel,
		engagement: r.engagement,
		received_at: isoOf(r.received_at),
		answered_at: isoOf(r.answered_at),
		answered_in_time: Boolean(r.answered_in_time)
	}));
	const current = inboxWhere({ ...filters, channel: '', status: 'open' }, { scope, sites: siteList });
	const open = queryRows(
		app,
		`SELECT c.site, c.status, c.deadline_at FROM complaints c WHERE ${current.where}`,
		current.params,
		{ site: '', status: '', deadline_at: '' }
	).map((r) => ({ site: r.site, status: r.status, deadline_at: isoOf(r.deadline_at) }));
	return complaintFigures(received, open, sites, new Date().toISOString());
}

function handleIndicators(e) {
	const caller = staffOf(e);
	const url = e.request.url.query();
	const params = {};
	for (const key of PARAMS) params[key] = url.get(key);
	const parsed = parseIndicatorQuery(params);
	if (parsed.errors) return badRequest(e, 'Invalid question.', parsed.errors);
	const q = parsed.query;
	const scope = siteScope(caller);
	const sites = Object.create(null);
	for (const site of e.app.findAllRecords('sites'))
		if (!scope || scope.includes(site.id)) sites[site.id] = siteCalendar(site);
	const policy = e.app.findFirstRecordByFilter('policies', '1=1', {});
	const { cells, total } = cellsOf(sums(e.app, q, q, scope), sums(e.app, q, q.previous, scope), q.by);
	return e.json(200, {
		period: { from: q.from, to: q.to },
		previous: q.previous,
		by: q.by,
		cells,
		total,
		complaints: complaintsOf(e.app, q, scope, sites),
		policy: {
			threshold: policy.getFloat('satisfaction_threshold'),
			minimum_sample: policy.getInt('minimum_sample')
		}
	});
}

module.exports = { handleIndicators, sums, complaintsOf };
