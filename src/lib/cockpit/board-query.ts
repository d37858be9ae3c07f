// The board's view, kept in the URL (bookmarkable, back button): the period, the filters and the
// break-down; and the parameters of GET /api/qep/indicators for it.
import { ID_PATTERN } from '$lib/domain/fields';
import {
	ANCHOR_PATTERNS,
	DAY_PATTERN,
	PERIOD_KINDS,
	lastFullAnchor,
	previousAnchor,
	rangeOf,
	type DateRange,
	type PeriodKind
} from './period';

/** Break-downs offered on the board ('month' is the trend). */
export const BREAKDOWNS = ['engagement', 'question', 'site', 'point', 'channel', 'month'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
export const SURVEY_CHANNELS = ['kiosk', 'web', 'paper'] as const;

export interface BoardQuery {
	period: PeriodKind;
	/** '2026-10', '2026-Q3' or '2026' for a calendar period; '' for custom dates. */
	at: string;
	/** Custom dates (period 'custom' only). */
	from: string;
	to: string;
	site: string;
	point: string;
	channel: string;
	by: Breakdown;
}

const oneOf = <T extends string>(values: readonly T[], value: string): T | '' =>
	(values as readonly string[]).includes(value) ? (value as T) : '';

/** The default view: the last complete month, by engagement, everything. */
export function defaultQuery(today: string): BoardQuery {
	return {
		period: 'month',
		at: lastFullAnchor('month', today),
		from: '',
		to: '',
		site: '',
		point: '',
		channel: '',
		by: 'engagement'
	};
}

/** The view of a URL; what does not make sense (a hand-edited URL) falls back to the default. */
export function queryFromParams(params: URLSearchParams, today: string): BoardQuery {
	const get = (key: string) => (params.get(key) ?? '').trim();
	const query = defaultQuery(today);
	const period = oneOf(PERIOD_KINDS, get('period')) || 'month';
	query.period = period;
	if (period === 'custom') {
		query.at = '';
		query.from = DAY_PATTERN.test(get('from')) ? get('from') : '';
		query.to = DAY_PATTERN.test(get('to')) ? get('to') : '';
	} else {
		query.at = ANCHOR_PATTERNS[period].test(get('at')) ? get('at') : lastFullAnchor(period, today);
	}
	query.site = ID_PATTERN.test(get('site')) ? get('site') : '';
	query.point = ID_PATTERN.test(get('point')) ? get('point') : '';
	query.channel = oneOf(SURVEY_CHANNELS, get('channel'));
	query.by = oneOf(BREAKDOWNS, get('by')) || 'engagement';
	return query;
}

/** The URL query of a view. */
export function paramsOfQuery(query: BoardQuery): URLSearchParams {
	const params = new URLSearchParams({ period: query.period });
	if (query.period === 'custom') {
		params.set('from', query.from);
		params.set('to', query.to);
	} else params.set('at', query.at);
	for (const key of ['site', 'point', 'channel'] as const) if (query[key]) params.set(key, query[key]);
	params.set('by', query.by);
	return params;
}

/**
 * The period shown and the one it is compared with: the previous calendar month, quarter or year; for
 * custom dates null, and the server compares with as many days just before.
 */
export function periodsOf(query: BoardQuery): { period: DateRange; compare: DateRange | null } {
	if (query.period === 'custom') return { period: { from: query.from, to: query.to }, compare: null };
	return {
		period: rangeOf(query.period, query.at),
		compare: rangeOf(query.period, previousAnchor(query.period, query.at))
	};
}

/** Field codes for custom dates the server would refuse (as it names them). */
export function checkDates(query: BoardQuery): Record<string, string> {
	if (query.period !== 'custom') return {};
	const errors: Record<string, string> = {};
	if (!query.from) errors.from = 'required';
	if (!query.to) errors.to = 'required';
	if (query.from && query.to && query.to < query.from) errors.to = 'before_from';
	return errors;
}

/** The parameters of GET /api/qep/indicators. */
export function apiParams(query: BoardQuery): Record<string, string> {
	const { period, compare } = periodsOf(query);
	const params: Record<string, string> = { from: period.from, to: period.to, by: query.by };
	if (compare) {
		params.compare_from = compare.from;
		params.compare_to = compare.to;
	}
	for (const key of ['site', 'point', 'channel'] as const) if (query[key]) params[key] = query[key];
	return params;
}
