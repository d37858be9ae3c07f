import { demoAccounts } from '../../../scripts/lib/pocketbase.js';

const accounts = demoAccounts();
/** The seeded agent of the Metz demo site. */
export const agent = { ...accounts.find((a) => a.email.startsWith('agent@'))!, name: 'Paul Agent' };
/** The seeded quality referent. */
export const referent = {
	...accounts.find((a) => a.email.startsWith('referente@'))!,
	name: 'Claire Référente'
};
