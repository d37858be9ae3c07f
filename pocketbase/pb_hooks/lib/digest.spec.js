import { describe, expect, it } from 'vitest';
import { agentDigest, referentDigest } from './digest.js';

const APP = 'https://qualite.prefecture.test';
const item = (over) => ({
	id: 'complaint000001',
	reference: '2026-R-000001',
	kind: 'complaint',
	siteName: 'Préfecture de la Moselle',
	deadlineAt: '2026-11-27T22:59:59.999Z',
	dueOn: '2026-11-27',
	daysLeft: 3,
	urgency: 'due_soon',
	...over
});

describe("an agent's daily digest", () => {
	const items = [
		item({
			reference: '2026-R-000003',
			dueOn: '2026-11-25',
			deadlineAt: '2026-11-25T22:59:59.999Z',
			daysLeft: 1
		}),
		item({
			reference: '2026-I-000002',
			kind: 'information',
			dueOn: '2026-11-23',
			deadlineAt: '2026-11-23T22:59:59.999Z',
			daysLeft: 0
		}),
		item({
			reference: '2026-R-000001',
			urgency: 'overdue',
			dueOn: '2026-11-10',
			deadlineAt: '2026-11-10T22:59:59.999Z',
			daysLeft: -9
		}),
		item({ reference: '2026-R-000004', dueOn: '2026-11-27', daysLeft: 3 })
	];
	const mail = agentDigest({ name: 'Claire Agent', today: '2026-11-23', appUrl: APP, items });

	it('lists the overdue items first, then those due soon, each by deadline', () => {
		const text = mail?.text ?? '';
		const order = ['2026-R-000001', '2026-I-000002', '2026-R-000003', '2026-R-000004'].map((r) =>
			text.indexOf(r)
		);
		expect(order.every((position) => position > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain('En retard (1) :');
		expect(text).toContain('Échéance dans 3 jours ouvrés ou moins (3) :');
	});

	it('says how late or how close each one is, in working days and plain dates', () => {
		const text = mail?.text ?? '';
		expect(text).toContain(
			'2026-R-000001 – Réclamation – Préfecture de la Moselle – en retard depuis le mardi 10 novembre 2026'
		);
		expect(text).toContain(
			'2026-I-000002 – Demande d’information – Préfecture de la Moselle – échéance aujourd’hui'
		);
		expect(text).toContain(
			'2026-R-000003 – Réclamation – Préfecture de la Moselle – échéance le mercredi 25 novembre 2026 (1 jour ouvré)'
		);
		expect(text).toContain('(3 jours ouvrés)');
	});

	it('counts them in the subject and links to the inbox', () => {
		expect(mail?.subject).toBe('Réclamations : 1 en retard, 3 à échéance proche – lundi 23 novembre 2026');
		expect(mail?.html).toContain(`<a href="${APP}/gestion/reclamations">`);
	});

	it('is not sent when nothing is overdue or due soon', () => {
		expect(agentDigest({ name: 'Claire', today: '2026-11-23', appUrl: APP, items: [] })).toBeNull();
	});

	it('escapes what it did not write itself', () => {
		const hostile = agentDigest({
			name: '<b>Claire</b>',
			today: '2026-11-23',
			appUrl: APP,
			items: [item({ siteName: '<img src=x onerror=alert(1)>' })]
		});
		expect(hostile?.html).not.toMatch(/<img|<b>/);
	});
});

describe("the referent's summary", () => {
	const sites = [
		{ name: 'Metz', open: 5, waiting: 1, dueSoon: 2, overdue: 1 },
		{ name: 'Fort-de-France', open: 0, waiting: 0, dueSoon: 0, overdue: 0 },
		{ name: 'Sarreguemines', open: 2, waiting: 0, dueSoon: 1, overdue: 2 }
	];

	it('gives per site the open, overdue, due-soon and waiting counts, and the totals in the subject', () => {
		const mail = referentDigest({ name: 'Régine', today: '2026-11-23', appUrl: APP, sites });
		expect(mail?.text).toContain(
			'Metz : 5 à traiter, dont 1 en retard et 2 à échéance proche ; 1 en attente du demandeur'
		);
		expect(mail?.text).toContain(
			'Sarreguemines : 2 à traiter, dont 2 en retard et 1 à échéance proche ; 0 en attente du demandeur'
		);
		expect(mail?.text).not.toContain('Fort-de-France');
		expect(mail?.subject).toBe(
			'Synthèse des réclamations : 3 en retard, 3 à échéance proche – lundi 23 novembre 2026'
		);
	});

	it('is not sent when nothing is open anywhere', () => {
		expect(
			referentDigest({ name: 'Régine', today: '2026-11-23', appUrl: APP, sites: [sites[1]] })
		).toBeNull();
	});
});
