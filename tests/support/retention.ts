// The retention job as its command runs it, and a complaint's files as they lie in storage, for the
// integration tests that erase data on a server of their own.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type PocketBase from 'pocketbase';
import { runCommand } from '../../scripts/lib/pocketbase.js';

/** Runs `pocketbase retention <at>` on that data folder: the counts the job prints on its RETENTION line. */
export async function runRetention(dataDir: string, at: string): Promise<Record<string, unknown>> {
	const output = await runCommand(dataDir, ['retention', at]);
	const line = output.split('\n').find((l) => l.includes('RETENTION '))!;
	return JSON.parse(line.slice(line.indexOf('RETENTION ') + 10));
}

/** The names of the files a complaint has in storage (none when its folder is gone). */
export async function storedFiles(su: PocketBase, dataDir: string, complaint: string): Promise<string[]> {
	const dir = path.join(dataDir, 'storage', (await su.collections.getOne('complaints')).id, complaint);
	return readdir(dir).catch(() => []);
}
