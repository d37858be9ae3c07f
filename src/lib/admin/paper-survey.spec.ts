import { describe, expect, it } from 'vitest';
import { surveySubmissionSchema } from '$lib/domain/submission';
import {
	earliestPaperDay,
	paperMessages,
	paperSubmission,
	paperSurveyCodes,
	toggleAnswer,
	type PaperSurveyDraft
} from './paper-survey';

const Q1 = 'q00000000000001';
const Q2 = 'q00000000000002';
const draft = (overrides: Partial<PaperSurveyDraft> = {}): PaperSurveyDraft => ({
	questionnaire: 'qn0000000000001',
	site: 'metz00000000000',
	reception_point: '',
	day: '2026-11-20',
	language: 'fr',
	comment: '',
	answers: { [Q2]: 'satisfied', [Q1]: 'very_dissatisfied' },
	...overrides
});
const TODAY = '2026-11-22';

describe('a transcribed paper survey form', () => {
	it('becomes a paper submission, answers in the questionnaire’s order, valid for the schema', () => {
		const submission = paperSubmission(draft({ comment: '  Merci  ' }), [Q1, Q2]);
		expect(submission.channel).toBe('paper');
		expect(submission.day).toBe('2026-11-20');
		expect(submission.comment).toBe('Merci');
		expect(submission.answers).toEqual([
			{ question: Q1, value: 'very_dissatisfied' },
			{ question: Q2, value: 'satisfied' }
		]);
		expect(surveySubmissionSchema.safeParse(submission).success).toBe(true);
	});

	it('keeps a blank question unanswered', () => {
		const submission = paperSubmission(draft({ answers: { [Q2]: 'no_opinion' } }), [Q1, Q2]);
		expect(submission.answers).toEqual([{ question: Q2, value: 'no_opinion' }]);
	});

	it('ticks and unticks a box', () => {
		const once = toggleAnswer({}, Q1, 'satisfied');
		expect(once).toEqual({ [Q1]: 'satisfied' });
		expect(toggleAnswer(once, Q1, 'dissatisfied')).toEqual({ [Q1]: 'dissatisfied' });
		expect(toggleAnswer(once, Q1, 'satisfied')).toEqual({});
	});

	it('is accepted from today back to 400 days', () => {
		expect(paperSurveyCodes(draft({ day: TODAY }), TODAY)).toEqual({});
		expect(paperSurveyCodes(draft({ day: earliestPaperDay(TODAY) }), TODAY)).toEqual({});
		expect(earliestPaperDay(TODAY)).toBe('2025-10-18');
	});

	it.each([
		[{ site: '' }, { site: 'required' }],
		[{ day: '' }, { day: 'required' }],
		[{ day: '2026-11-23' }, { day: 'invalid' }],
		[{ day: '2025-10-17' }, { day: 'invalid' }],
		[{ answers: {} }, { answers: 'required' }],
		[{ comment: 'x'.repeat(1001) }, { comment: 'too_long' }]
	])('refuses %j', (overrides, codes) => {
		expect(paperSurveyCodes(draft(overrides), TODAY)).toEqual(codes);
	});

	it('puts the server’s verdicts next to the form’s fields', () => {
		const messages = paperMessages({
			'answers.1.value': 'invalid',
			day: 'out_of_range',
			channel: 'not_allowed'
		});
		expect(Object.keys(messages).sort()).toEqual(['answers', 'day', 'site']);
		expect(messages.day).toMatch(/400/);
	});
});
