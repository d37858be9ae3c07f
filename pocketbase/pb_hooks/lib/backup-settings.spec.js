import { describe, expect, it } from 'vitest';
import { DAILY, applyBackupSettings, backupSettingsFromEnv } from './backup-settings.js';

const env = (values) => (name) => values[name] ?? '';
const S3 = {
	BACKUP_S3_ENDPOINT: 'https://s3.example.org',
	BACKUP_S3_BUCKET: 'qep-backups',
	BACKUP_S3_REGION: 'fr-par',
	BACKUP_S3_ACCESS_KEY: 'key',
	BACKUP_S3_SECRET: 'secret'
};
const NO_S3 = {
	enabled: false,
	bucket: '',
	region: '',
	endpoint: '',
	accessKey: '',
	secret: '',
	forcePathStyle: false
};

describe('backupSettingsFromEnv', () => {
	it('backs up daily and keeps 14 in production, nothing by default elsewhere', () => {
		expect(backupSettingsFromEnv(env({ QEP_MODE: 'production' }))).toEqual({
			cron: DAILY,
			cronMaxKeep: 14,
			s3: NO_S3
		});
		expect(DAILY).toBe('30 2 * * *');
		expect(backupSettingsFromEnv(env({ QEP_MODE: ' Production ' })).cron).toBe(DAILY);
		expect(backupSettingsFromEnv(env({})).cron).toBe('');
		expect(backupSettingsFromEnv(env({ QEP_MODE: 'demo' })).cron).toBe('');
	});

	it('takes BACKUP_CRON and BACKUP_KEEP, and "off" switches production backups off', () => {
		expect(backupSettingsFromEnv(env({ BACKUP_CRON: '0 */6 * * 1-5', BACKUP_KEEP: '30' }))).toMatchObject({
			cron: '0 */6 * * 1-5',
			cronMaxKeep: 30
		});
		expect(backupSettingsFromEnv(env({ QEP_MODE: 'production', BACKUP_CRON: 'OFF' })).cron).toBe('');
		expect(backupSettingsFromEnv(env({ BACKUP_CRON: '@daily' })).cron).toBe('@daily');
	});

	it.each([
		['2 * * *', /5 fields/],
		['60 2 * * *', /minute outside 0–59/],
		['30 24 * * *', /hour outside/],
		['30 2 0 * *', /day of month outside/],
		['30 2 * 13 *', /month outside/],
		['30 2 * * 7', /day of week outside/],
		['30 2 * * mon', /day of week "mon"/],
		['30 5-2 * * *', /hour range/],
		['*/0 * * * *', /minute step/],
		['daily', /5 fields/]
	])('refuses the cron "%s"', (cron, message) => {
		expect(() => backupSettingsFromEnv(env({ BACKUP_CRON: cron }))).toThrow(/BACKUP_CRON/);
		expect(() => backupSettingsFromEnv(env({ BACKUP_CRON: cron }))).toThrow(message);
	});

	it.each(['0', '366', '1.5', '-3', 'ten', '1e2'])('refuses BACKUP_KEEP=%s', (keep) => {
		expect(() => backupSettingsFromEnv(env({ BACKUP_KEEP: keep }))).toThrow(/BACKUP_KEEP/);
	});

	it('accepts BACKUP_KEEP from 1 to 365', () => {
		expect(backupSettingsFromEnv(env({ BACKUP_KEEP: '1' })).cronMaxKeep).toBe(1);
		expect(backupSettingsFromEnv(env({ BACKUP_KEEP: '365' })).cronMaxKeep).toBe(365);
	});

	it('reads a complete S3 target', () => {
		expect(backupSettingsFromEnv(env({ ...S3, BACKUP_S3_FORCE_PATH_STYLE: 'true' })).s3).toEqual({
			enabled: true,
			bucket: 'qep-backups',
			region: 'fr-par',
			endpoint: 'https://s3.example.org',
			accessKey: 'key',
			secret: 'secret',
			forcePathStyle: true
		});
		expect(backupSettingsFromEnv(env(S3)).s3.forcePathStyle).toBe(false);
	});

	it('refuses a partial S3 target, naming what is missing', () => {
		const { BACKUP_S3_SECRET: _secret, ...partial } = S3;
		expect(() => backupSettingsFromEnv(env(partial))).toThrow(/missing: BACKUP_S3_SECRET$/);
		expect(() => backupSettingsFromEnv(env({ BACKUP_S3_BUCKET: 'b' }))).toThrow(
			/missing: BACKUP_S3_ENDPOINT, BACKUP_S3_REGION, BACKUP_S3_ACCESS_KEY, BACKUP_S3_SECRET/
		);
		expect(() => backupSettingsFromEnv(env({ BACKUP_S3_FORCE_PATH_STYLE: 'true' }))).toThrow(/missing/);
	});

	it('refuses a bad endpoint or path-style flag', () => {
		expect(() => backupSettingsFromEnv(env({ ...S3, BACKUP_S3_ENDPOINT: 's3.example.org' }))).toThrow(
			/BACKUP_S3_ENDPOINT/
		);
		expect(() => backupSettingsFromEnv(env({ ...S3, BACKUP_S3_FORCE_PATH_STYLE: 'yes' }))).toThrow(
			/BACKUP_S3_FORCE_PATH_STYLE/
		);
	});
});

describe('applyBackupSettings', () => {
	const fakeApp = () => {
		const settings = { backups: { cron: '', cronMaxKeep: 0, s3: { ...NO_S3 } } };
		const saved = [];
		return { settings: () => settings, save: (s) => saved.push(structuredClone(s)), saved };
	};

	it('saves once, then not again while nothing changed', () => {
		const app = fakeApp();
		const getenv = env({ QEP_MODE: 'production', ...S3 });
		expect(applyBackupSettings(app, getenv)).toBe(true);
		expect(applyBackupSettings(app, getenv)).toBe(false);
		expect(app.saved).toHaveLength(1);
		expect(app.saved[0].backups).toMatchObject({ cron: DAILY, cronMaxKeep: 14, s3: { enabled: true } });
	});

	it('puts back what the dashboard changed, at the next start', () => {
		const app = fakeApp();
		const getenv = env({ QEP_MODE: 'production' });
		applyBackupSettings(app, getenv);
		app.settings().backups.cron = '';
		app.settings().backups.s3.enabled = true;
		expect(applyBackupSettings(app, getenv)).toBe(true);
		expect(app.saved[1].backups).toEqual({ cron: DAILY, cronMaxKeep: 14, s3: NO_S3 });
	});

	it('saves nothing when the environment is wrong', () => {
		const app = fakeApp();
		expect(() => applyBackupSettings(app, env({ BACKUP_KEEP: '0' }))).toThrow(/BACKUP_KEEP/);
		expect(app.saved).toHaveLength(0);
	});
});
