import { describe, expect, it } from 'vitest';
import { lobbySlides, nextIndex, rotates, rotationSeconds } from './lobby';
import { cell, hidden, snapshot } from '$lib/domain/snapshot.fixture';

const engagements = Array.from({ length: 5 }, (_, i) =>
	cell('site_engagement', `metz|e${i + 1}`, `Metz – ${i + 1}. E${i + 1}`, 20, 18)
);
const s = snapshot([
	cell('site', 'metz', 'Metz', 120, 100),
	hidden('site', 'fdf', 'Fort-de-France'),
	...engagements,
	cell('site_engagement', 'fdf|e1', 'Fort-de-France – 1. E1', 20, 10)
]);

describe('lobbySlides', () => {
	it('show the site overall, its engagements four at a time, then complaints', () => {
		const slides = lobbySlides(s, 'metz');
		expect(slides.map((x) => x.kind)).toEqual(['overall', 'engagements', 'engagements', 'complaints']);
		expect(slides[0]).toMatchObject({ row: { rate: 100 / 120, n: 120 } });
		expect(slides[1]).toMatchObject({ page: 1, pages: 2 });
		const second = slides[2]!;
		expect(second.kind === 'engagements' && second.rows.map((r) => r.key)).toEqual(['e5']);
		expect(slides[3]).toMatchObject({ complaints: { received: 12, inTimeShare: 0.9 } });
	});

	it('keep a suppressed site without figures, and skip complaints when there were none', () => {
		const slides = lobbySlides({ ...s, complaints: { ...s.complaints, received: 0 } }, 'fdf');
		expect(slides.map((x) => x.kind)).toEqual(['overall', 'engagements']);
		expect(slides[0]).toMatchObject({ row: { suppressed: true, rate: null, n: null } });
	});

	it('show an empty overall slide for a site the publication does not know', () => {
		expect(lobbySlides(s, 'nowhere')[0]).toEqual({ kind: 'overall', row: null });
	});
});

describe('rotation', () => {
	it('reads the pace from the URL within bounds', () => {
		expect(rotationSeconds(null)).toBe(12);
		expect(rotationSeconds('abc')).toBe(12);
		expect(rotationSeconds('2')).toBe(2);
		expect(rotationSeconds('0.5')).toBe(2);
		expect(rotationSeconds('999')).toBe(120);
	});

	it('loops over the slides', () => {
		expect(nextIndex(0, 3)).toBe(1);
		expect(nextIndex(2, 3)).toBe(0);
		expect(nextIndex(0, 0)).toBe(0);
	});

	it('pauses on hover, focus or request, and with a single slide', () => {
		const idle = { count: 3, hovered: false, focused: false, paused: false };
		expect(rotates(idle)).toBe(true);
		expect(rotates({ ...idle, hovered: true })).toBe(false);
		expect(rotates({ ...idle, focused: true })).toBe(false);
		expect(rotates({ ...idle, paused: true })).toBe(false);
		expect(rotates({ ...idle, count: 1 })).toBe(false);
	});

	it('resumes on request even with the pointer and focus still on the screen', () => {
		const there = { count: 3, hovered: true, focused: true, paused: false };
		expect(rotates({ ...there, resumed: true })).toBe(true);
		expect(rotates({ ...there, resumed: false })).toBe(false);
		expect(rotates({ ...there, paused: true, resumed: true })).toBe(false);
	});
});
