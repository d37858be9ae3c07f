import { expect, test } from 'vitest';
import { answerLabel, answerLabels } from './answers';

test('the answers read in the order shown: the faces from the most satisfied, then no opinion', () => {
	expect(answerLabels()).toEqual([
		'Très satisfait',
		'Satisfait',
		'Peu satisfait',
		'Pas du tout satisfait',
		'Sans avis'
	]);
	expect(answerLabel('no_opinion')).toBe('Sans avis');
});
