// The world a hostile file sends its requests into: its own sites, people and kiosk, and a complaint to
// follow (the run's server has its rate limits raised: see tests/integration/global-setup.ts).
import { inject } from 'vitest';
import { complaintItem, mailbox, submit, trackingToken } from '../complaints';
import { createWorld, superClient } from '../world';
import { harnessOf } from './harness';
import type { PublicCtx } from './public-table';
import type { StaffCtx } from './staff-table';

/** Today in the test sites' time zone (what the routes call today). */
export const parisToday = () =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

export async function hostileWorld() {
	const su = await superClient(inject('pbUrl'), inject('superuser'));
	const w = await createWorld(su);
	const h = harnessOf(inject('pbUrl'), w);
	const token = trackingToken();
	const email = mailbox('suivi');
	const [result] = await submit(w.clients.anonymous, [
		complaintItem(w, { tracking_token: token, contact_email: email })
	]);
	if (result?.status !== 'created') throw new Error(`setup: ${JSON.stringify(result)}`);
	const ctx: PublicCtx = {
		w,
		today: parisToday(),
		tracked: { token, email, reference: result.receipt!.reference }
	};
	return { su, w, h, ctx };
}

/** The staff files' world: the public one, plus a draft questionnaire, the policy and a publication. */
export async function staffWorld() {
	const { su, w, h } = await hostileWorld();
	const draft = await su.collection('questionnaires').create(w.make.questionnaire('draft'));
	await su.collection('questions').create({
		questionnaire: draft.id,
		engagement: w.engagement.id,
		position: 1,
		label: { fr: 'Êtes-vous satisfait ?' }
	});
	const policy = await su.collection('policies').getFirstListItem('');
	const publication = await su.collection('publications').create({
		label: 'Résultats de janvier',
		period_from: '2026-01-01',
		period_to: '2026-01-31',
		snapshot: { cells: [] }
	});
	const ctx: StaffCtx = { w, today: parisToday(), draft, policy, publication };
	return { su, w, h, ctx };
}
