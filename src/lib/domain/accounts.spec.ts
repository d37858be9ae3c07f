import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { kioskHealthSchema, kioskSchema, staffSchema } from './accounts';

const id = 'abcdefghij12345';

describe('accounts', () => {
	it('a kiosk’s health: a count of at least 0 and a short version', () => {
		const health = { pending: 0, persisted: true, appVersion: '1.2.3' };
		expect(kioskHealthSchema.parse(health)).toEqual(health);
		expect(kioskHealthSchema.safeParse({ ...health, pending: -1 }).success).toBe(false);
		expect(kioskHealthSchema.safeParse({ ...health, appVersion: 'x'.repeat(41) }).success).toBe(false);
	});

	it('a kiosk: known languages, hex PIN fields, iterations within bounds', () => {
		const kiosk = { name: 'Borne 1', site: id, languages: ['fr'], status: 'active' };
		expect(kioskSchema.safeParse(kiosk).success).toBe(true);
		expect(kioskSchema.safeParse({ ...kiosk, pin_salt: 'ab12', pin_iterations: 600_000 }).success).toBe(true);
		expect(kioskSchema.safeParse({ ...kiosk, pin_salt: 'XYZ' }).success).toBe(false);
		expect(kioskSchema.safeParse({ ...kiosk, pin_iterations: 10_000_001 }).success).toBe(false);
		expect(kioskSchema.safeParse({ ...kiosk, languages: [] }).success).toBe(false);
		expect(z.globalRegistry.get(kioskSchema.shape.health._zod.def.innerType)).toEqual({ pb: 'json' });
	});

	it('a staff member is on at most 50 sites', () => {
		const staff = { name: 'Camille', role: 'agent' };
		expect(staffSchema.safeParse({ ...staff, sites: Array(50).fill(id) }).success).toBe(true);
		expect(staffSchema.safeParse({ ...staff, sites: Array(51).fill(id) }).success).toBe(false);
		expect(z.globalRegistry.get(staffSchema.shape.sites._zod.def.innerType)).toEqual({
			pb: 'relation',
			collection: 'sites'
		});
	});
});
