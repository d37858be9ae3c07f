import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScaleCounts } from '$lib/domain/indicators';
import { DIMENSIONS } from '$lib/domain/snapshot';
import { previewCell } from './preview';

// The cell the server freezes (pocketbase/pb_hooks/lib/publication.js), loaded at run time: the hooks'
// CommonJS is not part of the typed program. The preview must show the referent that very cell.
const require = createRequire(import.meta.url);
const { cellOf } = require('../../../pocketbase/pb_hooks/lib/publication.js') as {
	cellOf: (...args: Parameters<typeof previewCell>) => unknown;
};

const count = fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 10_000 }));
const counts = fc.record<ScaleCounts>({
	very_satisfied: count,
	satisfied: count,
	dissatisfied: count,
	very_dissatisfied: count,
	no_opinion: count
});
const policy = fc.record({
	threshold: fc.oneof(fc.constantFrom(0, 0.5, 0.8, 1), fc.double({ min: 0, max: 1, noNaN: true })),
	minimum_sample: fc.nat({ max: 50 })
});
const dimension = fc.constantFrom(...DIMENSIONS);

// The people behind a cell's answers: a number, or not known (the indicators route does not count them).
const responses = fc.option(fc.nat({ max: 10_000 }), { nil: undefined });

describe('the preview and the publication agree on a cell', () => {
	it('suppress the same cells and publish the same figures, the number of people included', () => {
		fc.assert(
			fc.property(
				dimension,
				fc.string(),
				fc.string(),
				counts,
				policy,
				responses,
				(dim, key, label, c, p, people) => {
					expect(previewCell(dim, key, label, c, p, people)).toEqual(cellOf(dim, key, label, c, p, people));
				}
			),
			{ numRuns: 2000, interruptAfterTimeLimit: 10_000 }
		);
	}, 30_000);
});
