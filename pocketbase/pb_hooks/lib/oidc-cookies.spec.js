import { describe, expect, it } from 'vitest';
import { cookieShape } from './oidc-cookies.js';

describe('the sign-in’s cookies', () => {
	it('are __Host- cookies under https: Secure, for the whole site', () => {
		expect(cookieShape('qep_oidc_flow', true)).toEqual({
			name: '__Host-qep_oidc_flow',
			path: '/',
			secure: true
		});
	});

	it('keep their plain name, limited to the sign-in’s routes, on loopback http', () => {
		expect(cookieShape('qep_oidc_flow', false)).toEqual({
			name: 'qep_oidc_flow',
			path: '/api/qep/oidc',
			secure: false
		});
	});
});
