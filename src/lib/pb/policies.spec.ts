import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listPage, served } from './fake-fetch';
import * as policies from './policies';
import { UnexpectedAnswer } from './answer';
import { PUBLIC_READS } from './public-reads';

const policy = {
	id: 'policy000000001',
	organisation_name: 'Préfecture de la Moselle',
	organisation_address: '9 place de la Préfecture, 57000 Metz',
	organisation_email: 'qualite@moselle.gouv.fr',
	dpo_email: '',
	hosting: '',
	complaint_deadline_days: 15,
	information_deadline_days: 15,
	satisfaction_threshold: 0.8,
	minimum_sample: 30,
	retention_months: 24,
	log_retention_days: 30,
	kiosk_cooldown_seconds: 5
};

const ADDRESS = PUBLIC_READS.policy;
/** The policy read asks for one record. */
const answer = (items: unknown[]) => listPage(items, 1);

beforeEach(() => served.install());
afterEach(() => vi.unstubAllGlobals());

describe('the policy client', () => {
	it('parses the policy record, or null when there is none', async () => {
		served.answers[ADDRESS] = answer([{ ...policy, created: '2026-01-01 00:00:00.000Z' }]);
		expect(await policies.get()).toEqual(policy);
		expect(new URL(ADDRESS, 'http://x').searchParams.get('fields')?.split(',')).toEqual(
			expect.arrayContaining(['id', 'organisation_name', 'satisfaction_threshold', 'kiosk_cooldown_seconds'])
		);
		served.answers[ADDRESS] = answer([]);
		expect(await policies.get()).toBeNull();
	});

	it('shares one request between callers while it is on its way, and asks again afterwards', async () => {
		served.answers[ADDRESS] = answer([policy]);
		const [first, second] = await Promise.all([policies.get(), policies.get()]);
		expect(first).toEqual(policy);
		expect(second).toEqual(policy);
		expect(served.count(ADDRESS)).toBe(1);
		await policies.get();
		expect(served.count(ADDRESS)).toBe(2);
	});

	it('lets the next caller retry after a failed request', async () => {
		served.answers[ADDRESS] = answer([{ ...policy, satisfaction_threshold: '80 %' }]);
		await expect(policies.get()).rejects.toBeInstanceOf(UnexpectedAnswer);
		served.answers[ADDRESS] = answer([policy]);
		expect(await policies.get()).toEqual(policy);
	});

	it('rejects a policy whose threshold is not a number', async () => {
		served.answers[ADDRESS] = answer([{ ...policy, satisfaction_threshold: '80 %' }]);
		await expect(policies.get()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('reads the policy once for the app’s start, for callers however far apart, and again after a failure', async () => {
		served.answers[ADDRESS] = answer([{ ...policy, satisfaction_threshold: '80 %' }]);
		await expect(policies.atStart()).rejects.toBeInstanceOf(UnexpectedAnswer);
		served.answers[ADDRESS] = answer([policy]);
		expect(await policies.atStart()).toEqual(policy);
		served.answers[ADDRESS] = answer([{ ...policy, organisation_name: 'Changée depuis' }]);
		expect(await policies.atStart()).toEqual(policy);
		expect(served.count(ADDRESS)).toBe(2);
	});
});

describe('the policy read at start, on a server without a policy yet', () => {
	it('is asked for again by the next caller', async () => {
		vi.resetModules();
		const fresh = await import('./policies');
		served.answers[ADDRESS] = answer([]);
		expect(await fresh.atStart()).toBeNull();
		served.answers[ADDRESS] = answer([policy]);
		expect(await fresh.atStart()).toEqual(policy);
	});
});
