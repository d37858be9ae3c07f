// The action plan's filters, kept in the URL, and the PocketBase filter they make. Pure.
import { ACTION_STATUSES } from '$lib/domain/cockpit';
import { ID_PATTERN } from '$lib/domain/fields';

/** '' = any status; 'active' = open or in progress. */
export const PLAN_STATUS_FILTERS = ['', 'active', ...ACTION_STATUSES] as const;

export interface PlanQuery {
	status: string;
	site: string;
	engagement: string;
	owner: string;
	overdue: boolean;
}

export const EMPTY_PLAN_QUERY: PlanQuery = {
	status: '',
	site: '',
	engagement: '',
	owner: '',
	overdue: false
};

/** The filters of a URL; malformed values mean "any". */
export function planQueryFromParams(params: URLSearchParams): PlanQuery {
	const get = (key: string) => (params.get(key) ?? '').trim();
	const id = (key: string) => (ID_PATTERN.test(get(key)) ? get(key) : '');
	const status = get('status');
	return {
		status: (PLAN_STATUS_FILTERS as readonly string[]).includes(status) ? status : '',
		site: id('site'),
		engagement: id('engagement'),
		owner: id('owner'),
		overdue: get('overdue') === '1'
	};
}

/** The URL query of the filters (only those set). */
export function paramsOfPlanQuery(query: PlanQuery): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ['status', 'site', 'engagement', 'owner'] as const)
		if (query[key]) params.set(key, query[key]);
	if (query.overdue) params.set('overdue', '1');
	return params;
}

/** A PocketBase filter expression and its parameters (for pb.filter), '' for everything. */
export function planFilter(
	query: PlanQuery,
	today: string
): { expr: string; params: Record<string, string> } {
	const clauses: string[] = [];
	const params: Record<string, string> = {};
	if (query.status === 'active' || query.overdue) clauses.push('(status = "open" || status = "in_progress")');
	else if (query.status) {
		clauses.push('status = {:status}');
		params.status = query.status;
	}
	for (const key of ['site', 'engagement', 'owner'] as const) {
		if (!query[key]) continue;
		clauses.push(`${key} = {:${key}}`);
		params[key] = query[key];
	}
	if (query.overdue) {
		clauses.push('due_date != "" && due_date < {:today}');
		params.today = `${today} 00:00:00.000Z`;
	}
	return { expr: clauses.join(' && '), params };
}
