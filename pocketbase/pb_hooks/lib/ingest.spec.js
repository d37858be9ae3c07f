import { describe, expect, it } from 'vitest';
import { checkSurvey as check } from './ingest.js';

/** The verdict's errors, or null when the item may be stored. */
const checkSurvey = (item, ctx) => check(item, ctx).errors ?? null;

const Q = 'questionnaire01';
const SITE = 'site00000000001';
const POINT = 'point0000000001';
const QUESTIONS = {
	question0000001: { engagement: 'engagement00001' },
	question0000002: { engagement: 'engagement00002' }
};

const ctx = (overrides = {}) => ({
	caller: { kind: 'guest', sites: [] },
	questionnaire: { id: Q, status: 'active' },
	questions: QUESTIONS,
	site: { id: SITE },
	point: { id: POINT, site: SITE },
	today: '2026-11-22',
	...overrides
});
const item = (data = {}) => ({
	id: 'response0000001',
	data: {
		questionnaire: Q,
		site: SITE,
		reception_point: '',
		channel: 'web',
		language: 'fr',
		day: '2026-11-22',
		comment: '',
		answers: [{ question: 'question0000001', value: 'satisfied' }],
		...data
	}
});

describe('checkSurvey', () => {
	it('accepts a complete web survey', () => {
		expect(checkSurvey(item(), ctx())).toBeNull();
	});

	it('accepts each visitor language and nothing else', () => {
		for (const language of ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'])
			expect(checkSurvey(item({ language }), ctx())).toBeNull();
		for (const language of ['de', 'zh-Hans', 'AR', ''])
			expect(checkSurvey(item({ language }), ctx())).toEqual({ language: 'invalid' });
	});

	it('accepts an archived questionnaire version, not a draft or an unknown one', () => {
		expect(checkSurvey(item(), ctx({ questionnaire: { id: Q, status: 'archived' } }))).toBeNull();
		expect(checkSurvey(item(), ctx({ questionnaire: { id: Q, status: 'draft' } }))).toEqual({
			questionnaire: 'unknown'
		});
		expect(checkSurvey(item(), ctx({ questionnaire: null }))).toEqual({ questionnaire: 'unknown' });
	});

	it('keeps the day within a day ahead and 400 days back, in the site’s calendar', () => {
		expect(checkSurvey(item({ day: '2026-11-23' }), ctx())).toBeNull();
		expect(checkSurvey(item({ day: '2026-11-24' }), ctx())).toEqual({ day: 'out_of_range' });
		expect(checkSurvey(item({ day: '2025-10-18' }), ctx())).toBeNull();
		expect(checkSurvey(item({ day: '2025-10-17' }), ctx())).toEqual({ day: 'out_of_range' });
		expect(checkSurvey(item({ day: '22/11/2026' }), ctx())).toEqual({ day: 'invalid' });
	});

	it('names every bad answer by its position', () => {
		const answers = [
			{ question: 'question0000001', value: 'satisfied' },
			{ question: 'question0000001', value: 'satisfied' },
			{ question: 'question0000002', value: 'enchanté' }
		];
		expect(checkSurvey(item({ answers }), ctx())).toEqual({
			'answers.1.question': 'unknown',
			'answers.2.value': 'invalid'
		});
		expect(checkSurvey(item({ answers: [] }), ctx())).toEqual({ answers: 'invalid' });
	});

	it('refuses a reception point of another site and an over-long comment', () => {
		expect(
			checkSurvey(item({ reception_point: POINT }), ctx({ point: { id: POINT, site: 'othersite000001' } }))
		).toEqual({
			reception_point: 'unknown'
		});
		expect(checkSurvey(item({ comment: 'x'.repeat(1001) }), ctx())).toEqual({ comment: 'too_long' });
	});

	it('lets only a kiosk claim the kiosk channel, for its own site and point', () => {
		const kiosk = { kind: 'kiosk', site: SITE, point: POINT, sites: [] };
		const data = { channel: 'kiosk', reception_point: POINT };
		expect(checkSurvey(item(data), ctx({ caller: kiosk }))).toBeNull();
		expect(checkSurvey(item(data), ctx())).toEqual({ channel: 'not_allowed' });
		expect(checkSurvey(item({ ...data, reception_point: '' }), ctx({ caller: kiosk }))).toEqual({
			reception_point: 'not_allowed'
		});
		expect(checkSurvey(item(data), ctx({ caller: { ...kiosk, site: 'othersite000001' } }))).toEqual({
			site: 'not_allowed'
		});
	});

	it('lets staff of the site, referents and admins transcribe paper forms', () => {
		const paper = item({ channel: 'paper' });
		expect(checkSurvey(paper, ctx({ caller: { kind: 'staff', role: 'agent', sites: [SITE] } }))).toBeNull();
		expect(checkSurvey(paper, ctx({ caller: { kind: 'staff', role: 'referent', sites: [] } }))).toBeNull();
		expect(checkSurvey(paper, ctx({ caller: { kind: 'staff', role: 'agent', sites: [] } }))).toEqual({
			channel: 'not_allowed'
		});
	});
});

describe('the stored row', () => {
	it('is built from the checked values only', () => {
		const sent = item({
			comment: '  merci  ',
			extra: 'x'.repeat(10),
			answers: [{ question: 'question0000001', value: 'satisfied', hack: 1 }]
		});
		sent.evil = true;
		expect(check(sent, ctx())).toEqual({
			row: {
				id: 'response0000001',
				questionnaire: Q,
				site: SITE,
				reception_point: '',
				channel: 'web',
				day: '2026-11-22',
				language: 'fr',
				comment: 'merci',
				answers: [{ question: 'question0000001', value: 'satisfied' }]
			}
		});
	});

	it('refuses days that do not exist and texts that cannot be stored as they are', () => {
		expect(checkSurvey(item({ day: '2026-11-31' }), ctx())).toEqual({ day: 'invalid' });
		expect(checkSurvey(item({ day: '2026-02-30' }), ctx())).toEqual({ day: 'invalid' });
		expect(checkSurvey(item({ day: '2099-12-31' }), ctx())).toEqual({ day: 'out_of_range' });
		expect(checkSurvey(item({ comment: 'a\ud800b' }), ctx())).toEqual({ comment: 'invalid' });
		expect(checkSurvey(item({ comment: { text: 'hi' } }), ctx())).toEqual({ comment: 'invalid' });
		expect(checkSurvey(item({ comment: ` ${'x'.repeat(1000)} ` }), ctx())).toBeNull();
	});

	it('finds no question, site or point on the prototype chain', () => {
		for (const question of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
			expect(checkSurvey(item({ answers: [{ question, value: 'satisfied' }] }), ctx())).toEqual({
				'answers.0.question': 'unknown'
			});
		expect(
			checkSurvey(item({ answers: [{ question: 'constructor000', value: 'satisfied' }] }), ctx())
		).toEqual({
			'answers.0.question': 'unknown'
		});
		expect(checkSurvey({ id: 'response0000001', data: 'x' }, ctx())).toMatchObject({ data: 'invalid' });
	});
});
