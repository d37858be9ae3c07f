// The kiosk's promise: an answer, once thanked for, reaches the prefecture exactly once, whatever happens
// to the network or the page in between. Each test owns its server, so it can count what arrived.
import { expect, test, type Page } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { dayIn } from '../../src/lib/domain/day';
import { metzDesk } from '../support/demo.js';
import type { TestServer } from '../support/server.js';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { KIOSK_PIN, answerKioskSurvey, enrolKiosk } from './support/kiosk';
import { startOwnServer } from './support/own-server';

let server: TestServer;
let su: PocketBase;
test.beforeEach(async () => {
	server = await startOwnServer();
	su = await superuser(server.url);
	// No cooldown between two visitors here: these tests are about delivery, not ballot stuffing.
	const policy = await su.collection('policies').getFirstListItem('');
	await su.collection('policies').update(policy.id, { kiosk_cooldown_seconds: 0 });
});
test.afterEach(async () => {
	await server?.stop();
});

/** Survey responses that arrived today from Metz's reception desk (the demo data stops yesterday). */
async function arrived(): Promise<{ responses: number; answers: number }> {
	const point = await su
		.collection('reception_points')
		.getFirstListItem('slug = "accueil-general" && site.slug = "metz"');
	const filter = `reception_point = "${point.id}" && day = "${dayIn('Europe/Paris')}"`;
	const [responses, answers] = await Promise.all([
		su.collection('survey_responses').getList(1, 1, { filter }),
		su.collection('survey_answers').getList(1, 1, { filter })
	]);
	return { responses: responses.totalItems, answers: answers.totalItems };
}

/** Items still in the device's outbox, read straight from IndexedDB. */
function outboxCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('qual-e-pref');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('outbox').objectStore('outbox').count();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				};
			})
	);
}

test('answers given offline, across a reload with no network, all arrive exactly once', async ({
	page,
	context
}) => {
	const kiosk = await enrolKiosk(page, { url: server.url });
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

	await context.setOffline(true);
	for (let i = 0; i < 3; i++) await answerKioskSurvey(page);
	expect(await outboxCount(page)).toBe(3);

	await page.reload();
	for (let i = 0; i < 2; i++) await answerKioskSurvey(page);
	expect(await outboxCount(page)).toBe(5);
	expect(await arrived()).toEqual({ responses: 0, answers: 0 });

	const back = new Date().toISOString();
	await context.setOffline(false);
	await expect.poll(arrived, { timeout: 20_000 }).toEqual({ responses: 5, answers: 25 });
	await expect.poll(() => outboxCount(page)).toBe(0);
	// What the back office shows of the kiosk describes it once the answers are in: none waiting, and
	// this sync as the last one (not the state it was in before sending).
	const { health } = await su.collection('kiosks').getOne(kiosk.id);
	expect(health.pending).toBe(0);
	expect(health.lastSyncAt >= back).toBe(true);
});

test('a kiosk rebooted offline still speaks the languages it offers, and downloaded no other', async ({
	page,
	context
}) => {
	const dictionaries: string[] = [];
	page.on('request', (request) => {
		const name = /\/_app\/immutable\/assets\/([a-z]{2})\.[^/]*\.json$/.exec(request.url())?.[1];
		if (name) dictionaries.push(name);
	});
	await enrolKiosk(page, { url: server.url, languages: ['fr', 'ar'] });
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
	await expect(page.getByRole('button', { name: /العربية/ })).toBeVisible();
	expect([...new Set(dictionaries)]).toEqual(['ar']);

	await context.setOffline(true);
	await page.reload();
	await page.getByRole('button', { name: /العربية/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByRole('button', { name: 'راضٍ جدًا' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'هل استُقبلتم باهتمام ولطف؟' })).toBeVisible();
});

test('a reload while a sync is in flight loses nothing and doubles nothing', async ({ browser }) => {
	// No service worker here: the test must see (and hold back) the ingest requests itself.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await enrolKiosk(page, { url: server.url });

	await page.route('**/api/qep/ingest', (route) => route.abort('internetdisconnected'));
	for (let i = 0; i < 3; i++) await answerKioskSurvey(page);
	expect(await outboxCount(page)).toBe(3);

	// The next attempt reaches the server, which stores the batch; its answer never reaches the page.
	await page.unroute('**/api/qep/ingest');
	let delivered!: () => void;
	const stored = new Promise<void>((resolve) => (delivered = resolve));
	await page.route('**/api/qep/ingest', async (route) => {
		await route.fetch();
		delivered();
	});
	await stored;
	expect(await arrived()).toEqual({ responses: 3, answers: 15 });
	expect(await outboxCount(page)).toBe(3);

	await page.unroute('**/api/qep/ingest');
	await page.reload();
	await expect.poll(() => outboxCount(page), { timeout: 20_000 }).toBe(0);
	expect(await arrived()).toEqual({ responses: 3, answers: 15 });
	await context.close();
});

test('a refused answer is kept aside on the tablet and shown to staff, without blocking the others', async ({
	page
}) => {
	await enrolKiosk(page, { url: server.url });
	const { site, point } = await metzDesk(su);
	const questionnaire = await su.collection('questionnaires').getFirstListItem('status = "active"');
	const question = await su.collection('questions').getFirstListItem(`questionnaire = "${questionnaire.id}"`);
	// An answer dated years ago, as a tablet with a wrong clock could have stored it.
	const stale = {
		id: 'staleanswer0001',
		type: 'survey_response',
		createdAt: 0,
		attempts: 0,
		data: {
			questionnaire: questionnaire.id,
			site: site.id,
			reception_point: point.id,
			channel: 'kiosk',
			language: 'fr',
			day: '2020-01-01',
			comment: '',
			answers: [{ question: question.id, value: 'satisfied' }]
		}
	};
	await page.evaluate(
		(item) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qual-e-pref');
				open.onsuccess = () => {
					const tx = open.result.transaction('outbox', 'readwrite');
					tx.objectStore('outbox').put(item);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		stale
	);
	await answerKioskSurvey(page);
	await expect.poll(arrived, { timeout: 20_000 }).toEqual({ responses: 1, answers: 5 });
	await expect.poll(() => outboxCount(page)).toBe(0);

	await page.getByRole('button', { name: 'Personnel' }).click();
	await page.getByLabel('Code PIN').fill(KIOSK_PIN);
	await page.getByRole('button', { name: 'Valider' }).click();
	const refused = page.getByRole('table', { name: /Réponses refusées/ });
	await expect(refused).toContainText('staleanswer0001');
	await expect(refused).toContainText('date hors des limites acceptées');
	await expectAccessible(page);
});
