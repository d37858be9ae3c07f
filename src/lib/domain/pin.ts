// The staff PIN that guards leaving kiosk mode. The kiosk checks it offline against a salted PBKDF2 hash
// made in the referent's browser; the PIN itself never leaves that browser.

export const PIN_PATTERN = /^\d{4,8}$/;
export const PIN_ITERATIONS = 100_000;

const toHex = (bytes: ArrayBuffer | Uint8Array) =>
	Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Hex PBKDF2-SHA-256 of the PIN with that salt. */
export async function hashPin(
	pin: string,
	salt: string,
	iterations: number = PIN_ITERATIONS
): Promise<string> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations },
		key,
		256
	);
	return toHex(bits);
}

/** A new salt and hash for a PIN, as the back office stores them on the kiosk. */
export async function protectPin(pin: string): Promise<{ salt: string; hash: string; iterations: number }> {
	if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 8 digits');
	const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
	return { salt, hash: await hashPin(pin, salt), iterations: PIN_ITERATIONS };
}

/** True when `pin` matches the stored hash. */
export async function verifyPin(
	pin: string,
	stored: { salt: string; hash: string; iterations: number }
): Promise<boolean> {
	if (!PIN_PATTERN.test(pin)) return false;
	return (await hashPin(pin, stored.salt, stored.iterations)) === stored.hash;
}
