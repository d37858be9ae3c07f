import { describe, expect, it } from 'vitest';
import { alertOpenedMail, alertWeeklyMail, percent } from './alert-mail.js';

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

describe("the referents' weekly summary", () => {
	const week = { today: '2026-12-07', appUrl: 'https://qualite.prefecture.test', opened: 2, closed: 1 };

	it('counts the week, then lists the live alerts with their state', () => {
		const mail = alertWeeklyMail({
			...week,
			live: [
				{
					kind: 'lasting',
					place: 'Accueil général – Metz',
					status: 'acknowledged',
					openedOn: '2026-12-01',
					action: true
				},
				{ kind: 'sudden', place: 'Préfecture de Metz', status: 'open', openedOn: '2026-12-04', action: false }
			]
		});
		expect(mail?.subject).toBe(
			'Qual-e-pref : alertes de satisfaction, 2 en cours – semaine du lundi 7 décembre 2026'
		);
		expect(mail?.text).toContain('Cette semaine : 2 alertes ouvertes, 1 alerte close.');
		expect(mail?.text).toContain(
			'Accueil général – Metz – sous le seuil depuis le mardi 1er décembre 2026 – prise en compte, action du plan ouverte'
		);
		expect(mail?.text).toContain(
			'Préfecture de Metz – journée peu satisfaisante depuis le vendredi 4 décembre 2026 – à prendre en compte'
		);
	});

	it('says a quiet week with alerts closed, and sends nothing after a week without any', () => {
		expect(alertWeeklyMail({ ...week, opened: 0, live: [] })?.text).toContain(
			'Aucune alerte de satisfaction n’est en cours.'
		);
		expect(alertWeeklyMail({ ...week, opened: 0, closed: 0, live: [] })).toBeNull();
	});
});
