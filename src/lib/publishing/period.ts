// Periods a referent publishes: a calendar month, quarter or year, or custom dates. Plain 'YYYY-MM-DD'
// strings, never Date arithmetic in the device's zone.

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
	from: string;
	to: string;
}

/** A choice in the period form: the kind, and its value ('2026-10', '2026-Q3', '2026') or custom dates. */
export interface PeriodChoice {
	kind: PeriodKind;
	value: string;
	from: string;
	to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month (1–12) of a year, leap years included. */
function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day 'YYYY-MM-DD'. */
export function isDay(value: string): boolean {
	const match = DAY.exec(value);
	if (!match) return false;
	const [, y, mo, d] = match.map(Number) as [number, number, number, number];
	return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** The month '2026-10' as a period. */
export function monthPeriod(month: string): Period {
	const [y, mo] = month.split('-').map(Number) as [number, number];
	return { from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${pad(daysIn(y, mo))}` };
}

/** The quarter '2026-Q3' as a period. */
export function quarterPeriod(quarter: string): Period {
	const [y, q] = quarter.split('-Q').map(Number) as [number, number];
	const last = q * 3;
	return { from: `${y}-${pad(last - 2)}-01`, to: `${y}-${pad(last)}-${pad(daysIn(y, last))}` };
}

/** The year '2026' as a period. */
export function yearPeriod(year: string): Period {
	return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period of a choice, or null when the custom dates are missing or reversed. */
export function periodOf(choice: PeriodChoice): Period | null {
	switch (choice.kind) {
		case 'month':
			return /^\d{4}-\d{2}$/.test(choice.value) ? monthPeriod(choice.value) : null;
		case 'quarter':
			return /^\d{4}-Q[1-4]$/.test(choice.value) ? quarterPeriod(choice.value) : null;
		case 'year':
			return /^\d{4}$/.test(choice.value) ? yearPeriod(choice.value) : null;
		case 'custom':
			return isDay(choice.from) && isDay(choice.to) && choice.from <= choice.to
				? { from: choice.from, to: choice.to }
				: null;
	}
}

/** The last `count` complete months before `today`, newest first ('2026-10', '2026-09', …). */
export function recentMonths(today: string, count = 12): string[] {
	let [y, mo] = today.split('-').map(Number) as [number, number];
	const months: string[] = [];
	for (let i = 0; i < count; i++) {
		mo -= 1;
		if (mo === 0) [y, mo] = [y - 1, 12];
		months.push(`${y}-${pad(mo)}`);
	}
	return months;
}

/** The last `count` complete quarters before `today`, newest first ('2026-Q3', …). */
export function recentQuarters(today: string, count = 8): string[] {
	const [y0, mo] = today.split('-').map(Number) as [number, number];
	let [y, q] = [y0, Math.ceil(mo / 3)];
	const quarters: string[] = [];
	for (let i = 0; i < count; i++) {
		q -= 1;
		if (q === 0) [y, q] = [y - 1, 4];
		quarters.push(`${y}-Q${q}`);
	}
	return quarters;
}

/** The last `count` complete years before `today`, newest first. */
export function recentYears(today: string, count = 3): string[] {
	const year = Number(today.slice(0, 4));
	return Array.from({ length: count }, (_, i) => String(year - 1 - i));
}

/** The default choice: last month. */
export function defaultChoice(today: string): PeriodChoice {
	return { kind: 'month', value: recentMonths(today, 1)[0]!, from: '', to: '' };
}

/** The value to offer first when the kind changes. */
export function firstValue(kind: PeriodKind, today: string): string {
	if (kind === 'month') return recentMonths(today, 1)[0]!;
	if (kind === 'quarter') return recentQuarters(today, 1)[0]!;
	if (kind === 'year') return recentYears(today, 1)[0]!;
	return '';
}

/** The same number of days just before a period (the indicators route's comparison by default). */
export function dayCount(period: Period): number {
	return (
		Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) +
		1
	);
}
