import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_LIMITS, NOTE_LIMITS, textCode } from './refusals';

// The rule the note and answer routes apply (complaint-actions.js: values.js `textCode` with the limits of
// limits.json), loaded at run time: the hooks' CommonJS is not part of the typed program.
const require = createRequire(import.meta.url);
const server = require('../../../pocketbase/pb_hooks/lib/values.js') as {
	textCode: (value: unknown, min: number, max: number) => string | null;
};

/** Texts around the limits, and what a hostile client sends instead of text. */
const text = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u200b', '\u00a0', '\u0000', 'a', 'é', '\ud800') }),
	fc
		.tuple(fc.nat({ max: 10_020 }), fc.constantFrom('', ' ', '\u200b'))
		.map(([n, pad]) => `${pad}${'x'.repeat(n)}${pad}`),
	fc.constantFrom<unknown>(undefined, null, 0, 42, true, [], ['texte'], { text: 'x' })
);

describe('device and server agree on a note and an answer', () => {
	it.each([
		['note', NOTE_LIMITS],
		['answer', ANSWER_LIMITS]
	])(
		'give the same code to every %s',
		(_name, limits) => {
			fc.assert(
				fc.property(text, (value) => {
					expect(textCode(value, limits)).toBe(server.textCode(value, limits.min, limits.max));
				}),
				{ numRuns: 2000, interruptAfterTimeLimit: 10_000 }
			);
		},
		30_000
	);

	it('on the reported cases', () => {
		// Invisible characters only: the device took them for twelve characters of text.
		expect(textCode('\u200b'.repeat(12), ANSWER_LIMITS)).toBe('required');
		expect(textCode('Réponse\u0000 envoyée', ANSWER_LIMITS)).toBe('invalid');
		expect(textCode(`  ${'x'.repeat(10_000)}  `, ANSWER_LIMITS)).toBeNull();
		expect(NOTE_LIMITS).toEqual({ min: 1, max: 5000 });
		expect(ANSWER_LIMITS).toEqual({ min: 10, max: 10_000 });
	});
});
