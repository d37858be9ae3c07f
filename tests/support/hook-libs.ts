// The hooks' own calendar, as the server runs it, to compute what the server should have answered.
// Loaded at run time by path: the module is written for PocketBase's JS engine too, whose globals the
// type checker does not know.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Site {
	timeZone: string;
	zone: string;
	closures: string[];
}
export interface WorkingDays {
	deadline(instantISO: string, n: number, site: Site): { receivedOn: string; dueOn: string; dueAt: string };
	receiptDate(instantISO: string, timeZone: string): string;
}

const file = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../pocketbase/pb_hooks/lib/working-days.js'
);

export async function workingDays(): Promise<WorkingDays> {
	const mod = (await import(/* @vite-ignore */ file)) as { default?: WorkingDays } & WorkingDays;
	return mod.default ?? mod;
}
