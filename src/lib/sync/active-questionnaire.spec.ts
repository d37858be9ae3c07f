import { describe, expect, it } from 'vitest';
import { activeQuestionnaireSchema } from './active-questionnaire';

const questionnaire = {
	id: 'questionnaire01',
	code: 'QE-2026',
	version: 3,
	title: { fr: 'Votre avis' },
	languages: ['fr', 'en']
};
const question = {
	id: 'question0000001',
	position: 1,
	engagement: 'engagement00001',
	label: { fr: 'Accueil', en: 'Welcome' }
};

describe('the active questionnaire’s shape', () => {
	it('keeps the questionnaire and its questions as the record API serves them', () => {
		const served = {
			questionnaire: { ...questionnaire, status: 'active', collectionName: 'questionnaires' },
			questions: [{ ...question, questionnaire: 'questionnaire01' }]
		};
		expect(activeQuestionnaireSchema.parse(served)).toEqual({ questionnaire, questions: [question] });
	});

	it('drops the languages this version of the app does not speak (as the survey configuration does)', () => {
		const parsed = activeQuestionnaireSchema.parse({
			questionnaire: { ...questionnaire, languages: ['fr', 'xx'] },
			questions: []
		});
		expect(parsed.questionnaire.languages).toEqual(['fr']);
	});

	it('refuses a question without its engagement, or a questionnaire without a French title', () => {
		const { engagement: _, ...orphan } = question;
		expect(activeQuestionnaireSchema.safeParse({ questionnaire, questions: [orphan] }).success).toBe(false);
		const untitled = { ...questionnaire, title: { en: 'Your opinion' } };
		expect(activeQuestionnaireSchema.safeParse({ questionnaire: untitled, questions: [] }).success).toBe(
			false
		);
	});
});
