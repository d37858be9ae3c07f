import { describe, expect, it } from 'vitest';
import { complaint } from '$lib/test/fake-server';
import {
	ATTACHMENTS,
	attachmentsCode,
	complaintCodes,
	complaintSubmissionSchema
} from './complaint-submission';
import { codesOf } from './error-codes';

const codes = (data: unknown) => {
	const result = complaintSubmissionSchema.safeParse(data);
	return result.success ? {} : codesOf(result.error);
};

describe('complaintSubmissionSchema', () => {
	it('accepts a complete complaint and trims its text', () => {
		const result = complaintSubmissionSchema.parse(complaint({ subject: '  Attente  ' }));
		expect(result.subject).toBe('Attente');
	});

	it.each([
		['subject', '', 'required'],
		['subject', '   ', 'required'],
		['subject', 'ab', 'too_short'],
		['subject', 'x'.repeat(151), 'too_long'],
		['description', 'Trop peu', 'too_short'],
		['description', 'x'.repeat(5001), 'too_long'],
		['contact_name', 'A', 'too_short'],
		['contact_name', 'x'.repeat(121), 'too_long'],
		['service', 'x'.repeat(121), 'too_long'],
		['contact_address', 'x'.repeat(301), 'too_long'],
		['contact_email', 'pas-une-adresse', 'invalid'],
		['contact_email', `${'x'.repeat(250)}@example.fr`, 'too_long'],
		['contact_phone', '12', 'invalid'],
		['contact_phone', '06 12 34 56 78 #', 'invalid'],
		['kind', 'plainte', 'invalid'],
		['kind', '', 'required'],
		['subject', { text: 'Attente' }, 'invalid'],
		['description', '\u200b'.repeat(12), 'required'],
		['description', `${'\u200b'.repeat(12)}abc`, 'too_short'],
		['contact_name', 'Cam\u0000ille', 'invalid'],
		['service', '\u200b\u200b', 'invalid'],
		['submitted_at', '9999-12-31T00:00:00Z', 'invalid'],
		['submitted_at', '0001-01-01T00:00:00Z', 'invalid'],
		['channel', 'fax', 'invalid'],
		// The server's codes: it knows no such site, point or engagement (complaint-limits.parity.spec.ts).
		['site', '', 'unknown'],
		['site', 'metz', 'unknown'],
		['reception_point', 'nope', 'unknown'],
		['engagement', 'nope', 'unknown'],
		['tracking_token', 'short', 'invalid'],
		['submitted_at', 'yesterday', 'invalid'],
		['language', 'de', 'invalid']
	])('%s = %j gives %s', (field, value, code) => {
		expect(codes(complaint({ [field]: value }))).toEqual({ [field]: code });
	});

	it('accepts the limits themselves', () => {
		expect(
			codes(
				complaint({
					subject: 'abc',
					description: 'x'.repeat(5000),
					contact_name: 'Al',
					contact_phone: '+33 (0)6 12-34.56',
					service: 'x'.repeat(120)
				})
			)
		).toEqual({});
	});

	it('needs an e-mail or a postal address, and says so on the e-mail field', () => {
		expect(codes(complaint({ contact_email: '', contact_address: '   ' }))).toEqual({
			contact_email: 'contact_required'
		});
		expect(codes(complaint({ contact_email: '', contact_address: '1 rue de la Paix, Metz' }))).toEqual({});
	});

	it('reports every field at once, the contact rule included', () => {
		expect(
			codes(complaint({ subject: '', contact_name: '', contact_email: '', contact_address: '' }))
		).toEqual({
			subject: 'required',
			contact_name: 'required',
			contact_email: 'contact_required'
		});
	});

	it('a filled honeypot is spam, reported on the form', () => {
		expect(codes(complaint({ nickname: 'bot' } as never))).toEqual({ form: 'spam' });
	});

	it('a missing field is required', () => {
		const { subject: _subject, ...rest } = complaint();
		expect(codes(rest)).toEqual({ subject: 'required' });
	});
});

describe('attachmentsCode', () => {
	const pdf = { name: 'a.pdf', type: 'application/pdf', size: 1000 };

	it('accepts up to three PDF, JPEG or PNG files of at most 5 MB', () => {
		expect(attachmentsCode([])).toBeNull();
		expect(
			attachmentsCode([
				pdf,
				{ name: 'b.jpg', type: 'image/jpeg', size: ATTACHMENTS.maxBytes },
				{ name: 'c.png', type: 'image/png', size: 1 }
			])
		).toBeNull();
	});

	it('refuses a fourth file, a file over 5 MB, an empty file and other types', () => {
		expect(attachmentsCode([pdf, pdf, pdf, pdf])).toBe('too_many_files');
		expect(attachmentsCode([{ ...pdf, size: ATTACHMENTS.maxBytes + 1 }])).toBe('file_too_large');
		expect(attachmentsCode([{ ...pdf, size: 0 }])).toBe('file_too_large');
		expect(attachmentsCode([{ name: 'x.exe', type: 'application/x-msdownload', size: 10 }])).toBe(
			'file_type'
		);
		expect(attachmentsCode([{ name: 'x.pdf', type: '', size: 10 }])).toBe('file_type');
	});
});

describe('complaintCodes', () => {
	it('adds the files’ code to the fields’ codes', () => {
		const exe = { name: 'a.exe', type: 'application/x-msdownload', size: 10 };
		expect(complaintCodes(complaint({ subject: '' }), [exe])).toEqual({
			subject: 'required',
			attachments: 'file_type'
		});
		expect(complaintCodes(complaint(), [])).toEqual({});
	});
});

describe('a submission that is not even an object', () => {
	it.each([undefined, null, 'complaint', 42, []])('is refused, not thrown on: %j', (input) => {
		const result = complaintSubmissionSchema.safeParse(input);
		expect(result.success).toBe(false);
	});
});
