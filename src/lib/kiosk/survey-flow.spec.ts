import { describe, expect, test, vi } from 'vitest';
import { SurveyFlow, type SurveyQuestion } from './survey-flow.svelte';

const question = (id: string, position: number): SurveyQuestion => ({
	id: id.padEnd(15, '0'),
	position,
	engagement: 'engagement00001',
	label: { fr: `Question ${id}`, en: `Question ${id} (en)` }
});
const Q1 = question('q1', 1);
const Q2 = question('q2', 2);
const Q3 = question('q3', 3);

describe('survey flow', () => {
	test('asks the questions in position order, then the comment', () => {
		const flow = new SurveyFlow([Q3, Q1, Q2]);
		expect(flow.stage).toBe('question');
		expect(flow.question).toBe(Q1);
		flow.answer('satisfied');
		expect(flow.question).toBe(Q2);
		flow.answer('no_opinion');
		flow.answer('very_dissatisfied');
		expect(flow.stage).toBe('comment');
		expect(flow.question).toBeNull();
		expect(flow.answers).toEqual([
			{ question: Q1.id, value: 'satisfied' },
			{ question: Q2.id, value: 'no_opinion' },
			{ question: Q3.id, value: 'very_dissatisfied' }
		]);
	});

	test('counts as entered once a question is answered or a comment typed, not before', () => {
		const flow = new SurveyFlow([Q1, Q2]);
		expect(flow.entered).toBe(false);
		flow.comment = '   ';
		expect(flow.entered).toBe(false);
		flow.comment = 'Merci';
		expect(flow.entered).toBe(true);
		flow.comment = '';
		flow.answer('satisfied');
		expect(flow.entered).toBe(true);
		// Going back keeps the answer: still something to lose.
		flow.back();
		expect(flow.entered).toBe(true);
	});

	test('going back keeps the answers, and a new answer replaces the old one', () => {
		const flow = new SurveyFlow([Q1, Q2]);
		expect(flow.back()).toBe(false);
		flow.answer('satisfied');
		flow.answer('dissatisfied');
		expect(flow.back()).toBe(true);
		expect(flow.question).toBe(Q2);
		expect(flow.answerOf(Q2.id)).toBe('dissatisfied');
		expect(flow.back()).toBe(true);
		expect(flow.answerOf(Q1.id)).toBe('satisfied');
		flow.answer('very_satisfied');
		expect(flow.question).toBe(Q2);
		expect(flow.answers).toEqual([
			{ question: Q1.id, value: 'very_satisfied' },
			{ question: Q2.id, value: 'dissatisfied' }
		]);
	});

	test('says thanks only once the answers are handed over, with the trimmed comment', async () => {
		const flow = new SurveyFlow([Q1]);
		flow.answer('satisfied');
		flow.comment = '  Très bon accueil.  ';
		const send = vi.fn(async () => 'responseid00001');
		const pending = flow.submit(send);
		expect(flow.submitting).toBe(true);
		expect(flow.stage).toBe('comment');
		expect(await pending).toBe(true);
		expect(send).toHaveBeenCalledWith([{ question: Q1.id, value: 'satisfied' }], 'Très bon accueil.');
		expect(flow.stage).toBe('done');
		expect(flow.back()).toBe(false);
	});

	test('a failed submit keeps every answer and the error, and can be tried again', async () => {
		const flow = new SurveyFlow([Q1]);
		flow.answer('very_satisfied');
		flow.comment = 'Merci';
		const error = new Error('IndexedDB is full');
		expect(await flow.submit(() => Promise.reject(error))).toBe(false);
		expect(flow.stage).toBe('comment');
		expect(flow.failure).toBe(error);
		expect(flow.submitting).toBe(false);
		expect(flow.answers).toEqual([{ question: Q1.id, value: 'very_satisfied' }]);
		expect(flow.comment).toBe('Merci');

		expect(await flow.submit(async () => undefined)).toBe(true);
		expect(flow.failure).toBeNull();
		expect(flow.stage).toBe('done');
	});

	test('no submit before the comment step, and no double submit', async () => {
		const flow = new SurveyFlow([Q1, Q2]);
		flow.answer('satisfied');
		const send = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 1)));
		expect(await flow.submit(send)).toBe(false);
		flow.answer('satisfied');
		const first = flow.submit(send);
		expect(await flow.submit(send)).toBe(false);
		await first;
		expect(send).toHaveBeenCalledTimes(1);
	});
});
