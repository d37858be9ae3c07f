// Whether a kiosk form holds something the visitor typed or chose: leaving it then asks first.

/** True when any value is a non-blank string or a non-empty list (files); false for blanks and nothing. */
export function anyEntered(values: readonly unknown[]): boolean {
	return values.some((value) =>
		typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0
	);
}
