// One real PocketBase for the integration run, mailing to a local SMTP sink; both stopped at the end
// whatever happened.
import PocketBase from 'pocketbase';
import type { TestProject } from 'vitest/node';
import { SUPERUSER, startTestServer } from '../support/server.js';
import { startSmtpSink } from '../support/smtp-sink.js';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		/** The superuser, with a token signed in once for the run (sign-ins are rate-limited per address). */
		superuser: { email: string; password: string; token: string };
		/** The SMTP sink's HTTP side: GET /messages lists what PocketBase sent. */
		mailUrl: string;
	}
}

/**
 * Every request of the run comes from one address, so the per-address limits would throttle the suite (and
 * make it depend on how fast the machine is), not a spammer: the shared server's limits are raised for the
 * run. The limits themselves are tested on a server of their own (settings.test.ts).
 */
async function relaxRateLimits(su: PocketBase) {
	const { rateLimits } = await su.settings.getAll();
	const rules = (rateLimits.rules as { maxRequests: number }[]).map((rule) => ({
		...rule,
		maxRequests: 1_000_000
	}));
	await su.settings.update({ rateLimits: { ...rateLimits, rules } });
}

export default async function setup(project: TestProject) {
	const sink = await startSmtpSink();
	const server = await startTestServer({ env: sink.env }).catch(async (error) => {
		await sink.stop();
		throw error;
	});
	project.provide('pbUrl', server.url);
	const su = new PocketBase(server.url);
	const { token } = await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	await relaxRateLimits(su);
	project.provide('superuser', { ...SUPERUSER, token });
	project.provide('mailUrl', sink.httpUrl);
	return async () => {
		await server.stop();
		await sink.stop();
	};
}
