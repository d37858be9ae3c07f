import { describe, expect, it } from 'vitest';
import type { Engagement } from '$lib/pb/types';
import { groupEngagements } from './group-engagements';

const engagement = (module: number, number: number, theme: string): Engagement => ({
	id: `e${number}`,
	module,
	number,
	theme,
	label: `Engagement ${number}`
});

describe('groupEngagements', () => {
	it('groups by module then theme, in number order whatever the input order', () => {
		const groups = groupEngagements([
			engagement(2, 21, 'Délivrance des titres'),
			engagement(1, 5, 'Accueil physique'),
			engagement(1, 1, 'Dispositions générales'),
			engagement(1, 2, 'Dispositions générales')
		]);
		expect(
			groups.map((g) => [g.module, g.themes.map((t) => [t.theme, t.engagements.map((e) => e.number)])])
		).toEqual([
			[
				1,
				[
					['Dispositions générales', [1, 2]],
					['Accueil physique', [5]]
				]
			],
			[2, [['Délivrance des titres', [21]]]]
		]);
	});

	it('returns no group for no engagement', () => {
		expect(groupEngagements([])).toEqual([]);
	});
});
