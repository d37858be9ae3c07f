import { describe, expect, it } from 'vitest';
import { canActOn, siteScope } from './staff-access.js';

const A = 'site0000000000a';
const B = 'site0000000000b';
const agentOfA = { kind: 'staff', role: 'agent', sites: [A] };

describe('which sites a staff member works for', () => {
	it('an agent acts on his own sites only', () => {
		expect(canActOn(agentOfA, A)).toBe(true);
		expect(canActOn(agentOfA, B)).toBe(false);
		expect(siteScope(agentOfA)).toEqual([A]);
	});

	it('an agent with no site acts on none', () => {
		const nowhere = { kind: 'staff', role: 'agent', sites: [] };
		expect(canActOn(nowhere, A)).toBe(false);
		expect(siteScope(nowhere)).toEqual([]);
	});

	it.each(['referent', 'admin'])('a %s acts on every site', (role) => {
		const manager = { kind: 'staff', role, sites: [] };
		expect(canActOn(manager, B)).toBe(true);
		expect(siteScope(manager)).toBeNull();
	});

	it('guests and kiosks act on nothing, and nobody on an empty site', () => {
		expect(canActOn({ kind: 'guest', sites: [] }, A)).toBe(false);
		expect(canActOn({ kind: 'kiosk', site: A, sites: [] }, A)).toBe(false);
		expect(canActOn({ kind: 'staff', role: 'admin', sites: [] }, '')).toBe(false);
	});
});
