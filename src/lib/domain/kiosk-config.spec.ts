import { describe, expect, it } from 'vitest';
import { kioskConfig } from '$lib/test/kiosk-config';
import { kioskConfigSchema } from './kiosk-config';

/** A configuration as the server sends it, naming these languages (known or not) on the kiosk and its questionnaire. */
const config = (languages: string[]) => {
	const base = kioskConfig();
	return {
		...base,
		questionnaire: { ...base.questionnaire, languages },
		kiosk: { ...base.kiosk, languages }
	};
};

describe('kioskConfigSchema', () => {
	it('keeps the languages this version speaks and leaves out one it does not know, instead of refusing all', () => {
		const parsed = kioskConfigSchema.parse(config(['fr', 'ar', 'xx', 'zh']));
		expect(parsed.kiosk.languages).toEqual(['fr', 'ar', 'zh']);
		expect(parsed.questionnaire.languages).toEqual(['fr', 'ar', 'zh']);
	});

	it('still refuses languages that are not a list of texts', () => {
		expect(kioskConfigSchema.safeParse(config([1 as unknown as string])).success).toBe(false);
	});
});
