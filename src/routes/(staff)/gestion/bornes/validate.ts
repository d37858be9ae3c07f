// Checks of the kiosk forms, on the device, before anything is sent. The zod schema of lib/domain is
// the rule; this gives each failing field a sentence in the interface language.
import * as z from 'zod/mini';
import { kioskSchema } from '$lib/domain/accounts';
import type { Language } from '$lib/domain/fields';
import { PIN_PATTERN } from '$lib/domain/pin';
import { m } from '$lib/i18n/messages';
import type { FieldErrors } from '$lib/pb/errors';

export interface KioskDraft {
	name: string;
	site: string;
	reception_point: string;
	languages: Language[];
	pin: string;
	pinConfirm: string;
}

const fields = z.pick(kioskSchema, { name: true, site: true, reception_point: true, languages: true });

/** Field errors of the new-kiosk form; `pointSites` maps each reception point to its site. */
export function validateKiosk(draft: KioskDraft, pointSites: Record<string, string>): FieldErrors {
	const errors: FieldErrors = draft.name.trim() ? {} : { name: m.validation_required() };
	const result = fields.safeParse({ ...draft, name: draft.name.trim() });
	if (!result.success) {
		for (const issue of result.error.issues) {
			const field = String(issue.path[0]);
			errors[field] ??= messageFor(field, issue);
		}
	}
	// A point of another site would be accepted by the schema and refused by nobody: catch it here.
	if (!errors.reception_point && draft.reception_point && pointSites[draft.reception_point] !== draft.site) {
		errors.reception_point = m.bo_error_point();
	}
	return { ...errors, ...validatePin(draft) };
}

/** Field errors of a PIN and its confirmation (new kiosk, PIN change). */
export function validatePin({ pin, pinConfirm }: { pin: string; pinConfirm: string }): FieldErrors {
	if (!PIN_PATTERN.test(pin)) return { pin: m.bo_error_pin() };
	if (pin !== pinConfirm) return { pinConfirm: m.bo_error_pin_confirm() };
	return {};
}

function messageFor(field: string, issue: z.core.$ZodIssue): string {
	switch (field) {
		case 'site':
			return m.bo_error_site();
		case 'reception_point':
			return m.bo_error_point();
		case 'languages':
			return m.bo_error_languages();
	}
	if (issue.code === 'too_small') {
		return issue.minimum === 1 || issue.minimum === undefined
			? m.validation_required()
			: m.validation_too_short({ min: Number(issue.minimum) });
	}
	if (issue.code === 'too_big') return m.validation_too_long({ max: Number(issue.maximum) });
	return m.validation_invalid();
}
