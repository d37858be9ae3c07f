import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintCodes } from './complaint-submission';

// The server's own checks (one source, or a parity test): loaded at run time, the hooks'
// CommonJS is not part of the typed program.
const require = createRequire(import.meta.url);
const { checkComplaint } = require('../../../pocketbase/pb_hooks/lib/complaint-check.js') as {
	checkComplaint: (item: { data: unknown }, ctx: unknown) => Record<string, string> | null;
};

const SITE = 'site00000000001';
const POINT = 'point0000000001';
const ENGAGEMENT = 'engagement00001';
const TOKEN = `${'A'.repeat(42)}_`;
/**
 * A visitor on the web; every well-formed id it sends names a site, point or engagement that exists and
 * fits: what the device cannot know is settled in its favour.
 */
const ctxFor = (data: Record<string, unknown>) => ({
	caller: { kind: 'guest', sites: [] },
	site: { id: data.site, active: true },
	point: { id: POINT, site: data.site },
	engagement: { id: ENGAGEMENT },
	today: '2026-11-22',
	fileCount: 0
});
const VALID = {
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
	nickname: ''
};
/**
 * The e-mail and the phone are trimmed by the device before it judges and sends them, and the server
 * stores them trimmed; the texts the server trims itself.
 */
const TRIMMED = ['contact_email', 'contact_phone'];
const ABSENT = Symbol('absent');

/** What any field may receive from a hostile client: wrong types, invisible or control text, extremes. */
const hostile = fc.oneof(
	fc.constantFrom<unknown>(
		ABSENT,
		undefined,
		null,
		'',
		' ',
		'   \t ',
		0,
		1,
		true,
		[],
		['x'],
		{},
		{ text: 'x' },
		'\u200b'.repeat(12),
		'\u200bab\u200b',
		'nul\u0000',
		'a\ud800',
		'=1+1',
		'<script>alert(1)</script>'
	),
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 12 }),
	fc.nat({ max: 10010 }).map((n) => 'x'.repeat(n)),
	fc.nat({ max: 10010 }).map((n) => ` ${'é'.repeat(n)} `)
);
/** Per field: values the server accepts, near misses, and the hostile ones. */
const FIELD: Record<string, fc.Arbitrary<unknown>> = {
	kind: fc.constantFrom('complaint', 'information', 'plainte', 'Complaint', ' complaint'),
	channel: fc.constantFrom('web', 'fax', 'WEB', ' web'),
	site: fc.constantFrom(SITE, 'metz', `${SITE} `, SITE.toUpperCase()),
	reception_point: fc.constantFrom(POINT, 'nope', `${POINT} `),
	engagement: fc.constantFrom(ENGAGEMENT, 'nope', `${ENGAGEMENT}x`),
	subject: fc.constantFrom('abc', 'ab', ' abc ', 'x'.repeat(150), 'x'.repeat(151), ` ${'x'.repeat(150)} `),
	description: fc.constantFrom('x'.repeat(10), 'x'.repeat(9), 'x'.repeat(5000), 'x'.repeat(5001)),
	contact_name: fc.constantFrom('Al', 'A', 'x'.repeat(120), 'x'.repeat(121)),
	service: fc.constantFrom('Accueil', 'x'.repeat(120), 'x'.repeat(121)),
	contact_address: fc.constantFrom('1 rue de la Paix, Metz', 'x'.repeat(300), 'x'.repeat(301)),
	contact_email: fc.oneof(
		fc.emailAddress(),
		fc.constantFrom(
			' camille@example.org ',
			'camille@',
			'a..b@c.fr',
			'.a@b.fr',
			'é@b.fr',
			'a@b.c',
			'a@b.123',
			'a b@c.fr',
			`${'a'.repeat(250)}@b.fr`,
			`${'a'.repeat(246)}@b.fr`
		)
	),
	contact_phone: fc.constantFrom(
		'06 12 34 56 78',
		'+33 (0)6 12-34.56',
		' 0612345678 ',
		'12',
		'06#',
		'0'.repeat(21)
	),
	language: fc.constantFrom('fr', 'en', 'de', 'FR'),
	tracking_token: fc.constantFrom(TOKEN, 'short', `${TOKEN}A`, ` ${TOKEN}`, `${'A'.repeat(42)}=`),
	submitted_at: fc.constantFrom(
		'2026-11-22T10:00:00Z',
		'2026-11-22T10:00:00.000+01:00',
		'9999-12-31T00:00:00Z',
		'0001-01-01T00:00:00Z',
		'2026-02-30T10:00:00Z',
		'yesterday',
		'2026-11-22'
	),
	nickname: fc.constantFrom('', 'bot')
};
const FIELDS = Object.keys(FIELD);

/** A submission: the valid one with some fields replaced by what the generators give. */
const submission = fc
	.record(Object.fromEntries(FIELDS.map((f) => [f, fc.option(fc.oneof(FIELD[f]!, hostile), { freq: 2 })])))
	.map((changes) => {
		const data: Record<string, unknown> = { ...VALID };
		for (const [field, value] of Object.entries(changes)) {
			if (value === null) continue; // fc.option's "no change"
			if (value === ABSENT) delete data[field];
			else data[field] = value;
		}
		return data;
	});

/** What reaches the server from the device. */
const sent = (data: Record<string, unknown>) =>
	Object.fromEntries(
		Object.entries(data).map(([k, v]) => [k, TRIMMED.includes(k) && typeof v === 'string' ? v.trim() : v])
	);

describe('device and server agree on a complaint', () => {
	it('accept and refuse the same submissions, with the same code per field', () => {
		fc.assert(
			fc.property(submission, (data) => {
				const device = complaintCodes(data);
				const server = checkComplaint({ data: sent(data) }, ctxFor(data)) ?? {};
				expect(device).toEqual(server);
			}),
			{ numRuns: 3000, interruptAfterTimeLimit: 15_000 }
		);
	}, 30_000);

	it('on the reported cases', () => {
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ kind: 'plainte' }, { kind: 'invalid' }],
			[{ language: undefined }, { language: 'required' }],
			[{ tracking_token: '' }, { tracking_token: 'required' }],
			[{ site: '' }, { site: 'unknown' }],
			[{ engagement: 'nope' }, { engagement: 'unknown' }],
			[{ contact_email: 'a..b@c.fr' }, { contact_email: 'invalid' }],
			[{ nickname: 'bot', subject: '' }, { form: 'spam' }]
		];
		for (const [change, codes] of cases) {
			const data = { ...VALID, ...change };
			expect(complaintCodes(data)).toEqual(codes);
			expect(checkComplaint({ data }, ctxFor(data))).toEqual(codes);
		}
	});
});
