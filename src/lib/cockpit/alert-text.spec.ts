import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '$lib/pb/alerts';
import { alertFigures, alertPlace } from './alert-text';

const figures = {
	satisfied: 42,
	n: 79,
	rate: 42 / 79,
	low: 0.4229,
	high: 0.6358,
	from: '2026-11-22',
	to: '2026-12-05'
};
const alert: AlertRecord = {
	id: 'alert0000000001',
	created: '2026-12-05 08:00:00.000Z',
	kind: 'lasting',
	scope: 'point',
	site: 'site00000000001',
	reception_point: 'point0000000001',
	engagement: '',
	kiosk: '',
	status: 'open',
	opened_on: '2026-12-05',
	figures,
	acknowledged_by: '',
	acknowledged_at: '',
	action: '',
	closed_at: '',
	closed_by: '',
	close_reason: '',
	mailed_at: '',
	expand: { site: { name: 'Préfecture de la Moselle' }, reception_point: { name: 'Accueil général' } }
};

/** Intl's narrow and plain no-break spaces read as spaces here. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe("an alert's words", () => {
	it('names its place as staff do', () => {
		expect(alertPlace(alert)).toBe('Accueil général – Préfecture de la Moselle');
		expect(alertPlace({ ...alert, scope: 'site' })).toBe('Préfecture de la Moselle');
		expect(
			alertPlace({
				...alert,
				scope: 'engagement',
				site: '',
				expand: { engagement: { number: 2, label: 'Un accueil courtois' } }
			})
		).toBe('Engagement 2 – Un accueil courtois');
		// A place deleted since: what is left of the name.
		expect(alertPlace({ ...alert, expand: { site: { name: 'Préfecture de la Moselle' } } })).toBe(
			'Préfecture de la Moselle'
		);
	});

	it('gives the window’s rate and interval, or the day against the usual', () => {
		expect(plain(alertFigures(alert, 'fr'))).toBe(
			'53,2 % de satisfaits sur 79 avis exprimés, du 22 novembre 2026 au 5 décembre 2026 (intervalle de confiance à 95 % : 42,3 – 63,6 %).'
		);
		const usual = { ...figures, satisfied: 224, n: 280, rate: 0.8, from: '2026-11-07', to: '2026-12-04' };
		expect(
			plain(
				alertFigures(
					{ ...alert, kind: 'sudden', figures: { ...figures, rate: 0.5, from: '2026-12-05', usual } },
					'fr'
				)
			)
		).toBe('Le 5 décembre 2026 : 50,0 % de satisfaits sur 79 avis exprimés, contre 80,0 % d’habitude.');
		expect(alertFigures({ ...alert, figures: null }, 'fr')).toBe('');
	});
});
