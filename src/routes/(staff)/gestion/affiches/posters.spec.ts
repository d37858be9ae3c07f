import { describe, expect, it } from 'vitest';
import { posterUrl, postersOf, sitesFor } from './posters';

describe('posterUrl', () => {
	it('leads to the web survey with the site and the point', () => {
		expect(posterUrl('https://avis.prefecture.example', 'metz', 'hall-des-etrangers')).toBe(
			'https://avis.prefecture.example/avis?site=metz&point=hall-des-etrangers'
		);
	});

	it('keeps the port and ignores any path of the origin', () => {
		expect(posterUrl('http://127.0.0.1:8090', 'fort-de-france', 'accueil-general')).toBe(
			'http://127.0.0.1:8090/avis?site=fort-de-france&point=accueil-general'
		);
	});
});

describe('postersOf', () => {
	const points = [
		{ site: 'metz', name: 'Point numérique', active: true },
		{ site: 'metz', name: 'Accueil général', active: true },
		{ site: 'metz', name: 'Ancien guichet', active: false },
		{ site: 'fdf', name: 'Accueil général', active: true }
	];

	it('gives the active points of the site, by name', () => {
		expect(postersOf(points, 'metz', 'fr').map((p) => p.name)).toEqual([
			'Accueil général',
			'Point numérique'
		]);
	});

	it('gives nothing for a site without points', () => {
		expect(postersOf(points, 'nowhere', 'fr')).toEqual([]);
	});
});

describe('sitesFor', () => {
	const sites = [{ id: 'metz' }, { id: 'fdf' }];

	it('gives agents their own sites only', () => {
		expect(sitesFor(sites, { role: 'agent', sites: ['fdf'] })).toEqual([{ id: 'fdf' }]);
		expect(sitesFor(sites, { role: 'agent' })).toEqual([]);
	});

	it('gives referents and admins every site', () => {
		expect(sitesFor(sites, { role: 'referent', sites: [] })).toEqual(sites);
		expect(sitesFor(sites, { role: 'admin' })).toEqual(sites);
	});

	it('gives nobody signed out nothing', () => {
		expect(sitesFor(sites, null)).toEqual([]);
	});
});
