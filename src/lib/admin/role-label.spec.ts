import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { m } from '$lib/i18n/messages';
import { roleLabel } from './role-label';

beforeAll(() => overwriteGetLocale(() => 'fr'));

describe('roleLabel', () => {
	it('names each role from the catalogue, and an unknown one as it is', () => {
		expect(roleLabel('agent')).toBe(m.role_agent());
		expect(roleLabel('referent')).toBe(m.role_referent());
		expect(roleLabel('admin')).toBe(m.role_admin());
		expect(roleLabel('auditor')).toBe('auditor');
	});
});
