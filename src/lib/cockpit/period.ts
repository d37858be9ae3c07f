// Calendar periods of the indicators board: a month, a quarter, a year, or custom dates, and the calendar
// period before each one (the board compares with it). Plain dates ('YYYY-MM-DD'), no clock, no zone.

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface DateRange {
	from: string;
	to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Days in a month (1–12) of a year. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const range = (year: number, firstMonth: number, lastMonth: number): DateRange => ({
	from: `${year}-${pad(firstMonth)}-01`,
	to: `${year}-${pad(lastMonth)}-${pad(daysIn(year, lastMonth))}`
});

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
export const YEAR_PATTERN = /^(\d{4})$/;
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The pattern an anchor of this kind follows ('2026-10', '2026-Q3', '2026'). */
export const ANCHOR_PATTERNS: Record<Exclude<PeriodKind, 'custom'>, RegExp> = {
	month: MONTH_PATTERN,
	quarter: QUARTER_PATTERN,
	year: YEAR_PATTERN
};

/** The dates of a month ('2026-10'), a quarter ('2026-Q3') or a year ('2026'). */
export function rangeOf(kind: Exclude<PeriodKind, 'custom'>, anchor: string): DateRange {
	const match = ANCHOR_PATTERNS[kind].exec(anchor);
	if (!match) throw new RangeError(`${kind} ${anchor}`);
	const year = Number(match[1]);
	if (kind === 'year') return range(year, 1, 12);
	if (kind === 'quarter') {
		const q = Number(match[2]);
		return range(year, q * 3 - 2, q * 3);
	}
	const month = Number(match[2]);
	return range(year, month, month);
}

/** The anchor of the calendar period just before (the month, quarter or year before). */
export function previousAnchor(kind: Exclude<PeriodKind, 'custom'>, anchor: string): string {
	const match = ANCHOR_PATTERNS[kind].exec(anchor);
	if (!match) throw new RangeError(`${kind} ${anchor}`);
	const year = Number(match[1]);
	if (kind === 'year') return String(year - 1);
	const part = Number(match[2]);
	if (kind === 'quarter') return part === 1 ? `${year - 1}-Q4` : `${year}-Q${part - 1}`;
	return part === 1 ? `${year - 1}-12` : `${year}-${pad(part - 1)}`;
}

/** The anchor of the period of this kind that contains a day. */
export function anchorOf(kind: Exclude<PeriodKind, 'custom'>, day: string): string {
	const [year, month] = [day.slice(0, 4), Number(day.slice(5, 7))];
	if (kind === 'year') return year;
	if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
	return `${year}-${pad(month)}`;
}

/** The last complete period of this kind before `today`: the previous month, quarter or year. */
export function lastFullAnchor(kind: Exclude<PeriodKind, 'custom'>, today: string): string {
	return previousAnchor(kind, anchorOf(kind, today));
}

/**
 * The most recent `count` anchors of a kind, newest first, starting with the one that contains `today`
 * (for the period picker).
 */
export function recentAnchors(kind: Exclude<PeriodKind, 'custom'>, today: string, count: number): string[] {
	const anchors = [anchorOf(kind, today)];
	while (anchors.length < count) anchors.push(previousAnchor(kind, anchors[anchors.length - 1]!));
	return anchors;
}

/** Today's date on this device ('YYYY-MM-DD' in its own zone: what the referent calls "today"). */
export function localToday(now = new Date()): string {
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
