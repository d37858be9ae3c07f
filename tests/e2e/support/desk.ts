// Setup for the back-office journeys: complaints filed through the intake route by a signed-in agent
// (channel web: staff are not rate-limited like guests), and the demo agent of Fort-de-France.
import { randomBytes } from 'node:crypto';
import type PocketBase from 'pocketbase';
import { newId } from '../../../src/lib/domain/ids';
import { demoAccount } from './accounts';
import { superuser } from './api';

/** The seeded agent of the Fort-de-France demo site (Martinique). */
export const agentFdf = demoAccount('agent.fdf');

/**
 * An SDK client acting as this member of staff (impersonated by the run's superuser: password sign-ins
 * are rate-limited per address, and the sign-in form has tests of its own).
 */
export async function staffClient(who: { email: string }): Promise<PocketBase> {
	const su = await superuser();
	const record = await su
		.collection('staff')
		.getFirstListItem(su.filter('email = {:email}', { email: who.email }));
	const pb = await su.collection('staff').impersonate(record.id, 3600);
	pb.autoCancellation(false);
	return pb;
}

/** A name nobody else's test uses, to find one's own item in a shared inbox. */
export const uniqueName = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 8)}`;

/**
 * Files a web complaint for the Metz demo site through POST /api/qep/complaints, with `files` as its
 * attachments (multipart) when given; returns its id and reference.
 */
export async function fileComplaint(
	client: PocketBase,
	data: Record<string, unknown> = {},
	files: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> }[] = []
): Promise<{ id: string; reference: string }> {
	const site = await client.collection('sites').getFirstListItem('slug = "metz"');
	const id = newId();
	const payload = {
		items: [
			{
				id,
				type: 'complaint',
				data: {
					kind: 'complaint',
					channel: 'web',
					site: site.id,
					reception_point: '',
					engagement: '',
					service: '',
					subject: 'Dossier perdu au guichet',
					description: 'Mon dossier déposé le mois dernier semble avoir été perdu.',
					contact_name: uniqueName('Usager'),
					contact_email: `desk-${crypto.randomUUID().slice(0, 8)}@example.org`,
					contact_address: '',
					contact_phone: '',
					language: 'fr',
					tracking_token: randomBytes(32).toString('base64url'),
					submitted_at: new Date().toISOString(),
					nickname: '',
					...data
				}
			}
		]
	};
	let body: FormData | typeof payload = payload;
	if (files.length) {
		body = new FormData();
		body.append('payload', JSON.stringify(payload));
		for (const f of files) body.append('attachments', new Blob([f.bytes], { type: f.type }), f.name);
	}
	const { results } = await client.send<{
		results: { id: string; status: string; receipt?: { reference: string } }[];
	}>('/api/qep/complaints', { method: 'POST', body });
	const reference = results[0]?.receipt?.reference;
	if (results[0]?.status !== 'created' || !reference)
		throw new Error(`Not filed: ${JSON.stringify(results)}`);
	return { id, reference };
}
