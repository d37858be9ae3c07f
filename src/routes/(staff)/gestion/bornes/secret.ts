const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random password from the platform's CSPRNG. PocketBase wants one on every auth record; a kiosk never
 * uses it (it signs in with its enrolment link), so nobody is ever told what it is.
 */
export function randomPassword(length = 32): string {
	// 62 symbols: bytes of 248 and above would favour the first letters, so they are drawn again.
	const limit = 256 - (256 % ALPHABET.length);
	let result = '';
	while (result.length < length) {
		for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
			if (byte < limit && result.length < length) result += ALPHABET[byte % ALPHABET.length];
		}
	}
	return result;
}
