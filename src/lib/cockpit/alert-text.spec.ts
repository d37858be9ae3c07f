import { describe, expect, it } from 'vitest';
import { pointAlert } from '$lib/pb/alerts.fixture';
import { alertFigures, alertPlace } from './alert-text';

const alert = pointAlert;
const figures = pointAlert.figures!;

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
