import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copies } from '$lib/db/fake-device-cache';
import { metzPoint, metzSite } from '$lib/domain/places.fixture';
import { listPage as page, served } from '$lib/pb/fake-fetch';
import { PUBLIC_READS } from '$lib/pb/public-reads';
import { UnknownSurveyError, loadWebSurveyConfig } from './survey-config';

// The policy as read at the app's start (policies.spec.ts covers how it is read and shared).
const start = vi.hoisted(() => ({ policy: null as unknown }));
vi.mock('$lib/pb/policies', () => ({ atStart: async () => start.policy }));
vi.mock('$lib/db/device-cache', () => import('$lib/db/fake-device-cache'));

const site = metzSite;
const { site: _pointSite, ...point } = metzPoint;
/** Another site, and a point of the same name there: only Metz's is Metz's. */
const nancy = { ...site, id: 'site00000000002', name: 'Nancy', slug: 'nancy' };
const nancyPoint = { ...point, id: 'point0000000002' };
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

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => {
	served.install();
	copies.clear();
	Object.assign(served.answers, {
		[PUBLIC_READS.sites]: page([nancy, site]),
		[PUBLIC_READS.points]: page([
			{ ...nancyPoint, site: nancy.id },
			{ ...point, site: site.id }
		]),
		[PUBLIC_READS.questionnaire]: page([questionnaire])
	});
	start.policy = policy;
});

describe('the web survey’s configuration', () => {
	it('asks for the sites, the points and the questionnaire with its questions at once, at their addresses, with the policy read at start', async () => {
		const config = await loadWebSurveyConfig('metz', 'accueil-general');
		expect(served.requests.map((r) => r.url).sort()).toEqual(
			[PUBLIC_READS.sites, PUBLIC_READS.points, PUBLIC_READS.questionnaire].sort()
		);
		expect(config.site).toEqual(site);
		expect(config.point).toEqual(point);
		expect(config.questions.map((q) => q.position)).toEqual([1, 2, 3]);
		expect(config.point?.slug).toBe('accueil-general');
		expect(config.policy).toEqual({
			organisation_name: 'Préfecture de la Moselle',
			kiosk_cooldown_seconds: 0
		});
		await vi.waitFor(() => expect(copies.get('survey:metz:accueil-general')).toEqual(config));
	});

	it('takes no point without one, an unknown or closed point as none, and a questionnaire without questions as having none', async () => {
		served.answers[PUBLIC_READS.questionnaire] = page([{ ...questionnaire, expand: undefined }]);
		const config = await loadWebSurveyConfig('metz', null);
		expect(config.point).toBeNull();
		expect(config.questions).toEqual([]);
		expect((await loadWebSurveyConfig('metz', 'guichet-ferme')).point).toBeNull();
		expect((await loadWebSurveyConfig('nancy', 'accueil-general')).point?.id).toBe(nancyPoint.id);
	});

	it('says there is no survey for an unknown or closed site, or without a questionnaire in service', async () => {
		await expect(loadWebSurveyConfig('thionville', null)).rejects.toBeInstanceOf(UnknownSurveyError);
		served.answers[PUBLIC_READS.questionnaire] = page([]);
		await expect(loadWebSurveyConfig('metz', null)).rejects.toBeInstanceOf(UnknownSurveyError);
	});

	it('says there is no survey when the server has no policy', async () => {
		start.policy = null;
		await expect(loadWebSurveyConfig('metz', null)).rejects.toBeInstanceOf(UnknownSurveyError);
	});

	it('falls back on the copy kept on the device when the server cannot be reached, else fails', async () => {
		const config = await loadWebSurveyConfig('metz', null);
		await vi.waitFor(() => expect(copies.size).toBe(1));
		delete served.answers[PUBLIC_READS.sites];
		expect(await loadWebSurveyConfig('metz', null)).toEqual(config);
		await expect(loadWebSurveyConfig('nancy', null)).rejects.toThrow();
	});
});
