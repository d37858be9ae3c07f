// The run mode (QEP_MODE): `demo` (the default, what `npm start` gives a newcomer) or `production`, and
// what production refuses: a database holding the demo's accounts, and no public address for e-mail links.

const MODES = ['demo', 'production'];
/** The demo's staff accounts all live under this domain (lib/demo-data.js); no real prefecture uses it. */
const DEMO_DOMAIN = 'demo.qual-e-pref.fr';

/** `demo` or `production` from QEP_MODE (case-insensitive, blank = demo). Throws on any other value. */
function runMode(getenv) {
	const raw = String(getenv('QEP_MODE') || '')
		.trim()
		.toLowerCase();
	if (raw === '') return 'demo';
	if (!MODES.includes(raw)) throw new Error(`QEP_MODE must be "demo" or "production", not "${raw}"`);
	return raw;
}

/** True for an address of the demo's domain (or a subdomain of it). */
function isDemoEmail(email) {
	const domain = String(email).toLowerCase().split('@').pop();
	return domain === DEMO_DOMAIN || domain.endsWith(`.${DEMO_DOMAIN}`);
}

// The hooks' engine has no URL class: the address is read with a pattern (scheme, host, optional port).
const ADDRESS = /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?(\/[^\s?#]*)?$/i;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why a production server must not start, from the facts it has found; empty when it may. Behind the reverse
 * proxy, without a trusted header every visitor shares the proxy's address and its rate limits.
 * @param {{ appUrl: string, demoRecords: number, trustedProxyHeaders?: string[] }} facts
 *   demoRecords: accounts, sites and policy whose addresses are on the demo's domain
 * @returns {string[]}
 */
function productionRefusals({ appUrl, demoRecords, trustedProxyHeaders = [] }) {
	const refusals = [];
	if (demoRecords > 0)
		refusals.push(
			`this database holds the demo (${demoRecords} account(s), site(s) or policy at @${DEMO_DOMAIN}): ` +
				'production starts from an empty data directory, never from the demo'
		);
	const address = ADDRESS.exec(String(appUrl || '').trim());
	if (!address) refusals.push('APP_URL must be set to the public https:// address of the service');
	else if (address[1].toLowerCase() !== 'https' && !LOOPBACK.test(address[2]))
		refusals.push(`APP_URL must be an https:// address outside this machine, not "${appUrl}"`);
	if (trustedProxyHeaders.length === 0)
		refusals.push(
			'TRUSTED_PROXY_HEADERS must name the header where the reverse proxy puts the visitor’s address ' +
				'(X-Real-IP with the nginx and Caddy files in deploy/), or rate limits would count the proxy'
		);
	return refusals;
}

module.exports = { DEMO_DOMAIN, runMode, isDemoEmail, productionRefusals };
