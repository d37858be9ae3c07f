// Hostile complaints and information requests sent as JSON to POST /api/qep/complaints, one generated row
// per (field × class): no 5xx, a code per field, nothing stored but what a valid part of the request may
// store (tests/support/hostile/).
import { beforeAll, describe, expect, it } from 'vitest';
import { rowName, runRow, type Harness } from '../../support/hostile/harness';
import { complaintTable, type PublicCtx } from '../../support/hostile/public-table';
import { hostileWorld } from '../../support/hostile/setup';

const rows = complaintTable();

describe('hostile requests: complaints', () => {
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
