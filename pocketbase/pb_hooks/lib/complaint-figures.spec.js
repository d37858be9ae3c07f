import { describe, expect, it } from 'vitest';
import { complaintFigures } from './complaint-figures.js';

const SITES = {
	metz: { zone: 'alsace-moselle', timeZone: 'Europe/Paris', closures: [] },
	fdf: { zone: 'martinique', timeZone: 'America/Martinique', closures: [] }
};
const item = (over) => ({
	site: 'metz',
	kind: 'complaint',
	channel: 'web',
	engagement: 'eng00000000001',
	received_at: '2026-03-02T09:00:00.000Z',
	answered_at: '',
	answered_in_time: false,
	...over
});

describe('complaint figures of a period', () => {
	const received = [
		// Monday 2 March → Friday 6 March: 4 working days.
		item({ answered_at: '2026-03-06T15:00:00.000Z', answered_in_time: true }),
		// Monday 2 March → Monday 9 March: 5.
		item({
			kind: 'information',
			channel: 'letter',
			answered_at: '2026-03-09T08:00:00.000Z',
			answered_in_time: false
		}),
		// Over Good Friday and Easter Monday in Moselle: Thursday 2 April → Wednesday 8 April = 2 working days.
		item({
			received_at: '2026-04-02T09:00:00.000Z',
			answered_at: '2026-04-08T09:00:00.000Z',
			answered_in_time: true
		}),
		// Not answered yet, no engagement.
		item({ engagement: '', channel: 'kiosk' })
	];
	const figures = complaintFigures(received, [], SITES, '2026-05-01T00:00:00.000Z');

	it('counts the volumes by kind, channel and engagement', () => {
		expect(figures.received).toBe(4);
		expect(figures.byKind).toEqual({ complaint: 3, information: 1 });
		expect(figures.byChannel).toEqual({ web: 2, letter: 1, kiosk: 1 });
		expect(figures.byEngagement).toEqual({ eng00000000001: 3, '': 1 });
	});

	it('gives the share answered in time among the answered, and the answer times in working days', () => {
		expect(figures.answered).toBe(3);
		expect(figures.answeredInTime).toBe(2);
		expect(figures.inTimeShare).toBeCloseTo(2 / 3, 10);
		expect(figures.medianDays).toBe(4);
		expect(figures.p90Days).toBe(5);
	});

	it("reads the dates in the site's own calendar and time zone", () => {
		// Received Thursday 2 April 23:30 in Martinique (03:30Z Friday), answered Tuesday 7 April: Good Friday
		// is worked there, Easter Monday is not → Friday 3 and Tuesday 7 = 2.
		const fdf = complaintFigures(
			[
				item({
					site: 'fdf',
					received_at: '2026-04-03T03:30:00.000Z',
					answered_at: '2026-04-07T15:00:00.000Z'
				})
			],
			[],
			SITES,
			'2026-05-01T00:00:00.000Z'
		);
		expect(fdf.medianDays).toBe(2);
	});

	it('counts what is overdue now among the open items, not the paused or answered ones', () => {
		const open = [
			{ site: 'metz', status: 'received', deadline_at: '2026-04-30T21:59:59.999Z' },
			{ site: 'metz', status: 'in_progress', deadline_at: '2026-05-05T21:59:59.999Z' },
			{ site: 'metz', status: 'waiting', deadline_at: '2026-04-01T21:59:59.999Z' }
		];
		expect(complaintFigures([], open, SITES, '2026-05-01T00:00:00.000Z')).toMatchObject({
			overdueNow: 1,
			received: 0,
			inTimeShare: null,
			medianDays: null
		});
	});
});
