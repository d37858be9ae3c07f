// The Node.js the README and package.json ask for is enough for every package installed: `npm install`
// then prints no EBADENGINE warning, and a machine with just that version runs everything. Optional
// packages are left out: npm skips one whose engine does not match, by design.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { paths } from './pocketbase.js';

const read = (file) => readFileSync(path.join(paths.root, file), 'utf8');

describe('the Node.js version asked for', () => {
	const required = JSON.parse(read('package.json')).engines.node;
	const minimum = semver.minVersion(required)?.version ?? '';

	it('is the one the README states', () => {
		const [major, minor] = minimum.split('.');
		expect(read('README.md')).toContain(`Node.js ≥ ${major}.${minor}`);
	});

	it('satisfies every installed package', () => {
		const { packages } = JSON.parse(read('package-lock.json'));
		const refused = Object.entries(packages)
			.filter(([, entry]) => !entry.optional && typeof entry.engines?.node === 'string')
			.filter(([, entry]) => !semver.satisfies(minimum, entry.engines.node))
			.map(([name, entry]) => `${name} needs ${entry.engines.node}`);
		expect(refused).toEqual([]);
	});
});
