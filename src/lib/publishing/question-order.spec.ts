import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyUpdates, freePosition, inOrder, moveUpdates, nextPosition } from './question-order';

const qs = [
	{ id: 'a', position: 1 },
	{ id: 'b', position: 2 },
	{ id: 'c', position: 4 }
];

describe('moveUpdates', () => {
	it('swaps a question with its neighbour through a free position', () => {
		expect(moveUpdates(qs, 'c', -1)).toEqual([
			{ id: 'c', position: 5 },
			{ id: 'b', position: 4 },
			{ id: 'c', position: 2 }
		]);
		expect(inOrder(applyUpdates(qs, moveUpdates(qs, 'a', 1))).map((q) => q.id)).toEqual(['b', 'a', 'c']);
	});

	it('does nothing past either end or for an unknown question', () => {
		expect(moveUpdates(qs, 'a', -1)).toEqual([]);
		expect(moveUpdates(qs, 'c', 1)).toEqual([]);
		expect(moveUpdates(qs, 'z', 1)).toEqual([]);
	});

	it('uses a gap when position 100 is taken', () => {
		const full = [
			{ id: 'a', position: 1 },
			{ id: 'b', position: 100 }
		];
		expect(freePosition(full)).toBe(2);
		expect(moveUpdates(full, 'b', -1)[0]).toEqual({ id: 'b', position: 2 });
	});

	it('never puts two questions on one position at any step, and keeps the others in place', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 30 }),
				fc.nat(),
				fc.boolean(),
				(positions, pick, up) => {
					const questions = positions.map((position, i) => ({ id: `q${i}`, position }));
					const target = questions[pick % questions.length]!;
					const updates = moveUpdates(questions, target.id, up ? -1 : 1);
					const current = new Map(questions.map((q) => [q.id, q.position]));
					for (const u of updates) {
						current.set(u.id, u.position);
						const all = [...current.values()];
						expect(new Set(all).size).toBe(all.length);
						expect(u.position).toBeGreaterThanOrEqual(1);
						expect(u.position).toBeLessThanOrEqual(100);
					}
					const before = inOrder(questions).map((q) => q.id);
					const after = inOrder(applyUpdates(questions, updates)).map((q) => q.id);
					const i = before.indexOf(target.id);
					const j = i + (up ? -1 : 1);
					if (j >= 0 && j < before.length) [before[i], before[j]] = [before[j]!, before[i]!];
					expect(after).toEqual(before);
				}
			)
		);
	});
});

describe('nextPosition', () => {
	it('puts a new question last, or in a gap when 100 is taken', () => {
		expect(nextPosition(qs)).toBe(5);
		expect(nextPosition([])).toBe(1);
		expect(nextPosition([{ id: 'x', position: 100 }])).toBe(1);
	});
});
