import { describe, expect, it } from 'vitest';
import { ackMail } from './ack-mail.js';

const ack = (overrides = {}) => ({
	language: 'fr',
	kind: 'complaint',
	reference: '2026-R-000123',
	receivedOn: '2026-11-23',
	dueOn: '2026-12-14',
	service: 'Bureau des étrangers',
	trackingUrl: 'https://qualite.prefecture.test/suivi#' + 'A'.repeat(43),
	site: {
		name: 'Préfecture de la Moselle',
		contact_email: 'accueil@moselle.gouv.fr',
		contact_address: '9 place de la Préfecture, 57000 Metz'
	},
	...overrides
});

describe('ackMail', () => {
	it('says what L112-11 asks: receipt date, reference, service and its contact, due date, and the link', () => {
		const { subject, text, html } = ackMail(ack());
		expect(subject).toBe('Accusé de réception de votre réclamation 2026-R-000123');
		for (const part of [
			'le lundi 23 novembre 2026',
			'2026-R-000123',
			'Préfecture de la Moselle – Bureau des étrangers',
			'accueil@moselle.gouv.fr',
			'9 place de la Préfecture, 57000 Metz',
			'au plus tard le lundi 14 décembre 2026',
			ack().trackingUrl,
			'L112-11'
		]) {
			expect(text).toContain(part);
		}
		expect(html).toContain(`<a href="${ack().trackingUrl}">`);
		expect(text).not.toMatch(/English|We received/);
	});

	it('names an information request as such', () => {
		const { subject, text } = ackMail(ack({ kind: 'information', reference: '2026-I-000007' }));
		expect(subject).toBe('Accusé de réception de votre demande d’information 2026-I-000007');
		expect(text).toContain('votre demande d’information');
	});

	it('adds English after the French when the visitor wrote in English', () => {
		const { subject, text, html } = ackMail(ack({ language: 'en' }));
		expect(subject).toContain('Acknowledgement of receipt');
		expect(text.indexOf('Nous avons bien reçu')).toBeLessThan(text.indexOf('We received'));
		expect(text).toContain('by Monday 14 December 2026');
		expect(html).toContain('<div lang="en">');
	});

	it('escapes what goes into the HTML and leaves out missing contact lines', () => {
		const { text, html } = ackMail(
			ack({ service: '', site: { name: 'A & <B>', contact_email: '', contact_address: '' } })
		);
		expect(html).toContain('A &amp; &lt;B&gt;');
		expect(html).not.toContain('<B>');
		expect(text).not.toContain('Courriel');
		expect(text).not.toContain('Adresse postale');
	});
});
