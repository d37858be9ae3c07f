import { expect, test } from 'vitest';
import { controlAria } from './control-aria';

test('points at the messages group and says nothing of validity while there is no error', () => {
	expect(controlAria('site')).toEqual({
		id: 'site',
		'aria-invalid': undefined,
		'aria-describedby': 'site-messages'
	});
	expect(controlAria('site', '')).toEqual(controlAria('site'));
});

test('marks the control invalid when it has an error', () => {
	expect(controlAria('site', 'Choisissez un site.')['aria-invalid']).toBe('true');
});
