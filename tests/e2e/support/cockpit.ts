// Helpers for the referent's cockpit journeys: the board's expected figures computed here, independently
// of the page, from GET /api/qep/indicators with the domain's pure functions; reading the board's table;
// moving with the Tab key alone.
import { expect, type Page } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { changeInPoints, satisfaction, type ScaleCounts } from '../../../src/lib/domain/indicators';
import { referent } from './accounts';
import { useStaffSession } from './staff-session';

export interface Answer {
	period: { from: string; to: string };
	previous: { from: string; to: string };
	by: string;
	cells: { key: string; counts: ScaleCounts; previous: ScaleCounts }[];
	total: { counts: ScaleCounts; previous: ScaleCounts };
	policy: { threshold: number; minimum_sample: number };
}

export interface Figures {
	key: string;
	n: number;
	/** Per cent, one decimal, as shown. */
	rate: number | null;
	low: number | null;
	high: number | null;
	/** Points, one decimal; null for a small sample on either side. */
	change: number | null;
	below: boolean;
	small: boolean;
}

const pct = (value: number | null | undefined) => (value == null ? null : Math.round(value * 1000) / 10);

/** Today in the browser's zone (the Playwright config runs it in Europe/Paris). */
export function parisToday(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** The last complete calendar month before today, and the one before it. */
export function lastFullMonth(): {
	from: string;
	to: string;
	compareFrom: string;
	compareTo: string;
	key: string;
} {
	const [y, mo] = parisToday().split('-').map(Number) as [number, number];
	const month = (year: number, m: number) => {
		const d = new Date(Date.UTC(year, m - 1, 1));
		const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
		const key = d.toISOString().slice(0, 7);
		return { key, from: `${key}-01`, to: `${key}-${String(last).padStart(2, '0')}` };
	};
	const current = month(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1);
	const [cy, cm] = current.key.split('-').map(Number) as [number, number];
	const before = month(cm === 1 ? cy - 1 : cy, cm === 1 ? 12 : cm - 1);
	return { ...current, compareFrom: before.from, compareTo: before.to };
}

/** The figures the board must show for an answer of the route, computed with src/lib/domain/indicators.ts. */
export function expectedFigures(answer: Answer): Figures[] {
	const { threshold, minimum_sample: min } = answer.policy;
	return answer.cells.map((cell) => {
		const now = satisfaction(cell.counts, threshold, min);
		const before = satisfaction(cell.previous, threshold, min);
		return {
			key: cell.key,
			n: now.n,
			rate: pct(now.rate),
			low: pct(now.interval?.low),
			high: pct(now.interval?.high),
			change: now.small || before.small ? null : changeInPoints(now.rate, before.rate),
			below: now.belowThreshold,
			small: now.small
		};
	});
}

/** GET /api/qep/indicators as this client. */
export const indicators = (client: PocketBase, query: Record<string, string>) =>
	client.send<Answer>('/api/qep/indicators', { query });

/** "72,4 %" → 72.4, "−2,0" → -2, "+3,1" → 3.1, "1 234" → 1234, "—" → null. */
export function parseNumber(text: string): number | null {
	const clean = text
		.replace(/[\s\u00a0\u202f%]/g, '')
		.replace('−', '-')
		.replace(',', '.');
	return clean === '—' || clean === '' ? null : Number(clean);
}

/** Opens the indicators board as the demo referent, once its table has rows. */
export async function openBoard(page: Page): Promise<void> {
	await useStaffSession(page.context(), referent.email);
	await page.goto('/gestion/indicateurs');
	await expect(page.locator('#board-table tbody tr').first()).toBeVisible();
}

/** The board's table as figures, row by row (the total row left out). */
export async function readBoard(
	page: Page
): Promise<(Omit<Figures, 'below' | 'small'> & { status: string })[]> {
	const rows = page.locator('#board-table tbody tr');
	await expect(rows.first()).toBeVisible();
	const out = [];
	for (const row of await rows.all()) {
		const cell = (col: string) => row.locator(`[data-col="${col}"]`).innerText();
		const [low, high] = (await cell('interval')).split('–').map((part) => parseNumber(part));
		out.push({
			key: (await row.getAttribute('data-row-key')) ?? '',
			n: parseNumber(await cell('n'))!,
			rate: parseNumber(await cell('rate')),
			low: low ?? null,
			high: high ?? null,
			change: parseNumber(await cell('change')),
			// Text as written (badges are upper-cased by CSS), its parts joined by a space.
			status: await row.locator('[data-col="status"]').evaluate((el) =>
				[...el.childNodes]
					.map((node) => node.textContent?.trim() ?? '')
					.filter(Boolean)
					.join(' ')
			)
		});
	}
	return out;
}

/** Publishes the last 90 days' results as the referent `manager`, under a unique `label`, which it returns. */
export async function publishRecentResults(
	manager: PocketBase,
	label = `Résultats e2e ${crypto.randomUUID().slice(0, 6)}`
): Promise<string> {
	const today = new Date().toISOString().slice(0, 10);
	const from = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
	await manager.send('/api/qep/publications', { method: 'POST', body: { label, from, to: today } });
	return label;
}
