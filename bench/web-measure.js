// The measuring side of `npm run bench:web`: throttling through the Chrome DevTools Protocol, bytes per type
// from Playwright's network events, paint timings from the page's own performance entries.

/** Slow 4G as Lighthouse defines it, and a mid-range phone's CPU (four times slower than this machine's). */
export const THROTTLING = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

const MOBILE_CHROME =
	'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36';

/** Lighthouse's mobile device (a Moto G Power): the citizen's phone. */
export const PHONE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
	userAgent: MOBILE_CHROME,
	locale: 'fr-FR'
};

/** The lobby's tablet, in landscape. */
export const TABLET = { ...PHONE, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.5 };

/** What a page's bytes are counted as (the DevTools protocol's resource types). */
const KIND = {
	Document: 'document',
	Script: 'script',
	Stylesheet: 'stylesheet',
	Font: 'font',
	Image: 'image',
	Fetch: 'fetch',
	XHR: 'fetch'
};
const QUIET_MS = 1000;
const READY_TIMEOUT_MS = 120_000;

/** Paint timings and long tasks, recorded by the page itself from its first instant. */
function observePaints() {
	const perf = { fcp: 0, lcp: 0, longTasks: [] };
	Object.defineProperty(window, '__benchPerf', { value: perf });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'first-contentful-paint') perf.fcp = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) perf.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) perf.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
}

/** Records when the kiosk's welcome screen (its French tile) is in a frame. */
function observeWelcome() {
	const seen = { at: 0 };
	Object.defineProperty(window, '__benchWelcome', { value: seen });
	const check = () => {
		if (seen.at) return;
		const tile = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Français'));
		if (tile) requestAnimationFrame(() => (seen.at ||= performance.now()));
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Throttles the page's network and CPU (before it navigates). */
async function throttle(page, { offline = false } = {}) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline,
		latency: THROTTLING.latencyMs,
		downloadThroughput: (THROTTLING.downloadKbps * 1000) / 8,
		uploadThroughput: (THROTTLING.uploadKbps * 1000) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
	return cdp;
}

/** Total Blocking Time: what each long task after the first paint spent beyond 50 ms. */
export function totalBlockingTime(longTasks, fcp) {
	return longTasks
		.filter(([start]) => start >= fcp)
		.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
}

/**
 * Tells the harness, through `binding`, when an element matching `selector` (and holding `text`, if given) is
 * in a frame. Passive (a mutation observer): the page's main thread does nothing else for the harness while
 * it loads. Playwright's locators, by contrast, poll the page with its selector engine, which computes
 * accessible names and styles on that same main thread (measured: tens of milliseconds at 4× slowdown, taken
 * from the page being timed).
 */
function observeShown({ selector, text, binding }) {
	let told = false;
	const check = () => {
		if (told) return;
		const found = [...document.querySelectorAll(selector)].some(
			(e) => !text || e.textContent?.includes(text)
		);
		if (!found) return;
		told = true;
		requestAnimationFrame(() => window[binding]());
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Watches `page` (before it navigates) for `shown` ({ selector, text? }); `seen` resolves once shown. */
async function watchShown(page, shown) {
	let resolveShown;
	const seen = new Promise((resolve) => (resolveShown = resolve));
	await page.exposeBinding('__benchShown', () => resolveShown());
	await page.addInitScript(observeShown, { ...shown, binding: '__benchShown' });
	return { seen };
}

/**
 * Opens `url` in a new page of `context` (a cold one for a first visit), waits until it showed `shown` (a
 * selector, watched passively) and the page's own requests have been quiet for a second, then checks that
 * `ready(page)` is visible (the element a visitor uses); returns bytes by type (the service worker's
 * precaching, which follows, apart), FCP, LCP and TBT. `keepOpen`: the page is returned too, still open.
 */
export async function firstVisit(context, url, { shown, ready }, { keepOpen = false } = {}) {
	const page = await context.newPage();
	await page.addInitScript(observePaints);
	const shownInPage = (await watchShown(page, shown)).seen;
	const cdp = await throttle(page);
	// The page's own transfers, as Chromium counts them (DevTools' "transferred": body and headers as they
	// crossed the network, HTTP/2's compressed headers included). A request the service worker answered from
	// its cache crossed nothing. The worker's own downloads (its precaching) are another target's: counted
	// apart, from Playwright's events.
	/** @type {Map<string, { url: string, type: string, start: number, fromWorker: boolean }>} */
	const seen = new Map();
	/** @type {{ url: string, type: string, bytes: number, start: number, end: number }[]} */
	const transfers = [];
	let protocol = '';
	cdp.on('Network.requestWillBeSent', ({ requestId, request, type, timestamp }) => {
		const url = new URL(request.url);
		if (url.protocol === 'data:') return;
		seen.set(requestId, {
			url: url.pathname,
			// A preloaded API read is reported as "Other" (the preload's own type): it is the page's data.
			type: url.pathname.startsWith('/api/') ? 'fetch' : (KIND[type] ?? 'other'),
			start: timestamp,
			fromWorker: false
		});
	});
	cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
		// The HTTP version the page came over (http/1.1 from PocketBase itself, h2 through the TLS proxy).
		if (type === 'Document') protocol ||= response.protocol;
		const request = seen.get(requestId);
		if (request) request.fromWorker = response.fromServiceWorker;
	});
	cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
		const request = seen.get(requestId);
		if (!request || request.fromWorker) return;
		transfers.push({
			url: request.url,
			type: request.type,
			bytes: encodedDataLength,
			start: request.start,
			end: timestamp
		});
	});
	let serviceWorkerBytes = 0;
	const inFlight = new Set();
	let lastActivity = Date.now();
	const sized = [];
	const started = (request) => {
		if (request.serviceWorker()) return;
		inFlight.add(request);
		lastActivity = Date.now();
	};
	const countWorker = async (request) => {
		const size = await request.sizes();
		serviceWorkerBytes += size.responseHeadersSize + size.responseBodySize;
	};
	const ended = (request) => {
		inFlight.delete(request);
		lastActivity = Date.now();
		if (request.serviceWorker()) sized.push(countWorker(request).catch(() => undefined));
	};
	const failed = (request) => inFlight.delete(request);
	context.on('request', started);
	context.on('requestfinished', ended);
	context.on('requestfailed', failed);
	try {
		await page.goto(url);
		let timer;
		await Promise.race([
			shownInPage,
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`${url}: nothing shown`)), READY_TIMEOUT_MS);
			})
		]).finally(() => clearTimeout(timer));
		while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		await ready(page).waitFor({ timeout: READY_TIMEOUT_MS });
		const perf = await page.evaluate(() => window.__benchPerf);
		await Promise.all(sized);
		const bytes = { document: 0, script: 0, stylesheet: 0, font: 0, image: 0, fetch: 0, other: 0 };
		for (const { type, bytes: size } of transfers) bytes[type] += size;
		// Timed from the page's first request, in the order they started (CDP's timestamps are seconds).
		const first = Math.min(...transfers.map((t) => t.start));
		const figures = {
			protocol,
			bytes: { ...bytes, besidesFonts: Object.values(bytes).reduce((a, b) => a + b, 0) - bytes.font },
			requests: transfers.length,
			fcp: perf.fcp,
			lcp: perf.lcp,
			tbt: totalBlockingTime(perf.longTasks, perf.fcp),
			serviceWorkerBytes,
			transfers: transfers
				.map((t) => ({ ...t, start: (t.start - first) * 1000, end: (t.end - first) * 1000 }))
				.sort((a, b) => a.start - b.start)
		};
		if (keepOpen) return { figures, page };
		await page.close();
		return figures;
	} finally {
		context.off('request', started);
		context.off('requestfinished', ended);
		context.off('requestfailed', failed);
	}
}

/** An enrolled kiosk opened again with the network cut: milliseconds from navigation to its welcome screen. */
export async function warmOfflineStart(context, url) {
	await context.setOffline(true);
	const page = await context.newPage();
	try {
		await page.addInitScript(observeWelcome);
		await throttle(page, { offline: true });
		await page.goto(url);
		const handle = await page.waitForFunction(() => window.__benchWelcome.at || 0, undefined, {
			timeout: READY_TIMEOUT_MS
		});
		return Number(await handle.jsonValue());
	} finally {
		await page.close();
		await context.setOffline(false);
	}
}
