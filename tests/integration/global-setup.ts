// One real PocketBase for the integration run, stopped at the end whatever happened.
import type { TestProject } from 'vitest/node';
import { SUPERUSER, startTestServer } from '../support/server.js';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		superuser: { email: string; password: string };
	}
}

export default async function setup(project: TestProject) {
	const server = await startTestServer();
	project.provide('pbUrl', server.url);
	project.provide('superuser', SUPERUSER);
	return () => server.stop();
}
