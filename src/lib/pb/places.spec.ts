import { describe, expect, it } from 'vitest';
import { namedPointSchema, namedSiteSchema } from './places';

describe('places', () => {
	it('reads a site and a point as the record API serves them with their fields', () => {
		expect(namedSiteSchema.parse({ id: 'metz00000000001', name: 'Metz', slug: 'metz' })).toEqual({
			id: 'metz00000000001',
			name: 'Metz',
			slug: 'metz'
		});
		const point = {
			id: 'p00000000000001',
			site: 'metz00000000001',
			name: 'Accueil',
			slug: 'accueil',
			active: false
		};
		expect(namedPointSchema.parse(point)).toEqual(point);
	});

	it('refuses an answer that lacks a field the pages use', () => {
		expect(namedSiteSchema.safeParse({ id: 'metz00000000001', name: 'Metz' }).success).toBe(false);
		expect(
			namedPointSchema.safeParse({
				id: 'p00000000000001',
				site: 'metz00000000001',
				name: 'Accueil',
				slug: 'accueil'
			}).success
		).toBe(false);
	});
});
