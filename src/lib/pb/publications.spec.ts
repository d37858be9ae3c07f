import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import { publish } from './publications';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const body = { label: 'Novembre 2026', from: '2026-11-01', to: '2026-11-30' };

beforeEach(() => fakePb.reset());

describe('publishing', () => {
	it('answers the new publication’s id', async () => {
		fakePb.answers['/api/qep/publications'] = { id: 'pub000000000001', snapshot: {} };
		expect(await publish(body)).toEqual({ id: 'pub000000000001' });
	});

	it('rejects an answer without an id', async () => {
		fakePb.answers['/api/qep/publications'] = { snapshot: {} };
		await expect(publish(body)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
