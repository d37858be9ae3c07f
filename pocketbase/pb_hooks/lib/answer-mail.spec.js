import { describe, expect, it } from 'vitest';
import { answerMail } from './answer-mail.js';

const answer = {
	language: 'fr',
	kind: 'complaint',
	reference: '2026-R-000042',
	receivedOn: '2026-11-02',
	text: 'Bonjour,\nNous avons vérifié votre dossier.\n\nIl est complet <b>depuis</b> le 3.',
	service: 'Cartes grises',
	appUrl: 'https://qualite.prefecture.test',
	site: {
		name: 'Préfecture de la Moselle',
		contact_email: 'qualite@moselle.test',
		contact_address: '9 place de la Préfecture, Metz'
	}
};

describe('the answer e-mail', () => {
	it("names the request, quotes the agent's answer with its paragraphs, and says who answers", () => {
		const mail = answerMail(answer);
		expect(mail.subject).toBe('Réponse à votre réclamation 2026-R-000042');
		expect(mail.text).toContain(
			'Voici notre réponse à votre réclamation reçue le lundi 2 novembre 2026 (référence 2026-R-000042) :'
		);
		expect(mail.text).toContain(
			'Bonjour,\nNous avons vérifié votre dossier.\n\nIl est complet <b>depuis</b> le 3.'
		);
		expect(mail.text).toContain('Préfecture de la Moselle – Cartes grises\nCourriel : qualite@moselle.test');
		expect(mail.text).toContain('https://qualite.prefecture.test/suivi');
	});

	it("keeps the agent's text inert in the HTML", () => {
		const { html } = answerMail(answer);
		expect(html).not.toContain('<b>');
		expect(html).toContain('Il est complet &lt;b&gt;depuis&lt;/b&gt; le 3.');
	});

	it('adds an English section for a request written in English, the answer itself once', () => {
		const mail = answerMail({ ...answer, language: 'en', kind: 'information' });
		expect(mail.subject).toBe('Réponse / Answer – 2026-R-000042');
		expect(mail.text).toContain(
			'Here is our answer to your request for information received on Monday 2 November 2026'
		);
		expect(mail.text.split('Nous avons vérifié votre dossier.').length).toBe(2);
	});

	it('frames the French answer in Russian: it points to the French text, which alone is authoritative', () => {
		const mail = answerMail({ ...answer, language: 'ru' });
		expect(mail.subject).toBe('Réponse / Ответ – 2026-R-000042');
		const [french, russian] = mail.text.split('\n\n----------\n\n');
		expect(french).toContain('Nous avons vérifié votre dossier.');
		expect(french).not.toContain('французском');
		expect(russian).toContain('на вашу жалобу (дата получения: понедельник, 2 ноября 2026 года,');
		expect(russian).toContain('Наш ответ, написанный на французском языке, приведён выше');
		expect(russian).not.toContain('Nous avons vérifié votre dossier.');
		expect(russian).toMatch(/Юридическую силу имеет только текст на французском языке\.$/);
	});
});
