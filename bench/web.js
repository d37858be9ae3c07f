// `npm run bench:web`: a citizen's first visit on a modest phone over a weak network, and an enrolled kiosk's
// warm start with the network cut. The built app is served by a real PocketBase as in production; Chromium
// emulates a phone (412×823, touch), slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a CPU
// four times slower than this machine's. Cold cache, no service worker yet, for each page.
// Prints its figures and writes them as JSON (bench/results/web.json, or $BENCH_WEB_OUT). Not a test.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PocketBase from 'pocketbase';
import { paths } from '../scripts/lib/pocketbase.js';
import { createMetzKiosk, metzDesk } from '../tests/support/demo.js';
import { startTestServer, SUPERUSER } from '../tests/support/server.js';
import { enrol, launchBrowser } from './chromium.js';
import { PHONE, TABLET, THROTTLING, firstVisit, warmOfflineStart } from './web-measure.js';

const OUT = process.env.BENCH_WEB_OUT ?? path.join(paths.root, 'bench/results/web.json');
const WARM_STARTS = Number(process.env.BENCH_WARM_STARTS ?? 8);
const TARGETS = { publicBytesBesidesFonts: 150 * 1024, publicLcpMs: 2000, kioskWarmStartMs: 1000 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startTestServer({ seedDemo: true, publicDir: paths.build });
const browser = await launchBrowser();
try {
	const su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	const { point } = await metzDesk(su);
	const kiosk = await createMetzKiosk(su, { name: 'Borne de mesure', languages: ['fr', 'en', 'ar'] });

	// What a visitor opens first, and what shows that the page is usable.
	const pages = [
		{ path: '/', ready: (page) => page.getByRole('heading', { level: 1 }) },
		{
			// The poster's QR code.
			path: `/avis?site=metz&point=${point.slug}`,
			ready: (page) => page.getByRole('button', { name: 'Très satisfait' })
		},
		{ path: '/reclamation', ready: (page) => page.getByLabel('Objet') },
		{ path: '/suivi', ready: (page) => page.getByLabel('Référence') },
		{ path: '/resultats', ready: (page) => page.getByRole('heading', { level: 1 }) }
	];

	const results = { pages: [], kiosk: {} };
	for (const { path: url, ready } of pages) {
		const context = await browser.newContext(PHONE);
		try {
			results.pages.push({
				path: url,
				public: true,
				...(await firstVisit(context, server.url + url, ready))
			});
		} finally {
			await context.close();
		}
	}

	// An enrolled kiosk: its first start with an empty cache, then warm starts with the network cut.
	const context = await browser.newContext(TABLET);
	try {
		const tablet = await context.newPage();
		await enrol(tablet, server.url, su, kiosk);
		// Enrolled (its token and configuration are on the device), but nothing cached: the SW and caches go.
		await tablet.evaluate(async () => {
			for (const registration of await navigator.serviceWorker.getRegistrations())
				await registration.unregister();
			for (const key of await caches.keys()) await caches.delete(key);
		});
		await tablet.close();
		const welcome = (page) => page.getByRole('button', { name: /Français/ });
		const cold = await firstVisit(context, `${server.url}/borne`, welcome, { keepOpen: true });
		results.pages.push({ path: '/borne', public: false, ...cold.figures });
		await cold.page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
		await cold.page.close();
		const starts = [];
		for (let i = 0; i < WARM_STARTS; i++) starts.push(await warmOfflineStart(context, `${server.url}/borne`));
		results.kiosk = { warmOfflineStartMs: starts, median: median(starts), max: Math.max(...starts) };
	} finally {
		await context.close();
	}

	console.log(
		`\nFirst visit, phone on slow 4G (${THROTTLING.latencyMs} ms, ${THROTTLING.downloadKbps} kbit/s), CPU ÷${THROTTLING.cpuSlowdown}, cold cache:`
	);
	console.table(
		results.pages.map((p) => ({
			page: p.path,
			document: kb(p.bytes.document),
			script: kb(p.bytes.script),
			stylesheet: kb(p.bytes.stylesheet),
			font: kb(p.bytes.font),
			'api (fetch)': kb(p.bytes.fetch),
			other: kb(p.bytes.other),
			'besides fonts': kb(p.bytes.besidesFonts),
			requests: p.requests,
			FCP: ms(p.fcp),
			LCP: ms(p.lcp),
			TBT: ms(p.tbt),
			'service worker, after': kb(p.serviceWorkerBytes)
		}))
	);
	// BENCH_WEB_DETAIL=1: each page's transfers, heaviest first.
	if (process.env.BENCH_WEB_DETAIL) {
		for (const p of results.pages) {
			console.log(`\n${p.path}`);
			for (const t of p.transfers) console.log(`  ${kb(t.bytes).padStart(9)}  ${t.type.padEnd(10)} ${t.url}`);
		}
	}
	const publicPages = results.pages.filter((p) => p.public);
	const heaviest = Math.max(...publicPages.map((p) => p.bytes.besidesFonts));
	const slowest = Math.max(...publicPages.map((p) => p.lcp));
	console.log(
		`Heaviest public page ${kb(heaviest)} besides fonts (target ≤ ${kb(TARGETS.publicBytesBesidesFonts)}), ` +
			`slowest LCP ${ms(slowest)} (target ≤ ${ms(TARGETS.publicLcpMs)})`
	);
	console.log(
		`Kiosk warm start offline to its welcome screen, CPU ÷${THROTTLING.cpuSlowdown}: ${results.kiosk.warmOfflineStartMs.map(ms).join(', ')}; ` +
			`median ${ms(results.kiosk.median)}, max ${ms(results.kiosk.max)} (target ≤ ${ms(TARGETS.kioskWarmStartMs)})`
	);
	const report = {
		date: new Date().toISOString(),
		chromium: browser.version(),
		throttling: THROTTLING,
		device: { viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor },
		targets: TARGETS,
		...results
	};
	await mkdir(path.dirname(OUT), { recursive: true });
	await writeFile(OUT, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`Written to ${path.relative(process.cwd(), OUT)}`);
} finally {
	await browser.close();
	await server.stop();
}
