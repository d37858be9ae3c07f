import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { UnexpectedAnswer, fieldsOf, listOf, parseAnswer } from './answer';
import { caught } from './errors';
import { m } from '$lib/i18n/messages';

describe('the fields a client asks for', () => {
	it('are its schema’s keys, with the expanded relations’ keys spelt out', () => {
		const schema = z.object({
			id: z.string(),
			title: z.string(),
			expand: z.optional(
				z.object({
					owner: z.optional(z.object({ name: z.string() })),
					site: z.nullable(z.object({ name: z.string(), time_zone: z.string() }))
				})
			)
		});
		expect(fieldsOf(schema)).toBe('id,title,expand.owner.name,expand.site.name,expand.site.time_zone');
	});
});

describe('a list answer', () => {
	const schema = z.object({ id: z.string() });

	it('is parsed item by item, extra fields stripped', () => {
		expect(listOf(schema, [{ id: 'a', extra: 1 }])).toEqual([{ id: 'a' }]);
	});

	it('fails as an unexpected answer when an item is malformed', () => {
		let error: unknown;
		try {
			listOf(schema, [{ id: 1 }]);
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(UnexpectedAnswer);
		expect(caught(error)).toMatchObject({ aborted: false, status: null, message: m.error_unexpected() });
	});
});

describe('an answer of the wrong shape', () => {
	const schema = z.object({ subject: z.string(), contact_email: z.string() });

	it('is parsed when it fits', () => {
		expect(parseAnswer(schema, { subject: 'Accueil', contact_email: '' })).toEqual({
			subject: 'Accueil',
			contact_email: ''
		});
	});

	it('puts no message under a form field of the same name, only the unexpected sentence', () => {
		let error: unknown;
		try {
			parseAnswer(schema, { subject: 3, contact_email: '' });
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(UnexpectedAnswer);
		expect((error as UnexpectedAnswer).cause).toBeInstanceOf(z.core.$ZodError);
		expect(caught(error)).toEqual({
			aborted: false,
			status: null,
			fields: {},
			codes: null,
			message: m.error_unexpected()
		});
	});
});
