// Test data: a publication snapshot as the server makes it, small enough to read.
import type { Snapshot, SnapshotCell } from './snapshot';

/** A published cell with n answers of which `satisfied` are satisfied. */
export function cell(
	dimension: SnapshotCell['dimension'],
	key: string,
	label: string,
	n: number,
	satisfied: number
): SnapshotCell {
	const rate = satisfied / n;
	return {
		dimension,
		key,
		label,
		suppressed: false,
		n,
		counts: {
			very_satisfied: 0,
			satisfied,
			dissatisfied: n - satisfied,
			very_dissatisfied: 0,
			no_opinion: 1
		},
		rate,
		net: (2 * satisfied - n) / n,
		ci_low: Math.max(0, rate - 0.1),
		ci_high: Math.min(1, rate + 0.1),
		below_threshold: rate < 0.75
	};
}

/** A suppressed cell: no figure at all. */
export const hidden = (dimension: SnapshotCell['dimension'], key: string, label: string): SnapshotCell => ({
	dimension,
	key,
	label,
	suppressed: true,
	n: null
});

export function snapshot(cells: SnapshotCell[] = []): Snapshot {
	return {
		version: 1,
		label: 'Octobre 2026',
		period: { from: '2026-10-01', to: '2026-10-31' },
		organisation: 'Préfecture de démonstration',
		policy: { threshold: 0.75, minimum_sample: 10 },
		cells: [cell('total', '', 'Préfecture de démonstration', 200, 170), ...cells],
		complaints: { received: 12, answered: 10, in_time_share: 0.9, median_days: 4 }
	};
}
