import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './fields';
import { engagementSchema, questionnaireSchema } from './engagements';

describe('engagements and questionnaires', () => {
	it('numbers engagements 1–99 in modules 1–2', () => {
		const engagement = { module: 1, number: 1, theme: 'Accueil', label: 'Un accueil courtois' };
		expect(engagementSchema.safeParse(engagement).success).toBe(true);
		expect(engagementSchema.safeParse({ ...engagement, module: 3 }).success).toBe(false);
		expect(engagementSchema.safeParse({ ...engagement, number: 0 }).success).toBe(false);
		expect(engagementSchema.safeParse({ ...engagement, label: 'Un' }).success).toBe(false);
	});

	it('a questionnaire speaks at least one language, and only known ones', () => {
		const questionnaire = { code: 'accueil', version: 1, status: 'active', title: { fr: 'Accueil' } };
		expect(questionnaireSchema.safeParse({ ...questionnaire, languages: ['fr'] }).success).toBe(true);
		expect(questionnaireSchema.safeParse({ ...questionnaire, languages: [...LANGUAGES] }).success).toBe(true);
		const empty = questionnaireSchema.safeParse({ ...questionnaire, languages: [] });
		expect(empty.error?.issues.map(({ code, path }) => [code, ...path])).toEqual([
			['too_small', 'languages']
		]);
		expect(questionnaireSchema.safeParse({ ...questionnaire, languages: ['xx'] }).success).toBe(false);
		expect(questionnaireSchema.safeParse({ ...questionnaire, languages: ['fr'], version: 0 }).success).toBe(
			false
		);
	});
});
