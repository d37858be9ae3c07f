import { describe, expect, it } from 'vitest';
import {
	DEFAULT_QUERY,
	apiParams,
	checkPeriod,
	isNarrowed,
	paramsOfQuery,
	queryFromParams
} from './inbox-query';

const SITE = 'abcdefghij12345';

describe('inbox query ↔ URL', () => {
	it('reads the default view from an empty query, and writes it with its status', () => {
		expect(queryFromParams(new URLSearchParams())).toEqual(DEFAULT_QUERY);
		expect(paramsOfQuery(DEFAULT_QUERY).toString()).toBe('status=open');
	});

	it('round-trips every filter through the URL', () => {
		const query = {
			...DEFAULT_QUERY,
			status: 'waiting' as const,
			site: SITE,
			service: 'Bureau des étrangers',
			kind: 'information',
			engagement: 'zyxwvutsrq98765',
			channel: 'letter',
			from: '2026-11-01',
			to: '2026-11-30',
			q: 'Martin',
			page: 3
		};
		const url = new URL(`https://x.test/gestion/reclamations?${paramsOfQuery(query)}`);
		expect(queryFromParams(url.searchParams)).toEqual(query);
	});

	it('leaves empty filters and the first page out of the URL', () => {
		const params = paramsOfQuery({ ...DEFAULT_QUERY, q: '2026-R', page: 1 });
		expect([...params.keys()]).toEqual(['status', 'q']);
	});

	it('drops values the server would refuse, instead of failing the page', () => {
		const query = queryFromParams(
			new URLSearchParams(
				'status=deleted&site=../x&kind=other&channel=fax&from=2026-13-01&to=tomorrow&page=-2&engagement=1'
			)
		);
		expect(query).toEqual(DEFAULT_QUERY);
		expect(queryFromParams(new URLSearchParams('page=2.5')).page).toBe(1);
		expect(queryFromParams(new URLSearchParams(`q=${'x'.repeat(150)}`)).q).toHaveLength(100);
	});

	it('trims what a person typed', () => {
		expect(queryFromParams(new URLSearchParams('q=%20Dupont%20')).q).toBe('Dupont');
	});

	it('always sends the status to the API, and only filled filters', () => {
		expect(apiParams(DEFAULT_QUERY)).toEqual({ status: 'open' });
		expect(apiParams({ ...DEFAULT_QUERY, status: 'all', site: SITE, page: 2 })).toEqual({
			status: 'all',
			site: SITE,
			page: '2'
		});
	});

	it('tells a narrowed view from a plain status tab', () => {
		expect(isNarrowed({ ...DEFAULT_QUERY, status: 'closed', page: 4 })).toBe(false);
		expect(isNarrowed({ ...DEFAULT_QUERY, from: '2026-01-01' })).toBe(true);
	});

	it('refuses a period that ends before it starts', () => {
		expect(checkPeriod({ from: '2026-11-10', to: '2026-11-09' })).toEqual({ to: 'before_from' });
		expect(checkPeriod({ from: '2026-11-10', to: '2026-11-10' })).toEqual({});
		expect(checkPeriod({ from: '', to: '2026-11-09' })).toEqual({});
	});
});
