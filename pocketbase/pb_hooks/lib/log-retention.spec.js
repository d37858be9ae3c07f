import { describe, expect, it } from 'vitest';
import { applyLogRetention } from './log-retention.js';

/** PocketBase's app as far as the settings go. */
const appWith = (maxDays) => {
	const settings = { logs: { maxDays } };
	const saved = [];
	return { settings: () => settings, save: (s) => saved.push(s.logs.maxDays), saved };
};

describe('applyLogRetention', () => {
	it('writes the policy’s days over PocketBase’s default', () => {
		const app = appWith(5);
		expect(applyLogRetention(app, 30)).toBe(true);
		expect(app.saved).toEqual([30]);
	});

	it('saves nothing when the settings already say so', () => {
		const app = appWith(30);
		expect(applyLogRetention(app, 30)).toBe(false);
		expect(app.saved).toEqual([]);
	});

	it('ignores a missing or impossible value (0 would switch PocketBase’s logs off)', () => {
		const app = appWith(30);
		for (const days of [null, 0, -1, 1.5]) expect(applyLogRetention(app, days)).toBe(false);
		expect(app.saved).toEqual([]);
	});
});
