/**
 * The attributes that tie a form control to its messages group (`FieldMessages`, `<id>-messages`): its id,
 * whether it is invalid (only said when it is), and what describes it.
 */
export function controlAria(id: string, error?: string) {
	return {
		id,
		'aria-invalid': error ? ('true' as const) : undefined,
		'aria-describedby': `${id}-messages`
	};
}
