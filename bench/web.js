// `npm run bench:web`: a citizen's first visit on a modest phone over a weak network, and an enrolled kiosk's
// warm start with the network cut. The built app is served as deployed: a real PocketBase behind Debian's
// nginx with the shipped proxy directives (deploy/nginx), over TLS and HTTP/2. The public pages are also
// measured from PocketBase itself (HTTP/1.1, no TLS), for comparison. Chromium emulates a phone (412×823,
// touch), slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a CPU four times slower than this
// machine's. Cold cache, no service worker yet, for each page. As deployed, each page is opened several times
// ($BENCH_WEB_RUNS, 5 by default) and its run of median LCP is reported, with every run's LCP beside it: one
// run on this shared 2-core machine varies by a few hundred milliseconds (Lighthouse's own advice is the
// median of five runs).
// Prints its figures and writes them as JSON (bench/results/web.json, or $BENCH_WEB_OUT). Not a test.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PocketBase from 'pocketbase';
import { freePort, paths } from '../scripts/lib/pocketbase.js';
import { createMetzKiosk, metzDesk } from '../tests/support/demo.js';
import { startNginx } from '../tests/support/nginx.js';
import { startTestServer, SUPERUSER } from '../tests/support/server.js';
import { selfSignedCertificate } from '../tests/support/tls.js';
import { enrol, launchBrowser } from './chromium.js';
import { PHONE, TABLET, THROTTLING, firstVisit, warmOfflineStart } from './web-measure.js';

const OUT = process.env.BENCH_WEB_OUT ?? path.join(paths.root, 'bench/results/web.json');
const WARM_STARTS = Number(process.env.BENCH_WARM_STARTS ?? 8);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const TARGETS = { publicBytesBesidesFonts: 150 * 1024, publicLcpMs: 2000, kioskWarmStartMs: 1000 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const prefix = await mkdtemp(path.join(os.tmpdir(), 'qep-bench-web-'));
const tls = await selfSignedCertificate(prefix);
const proxyPort = await freePort();
const server = await startTestServer({
	seedDemo: true,
	publicDir: paths.build,
	env: { APP_URL: `https://127.0.0.1:${proxyPort}`, TRUSTED_PROXY_HEADERS: 'X-Real-IP' }
});
const proxy = await startNginx({
	prefix,
	port: proxyPort,
	upstreamPort: Number(new URL(server.url).port),
	certFile: tls.certFile,
	keyFile: tls.keyFile,
	ca: tls.pem
});
// Chromium trusts this run's certificate, and no other bad one.
const browser = await launchBrowser([`--ignore-certificate-errors-spki-list=${tls.spki}`]);
try {
	const su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	const { point } = await metzDesk(su);
	const kiosk = await createMetzKiosk(su, { name: 'Borne de mesure', languages: ['fr', 'en', 'ar'] });

	// What a visitor opens first, and what shows that the page is usable.
	const pages = [
		{ path: '/', shown: { selector: 'main h1' }, ready: (page) => page.getByRole('heading', { level: 1 }) },
		{
			// The poster's QR code.
			path: `/avis?site=metz&point=${point.slug}`,
			shown: { selector: 'main fieldset button' },
			ready: (page) => page.getByRole('button', { name: 'Très satisfait' })
		},
		{
			path: '/reclamation',
			shown: { selector: 'main form input' },
			ready: (page) => page.getByLabel('Objet')
		},
		{ path: '/suivi', shown: { selector: 'main form input' }, ready: (page) => page.getByLabel('Référence') },
		{
			path: '/resultats',
			shown: { selector: 'main h1' },
			ready: (page) => page.getByRole('heading', { level: 1 })
		}
	];

	// As deployed first (the targets hold there), then from PocketBase itself, once, for comparison.
	const origins = [
		{ served: 'nginx, TLS, HTTP/2', origin: proxy.url, runs: RUNS },
		{ served: 'PocketBase, HTTP/1.1', origin: server.url, runs: 1 }
	];
	const results = { pages: [], kiosk: {} };
	for (const { served, origin, runs } of origins) {
		for (const { path: url, shown, ready } of pages) {
			const visits = [];
			for (let run = 0; run < runs; run++) {
				const context = await browser.newContext(PHONE);
				try {
					visits.push(await firstVisit(context, origin + url, { shown, ready }));
				} finally {
					await context.close();
				}
			}
			// The run of median LCP, whole (its bytes, its transfers), and every run's LCP.
			const typical = visits.find((visit) => visit.lcp === median(visits.map((v) => v.lcp)));
			results.pages.push({
				path: url,
				served,
				public: true,
				deployed: origin === proxy.url,
				...typical,
				lcpRuns: visits.map((visit) => Math.round(visit.lcp)),
				heaviestBesidesFonts: Math.max(...visits.map((visit) => visit.bytes.besidesFonts))
			});
		}
	}

	// An enrolled kiosk: its first start with an empty cache, then warm starts with the network cut.
	const context = await browser.newContext(TABLET);
	try {
		const tablet = await context.newPage();
		await enrol(tablet, proxy.url, su, kiosk);
		// Enrolled (its token and configuration are on the device), but nothing cached: the SW, its caches and
		// the browser's HTTP cache go.
		await tablet.evaluate(async () => {
			for (const registration of await navigator.serviceWorker.getRegistrations())
				await registration.unregister();
			for (const key of await caches.keys()) await caches.delete(key);
		});
		await (await context.newCDPSession(tablet)).send('Network.clearBrowserCache');
		await tablet.close();
		const welcome = (page) => page.getByRole('button', { name: /Français/ });
		const cold = await firstVisit(
			context,
			`${proxy.url}/borne`,
			{ shown: { selector: 'button', text: 'Français' }, ready: welcome },
			{ keepOpen: true }
		);
		results.pages.push({
			path: '/borne',
			served: origins[0].served,
			public: false,
			deployed: true,
			...cold.figures,
			lcpRuns: [Math.round(cold.figures.lcp)],
			heaviestBesidesFonts: cold.figures.bytes.besidesFonts
		});
		await cold.page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
		await cold.page.close();
		const starts = [];
		for (let i = 0; i < WARM_STARTS; i++) starts.push(await warmOfflineStart(context, `${proxy.url}/borne`));
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
			served: p.protocol,
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
			'LCP, each run': p.lcpRuns.join(' '),
			TBT: ms(p.tbt),
			'service worker, after': kb(p.serviceWorkerBytes)
		}))
	);
	// BENCH_WEB_DETAIL=1: each page's transfers, heaviest first.
	if (process.env.BENCH_WEB_DETAIL) {
		for (const p of results.pages) {
			console.log(`\n${p.path} (${p.served})`);
			for (const t of p.transfers) {
				const when = `${ms(t.start).padStart(8)} → ${ms(t.end).padStart(8)}`;
				console.log(`  ${when}  ${kb(t.bytes).padStart(9)}  ${t.type.padEnd(10)} ${t.url}`);
			}
		}
	}
	const publicPages = results.pages.filter((p) => p.public && p.deployed);
	const heaviest = Math.max(...publicPages.map((p) => p.heaviestBesidesFonts));
	const slowest = Math.max(...publicPages.map((p) => p.lcp));
	const slowestRun = Math.max(...publicPages.flatMap((p) => p.lcpRuns));
	console.log(
		`As deployed: heaviest public page ${kb(heaviest)} besides fonts (target ≤ ${kb(TARGETS.publicBytesBesidesFonts)}), ` +
			`slowest median LCP ${ms(slowest)} over ${RUNS} runs (target ≤ ${ms(TARGETS.publicLcpMs)}); slowest single run ${ms(slowestRun)}`
	);
	console.log(
		`Kiosk warm start offline to its welcome screen, CPU ÷${THROTTLING.cpuSlowdown}: ${results.kiosk.warmOfflineStartMs.map(ms).join(', ')}; ` +
			`median ${ms(results.kiosk.median)}, max ${ms(results.kiosk.max)} (target ≤ ${ms(TARGETS.kioskWarmStartMs)})`
	);
	const report = {
		date: new Date().toISOString(),
		chromium: browser.version(),
		throttling: THROTTLING,
		runs: RUNS,
		device: { viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor },
		targets: TARGETS,
		...results
	};
	await mkdir(path.dirname(OUT), { recursive: true });
	await writeFile(OUT, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`Written to ${path.relative(process.cwd(), OUT)}`);
} finally {
	await browser.close();
	await proxy.stop();
	await server.stop();
	await rm(prefix, { recursive: true, force: true });
}
