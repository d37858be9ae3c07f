// GET /api/qep/inbox: the complaints and information requests of the caller's sites, next deadline first,
// with their urgency badge, filters, search, and counts per status. Counted by SQLite, badges from the
// working-day calendar of each item's site.
const { parseInboxQuery, inboxWhere, PER_PAGE, STATUSES } = require(`${__hooks}/lib/inbox-query.js`);
const { siteScope } = require(`${__hooks}/lib/staff-access.js`);
const { urgencyOf, workingDaysLeft } = require(`${__hooks}/lib/urgency.js`);
const { staffOf } = require(`${__hooks}/lib/complaint-actions.js`);
const { queryRows } = require(`${__hooks}/lib/query-rows.js`);
const { siteCalendar } = require(`${__hooks}/lib/site-calendar.js`);
const { isoOf } = require(`${__hooks}/lib/complaint-receipt.js`);
const { badRequest } = require(`${__hooks}/lib/responses.js`);

const ITEM_COLUMNS = {
	id: '',
	reference: '',
	kind: '',
	channel: '',
	status: '',
	site: '',
	service: '',
	engagement: '',
	subject: '',
	contact_name: '',
	received_at: '',
	deadline_at: '',
	assignee: '',
	assignee_name: '',
	site_name: ''
};

/** The caller's sites with their calendars, by id. */
function sitesOf(app, scope) {
	const calendars = Object.create(null);
	for (const site of app.findAllRecords('sites')) {
		if (scope && !scope.includes(site.id)) continue;
		calendars[site.id] = { id: site.id, ...siteCalendar(site) };
	}
	return calendars;
}

function handleInbox(e) {
	const caller = staffOf(e);
	const params = {};
	const url = e.request.url.query();
	for (const key of ['status', 'site', 'service', 'kind', 'engagement', 'channel', 'from', 'to', 'q', 'page'])
		params[key] = url.get(key);
	const parsed = parseInboxQuery(params);
	if (parsed.errors) return badRequest(e, 'Invalid filters.', parsed.errors);
	const filters = parsed.filters;
	const scope = siteScope(caller);
	const sites = sitesOf(e.app, scope);
	const siteList = Object.values(sites).map((s) => ({ id: s.id, timeZone: s.timeZone }));
	const now = new Date().toISOString();

	const listed = inboxWhere(filters, { scope, sites: siteList });
	const total = queryRows(
		e.app,
		`SELECT count(*) AS n FROM complaints c WHERE ${listed.where}`,
		listed.params,
		{
			n: 0
		}
	)[0].n;
	const rows = queryRows(
		e.app,
		`SELECT c.id, c.reference, c.kind, c.channel, c.status, c.site, c.service, c.engagement, c.subject,
			c.contact_name, c.received_at, c.deadline_at, c.assignee, coalesce(st.name, '') AS assignee_name,
			s.name AS site_name
		FROM complaints c JOIN sites s ON s.id = c.site LEFT JOIN staff st ON st.id = c.assignee
		WHERE ${listed.where}
		ORDER BY c.status IN ('answered', 'closed'), c.deadline_at, c.reference
		LIMIT {:limit} OFFSET {:offset}`,
		{ ...listed.params, limit: PER_PAGE, offset: (filters.page - 1) * PER_PAGE },
		ITEM_COLUMNS
	);
	const items = rows.map((row) => {
		const item = {};
		for (const key of Object.keys(ITEM_COLUMNS)) item[key] = row[key];
		item.received_at = isoOf(row.received_at);
		item.deadline_at = isoOf(row.deadline_at);
		const site = sites[row.site];
		item.urgency = urgencyOf(item, now, site);
		item.days_left = ['received', 'in_progress'].includes(item.status)
			? workingDaysLeft(item.deadline_at, now, site)
			: null;
		return item;
	});

	// Counts over the same filters, whatever the status.
	const unfiltered = inboxWhere(filters, { scope, sites: siteList, withStatus: false });
	const counts = { due_soon: 0, overdue: 0 };
	for (const status of STATUSES) counts[status] = 0;
	for (const row of queryRows(
		e.app,
		`SELECT c.status AS status, count(*) AS n FROM complaints c WHERE ${unfiltered.where} GROUP BY c.status`,
		unfiltered.params,
		{ status: '', n: 0 }
	))
		if (STATUSES.includes(row.status)) counts[row.status] = row.n;
	for (const row of queryRows(
		e.app,
		`SELECT c.site AS site, c.status AS status, c.deadline_at AS deadline_at FROM complaints c
		WHERE ${unfiltered.where} AND c.status IN ('received', 'in_progress')`,
		unfiltered.params,
		{ site: '', status: '', deadline_at: '' }
	)) {
		const urgency = urgencyOf(
			{ status: row.status, deadline_at: isoOf(row.deadline_at) },
			now,
			sites[row.site]
		);
		if (urgency === 'due_soon' || urgency === 'overdue') counts[urgency] += 1;
	}
	return e.json(200, { items, page: filters.page, perPage: PER_PAGE, totalItems: total, counts });
}

module.exports = { handleInbox };
