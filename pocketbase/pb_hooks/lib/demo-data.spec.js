import { describe, expect, it } from 'vitest';
import { SCALE, buildDemo, prng } from './demo-data.js';

describe('buildDemo', () => {
	const demo = buildDemo({ today: '2026-11-22' });

	it('is deterministic for the same day', () => {
		expect(buildDemo({ today: '2026-11-22' })).toEqual(demo);
	});

	it('has two sites in different holiday zones and time zones', () => {
		expect(demo.sites).toHaveLength(2);
		expect(new Set(demo.sites.map((s) => s.zone)).size).toBe(2);
		expect(new Set(demo.sites.map((s) => s.time_zone)).size).toBe(2);
	});

	it('spreads several months of responses before today, and none after', () => {
		const days = demo.responses.map((r) => r.day).sort();
		expect(days.length).toBeGreaterThan(500);
		expect(days[0] < '2026-06-01').toBe(true);
		expect(days.at(-1) < '2026-11-22').toBe(true);
		expect(demo.responses.every((r) => r.answers.length === demo.questions.length)).toBe(true);
		expect(demo.responses.every((r) => r.answers.every((a) => SCALE.includes(a)))).toBe(true);
	});

	it('gives kiosk responses a reception point and web responses none', () => {
		for (const r of demo.responses) expect(Boolean(r.point)).toBe(r.channel === 'kiosk');
	});

	it('makes some cells fall under the 75 % threshold', () => {
		const rate = (site, position) => {
			const values = demo.responses.filter((r) => r.site === site).map((r) => r.answers[position - 1]);
			const opinions = values.filter((v) => v !== 'no_opinion');
			return opinions.filter((v) => v === 'very_satisfied' || v === 'satisfied').length / opinions.length;
		};
		const waiting = demo.questions.find((q) => q.engagement === 7).position;
		expect(rate('fort-de-france', waiting)).toBeLessThan(0.75);
		expect(rate('metz', waiting)).toBeGreaterThan(0.75);
	});

	it('has complaints of both kinds, some still unanswered', () => {
		expect(new Set(demo.complaints.map((c) => c.kind))).toEqual(new Set(['complaint', 'information']));
		expect(demo.complaints.some((c) => c.answer_delay === null)).toBe(true);
		expect(demo.complaints.some((c) => c.answer_delay > 1)).toBe(true);
	});

	it('has one staff account per role', () => {
		expect(new Set(demo.staff.map((s) => s.role))).toEqual(new Set(['agent', 'referent', 'admin']));
	});
});

describe('prng', () => {
	it('repeats for a seed and stays in [0, 1)', () => {
		const a = prng(7);
		const b = prng(7);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
	});
});
