import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/i18n/messages';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { labelError, publishRefusals } from './refusals';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const refused = (status: number, data: Record<string, unknown>) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('publishRefusals', () => {
	it('says the label’s and the period’s problems in the form’s own words', () => {
		const error = refused(400, {
			label: { code: 'too_long' },
			from: { code: 'invalid' },
			to: { code: 'too_long' }
		});
		expect(publishRefusals(error)).toEqual({
			label: labelError('x'.repeat(121)),
			period: m.pub_p_period_too_long()
		});
		expect(publishRefusals(refused(400, { label: { code: 'too_short' } })).label).toBe(labelError('ab'));
		expect(publishRefusals(refused(400, { label: { code: 'required' } })).label).toBe(labelError(' '));
		expect(publishRefusals(refused(400, { from: { code: 'invalid' } })).period).toBe(m.pub_p_dates_invalid());
	});

	it('ignores other fields, other statuses and other errors', () => {
		expect(publishRefusals(refused(400, { site: { code: 'unknown' } }))).toEqual({});
		expect(publishRefusals(refused(404, { label: { code: 'too_long' } }))).toEqual({});
		expect(publishRefusals(new Error('boom'))).toEqual({});
	});
});
