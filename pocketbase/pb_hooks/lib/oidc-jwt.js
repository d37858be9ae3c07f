// The claims of a JWT (the id_token, ProConnect's signed userinfo) read without PocketBase's
// $security.parseUnverifiedJWT, which also checks exp/iat/nbf with no clock leeway and throws first: the
// claims are checked by lib/oidc-claims.js, with its own tolerance. The hooks' engine has no Buffer nor atob,
// hence the small base64url decoder. The signature is not checked here (see lib/oidc-routes.js).

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The bytes of a base64url text (RFC 4648 §5, padding optional); throws on any other character. */
function base64UrlBytes(text) {
	const chars = String(text).replace(/=+$/, '');
	if (chars.length % 4 === 1) throw new Error('not base64url');
	const bytes = [];
	let bits = 0;
	let value = 0;
	for (const char of chars) {
		const digit = BASE64URL.indexOf(char);
		if (digit < 0) throw new Error('not base64url');
		value = ((value << 6) | digit) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((value >> bits) & 0xff);
		}
	}
	return bytes;
}

/** UTF-8 bytes as text; throws on an invalid sequence (decodeURIComponent does the decoding). */
function utf8Text(bytes) {
	return decodeURIComponent(bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''));
}

/** The payload of a compact JWT as an object; throws when it is not three parts with a JSON object in the middle. */
function jwtClaims(token) {
	const parts = String(token ?? '').split('.');
	if (parts.length !== 3 || parts[1] === '' || parts[1].length > 65536) throw new Error('not a JWT');
	const claims = JSON.parse(utf8Text(base64UrlBytes(parts[1])));
	if (!claims || typeof claims !== 'object' || Array.isArray(claims))
		throw new Error('the JWT payload is not an object');
	return claims;
}

module.exports = { base64UrlBytes, jwtClaims };
