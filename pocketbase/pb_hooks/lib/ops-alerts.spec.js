import { describe, expect, it } from 'vitest';
import { alertMail, shouldClear, shouldRaise } from './ops-alerts.js';

describe('alert decisions', () => {
	it('raises (and e-mails) only when the alert is not already raised', () => {
		expect(shouldRaise('')).toBe(true);
		expect(shouldRaise('cleared')).toBe(true);
		expect(shouldRaise('raised')).toBe(false);
	});

	it('clears only a raised alert', () => {
		expect(shouldClear('raised')).toBe(true);
		expect(shouldClear('cleared')).toBe(false);
		expect(shouldClear('')).toBe(false);
	});

	it('sends one e-mail for a condition seen every minute, and one again after it cleared', () => {
		// A minute-by-minute check: failing ×3, fine ×2, failing ×2.
		const seen = [false, false, false, true, true, false, false];
		let last = '';
		let mails = 0;
		for (const ok of seen) {
			if (ok ? shouldClear(last) : shouldRaise(last)) {
				if (!ok) mails++;
				last = ok ? 'cleared' : 'raised';
			}
		}
		expect(mails).toBe(2);
	});
});

describe('alertMail', () => {
	const mail = alertMail({
		subject: 'échec de la sauvegarde',
		text: 'La sauvegarde a échoué.\nErreur : <connexion refusée>',
		appUrl: 'https://qualite.prefecture.test'
	});

	it('names the product in the subject', () => {
		expect(mail.subject).toBe('Qual-e-pref : échec de la sauvegarde');
	});

	it('says it is sent once and where to follow it up, in French', () => {
		expect(mail.text).toBe(
			[
				'Bonjour,',
				'',
				'La sauvegarde a échoué.',
				'Erreur : <connexion refusée>',
				'',
				'Cette alerte n’est envoyée qu’une fois, jusqu’au retour à la normale. Suivi sur la page Exploitation de l’espace de gestion :',
				'https://qualite.prefecture.test/gestion/exploitation',
				'',
				'Message automatique ; merci de ne pas y répondre.'
			].join('\n')
		);
	});

	it('escapes the caller’s text in the HTML version', () => {
		expect(mail.html).toContain('Erreur : &lt;connexion refusée&gt;');
		expect(mail.html).toContain('<a href="https://qualite.prefecture.test/gestion/exploitation">');
		expect(mail.html).not.toContain('<connexion');
	});
});
