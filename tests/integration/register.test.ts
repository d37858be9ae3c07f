// The register of processing activities (RGPD art. 30, GET /api/qep/register): for referents and
// administrators only; every field of the data model classified, so that a field added tomorrow cannot be
// left out of it; its figures are the policy's, the ones the retention job, the log settings and the backups
// apply, and they follow a change of the policy. The relays' and the backups' hosts are named, never
// their credentials (on a server of its own, configured with both).
import PocketBase, { type CollectionModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { registerSchema, type Register } from '../../src/lib/pb/register';
import { statusOf } from '../support/http';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { ROLES, createWorld, superClient, type Role, type World } from '../support/world';

interface RegisterLib {
	CATEGORIES: Record<string, { shown: boolean }>;
	classify(collection: string, field: string): string | null;
}

/** The hooks' classification, as the server runs it (loaded by path: CommonJS written for goja too). */
async function registerLib(): Promise<RegisterLib> {
	const file = new URL('../../pocketbase/pb_hooks/lib/register.js', import.meta.url).href;
	const mod = (await import(/* @vite-ignore */ file)) as { default?: RegisterLib } & RegisterLib;
	return mod.default ?? mod;
}

const read = async (client: PocketBase): Promise<Register> =>
	registerSchema.parse(await client.send('/api/qep/register', {}));
const activity = (register: Register, key: string) => register.activities.find((a) => a.key === key)!;
const retentionOf = (register: Register, key: string, category: string) =>
	activity(register, key).data.find((d) => d.category === category)?.retention;

describe('the register of processing activities', () => {
	let su: PocketBase;
	let w: World;
	let collections: CollectionModel[];

	beforeAll(async () => {
		su = await superClient(inject('pbUrl'), inject('superuser'));
		w = await createWorld(su);
		collections = (await su.collections.getFullList()).filter((c) => !c.system);
	});

	const EXPECTED: Record<Role, number> = {
		anonymous: 401,
		kiosk: 401,
		otherAgent: 403,
		agent: 403,
		referent: 200,
		admin: 200
	};
	it.each(ROLES)('answers %s as the role table says', async (role) => {
		expect(await statusOf(w.clients[role].send('/api/qep/register', {}))).toBe(EXPECTED[role]);
	});

	it('classifies every field of every collection of the data model', async () => {
		const { classify } = await registerLib();
		const fields = collections.flatMap((c) => c.fields.map((f) => `${c.name}.${f.name}`));
		expect(fields.length).toBeGreaterThan(150);
		expect(fields.filter((f) => classify(f.split('.')[0]!, f.split('.')[1]!) === null)).toEqual([]);
		expect((await read(w.clients.referent)).unclassified).toEqual([]);
	});

	it('lists every field that says something about a person in an activity, and only fields that exist', async () => {
		const { classify, CATEGORIES } = await registerLib();
		const personal = collections.flatMap((c) =>
			c.fields
				.filter((f) => CATEGORIES[classify(c.name, f.name) ?? '']?.shown)
				.map((f) => `${c.name}.${f.name}`)
		);
		const register = await read(w.clients.admin);
		const listed = register.activities.flatMap((a) => a.data.flatMap((d) => d.fields));
		expect(personal.filter((f) => !listed.includes(f))).toEqual([]);
		expect(listed.filter((f) => !f.startsWith('logs.') && !personal.includes(f))).toEqual([]);
		expect(listed).toEqual(
			expect.arrayContaining(['complaints.contact_email', 'survey_responses.comment', 'staff.email'])
		);
	});

	it('states the policy’s organisation, DPO and hosting, and the retention the job and the logs apply', async () => {
		const policy = await su.collection('policies').getFirstListItem('');
		const settings = await su.settings.getAll();
		const register = await read(w.clients.referent);
		expect(register).toMatchObject({
			organisation: {
				name: policy.organisation_name,
				address: policy.organisation_address,
				email: policy.organisation_email
			},
			dpoEmail: policy.dpo_email,
			hosting: policy.hosting
		});
		// An installation that predates the field gets the usual case (1796000600_register.js).
		expect(policy.hosting).toBe('Serveurs de la préfecture (France)');
		const expiring = await w.clients.referent.send('/api/qep/retention/expiring', {});
		expect(retentionOf(register, 'complaints', 'contact')).toEqual({
			rule: 'after_closure',
			months: expiring.retentionMonths,
			holdYears: 10
		});
		expect(expiring.retentionMonths).toBe(policy.retention_months);
		expect(retentionOf(register, 'logs', 'connection')).toEqual({
			rule: 'logs',
			days: settings.logs.maxDays
		});
		expect(settings.logs.maxDays).toBe(policy.log_retention_days);
		expect(register.backups).toMatchObject({
			enabled: settings.backups.cron !== '',
			cron: settings.backups.cron,
			keep: settings.backups.cronMaxKeep,
			s3Host: null
		});
		const staff = await su.collections.getOne('staff');
		const password = staff.fields.find((f) => f.name === 'password')!;
		expect(activity(register, 'staff').measures).toContainEqual({
			key: 'passwords',
			minLength: password.min
		});
		expect(activity(register, 'complaints').recipients).toContainEqual({
			kind: 'smtp',
			host: settings.smtp.host
		});
		expect(register.transfers).toEqual({ s3Host: null });
	});

	it('follows the policy when the referent changes it', async () => {
		const policy = await su.collection('policies').getFirstListItem('');
		const months = policy.retention_months === 18 ? 19 : 18;
		const hosting = `Hébergeur qualifié SecNumCloud, Lyon ${Date.now()}`;
		await w.clients.referent
			.collection('policies')
			.update(policy.id, { retention_months: months, log_retention_days: 12, hosting });
		try {
			const register = await read(w.clients.admin);
			expect(retentionOf(register, 'complaints', 'identity')).toMatchObject({ months });
			expect(retentionOf(register, 'suggestions', 'contact')).toEqual({ rule: 'after_day', months });
			expect(retentionOf(register, 'surveys', 'free_text')).toEqual({ rule: 'after_day', months });
			expect(retentionOf(register, 'logs', 'connection')).toEqual({ rule: 'logs', days: 12 });
			expect(register.hosting).toBe(hosting);
			expect((await w.clients.referent.send('/api/qep/retention/expiring', {})).retentionMonths).toBe(months);
		} finally {
			await su.collection('policies').update(policy.id, {
				retention_months: policy.retention_months,
				log_retention_days: policy.log_retention_days,
				hosting: policy.hosting
			});
		}
	});

	it('refuses a hosting statement longer than 300 characters, next to the field, and keeps the old one', async () => {
		const policy = await su.collection('policies').getFirstListItem('');
		const refused = await w.clients.referent
			.collection('policies')
			.update(policy.id, { hosting: 'x'.repeat(301) })
			.catch((error) => error);
		expect(refused.status).toBe(400);
		expect(refused.response.data.hosting.code).toBe('validation_max_text_constraint');
		expect((await su.collection('policies').getOne(policy.id)).hosting).toBe(policy.hosting);
	});
});

describe('the register of a server with a mail relay and S3 backups', () => {
	const SECRETS = ['relay-user-7f3a', 'relay-password-7f3a', 'access-key-7f3a', 'secret-key-7f3a'];
	let server: TestServer;
	let register: Register;

	beforeAll(async () => {
		server = await startTestServer({
			env: {
				SMTP_HOST: 'smtp.prefecture.test',
				SMTP_USERNAME: SECRETS[0],
				SMTP_PASSWORD: SECRETS[1],
				BACKUP_CRON: '0 3 * * 0',
				BACKUP_KEEP: '4',
				BACKUP_S3_ENDPOINT: 'https://s3.fr-par.example.invalid/qep',
				BACKUP_S3_BUCKET: 'qep-backups',
				BACKUP_S3_REGION: 'fr-par',
				BACKUP_S3_ACCESS_KEY: SECRETS[2],
				BACKUP_S3_SECRET: SECRETS[3]
			}
		});
		const w = await createWorld(await superClient(server.url, SUPERUSER));
		const raw = await w.clients.referent.send('/api/qep/register', {});
		for (const secret of SECRETS) expect(JSON.stringify(raw)).not.toContain(secret);
		register = registerSchema.parse(raw);
	});
	afterAll(() => server?.stop());

	it('names the S3 host as a transfer and a recipient of every activity, with the weekly backups’ span', () => {
		expect(register.transfers).toEqual({ s3Host: 's3.fr-par.example.invalid' });
		expect(register.backups).toEqual({
			enabled: true,
			cron: '0 3 * * 0',
			keep: 4,
			spanDays: 28,
			s3Host: 's3.fr-par.example.invalid'
		});
		for (const a of register.activities)
			expect(a.recipients).toContainEqual({ kind: 's3', host: 's3.fr-par.example.invalid' });
	});

	it('names the mail relay by its host where e-mails are sent', () => {
		for (const key of ['complaints', 'staff'])
			expect(activity(register, key).recipients).toContainEqual({
				kind: 'smtp',
				host: 'smtp.prefecture.test'
			});
		expect(activity(register, 'surveys').recipients.map((r) => r.kind)).not.toContain('smtp');
	});
});
