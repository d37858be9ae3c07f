import type { DemoAccount } from '../../../scripts/lib/pocketbase.js';

const accounts: DemoAccount[] = JSON.parse(process.env.E2E_DEMO_ACCOUNTS ?? '[]');

/** A demo staff account with the password this run's server generated for it (scripts/e2e.js). */
export function demoAccount(localPart: string): DemoAccount {
	const account = accounts.find((a) => a.email.split('@')[0] === localPart);
	if (!account)
		throw new Error(`No demo account ${localPart}@…: run the end-to-end tests with npm run test:e2e`);
	return account;
}

/** The seeded agent of the Metz demo site. */
export const agent = demoAccount('agent');
/** The seeded quality referent. */
export const referent = demoAccount('referente');
