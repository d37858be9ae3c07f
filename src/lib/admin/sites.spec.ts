import { describe, expect, it } from 'vitest';
import { mayPickSite, preselectedSite, selectableSites, worksEverywhere } from './sites';

const SITES = [
	{ id: 'metz00000000000', name: 'Metz' },
	{ id: 'fdf000000000000', name: 'Fort-de-France' }
];

describe('sites a member of staff may pick', () => {
	it('gives an agent only the sites he works for', () => {
		const agent = { role: 'agent' as const, sites: ['fdf000000000000'] };
		expect(selectableSites(SITES, agent).map((s) => s.name)).toEqual(['Fort-de-France']);
		expect(mayPickSite(agent, 'metz00000000000')).toBe(false);
	});

	it('gives an agent without sites nothing', () => {
		expect(selectableSites(SITES, { role: 'agent' })).toEqual([]);
		expect(selectableSites(SITES, null)).toEqual([]);
	});

	it('gives referents and administrators every site', () => {
		expect(selectableSites(SITES, { role: 'referent', sites: [] })).toEqual(SITES);
		expect(selectableSites(SITES, { role: 'admin' })).toEqual(SITES);
		expect(worksEverywhere('agent')).toBe(false);
	});

	it('preselects the only site offered', () => {
		expect(preselectedSite([SITES[0]!])).toBe('metz00000000000');
		expect(preselectedSite(SITES)).toBe('');
		expect(preselectedSite([])).toBe('');
	});
});
