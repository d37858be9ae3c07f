// A lasting alert of a reception point as the alerts list gives it (with its places' names), for the specs
// of the code that reads and shows alerts.
import type { AlertRecord } from './alerts';

export const pointAlert: AlertRecord = {
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
	figures: {
		satisfied: 42,
		n: 79,
		rate: 42 / 79,
		low: 0.4229,
		high: 0.6358,
		from: '2026-11-22',
		to: '2026-12-05'
	},
	acknowledged_by: '',
	acknowledged_at: '',
	action: '',
	closed_at: '',
	closed_by: '',
	close_reason: '',
	mailed_at: '',
	expand: { site: { name: 'Préfecture de la Moselle' }, reception_point: { name: 'Accueil général' } }
};
