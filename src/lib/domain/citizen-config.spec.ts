import { describe, expect, it } from 'vitest';
import { citizenConfigSchema } from './citizen-config';

const site = { id: 'abcdefghij12345', name: 'Préfecture', slug: 'besancon', time_zone: 'Europe/Paris' };

describe('citizenConfigSchema', () => {
	it('reads a site without contact details as empty ones, and keeps those it has', () => {
		const parsed = citizenConfigSchema.parse({ sites: [site], points: [], engagements: [] });
		expect(parsed.sites[0]).toEqual({ ...site, contact_email: '', contact_address: '' });
		const given = { ...site, contact_email: 'a@b.fr', contact_address: '1 rue' };
		expect(citizenConfigSchema.parse({ sites: [given], points: [], engagements: [] }).sites[0]).toEqual(
			given
		);
	});

	it('refuses a time zone the app does not know', () => {
		const result = citizenConfigSchema.safeParse({
			sites: [{ ...site, time_zone: 'Mars/Olympus' }],
			points: [],
			engagements: []
		});
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([['sites', 0, 'time_zone']]);
	});
});
