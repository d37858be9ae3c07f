import { describe, expect, it } from 'vitest';
import { inboxWhere, parseInboxQuery } from './inbox-query.js';

const A = 'site0000000000a';
const B = 'site0000000000b';
const SITES = [
	{ id: A, timeZone: 'Europe/Paris' },
	{ id: B, timeZone: 'America/Martinique' }
];
const parsed = (query) => {
	const result = parseInboxQuery(query);
	if (!result.filters) throw new Error(JSON.stringify(result.errors));
	return result.filters;
};
/** The clause with its parameters written in, to read what the SQL says. */
const sqlOf = ({ where, params }) => where.replace(/\{:(p\d+)\}/g, (_, name) => `'${params[name]}'`);

describe('the inbox filters from the query string', () => {
	it('defaults to the open items, first page', () => {
		expect(parsed({})).toMatchObject({ status: 'open', page: 1, q: '', site: '' });
	});

	it('refuses malformed values, field by field', () => {
		expect(
			parseInboxQuery({
				status: 'lost',
				site: 'x',
				kind: 'praise',
				channel: 'fax',
				from: '2026-13-01',
				page: '0',
				q: 'x'.repeat(101)
			}).errors
		).toEqual({
			status: 'invalid',
			site: 'invalid',
			kind: 'invalid',
			channel: 'invalid',
			from: 'invalid',
			page: 'invalid',
			q: 'too_long'
		});
		expect(parseInboxQuery({ from: '2026-03-10', to: '2026-03-01' }).errors).toEqual({ to: 'before_from' });
	});

	it('refuses days that do not exist, odd page numbers and unprintable text (issue 10)', () => {
		expect(
			parseInboxQuery({ from: '2026-02-30', to: '2026-11-31', page: '1e3', q: 'a\u0000' }).errors
		).toEqual({
			from: 'invalid',
			to: 'invalid',
			page: 'invalid',
			q: 'invalid'
		});
		expect(parseInboxQuery({ page: '0x10', service: 'x\ud800' }).errors).toEqual({
			page: 'invalid',
			service: 'invalid'
		});
		expect(parsed({ page: '3' }).page).toBe(3);
	});
});

describe('the WHERE clause', () => {
	it('limits an agent to his sites, and open items by default', () => {
		expect(sqlOf(inboxWhere(parsed({}), { scope: [A], sites: SITES }))).toBe(
			"c.site IN ('site0000000000a') AND c.status IN ('received', 'in_progress', 'waiting')"
		);
	});

	it('gives an agent without sites nothing, and a referent every site', () => {
		expect(sqlOf(inboxWhere(parsed({ status: 'all' }), { scope: [], sites: SITES }))).toBe('0');
		expect(sqlOf(inboxWhere(parsed({ status: 'all' }), { scope: null, sites: SITES }))).toBe('1');
	});

	it('applies every filter as a bound parameter, never as SQL text', () => {
		const clause = inboxWhere(
			parsed({
				status: 'waiting',
				site: B,
				kind: 'complaint',
				channel: 'paper',
				service: "Cartes grises'--"
			}),
			{ scope: null, sites: SITES }
		);
		expect(clause.where).not.toContain('Cartes');
		expect(sqlOf(clause)).toBe(
			"c.status = 'waiting' AND c.site = 'site0000000000b' AND c.service = 'Cartes grises'--' AND c.kind = 'complaint' AND c.channel = 'paper'"
		);
	});

	it('can leave the status out, for the counts per status', () => {
		expect(
			sqlOf(inboxWhere(parsed({ status: 'closed' }), { scope: [A], sites: SITES, withStatus: false }))
		).toBe("c.site IN ('site0000000000a')");
	});

	it("searches a reference by its start and a name anywhere, with the user's % and _ taken literally", () => {
		expect(
			sqlOf(inboxWhere(parsed({ q: '2026-r-0001', status: 'all' }), { scope: null, sites: SITES }))
		).toBe(
			"(c.reference LIKE '2026-R-0001%' ESCAPE '\\' OR c.contact_name LIKE '%2026-r-0001%' ESCAPE '\\')"
		);
		expect(
			inboxWhere(parsed({ q: '50%_off', status: 'all' }), { scope: null, sites: SITES }).params
		).toMatchObject({
			p1: '%50\\%\\_off%'
		});
	});

	it("reads the period as receipt dates in each site's own time zone", () => {
		const clause = sqlOf(
			inboxWhere(parsed({ status: 'all', from: '2026-03-01', to: '2026-03-31' }), {
				scope: null,
				sites: SITES
			})
		);
		// Paris: UTC+1 in early March, UTC+2 from 29 March. Martinique: UTC−4 all year.
		expect(clause).toBe(
			"((c.site = 'site0000000000a' AND c.received_at >= '2026-02-28 23:00:00.000Z' AND c.received_at <= '2026-03-31 21:59:59.999Z')" +
				" OR (c.site = 'site0000000000b' AND c.received_at >= '2026-03-01 04:00:00.000Z' AND c.received_at <= '2026-04-01 03:59:59.999Z'))"
		);
	});
});
