import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { describeEvent, mailOutcome, type TrailEvent } from './trail';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const PAUL = 'paulagent000001';
const LEA = 'leaagente000002';
const NAMES: Record<string, string> = { [PAUL]: 'Paul Agent', [LEA]: 'Léa Agente' };
const context = { staffName: (id: string) => NAMES[id], timeZone: 'Europe/Paris', locale: 'fr' };

const event = (type: string, data: unknown, actor = PAUL): TrailEvent => ({
	id: `event-${type}`,
	type,
	actor,
	data,
	created: '2026-11-23 09:05:00.000Z',
	expand: actor ? { actor: { name: NAMES[actor] } } : undefined
});

describe('trail entries', () => {
	it('says when the item arrived, by which channel, and its deadline, on behalf of the system', () => {
		const entry = describeEvent(
			event('received', { channel: 'web', deadline_at: '2026-12-14T22:59:59.999Z' }, ''),
			context
		);
		expect(entry).toMatchObject({
			who: 'Système',
			what: 'Demande reçue (Site internet). Échéance\u00a0: lundi 14 décembre 2026.',
			when: '23 novembre 2026 à 10:05'
		});
	});

	it('tells the acknowledgement’s and the answer’s e-mail outcome', () => {
		expect(describeEvent(event('acknowledged', { ack: 'not_requested' }, ''), context).what).toBe(
			'Accusé de réception\u00a0: pas de courriel, le demandeur n’a pas donné d’adresse électronique.'
		);
		expect(describeEvent(event('answered', { mail: 'sent' }), context)).toMatchObject({
			who: 'Paul Agent',
			what: 'Réponse publiée sur la page de suivi du demandeur\u00a0; courriel envoyé au demandeur.'
		});
		expect(mailOutcome('failed')).toBe('le courriel n’a pas pu être envoyé');
	});

	it('shows status changes and assignments as before → after', () => {
		expect(
			describeEvent(
				event('status_changed', { before: { status: 'received' }, after: { status: 'in_progress' } }),
				context
			)
		).toMatchObject({ what: 'Statut modifié', change: { before: 'À traiter', after: 'En cours' } });
		expect(
			describeEvent(event('assigned', { before: { assignee: '' }, after: { assignee: LEA } }), context).change
		).toEqual({ before: 'personne', after: 'Léa Agente' });
	});

	it('says the retention job erased the personal data, by the system', () => {
		const entry = describeEvent(event('anonymised', { by: 'retention', retention_months: 36 }, ''), context);
		expect(entry.what).toBe('Données personnelles effacées au terme de la durée de conservation (36 mois)');
		expect(entry.who).toBe('Système');
	});

	it('says who erased the personal data and why: an administrator on request, or the citizen', () => {
		const request = describeEvent(
			event('anonymised', { by: 'request', reason: 'Courrier <b>du</b> 3 décembre', files: 2 }),
			context
		);
		expect(request).toMatchObject({
			who: 'Paul Agent',
			what: 'Données personnelles effacées à la demande de la personne\u00a0:',
			text: 'Courrier <b>du</b> 3 décembre'
		});
		const citizen = describeEvent(event('anonymised', { by: 'citizen', files: 0 }, ''), context);
		expect(citizen).toMatchObject({
			who: 'L’usager',
			what: 'Données personnelles effacées à la demande de l’usager, depuis sa page de suivi'
		});
		expect(citizen).not.toHaveProperty('text');
		// Written before erasure on request existed: the retention job's.
		expect(describeEvent(event('anonymised', { retention_months: 12 }, ''), context).what).toBe(
			'Données personnelles effacées au terme de la durée de conservation (12 mois)'
		);
	});

	it('tells an erasure the citizen asked while the item is held', () => {
		expect(describeEvent(event('erasure_requested', {}, ''), context)).toMatchObject({
			who: 'L’usager',
			what: 'Effacement demandé par l’usager'
		});
	});

	it('names the contact fields a rectification changed, never their values', () => {
		expect(
			describeEvent(event('corrected', { fields: ['contact_email', 'contact_phone'] }), context)
		).toMatchObject({
			who: 'Paul Agent',
			what: 'Coordonnées corrigées\u00a0: adresse électronique, téléphone'
		});
		expect(
			describeEvent(event('corrected', { fields: ['contact_name', 'contact_address'] }), context).what
		).toBe('Coordonnées corrigées\u00a0: nom, adresse postale');
		expect(describeEvent(event('corrected', { fields: ['subject', 7] }), context).what).toBe(
			'Coordonnées corrigées\u00a0: aucune'
		);
		expect(describeEvent(event('corrected', null), context).what).toBe('Coordonnées corrigées\u00a0: aucune');
	});

	it('tells an administrator’s hold, its last day the same in every time zone, and keeps the reason verbatim', () => {
		const held = event('held', { until: '2027-03-01', reason: 'Recours <i>contentieux</i> n° 12' });
		const entry = describeEvent(held, context);
		expect(entry).toMatchObject({
			who: 'Paul Agent',
			what: 'Conservation décidée jusqu’au lundi 1er mars 2027\u00a0:',
			text: 'Recours <i>contentieux</i> n° 12'
		});
		// A site far west of UTC reads the same day: 'YYYY-MM-DD' is a calendar day, not an instant.
		expect(describeEvent(held, { ...context, timeZone: 'Pacific/Tahiti' }).what).toBe(entry.what);
		expect(describeEvent(event('held', { until: 'soon', reason: 7 }), context)).toMatchObject({
			what: 'Conservation décidée jusqu’au aucune\u00a0:',
			text: ''
		});
	});

	it('tells a released hold, with its reason only when one was given', () => {
		const released = describeEvent(event('released', { reason: '' }), context);
		expect(released.what).toBe('Conservation levée');
		expect(released).not.toHaveProperty('text');
		expect(describeEvent(event('released', { reason: 'Litige clos' }), context).text).toBe('Litige clos');
	});

	it('explains a moved deadline by the days spent waiting', () => {
		const entry = describeEvent(
			event('deadline_moved', {
				before: { deadline_at: '2026-12-14T22:59:59.999Z' },
				after: { deadline_at: '2026-12-16T22:59:59.999Z', paused_days: 2 }
			}),
			context
		);
		expect(entry.what).toBe('Échéance reportée (jours ouvrés passés en attente du demandeur\u00a0: 2)');
		expect(entry.change).toEqual({ before: 'lundi 14 décembre 2026', after: 'mercredi 16 décembre 2026' });
	});

	it('keeps a note’s text verbatim, markup included, for inert display', () => {
		const entry = describeEvent(event('note', { text: '<b>Appelé</b>\nle demandeur' }), context);
		expect(entry).toMatchObject({ what: 'Note interne', text: '<b>Appelé</b>\nle demandeur' });
	});

	it('survives malformed data and unknown actors', () => {
		const entry = describeEvent({ ...event('status_changed', null, 'gone00000000000'), expand: {} }, context);
		expect(entry.who).toBe('Un membre du personnel');
		expect(entry.change).toEqual({ before: '', after: '' });
	});
});
