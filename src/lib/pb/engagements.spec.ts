import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnexpectedAnswer } from './answer';
import * as engagements from './engagements';
import { served } from './fake-fetch';
import { PUBLIC_READS } from './public-reads';

const engagement = {
	id: 'eng000000000001',
	module: 1,
	number: 1,
	theme: 'Accueil',
	label: 'Un accueil courtois'
};
const page = (items: unknown[]) => ({ page: 1, perPage: 1000, items });

beforeEach(() => served.install());
afterEach(() => vi.unstubAllGlobals());

describe('the engagements client', () => {
	it('parses the engagements, read at their public address, which asks for the fields the schema reads', async () => {
		served.answers[PUBLIC_READS.engagements] = page([engagement]);
		expect(await engagements.list()).toEqual([engagement]);
		const query = new URL(PUBLIC_READS.engagements, 'http://x').searchParams;
		expect(query.get('fields')).toBe('module,number,theme,label,id');
		expect(query.get('sort')).toBe('number');
	});

	it('rejects an engagement whose number is not a number', async () => {
		served.answers[PUBLIC_READS.engagements] = page([{ ...engagement, number: 'one' }]);
		await expect(engagements.list()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
