import { describe, expect, it } from 'vitest';
import { ackMail } from './ack-mail.js';
import MESSAGES from './mail-messages.json';

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
		expect(html).toContain('<div lang="en" dir="ltr">');
	});

	it('writes Russian after the French, with Russian dates, and says the French text alone is authoritative', () => {
		const { subject, text, html } = ackMail(ack({ language: 'ru' }));
		expect(subject).toBe('Accusé de réception / Подтверждение получения – 2026-R-000123');
		const [french, russian] = text.split('\n\n----------\n\n');
		expect(french).toContain('le lundi 23 novembre 2026');
		expect(french).not.toContain('Юридическую силу');
		expect(russian).toContain(
			'Мы получили вашу жалобу. Дата получения: понедельник, 23 ноября 2026 года. Номер обращения: 2026-R-000123.'
		);
		expect(russian).toContain('не позднее этой даты: понедельник, 14 декабря 2026 года.');
		expect(russian).toContain(ack().trackingUrl);
		expect(russian).toMatch(/Юридическую силу имеет только текст на французском языке\.$/);
		expect(html).toContain('<div lang="ru" dir="ltr">');
	});

	it('writes no date that ends a sentence twice ("2026 г.."), in any language', () => {
		for (const language of Object.keys(MESSAGES)) {
			const { text } = ackMail(ack({ language }));
			expect(text.replace(/https?:\S+/g, ''), language).not.toMatch(/\.\.|。。/);
		}
	});

	it('marks each section with its language tag and direction: Arabic right to left, Chinese as zh-Hans', () => {
		expect(ackMail(ack({ language: 'ar' })).html).toMatch(
			/^<div lang="fr" dir="ltr">.*<div lang="ar" dir="rtl">/
		);
		expect(ackMail(ack({ language: 'zh' })).html).toContain('<div lang="zh-Hans" dir="ltr">');
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
