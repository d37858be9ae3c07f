// Every page of the app, for the sweeps that visit them all (tests/e2e/rgaa.spec.ts: axe;
// tests/e2e/reflow.spec.ts: no sideways scrolling), and the visit loop they share.
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { referent } from './accounts';
import { lastFullMonth } from './cockpit';
import { fileComplaint, staffClient, uniqueName } from './desk';

/** A page to visit, and what shows once its data is on screen (its first heading unless told). */
export interface Visit {
	path: string;
	ready?: string;
}

export const PUBLIC_PAGES: Visit[] = [
	{ path: '/', ready: 'section[aria-labelledby=engagements] h3' },
	{ path: '/avis?site=metz', ready: 'main fieldset' },
	{ path: '/avis' },
	{ path: '/reclamation', ready: 'main form' },
	{ path: '/suggestion', ready: 'main form' },
	{ path: '/suivi' },
	{ path: '/resultats' },
	{ path: '/donnees-personnelles' },
	{ path: '/mentions-legales' },
	{ path: '/accessibilite' },
	{ path: '/connexion' },
	{ path: '/connexion/mot-de-passe-oublie' },
	{ path: '/connexion/nouveau-mot-de-passe' },
	{ path: '/connexion/proconnect' }
];

export const STAFF_PAGES: Visit[] = [
	{ path: '/gestion' },
	{ path: '/gestion/reclamations', ready: 'table tbody tr' },
	{ path: '/gestion/saisie' },
	{ path: '/gestion/indicateurs', ready: '#board-table tbody tr' },
	{ path: '/gestion/actions' },
	{ path: '/gestion/actions/nouvelle' },
	{ path: '/gestion/bornes' },
	{ path: '/gestion/affiches' },
	{ path: '/gestion/questionnaires', ready: 'table tbody tr' },
	{ path: '/gestion/parametres' },
	{ path: '/gestion/publications' },
	{ path: '/gestion/conservation' },
	{ path: '/gestion/registre' },
	{ path: '/gestion/comptes', ready: 'table tbody tr' },
	{ path: '/gestion/exploitation' },
	{ path: '/gestion/droits' }
];

/**
 * The pages whose address names a record, made for the sweep: a tracked complaint, last full month's
 * publication (made once for the run: the demo starts with none), an action, a questionnaire.
 */
export async function recordPages(): Promise<{ public: Visit[]; staff: Visit[] }> {
	const desk = await staffClient(referent);
	const token = randomBytes(32).toString('base64url');
	const email = `sweep-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const filed = await fileComplaint(desk, { tracking_token: token, contact_email: email });
	const action = await desk.collection('action_items').create({
		title: uniqueName('Afficher les horaires'),
		description: 'À l’entrée du hall.',
		status: 'open'
	});
	const { from, to } = lastFullMonth();
	const label = 'Résultats du mois (tests)';
	const published = await desk.collection('publications').getList(1, 1, { filter: `label = "${label}"` });
	const publication =
		published.items[0] ??
		(await desk.send<{ id: string }>('/api/qep/publications', { method: 'POST', body: { label, from, to } }));
	const questionnaire = await desk.collection('questionnaires').getFirstListItem('');
	return {
		public: [
			{ path: `/suivi#${token}`, ready: `h1:has-text("${filed.reference}")` },
			{ path: `/resultats/${publication.id}` }
		],
		staff: [
			{ path: `/gestion/reclamations/${filed.id}`, ready: '#complaint-history' },
			{ path: `/gestion/actions/${action.id}` },
			{ path: `/gestion/questionnaires/${questionnaire.id}` },
			{ path: `/gestion/droits/imprimer?q=${encodeURIComponent(email)}` }
		]
	};
}

/**
 * Visits each page in turn, waits for its data, and runs `check` there, which says what is wrong with it;
 * fails once at the end, naming every page with what was found.
 */
export async function sweep(page: Page, visits: Visit[], check: () => Promise<string[]>): Promise<void> {
	const found: string[] = [];
	for (const visit of visits) {
		await page.goto(visit.path);
		await expect(page.locator(visit.ready ?? 'main h1').first(), `${visit.path} shows`).toBeVisible();
		for (const problem of await check()) found.push(`${visit.path}: ${problem}`);
	}
	expect(found).toEqual([]);
}
