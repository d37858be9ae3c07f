import { describe, expect, it } from 'vitest';
import { checkComplaint, checkSuggestion } from './complaint-check.js';

const SITE = 'site00000000001';
const OTHER_SITE = 'site00000000002';
const POINT = 'point0000000001';
const ENGAGEMENT = 'engagement00001';
const TOKEN = 'A'.repeat(42) + '_';

const ctx = (overrides = {}) => ({
	caller: { kind: 'guest', sites: [] },
	site: { id: SITE, active: true },
	point: { id: POINT, site: SITE },
	engagement: { id: ENGAGEMENT },
	today: '2026-11-22',
	fileCount: 0,
	...overrides
});
const complaint = (data = {}) => ({
	data: {
		kind: 'complaint',
		channel: 'web',
		site: SITE,
		reception_point: '',
		engagement: '',
		service: '',
		subject: 'Attente trop longue',
		description: 'J’ai attendu deux heures au guichet.',
		contact_name: 'Camille Martin',
		contact_email: 'camille@example.org',
		contact_address: '',
		contact_phone: '',
		language: 'fr',
		tracking_token: TOKEN,
		submitted_at: '2026-11-22T10:00:00.000Z',
		nickname: '',
		...data
	}
});
const suggestion = (data = {}) => ({
	data: {
		channel: 'web',
		site: SITE,
		reception_point: '',
		text: 'Plus de chaises.',
		email: '',
		day: '2026-11-22',
		nickname: '',
		...data
	}
});

describe('checkComplaint', () => {
	it('accepts a complaint written in any visitor language', () => {
		for (const language of ['en', 'ar', 'tr', 'ru', 'zh', 'ro'])
			expect(checkComplaint(complaint({ language }), ctx())).toBeNull();
	});

	it('accepts a complete web complaint, and an information request with a postal address only', () => {
		expect(checkComplaint(complaint(), ctx())).toBeNull();
		expect(
			checkComplaint(
				complaint({ kind: 'information', contact_email: '', contact_address: '1 rue de la Paix, Metz' }),
				ctx()
			)
		).toBeNull();
	});

	it('names each missing required field', () => {
		const data = complaint();
		for (const field of ['kind', 'subject', 'description', 'contact_name', 'language', 'tracking_token'])
			delete data.data[field];
		expect(checkComplaint(data, ctx())).toEqual({
			kind: 'required',
			subject: 'required',
			description: 'required',
			contact_name: 'required',
			language: 'required',
			tracking_token: 'required'
		});
	});

	it('measures lengths after trimming', () => {
		expect(checkComplaint(complaint({ subject: '  ab  ', description: ' '.repeat(20) }), ctx())).toEqual({
			subject: 'too_short',
			description: 'required'
		});
		expect(
			checkComplaint(
				complaint({ subject: 'x'.repeat(151), description: 'x'.repeat(5001), service: 'x'.repeat(121) }),
				ctx()
			)
		).toEqual({ subject: 'too_long', description: 'too_long', service: 'too_long' });
		expect(checkComplaint(complaint({ subject: `  ${'x'.repeat(150)}  ` }), ctx())).toBeNull();
	});

	it('wants an e-mail or a postal address to answer to', () => {
		expect(checkComplaint(complaint({ contact_email: '', contact_address: '  ' }), ctx())).toEqual({
			contact_email: 'contact_required'
		});
	});

	it('refuses a malformed e-mail, phone, enum, token or instant', () => {
		expect(
			checkComplaint(
				complaint({
					contact_email: 'camille@',
					contact_phone: '06 12 ab',
					kind: 'praise',
					language: 'de',
					tracking_token: 'short',
					submitted_at: 'yesterday'
				}),
				ctx()
			)
		).toEqual({
			contact_email: 'invalid',
			contact_phone: 'invalid',
			kind: 'invalid',
			language: 'invalid',
			tracking_token: 'invalid',
			submitted_at: 'invalid'
		});
		expect(checkComplaint(complaint({ contact_email: `${'a'.repeat(250)}@b.fr` }), ctx())).toEqual({
			contact_email: 'too_long'
		});
	});

	it('knows only existing active sites, points of that site and existing engagements', () => {
		expect(checkComplaint(complaint(), ctx({ site: null }))).toEqual({ site: 'unknown' }); // deleted
		expect(checkComplaint(complaint(), ctx({ site: { id: SITE, active: false } }))).toEqual({
			site: 'unknown'
		});
		expect(
			checkComplaint(
				complaint({ reception_point: POINT, engagement: ENGAGEMENT }),
				ctx({ point: { id: POINT, site: OTHER_SITE }, engagement: null })
			)
		).toEqual({ reception_point: 'unknown', engagement: 'unknown' });
		expect(checkComplaint(complaint({ reception_point: POINT, engagement: ENGAGEMENT }), ctx())).toBeNull();
	});

	it('lets only a kiosk use the kiosk channel, and only for its own site', () => {
		const kiosk = { kind: 'kiosk', site: SITE, sites: [] };
		expect(checkComplaint(complaint({ channel: 'kiosk' }), ctx())).toEqual({ channel: 'invalid' });
		expect(checkComplaint(complaint({ channel: 'kiosk' }), ctx({ caller: kiosk }))).toBeNull();
		expect(
			checkComplaint(
				complaint({ channel: 'kiosk', site: OTHER_SITE }),
				ctx({ caller: kiosk, site: { id: OTHER_SITE, active: true } })
			)
		).toEqual({ site: 'wrong_site' });
		expect(checkComplaint(complaint({ channel: 'letter' }), ctx())).toEqual({ channel: 'invalid' });
	});

	it('lets staff of the site transcribe a letter, call, e-mail or paper form with its receipt date', () => {
		const agent = { kind: 'staff', role: 'agent', sites: [SITE] };
		for (const channel of ['paper', 'letter', 'phone', 'email'])
			expect(
				checkComplaint(complaint({ channel, received_on: '2026-11-02' }), ctx({ caller: agent }))
			).toBeNull();
		const referent = { kind: 'staff', role: 'referent', sites: [] };
		expect(
			checkComplaint(complaint({ channel: 'letter', received_on: '2026-11-22' }), ctx({ caller: referent }))
		).toBeNull();
	});

	it('refuses a transcription by an agent of another site, or with no, a future or a too old receipt date', () => {
		const otherAgent = { kind: 'staff', role: 'agent', sites: [OTHER_SITE] };
		const agent = { kind: 'staff', role: 'agent', sites: [SITE] };
		expect(
			checkComplaint(complaint({ channel: 'letter', received_on: '2026-11-02' }), ctx({ caller: otherAgent }))
		).toEqual({ site: 'wrong_site' });
		expect(checkComplaint(complaint({ channel: 'letter' }), ctx({ caller: agent }))).toEqual({
			received_on: 'required'
		});
		for (const received_on of ['2026-11-23', '2025-11-21', '02/11/2026'])
			expect(checkComplaint(complaint({ channel: 'phone', received_on }), ctx({ caller: agent }))).toEqual({
				received_on: 'invalid'
			});
		expect(
			checkComplaint(complaint({ channel: 'phone', received_on: '2025-11-22' }), ctx({ caller: agent }))
		).toBeNull();
	});

	it('answers a filled honeypot with spam alone', () => {
		expect(checkComplaint(complaint({ nickname: 'bot', subject: '' }), ctx())).toEqual({ form: 'spam' });
	});

	it('takes at most three attachments', () => {
		expect(checkComplaint(complaint(), ctx({ fileCount: 3 }))).toBeNull();
		expect(checkComplaint(complaint(), ctx({ fileCount: 4 }))).toEqual({ attachments: 'too_many_files' });
	});

	it('refuses wrong types, invisible text, impossible dates and clocks (issue 10)', () => {
		const zw = '\u200b'.repeat(12);
		expect(
			checkComplaint(
				complaint({
					kind: 'plainte',
					subject: { text: 'Attente' },
					description: zw,
					contact_name: ['Camille'],
					service: '\u200b\u200b',
					contact_address: 'rue\u0000',
					contact_email: 'a\ud800@b.fr',
					submitted_at: '9999-12-31T00:00:00Z'
				}),
				ctx()
			)
		).toEqual({
			kind: 'invalid',
			subject: 'invalid',
			description: 'required',
			contact_name: 'invalid',
			service: 'invalid',
			contact_address: 'invalid',
			contact_email: 'invalid',
			submitted_at: 'invalid'
		});
		expect(checkComplaint(complaint({ submitted_at: '0001-01-01T00:00:00Z' }), ctx())).toEqual({
			submitted_at: 'invalid'
		});
		expect(checkComplaint(complaint({ description: `${zw}abc${zw}` }), ctx())).toEqual({
			description: 'too_short'
		});
		expect(checkComplaint({ data: ['x'] }, ctx())).toMatchObject({ kind: 'required', site: 'unknown' });
		expect(checkComplaint(complaint({ tracking_token: 0 }), ctx())).toEqual({ tracking_token: 'invalid' });
		const staff = { caller: { kind: 'staff', id: 'x', role: 'agent', sites: [SITE] }, today: '2026-03-10' };
		expect(checkComplaint(complaint({ channel: 'letter', received_on: '2026-02-30' }), ctx(staff))).toEqual({
			received_on: 'invalid'
		});
	});

	it('keeps a script tag as text: it is no reason to refuse', () => {
		expect(
			checkComplaint(complaint({ description: '<script>alert(1)</script> au guichet 3' }), ctx())
		).toBeNull();
	});
});

describe('checkSuggestion', () => {
	it('accepts a web suggestion, with or without an e-mail', () => {
		expect(checkSuggestion(suggestion(), ctx())).toBeNull();
		expect(checkSuggestion(suggestion({ email: 'a@b.fr' }), ctx())).toBeNull();
	});

	it('refuses short or long text, bad e-mail, unknown site', () => {
		expect(checkSuggestion(suggestion({ text: ' a ', email: 'nope' }), ctx({ site: null }))).toEqual({
			text: 'too_short',
			email: 'invalid',
			site: 'unknown'
		});
		expect(checkSuggestion(suggestion({ text: 'x'.repeat(2001) }), ctx())).toEqual({ text: 'too_long' });
	});

	it('keeps the day within a day ahead and 400 days back', () => {
		expect(checkSuggestion(suggestion({ day: '2026-11-23' }), ctx())).toBeNull();
		expect(checkSuggestion(suggestion({ day: '2026-11-24' }), ctx())).toEqual({ day: 'invalid' });
		expect(checkSuggestion(suggestion({ day: '2025-10-18' }), ctx())).toBeNull();
		expect(checkSuggestion(suggestion({ day: '2025-10-17' }), ctx())).toEqual({ day: 'invalid' });
		expect(checkSuggestion(suggestion({ day: undefined }), ctx())).toEqual({ day: 'required' });
		expect(checkSuggestion(suggestion(), ctx({ site: null, today: null }))).toEqual({ site: 'unknown' });
	});

	it('refuses a day that does not exist and text that shows nothing (issue 10)', () => {
		const late = ctx({ today: '2026-12-05' });
		expect(checkSuggestion(suggestion({ day: '2026-11-31' }), late)).toEqual({ day: 'invalid' });
		expect(checkSuggestion(suggestion({ day: 20261130 }), late)).toEqual({ day: 'invalid' });
		expect(checkSuggestion(suggestion({ text: '\u200b'.repeat(12) }), ctx())).toEqual({ text: 'required' });
		expect(checkSuggestion(suggestion({ text: true }), ctx())).toEqual({ text: 'invalid' });
	});

	it('answers a filled honeypot with spam, and takes no files', () => {
		expect(checkSuggestion(suggestion({ nickname: 'x' }), ctx())).toEqual({ form: 'spam' });
		expect(checkSuggestion(suggestion(), ctx({ fileCount: 1 }))).toEqual({ attachments: 'too_many_files' });
	});

	it('holds a kiosk to its own site', () => {
		expect(
			checkSuggestion(
				suggestion({ channel: 'kiosk', site: OTHER_SITE }),
				ctx({ caller: { kind: 'kiosk', site: SITE, sites: [] } })
			)
		).toEqual({ site: 'wrong_site' });
	});
});
