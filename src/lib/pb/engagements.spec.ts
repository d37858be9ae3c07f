import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as engagements from './engagements';
import { fakePb } from './fake-client';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const engagement = {
	id: 'eng000000000001',
	module: 1,
	number: 1,
	theme: 'Accueil',
	label: 'Un accueil courtois'
};

beforeEach(() => fakePb.reset());

describe('the engagements client', () => {
	it('parses the engagements and asks for the fields its schema reads', async () => {
		fakePb.answers.engagements = [engagement];
		expect(await engagements.list()).toEqual([engagement]);
		expect(fakePb.optionsOf('engagements', 'getFullList').fields).toBe('module,number,theme,label,id');
	});

	it('rejects an engagement whose number is not a number', async () => {
		fakePb.answers.engagements = [{ ...engagement, number: 'one' }];
		await expect(engagements.list()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
