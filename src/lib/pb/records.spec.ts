import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { UnexpectedAnswer } from './answer';
import { fakePb } from './fake-client';
import { readAll, readOne } from './records';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const schema = z.object({ id: z.string(), name: z.string() });

beforeEach(() => fakePb.reset());

describe('records read through the SDK', () => {
	it('asks for the fields the schema reads, without auto-cancellation, and keeps only those', async () => {
		fakePb.answers.sites = [{ id: 'a', name: 'Metz', extra: true }];
		expect(await readAll('sites', schema, { sort: 'name' })).toEqual([{ id: 'a', name: 'Metz' }]);
		expect(fakePb.optionsOf('sites', 'getFullList')).toEqual({
			requestKey: null,
			sort: 'name',
			fields: 'id,name'
		});
	});

	it('reads one record the same way, and refuses one of another shape', async () => {
		fakePb.answers.sites = { id: 'a', name: 'Metz' };
		expect(await readOne('sites', 'a', schema)).toEqual({ id: 'a', name: 'Metz' });
		expect(fakePb.optionsOf('sites', 'getOne')).toEqual({ requestKey: null, fields: 'id,name' });
		fakePb.answers.sites = { id: 'a', name: 57 };
		await expect(readOne('sites', 'a', schema)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
