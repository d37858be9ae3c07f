import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { welcomeEngagement as engagement } from '$lib/domain/engagements.fixture';
import { UnexpectedAnswer } from './answer';
import * as engagements from './engagements';
import { listPage as page, served } from './fake-fetch';
import { PUBLIC_READS } from './public-reads';

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
