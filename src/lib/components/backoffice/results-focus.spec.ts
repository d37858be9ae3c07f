import type { AfterNavigate, NavigationTarget } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/navigation', () => ({ afterNavigate: vi.fn() }));
const { isSameListNavigation } = await import('./results-focus');

const at = (id: string, search = ''): NavigationTarget =>
	({
		route: { id },
		url: new URL(`http://localhost${id}${search}`),
		params: {}
	}) as unknown as NavigationTarget;
const nav = (type: AfterNavigate['type'], from: NavigationTarget | null, to: NavigationTarget | null) => ({
	type,
	from,
	to
});

describe('isSameListNavigation', () => {
	it('is true when a filter or a page change stays on the same list', () => {
		expect(isSameListNavigation(nav('goto', at('/x'), at('/x', '?page=2')))).toBe(true);
		expect(isSameListNavigation(nav('popstate', at('/x', '?a=1'), at('/x')))).toBe(true);
	});

	it('is false on entering the page, or coming from another one', () => {
		expect(isSameListNavigation(nav('enter', null, at('/x')))).toBe(false);
		expect(isSameListNavigation(nav('link', null, at('/x')))).toBe(false);
		expect(isSameListNavigation(nav('link', at('/y'), at('/x')))).toBe(false);
	});
});
