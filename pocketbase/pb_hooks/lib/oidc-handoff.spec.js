import { describe, expect, it } from 'vitest';
import { redeemedToken } from './oidc-handoff.js';

const NOW = 1_800_000_000_000;
const ENTRY = { token: 'pb.token.here', binding: 'hash-of-secret', until: NOW + 60_000 };
const equal = (a, b) => a === b;

describe('a held token', () => {
	it('is given to the browser that holds the secret, within the minute', () => {
		expect(redeemedToken(ENTRY, 'hash-of-secret', NOW + 59_999, equal)).toBe('pb.token.here');
	});

	it.each([
		['another browser’s secret', ENTRY, 'hash-of-other', NOW],
		['no secret (no cookie)', ENTRY, '', NOW],
		['after the minute', ENTRY, 'hash-of-secret', NOW + 60_000],
		['no entry (spent or never made)', null, 'hash-of-secret', NOW],
		['an emptied entry', undefined, 'hash-of-secret', NOW],
		['an entry without a token', { ...ENTRY, token: undefined }, 'hash-of-secret', NOW],
		['an entry without a binding', { ...ENTRY, binding: undefined }, 'hash-of-secret', NOW]
	])('is refused with %s', (_, entry, bindingHash, now) => {
		expect(redeemedToken(entry, bindingHash, now, equal)).toBeNull();
	});
});
