// One hostile test file's body: the world its rows need, a check that the table is what it claims, then
// one test per generated row (see harness.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { rowName, runRow, type Harness, type HostileRow } from './harness';

/**
 * @param title the describe block's title
 * @param rows the generated table
 * @param minimum fewer rows than this means the generator lost a route or a class
 * @param world builds the file's own world (sites, people, kiosk…) and its harness
 */
export function hostileSuite<C>(
	title: string,
	rows: HostileRow<C>[],
	minimum: number,
	world: () => Promise<{ h: Harness; ctx: C }>
) {
	describe(title, () => {
		let h: Harness;
		let ctx: C;
		beforeAll(async () => {
			({ h, ctx } = await world());
		});

		it('generates one row per route, field and class, each named once', () => {
			expect(rows.length).toBeGreaterThan(minimum);
			expect(new Set(rows.map(rowName)).size).toBe(rows.length);
		});

		it.each(rows.map((row) => [rowName(row), row] as const))('%s', async (_name, row) => {
			await runRow(h, ctx, row);
		});
	});
}
