import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AXE_VERSION, CHECKED_ON } from './checks';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The end-to-end specs behind each line of the statement's "what has been checked". */
const EVIDENCE = {
	axe: ['tests/e2e/rgaa.spec.ts'],
	keyboard: [
		'tests/e2e/web-survey.spec.ts',
		'tests/e2e/complaint-web.spec.ts',
		'tests/e2e/language.spec.ts',
		'tests/e2e/staff-sign-in.spec.ts',
		'tests/e2e/desk-journey.spec.ts',
		'tests/e2e/transcription.spec.ts',
		'tests/e2e/cockpit-a11y.spec.ts',
		'tests/e2e/publishing-results.spec.ts',
		'tests/e2e/settings-policy.spec.ts'
	],
	reflow: ['tests/e2e/reflow.spec.ts']
};

describe('the accessibility statement’s facts', () => {
	it('names the axe-core release that is installed', () => {
		const lock = JSON.parse(read('package-lock.json'));
		expect(lock.packages['node_modules/axe-core'].version).toBe(AXE_VERSION);
	});

	it('gives a real calendar day', () => {
		expect(CHECKED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new Date(`${CHECKED_ON}T00:00:00Z`).toISOString().slice(0, 10)).toBe(CHECKED_ON);
	});

	it('rests on end-to-end specs that exist', () => {
		for (const path of Object.values(EVIDENCE).flat())
			expect(existsSync(new URL(path, root)), path).toBe(true);
	});

	it('counts as keyboard journeys only specs that move with the keyboard', () => {
		for (const path of EVIDENCE.keyboard)
			expect(read(path), path).toMatch(/keyboard\.press|tabTo\(|\.press\('Tab'\)/);
	});

	it('counts as axe scans a spec that scans with the WCAG 2.1 A/AA tags, and reflow one that measures the width', () => {
		const scanner = read('tests/e2e/support/axe.ts');
		for (const tag of ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) expect(scanner).toContain(`'${tag}'`);
		for (const path of EVIDENCE.axe)
			expect(read(path), path).toMatch(/expectAccessible|accessibilityViolations|AxeBuilder/);
		for (const path of EVIDENCE.reflow) expect(read(path), path).toContain('scrollWidth');
	});
});
