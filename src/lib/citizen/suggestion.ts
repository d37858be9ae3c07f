// The suggestion a form makes: the day is the site's calendar day, like surveys.
import { dayIn } from '$lib/domain/day';
import type { SuggestionSubmission } from '$lib/domain/suggestion-submission';

/** The submission from what was typed (unchecked: the schema checks and trims it). */
export function buildSuggestion(
	values: { site: string; text: string; email: string; nickname: string },
	place: { channel: 'web' | 'kiosk'; reception_point: string; timeZone: string },
	now: Date = new Date()
): SuggestionSubmission {
	return {
		channel: place.channel,
		site: values.site,
		reception_point: place.reception_point,
		text: values.text,
		email: values.email.trim(),
		day: dayIn(place.timeZone, now),
		nickname: values.nickname as ''
	};
}
