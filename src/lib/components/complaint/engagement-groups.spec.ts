import { expect, test } from 'vitest';
import { m } from '$lib/i18n/messages';
import { engagementGroups } from './engagement-groups';

const engagement = (module: number, number: number, theme: string) => ({
	id: `e${number}`,
	module,
	number,
	theme,
	label: `Engagement ${number}`
});
const name = (number: number) => m.engagement_name({ number, label: `Engagement ${number}` });

test('groups by the given label, in module then number order whatever the input order', () => {
	const groups = engagementGroups(
		[
			engagement(2, 21, 'Titres'),
			engagement(1, 5, 'Accueil'),
			engagement(1, 1, 'Général'),
			engagement(1, 2, 'Général')
		],
		(e) => e.theme
	);
	expect(groups).toEqual([
		{
			label: 'Général',
			options: [
				{ value: 'e1', label: name(1) },
				{ value: 'e2', label: name(2) }
			]
		},
		{ label: 'Accueil', options: [{ value: 'e5', label: name(5) }] },
		{ label: 'Titres', options: [{ value: 'e21', label: name(21) }] }
	]);
});

test('one group per label: the same theme in two modules is one group, or two when the label says the module', () => {
	const engagements = [engagement(1, 1, 'Accueil'), engagement(2, 20, 'Accueil')];
	expect(engagementGroups(engagements, (e) => e.theme).map((g) => g.options.length)).toEqual([2]);
	expect(engagementGroups(engagements, (e) => `${e.module} – ${e.theme}`).map((g) => g.label)).toEqual([
		'1 – Accueil',
		'2 – Accueil'
	]);
});
