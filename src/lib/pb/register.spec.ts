import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as register from './register';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const PATH = '/api/qep/register';

const contact = {
	category: 'contact',
	fields: ['complaints.contact_email'],
	retention: { rule: 'after_closure', months: 24, holdYears: 5 }
};
const caseData = { category: 'case', fields: ['complaints.reference'], retention: { rule: 'anonymised' } };
const activity = {
	key: 'complaints',
	legalBases: ['crpa'],
	people: ['complainants'],
	data: [contact, caseData],
	recipients: [
		{ kind: 'site_agents', count: 3 },
		{ kind: 'smtp', host: 'smtp.example.org' },
		{ kind: 'operator' }
	],
	measures: [{ key: 'passwords', minLength: 12 }, { key: 'tls' }]
};

const answer = {
	generatedAt: '2026-11-23T09:05:00.000Z',
	organisation: {
		name: 'Préfecture de la Moselle',
		address: '9 place de la Préfecture',
		email: 'q@example.org'
	},
	dpoEmail: 'dpo@example.org',
	hosting: 'OVH (Roubaix)',
	transfers: { s3Host: null },
	backups: { enabled: true, cron: '0 3 * * *', keep: 7, spanDays: 7, s3Host: null },
	activities: [activity],
	unclassified: ['complaints.new_field']
};

/** The answer with its one activity changed. */
const withActivity = (change: Record<string, unknown>) => ({
	...answer,
	activities: [{ ...activity, ...change }]
});

beforeEach(() => fakePb.reset());

describe('the register', () => {
	it('parses the route’s answer as it is', async () => {
		fakePb.answers[PATH] = answer;
		expect(await register.get()).toEqual(answer);
	});

	it('accepts the hosts and the backup span as strings or null', async () => {
		fakePb.answers[PATH] = {
			...answer,
			transfers: { s3Host: 's3.example.eu' },
			backups: { ...answer.backups, spanDays: null, s3Host: 's3.example.eu' }
		};
		const parsed = await register.get();
		expect(parsed.transfers.s3Host).toBe('s3.example.eu');
		expect(parsed.backups.spanDays).toBeNull();
	});

	it('refuses a backup span that is not a whole number of days', async () => {
		fakePb.answers[PATH] = { ...answer, backups: { ...answer.backups, spanDays: 1.5 } };
		await expect(register.get()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('requires the passwords measure’s minimum length, and only there', async () => {
		fakePb.answers[PATH] = withActivity({ measures: [{ key: 'passwords' }] });
		await expect(register.get()).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers[PATH] = withActivity({ measures: [{ key: 'backups' }, { key: 'log_cleanup' }] });
		expect((await register.get()).activities).toMatchObject([
			{ measures: [{ key: 'backups' }, { key: 'log_cleanup' }] }
		]);
	});

	it('refuses a key this build does not know (measure, retention rule, recipient, category)', async () => {
		const unknown = [
			withActivity({ measures: [{ key: 'firewall' }] }),
			withActivity({ data: [{ ...caseData, retention: { rule: 'forever' } }] }),
			withActivity({ recipients: [{ kind: 'press' }] }),
			withActivity({ data: [{ ...caseData, category: 'health' }] })
		];
		for (const shape of unknown) {
			fakePb.answers[PATH] = shape;
			await expect(register.get()).rejects.toBeInstanceOf(UnexpectedAnswer);
		}
	});

	it('refuses a retention rule without its duration', async () => {
		fakePb.answers[PATH] = withActivity({
			data: [{ ...contact, retention: { rule: 'after_closure', months: 24 } }]
		});
		await expect(register.get()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
