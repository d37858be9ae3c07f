import { describe, expect, it } from 'vitest';
import { backupSpanDays, buildRegister, hostOf, unclassifiedFields } from './register-build.js';

describe('hostOf', () => {
	it('keeps the host name only: no scheme, credentials, port or path', () => {
		expect(hostOf('smtp.prefecture.gouv.fr')).toBe('smtp.prefecture.gouv.fr');
		expect(hostOf('https://s3.fr-par.scw.cloud')).toBe('s3.fr-par.scw.cloud');
		expect(hostOf('https://key:secret@s3.example.org:9000/bucket?x=1')).toBe('s3.example.org');
		expect(hostOf('http://user@pass@minio.local/')).toBe('minio.local');
		expect(hostOf('10.0.0.5:25')).toBe('10.0.0.5');
		expect(hostOf('https://[2001:db8::1]:9000/b')).toBe('[2001:db8::1]');
		expect(hostOf('')).toBe('');
		expect(hostOf(undefined)).toBe('');
	});
});

describe('backupSpanDays', () => {
	it('turns a plain daily, weekly or hourly schedule into days', () => {
		expect(backupSpanDays('30 2 * * *', 14)).toBe(14);
		expect(backupSpanDays('@daily', 7)).toBe(7);
		expect(backupSpanDays('@midnight', 3)).toBe(3);
		expect(backupSpanDays('0 3 * * 0', 4)).toBe(28);
		expect(backupSpanDays('@weekly', 2)).toBe(14);
		expect(backupSpanDays('15 * * * *', 48)).toBe(2);
		expect(backupSpanDays('@hourly', 30)).toBe(2);
	});

	it('says nothing of other schedules, or without automatic backups', () => {
		expect(backupSpanDays('', 14)).toBeNull();
		expect(backupSpanDays('30 2 * * 1-5', 14)).toBeNull();
		expect(backupSpanDays('30 2,14 * * *', 14)).toBeNull();
		expect(backupSpanDays('30 2 1 * *', 14)).toBeNull();
		expect(backupSpanDays('*/30 * * * *', 14)).toBeNull();
		expect(backupSpanDays('@monthly', 14)).toBeNull();
		expect(backupSpanDays('30 2 * * *', 0)).toBeNull();
	});
});

const values = (over = {}) => ({
	nowISO: '2026-12-07T10:00:00.000Z',
	policy: {
		organisationName: 'Préfecture du Doubs',
		organisationAddress: '8 bis rue Charles Nodier, Besançon',
		organisationEmail: 'accueil@doubs.gouv.fr',
		dpoEmail: 'dpd@interieur.gouv.fr',
		hosting: 'Serveurs de la préfecture (France)'
	},
	schema: {
		complaints: ['id', 'contact_name', 'contact_email', 'subject', 'assignee', 'status'],
		complaint_events: ['id', 'actor', 'data'],
		survey_responses: ['id', 'site', 'day', 'comment'],
		staff: ['id', 'name', 'email', 'password', 'role'],
		sites: ['id', 'name']
	},
	retentionMonths: 24,
	logDays: 30,
	holdYears: 10,
	passwordMinLength: 12,
	roleCounts: { agent: 5, referent: 1, admin: 2 },
	smtpHost: '',
	backups: { cron: '30 2 * * *', keep: 14, s3Host: '' },
	...over
});
const activity = (register, key) => register.activities.find((a) => a.key === key);
const category = (register, key, name) => activity(register, key).data.find((d) => d.category === name);

describe('buildRegister', () => {
	it('lists the fields the schema holds, by category, with the policy’s periods', () => {
		const register = buildRegister(values());
		expect(category(register, 'complaints', 'identity')).toEqual({
			category: 'identity',
			fields: ['complaints.contact_name'],
			retention: { rule: 'after_closure', months: 24, holdYears: 10 }
		});
		expect(category(register, 'complaints', 'free_text').fields).toEqual(['complaints.subject']);
		expect(category(register, 'complaints', 'staff_reference')).toMatchObject({
			fields: ['complaints.assignee', 'complaint_events.actor'],
			retention: { rule: 'trail' }
		});
		expect(category(register, 'surveys', 'free_text')).toMatchObject({
			fields: ['survey_responses.comment'],
			retention: { rule: 'after_day', months: 24 }
		});
		expect(category(register, 'logs', 'connection').retention).toEqual({ rule: 'logs', days: 30 });
		// Ids and reference data are not listed.
		expect(JSON.stringify(register.activities)).not.toContain('.id"');
		expect(JSON.stringify(register.activities)).not.toContain('sites.');
	});

	it('lists the staff references in the staff activity, and nothing else of the other collections', () => {
		const staff = activity(buildRegister(values()), 'staff');
		expect(staff.data.map((d) => [d.category, d.fields])).toEqual([
			['staff_identity', ['staff.name', 'staff.email', 'staff.role']],
			['staff_reference', ['complaints.assignee', 'complaint_events.actor']],
			['credentials', ['staff.password']]
		]);
	});

	it('names the fields the classification does not know', () => {
		const schema = { ...values().schema, complaints: ['id', 'contact_name', 'shoe_size'], gadgets: ['id'] };
		expect(buildRegister(values({ schema })).unclassified).toEqual(['complaints.shoe_size', 'gadgets.id']);
		expect(unclassifiedFields(values().schema)).toEqual([]);
	});

	it('names the relays by host, the S3 host as a transfer and a recipient of every activity', () => {
		const plain = buildRegister(values());
		expect(plain.transfers).toEqual({ s3Host: null });
		expect(activity(plain, 'complaints').recipients).toEqual([
			{ kind: 'site_agents', count: 5 },
			{ kind: 'referents', count: 1 },
			{ kind: 'admins', count: 2 }
		]);
		const relayed = buildRegister(
			values({
				smtpHost: 'smtp.doubs.gouv.fr',
				backups: { cron: '30 2 * * *', keep: 14, s3Host: 's3.example.org' }
			})
		);
		expect(relayed.transfers).toEqual({ s3Host: 's3.example.org' });
		expect(activity(relayed, 'complaints').recipients).toContainEqual({
			kind: 'smtp',
			host: 'smtp.doubs.gouv.fr'
		});
		for (const a of relayed.activities)
			expect(a.recipients).toContainEqual({ kind: 's3', host: 's3.example.org' });
		expect(activity(relayed, 'surveys').recipients.map((r) => r.kind)).not.toContain('smtp');
	});

	it('states the backups and the password length it is given', () => {
		const register = buildRegister(values({ passwordMinLength: 14 }));
		expect(register.backups).toEqual({
			enabled: true,
			cron: '30 2 * * *',
			keep: 14,
			spanDays: 14,
			s3Host: null
		});
		expect(activity(register, 'staff').measures).toContainEqual({ key: 'passwords', minLength: 14 });
		const none = buildRegister(values({ backups: { cron: '', keep: 14, s3Host: '' } }));
		expect(none.backups).toMatchObject({ enabled: false, spanDays: null });
		expect(register).toMatchObject({
			organisation: { name: 'Préfecture du Doubs', email: 'accueil@doubs.gouv.fr' },
			dpoEmail: 'dpd@interieur.gouv.fr',
			hosting: 'Serveurs de la préfecture (France)',
			generatedAt: '2026-12-07T10:00:00.000Z'
		});
	});
});
