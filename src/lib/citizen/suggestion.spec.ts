import { describe, expect, it } from 'vitest';
import { suggestionSubmissionSchema } from '$lib/domain/suggestion-submission';
import { buildSuggestion } from './suggestion';

describe('buildSuggestion', () => {
	it('keeps the site’s day, not the device’s', () => {
		const suggestion = buildSuggestion(
			{ site: 'site00000000001', text: 'Plus de chaises', email: ' a@b.fr ', nickname: '' },
			{ channel: 'kiosk', reception_point: 'point0000000001', timeZone: 'America/Martinique' },
			new Date('2026-11-24T02:00:00.000Z')
		);
		expect(suggestion).toEqual({
			channel: 'kiosk',
			site: 'site00000000001',
			reception_point: 'point0000000001',
			text: 'Plus de chaises',
			email: 'a@b.fr',
			day: '2026-11-23',
			nickname: ''
		});
		expect(suggestionSubmissionSchema.safeParse(suggestion).success).toBe(true);
	});
});
