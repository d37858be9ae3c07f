// `npm run bench:sync`: how fast the outbox drains into a real PocketBase on loopback, against the naive
// way (one request per response), in the same run; then tap-to-durable-save latency in real Chromium.
// Prints its figures; the last line is one JSON object. Not a test: nothing here passes or fails.
import 'fake-indexeddb/auto';
import { createServer } from 'vite';
import { paths } from '../scripts/lib/pocketbase.js';
import { startTestServer, SUPERUSER } from '../tests/support/server.js';
import { measureTapToSave } from './tap-latency.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 100);

const vite = await createServer({
	root: paths.root,
	logLevel: 'error',
	server: { middlewareMode: true },
	appType: 'custom'
});
const load = (path) => vite.ssrLoadModule(path);
const [{ default: PocketBase }, { QepDatabase }, outbox, { drain }, { pocketBaseTransport }, { newId }] =
	await Promise.all([
		import('pocketbase'),
		load('/src/lib/db/database.ts'),
		load('/src/lib/db/outbox.repo.ts'),
		load('/src/lib/sync/engine.ts'),
		load('/src/lib/sync/transport.ts'),
		load('/src/lib/domain/ids.ts')
	]);

const server = await startTestServer({ seedDemo: true, publicDir: paths.build });
try {
	const su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	// Rate limits would throttle the naive run far more than the batched one: measure the work, not the limiter.
	await su.settings.update({ rateLimits: { enabled: false } });

	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const point = await su.collection('reception_points').getFirstListItem(`site = "${site.id}"`);
	const questionnaire = await su.collection('questionnaires').getFirstListItem('status = "active"');
	const questions = await su
		.collection('questions')
		.getFullList({ filter: `questionnaire = "${questionnaire.id}"` });
	const password = crypto.randomUUID();
	const kiosk = await su.collection('kiosks').create({
		name: 'Borne de mesure',
		site: site.id,
		reception_point: point.id,
		languages: ['fr'],
		status: 'active',
		password,
		passwordConfirm: password
	});
	const device = await su.collection('kiosks').impersonate(kiosk.id, 3600);
	device.autoCancellation(false);
	const values = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
	const survey = (i) => ({
		questionnaire: questionnaire.id,
		site: site.id,
		reception_point: point.id,
		channel: 'kiosk',
		language: 'fr',
		day: new Date().toISOString().slice(0, 10),
		comment: '',
		answers: questions.map((q, j) => ({ question: q.id, value: values[(i + j) % values.length] }))
	});

	// Batched: the real engine draining a real (fake-indexeddb) outbox.
	const db = new QepDatabase(`bench-${Date.now()}`);
	for (let i = 0; i < COUNT; i += 500) {
		await db.outbox.bulkAdd(
			Array.from({ length: Math.min(500, COUNT - i) }, (_, k) => ({
				id: newId(),
				type: 'survey_response',
				data: survey(i + k),
				createdAt: i + k,
				attempts: 0
			}))
		);
	}
	const inner = pocketBaseTransport(device);
	let sendMs = 0;
	const transport = {
		async send(items, health) {
			const t = performance.now();
			try {
				return await inner.send(items, health);
			} finally {
				sendMs += performance.now() - t;
			}
		}
	};
	let start = performance.now();
	const result = await drain({ db, transportFor: () => transport, batchSize: BATCH });
	const batchedSeconds = (performance.now() - start) / 1000;
	if (result.failure || result.confirmed !== COUNT)
		throw new Error(`drain failed: ${JSON.stringify(result)}`);
	const left = await outbox.count(db);

	// Naive: one request per response.
	start = performance.now();
	for (let i = 0; i < COUNT; i++) {
		await device.send('/api/qep/ingest', {
			method: 'POST',
			body: { items: [{ id: newId(), type: 'survey_response', data: survey(i) }] }
		});
	}
	const naiveSeconds = (performance.now() - start) / 1000;
	const stored = (
		await su.collection('survey_responses').getList(1, 1, { filter: `reception_point = "${point.id}"` })
	).totalItems;

	const rps = COUNT / batchedSeconds;
	const naiveRps = COUNT / naiveSeconds;
	console.log(`responses: ${COUNT} × ${questions.length} answers; batch size ${BATCH}; outbox left: ${left}`);
	console.log(
		`batched: ${batchedSeconds.toFixed(2)} s → ${rps.toFixed(0)} responses/s ` +
			`(${(sendMs / 1000).toFixed(2)} s in requests, the rest in the device's outbox)`
	);
	console.log(
		`naive (one request per response): ${naiveSeconds.toFixed(2)} s → ${naiveRps.toFixed(0)} responses/s`
	);
	console.log(`responses stored for this point (demo + both runs): ${stored}`);

	const latency = await measureTapToSave(server.url, su);
	console.log(
		`tap-to-durable-save in Chromium over ${latency.samples} surveys: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`
	);
	console.log(
		JSON.stringify({
			responses: COUNT,
			batch: BATCH,
			rps: Math.round(rps),
			naive_rps: Math.round(naiveRps),
			ratio: Number((rps / naiveRps).toFixed(1)),
			tap_to_save_p50_ms: Number(latency.p50.toFixed(1)),
			tap_to_save_p95_ms: Number(latency.p95.toFixed(1))
		})
	);
} finally {
	await server.stop();
	await vite.close();
}
