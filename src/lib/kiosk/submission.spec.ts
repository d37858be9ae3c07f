import { expect, test } from 'vitest';
import { surveySubmissionSchema } from '$lib/domain/submission';
import { kioskConfig } from '$lib/test/kiosk-config';
import { buildSubmission } from './submission';

const config = kioskConfig({
	site: {
		id: 'site00000000001',
		name: 'Fort-de-France',
		slug: 'fort-de-france',
		zone: 'martinique',
		time_zone: 'America/Martinique'
	},
	point: { id: 'point0000000001', name: 'Accueil général', slug: 'accueil-general' },
	questions: [{ id: 'question0000001', position: 1, engagement: 'engagement00001', label: { fr: 'Q' } }]
});
const answers = [{ question: 'question0000001', value: 'satisfied' as const }];

test('a kiosk submission carries the site, the point and the site’s own day', () => {
	// 02:30 UTC on 23 November is still 22 November in Martinique (UTC−4).
	const data = buildSubmission(config, 'kiosk', 'en', answers, 'Merci', new Date('2026-11-23T02:30:00Z'));
	expect(data).toEqual({
		questionnaire: 'questionnaire01',
		site: 'site00000000001',
		reception_point: 'point0000000001',
		channel: 'kiosk',
		language: 'en',
		day: '2026-11-22',
		comment: 'Merci',
		answers
	});
	expect(surveySubmissionSchema.safeParse(data).success).toBe(true);
});

test('a web survey without a reception point sends an empty point', () => {
	const data = buildSubmission({ ...config, point: null }, 'web', 'fr', answers, '');
	expect(data.reception_point).toBe('');
	expect(data.channel).toBe('web');
	expect(surveySubmissionSchema.safeParse(data).success).toBe(true);
});
