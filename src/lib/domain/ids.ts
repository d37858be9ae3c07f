// Ids made on the device, in PocketBase's own format, so a submission keeps one id from the tap that
// created it to the server's row (that is what makes sync idempotent).
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new random 15-character [a-z0-9] id (about 77 bits of entropy, no modulo bias). */
export function newId(
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)
): string {
	let id = '';
	while (id.length < 15) {
		for (const byte of random(new Uint8Array(24))) {
			// 252 = 7 × 36: dropping bytes above it keeps every character equally likely.
			if (byte < 252 && id.length < 15) id += ALPHABET[byte % 36];
		}
	}
	return id;
}

/** A new private tracking token: 32 random bytes, base64url without padding (43 characters). */
export function newTrackingToken(
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)
): string {
	const bytes = random(new Uint8Array(32));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
