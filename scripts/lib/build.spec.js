// buildIfStale's output: one line while vite builds and the build is finished, a step's own report only
// when it fails.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const spawnSync = vi.fn();
vi.mock('node:child_process', () => ({ spawnSync }));
const { buildIfStale, buildIsStale, BUILD_FINISHED } = await import('./build.js');
const { paths } = await import('./pocketbase.js');

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

describe('buildIsStale', () => {
	/** A checkout in a temporary folder: a source, and a build finished at `finishedAt` (or none). */
	async function checkout({ finishedAt = null, shell = true } = {}) {
		const root = await mkdtemp(path.join(os.tmpdir(), 'qep-stale-'));
		await mkdir(path.join(root, 'src'), { recursive: true });
		await writeFile(path.join(root, 'src/app.html'), '<html></html>');
		await utimes(path.join(root, 'src/app.html'), new Date(1000), new Date(1000));
		await mkdir(path.join(root, 'build'), { recursive: true });
		if (shell) await writeFile(path.join(root, 'build/200.html'), '<html></html>');
		if (finishedAt !== null) {
			const marker = path.join(root, path.relative(paths.root, BUILD_FINISHED));
			await mkdir(path.dirname(marker), { recursive: true });
			await writeFile(marker, 'done');
			await utimes(marker, new Date(finishedAt), new Date(finishedAt));
		}
		return root;
	}
	const roots = [];
	afterEach(async () => {
		for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
	});

	it('is fresh once the last step finished after every source changed', async () => {
		roots.push(await checkout({ finishedAt: Date.now() + 60_000 }));
		expect(buildIsStale(roots[0])).toBe(false);
	});

	it('is stale when the last step never finished, the shell is missing, or a source is newer', async () => {
		roots.push(
			await checkout(),
			await checkout({ finishedAt: Date.now() + 60_000, shell: false }),
			await checkout({ finishedAt: 500 })
		);
		expect(roots.map((root) => buildIsStale(root))).toEqual([true, true, true]);
	});
});
