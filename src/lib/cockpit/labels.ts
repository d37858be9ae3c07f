// What the referent reads on the board and in the plan: periods, break-downs, the board's keys
// (engagement, question, site, point, channel, month) and the actions' statuses, in catalogue wording.
import type { ActionStatus } from '$lib/domain/cockpit';
import { channelLabel } from '$lib/channel-label';
import { formatDay, formatMonth } from '$lib/format';
import { m } from '$lib/i18n/messages';
import type { Describe } from './board';
import type { BoardQuery, Breakdown } from './board-query';
import type { PointRef, References, SiteRef } from '$lib/pb/indicators';
import { QUARTER_PATTERN, type DateRange } from './period';

const BY: Record<Breakdown, () => string> = {
	engagement: m.cockpit_by_engagement,
	question: m.cockpit_by_question,
	site: m.common_by_site,
	point: m.common_by_point,
	channel: m.common_by_channel,
	month: m.common_by_month
};
const DIMENSION: Record<Breakdown, () => string> = {
	engagement: m.common_engagement,
	question: m.cockpit_dim_question,
	site: m.common_site,
	point: m.common_point,
	channel: m.common_channel,
	month: m.common_month
};
const STATUS: Record<ActionStatus, () => string> = {
	open: m.action_status_open,
	in_progress: m.action_status_in_progress,
	done: m.action_status_done,
	abandoned: m.action_status_abandoned
};

/** "Par engagement", "Évolution mois par mois"… */
export const byLabel = (by: string): string => (by in BY ? BY[by as Breakdown]() : by);
/** The column heading of a break-down ("Engagement", "Mois"…). */
export const dimensionLabel = (by: string): string => (by in DIMENSION ? DIMENSION[by as Breakdown]() : by);
export const actionStatusLabel = (status: string): string =>
	status in STATUS ? STATUS[status as ActionStatus]() : status;

/** A DSFR badge class for an action's status. */
export function actionStatusBadge(status: string): string {
	const tone = { open: 'new', in_progress: 'info', done: 'success', abandoned: '' }[status] ?? '';
	return `fr-badge fr-badge--sm${tone ? ` fr-badge--${tone}` : ''}`;
}

/** A calendar anchor as read: "octobre 2026", "3e trimestre 2026", "Année 2025". */
export function anchorLabel(kind: BoardQuery['period'], anchor: string, locale: string): string {
	if (kind === 'month') return formatMonth(anchor, locale);
	if (kind === 'quarter') {
		const match = QUARTER_PATTERN.exec(anchor);
		const [year, quarter] = [match?.[1] ?? '', Number(match?.[2])];
		return quarter === 1 ? m.cockpit_quarter_first({ year }) : m.common_quarter_of({ quarter, year });
	}
	return m.cockpit_year({ year: anchor });
}

/** A range of dates as read: "du 1er octobre 2026 au 15 octobre 2026". */
export const rangeLabel = (range: DateRange, locale: string): string =>
	m.common_date_range({ from: formatDay(range.from, locale), to: formatDay(range.to, locale) });

/** The board's period as read: the calendar name when it has one, the dates otherwise. */
export function periodLabel(query: BoardQuery, range: DateRange, locale: string): string {
	return query.period === 'custom' ? rangeLabel(range, locale) : anchorLabel(query.period, query.at, locale);
}

/** An engagement's name: "7. Un temps d’attente adapté…". */
export const engagementName = (e: { number: number; label: string }): string =>
	m.engagement_name({ number: e.number, label: e.label });

/**
 * Names a reception point with its site ("Metz — Accueil général"): two sites often have points of the same
 * name.
 */
export function pointNamer(sites: SiteRef[]): (point: PointRef) => string {
	const names = new Map(sites.map((s) => [s.id, s.name]));
	return (point) => `${names.get(point.site) ?? ''} — ${point.name}`;
}

/** How the board's keys read and sort, for one break-down. */
export function describer(by: string, refs: References, locale: string): Describe {
	const unknown = (key: string) => ({ label: m.cockpit_unknown_key({ key }), rank: `~${key}` });
	switch (by) {
		case 'engagement': {
			const map = new Map(refs.engagements.map((e) => [e.id, e]));
			return (key) => {
				const e = map.get(key);
				return e ? { label: engagementName(e), rank: e.module * 100 + e.number } : unknown(key);
			};
		}
		case 'question': {
			const map = new Map(refs.questions.map((q) => [q.id, q]));
			return (key) => {
				const q = map.get(key);
				if (!q) return unknown(key);
				const label = q.label[locale] || q.label.fr || '';
				return { label: m.cockpit_question_label({ position: q.position, label }), rank: q.position };
			};
		}
		case 'site': {
			const map = new Map(refs.sites.map((s) => [s.id, s.name]));
			return (key) => (map.has(key) ? { label: map.get(key)!, rank: map.get(key)! } : unknown(key));
		}
		case 'point': {
			const name = pointNamer(refs.sites);
			const map = new Map(refs.points.map((p) => [p.id, p]));
			return (key) => {
				if (key === '') return { label: m.common_no_point(), rank: '~' };
				const p = map.get(key);
				if (!p) return unknown(key);
				const label = name(p);
				return { label, rank: label };
			};
		}
		case 'channel':
			return (key) => ({ label: channelLabel(key), rank: ['kiosk', 'web', 'paper'].indexOf(key) });
		case 'month':
			return (key) => ({ label: formatMonth(key, locale), rank: key });
		default:
			return (key) => ({ label: key, rank: key });
	}
}

const ERRORS: Record<string, () => string> = {
	required: m.cockpit_error_required,
	before_from: m.validation_before_from,
	too_long: m.cockpit_error_too_long
};

/** A period or filter code (ours or the server's) as a sentence. */
export const errorText = (code: string): string => ERRORS[code]?.() ?? m.cockpit_error_invalid();
