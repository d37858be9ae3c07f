// Automatic backups from the environment, applied at every start: the environment is the source of truth,
// so a deployment's backups are written down in its configuration, not clicked in the dashboard. Pure.
// Variables: QEP_MODE ("production" turns backups on by default), BACKUP_CRON ("off" or a 5-field cron
// expression; default "30 2 * * *" in production, off otherwise), BACKUP_KEEP (1–365, default 14), and
// an optional S3-compatible target, all or nothing: BACKUP_S3_ENDPOINT, BACKUP_S3_BUCKET,
// BACKUP_S3_REGION, BACKUP_S3_ACCESS_KEY, BACKUP_S3_SECRET (+ BACKUP_S3_FORCE_PATH_STYLE, default false).

const { runMode } = require(typeof __hooks === 'string' ? `${__hooks}/lib/run-mode.js` : './run-mode.js');

const DAILY = '30 2 * * *';
const DEFAULT_KEEP = 14;
const S3_REQUIRED = ['ENDPOINT', 'BUCKET', 'REGION', 'ACCESS_KEY', 'SECRET'];
// PocketBase's cron (tools/cron): minute, hour, day of month, month, day of week, and these macros.
/** @type {[name: string, min: number, max: number][]} */
const CRON_FIELDS = [
	['minute', 0, 59],
	['hour', 0, 23],
	['day of month', 1, 31],
	['month', 1, 12],
	['day of week', 0, 6]
];
const CRON_MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

const read = (getenv, name) => String(getenv(name) || '').trim();

/** Throws unless `expression` is a cron PocketBase accepts, with every number within its field's range. */
function checkCron(expression) {
	if (CRON_MACROS.includes(expression)) return;
	const fields = expression.split(/\s+/);
	const bad = (why) => new Error(`BACKUP_CRON is not a cron expression (${why}): "${expression}"`);
	if (fields.length !== 5) throw bad('5 fields expected: minute hour day month weekday, or "off"');
	fields.forEach((field, i) => {
		const [name, min, max] = CRON_FIELDS[i];
		for (const part of field.split(',')) {
			const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
			if (!m) throw bad(`${name} "${field}"`);
			const numbers = [m[2], m[3]].filter((n) => n !== undefined).map(Number);
			if (numbers.some((n) => n < min || n > max)) throw bad(`${name} outside ${min}–${max}`);
			if (numbers.length === 2 && numbers[0] > numbers[1]) throw bad(`${name} range "${part}"`);
			if (m[4] !== undefined && Number(m[4]) < 1) throw bad(`${name} step "${part}"`);
		}
	});
}

function s3FromEnv(getenv) {
	const value = (suffix) => read(getenv, `BACKUP_S3_${suffix}`);
	const set = S3_REQUIRED.filter((s) => value(s) !== '');
	const pathStyle = value('FORCE_PATH_STYLE').toLowerCase();
	// Nothing set reads as empty strings: the same shape, switched off.
	const target = (enabled) => ({
		enabled,
		bucket: value('BUCKET'),
		region: value('REGION'),
		endpoint: value('ENDPOINT'),
		accessKey: value('ACCESS_KEY'),
		secret: value('SECRET'),
		forcePathStyle: pathStyle === 'true'
	});
	if (set.length === 0 && pathStyle === '') return target(false);
	const missing = S3_REQUIRED.filter((s) => value(s) === '');
	if (missing.length > 0)
		throw new Error(
			`An S3 backup target needs all of BACKUP_S3_${S3_REQUIRED.join(', BACKUP_S3_')}; missing: ` +
				missing.map((s) => `BACKUP_S3_${s}`).join(', ')
		);
	if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(value('ENDPOINT')))
		throw new Error(`BACKUP_S3_ENDPOINT is not an http(s) URL: ${value('ENDPOINT')}`);
	if (!['', 'true', 'false'].includes(pathStyle))
		throw new Error(`BACKUP_S3_FORCE_PATH_STYLE must be "true" or "false", not "${pathStyle}"`);
	return target(true);
}

/**
 * The backup settings the environment asks for, in the shape of PocketBase's settings.backups.
 * Throws an Error naming the variable on any bad value.
 * @param {(name: string) => string} getenv
 * @returns {{ cron: string, cronMaxKeep: number, s3: { enabled: boolean, bucket: string, region: string,
 *   endpoint: string, accessKey: string, secret: string, forcePathStyle: boolean } }}
 */
function backupSettingsFromEnv(getenv) {
	const production = runMode(getenv) === 'production';
	const rawCron = read(getenv, 'BACKUP_CRON');
	let cron = rawCron === '' ? (production ? DAILY : '') : rawCron;
	if (cron.toLowerCase() === 'off') cron = '';
	if (cron !== '') checkCron(cron);
	const rawKeep = read(getenv, 'BACKUP_KEEP');
	const keep = rawKeep === '' ? DEFAULT_KEEP : Number(rawKeep);
	if (!/^\d*$/.test(rawKeep) || !Number.isInteger(keep) || keep < 1 || keep > 365)
		throw new Error(`BACKUP_KEEP must be a whole number from 1 to 365, not "${rawKeep}"`);
	return { cron, cronMaxKeep: keep, s3: s3FromEnv(getenv) };
}

/**
 * Writes the environment's backup settings into the app settings when they differ; true when it saved.
 * @param {any} app
 * @param {(name: string) => string} getenv
 */
function applyBackupSettings(app, getenv) {
	const wanted = backupSettingsFromEnv(getenv);
	const settings = app.settings();
	const backups = settings.backups;
	const s3Keys = Object.keys(wanted.s3);
	const same =
		backups.cron === wanted.cron &&
		backups.cronMaxKeep === wanted.cronMaxKeep &&
		s3Keys.every((k) => backups.s3[k] === wanted.s3[k]);
	if (same) return false;
	backups.cron = wanted.cron;
	backups.cronMaxKeep = wanted.cronMaxKeep;
	for (const k of s3Keys) backups.s3[k] = wanted.s3[k];
	app.save(settings);
	return true;
}

module.exports = { DAILY, DEFAULT_KEEP, backupSettingsFromEnv, applyBackupSettings };
