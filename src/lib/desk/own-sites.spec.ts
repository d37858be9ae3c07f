import { describe, expect, it } from 'vitest';
import { ownSites } from './own-sites';

const sites = [
	{ id: 'metz', name: 'Metz' },
	{ id: 'fdf', name: 'Fort-de-France' }
];

describe('the sites a staff member is offered', () => {
	it('are an agent’s own sites only', () => {
		expect(ownSites({ role: 'agent', sites: ['metz'] }, sites)).toEqual([sites[0]]);
		expect(ownSites({ role: 'agent' }, sites)).toEqual([]);
	});

	it('are every site for referents and administrators', () => {
		expect(ownSites({ role: 'referent', sites: ['metz'] }, sites)).toEqual(sites);
		expect(ownSites({ role: 'admin' }, sites)).toEqual(sites);
	});
});
