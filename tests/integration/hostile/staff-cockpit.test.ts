// Hostile requests to the referent's routes (questionnaire versions, settings through the record API,
// publications and their open data, indicators, inbox, kiosk enrolment and PIN), one generated row per
// (route × field × class): no 5xx, a code per field, nothing stored or changed (tests/support/hostile/).
import { beforeAll, describe, expect, it } from 'vitest';
import { rowName, runRow, type Harness } from '../../support/hostile/harness';
import { staffWorld } from '../../support/hostile/setup';
import { cockpitTable, type StaffCtx } from '../../support/hostile/staff-table';

const rows = cockpitTable();

describe('hostile requests: questionnaires, settings, publications, indicators, inbox, kiosks', () => {
	let h: Harness;
	let ctx: StaffCtx;
	beforeAll(async () => {
		({ h, ctx } = await staffWorld());
	});

	it('generates one row per route, field and class, each named once', () => {
		expect(rows.length).toBeGreaterThan(100);
		expect(new Set(rows.map(rowName)).size).toBe(rows.length);
	});

	it.each(rows.map((row) => [rowName(row), row] as const))('%s', async (_name, row) => {
		await runRow(h, ctx, row);
	});
});
