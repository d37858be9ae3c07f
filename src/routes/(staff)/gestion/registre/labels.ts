// The register's keys in words (messages/register): one message per activity, purpose, legal basis, kind of
// person, category, retention rule, recipient and measure; the values come from the server's answer.
import { m } from '$lib/i18n/messages';
import type {
	ACTIVITIES,
	Category,
	LEGAL_BASES,
	MEASURES,
	Measure,
	PEOPLE,
	Recipient,
	Register,
	Retention
} from '$lib/pb/register';

type Words<K extends string> = Record<K, () => string>;

export const ACTIVITY_TITLES: Words<(typeof ACTIVITIES)[number]> = {
	surveys: m.common_surveys,
	complaints: m.common_complaints,
	suggestions: m.common_suggestions,
	staff: m.common_staff_accounts,
	logs: m.reg_activity_logs
};

export const PURPOSES: Words<(typeof ACTIVITIES)[number]> = {
	surveys: m.reg_purpose_surveys,
	complaints: m.reg_purpose_complaints,
	suggestions: m.reg_purpose_suggestions,
	staff: m.reg_purpose_staff,
	logs: m.reg_purpose_logs
};

export const LEGAL_BASIS_TEXTS: Words<(typeof LEGAL_BASES)[number]> = {
	quality_programme: m.reg_basis_quality_programme,
	public_interest: m.reg_basis_public_interest,
	crpa: m.reg_basis_crpa,
	security: m.reg_basis_security
};

export const PEOPLE_LABELS: Words<(typeof PEOPLE)[number]> = {
	visitors: m.reg_people_visitors,
	complainants: m.reg_people_complainants,
	staff: m.reg_people_staff
};

export const CATEGORY_LABELS: Words<Category> = {
	identity: m.reg_cat_identity,
	contact: m.reg_cat_contact,
	free_text: m.reg_cat_free_text,
	attachments: m.common_attachments,
	case: m.reg_cat_case,
	case_text: m.reg_cat_case_text,
	answers: m.reg_cat_answers,
	staff_identity: m.reg_cat_staff_identity,
	staff_reference: m.reg_cat_staff_reference,
	credentials: m.reg_cat_credentials,
	connection: m.reg_cat_connection
};

const FIXED_MEASURES: Words<Exclude<(typeof MEASURES)[number], 'passwords'>> = {
	tls: m.reg_m_tls,
	anonymous_rows: m.reg_m_anonymous_rows,
	roles: m.reg_m_roles,
	hashed_tokens: m.reg_m_hashed_tokens,
	rate_limits: m.reg_m_rate_limits,
	trail: m.reg_m_trail,
	backups: m.reg_m_backups,
	retention_job: m.reg_m_retention_job,
	log_cleanup: m.reg_m_log_cleanup
};

/** How long a category is kept, with the policy's figures. */
export function retentionText(retention: Retention): string {
	switch (retention.rule) {
		case 'after_closure':
			return m.reg_ret_after_closure({ months: retention.months, years: retention.holdYears });
		case 'after_day':
			return m.reg_ret_after_day({ months: retention.months });
		case 'logs':
			return m.reg_ret_logs({ days: retention.days });
		case 'anonymous':
			return m.reg_ret_anonymous();
		case 'anonymised':
			return m.reg_ret_anonymised();
		case 'trail':
			return m.reg_ret_trail();
		case 'unlimited':
			return m.reg_ret_unlimited();
		case 'account':
			return m.reg_ret_account();
	}
}

/** Who receives the data: a role (with its number of accounts), a relay or a storage by host name. */
export function recipientText(recipient: Recipient): string {
	switch (recipient.kind) {
		case 'site_agents':
			return m.reg_rcpt_site_agents({ count: recipient.count });
		case 'referents':
			return m.reg_rcpt_referents({ count: recipient.count });
		case 'admins':
			return m.reg_rcpt_admins({ count: recipient.count });
		case 'smtp':
			return m.reg_rcpt_smtp({ host: recipient.host });
		case 's3':
			return m.reg_rcpt_s3({ host: recipient.host });
		case 'all_staff':
			return m.reg_rcpt_all_staff();
		case 'operator':
			return m.reg_rcpt_operator();
	}
}

export function measureText(measure: Measure): string {
	return measure.key === 'passwords'
		? m.reg_m_passwords({ min: measure.minLength })
		: FIXED_MEASURES[measure.key]();
}

/** What the backups keep of erased data, and where they are. */
export function backupsText(backups: Register['backups']): string {
	const { enabled, keep, cron, spanDays, s3Host } = backups;
	if (!enabled) return m.reg_backups_none();
	const kept =
		spanDays === null
			? m.reg_backups_keep({ keep, cron })
			: m.reg_backups_span({ keep, cron, days: spanDays });
	return `${kept} ${s3Host ? m.reg_backups_s3({ host: s3Host }) : m.reg_backups_local()}`;
}

export function transfersText(transfers: Register['transfers']): string {
	return transfers.s3Host ? m.reg_transfers_s3({ host: transfers.s3Host }) : m.reg_transfers_none();
}
