import { describe, expect, it } from 'vitest';
import {
	apiParams,
	checkDates,
	defaultQuery,
	paramsOfQuery,
	periodsOf,
	queryFromParams,
	type BoardQuery
} from './board-query';

const TODAY = '2026-11-22';
const SITE = 'abcdefghij12345';
const read = (search: string) => queryFromParams(new URLSearchParams(search), TODAY);

describe('the board’s view in the URL', () => {
	it('opens on the last complete month, by engagement', () => {
		expect(read('')).toEqual(defaultQuery(TODAY));
		expect(read('').at).toBe('2026-10');
		expect(apiParams(read(''))).toEqual({
			from: '2026-10-01',
			to: '2026-10-31',
			by: 'engagement',
			compare_from: '2026-09-01',
			compare_to: '2026-09-30'
		});
	});

	it('compares a quarter and a year with the calendar ones before', () => {
		expect(apiParams(read('period=quarter&at=2026-Q1&by=site'))).toEqual({
			from: '2026-01-01',
			to: '2026-03-31',
			by: 'site',
			compare_from: '2025-10-01',
			compare_to: '2025-12-31'
		});
		expect(periodsOf(read('period=year&at=2025'))).toEqual({
			period: { from: '2025-01-01', to: '2025-12-31' },
			compare: { from: '2024-01-01', to: '2024-12-31' }
		});
	});

	it('leaves custom dates to the server’s default comparison', () => {
		const query = read('period=custom&from=2026-11-01&to=2026-11-15&channel=web&by=month');
		expect(apiParams(query)).toEqual({ from: '2026-11-01', to: '2026-11-15', by: 'month', channel: 'web' });
		expect(periodsOf(query).compare).toBeNull();
	});

	it('round-trips a view through the URL', () => {
		const query: BoardQuery = {
			...defaultQuery(TODAY),
			period: 'quarter',
			at: '2026-Q2',
			site: SITE,
			point: SITE.replace('a', 'b'),
			channel: 'kiosk',
			by: 'point'
		};
		expect(read(paramsOfQuery(query).toString())).toEqual(query);
		const custom = {
			...defaultQuery(TODAY),
			period: 'custom' as const,
			at: '',
			from: '2026-01-01',
			to: '2026-02-01'
		};
		expect(read(paramsOfQuery(custom).toString())).toEqual(custom);
	});

	it('ignores what a hand-edited URL gets wrong', () => {
		const query = read('period=week&at=2026-13&site=nope&channel=fax&by=weather');
		expect(query).toEqual(defaultQuery(TODAY));
		expect(read('period=quarter&at=2026-10').at).toBe('2026-Q3');
		expect(read('period=custom&from=2026-02-30x').from).toBe('');
	});

	it('says which custom date is missing or before the start', () => {
		const custom = { ...defaultQuery(TODAY), period: 'custom' as const, at: '' };
		expect(checkDates(custom)).toEqual({ from: 'required', to: 'required' });
		expect(checkDates({ ...custom, from: '2026-02-01', to: '2026-01-01' })).toEqual({ to: 'before_from' });
		expect(checkDates({ ...custom, from: '2026-01-01', to: '2026-01-01' })).toEqual({});
		expect(checkDates(defaultQuery(TODAY))).toEqual({});
	});
});
