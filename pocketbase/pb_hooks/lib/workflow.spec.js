import { describe, expect, it } from 'vitest';
import { canTransition, movedDeadline, transition, waitedDays } from './workflow.js';

// Metz: Alsace-Moselle calendar (Good Friday and 26 December are holidays there).
const METZ = { zone: 'alsace-moselle', timeZone: 'Europe/Paris', closures: [] };
// Fort-de-France: 4 or 5 hours behind Paris.
const FDF = { zone: 'martinique', timeZone: 'America/Martinique', closures: [] };

const received = (over = {}) => ({
	status: 'received',
	deadline_at: '2026-03-20T22:59:59.999Z',
	waiting_since: '',
	paused_days: 0,
	first_response_at: '',
	answered_at: '',
	...over
});

describe('which status may follow which', () => {
	it.each([
		['received', 'in_progress'],
		['received', 'waiting'],
		['received', 'answered'],
		['in_progress', 'waiting'],
		['waiting', 'in_progress'],
		['waiting', 'answered'],
		['answered', 'closed'],
		['closed', 'in_progress']
	])('%s → %s is allowed', (from, to) => expect(canTransition(from, to)).toBe(true));

	it.each([
		['received', 'closed'],
		['received', 'received'],
		['closed', 'answered'],
		['answered', 'waiting'],
		['in_progress', 'unknown'],
		['constructor', 'in_progress'],
		['__proto__', 'in_progress'],
		['toString', 'waiting']
	])('%s → %s is refused', (from, to) => {
		expect(canTransition(from, to)).toBe(false);
		expect(transition(received({ status: from }), to, '2026-03-02T09:00:00Z', METZ)).toEqual({
			error: 'invalid_transition'
		});
	});
});

describe('the first response and the answer are stored as data', () => {
	it('the first change out of "received" is the first response; later ones keep it', () => {
		const first = transition(received(), 'in_progress', '2026-03-02T09:00:00.000Z', METZ);
		expect(first).toMatchObject({
			patch: { status: 'in_progress', first_response_at: '2026-03-02T09:00:00.000Z' }
		});
		const later = transition(
			received({ status: 'in_progress', first_response_at: '2026-03-02T09:00:00.000Z' }),
			'answered',
			'2026-03-05T10:00:00.000Z',
			METZ
		);
		expect(later).not.toHaveProperty('patch.first_response_at');
	});

	it('an answer before the end of the deadline day is in time, one after it is late', () => {
		const item = received({ status: 'in_progress', first_response_at: '2026-03-02T09:00:00.000Z' });
		const inTime = transition(item, 'answered', '2026-03-20T22:59:59.000Z', METZ);
		expect(inTime).toMatchObject({
			patch: { answered_at: '2026-03-20T22:59:59.000Z', answered_in_time: true }
		});
		const late = transition(item, 'answered', '2026-03-20T23:00:00.000Z', METZ);
		expect(late).toMatchObject({ patch: { answered_in_time: false } });
	});

	it('records what changed, before and after, for the audit trail', () => {
		const result = transition(received(), 'in_progress', '2026-03-02T09:00:00.000Z', METZ);
		expect(result).toEqual({
			patch: { status: 'in_progress', first_response_at: '2026-03-02T09:00:00.000Z' },
			before: { status: 'received', first_response_at: '' },
			after: { status: 'in_progress', first_response_at: '2026-03-02T09:00:00.000Z' }
		});
	});
});

describe('waiting for the requester pauses the clock', () => {
	it('counts the working days after the pause day up to the resume day', () => {
		// Paused Monday 2 March, resumed Thursday 5 March: Tue, Wed, Thu.
		expect(waitedDays('2026-03-02T10:00:00Z', '2026-03-05T08:00:00Z', METZ)).toBe(3);
		// Same day: nothing.
		expect(waitedDays('2026-03-02T07:00:00Z', '2026-03-02T16:00:00Z', METZ)).toBe(0);
		// Friday to Monday: the weekend does not count.
		expect(waitedDays('2026-03-06T10:00:00Z', '2026-03-09T10:00:00Z', METZ)).toBe(1);
	});

	it("skips the zone's holidays: Good Friday is one in Moselle, a working day in Martinique", () => {
		// 2026: Good Friday 3 April, Easter Monday 6 April. Paused Thursday 2, resumed Tuesday 7.
		expect(waitedDays('2026-04-02T10:00:00Z', '2026-04-07T10:00:00Z', METZ)).toBe(1);
		expect(waitedDays('2026-04-02T14:00:00Z', '2026-04-07T14:00:00Z', FDF)).toBe(2);
	});

	it("uses the site's own calendar day: late evening in Martinique is already tomorrow in Paris", () => {
		// 02:30 UTC on Tuesday 3 March is still Monday 2 March, 22:30, in Martinique.
		expect(waitedDays('2026-03-02T12:00:00Z', '2026-03-03T02:30:00Z', FDF)).toBe(0);
		expect(waitedDays('2026-03-02T12:00:00Z', '2026-03-03T02:30:00Z', METZ)).toBe(1);
	});

	it("moves the deadline by the days waited, to the end of a working day in the site's time zone", () => {
		const paused = transition(
			received({ status: 'in_progress', first_response_at: '2026-03-02T09:00:00Z' }),
			'waiting',
			'2026-03-02T10:00:00.000Z',
			METZ
		);
		expect(paused).toMatchObject({ patch: { status: 'waiting', waiting_since: '2026-03-02T10:00:00.000Z' } });

		const resumed = transition(
			received({
				status: 'waiting',
				waiting_since: '2026-03-02T10:00:00.000Z',
				first_response_at: '2026-03-02T09:00:00Z'
			}),
			'in_progress',
			'2026-03-05T08:00:00.000Z',
			METZ
		);
		// Friday 20 March + 3 working days = Wednesday 25 March, 23:59:59.999 in Paris (UTC+1).
		expect(resumed).toMatchObject({
			patch: {
				status: 'in_progress',
				waiting_since: '',
				paused_days: 3,
				deadline_at: '2026-03-25T22:59:59.999Z'
			}
		});
	});

	it('adds up successive pauses', () => {
		const resumed = transition(
			received({ status: 'waiting', waiting_since: '2026-03-09T10:00:00Z', paused_days: 3 }),
			'in_progress',
			'2026-03-10T10:00:00Z',
			METZ
		);
		expect(resumed).toMatchObject({ patch: { paused_days: 4 } });
	});

	it('an answer given while waiting counts the pause before judging the deadline', () => {
		const answered = transition(
			received({
				status: 'waiting',
				waiting_since: '2026-03-16T10:00:00Z',
				first_response_at: '2026-03-02T09:00:00Z'
			}),
			'answered',
			'2026-03-23T10:00:00.000Z',
			METZ
		);
		// Waited Tue 17 … Mon 23 = 5 working days: deadline Friday 20 → Friday 27 March; answered in time.
		expect(answered).toMatchObject({
			patch: { deadline_at: '2026-03-27T22:59:59.999Z', answered_in_time: true, paused_days: 5 }
		});
	});

	it('keeps the deadline when no working day passed, across a daylight-saving change too', () => {
		expect(movedDeadline('2026-03-27T22:59:59.999Z', 0, METZ)).toBe('2026-03-27T22:59:59.999Z');
		// Friday 27 March + 1 = Monday 30 March, after the switch to summer time (UTC+2).
		expect(movedDeadline('2026-03-27T22:59:59.999Z', 1, METZ)).toBe('2026-03-30T21:59:59.999Z');
	});
});
