// Property: whatever mix of submissions (surveys, complaints, suggestions), network failures, 5xx answers and
// answers lost after the server stored the batch, once the network is good again the server holds exactly
// the submitted set, each item inserted once, every request went to one route, every complaint's receipt
// is on the device, and the outbox is empty.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { QepDatabase } from '$lib/db/database';
import * as outbox from '$lib/db/outbox.repo';
import { newId } from '$lib/domain/ids';
import * as receipts from '$lib/db/receipts.repo';
import { routeOf } from '$lib/domain/submission';
import { FakeIngestServer, outboxItem, scriptedTransport, type Outcome } from '$lib/test/fake-server';
import { drain } from './engine';

const step = fc.oneof(
	fc.record({
		kind: fc.constant('submit' as const),
		count: fc.integer({ min: 1, max: 7 }),
		type: fc.constantFrom('survey_response' as const, 'complaint' as const, 'suggestion' as const)
	}),
	fc.record({
		kind: fc.constant('sync' as const),
		outcome: fc.constantFrom<Outcome>('ok', 'network', 'server-error', 'lost-after-store')
	})
);

/**
 * 150 runs took 2.7 s alone on an idle machine, and 5.5–13 s on a busy 2-core one (fake-indexeddb answers
 * through the event loop, so a loaded machine slows every request): vitest's 5 s default failed there, so
 * the budget is sized for the busy machine. Fewer runs would only make the test weaker, and there is no
 * timer to fake: the engine never waits, and the outbox's clock is the `clock` counter below.
 */
const BUDGET_MS = 60_000;

// One database for every run, emptied before each: opening and deleting one per run was a good part of the
// cost, and an emptied database is the same starting point.
const db = new QepDatabase('engine-property');
afterAll(() => db.delete());

describe('sync engine (property)', () => {
	it(
		'server set equals submitted set and the outbox ends empty, whatever fails on the way',
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.array(step, { maxLength: 30 }),
					fc.integer({ min: 1, max: 8 }),
					async (steps, batchSize) => {
						await Promise.all(db.tables.map((table) => table.clear()));
						const server = new FakeIngestServer();
						const submitted = new Set<string>();
						const complaints: string[] = [];
						const sent: string[][] = [];
						let clock = 0;
						for (const s of steps) {
							if (s.kind === 'submit') {
								for (let i = 0; i < s.count; i++) {
									const id = newId();
									submitted.add(id);
									if (s.type === 'complaint') complaints.push(id);
									await outbox.add(db, outboxItem(s.type, id), clock++);
								}
							} else {
								const transport = scriptedTransport(server, [s.outcome]);
								await drain({ db, transportFor: () => transport, batchSize });
								sent.push(...transport.batches.map((b) => b.map((i) => routeOf(i.type))));
							}
						}
						// The network comes back for good.
						const good = scriptedTransport(server);
						expect((await drain({ db, transportFor: () => good, batchSize })).failure).toBeNull();
						sent.push(...good.batches.map((b) => b.map((i) => routeOf(i.type))));

						expect(sent.every((routes) => new Set(routes).size === 1)).toBe(true);
						for (const id of complaints)
							expect(await receipts.get(db, id)).toEqual(server.receipts.get(id) ?? 'missing');

						expect(new Set(server.inserts.keys())).toEqual(submitted);
						expect([...server.inserts.values()].every((count) => count === 1)).toBe(true);
						expect(await outbox.count(db)).toBe(0);
					}
				),
				{ numRuns: 150 }
			);
		},
		BUDGET_MS
	);
});
