import { describe, expect, it } from 'vitest';
import { silenceChanges } from './alert-silence.js';

const kiosk = (n, lastSeenAt = '2026-12-01T08:00:00.000Z') => ({ id: `kiosk000000000${n}`, lastSeenAt });

describe('silent kiosks as alerts', () => {
	it('opens one for each newly silent kiosk and closes those heard from again', () => {
		const live = [
			{ id: 'alert0000000001', kiosk: 'kiosk0000000001' },
			{ id: 'alert0000000002', kiosk: 'kiosk0000000002' }
		];
		expect(silenceChanges([kiosk(2), kiosk(3)], live)).toEqual({
			open: ['kiosk0000000003'],
			close: ['alert0000000001']
		});
		expect(silenceChanges([], [])).toEqual({ open: [], close: [] });
		expect(silenceChanges([kiosk(1), kiosk(1)], [])).toEqual({ open: ['kiosk0000000001'], close: [] });
	});

	it('opens none again for a kiosk whose alert the referent closed, until it was heard from since', () => {
		const closed = { kiosk0000000001: '2026-12-02 09:00:00.000Z' };
		expect(silenceChanges([kiosk(1)], [], closed).open).toEqual([]);
		expect(silenceChanges([kiosk(1, null)], [], closed).open).toEqual([]);
		expect(silenceChanges([kiosk(1, '2026-12-03T08:00:00.000Z')], [], closed).open).toEqual([
			'kiosk0000000001'
		]);
	});
});
