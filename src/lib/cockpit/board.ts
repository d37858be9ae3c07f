// The board's rows: the route's counts turned into n, rate, net satisfaction, 95 % Wilson interval,
// change in points against the previous period, "under the threshold" and "small sample". Pure.
import { changeInPoints, satisfaction, type ScaleCounts } from '$lib/domain/indicators';

export interface BoardCell {
	key: string;
	counts: ScaleCounts;
	/** Absent for break-downs by date (their previous period is only in the total). */
	previous?: ScaleCounts | null;
}

export interface BoardRow {
	key: string;
	label: string;
	counts: ScaleCounts;
	/** Answers with an opinion. */
	n: number;
	rate: number | null;
	net: number | null;
	low: number | null;
	high: number | null;
	previousRate: number | null;
	/** In percentage points; null when either period has no opinion or is a small sample. */
	change: number | null;
	/** n < the policy's minimum sample: shown with a warning, its rate not judged. */
	small: boolean;
	belowThreshold: boolean;
}

export interface Policy {
	threshold: number;
	minimum_sample: number;
}

/** How a key reads and where it sorts (engagement number, question position, name…). */
export type Describe = (key: string) => { label: string; rank: number | string };

/** One row from a cell's counts and (if any) the previous period's. */
export function rowOf(cell: BoardCell, label: string, policy: Policy): BoardRow {
	const now = satisfaction(cell.counts, policy.threshold, policy.minimum_sample);
	const before = cell.previous ? satisfaction(cell.previous, policy.threshold, policy.minimum_sample) : null;
	// A change measured on too few answers would be noise presented as a trend.
	const comparable = before !== null && !now.small && !before.small;
	return {
		key: cell.key,
		label,
		counts: cell.counts,
		n: now.n,
		rate: now.rate,
		net: now.net,
		low: now.interval?.low ?? null,
		high: now.interval?.high ?? null,
		previousRate: before?.rate ?? null,
		change: comparable ? changeInPoints(now.rate, before.rate) : null,
		small: now.small,
		belowThreshold: now.belowThreshold
	};
}

/** The rows of the answer's cells, in the order `describe` gives them, and the total row. */
export function boardRows(
	answer: { cells: BoardCell[]; total: { counts: ScaleCounts; previous: ScaleCounts }; by: string },
	policy: Policy,
	describe: Describe,
	totalLabel: string
): { rows: BoardRow[]; total: BoardRow } {
	const dated = answer.by === 'month' || answer.by === 'day';
	const described = answer.cells.map((cell) => ({ cell, ...describe(cell.key) }));
	described.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.label.localeCompare(b.label)));
	return {
		rows: described.map(({ cell, label }) =>
			rowOf({ ...cell, previous: dated ? null : cell.previous }, label, policy)
		),
		total: rowOf(
			{ key: '', counts: answer.total.counts, previous: answer.total.previous },
			totalLabel,
			policy
		)
	};
}
