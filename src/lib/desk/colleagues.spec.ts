import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { colleaguesFor } from './colleagues';

const require = createRequire(import.meta.url);
const { canActOn } = require('../../../pocketbase/pb_hooks/lib/staff-access.js') as {
	canActOn: (caller: { kind: string; role: string; sites: string[] }, site: string) => boolean;
};

const METZ = 'metz00000000001';
const FDF = 'fdf000000000002';
const STAFF = [
	{ id: 'a', name: 'Paul Agent', role: 'agent', sites: [METZ] },
	{ id: 'b', name: 'Léa Agente', role: 'agent', sites: [FDF] },
	{ id: 'c', name: 'Claire Référente', role: 'referent', sites: [] },
	{ id: 'd', name: 'Alex Administrateur', role: 'admin' },
	{ id: 'e', name: 'Émile Agent', role: 'agent', sites: [FDF, METZ] }
];

describe('colleaguesFor', () => {
	it('offers the site’s agents, referents and admins, by name', () => {
		expect(colleaguesFor(STAFF, METZ, 'fr').map((s) => s.name)).toEqual([
			'Alex Administrateur',
			'Claire Référente',
			'Émile Agent',
			'Paul Agent'
		]);
	});

	it('offers exactly those the server accepts', () => {
		for (const site of [METZ, FDF]) {
			const offered = new Set(colleaguesFor(STAFF, site, 'fr').map((s) => s.id));
			for (const s of STAFF)
				expect(offered.has(s.id)).toBe(canActOn({ kind: 'staff', role: s.role, sites: s.sites ?? [] }, site));
		}
	});
});
