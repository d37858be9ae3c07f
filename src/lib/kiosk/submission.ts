// The submission a finished survey makes, on the kiosk and on the web alike.
import { dayIn } from '$lib/domain/day';
import type { Language } from '$lib/domain/fields';
import type { SurveyConfig } from '$lib/domain/kiosk-config';
import type { SurveySubmission } from '$lib/domain/submission';

/**
 * The survey's submission: where it was answered comes from the configuration, and the day is the
 * site's calendar day (never the device's zone, never the time: answers are anonymous).
 */
export function buildSubmission(
	config: SurveyConfig,
	channel: 'kiosk' | 'web',
	language: Language,
	answers: SurveySubmission['answers'],
	comment: string,
	now: Date = new Date()
): SurveySubmission {
	return {
		questionnaire: config.questionnaire.id,
		site: config.site.id,
		reception_point: config.point?.id ?? '',
		channel,
		language,
		day: dayIn(config.site.time_zone, now),
		comment,
		answers
	};
}
