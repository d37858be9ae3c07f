// `node scripts/pb-types.js`: regenerates pocketbase/types/pocketbase.d.ts, the JS hook types that
// PocketBase's jsvm plugin writes to <data dir>/types.d.ts whenever it starts with a hooks folder. Run it
// after changing the pinned PocketBase version; `npm run check` then type-checks the hooks against it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { paths, pocketbaseBin } from './lib/pocketbase.js';

const run = promisify(execFile);
const target = path.join(paths.root, 'pocketbase/types/pocketbase.d.ts');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'qep-pb-types-'));
try {
	// Empty hooks and migrations folders: only the plugin's type file is wanted, none of our code runs.
	for (const dir of ['data', 'hooks', 'migrations']) await mkdir(path.join(scratch, dir));
	const { stdout: version } = await run(pocketbaseBin(), ['--version']);
	const dir = (/** @type {string} */ name) => path.join(scratch, name);
	await run(pocketbaseBin(), [
		'migrate',
		'history-sync',
		`--dir=${dir('data')}`,
		`--hooksDir=${dir('hooks')}`,
		`--migrationsDir=${dir('migrations')}`
	]);
	// The model constructors (new Collection({...}), new TextField({...})) unmarshal their argument as JSON,
	// as migrations write it (rules as null, fields as plain objects), not as the Go struct the generator
	// types it with: they are declared to take any object too.
	const generated = (await readFile(dir('data/types.d.ts'), 'utf8')).replace(
		/constructor\(data\?: (Partial<[\w.]+>)\)/g,
		'constructor(data?: $1 | { [key: string]: any })'
	);
	const header = [
		`// ${version.trim()}: the JS hook types its jsvm plugin writes to pb_data/types.d.ts.`,
		'// Regenerate with `node scripts/pb-types.js` after changing the pinned version; never edit by hand.',
		"// One change from the plugin's file: the model constructors also take the JSON form of their data.",
		''
	].join('\n');
	await writeFile(target, header + generated);
	console.log(`${path.relative(paths.root, target)}: ${version.trim()}`);
} finally {
	await rm(scratch, { recursive: true, force: true });
}
