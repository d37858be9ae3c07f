// The inbox's filters, search and page as one value, read from and written to the page's URL query, so a
// filtered view can be bookmarked and the browser's back button returns to the previous one.
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS, COMPLAINT_STATUSES } from '$lib/domain/complaint';
import { DAY_PATTERN, ID_PATTERN } from '$lib/domain/fields';

/** `open` (received, in progress or waiting) is the default; `all` includes answered and closed items. */
export const STATUS_FILTERS = ['open', ...COMPLAINT_STATUSES, 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface InboxQuery {
	status: StatusFilter;
	site: string;
	service: string;
	kind: string;
	engagement: string;
	channel: string;
	/** Receipt period, 'YYYY-MM-DD' in each site's time zone, inclusive. */
	from: string;
	to: string;
	/** Reference prefix or part of the requester's name. */
	q: string;
	page: number;
}

export const DEFAULT_QUERY: InboxQuery = {
	status: 'open',
	site: '',
	service: '',
	kind: '',
	engagement: '',
	channel: '',
	from: '',
	to: '',
	q: '',
	page: 1
};

/** The server's limits on free text (longer values are refused). */
export const QUERY_LIMITS = { service: 120, q: 100 } as const;
const MAX_PAGE = 10_000;

const KEYS = ['status', 'site', 'service', 'kind', 'engagement', 'channel', 'from', 'to', 'q'] as const;

const oneOf = (values: readonly string[], value: string) => (values.includes(value) ? value : '');

/** The query of a URL. Values the server would refuse (hand-edited URL) fall back to "any". */
export function queryFromParams(params: URLSearchParams): InboxQuery {
	const get = (key: string) => (params.get(key) ?? '').trim();
	const page = Number(get('page'));
	return {
		status: (oneOf(STATUS_FILTERS, get('status')) || 'open') as StatusFilter,
		site: ID_PATTERN.test(get('site')) ? get('site') : '',
		service: get('service').slice(0, QUERY_LIMITS.service),
		kind: oneOf(COMPLAINT_KINDS, get('kind')),
		engagement: ID_PATTERN.test(get('engagement')) ? get('engagement') : '',
		channel: oneOf(COMPLAINT_CHANNELS, get('channel')),
		from: DAY_PATTERN.test(get('from')) ? get('from') : '',
		to: DAY_PATTERN.test(get('to')) ? get('to') : '',
		q: get('q').slice(0, QUERY_LIMITS.q),
		page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1
	};
}

/**
 * The URL query of a view: the status always (a bookmark keeps meaning the same view, and the API's
 * default never surprises), the other filters when filled, the page after the first.
 */
export function paramsOfQuery(query: InboxQuery): URLSearchParams {
	const params = new URLSearchParams({ status: query.status });
	for (const key of KEYS) {
		const value = query[key].trim();
		if (key !== 'status' && value) params.set(key, value);
	}
	if (query.page > 1) params.set('page', String(query.page));
	return params;
}

/** The parameters of GET /api/qep/inbox. */
export function apiParams(query: InboxQuery): Record<string, string> {
	return Object.fromEntries(paramsOfQuery(query));
}

/** True when anything narrows the list beyond the status tab (for "no result" wording). */
export function isNarrowed(query: InboxQuery): boolean {
	return KEYS.some((key) => key !== 'status' && query[key].trim() !== '');
}

/** Field codes for a period the server would refuse: the end before the start. */
export function checkPeriod(query: Pick<InboxQuery, 'from' | 'to'>): Record<string, string> {
	return query.from && query.to && query.to < query.from ? { to: 'before_from' } : {};
}
