// Tap-to-durable-save latency in real Chromium: from the visitor's tap on "Envoyer" (the event's own
// timestamp) to the moment the outbox's IndexedDB transaction committed (the app's `qep:saved` mark).
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/lib/chromium.js';

const SURVEYS = Number(process.env.BENCH_SURVEYS ?? 100);

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Enrols a kiosk in a headless Chromium, answers SURVEYS surveys, returns p50/p95 in ms. */
export async function measureTapToSave(url, su) {
	const executablePath = await findChromium();
	if (!executablePath) throw new Error('No Chromium found (see README).');
	const policy = await su.collection('policies').getFirstListItem('');
	await su.collection('policies').update(policy.id, { kiosk_cooldown_seconds: 0 });
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const password = crypto.randomUUID();
	const kiosk = await su.collection('kiosks').create({
		name: 'Borne de mesure (tablette)',
		site: site.id,
		languages: ['fr'],
		status: 'active',
		password,
		passwordConfirm: password
	});
	const referentId = (await su.collection('staff').getFirstListItem('role = "referent"')).id;
	const referent = await su.collection('staff').impersonate(referentId, 600);
	const { code } = await referent.send(`/api/qep/kiosks/${kiosk.id}/enrolment`, { method: 'POST' });

	const browser = await chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.addInitScript(() => {
			document.addEventListener(
				'click',
				(event) => performance.mark('qep:tap', { startTime: event.timeStamp }),
				true
			);
		});
		await page.goto(`${url}/borne/inscription#${code}`);
		await page.getByText('Borne de mesure (tablette)').waitFor();
		await page.goto(`${url}/borne`);
		const questions = (
			await su.collection('questions').getFullList({ filter: 'questionnaire.status = "active"' })
		).length;
		for (let i = 0; i < SURVEYS; i++) {
			await page.getByRole('button', { name: /Français/ }).click();
			for (let q = 0; q < questions; q++) await page.getByRole('button', { name: /^Satisfait/ }).click();
			await page.getByRole('button', { name: 'Envoyer' }).click();
			await page.getByRole('button', { name: 'Terminer' }).click();
		}
		const latencies = await page.evaluate(() => {
			const taps = performance.getEntriesByName('qep:tap').map((e) => e.startTime);
			return performance.getEntriesByName('qep:saved').map((saved) => {
				const tap = Math.max(...taps.filter((t) => t <= saved.startTime));
				return saved.startTime - tap;
			});
		});
		const sorted = latencies.sort((a, b) => a - b);
		return { samples: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
	} finally {
		await browser.close();
	}
}
