// The answer scale's choices, in reading order (most satisfied first), and their words in the app's language.
import type { ScaleValue } from '$lib/domain/survey';
import { m } from '$lib/i18n/messages';

/** The four faces, from the most to the least satisfied; "no opinion" comes after them, apart. */
export const FACES = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied'] as const;

const LABELS: Record<ScaleValue, () => string> = {
	very_satisfied: m.survey_answer_very_satisfied,
	satisfied: m.survey_answer_satisfied,
	dissatisfied: m.survey_answer_dissatisfied,
	very_dissatisfied: m.survey_answer_very_dissatisfied,
	no_opinion: m.survey_answer_no_opinion
};

/** An answer's words, as its button shows them. */
export function answerLabel(value: ScaleValue): string {
	return LABELS[value]();
}

/** Every answer's words in the order the screen shows them (what "listen" reads after the question). */
export function answerLabels(): string[] {
	return [...FACES, 'no_opinion' as const].map(answerLabel);
}
