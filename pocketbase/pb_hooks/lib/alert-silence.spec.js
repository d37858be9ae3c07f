import { describe, expect, it } from 'vitest';
import { silenceChanges } from './alert-silence.js';

describe('silent kiosks as alerts', () => {
	it('opens one for each newly silent kiosk and closes those heard from again', () => {
		const live = [
			{ id: 'alert0000000001', kiosk: 'kiosk0000000001' },
			{ id: 'alert0000000002', kiosk: 'kiosk0000000002' }
		];
		expect(silenceChanges(['kiosk0000000002', 'kiosk0000000003'], live)).toEqual({
			open: ['kiosk0000000003'],
			close: ['alert0000000001']
		});
		expect(silenceChanges([], [])).toEqual({ open: [], close: [] });
		expect(silenceChanges(['kiosk0000000001', 'kiosk0000000001'], [])).toEqual({
			open: ['kiosk0000000001'],
			close: []
		});
	});
});
