// A form described once — its controls' id prefix, its fields in order, their length limits — hands each
// control its attributes (`<Field {...form.field('subject')} label=… bind:value=… />`, as SvelteKit's
// remote forms do with `form.fields.title.as('text')`), lists its errors for the summary, and moves focus to
// the first field in error.
import { focusFirstError } from './focus-first-error';

type Messages = Record<string, string>;

export interface FormDescription<F extends string> {
	/** The controls' ids are `<prefix>-<field>`, or `<field>` when it is '' (a getter when it follows a prop). */
	readonly prefix: string;
	/** The fields in the order the form shows them: focus goes to the first one in error. */
	readonly order: readonly F[];
	/** Length limits (`src/lib/domain`): the control gets `maxlength`. */
	readonly limits?: Partial<Record<F, { readonly max: number }>>;
	/** The end of a control's id when it is not the field's name (`reception_point: 'point'`). */
	readonly controls?: Partial<Record<F, string>>;
	/** The field's name ends the id as it is (`policy-dpo_email`), rather than hyphenated (`contact-name`). */
	readonly verbatim?: boolean;
	/** The errors when another piece holds them (a submission flow); the form keeps its own otherwise. */
	readonly errors?: () => Messages;
}

/** What a control gets from its form: spread it on `Field`, `TextArea`, `Select`, `EmailField`. */
export interface ControlAttributes {
	id: string;
	name: string;
	error: string | undefined;
	maxlength?: number;
}

/** `contact_name` → `contact-name`, `pinConfirm` → `pin-confirm`, `label.fr` → `label-fr`. */
export const hyphenated = (field: string): string =>
	field
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.replace(/[._]/g, '-')
		.toLowerCase();

export class FormFields<F extends string> {
	#own = $state<Messages>({});
	readonly #description: FormDescription<F>;

	constructor(description: FormDescription<F>) {
		this.#description = description;
	}

	/** Messages by field (`form` for the whole form). */
	get errors(): Messages {
		return this.#description.errors?.() ?? this.#own;
	}

	set errors(errors: Messages) {
		this.#own = errors;
	}

	/** The fields in their order. */
	get order(): readonly F[] {
		return this.#description.order;
	}

	/** The id of a field's control. */
	id(field: F): string {
		const { prefix, controls, verbatim } = this.#description;
		const end = controls?.[field] ?? (verbatim ? field : hyphenated(field));
		return prefix ? `${prefix}-${end}` : end;
	}

	/** A control's id, name, error and (when known) maxlength. */
	field(field: F): ControlAttributes {
		const limit = this.#description.limits?.[field];
		const attributes: ControlAttributes = { id: this.id(field), name: field, error: this.errors[field] };
		if (limit) attributes.maxlength = limit.max;
		return attributes;
	}

	/** The error summary's items, in the form's order: the control's id, its label, the message. */
	summary(labels: Record<F, () => string>): { id: string; label: string; message: string }[] {
		const errors = this.errors;
		return this.order
			.filter((field) => errors[field])
			.map((field) => ({ id: this.id(field), label: labels[field](), message: errors[field]! }));
	}

	/** Focuses the first field in error, once shown; false when no field of the form has one. */
	focusFirstError(): Promise<boolean> {
		return focusFirstError(this.order, this.errors, (field) => this.id(field));
	}
}
