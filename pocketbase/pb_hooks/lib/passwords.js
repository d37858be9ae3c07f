// Passwords the server makes itself (the demo's accounts, an account created or reset from the command
// line): printed once to whoever ran the command, only their hash is stored.

/** Lower-case letters and digits without the look-alikes (0/o, 1/l/i), easy to read aloud or retype. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A new password such as `k7hvm-3xq9t-wpc2a-n8eru`: 20 random characters (about 99 bits), in groups.
 * @param {(length: number, alphabet: string) => string} random  `$security.randomStringWithAlphabet` in hooks
 */
function newPassword(random) {
	const groups = [];
	for (let i = 0; i < GROUPS; i++) groups.push(random(GROUP_LENGTH, ALPHABET));
	return groups.join('-');
}

module.exports = { ALPHABET, newPassword };
