import { describe, expect, it } from 'vitest';
import { urgencyOf, workingDaysLeft } from './urgency.js';

const METZ = { zone: 'alsace-moselle', timeZone: 'Europe/Paris', closures: [] };
const FDF = { zone: 'martinique', timeZone: 'America/Martinique', closures: [] };
// Deadline: Friday 20 March 2026, end of day in Paris.
const DEADLINE = '2026-03-20T22:59:59.999Z';
const open = { status: 'in_progress', deadline_at: DEADLINE };

describe('working days left before the deadline', () => {
	it('counts the working days from today to the deadline day, weekends excluded', () => {
		expect(workingDaysLeft(DEADLINE, '2026-03-20T08:00:00Z', METZ)).toBe(0);
		expect(workingDaysLeft(DEADLINE, '2026-03-17T08:00:00Z', METZ)).toBe(3);
		expect(workingDaysLeft(DEADLINE, '2026-03-13T08:00:00Z', METZ)).toBe(5);
	});

	it('goes negative once the deadline day passed', () => {
		expect(workingDaysLeft(DEADLINE, '2026-03-23T08:00:00Z', METZ)).toBe(-1);
	});

	it("honours the prefecture's closure days", () => {
		const closed = { ...METZ, closures: ['2026-03-18'] };
		expect(workingDaysLeft(DEADLINE, '2026-03-16T08:00:00Z', METZ)).toBe(4);
		expect(workingDaysLeft(DEADLINE, '2026-03-16T08:00:00Z', closed)).toBe(3);
	});
});

describe('the badge of an item', () => {
	it('is "due soon" with 3 working days left or fewer, "on time" with more', () => {
		expect(urgencyOf(open, '2026-03-16T08:00:00Z', METZ)).toBe('on_time');
		expect(urgencyOf(open, '2026-03-17T08:00:00Z', METZ)).toBe('due_soon');
		expect(urgencyOf({ ...open, status: 'received' }, '2026-03-20T20:00:00Z', METZ)).toBe('due_soon');
	});

	it('is "overdue" from the first millisecond after the deadline', () => {
		expect(urgencyOf(open, '2026-03-20T22:59:59.999Z', METZ)).toBe('due_soon');
		expect(urgencyOf(open, '2026-03-20T23:00:00.000Z', METZ)).toBe('overdue');
	});

	it("reads the day in the site's time zone", () => {
		// Deadline: Friday 20 March, end of day in Martinique (UTC−4) = 21 March 03:59:59.999Z.
		const item = { status: 'received', deadline_at: '2026-03-21T03:59:59.999Z' };
		expect(urgencyOf(item, '2026-03-21T03:00:00Z', FDF)).toBe('due_soon');
		expect(urgencyOf(item, '2026-03-21T04:00:00Z', FDF)).toBe('overdue');
	});

	it('is "unknown" for an open item without a deadline, with no days left to count', () => {
		expect(urgencyOf({ status: 'received', deadline_at: '' }, '2026-03-16T08:00:00Z', METZ)).toBe('unknown');
		expect(workingDaysLeft('', '2026-03-16T08:00:00Z', METZ)).toBeNull();
	});

	it('is "paused" while waiting for the requester and "done" once answered or closed', () => {
		const late = '2026-04-30T08:00:00Z';
		expect(urgencyOf({ ...open, status: 'waiting' }, late, METZ)).toBe('paused');
		expect(urgencyOf({ ...open, status: 'answered' }, late, METZ)).toBe('done');
		expect(urgencyOf({ ...open, status: 'closed' }, late, METZ)).toBe('done');
	});
});
