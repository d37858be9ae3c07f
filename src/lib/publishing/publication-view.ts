// What a results page shows of a snapshot: the overall figure, then one section per dimension, each a
// list of rows for a bar chart and its data table, in an order a reader expects, named in the reader's
// language where the product has the words. Pure.
import { channelLabel } from '$lib/channel-label';
import { formatCount } from '$lib/format';
import { m } from '$lib/i18n/messages';
import type { Dimension, Snapshot, SnapshotCell } from '$lib/domain/snapshot';

/** A row of a rate chart (the props of components/charts/RateBars.svelte). */
export interface RateRow {
	key: string;
	label: string;
	rate: number | null;
	/** Answers giving an opinion. */
	n: number | null;
	/** The people behind them (survey responses), when the snapshot has them. */
	responses?: number;
	low?: number;
	high?: number;
	belowThreshold?: boolean;
	suppressed?: boolean;
}

/** The sections of the results page, in their order. */
export const SECTIONS = ['engagement', 'site', 'point', 'channel', 'month'] as const;
export type SectionDimension = (typeof SECTIONS)[number];

export interface Section {
	dimension: SectionDimension;
	rows: RateRow[];
	/** Rows with no published figure (fewer answers than the minimum sample). */
	suppressed: number;
}

export interface ComplaintsView {
	received: number;
	answered: number;
	inTimeShare: number | null;
	medianDays: number | null;
}

export interface PublicationView {
	label: string;
	period: { from: string; to: string };
	organisation: string;
	threshold: number;
	minimumSample: number;
	total: RateRow | null;
	sections: Section[];
	complaints: ComplaintsView;
}

const CHANNEL_ORDER = ['kiosk', 'web', 'paper'];
const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** The leading number of an engagement label ("12. Nous…"), for framework order. */
function leadingNumber(label: string): number {
	const match = /^(\d+)\./.exec(label);
	return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/** A snapshot cell as a chart row; a suppressed cell carries no figure at all. */
export function rowOf(cell: SnapshotCell, label = cell.label): RateRow {
	if (cell.suppressed) return { key: cell.key, label, rate: null, n: null, suppressed: true };
	return {
		key: cell.key,
		label,
		rate: cell.rate ?? null,
		n: cell.n,
		...(cell.responses !== undefined ? { responses: cell.responses } : {}),
		...(cell.ci_low != null ? { low: cell.ci_low } : {}),
		...(cell.ci_high != null ? { high: cell.ci_high } : {}),
		belowThreshold: cell.below_threshold ?? false,
		suppressed: false
	};
}

/**
 * The size of a figure, people and answers apart ("Personnes interrogées : 312 · réponses : 1 258", a
 * wording right for any count): about
 * five answers a visitor, so neither may pass for the other. Answers alone for a snapshot published
 * before people were counted.
 */
export function sampleText(row: Pick<RateRow, 'n' | 'responses'>, locale: string): string {
	const answers = formatCount(row.n ?? 0, locale);
	return row.responses === undefined
		? m.pub_sample_answers({ answers })
		: m.pub_sample({ responses: formatCount(row.responses, locale), answers });
}

/** Orders the rows of a dimension: framework order, chronological, fixed channel order, or by name. */
export function sortRows(dimension: Dimension, rows: RateRow[]): RateRow[] {
	const sorted = [...rows];
	if (dimension === 'engagement')
		sorted.sort(
			(a, b) => leadingNumber(a.label) - leadingNumber(b.label) || collator.compare(a.label, b.label)
		);
	else if (dimension === 'month') sorted.sort((a, b) => a.key.localeCompare(b.key));
	else if (dimension === 'channel')
		sorted.sort((a, b) => rank(CHANNEL_ORDER, a.key) - rank(CHANNEL_ORDER, b.key));
	else sorted.sort((a, b) => collator.compare(a.label, b.label));
	return sorted;
}

const rank = (order: string[], key: string) => {
	const index = order.indexOf(key);
	return index < 0 ? order.length : index;
};

export interface ViewOptions {
	/** Reception point id → its site's name: the same point name ("Accueil général") exists on each site. */
	pointSite?: Record<string, string>;
}

/**
 * A cell's name in the reader's language: the snapshot froze French names, but channels and "no reception
 * point" are the product's own words and have a translation; places and engagements are names.
 */
function readerLabel(cell: SnapshotCell, options: ViewOptions): string {
	if (cell.dimension === 'channel') return channelLabel(cell.key);
	if (cell.dimension !== 'point') return cell.label;
	if (cell.key === '') return m.common_no_point();
	const site = options.pointSite?.[cell.key];
	return site ? `${cell.label} (${site})` : cell.label;
}

/** The whole results page of a snapshot. */
export function publicationView(snapshot: Snapshot, options: ViewOptions = {}): PublicationView {
	const totalCell = snapshot.cells.find((c) => c.dimension === 'total');
	const sections = SECTIONS.map((dimension) => {
		const rows = snapshot.cells
			.filter((c) => c.dimension === dimension)
			.map((cell) => rowOf(cell, readerLabel(cell, options)));
		return {
			dimension,
			rows: sortRows(dimension, rows),
			suppressed: rows.filter((r) => r.suppressed).length
		};
	}).filter((section) => section.rows.length > 0);
	return {
		label: snapshot.label,
		period: snapshot.period,
		organisation: snapshot.organisation,
		threshold: snapshot.policy.threshold,
		minimumSample: snapshot.policy.minimum_sample,
		total: totalCell ? rowOf(totalCell) : null,
		sections,
		complaints: {
			received: snapshot.complaints.received,
			answered: snapshot.complaints.answered,
			inTimeShare: snapshot.complaints.in_time_share,
			medianDays: snapshot.complaints.median_days
		}
	};
}

/** A site's engagements (the snapshot's site × engagement cells), labelled by engagement alone. */
export function siteEngagementRows(snapshot: Snapshot, siteId: string): RateRow[] {
	const engagementLabel = new Map(
		snapshot.cells.filter((c) => c.dimension === 'engagement').map((c) => [c.key, c.label])
	);
	const rows = snapshot.cells
		.filter((c) => c.dimension === 'site_engagement' && c.key.startsWith(`${siteId}|`))
		.map((cell) => {
			const engagement = cell.key.slice(siteId.length + 1);
			const label = engagementLabel.get(engagement) ?? cell.label.split(' – ').slice(1).join(' – ');
			return { ...rowOf(cell, label || cell.label), key: engagement };
		});
	return sortRows('engagement', rows);
}

/** The site's own overall cell, or null when the publication has none for it. */
export function siteRow(snapshot: Snapshot, siteId: string): RateRow | null {
	const cell = snapshot.cells.find((c) => c.dimension === 'site' && c.key === siteId);
	return cell ? rowOf(cell) : null;
}
