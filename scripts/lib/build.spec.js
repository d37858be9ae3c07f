// buildIfStale's output: one line while vite builds and the build is finished, a step's own report only
// when it fails.
import { afterEach, describe, expect, it, vi } from 'vitest';

const spawnSync = vi.fn();
vi.mock('node:child_process', () => ({ spawnSync }));
const { buildIfStale } = await import('./build.js');

const REPORT = Array.from({ length: 370 }, (_, i) => `build/_app/chunk-${i}.js  1.2 kB`).join('\n');

function captured() {
	const lines = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((text) => (lines.push(String(text)), true));
	vi.spyOn(console, 'log').mockImplementation((text) => void lines.push(`${text}\n`));
	return () => lines.join('');
}

afterEach(() => {
	vi.restoreAllMocks();
	spawnSync.mockReset();
});

describe('buildIfStale', () => {
	it('says in one line that it built, without vite’s report', () => {
		spawnSync.mockReturnValue({ status: 0, stdout: REPORT, stderr: '' });
		const output = captured();
		expect(buildIfStale({ force: true })).toBe(true);
		expect(output()).toMatch(/^Building the web app… done in \d+ s\n$/);
		// vite, then the check of its pages and the compressed copies of what it built.
		expect(spawnSync.mock.calls.map(([, args]) => args.map((a) => a.split('/').pop()))).toEqual([
			['vite.js', 'build'],
			['finish-build.js']
		]);
	});

	it('throws when the finishing step fails after vite built', () => {
		spawnSync
			.mockReturnValueOnce({ status: 0, stdout: REPORT, stderr: '' })
			.mockReturnValueOnce({ status: 1, stdout: '', stderr: 'ENOSPC' });
		const output = captured();
		expect(() => buildIfStale({ force: true })).toThrow('finishing failed');
		expect(output()).toContain('ENOSPC');
	});

	it('shows vite’s report, then throws, when the build fails', () => {
		spawnSync.mockReturnValue({ status: 1, stdout: REPORT, stderr: 'error: bad import' });
		const output = captured();
		expect(() => buildIfStale({ force: true })).toThrow('vite build failed');
		expect(output()).toContain('chunk-369.js');
		expect(output()).toContain('error: bad import');
	});
});
