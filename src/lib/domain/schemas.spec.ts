import { describe, expect, it } from 'vitest';
import { complaintSchema } from './complaint';
import { siteSchema } from './places';
import { surveyResponseSchema } from './survey';

const id = 'abcdefghij12345';

describe('siteSchema', () => {
	const site = {
		name: 'Préfecture',
		slug: 'besancon',
		department_code: '25',
		zone: 'metropole',
		time_zone: 'Europe/Paris'
	};

	it('accepts metropolitan, Corsican and overseas departments', () => {
		for (const department_code of ['01', '2A', '2B', '95', '971', '976'])
			expect(siteSchema.safeParse({ ...site, department_code }).success, department_code).toBe(true);
	});

	it('refuses departments and zones that do not exist', () => {
		for (const department_code of ['00', '96', '20', '979', '1'])
			expect(siteSchema.safeParse({ ...site, department_code }).success, department_code).toBe(false);
		expect(siteSchema.safeParse({ ...site, zone: 'corse' }).success).toBe(false);
	});

	it('keeps slugs URL-friendly', () => {
		expect(siteSchema.safeParse({ ...site, slug: 'Fort de France' }).success).toBe(false);
	});
});

describe('surveyResponseSchema', () => {
	const response = { questionnaire: id, site: id, channel: 'kiosk', language: 'fr', day: '2026-11-22' };

	it('keeps the day, not the time', () => {
		expect(surveyResponseSchema.safeParse(response).success).toBe(true);
		expect(surveyResponseSchema.safeParse({ ...response, day: '2026-11-22T10:00:00Z' }).success).toBe(false);
	});

	it('accepts "no reception point" as PocketBase stores it', () => {
		expect(surveyResponseSchema.safeParse({ ...response, reception_point: '' }).success).toBe(true);
	});
});

describe('complaintSchema', () => {
	const complaint = {
		kind: 'complaint',
		channel: 'web',
		site: id,
		subject: 'Attente',
		description: 'J’ai attendu deux heures.',
		contact_name: 'Camille Martin'
	};

	it('needs a description of some substance and a name', () => {
		expect(complaintSchema.safeParse(complaint).success).toBe(true);
		expect(complaintSchema.safeParse({ ...complaint, description: 'Trop long' }).success).toBe(false);
		expect(complaintSchema.safeParse({ ...complaint, contact_name: '' }).success).toBe(false);
	});

	it('checks optional contact details only when given', () => {
		expect(complaintSchema.safeParse({ ...complaint, contact_email: '', contact_phone: '' }).success).toBe(
			true
		);
		expect(complaintSchema.safeParse({ ...complaint, contact_email: 'camille@' }).success).toBe(false);
		expect(complaintSchema.safeParse({ ...complaint, contact_phone: '<script>' }).success).toBe(false);
	});
});
