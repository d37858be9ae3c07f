import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as auth from './auth';
import { fakePb } from './fake-client';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const staff = {
	id: 'staff0000000001',
	collectionName: 'staff',
	name: 'Camille Martin',
	email: 'camille@example.fr',
	role: 'referent',
	sites: ['metz00000000001']
};

beforeEach(() => fakePb.reset());

describe('the staff session client', () => {
	it('parses the signed-in staff member', async () => {
		fakePb.answers.staff = { token: 't', record: { ...staff, verified: true } };
		expect(await auth.signIn(staff.email, 'secret')).toEqual(staff);
		fakePb.authStore = { isValid: true, record: staff };
		expect(auth.currentStaff()).toEqual(staff);
	});

	it('rejects a record of another shape: not a member of staff', async () => {
		fakePb.answers.staff = { token: 't', record: { ...staff, role: 'visitor' } };
		await expect(auth.refresh()).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.authStore = { isValid: true, record: { ...staff, collectionName: 'kiosks' } };
		expect(auth.currentStaff()).toBeNull();
	});
});
