// The kiosk side of `npm run bench:sync`, in real Chromium with the built app: an enrolled kiosk drains a
// backlog from real IndexedDB through the real sync engine, and a visitor's tap on "Envoyer" is timed
// until the outbox's transaction committed (the app's `qep:saved` User Timing mark).
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/lib/chromium.js';

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Chromium's flags for a benchmark: no sandbox (root in a container), nothing fetched in the background. */
export const BROWSER_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/** Launches the machine's Chromium with those flags, and `extraArgs`. */
export async function launchBrowser(extraArgs = []) {
	const executablePath = await findChromium();
	if (!executablePath) throw new Error('No Chromium found (see README).');
	return chromium.launch({ executablePath, args: [...BROWSER_ARGS, ...extraArgs] });
}

/** Enrols `page` as `kiosk`, the way a referent's one-time link does; resolves once the tablet shows it. */
export async function enrol(page, url, su, kiosk) {
	const referentId = (await su.collection('staff').getFirstListItem('role = "referent"')).id;
	const referent = await su.collection('staff').impersonate(referentId, 600);
	const { code } = await referent.send(`/api/qep/kiosks/${kiosk.id}/enrolment`, { method: 'POST' });
	await page.goto(`${url}/borne/inscription#${code}`);
	await page.getByText(kiosk.name).waitFor();
}

/** Opens a kiosk page enrolled as `kiosk`; returns the browser and page. */
export async function openKiosk(url, su, kiosk) {
	const browser = await launchBrowser();
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(() => {
		document.addEventListener(
			'click',
			(event) => performance.mark('qep:tap', { startTime: event.timeStamp }),
			true
		);
	});
	await enrol(page, url, su, kiosk);
	await page.goto(`${url}/borne`);
	await page.getByRole('button', { name: /Français/ }).waitFor();
	return { browser, page };
}

/** Raw IndexedDB helpers run in the page (the app's database is Dexie's 'qual-e-pref'). */
const outboxCount = (page) =>
	page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('qual-e-pref');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('outbox').objectStore('outbox').count();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
				};
			})
	);

/** Queues `rows` in the page's outbox (as the app would have, over days offline), reloads, times the drain. */
export async function timeDrain(page, rows) {
	await page.evaluate(
		(items) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('qual-e-pref');
				open.onsuccess = () => {
					const tx = open.result.transaction('outbox', 'readwrite');
					for (const item of items) tx.objectStore('outbox').put(item);
					tx.oncomplete = () => {
						open.result.close();
						resolve(undefined);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		rows
	);
	// Timed from the first request the engine sends (the app has started) to the empty outbox.
	const firstRequest = page.waitForRequest('**/api/qep/ingest').then(() => performance.now());
	await page.reload();
	const start = await firstRequest;
	while ((await outboxCount(page)) > 0) await new Promise((r) => setTimeout(r, 25));
	return (performance.now() - start) / 1000;
}

/** Answers `surveys` surveys with taps, returns tap-to-durable-save p50/p95 in ms. */
export async function timeTaps(page, surveys, questions) {
	for (let i = 0; i < surveys; i++) {
		await page.getByRole('button', { name: /Français/ }).click();
		for (let q = 0; q < questions; q++) await page.getByRole('button', { name: /^Satisfait/ }).click();
		await page.getByRole('button', { name: 'Envoyer' }).click();
		await page.getByRole('button', { name: 'Terminer' }).click();
	}
	const latencies = await page.evaluate(() => {
		const taps = performance.getEntriesByName('qep:tap').map((e) => e.startTime);
		return performance.getEntriesByName('qep:saved').map((saved) => {
			return saved.startTime - Math.max(...taps.filter((t) => t <= saved.startTime));
		});
	});
	const sorted = latencies.sort((a, b) => a - b);
	return { samples: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}
