// Keeps Tab and Shift+Tab inside an open modal (the mobile menu, dialogs): from the last focusable
// element back to the first, and the other way round.
const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Handles a keydown inside `container`: wraps Tab at its ends. Other keys are left alone. */
export function cycleFocus(event: KeyboardEvent, container: HTMLElement): void {
	if (event.key !== 'Tab') return;
	const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) =>
		element.checkVisibility({ visibilityProperty: true })
	);
	const first = focusable[0];
	const last = focusable[focusable.length - 1];
	if (event.shiftKey && document.activeElement === first) {
		event.preventDefault();
		last?.focus();
	} else if (!event.shiftKey && document.activeElement === last) {
		event.preventDefault();
		first?.focus();
	}
}
