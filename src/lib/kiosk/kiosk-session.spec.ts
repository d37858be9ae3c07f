import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { KioskConfig } from '$lib/domain/kiosk-config';

const submitSurvey = vi.fn();
const setLocale = vi.fn();
const loadKiosk = vi.fn();
vi.mock('$lib/sync/submit', () => ({ submitSurvey: (data: unknown) => submitSurvey(data) }));
vi.mock('$lib/state/locale.svelte', () => ({ locale: { set: (code: string) => setLocale(code) } }));
vi.mock('$lib/state/kiosk.svelte', () => ({ kiosk: { load: () => loadKiosk() } }));

const { kioskSession } = await import('./kiosk-session.svelte');

const config: KioskConfig = {
	site: {
		id: 'site00000000001',
		name: 'Metz',
		slug: 'metz',
		zone: 'alsace-moselle',
		time_zone: 'Europe/Paris'
	},
	point: null,
	questionnaire: {
		id: 'questionnaire01',
		code: 'accueil',
		version: 1,
		title: { fr: 'Avis' },
		languages: ['fr']
	},
	questions: [
		{ id: 'question0000001', position: 1, engagement: 'engagement00001', label: { fr: 'Q1' } },
		{ id: 'question0000002', position: 2, engagement: 'engagement00001', label: { fr: 'Q2' } }
	],
	policy: { organisation_name: 'Préfecture', kiosk_cooldown_seconds: 20 },
	kiosk: { id: 'kiosk0000000001', name: 'Borne 1', languages: ['fr', 'en'] },
	pin: null
};

describe('kiosk session', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
		submitSurvey.mockReset();
		setLocale.mockReset();
		kioskSession.reset();
	});
	afterEach(() => vi.useRealTimers());

	test('a survey starts in the chosen language, and returning to the welcome screen restores French', () => {
		kioskSession.start('en', config);
		expect(kioskSession.flow?.question?.id).toBe('question0000001');
		expect(kioskSession.language).toBe('en');
		expect(setLocale).toHaveBeenLastCalledWith('en');
		kioskSession.reset();
		expect(kioskSession.flow).toBeNull();
		expect(setLocale).toHaveBeenLastCalledWith('fr');
	});

	test('a half-answered survey is discarded on reset: nothing is submitted, and no cooldown starts', () => {
		const before = kioskSession.cooldownUntil;
		kioskSession.start('fr', config);
		kioskSession.flow?.answer('very_dissatisfied');
		kioskSession.flow!.comment = 'Trop d’attente';
		kioskSession.reset();
		expect(kioskSession.flow).toBeNull();
		expect(submitSurvey).not.toHaveBeenCalled();
		expect(kioskSession.cooldownUntil).toBe(before);

		kioskSession.start('fr', config);
		expect(kioskSession.flow?.answers).toEqual([]);
		expect(kioskSession.flow?.comment).toBe('');
	});

	test('a submitted survey goes out as this kiosk’s, then the start buttons wait for the cooldown', async () => {
		submitSurvey.mockResolvedValue('response0000001');
		kioskSession.start('en', config);
		const answers = [{ question: 'question0000001', value: 'satisfied' as const }];
		await kioskSession.send(config, answers, 'Thanks');
		expect(submitSurvey).toHaveBeenCalledWith({
			questionnaire: 'questionnaire01',
			site: 'site00000000001',
			reception_point: '',
			channel: 'kiosk',
			language: 'en',
			day: '2026-11-22',
			comment: 'Thanks',
			answers
		});
		expect(kioskSession.cooldownUntil).toBe(Date.now() + 20_000);
	});

	test('a failed submission starts no cooldown and lets the error through', async () => {
		const before = kioskSession.cooldownUntil;
		submitSurvey.mockRejectedValue(new Error('QuotaExceededError'));
		kioskSession.start('fr', config);
		await expect(kioskSession.send(config, [], '')).rejects.toThrow('QuotaExceededError');
		expect(kioskSession.cooldownUntil).toBe(before);
	});
});
