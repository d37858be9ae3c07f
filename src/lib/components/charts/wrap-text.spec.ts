import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

// Every character is 1 wide: widths read as character counts.
const chars = (text: string) => text.length;

describe('wrapText', () => {
	it('keeps a text that fits on one line', () => {
		expect(wrapText('Accueil général', 20, chars)).toEqual(['Accueil général']);
	});

	it('breaks after spaces, each line within the width, the text whole once joined', () => {
		const text = 'Les espaces d’accueil et d’attente sont-ils confortables ?';
		const lines = wrapText(text, 20, chars);
		expect(lines).toEqual(['Les espaces ', 'd’accueil et ', 'd’attente sont-ils ', 'confortables ?']);
		expect(lines.join('')).toBe(text);
		expect(lines.every((line) => line.length <= 20)).toBe(true);
	});

	it('holds words joined by a no-break space together', () => {
		expect(wrapText('66,4 % — ▼\u00a0Sous\u00a0le\u00a0seuil', 16, chars)).toEqual([
			'66,4 % — ',
			'▼\u00a0Sous\u00a0le\u00a0seuil'
		]);
	});

	it('cuts a word wider than the line between letters rather than letting it overflow', () => {
		const lines = wrapText('a Anticonstitutionnellement b', 10, chars);
		expect(lines).toEqual(['a ', 'Anticonsti', 'tutionnell', 'ement b']);
		expect(lines.every((line) => line.length <= 10)).toBe(true);
	});

	it('measures with the real widths it is given', () => {
		const wide = (text: string) => [...text].reduce((w, c) => w + (c === 'W' ? 3 : 1), 0);
		expect(wrapText('WW ab WW', 9, wide)).toEqual(['WW ', 'ab WW']);
	});

	it('gives one empty line for an empty text', () => {
		expect(wrapText('', 10, chars)).toEqual(['']);
	});
});
