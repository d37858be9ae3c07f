import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from '$lib/pb/fake-client';
import { UnknownSurveyError, loadWebSurveyConfig } from './survey-config';

vi.mock('$lib/pb/client', async () => ({ pb: (await import('$lib/pb/fake-client')).fakePb }));
const kept = vi.hoisted(() => ({ copies: new Map<string, unknown>() }));
vi.mock('$lib/db/device-cache', () => ({
	keep: async (key: string, value: unknown) => void kept.copies.set(key, value),
	readKept: async (key: string) => kept.copies.get(key) ?? null
}));

const site = {
	id: 'site00000000001',
	name: 'Metz',
	slug: 'metz',
	zone: 'alsace-moselle',
	time_zone: 'Europe/Paris'
};
const point = { id: 'point0000000001', name: 'Accueil général', slug: 'accueil-general' };
const question = (position: number) => ({
	id: `question000000${position}`,
	position,
	engagement: 'engagement00001',
	label: { fr: `Question ${position}` }
});
const questionnaire = {
	id: 'questionnaire01',
	code: 'accueil',
	version: 2,
	title: { fr: 'Votre avis' },
	languages: ['fr', 'en'],
	expand: { questions_via_questionnaire: [question(2), question(1), question(3)] }
};
const policy = {
	id: 'policy000000001',
	organisation_name: 'Préfecture de la Moselle',
	organisation_address: '',
	organisation_email: '',
	dpo_email: '',
	hosting: '',
	complaint_deadline_days: 15,
	information_deadline_days: 15,
	satisfaction_threshold: 0.75,
	minimum_sample: 30,
	retention_months: 24,
	log_retention_days: 30
};

beforeEach(() => {
	fakePb.reset();
	kept.copies.clear();
	Object.assign(fakePb.answers, {
		sites: site,
		reception_points: point,
		questionnaires: questionnaire,
		policies: { items: [policy] }
	});
});

describe('the web survey’s configuration', () => {
	it('asks for the site, the point (by its site’s slug), the questionnaire with its questions and the policy at once', async () => {
		const config = await loadWebSurveyConfig('metz', 'accueil-general');
		expect(fakePb.calls.map((c) => c.target).sort()).toEqual([
			'policies',
			'questionnaires',
			'reception_points',
			'sites'
		]);
		expect(String(fakePb.calls.find((c) => c.target === 'reception_points')?.args[0])).toContain('site.slug');
		expect(fakePb.optionsOf('questionnaires', 'getFirstListItem')).toMatchObject({
			expand: 'questions_via_questionnaire',
			sort: '-version'
		});
		expect(config.questions.map((q) => q.position)).toEqual([1, 2, 3]);
		expect(config.point?.slug).toBe('accueil-general');
		expect(config.policy).toEqual({
			organisation_name: 'Préfecture de la Moselle',
			kiosk_cooldown_seconds: 0
		});
		await vi.waitFor(() => expect(kept.copies.get('survey:metz:accueil-general')).toEqual(config));
	});

	it('asks for no point without one, and takes a questionnaire without questions as having none', async () => {
		fakePb.answers.questionnaires = { ...questionnaire, expand: undefined };
		const config = await loadWebSurveyConfig('metz', null);
		expect(fakePb.calls.some((c) => c.target === 'reception_points')).toBe(false);
		expect(config.point).toBeNull();
		expect(config.questions).toEqual([]);
	});

	it('says there is no survey when the server has no policy', async () => {
		fakePb.answers.policies = { items: [] };
		await expect(loadWebSurveyConfig('metz', null)).rejects.toBeInstanceOf(UnknownSurveyError);
	});

	it('falls back on the copy kept on the device when the server cannot be reached, else fails', async () => {
		const config = await loadWebSurveyConfig('metz', null);
		await vi.waitFor(() => expect(kept.copies.size).toBe(1));
		delete fakePb.answers.sites;
		expect(await loadWebSurveyConfig('metz', null)).toEqual(config);
		await expect(loadWebSurveyConfig('nancy', null)).rejects.toThrow();
	});
});
