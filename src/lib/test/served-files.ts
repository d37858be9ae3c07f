// Unit specs run in Node, where nothing serves the app's files: the addresses Vite gives the dictionaries
// (`?url` imports, e.g. /src/lib/i18n/generated/dictionaries/en.json) are answered from the disk, so that the
// specs load a language the way the app does (lib/i18n/runtime, loadLocale).
import { readFile } from 'node:fs/promises';

const network = globalThis.fetch;
const SERVED = '/src/lib/i18n/generated/dictionaries/';

globalThis.fetch = async (input, init) => {
	const address = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
	const path = address.startsWith('http://localhost/') ? address.slice('http://localhost'.length) : address;
	if (!path.startsWith(SERVED)) return network(input, init);
	return new Response(await readFile(`.${path}`), { headers: { 'content-type': 'application/json' } });
};
