// Hostile requests to POST /api/qep/ingest, one generated row per (field × class): no 5xx, a code per
// field, nothing stored but what a valid part of the request may store (tests/support/hostile/).
import { beforeAll, describe, expect, it } from 'vitest';
import { rowName, runRow, type Harness } from '../../support/hostile/harness';
import { ingestTable, type PublicCtx } from '../../support/hostile/public-table';
import { hostileWorld } from '../../support/hostile/setup';

const rows = ingestTable();

describe('hostile requests: ingest', () => {
	let h: Harness;
	let ctx: PublicCtx;
	beforeAll(async () => {
		({ h, ctx } = await hostileWorld());
	});

	it('generates one row per route, field and class, each named once', () => {
		expect(rows.length).toBeGreaterThan(150);
		expect(new Set(rows.map(rowName)).size).toBe(rows.length);
	});

	it.each(rows.map((row) => [rowName(row), row] as const))('%s', async (_name, row) => {
		await runRow(h, ctx, row);
	});
});
