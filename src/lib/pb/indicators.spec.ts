import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import { listPage, served } from './fake-fetch';
import { PUBLIC_READS } from './public-reads';
import { loadReferences } from './indicators';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const site = { id: 'metz00000000001', name: 'Metz' };
const point = { id: 'point0000000001', name: 'Accueil', site: site.id };
const question = {
	id: 'qstn00000000001',
	position: 1,
	label: { fr: 'Accueil ?' },
	engagement: 'eng000000000001',
	questionnaire: 'quest0000000001'
};

beforeEach(() => {
	fakePb.reset();
	fakePb.answers = { sites: [site], reception_points: [point], questions: [question] };
	// The engagements are a public read (public-reads.ts).
	served.install();
	served.answers[PUBLIC_READS.engagements] = listPage([]);
});
afterEach(() => vi.unstubAllGlobals());

describe('the board’s references', () => {
	it('parses the sites, points and questions', async () => {
		expect(await loadReferences()).toEqual({
			engagements: [],
			sites: [site],
			points: [point],
			questions: [question]
		});
		expect(fakePb.optionsOf('questions', 'getFullList').fields).toBe(
			'id,position,label,engagement,questionnaire'
		);
	});

	it('rejects a question whose label is not a label per language', async () => {
		fakePb.answers.questions = [{ ...question, label: 'Accueil ?' }];
		await expect(loadReferences()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
