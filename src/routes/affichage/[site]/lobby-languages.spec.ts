import { describe, expect, it } from 'vitest';
import { lobbyLanguages, nextView, viewCount } from './lobby-languages';

describe('the languages of a lobby screen', () => {
	it('reads the known codes of ?langues=, once each, in their order', () => {
		expect(lobbyLanguages('fr,ar,tr')).toEqual(['fr', 'ar', 'tr']);
		expect(lobbyLanguages(' AR , xx,ar,,zh ')).toEqual(['ar', 'zh']);
		expect(lobbyLanguages(null)).toEqual([]);
		expect(lobbyLanguages('de')).toEqual([]);
	});

	it('counts every slide in every language as a view (one language when none is listed)', () => {
		expect(viewCount(3, ['fr', 'ar'])).toBe(6);
		expect(viewCount(3, [])).toBe(3);
		expect(viewCount(1, ['fr', 'uk'])).toBe(2);
	});

	it('turns to the next language after the last slide, and back to the first after the last language', () => {
		expect(nextView(0, 3, ['fr', 'ar'], 'fr')).toEqual({ index: 1, language: null });
		expect(nextView(2, 3, ['fr', 'ar'], 'fr')).toEqual({ index: 0, language: 'ar' });
		expect(nextView(2, 3, ['fr', 'ar'], 'ar')).toEqual({ index: 0, language: 'fr' });
	});

	it('turns language at each step when there is one slide, and never with one language', () => {
		expect(nextView(0, 1, ['fr', 'ar', 'tr'], 'ar')).toEqual({ index: 0, language: 'tr' });
		expect(nextView(2, 3, ['ar'], 'ar')).toEqual({ index: 0, language: null });
		expect(nextView(2, 3, [], 'fr')).toEqual({ index: 0, language: null });
	});

	it('starts the round from the first listed language when the screen shows another one', () => {
		expect(nextView(0, 1, ['ar', 'tr'], 'fr')).toEqual({ index: 0, language: 'ar' });
	});
});
