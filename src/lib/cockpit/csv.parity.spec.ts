import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from './csv';

// The open data's CSV writer (pocketbase/pb_hooks/lib/open-data.js), loaded at run time: the hooks'
// CommonJS is not part of the typed program. Both write for the same spreadsheets.
const require = createRequire(import.meta.url);
const openData = require('../../../pocketbase/pb_hooks/lib/open-data.js') as {
	field: (value: unknown) => string;
};

const text = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc
		.tuple(
			fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', '"', ' ', "'"),
			fc.string({ maxLength: 12 })
		)
		.map(([first, rest]) => `${first}${rest}`),
	fc.constantFrom('=HYPERLINK("http://x.example";"clic")', '+33 6 12', '-1', '@SUM(A1)', '=1;2', 'Accueil')
);

describe('the back office’s and the open data’s CSV cells agree', () => {
	it('on every text: quoted and defused the same way', () => {
		fc.assert(
			fc.property(text, (value) => {
				expect(openData.field(value)).toBe(csvField(value));
			}),
			{ numRuns: 2000, interruptAfterTimeLimit: 10_000 }
		);
	}, 30_000);

	it('on numbers of up to four decimals (the open data rounds to four), and on nothing', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat({ max: 4 }), (n, decimals) => {
				const value = n / 10 ** decimals;
				expect(openData.field(value)).toBe(csvField(value));
			}),
			{ numRuns: 500 }
		);
		expect(openData.field(null)).toBe(csvField(null));
		expect(openData.field(Number.NaN)).toBe(csvField(Number.NaN));
	});

	it('on the reported case', () => {
		expect(openData.field('=1+1')).toBe("'=1+1");
		expect(openData.field('=A1;B1')).toBe(`"'=A1;B1"`);
	});
});
