// The original receipt date of what an agent transcribes (a paper form, a letter, a call, an e-mail): the
// deadline counts from it. Same rules as the server (pocketbase/pb_hooks/lib/complaint-check.js): required
// on the staff channels, a real 'YYYY-MM-DD' day, not after the site's today, at most 365 days before it.
import { dayIn } from './day';
import { DAY_PATTERN } from './fields';

/** Channels of what arrived outside the app, recorded by an agent. */
export const STAFF_CHANNELS = ['paper', 'letter', 'phone', 'email'] as const;
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

/** How old a transcribed item's receipt date may be. */
export const MAX_RECEIPT_AGE_DAYS = 365;

/** The accepted days, inclusive ('YYYY-MM-DD' strings compare like dates). */
export interface DayWindow {
	earliest: string;
	latest: string;
}

export function isStaffChannel(channel: unknown): channel is StaffChannel {
	return (STAFF_CHANNELS as readonly unknown[]).includes(channel);
}

/** `day` moved by `days` calendar days. */
export function shiftDay(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The window the server accepts when the site's date is `today`. */
export function receiptWindow(today: string): DayWindow {
	return { earliest: shiftDay(today, -MAX_RECEIPT_AGE_DAYS), latest: today };
}

/**
 * The window whatever the site's time zone: from the earliest date on Earth now (UTC−12) to the latest
 * (UTC+14). For checks that do not know the site; never stricter than the server.
 */
export function receiptWindowAnywhere(now: Date = new Date()): DayWindow {
	return {
		earliest: shiftDay(dayIn('Etc/GMT+12', now), -MAX_RECEIPT_AGE_DAYS),
		latest: dayIn('Etc/GMT-14', now)
	};
}

/** A real calendar day (not 2026-02-30). */
function isDay(value: string): boolean {
	return DAY_PATTERN.test(value) && shiftDay(value, 0) === value;
}

/** The contract's code for `received_on` on `channel`: `required`, `invalid`, or null when fine. */
export function receivedOnCode(
	value: unknown,
	channel: unknown,
	window: DayWindow
): 'required' | 'invalid' | null {
	if (!isStaffChannel(channel)) return null;
	if (value === undefined || value === null || value === '') return 'required';
	if (typeof value !== 'string' || !isDay(value)) return 'invalid';
	return value > window.latest || value < window.earliest ? 'invalid' : null;
}
