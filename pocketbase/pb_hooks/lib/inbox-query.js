// The agents' inbox as SQL: the query string's filters checked and turned into one WHERE clause with
// named parameters, limited to the sites the caller works for. Pure (the route runs the SQL).
const wd = require(typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js');
const { isId, isRealDay, isCleanText } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js'
);

const STATUSES = ['received', 'in_progress', 'waiting', 'answered', 'closed'];
const OPEN = ['received', 'in_progress', 'waiting'];
const KINDS = ['complaint', 'information'];
const CHANNELS = ['web', 'kiosk', 'paper', 'letter', 'phone', 'email'];
const PER_PAGE = 50;

/** PocketBase stores dates as 'YYYY-MM-DD HH:MM:SS.sssZ'. */
const dbDate = (iso) => iso.replace('T', ' ');

/**
 * Checks the inbox's query parameters. Empty values mean "any".
 * @param {Record<string, string | undefined>} query
 * @returns {{ filters: Record<string, any>, errors: null } | { filters: null, errors: Record<string, string> }}
 */
function parseInboxQuery(query) {
	const get = (key) => (typeof query[key] === 'string' ? query[key].trim() : '');
	/** @type {Record<string, string>} */
	const errors = {};
	const filters = {
		status: get('status') || 'open',
		site: get('site'),
		service: get('service'),
		kind: get('kind'),
		engagement: get('engagement'),
		channel: get('channel'),
		from: get('from'),
		to: get('to'),
		q: get('q'),
		page: get('page') ? Number(get('page')) : 1
	};
	if (![...STATUSES, 'open', 'all'].includes(filters.status)) errors.status = 'invalid';
	if (filters.site && !isId(filters.site)) errors.site = 'invalid';
	if (filters.engagement && !isId(filters.engagement)) errors.engagement = 'invalid';
	if (filters.kind && !KINDS.includes(filters.kind)) errors.kind = 'invalid';
	if (filters.channel && !CHANNELS.includes(filters.channel)) errors.channel = 'invalid';
	if (!isCleanText(filters.service)) errors.service = 'invalid';
	else if (filters.service.length > 120) errors.service = 'too_long';
	// Real days only: 2026-02-30 would silently become 2 March in the period's bounds.
	if (filters.from && !isRealDay(filters.from)) errors.from = 'invalid';
	if (filters.to && !isRealDay(filters.to)) errors.to = 'invalid';
	if (isRealDay(filters.from) && isRealDay(filters.to) && filters.to < filters.from)
		errors.to = 'before_from';
	if (!isCleanText(filters.q)) errors.q = 'invalid';
	else if (filters.q.length > 100) errors.q = 'too_long';
	if (!/^\d{1,5}$/.test(get('page') || '1') || filters.page < 1 || filters.page > 10000)
		errors.page = 'invalid';
	return Object.keys(errors).length > 0 ? { filters: null, errors } : { filters, errors: null };
}

/** LIKE pattern for a user's text: its own % and _ match themselves. */
const likeText = (s) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause (on `complaints` aliased `c`) and its parameters.
 * @param {Record<string, any>} filters from parseInboxQuery
 * @param {{ scope: string[] | null, sites: { id: string, timeZone: string }[], withStatus?: boolean }} options
 *   scope: the caller's site ids, or null for all; sites: the sites' time zones (for the period's bounds).
 * @returns {{ where: string, params: Record<string, string> }}
 */
function inboxWhere(filters, { scope, sites, withStatus = true }) {
	const clauses = [];
	/** @type {Record<string, string>} */
	const params = {};
	let n = 0;
	const param = (value) => {
		const name = `p${n++}`;
		params[name] = value;
		return `{:${name}}`;
	};
	const list = (values) => values.map(param).join(', ');

	if (scope) clauses.push(scope.length > 0 ? `c.site IN (${list(scope)})` : '0');
	if (withStatus && filters.status === 'open') clauses.push(`c.status IN (${list(OPEN)})`);
	else if (withStatus && filters.status !== 'all') clauses.push(`c.status = ${param(filters.status)}`);
	for (const key of ['site', 'service', 'kind', 'engagement', 'channel'])
		if (filters[key]) clauses.push(`c.${key} = ${param(filters[key])}`);
	if (filters.q) {
		clauses.push(
			`(c.reference LIKE ${param(`${likeText(filters.q.toUpperCase())}%`)} ESCAPE '\\' OR ` +
				`c.contact_name LIKE ${param(`%${likeText(filters.q)}%`)} ESCAPE '\\')`
		);
	}
	// The period is in receipt dates, each site in its own time zone.
	if (filters.from || filters.to) {
		const perSite = sites.map((site) => {
			const bounds = [`c.site = ${param(site.id)}`];
			if (filters.from) {
				// The day starts 1 ms after the previous one ended (days are 23 to 25 hours long).
				const dayBefore = wd.shiftDay(filters.from, -1);
				const start = new Date(Date.parse(wd.endOfDay(dayBefore, site.timeZone)) + 1).toISOString();
				bounds.push(`c.received_at >= ${param(dbDate(start))}`);
			}
			if (filters.to)
				bounds.push(`c.received_at <= ${param(dbDate(wd.endOfDay(filters.to, site.timeZone)))}`);
			return `(${bounds.join(' AND ')})`;
		});
		clauses.push(perSite.length > 0 ? `(${perSite.join(' OR ')})` : '0');
	}
	return { where: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

module.exports = { parseInboxQuery, inboxWhere, dbDate, PER_PAGE, STATUSES, OPEN };
