// A year of survey responses for the benches: the bench's own migration (bench/fill/, never among the
// app's) run on a migrated data folder, so that SQLite makes the rows itself.
import path from 'node:path';
import { paths, runCommand } from '../scripts/lib/pocketbase.js';

/**
 * Fills the data folder with `count` survey responses of the demo prefecture over the year ending `end`.
 * @param {string} dataDir
 * @param {number} count
 * @param {string} end a day, YYYY-MM-DD
 */
export async function fillResponses(dataDir, count, end) {
	await runCommand(dataDir, ['migrate', 'up'], {
		migrationsDir: path.join(paths.root, 'bench/fill'),
		env: { BENCH_RESPONSES: String(count), BENCH_END: end }
	});
}
