// For specs: an enrolled kiosk's configuration (Metz, no reception point, two French questions), each part
// replaceable.
import type { KioskConfig } from '$lib/domain/kiosk-config';

export function kioskConfig(overrides: Partial<KioskConfig> = {}): KioskConfig {
	return {
		site: {
			id: 'site00000000001',
			name: 'Metz',
			slug: 'metz',
			zone: 'alsace-moselle',
			time_zone: 'Europe/Paris'
		},
		point: null,
		questionnaire: {
			id: 'questionnaire01',
			code: 'accueil',
			version: 1,
			title: { fr: 'Avis' },
			languages: ['fr']
		},
		questions: [
			{ id: 'question0000001', position: 1, engagement: 'engagement00001', label: { fr: 'Q1' } },
			{ id: 'question0000002', position: 2, engagement: 'engagement00001', label: { fr: 'Q2' } }
		],
		policy: { organisation_name: 'Préfecture', kiosk_cooldown_seconds: 20 },
		kiosk: { id: 'kiosk0000000001', name: 'Borne 1', languages: ['fr', 'en'] },
		pin: null,
		...overrides
	};
}
