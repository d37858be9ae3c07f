// The lobby screen (/affichage/<site>): a site's latest published results as a few large slides that
// follow each other. Pure: which slides, how long each stays.
import { siteEngagementRows, siteRow, type ComplaintsView, type RateRow } from './publication-view';
import type { Snapshot } from '$lib/domain/snapshot';

export type Slide =
	| { kind: 'overall'; row: RateRow | null }
	| { kind: 'engagements'; rows: RateRow[]; page: number; pages: number }
	| { kind: 'complaints'; complaints: ComplaintsView };

/** Seconds a slide stays by default: long enough to read from across the hall. */
export const DEFAULT_SECONDS = 12;

/** Engagements per slide: each stays readable from 3 m. */
export const ENGAGEMENTS_PER_SLIDE = 4;

/** The slides of a site: its overall rate, its engagements a few at a time, then complaints answered in time. */
export function lobbySlides(snapshot: Snapshot, siteId: string, perSlide = ENGAGEMENTS_PER_SLIDE): Slide[] {
	const slides: Slide[] = [{ kind: 'overall', row: siteRow(snapshot, siteId) }];
	const rows = siteEngagementRows(snapshot, siteId);
	const pages = Math.ceil(rows.length / perSlide);
	for (let page = 0; page < pages; page++)
		slides.push({
			kind: 'engagements',
			rows: rows.slice(page * perSlide, (page + 1) * perSlide),
			page: page + 1,
			pages
		});
	if (snapshot.complaints.received > 0) slides.push({ kind: 'complaints', complaints: viewOf(snapshot) });
	return slides;
}

const viewOf = (snapshot: Snapshot): ComplaintsView => ({
	received: snapshot.complaints.received,
	answered: snapshot.complaints.answered,
	inTimeShare: snapshot.complaints.in_time_share,
	medianDays: snapshot.complaints.median_days
});

/** The `?secondes=` parameter (a screen's own pace, and tests), between 2 and 120; 12 otherwise. */
export function rotationSeconds(param: string | null): number {
	const value = Number(param);
	if (!param || !Number.isFinite(value)) return DEFAULT_SECONDS;
	return Math.min(120, Math.max(2, Math.round(value)));
}

/** The slide after `index`, back to the first after the last. */
export function nextIndex(index: number, count: number): number {
	return count > 0 ? (index + 1) % count : 0;
}

/**
 * Rotation runs with more than one slide, unless someone paused it, or hovers or focuses the screen
 * (WCAG 2.2.2) — except just after they asked to resume, until the pointer or the focus leaves.
 */
export function rotates(state: {
	count: number;
	hovered: boolean;
	focused: boolean;
	paused: boolean;
	resumed?: boolean;
}): boolean {
	if (state.count <= 1 || state.paused) return false;
	return state.resumed === true || (!state.hovered && !state.focused);
}
