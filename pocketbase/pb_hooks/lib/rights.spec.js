import { describe, expect, it } from 'vitest';
import {
	checkCorrection,
	checkReason,
	erasureCheck,
	erasureRefusal,
	messageOf,
	readRightsQuery
} from './rights.js';

describe('readRightsQuery', () => {
	it('takes one e-mail address or one reference, trimmed', () => {
		expect(readRightsQuery({ email: ' Camille@Example.org ', reference: null })).toEqual({
			query: { email: 'Camille@Example.org' }
		});
		expect(readRightsQuery({ email: '', reference: '2026-R-000123' })).toEqual({
			query: { reference: '2026-R-000123' }
		});
		expect(readRightsQuery({ email: null, reference: ' 2026-I-000001 ' })).toEqual({
			query: { reference: '2026-I-000001' }
		});
	});

	it('wants exactly one of them', () => {
		expect(readRightsQuery({ email: null, reference: null })).toEqual({ errors: { query: 'required' } });
		expect(readRightsQuery({ email: '  ', reference: '' })).toEqual({ errors: { query: 'required' } });
		expect(readRightsQuery({ email: 'a@b.fr', reference: '2026-R-000123' })).toEqual({
			errors: { query: 'invalid' }
		});
	});

	it('refuses what is no address or no reference', () => {
		for (const email of [
			'camille@',
			'a b@c.fr',
			'a@b',
			`${'x'.repeat(250)}@b.fr`,
			'a@b.fr\u0000',
			'a\ufffd@b.fr'
		])
			expect(readRightsQuery({ email, reference: null }), email).toEqual({ errors: { email: 'invalid' } });
		for (const reference of ['2026-X-000123', '2026-R-123', "2026-R-000123' OR 1=1", '__proto__'])
			expect(readRightsQuery({ email: null, reference }), reference).toEqual({
				errors: { reference: 'invalid' }
			});
	});
});

describe('checkCorrection', () => {
	const stored = {
		contact_name: 'Camille Martin',
		contact_email: 'camille@example.org',
		contact_phone: '',
		contact_address: ''
	};

	it('takes any non-empty subset of the contact fields, stored as at intake, and names what changes', () => {
		expect(
			checkCorrection({ contact_name: '  Camille Durand ', contact_phone: '06 12 34 56 78' }, stored)
		).toEqual({
			values: { contact_name: 'Camille Durand', contact_phone: '06 12 34 56 78' },
			changed: ['contact_name', 'contact_phone']
		});
		expect(checkCorrection({ contact_email: 'camille@example.org' }, stored)).toEqual({
			values: { contact_email: 'camille@example.org' },
			changed: []
		});
		// The e-mail may go when a postal address stays to answer to.
		expect(checkCorrection({ contact_email: '', contact_address: '1 rue de la Paix, Metz' }, stored)).toEqual(
			{
				values: { contact_email: '', contact_address: '1 rue de la Paix, Metz' },
				changed: ['contact_email', 'contact_address']
			}
		);
	});

	it('refuses a body that is not one, an empty one, and unknown keys', () => {
		expect(checkCorrection(null, stored)).toEqual({ errors: { body: 'invalid' } });
		expect(checkCorrection(['contact_name'], stored)).toEqual({ errors: { body: 'invalid' } });
		expect(checkCorrection({}, stored)).toEqual({ errors: { body: 'required' } });
		expect(checkCorrection({ subject: 'Autre', contact_name: 'Camille' }, stored)).toEqual({
			errors: { subject: 'unknown' }
		});
		expect(checkCorrection(JSON.parse('{"__proto__": {"contact_name": "X"}}'), stored)).toEqual({
			errors: { body: 'unknown' }
		});
	});

	it('checks each field by the intake rules, never coercing', () => {
		expect(checkCorrection({ contact_name: 'C' }, stored)).toEqual({ errors: { contact_name: 'too_short' } });
		expect(checkCorrection({ contact_name: '\u200b\u200b' }, stored)).toEqual({
			errors: { contact_name: 'required' }
		});
		expect(checkCorrection({ contact_email: 'camille@' }, stored)).toEqual({
			errors: { contact_email: 'invalid' }
		});
		expect(checkCorrection({ contact_phone: '06-12<script>' }, stored)).toEqual({
			errors: { contact_phone: 'invalid' }
		});
		expect(checkCorrection({ contact_address: 'x'.repeat(301) }, stored)).toEqual({
			errors: { contact_address: 'too_long' }
		});
		for (const value of [null, 42, ['Camille'], { toString: 'Camille' }])
			expect(checkCorrection({ contact_address: value }, stored), JSON.stringify(value)).toEqual({
				errors: { contact_address: 'invalid' }
			});
	});

	it('keeps the link between the fields: an e-mail or a postal address to answer to', () => {
		expect(checkCorrection({ contact_email: '' }, stored)).toEqual({
			errors: { contact_email: 'contact_required' }
		});
		const byPost = { ...stored, contact_email: '', contact_address: '1 rue de la Paix' };
		expect(checkCorrection({ contact_address: ' ' }, byPost)).toEqual({
			errors: { contact_email: 'contact_required' }
		});
	});

	it('does not blame the request for a stored value it does not touch', () => {
		const odd = { ...stored, contact_phone: 'inconnu' };
		expect(checkCorrection({ contact_name: 'Camille Durand' }, odd)).toEqual({
			values: { contact_name: 'Camille Durand' },
			changed: ['contact_name']
		});
	});
});

describe('checkReason', () => {
	it('takes 3 to 500 characters of clean text, trimmed', () => {
		expect(checkReason({ reason: ' Demande écrite du 3 mars ' })).toEqual({
			reason: 'Demande écrite du 3 mars'
		});
		expect(checkReason({})).toEqual({ errors: { reason: 'required' } });
		expect(checkReason({ reason: 'ab' })).toEqual({ errors: { reason: 'too_short' } });
		expect(checkReason({ reason: 'x'.repeat(501) })).toEqual({ errors: { reason: 'too_long' } });
		expect(checkReason({ reason: ['Demande'] })).toEqual({ errors: { reason: 'invalid' } });
		expect(checkReason({ reason: 'Demande\u0000' })).toEqual({ errors: { reason: 'invalid' } });
		expect(checkReason('Demande')).toEqual({ errors: { body: 'invalid' } });
		expect(checkReason(JSON.parse('{"__proto__": {"reason": "Demande écrite"}}'))).toEqual({
			errors: { reason: 'required' }
		});
		expect(checkReason(Object.create({ reason: 'Demande écrite' }))).toEqual({
			errors: { reason: 'required' }
		});
	});
});

describe('erasureRefusal', () => {
	const TODAY = '2026-12-07';

	it('wants the item answered or closed first', () => {
		for (const status of ['received', 'in_progress', 'waiting'])
			expect(erasureRefusal({ status, hold_until: '' }, TODAY), status).toBe('not_answered');
		for (const status of ['answered', 'closed'])
			expect(erasureRefusal({ status, hold_until: '' }, TODAY), status).toBeNull();
	});

	it('waits through the hold’s last day, as the retention job does', () => {
		expect(erasureRefusal({ status: 'answered', hold_until: '2026-12-08' }, TODAY)).toBe('held');
		expect(erasureRefusal({ status: 'answered', hold_until: TODAY }, TODAY)).toBe('held');
		expect(erasureRefusal({ status: 'closed', hold_until: '2026-12-06' }, TODAY)).toBeNull();
		expect(erasureRefusal({ status: 'waiting', hold_until: '2027-01-01' }, TODAY)).toBe('not_answered');
	});
});

describe('erasureCheck', () => {
	it('reads a complaint record as erasureRefusal judges it', () => {
		const record = (fields) => ({ getString: (name) => fields[name] ?? '' });
		const check = erasureCheck('2026-12-07');
		expect(check(record({ status: 'answered', hold_until: '2026-12-07' }))).toBe('held');
		expect(check(record({ status: 'received' }))).toBe('not_answered');
		expect(check(record({ status: 'closed' }))).toBeNull();
	});
});

describe('messageOf', () => {
	it('explains the first refusal', () => {
		expect(messageOf({ id: 'held' })).toMatch(/hold/);
		expect(messageOf({ whatever: 'strange' })).toBe('Invalid request.');
	});
});
