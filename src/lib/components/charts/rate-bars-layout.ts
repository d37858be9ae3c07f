// Where everything of the rate chart goes, computed from its texts and the width it is drawn at (one unit
// is one CSS pixel, so the letters keep their size on a phone): each row's words wrapped over as many
// lines as they need above its bar, the threshold's name beside its line, and that dashed line drawn only
// where it crosses no text.
import { wrapText, type Measure } from './wrap-text';

/** Sizes in CSS pixels; the text size is the chart's CSS font size. */
export const FONT = 14;
const LINE = 20;
/** From a line's top to its baseline. */
const BASELINE = 15;
const TEXT_GAP = 6;
export const BAR = 16;
const ROW_GAP = 14;
/** Room at the right for the interval's end and the line's stroke. */
const RIGHT = 4;
/** Clearance between the threshold line and a text, across and along the line. */
const CLEAR = 6;
/** A 14 px line of Marianne is drawn 21 px high from its line's top: room for such metrics. */
const CLEAR_Y = 3;
/** How far the line reaches past the bars at the bottom. */
const OVERHANG = 3;

export interface TextLine {
	text: string;
	/** Baseline. */
	y: number;
}

export interface RowPlace {
	key: string;
	lines: TextLine[];
	/** Top of the bar. */
	barY: number;
}

export interface Span {
	from: number;
	to: number;
}

export interface ChartLayout {
	width: number;
	height: number;
	/** 0–100 % spans [0, plot]. */
	plot: number;
	rows: RowPlace[];
	threshold: {
		x: number;
		label: { text: string; x: number; y: number; anchor: 'start' | 'end' };
		/** The stretches of the dashed line, top to bottom. */
		segments: Span[];
	};
}

export interface LayoutInput {
	rows: { key: string; text: string }[];
	/** 0..1 */
	threshold: number;
	thresholdText: string;
	width: number;
	measure: Measure;
	/** The threshold's name is bold: measured apart. */
	measureStrong?: Measure;
}

const clamp = (value: number) => Math.max(0, Math.min(1, value));

/** The parts of [from, to] that none of the cuts cover. */
export function spansBetween(from: number, to: number, cuts: Span[]): Span[] {
	const out: Span[] = [];
	let at = from;
	for (const cut of [...cuts].sort((a, b) => a.from - b.from)) {
		if (cut.from > at) out.push({ from: at, to: Math.min(cut.from, to) });
		at = Math.max(at, cut.to);
		if (at >= to) break;
	}
	if (at < to) out.push({ from: at, to });
	return out.filter((span) => span.to - span.from >= 2);
}

/** The chart's places for these rows at this width. */
export function layoutRateBars(input: LayoutInput): ChartLayout {
	const { width, measure } = input;
	const plot = Math.max(0, width - RIGHT);
	const x = clamp(input.threshold) * plot;
	const cuts: Span[] = [];
	// A text from `left` to `right` on the line band starting at `top`: the line stops around it if they meet.
	const avoid = (left: number, right: number, top: number) => {
		if (left - CLEAR < x && x < right + CLEAR) cuts.push({ from: top - CLEAR_Y, to: top + LINE + CLEAR_Y });
	};

	// The threshold's name on the first band, on whichever side of its line it fits.
	const labelWidth = (input.measureStrong ?? measure)(input.thresholdText);
	const fitsLeft = x - CLEAR - labelWidth >= 0;
	const fitsRight = x + CLEAR + labelWidth <= width;
	const anchor: 'start' | 'end' = fitsLeft && (input.threshold >= 0.5 || !fitsRight) ? 'end' : 'start';
	const labelX = anchor === 'end' ? x - CLEAR : fitsRight ? x + CLEAR : 0;
	avoid(anchor === 'end' ? labelX - labelWidth : labelX, anchor === 'end' ? labelX : labelX + labelWidth, 0);

	let top = LINE + 4;
	const rows = input.rows.map(({ key, text }) => {
		const lines = wrapText(text, plot, measure).map((line, i) => {
			avoid(0, measure(line), top + i * LINE);
			return { text: line, y: top + i * LINE + BASELINE };
		});
		const barY = top + lines.length * LINE + TEXT_GAP;
		top = barY + BAR + ROW_GAP;
		return { key, lines, barY };
	});
	const bottom = rows.length ? rows.at(-1)!.barY + BAR + OVERHANG : top;

	return {
		width,
		height: bottom + 4,
		plot,
		rows,
		threshold: {
			x,
			label: { text: input.thresholdText, x: labelX, y: BASELINE, anchor },
			segments: spansBetween(0, bottom, cuts)
		}
	};
}
