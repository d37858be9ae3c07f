// The board as the steering committee's spreadsheet: one line per row shown (and the total), with the
// figures rounded as on screen. Pure; the page offers the text as a download.
import { m } from '$lib/i18n/messages';
import type { BoardRow } from './board';
import { toCsv, type CsvCell } from './csv';
import { percentOf } from '$lib/format';
import type { DateRange } from './period';

const pct = (value: number | null): number | null => (value === null ? null : percentOf(value));

/** The CSV text of the board's rows and total. */
export function boardCsv(rows: readonly BoardRow[], total: BoardRow, period: DateRange, by: string): string {
	const header = [
		m.cockpit_csv_from(),
		m.cockpit_csv_to(),
		m.cockpit_by(),
		m.cockpit_csv_key(),
		m.cockpit_col_label(),
		m.cockpit_csv_n(),
		m.cockpit_csv_rate(),
		m.cockpit_csv_low(),
		m.cockpit_csv_high(),
		m.cockpit_col_net(),
		m.cockpit_col_change(),
		m.cockpit_status_below(),
		m.cockpit_status_small()
	];
	const yesNo = (value: boolean) => (value ? m.cockpit_yes() : m.cockpit_no());
	const line = (row: BoardRow, key: string): CsvCell[] => [
		period.from,
		period.to,
		by,
		key,
		row.label,
		row.n,
		pct(row.rate),
		pct(row.low),
		pct(row.high),
		pct(row.net),
		row.change,
		yesNo(row.belowThreshold),
		yesNo(row.small)
	];
	return toCsv(header, [...rows.map((row) => line(row, row.key)), line(total, 'total')]);
}

/** "indicateurs_2026-10-01_2026-10-31_engagement.csv" */
export const csvFileName = (period: DateRange, by: string): string =>
	`indicateurs_${period.from}_${period.to}_${by}.csv`;
