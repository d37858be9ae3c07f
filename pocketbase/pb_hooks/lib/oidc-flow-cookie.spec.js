import { describe, expect, it } from 'vitest';
import { FLOW_TTL_SECONDS, openFlow, sealFlow } from './oidc-flow-cookie.js';

const NOW = 1_800_000_000;
// A stand-in for $security.encrypt/decrypt: what matters here is what the cookie carries and when it opens.
const seal = (text) => `sealed:${text}`;
const crypto = {
	open: (text) => {
		if (!text.startsWith('sealed:')) throw new Error('tampered');
		return text.slice('sealed:'.length);
	},
	equal: (a, b) => a === b
};
const FLOW = { state: 'state-1', nonce: 'nonce-1', verifier: 'verifier-1' };

describe('the sign-in’s flow cookie', () => {
	it('gives back the nonce and verifier for the state it was made with, within ten minutes', () => {
		const sealed = sealFlow(FLOW, NOW, seal);
		expect(openFlow(sealed, 'state-1', NOW + FLOW_TTL_SECONDS - 1, crypto)).toEqual({
			nonce: 'nonce-1',
			verifier: 'verifier-1'
		});
	});

	it.each([
		['another state', sealFlow(FLOW, NOW, seal), 'state-2', NOW],
		['expired', sealFlow(FLOW, NOW, seal), 'state-1', NOW + FLOW_TTL_SECONDS],
		['no cookie', '', 'state-1', NOW],
		['no state', sealFlow(FLOW, NOW, seal), '', NOW],
		['tampered', 'forged:{}', 'state-1', NOW],
		['not JSON', 'sealed:{', 'state-1', NOW],
		[
			'without a verifier',
			seal(JSON.stringify({ state: 'state-1', nonce: 'n', exp: NOW + 60 })),
			'state-1',
			NOW
		],
		['huge', `sealed:${'x'.repeat(5000)}`, 'state-1', NOW]
	])('refuses %s', (_, sealed, state, now) => {
		expect(openFlow(sealed, state, now, crypto)).toBeNull();
	});
});
