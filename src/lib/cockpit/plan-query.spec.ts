import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_QUERY, paramsOfPlanQuery, planFilter, planQueryFromParams } from './plan-query';

const S = 'sssssssssssssss';

describe('the plan’s filters', () => {
	it('round-trip through the URL, malformed values meaning "any"', () => {
		const query = { status: 'in_progress', site: S, engagement: '', owner: S, overdue: true };
		expect(planQueryFromParams(paramsOfPlanQuery(query))).toEqual(query);
		expect(planQueryFromParams(new URLSearchParams('status=lost&site=x&overdue=yes'))).toEqual(
			EMPTY_PLAN_QUERY
		);
		expect(paramsOfPlanQuery(EMPTY_PLAN_QUERY).toString()).toBe('');
	});

	it('make a PocketBase filter with bound parameters', () => {
		expect(planFilter(EMPTY_PLAN_QUERY, '2026-11-22')).toEqual({ expr: '', params: {} });
		expect(planFilter({ ...EMPTY_PLAN_QUERY, status: 'done', site: S }, '2026-11-22')).toEqual({
			expr: 'status = {:status} && site = {:site}',
			params: { status: 'done', site: S }
		});
	});

	it('find overdue actions: still active, due before today', () => {
		expect(planFilter({ ...EMPTY_PLAN_QUERY, overdue: true, status: 'done' }, '2026-11-22')).toEqual({
			expr: '(status = "open" || status = "in_progress") && due_date != "" && due_date < {:today}',
			params: { today: '2026-11-22 00:00:00.000Z' }
		});
		expect(planFilter({ ...EMPTY_PLAN_QUERY, status: 'active' }, '2026-11-22').expr).toBe(
			'(status = "open" || status = "in_progress")'
		);
	});
});
