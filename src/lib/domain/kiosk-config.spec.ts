import { describe, expect, it } from 'vitest';
import { kioskConfigSchema } from './kiosk-config';

const config = (languages: string[]) => ({
	site: {
		id: 'site00000000001',
		name: 'Metz',
		slug: 'metz',
		zone: 'alsace-moselle',
		time_zone: 'Europe/Paris'
	},
	point: null,
	questionnaire: { id: 'questionnaire01', code: 'accueil', version: 1, title: { fr: 'Avis' }, languages },
	questions: [],
	policy: { organisation_name: 'Préfecture', kiosk_cooldown_seconds: 20 },
	kiosk: { id: 'kiosk0000000001', name: 'Borne 1', languages },
	pin: null
});

describe('kioskConfigSchema', () => {
	it('keeps the languages this version speaks and leaves out one it does not know, instead of refusing all', () => {
		const parsed = kioskConfigSchema.parse(config(['fr', 'ar', 'xx', 'zh']));
		expect(parsed.kiosk.languages).toEqual(['fr', 'ar', 'zh']);
		expect(parsed.questionnaire.languages).toEqual(['fr', 'ar', 'zh']);
	});

	it('still refuses languages that are not a list of texts', () => {
		expect(kioskConfigSchema.safeParse(config([1 as unknown as string])).success).toBe(false);
	});
});
