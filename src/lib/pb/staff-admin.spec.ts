import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as staffAdmin from './staff-admin';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const account = {
	id: 'staff0000000001',
	name: 'Camille Martin',
	email: 'camille@example.fr',
	role: 'referent',
	sites: ['metz00000000001']
};

beforeEach(() => fakePb.reset());

describe('the staff accounts client', () => {
	it('parses the accounts and asks for the fields its schema reads', async () => {
		fakePb.answers.staff = [{ ...account, verified: true }];
		expect(await staffAdmin.list()).toEqual([account]);
		expect(fakePb.optionsOf('staff', 'getFullList').fields).toBe('id,name,email,role,sites');
	});

	it('rejects an account of an unknown role', async () => {
		fakePb.answers.staff = { ...account, role: 'superuser' };
		await expect(staffAdmin.update(account.id, { role: 'agent', sites: [] })).rejects.toBeInstanceOf(
			UnexpectedAnswer
		);
	});

	it('parses the site choices and rejects a site without its name', async () => {
		fakePb.answers.sites = [{ id: 'metz00000000001', name: 'Metz' }];
		expect(await staffAdmin.sites()).toEqual([{ id: 'metz00000000001', name: 'Metz' }]);
		fakePb.answers.sites = [{ id: 'metz00000000001' }];
		await expect(staffAdmin.sites()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
