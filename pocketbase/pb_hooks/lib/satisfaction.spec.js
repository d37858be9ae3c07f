import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as browser from '../../../src/lib/domain/indicators';
import { satisfaction } from './satisfaction.js';

const count = fc.integer({ min: 0, max: 5000 });
const cell = fc.record({
	very_satisfied: count,
	satisfied: count,
	dissatisfied: count,
	very_dissatisfied: count,
	no_opinion: count
});

describe('published figures', () => {
	it("agree with the board's (src/lib/domain/indicators.ts) on any counts", () => {
		fc.assert(
			fc.property(
				cell,
				fc.double({ min: 0.01, max: 1, noNaN: true }),
				fc.integer({ min: 1, max: 100 }),
				(c, threshold, minimum) => {
					expect(satisfaction(c, threshold, minimum)).toEqual(browser.satisfaction(c, threshold, minimum));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('flags a cell under the threshold and one too small to judge', () => {
		const counts = (vs, s, d, vd) => ({
			very_satisfied: vs,
			satisfied: s,
			dissatisfied: d,
			very_dissatisfied: vd,
			no_opinion: 0
		});
		expect(satisfaction(counts(10, 60, 20, 10), 0.75, 10)).toMatchObject({
			n: 100,
			rate: 0.7,
			belowThreshold: true
		});
		expect(satisfaction(counts(1, 1, 1, 0), 0.75, 10)).toMatchObject({
			n: 3,
			small: true,
			belowThreshold: false
		});
	});
});
