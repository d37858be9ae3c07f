import { describe, expect, it } from 'vitest';
import { USAGE, parseStaffArgs } from './staff-cli.js';

describe('parseStaffArgs', () => {
	it('reads a new administrator or referent', () => {
		expect(parseStaffArgs(['create', 'Admin@Moselle.gouv.fr', ' Alice Martin ', 'admin'])).toEqual({
			action: 'create',
			email: 'admin@moselle.gouv.fr',
			name: 'Alice Martin',
			role: 'admin'
		});
		expect(parseStaffArgs(['create', 'q@moselle.gouv.fr', 'Q R', 'referent']).role).toBe('referent');
	});

	it('leaves agents to the back office, where their sites are chosen', () => {
		expect(parseStaffArgs(['create', 'a@moselle.gouv.fr', 'Paul', 'agent']).error).toMatch(/back office/);
	});

	it('refuses a malformed address or name with a sentence, not a stack trace', () => {
		expect(parseStaffArgs(['create', 'nobody', 'Paul', 'admin']).error).toMatch(/Not an e-mail address/);
		expect(parseStaffArgs(['create', 'a@b.fr', 'P', 'admin']).error).toMatch(/2 to 120/);
		expect(parseStaffArgs(['create', 'x@demo.qual-e-pref.fr', 'Paul', 'admin']).error).toMatch(/demo's own/);
	});

	it('reads a password renewal', () => {
		expect(parseStaffArgs(['password', 'A@b.fr'])).toEqual({ action: 'password', email: 'a@b.fr' });
	});

	it('answers the usage for anything else', () => {
		for (const args of [[], ['delete', 'a@b.fr'], ['create', 'a@b.fr'], ['password']])
			expect(parseStaffArgs(args).error).toBe(USAGE);
	});
});
