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
	addWorkingDays(dateISO: string, n: number, zone: string, closures?: string[]): string;
	endOfDay(dateISO: string, timeZone: string): string;
}

export interface Workflow {
	waitedDays(waitingSinceISO: string, nowISO: string, site: Site): number;
	movedDeadline(deadlineISO: string, days: number, site: Site): string;
}
export interface ComplaintReceipt {
	transcribedAt(receivedOn: string, timeZone: string, nowMs: number): string;
}

/** A module of pocketbase/pb_hooks/lib, loaded by path. */
async function hookLib<T>(name: string): Promise<T> {
	const file = path.resolve(
		path.dirname(fileURLToPath(import.meta.url)),
		`../../pocketbase/pb_hooks/lib/${name}.js`
	);
	const mod = (await import(/* @vite-ignore */ file)) as { default?: T } & T;
	return mod.default ?? mod;
}

export const workingDays = () => hookLib<WorkingDays>('working-days');
export const workflow = () => hookLib<Workflow>('workflow');
export const complaintReceipt = () => hookLib<ComplaintReceipt>('complaint-receipt');
