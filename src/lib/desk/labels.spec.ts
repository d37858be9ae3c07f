import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import {
	badgeClass,
	daysLeftLabel,
	kindLabel,
	statusBadge,
	statusFilterLabel,
	statusLabel,
	urgencyBadge
} from './labels';
import { channelLabel } from '$lib/channel-label';

beforeAll(() => overwriteGetLocale(() => 'fr'));

describe('labels', () => {
	it('names every status, kind and channel in French', () => {
		expect(['received', 'in_progress', 'waiting', 'answered', 'closed'].map((s) => statusLabel(s))).toEqual([
			'À traiter',
			'En cours',
			'En attente du demandeur',
			'Répondue',
			'Close'
		]);
		expect(statusFilterLabel('open')).toBe('Ouvertes');
		expect(kindLabel('information')).toBe('Demande d’information');
		expect(channelLabel('letter')).toBe('Courrier');
		expect(channelLabel('pigeon')).toBe('pigeon');
	});

	it('colours the status badge: new items stand out, closed ones do not', () => {
		expect(statusBadge('received')).toEqual({ label: 'À traiter', tone: 'new' });
		expect(badgeClass(statusBadge('closed'))).toBe('fr-badge fr-badge--sm');
		expect(badgeClass(statusBadge('answered'))).toBe('fr-badge fr-badge--sm fr-badge--success');
	});

	it('counts working days left or late', () => {
		expect(daysLeftLabel(3)).toBe('3 jours ouvrés restants');
		expect(daysLeftLabel(1)).toBe('1 jour ouvré restant');
		expect(daysLeftLabel(0)).toBe('dernier jour');
		expect(daysLeftLabel(-1)).toBe('1 jour ouvré de retard');
		expect(daysLeftLabel(-4)).toBe('4 jours ouvrés de retard');
	});

	it('gives a deadline badge only when the deadline needs attention', () => {
		expect(urgencyBadge({ urgency: 'due_soon', days_left: 2 })).toEqual({
			label: 'Échéance proche (2 jours ouvrés restants)',
			tone: 'warning'
		});
		expect(urgencyBadge({ urgency: 'overdue', days_left: -1 })).toEqual({
			label: 'En retard',
			tone: 'error'
		});
		expect(urgencyBadge({ urgency: 'paused', days_left: null })?.label).toBe('En attente du demandeur');
		expect(urgencyBadge({ urgency: 'on_time', days_left: 9 })).toBeNull();
		expect(urgencyBadge({ urgency: 'done', days_left: null })).toBeNull();
	});
});
