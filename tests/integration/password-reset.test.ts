// A member of staff who forgot a password gets back in by e-mail: a French message with a link to the app's
// own page, the token after `#`, valid once; the new password follows the staff rule (12 characters at
// least) and signs out the sessions of the old one. The page never tells who has an account.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { statusOf } from '../support/http';
import { waitForMail } from '../support/smtp-sink.js';
import { superClient, unique } from '../support/world';

const guest = () => {
	const pb = new PocketBase(inject('pbUrl'));
	pb.autoCancellation(false);
	return pb;
};

/** The token in the reset link of the last message to `email`, and the link itself. */
async function resetLink(email: string) {
	const mail = await waitForMail(inject('mailUrl'), { to: email, subject: /nouveau mot de passe/ });
	const link = /href="([^"]+)"/.exec(mail.html)?.[1] ?? '';
	return { mail, link, token: decodeURIComponent(link.split('#')[1] ?? '') };
}

describe('password reset by e-mail', () => {
	let su: PocketBase;
	beforeAll(async () => {
		su = await superClient(inject('pbUrl'), inject('superuser'));
	});

	const newStaff = async () => {
		const email = `${unique('reset')}@prefecture.test`;
		const password = 'ancien mot de passe';
		await su
			.collection('staff')
			.create({ email, name: 'Agent Oublieux', role: 'referent', password, passwordConfirm: password });
		return { email, password };
	};

	it('mails a link to the app’s own page, which sets a new password once', async () => {
		const { email, password } = await newStaff();
		const before = guest();
		await before.collection('staff').authWithPassword(email, password);

		await guest().collection('staff').requestPasswordReset(email);
		const { mail, link, token } = await resetLink(email);
		expect(mail.subject).toBe('Qual-e-pref : nouveau mot de passe');
		expect(link.startsWith(`${inject('pbUrl')}/connexion/nouveau-mot-de-passe#`)).toBe(true);
		expect(mail.text).toMatch(/valable 30 minutes/);
		expect(token.length).toBeGreaterThan(20);

		await guest()
			.collection('staff')
			.confirmPasswordReset(token, 'une phrase bien longue', 'une phrase bien longue');
		const after = await guest().collection('staff').authWithPassword(email, 'une phrase bien longue');
		expect(after.record.email).toBe(email);
		await expect(guest().collection('staff').authWithPassword(email, password)).rejects.toMatchObject({
			status: 400
		});
		// The session opened with the old password is over.
		expect(await statusOf(before.collection('staff').authRefresh())).toBe(401);
		// The link served once.
		const again = await guest()
			.collection('staff')
			.confirmPasswordReset(token, 'encore une autre phrase', 'encore une autre phrase')
			.catch((error: ClientResponseError) => error);
		expect(again).toBeInstanceOf(ClientResponseError);
		expect((again as ClientResponseError).response.data.token?.code).toBeTruthy();
	});

	it('refuses a new password under 12 characters, next to the field, and keeps the old one', async () => {
		const { email, password } = await newStaff();
		await guest().collection('staff').requestPasswordReset(email);
		const { token } = await resetLink(email);
		const error = await guest()
			.collection('staff')
			.confirmPasswordReset(token, 'court-11car', 'court-11car')
			.catch((e: ClientResponseError) => e);
		expect((error as ClientResponseError).status).toBe(400);
		expect((error as ClientResponseError).response.data.password).toMatchObject({
			code: 'validation_length_out_of_range',
			params: { min: 12 }
		});
		expect((await guest().collection('staff').authWithPassword(email, password)).record.email).toBe(email);
	});

	it('answers the same for an address no account uses, and mails nothing', async () => {
		const nobody = `${unique('nobody')}@prefecture.test`;
		expect(await guest().collection('staff').requestPasswordReset(nobody)).toBe(true);
		await expect(waitForMail(inject('mailUrl'), { to: nobody, timeoutMs: 1500 })).rejects.toThrow(/no mail/);
	});

	it('holds accounts created by an administrator to the same 12-character rule', async () => {
		const error = await su
			.collection('staff')
			.create({
				email: `${unique('short')}@prefecture.test`,
				name: 'Agent Court',
				role: 'referent',
				password: 'onze-carac',
				passwordConfirm: 'onze-carac'
			})
			.catch((e: ClientResponseError) => e);
		expect((error as ClientResponseError).response.data.password?.code).toBe(
			'validation_min_text_constraint'
		);
	});
});
