import { describe, expect, it } from 'vitest';
import { watchDecisions } from './ops-watch.js';

const status = (overrides = {}) => ({
	kiosks: { silent: [] },
	mail: { state: 'ok', alert: false },
	...overrides
});
const silentKiosk = {
	id: 'k1',
	name: 'Borne hall',
	site: 'Metz',
	lastSeenAt: '2026-12-03T09:00:00.000Z',
	silentDays: 2
};

describe('watchDecisions', () => {
	it('raises one alert per silent kiosk, saying since when', () => {
		const { raise, clear } = watchDecisions(status({ kiosks: { silent: [silentKiosk] } }), []);
		expect(clear).toEqual([]);
		expect(raise).toHaveLength(1);
		expect(raise[0].key).toBe('kiosk:k1');
		expect(raise[0].subject).toBe('la borne « Borne hall » (Metz) ne donne plus de nouvelles');
		expect(raise[0].text).toMatch(/2026-12-03 à 09:00 UTC, il y a 2 jour\(s\) ouvré\(s\)/);
	});

	it('clears a kiosk alert once the kiosk is heard from, and leaves other alerts alone', () => {
		expect(watchDecisions(status(), ['kiosk:k1', 'backup'])).toEqual({ raise: [], clear: ['kiosk:k1'] });
	});

	it('raises the relay alert after an hour of failures, and clears it when mail goes out again', () => {
		const failing = status({
			mail: { state: 'failing', failingSince: '2026-12-07T08:00:00.000Z', lastError: 'refused', alert: true }
		});
		const { raise } = watchDecisions(failing, []);
		expect(raise.map((a) => a.key)).toEqual(['smtp']);
		expect(raise[0].text).toMatch(/depuis le 2026-12-07 à 08:00 UTC/);
		// Failing, but not for an hour yet: neither raised nor cleared.
		const young = status({ mail: { state: 'failing', failingSince: '', lastError: '', alert: false } });
		expect(watchDecisions(young, ['smtp'])).toEqual({ raise: [], clear: [] });
		expect(watchDecisions(status(), ['smtp'])).toEqual({ raise: [], clear: ['smtp'] });
	});
});
