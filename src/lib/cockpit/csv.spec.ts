import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV for French spreadsheets', () => {
	it('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
		const text = toCsv(
			['Libellé', 'Taux (%)'],
			[
				['Accueil', 72.4],
				['Orientation', 80]
			]
		);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.slice(1)).toBe('Libellé;Taux (%)\r\nAccueil;72,4\r\nOrientation;80\r\n');
	});

	it('writes decimal commas, negative numbers as numbers, nothing for no value', () => {
		expect(csvField(-12.5)).toBe('-12,5');
		expect(csvField(0.1)).toBe('0,1');
		expect(csvField(null)).toBe('');
		expect(csvField(Number.NaN)).toBe('');
	});

	it('quotes text with separators, quotes or line breaks', () => {
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField('dit "non"')).toBe('"dit ""non"""');
		expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
		expect(csvField('1,5 jours')).toBe('1,5 jours');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('+33 1 23')).toBe("'+33 1 23");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
	});
});
