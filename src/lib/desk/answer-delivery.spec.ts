import { describe, expect, it } from 'vitest';
import { answerDelivery, deliverySentence } from './answer-delivery';

describe('what the answer confirmation promises', () => {
	it('promises an e-mail only when there is an address and the server sends e-mails', () => {
		expect(answerDelivery('camille@example.org', true)).toBe('mail');
		expect(answerDelivery('camille@example.org', false)).toBe('no_mail_server');
		expect(answerDelivery('camille@example.org', null)).toBe('unknown');
		expect(answerDelivery('', true)).toBe('no_address');
		expect(answerDelivery('', false)).toBe('no_address');
	});

	it('says so in words', () => {
		const email = 'camille@example.org';
		expect(deliverySentence('mail', email)).toContain(`envoyée par courriel à ${email}`);
		expect(deliverySentence('no_mail_server', email)).toContain('seulement affichée sur la page de suivi');
		expect(deliverySentence('no_mail_server', email)).not.toContain(email);
		expect(deliverySentence('no_address', email)).toContain('seulement affichée sur sa page de suivi');
		expect(deliverySentence('unknown', email)).toContain('si la messagerie du serveur fonctionne');
	});
});
