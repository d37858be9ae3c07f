// The register of processing activities (RGPD art. 30) as data (pb_hooks/17_register.pb.js): each activity
// with its purpose, legal basis, people, the categories of data with the fields the live schema holds,
// their retention, recipients and security measures. Words are the back office's (messages/register);
// here are keys and the values they need, read from the same places the retention job, the log settings
// and the backups read theirs (lib/register-route.js gathers them). Pure.

/**
 * The categories of data. `shown`: whether the register lists it; ids, timestamps and reference data
 * (sites, questionnaires, aggregates) say nothing about a person.
 */
const CATEGORIES = {
	identity: { shown: true },
	contact: { shown: true },
	free_text: { shown: true },
	attachments: { shown: true },
	case: { shown: true },
	case_text: { shown: true },
	answers: { shown: true },
	staff_identity: { shown: true },
	staff_reference: { shown: true },
	credentials: { shown: true },
	connection: { shown: true },
	technical: { shown: false },
	not_personal: { shown: false }
};

const every = (category, names) => Object.fromEntries(names.map((name) => [name, category]));
const REFERENCE_FIELDS = ['id', 'name', 'slug', 'created', 'updated'];
const AUTH_FIELDS = ['password', 'tokenKey', 'email', 'emailVisibility', 'verified'];

/**
 * THE classification: every field of every collection of the data model, by category. A field missing
 * here shows as unclassified in the register, and fails tests/integration/register.test.ts.
 */
const FIELDS = {
	sites: every('not_personal', [
		...REFERENCE_FIELDS,
		...['department_code', 'zone', 'time_zone', 'closures', 'active'],
		// The service's own contact, printed on posters and acknowledgements: nobody's personal address.
		...['contact_email', 'contact_address']
	]),
	reception_points: every('not_personal', [...REFERENCE_FIELDS, 'site', 'kind', 'active']),
	engagements: every('not_personal', ['id', 'module', 'number', 'theme', 'label', 'created', 'updated']),
	questionnaires: every('not_personal', [
		'id',
		'code',
		'version',
		'status',
		'title',
		'languages',
		'created',
		'updated'
	]),
	questions: every('not_personal', [
		'id',
		'questionnaire',
		'engagement',
		'position',
		'label',
		'created',
		'updated'
	]),
	policies: every('not_personal', [
		...['id', 'organisation_name', 'organisation_address', 'organisation_email', 'dpo_email', 'hosting'],
		...['complaint_deadline_days', 'information_deadline_days', 'satisfaction_threshold', 'minimum_sample'],
		...['retention_months', 'log_retention_days', 'kiosk_cooldown_seconds', 'created', 'updated'],
		...['alert_window', 'alert_window_size', 'alert_notify_agents']
	]),
	staff: {
		...every('staff_identity', ['name', 'email', 'role', 'sites']),
		...every('credentials', ['password', 'tokenKey']),
		...every('technical', ['id', 'emailVisibility', 'verified', 'created', 'updated'])
	},
	// A lobby tablet: a device, not a person; its secrets open the kiosk, not anybody's data.
	kiosks: {
		...every('not_personal', ['name', 'site', 'reception_point', 'languages', 'status']),
		...every('technical', ['id', 'last_seen_at', 'health', 'created', 'updated', ...AUTH_FIELDS]),
		...every('technical', [
			'enrolment_hash',
			'enrolment_expires_at',
			'pin_salt',
			'pin_hash',
			'pin_iterations'
		])
	},
	survey_responses: {
		...every('answers', ['questionnaire', 'site', 'reception_point', 'channel', 'language', 'day']),
		comment: 'free_text',
		id: 'technical'
	},
	survey_answers: {
		...every('answers', ['response', 'question', 'engagement', 'questionnaire', 'site', 'reception_point']),
		...every('answers', ['channel', 'day', 'value']),
		id: 'technical'
	},
	answer_counts: every('not_personal', [
		...['id', 'day', 'site', 'reception_point', 'channel', 'questionnaire', 'question', 'engagement'],
		...['value', 'n']
	]),
	suggestions: {
		...every('case', ['site', 'reception_point', 'channel', 'day', 'status', 'anonymised_at']),
		text: 'free_text',
		email: 'contact',
		anonymised_reason: 'case_text',
		id: 'technical'
	},
	complaints: {
		contact_name: 'identity',
		...every('contact', ['contact_email', 'contact_address', 'contact_phone']),
		...every('free_text', ['subject', 'description']),
		attachments: 'attachments',
		...every('case_text', ['answer', 'hold_reason']),
		tracking_token_hash: 'credentials',
		assignee: 'staff_reference',
		...every('case', ['kind', 'channel', 'site', 'reception_point', 'engagement', 'service', 'reference']),
		...every('case', ['status', 'language', 'ack_status', 'received_at', 'deadline_at', 'answered_at']),
		...every('case', ['answered_in_time', 'first_response_at', 'waiting_since', 'paused_days']),
		...every('case', ['anonymised_at', 'hold_until', 'erasure_requested_at', 'created', 'updated']),
		id: 'technical'
	},
	complaint_events: {
		...every('case', ['complaint', 'type', 'created']),
		// Notes, answers, reasons of holds and corrections.
		data: 'case_text',
		actor: 'staff_reference',
		id: 'technical'
	},
	action_items: {
		...every('not_personal', ['id', 'title', 'description', 'engagement', 'site', 'reception_point']),
		...every('not_personal', ['due_date', 'status', 'trigger', 'created', 'updated']),
		owner: 'staff_reference'
	},
	action_notes: { ...every('not_personal', ['id', 'action', 'text', 'created']), author: 'staff_reference' },
	publications: {
		...every('not_personal', ['id', 'label', 'period_from', 'period_to', 'snapshot', 'created']),
		published_by: 'staff_reference'
	},
	// Threshold alerts: figures of places, and what staff did about them (comments, reasons).
	alerts: {
		...every('not_personal', ['id', 'kind', 'scope', 'site', 'reception_point', 'engagement', 'kiosk']),
		...every('not_personal', ['status', 'opened_on', 'figures', 'acknowledged_at', 'action', 'closed_at']),
		...every('not_personal', ['close_reason', 'mailed_at', 'created', 'updated']),
		...every('staff_reference', ['acknowledged_by', 'closed_by'])
	},
	alert_events: {
		...every('not_personal', ['id', 'alert', 'type', 'data', 'created']),
		actor: 'staff_reference'
	},
	// Outcomes of backups and alerts; relay errors are stored without the addresses they quote.
	ops_events: every('technical', ['id', 'kind', 'key', 'outcome', 'detail', 'created'])
};

/** The category of a field, or null when the table does not know it. */
function classify(collection, field) {
	const fields = Object.prototype.hasOwnProperty.call(FIELDS, collection) ? FIELDS[collection] : null;
	return fields && Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : null;
}

/** What PocketBase's request logs keep of each request (in auxiliary.db, not a collection). */
const LOG_FIELDS = [
	'userIP',
	'remoteIP',
	'userAgent',
	'referer',
	'url',
	'method',
	'status',
	'auth',
	'created'
];

const STAFF_REFERENCES = { categories: ['staff_reference'] };
const ROLES = ['site_agents', 'referents', 'admins'];

/**
 * The activities. `sources`: the collections read (optionally only some categories); `retention`: the rule
 * of each category shown; `recipients`, `measures`: keys. Backups (every activity) come on top.
 */
const ACTIVITIES = [
	{
		key: 'surveys',
		legalBases: ['quality_programme'],
		people: ['visitors'],
		sources: { survey_responses: {}, survey_answers: {} },
		retention: { answers: 'anonymous', free_text: 'after_day' },
		recipients: ROLES,
		measures: ['tls', 'anonymous_rows', 'roles', 'rate_limits', 'backups', 'retention_job']
	},
	{
		key: 'complaints',
		legalBases: ['public_interest', 'crpa'],
		people: ['complainants', 'staff'],
		sources: { complaints: {}, complaint_events: {} },
		retention: {
			...every('after_closure', [
				'identity',
				'contact',
				'free_text',
				'attachments',
				'case_text',
				'credentials'
			]),
			case: 'anonymised',
			staff_reference: 'trail'
		},
		recipients: [...ROLES, 'smtp'],
		measures: [
			'tls',
			'roles',
			'hashed_tokens',
			'passwords',
			'rate_limits',
			'trail',
			'backups',
			'retention_job'
		]
	},
	{
		key: 'suggestions',
		legalBases: ['quality_programme'],
		people: ['visitors'],
		sources: { suggestions: {} },
		retention: { contact: 'after_day', free_text: 'after_day', case: 'anonymised', case_text: 'anonymised' },
		recipients: ROLES,
		measures: ['tls', 'roles', 'rate_limits', 'backups', 'retention_job']
	},
	{
		key: 'staff',
		legalBases: ['public_interest', 'security'],
		people: ['staff'],
		sources: {
			staff: {},
			complaints: STAFF_REFERENCES,
			complaint_events: STAFF_REFERENCES,
			action_items: STAFF_REFERENCES,
			action_notes: STAFF_REFERENCES,
			publications: STAFF_REFERENCES,
			alerts: STAFF_REFERENCES,
			alert_events: STAFF_REFERENCES
		},
		retention: { staff_identity: 'account', credentials: 'account', staff_reference: 'trail' },
		recipients: ['all_staff', 'admins', 'smtp'],
		measures: ['tls', 'passwords', 'hashed_tokens', 'roles', 'rate_limits', 'trail', 'backups']
	},
	{
		key: 'logs',
		legalBases: ['security'],
		people: ['visitors', 'complainants', 'staff'],
		sources: {},
		logs: true,
		retention: { connection: 'logs' },
		recipients: ['operator'],
		measures: ['tls', 'rate_limits', 'log_cleanup', 'backups']
	}
];

module.exports = { CATEGORIES, FIELDS, LOG_FIELDS, ACTIVITIES, classify };
