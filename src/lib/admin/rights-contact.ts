// Rectification (RGPD art. 16): an administrator corrects a complaint's contact fields. The checks are the
// intake's own (complaintSubmissionSchema: limits, codes and the rule that a reply needs an e-mail or a
// postal address), so a corrected contact is one the citizen could have given; the route
// (POST /api/qep/complaints/{id}/contact) has the last word and its refusals show next to the same fields.
import { fieldMessage } from '$lib/citizen/error-messages';
import { complaintSubmissionSchema } from '$lib/domain/complaint-submission';
import { codesOf, type FieldCodes } from '$lib/domain/error-codes';
import { m } from '$lib/i18n/messages';
import { errorMessage, type FieldErrors } from '$lib/pb/errors';
import { fieldRefusals } from '$lib/pb/field-refusals';
import { CONTACT_FIELDS, type Contact } from '$lib/pb/rights';

/** The four fields as a complaint holds them (the dialog's starting values). */
export const contactOf = (complaint: Contact): Contact =>
	Object.fromEntries(CONTACT_FIELDS.map((field) => [field, complaint[field]])) as Contact;

/** The intake's codes for these contact fields, or {} when they may be sent. */
export function contactCodes(draft: Contact): FieldCodes {
	// The whole intake schema, the other fields absent: only the contact fields' verdicts are kept, the
	// rule that links them included (it runs whatever the other fields say).
	const result = complaintSubmissionSchema.safeParse(draft);
	if (result.success) return {};
	const codes = codesOf(result.error);
	const contact: FieldCodes = {};
	for (const field of CONTACT_FIELDS) if (codes[field]) contact[field] = codes[field];
	return contact;
}

/** The fields whose trimmed value differs from the complaint's: what the route is asked to change. */
export function contactChanges(draft: Contact, stored: Contact): Partial<Contact> {
	const changes: Partial<Contact> = {};
	for (const field of CONTACT_FIELDS) {
		const value = draft[field].trim();
		if (value !== stored[field]) changes[field] = value;
	}
	return changes;
}

/** The message next to `field` for the contract's `code`, in the intake's words. */
export function contactMessage(field: string, code: string): string {
	if (code === 'contact_required') return m.admin_rights_contact_required();
	return fieldMessage(field, code);
}

/** Every field's message for the codes of the device's checks. */
export const contactMessages = (codes: FieldCodes): FieldErrors =>
	Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, contactMessage(field, code)]));

/**
 * The messages for a refused correction: one per refused contact field, or `form` for a refusal about no
 * field (anonymised, nothing to change, gone, network down). Empty for an aborted request.
 */
export const contactRefusals = (error: unknown): FieldErrors =>
	fieldRefusals(error, {
		message: contactMessage,
		fields: CONTACT_FIELDS,
		formMessage: formRefusal,
		gone: m.validation_request_gone
	});

function formRefusal(field: string, code: string): string {
	if (field === 'id' && code === 'anonymised') return m.admin_rights_error_anonymised();
	if (field === 'body' && code === 'required') return m.admin_rights_contact_unchanged();
	return errorMessage(null);
}
