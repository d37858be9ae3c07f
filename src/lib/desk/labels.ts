// What agents read for a complaint's status, kind, channel and urgency: catalogue wording and the DSFR
// badge that goes with it.
import type { COMPLAINT_CHANNELS, COMPLAINT_KINDS, COMPLAINT_STATUSES } from '$lib/domain/complaint';
import { m } from '$lib/i18n/messages';
import type { StatusFilter } from './inbox-query';

export type Status = (typeof COMPLAINT_STATUSES)[number];
export type Kind = (typeof COMPLAINT_KINDS)[number];
export type Channel = (typeof COMPLAINT_CHANNELS)[number];
export type Urgency = 'overdue' | 'due_soon' | 'on_time' | 'paused' | 'done' | 'unknown';

/** A DSFR badge: its text and its colour modifier ('' for the neutral one). */
export interface Badge {
	label: string;
	tone: '' | 'new' | 'info' | 'warning' | 'error' | 'success';
}

const STATUS: Record<Status, () => string> = {
	received: m.complaint_status_received,
	in_progress: m.complaint_status_in_progress,
	waiting: m.complaint_status_waiting,
	answered: m.complaint_status_answered,
	closed: m.complaint_status_closed
};

const STATUS_TONE: Record<Status, Badge['tone']> = {
	received: 'new',
	in_progress: 'info',
	waiting: 'info',
	answered: 'success',
	closed: ''
};

const FILTER: Record<StatusFilter, () => string> = {
	open: m.desk_filter_status_open,
	all: m.desk_filter_status_all,
	...STATUS
};

const KIND: Record<Kind, () => string> = {
	complaint: m.complaint_kind_complaint,
	information: m.complaint_kind_information
};

const known = <K extends string>(table: Record<K, () => string>, key: string): string =>
	key in table ? table[key as K]() : key;

/** "À traiter", "En cours", … */
export const statusLabel = (status: string): string => known(STATUS, status);
/** A status filter's name ("Ouvertes", "Toutes", or a status). */
export const statusFilterLabel = (filter: string): string => known(FILTER, filter);
export const kindLabel = (kind: string): string => known(KIND, kind);

/** The status badge. */
export function statusBadge(status: string): Badge {
	return { label: statusLabel(status), tone: STATUS_TONE[status as Status] ?? '' };
}

/** "3 jours ouvrés restants", "Dernier jour", "1 jour ouvré de retard". */
export function daysLeftLabel(days: number): string {
	if (days === 0) return m.desk_days_left_zero();
	if (days === 1) return m.desk_days_left_one();
	if (days > 1) return m.desk_days_left({ count: days });
	return days === -1 ? m.desk_days_late_one() : m.desk_days_late({ count: -days });
}

/**
 * The deadline badge of an item, or null when its deadline needs no attention: "Échéance proche" with
 * the working days left, "En retard", "En attente du demandeur" (the clock is paused).
 */
export function urgencyBadge(item: { urgency: string; days_left: number | null }): Badge | null {
	switch (item.urgency) {
		case 'overdue':
			return { label: m.common_overdue(), tone: 'error' };
		case 'due_soon':
			return {
				label:
					item.days_left === null
						? m.desk_urgency_due_soon()
						: m.desk_urgency_due_soon_days({ days: daysLeftLabel(item.days_left) }),
				tone: 'warning'
			};
		case 'paused':
			return { label: m.complaint_status_waiting(), tone: 'info' };
		default:
			return null;
	}
}

/** DSFR classes of a badge. */
export function badgeClass(badge: Badge): string {
	return `fr-badge fr-badge--sm${badge.tone ? ` fr-badge--${badge.tone}` : ''}`;
}
