import { describe, expect, it } from 'vitest';
import { preselect } from './preselect';

const config = {
	sites: [
		{ id: 's1', slug: 'nord', name: 'Nord', time_zone: 'Europe/Paris' },
		{ id: 's2', slug: 'sud', name: 'Sud', time_zone: 'Europe/Paris' }
	],
	points: [
		{ id: 'p1', site: 's1', slug: 'accueil', name: 'Accueil' },
		{ id: 'p2', site: 's2', slug: 'guichet', name: 'Guichet' }
	]
} as Parameters<typeof preselect>[0];

const params = (query: string) => new URLSearchParams(query);

describe('preselect', () => {
	it('gives the ids of the site and of its point', () => {
		expect(preselect(config, params('site=nord&point=accueil'))).toEqual({ site: 's1', point: 'p1' });
	});

	it('ignores the white space around the slugs', () => {
		expect(preselect(config, params('site=%20sud%20&point=guichet%20'))).toEqual({ site: 's2', point: 'p2' });
	});

	it('keeps the site but not a point of another site', () => {
		expect(preselect(config, params('site=nord&point=guichet'))).toEqual({ site: 's1', point: '' });
	});

	it('preselects nothing for an unknown site, even with a known point', () => {
		expect(preselect(config, params('site=est&point=accueil'))).toEqual({ site: '', point: '' });
		expect(preselect(config, params(''))).toEqual({ site: '', point: '' });
	});
});
