// The register's answer from plain values (lib/register-route.js reads them from the app): the activities
// of lib/register.js filled with the fields the live schema holds, the policy's periods, the backups, the
// recipients' hosts (never a credential). Pure.
const { CATEGORIES, ACTIVITIES, LOG_FIELDS, classify } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/register.js` : './register.js'
);

/**
 * The host name of a relay or an endpoint: no scheme, no user or password, no port, no path.
 * "https://key:secret@s3.example.org:9000/bucket" → "s3.example.org"; '' for nothing usable.
 */
function hostOf(value) {
	if (typeof value !== 'string') return '';
	const withoutScheme = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
	const authority = withoutScheme.split(/[/?#]/)[0];
	const host = authority.slice(authority.lastIndexOf('@') + 1);
	if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
	return host.replace(/:\d*$/, '');
}

const DAY_FIELD = /^\d{1,2}$/;

/**
 * How many days a copy erased from the database lives on in the backups: `keep` backups taken on `cron`,
 * when the schedule is a plain daily, weekly or hourly one; null otherwise (or without automatic backups).
 */
function backupSpanDays(cron, keep) {
	if (!cron || !Number.isInteger(keep) || keep < 1) return null;
	if (cron === '@daily' || cron === '@midnight') return keep;
	if (cron === '@weekly') return keep * 7;
	if (cron === '@hourly') return Math.ceil(keep / 24);
	const [minute, hour, dayOfMonth, month, dayOfWeek, ...rest] = cron.trim().split(/\s+/);
	if (rest.length > 0 || !DAY_FIELD.test(minute ?? '') || dayOfMonth !== '*' || month !== '*') return null;
	if (hour === '*' && dayOfWeek === '*') return Math.ceil(keep / 24);
	if (!DAY_FIELD.test(hour ?? '')) return null;
	if (dayOfWeek === '*') return keep;
	return /^\d$/.test(dayOfWeek ?? '') ? keep * 7 : null;
}

/** A retention rule with the values it needs. */
function retentionOf(rule, values) {
	if (rule === 'after_closure') return { rule, months: values.retentionMonths, holdYears: values.holdYears };
	if (rule === 'after_day') return { rule, months: values.retentionMonths };
	if (rule === 'logs') return { rule, days: values.logDays };
	return { rule };
}

/** The measure of a key, with the value it states. */
function measureOf(key, values) {
	return key === 'passwords' ? { key, minLength: values.passwordMinLength } : { key };
}

function recipientOf(kind, values) {
	if (kind === 'smtp') return values.smtpHost ? { kind, host: values.smtpHost } : null;
	if (kind === 'site_agents') return { kind, count: values.roleCounts.agent || 0 };
	if (kind === 'referents') return { kind, count: values.roleCounts.referent || 0 };
	if (kind === 'admins') return { kind, count: values.roleCounts.admin || 0 };
	return { kind };
}

/**
 * The categories an activity shows, each with its fields (as "collection.field", in the schema's order)
 * and its retention. `schema`: collection → its field names, as the database has them now.
 */
function dataOf(activity, schema, values) {
	const byCategory = {};
	const add = (category, field) => (byCategory[category] = byCategory[category] || []).push(field);
	for (const [collection, { categories }] of Object.entries(activity.sources)) {
		for (const field of schema[collection] || []) {
			const category = classify(collection, field);
			if (!category || !CATEGORIES[category].shown) continue;
			if (categories && !categories.includes(category)) continue;
			add(category, `${collection}.${field}`);
		}
	}
	if (activity.logs) for (const field of LOG_FIELDS) add('connection', `logs.${field}`);
	return Object.keys(CATEGORIES)
		.filter((category) => byCategory[category])
		.map((category) => ({
			category,
			fields: byCategory[category],
			retention: retentionOf(activity.retention[category] || 'unlimited', values)
		}));
}

/** Every field of the schema that the classification does not know, as "collection.field". */
function unclassifiedFields(schema) {
	const missing = [];
	for (const [collection, fields] of Object.entries(schema))
		for (const field of fields) if (!classify(collection, field)) missing.push(`${collection}.${field}`);
	return missing;
}

/**
 * The register.
 * @param {{ nowISO: string, policy: { organisationName: string, organisationAddress: string,
 *   organisationEmail: string, dpoEmail: string, hosting: string }, schema: Record<string, string[]>,
 *   retentionMonths: number, logDays: number, holdYears: number, passwordMinLength: number,
 *   roleCounts: Record<string, number>, smtpHost: string, backups: { cron: string, keep: number,
 *   s3Host: string } }} values
 */
function buildRegister(values) {
	const { policy, backups } = values;
	const s3Host = backups.s3Host || null;
	return {
		generatedAt: values.nowISO,
		organisation: {
			name: policy.organisationName,
			address: policy.organisationAddress,
			email: policy.organisationEmail
		},
		dpoEmail: policy.dpoEmail,
		hosting: policy.hosting,
		transfers: { s3Host },
		backups: {
			enabled: backups.cron !== '',
			cron: backups.cron,
			keep: backups.keep,
			spanDays: backupSpanDays(backups.cron, backups.keep),
			s3Host
		},
		activities: ACTIVITIES.map((activity) => ({
			key: activity.key,
			legalBases: activity.legalBases,
			people: activity.people,
			data: dataOf(activity, values.schema, values),
			recipients: [
				...activity.recipients.map((kind) => recipientOf(kind, values)).filter(Boolean),
				...(s3Host ? [{ kind: 's3', host: s3Host }] : [])
			],
			measures: activity.measures.map((key) => measureOf(key, values))
		})),
		unclassified: unclassifiedFields(values.schema)
	};
}

module.exports = { hostOf, backupSpanDays, retentionOf, unclassifiedFields, buildRegister };
