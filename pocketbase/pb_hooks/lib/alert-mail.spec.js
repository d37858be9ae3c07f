import { describe, expect, it } from 'vitest';
import { alertOpenedMail, percent } from './alert-mail.js';

const base = {
	place: 'Accueil général – Préfecture de la Moselle',
	openedOn: '2026-12-01',
	threshold: 0.75,
	window: { days: 14 },
	usualDays: 28,
	appUrl: 'https://qualite.prefecture.test',
	figures: { satisfied: 30, n: 60, rate: 0.5, low: 0.3773, high: 0.6227 }
};

describe('the e-mail of an opened alert', () => {
	it('says where, how far under the threshold over which window, and that it is not chance', () => {
		const mail = alertOpenedMail({ ...base, kind: 'lasting' });
		expect(mail.subject).toBe(
			'Qual-e-pref : satisfaction sous le seuil – Accueil général – Préfecture de la Moselle'
		);
		expect(mail.text).toContain(
			'sous le seuil de 75 % sur les 14 derniers jours : 50 % de satisfaits sur 60 avis exprimés.'
		);
		expect(mail.text).toContain('(37,7 % à 62,3 %)');
		expect(mail.text).toContain('https://qualite.prefecture.test/gestion');
		expect(mail.html).toContain('<a href="https://qualite.prefecture.test/gestion">');
	});

	it('names a window of answers by its size', () => {
		const mail = alertOpenedMail({ ...base, kind: 'lasting', window: { answers: 60 } });
		expect(mail.text).toContain('sur les 60 derniers avis au moins');
	});

	it("compares a sudden day with the place's usual days", () => {
		const mail = alertOpenedMail({
			...base,
			kind: 'sudden',
			figures: { ...base.figures, usual: { satisfied: 450, n: 500, rate: 0.9, low: 0.87, high: 0.92 } }
		});
		expect(mail.subject).toContain('journée nettement moins satisfaisante');
		expect(mail.text).toContain(
			'Le mardi 1er décembre 2026, 50 % de satisfaits sur 60 avis exprimés, nettement sous l’habitude de ce lieu : 90 % sur 500 avis les 28 jours précédents.'
		);
	});

	it('writes shares as French percentages with one decimal at most', () => {
		expect([percent(0.75), percent(0.6227), percent(1), percent(0)]).toEqual([
			'75 %',
			'62,3 %',
			'100 %',
			'0 %'
		]);
	});
});
