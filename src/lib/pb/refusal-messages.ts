// The back-office's words for the codes our routes refuse with (400 `{field: {code}}`): one sentence per
// code, the same on every screen, and a form's own sentence where it needs one (a label's length, a
// period), given as overrides by field. The citizen's words are lib/citizen/error-messages.ts.
import { m } from '$lib/i18n/messages';

/** The length limits of the text field concerned, for the sentences that state them. */
export interface TextLimits {
	min: number;
	max: number;
}

/** A sentence, given the field's limits when it has some. */
export type Say = (limits?: TextLimits) => string;

/** A form's own sentences: by field, then by code (`*`: any other code of that field). */
export type Overrides = Record<string, Record<string, Say>>;

const BY_CODE: Record<string, Say> = {
	required: () => m.validation_required(),
	too_short: (limits) => m.validation_too_short({ min: limits?.min ?? 1 }),
	too_long: (limits) => (limits ? m.validation_too_long({ max: limits.max }) : m.validation_too_long_any()),
	before_from: () => m.validation_before_from(),
	not_found: () => m.desk_error_not_found(),
	invalid_transition: () => m.desk_error_invalid_transition(),
	answer_required: () => m.desk_error_answer_required()
};

/** The sentence for `code` on `field`: the form's own if it has one, else the code's, else "invalid". */
export function refusalMessage(
	field: string,
	code: string,
	{ limits, overrides }: { limits?: TextLimits; overrides?: Overrides } = {}
): string {
	const own = overrides?.[field];
	const say = own?.[code] ?? own?.['*'] ?? BY_CODE[code];
	return say ? say(limits) : m.desk_error_invalid();
}
