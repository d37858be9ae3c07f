import { describe, expect, it } from 'vitest';
import { BAR, layoutRateBars, spansBetween, type ChartLayout } from './rate-bars-layout';

// Every character 7 wide, about the chart's 14 px letters.
const measure = (text: string) => text.length * 7;

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every text of the layout as a box, as Chromium draws 14 px Marianne: 15 above its baseline, 6 below. */
function textBoxes(layout: ChartLayout): (Box & { text: string })[] {
	const { label } = layout.threshold;
	const width = measure(label.text);
	const left = label.anchor === 'end' ? label.x - width : label.x;
	return [
		{ text: label.text, left, right: left + width, top: label.y - 15, bottom: label.y + 6 },
		...layout.rows.flatMap((row) =>
			row.lines.map((line) => ({
				text: line.text,
				left: 0,
				right: measure(line.text),
				top: line.y - 15,
				bottom: line.y + 6
			}))
		)
	];
}

const crosses = (layout: ChartLayout, box: Box) =>
	layout.threshold.segments.some(
		(s) =>
			box.left <= layout.threshold.x &&
			layout.threshold.x <= box.right &&
			s.from < box.bottom &&
			box.top < s.to
	);

const rows = [
	{ key: 'a', text: 'Accueil : 90,0 % (n\u00a0=\u00a012)' },
	{
		key: 'b',
		text: 'Question 3 : Les espaces d’accueil et d’attente sont-ils confortables ? : 66,4 % (n\u00a0=\u00a0250) — ▼\u00a0Sous\u00a0le\u00a0seuil'
	},
	{ key: 'c', text: 'Site internet — Échantillon insuffisant' }
];

describe('layoutRateBars', () => {
	for (const width of [358, 640, 768]) {
		describe(`at ${width} px`, () => {
			const layout = layoutRateBars({ rows, threshold: 0.75, thresholdText: 'Seuil 75,0 %', width, measure });

			it('gives each row its whole text, no line wider than the drawing', () => {
				expect(layout.rows.map((row) => row.lines.map((l) => l.text).join(''))).toEqual(
					rows.map((row) => row.text)
				);
				for (const box of textBoxes(layout)) {
					expect(box.left, box.text).toBeGreaterThanOrEqual(0);
					expect(box.right, box.text).toBeLessThanOrEqual(width);
					expect(box.top, box.text).toBeGreaterThanOrEqual(0);
					expect(box.bottom, box.text).toBeLessThanOrEqual(layout.height);
				}
			});

			it('keeps "▼ Sous le seuil" on one line', () => {
				expect(layout.rows[1]!.lines.some((l) => l.text.includes('▼\u00a0Sous\u00a0le\u00a0seuil'))).toBe(
					true
				);
			});

			it('puts each bar under its text, and the next row under the bar', () => {
				let previous = 0;
				for (const row of layout.rows) {
					const lastLine = row.lines.at(-1)!.y + 6;
					expect(row.lines[0]!.y - 15).toBeGreaterThanOrEqual(previous);
					expect(row.barY).toBeGreaterThanOrEqual(lastLine);
					previous = row.barY + BAR;
				}
				expect(layout.height).toBeGreaterThanOrEqual(previous);
			});

			it('draws the threshold line at 75 % of the bars, crossing no text', () => {
				expect(layout.threshold.x).toBeCloseTo(0.75 * layout.plot);
				expect(layout.threshold.segments.length).toBeGreaterThan(0);
				for (const box of textBoxes(layout)) expect(crosses(layout, box), box.text).toBe(false);
			});

			it('draws the line across every bar', () => {
				for (const row of layout.rows) {
					const bar = { from: row.barY, to: row.barY + BAR };
					expect(layout.threshold.segments.some((s) => s.from <= bar.from && bar.to <= s.to)).toBe(true);
				}
			});
		});
	}

	it('puts the threshold’s name on the side of its line where it fits', () => {
		const at = (threshold: number, width = 400) =>
			layoutRateBars({ rows, threshold, thresholdText: 'Seuil 75,0 %', width, measure }).threshold.label;
		expect(at(0.75).anchor).toBe('end');
		expect(at(0.2).anchor).toBe('start');
		// Too near the left edge for the name to sit on its left: on its right.
		expect(at(0.5, 180)).toMatchObject({ anchor: 'start', x: 88 + 6 });
		// Room on neither side: from the left edge, and the line stops short of it.
		const narrow = layoutRateBars({
			rows,
			threshold: 0.6,
			thresholdText: 'Seuil 75,0 %',
			width: 140,
			measure
		});
		expect(narrow.threshold.label).toMatchObject({ anchor: 'start', x: 0 });
		for (const box of textBoxes(narrow)) expect(crosses(narrow, box), box.text).toBe(false);
	});

	it('runs the line through rows whose text stops short of it', () => {
		const layout = layoutRateBars({
			rows: [
				{ key: 'a', text: 'A' },
				{ key: 'b', text: 'B' }
			],
			threshold: 0.75,
			thresholdText: 'Seuil',
			width: 400,
			measure
		});
		expect(layout.threshold.segments).toHaveLength(1);
	});
});

describe('spansBetween', () => {
	it('leaves out the cuts, merged, and what is too short to draw', () => {
		expect(
			spansBetween(0, 100, [
				{ from: 40, to: 60 },
				{ from: 10, to: 20 },
				{ from: 55, to: 70 },
				{ from: 99, to: 120 }
			])
		).toEqual([
			{ from: 0, to: 10 },
			{ from: 20, to: 40 },
			{ from: 70, to: 99 }
		]);
		expect(spansBetween(0, 10, [{ from: 0, to: 9 }])).toEqual([]);
	});
});
