// Debian's nginx in front of a test's PocketBase, on loopback, with the proxy directives shipped in
// deploy/nginx/qual-e-pref-proxy.conf (included as they are, not copied). Everything nginx writes lives in a
// temporary prefix, so it runs as root or not, beside the system's nginx or without one. Used by the proxy's
// end-to-end test and by `npm run bench:web` (the app as deployed: TLS and HTTP/2 in front of PocketBase).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { paths } from '../../scripts/lib/pocketbase.js';

export const SHIPPED_PROXY_CONF = path.join(paths.root, 'deploy/nginx/qual-e-pref-proxy.conf');
export const SHIPPED_SITE_CONF = path.join(paths.root, 'deploy/nginx/qual-e-pref.conf');
// Debian installs it in /usr/sbin, which is not on every user's PATH.
const NGINX = process.env.NGINX_PATH || (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const INSTALL_HELP = 'nginx not found: `sudo apt-get install nginx` (or set NGINX_PATH)';

/**
 * `accessLog`: the access log so far, `$remote_addr "$request" $status` per line.
 * @typedef {{ url: string, accessLog: () => Promise<string>, stop: () => Promise<void> }} Nginx
 */

/** @typedef {{ prefix: string, port: number, upstreamPort: number, certFile: string, keyFile: string }} Site */

/**
 * nginx's temporary files go into the prefix, not /var/lib/nginx (which only root may write).
 * @param {string} prefix
 */
const tempPaths = (prefix) =>
	['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((name) => `${name}_temp_path ${path.join(prefix, name)};`)
		.join(' ');

/**
 * The run's nginx.conf: its listen address, certificate and upstream around the shipped include.
 * @param {Site} o
 */
function testConfig(o) {
	/** @param {string} name */
	const p = (name) => path.join(o.prefix, name);
	// As root, nginx would hand its workers to `nobody`, who cannot write into this private prefix.
	const user = process.getuid?.() === 0 ? 'user root root;' : '';
	return `${user}
worker_processes 1;
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
events { worker_connections 256; }
http {
	log_format qep '$remote_addr "$request" $status';
	access_log ${p('access.log')} qep;
	${tempPaths(o.prefix)}
	upstream qual_e_pref {
		server 127.0.0.1:${o.upstreamPort};
		keepalive 16;
	}
	server {
		listen 127.0.0.1:${o.port} ssl http2;
		server_name 127.0.0.1;
		ssl_certificate ${o.certFile};
		ssl_certificate_key ${o.keyFile};
		include ${SHIPPED_PROXY_CONF};
	}
}
`;
}

/**
 * One GET through the proxy, trusting only `ca`; resolves with the status (any status), rejects on no answer.
 * @param {string} url
 * @param {string} ca
 * @returns {Promise<number>}
 */
function probe(url, ca) {
	return new Promise((resolve, reject) => {
		const request = https.get(url, { ca }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		request.on('error', reject);
		request.setTimeout(2000, () => request.destroy(new Error('timeout')));
	});
}

/**
 * Starts nginx in the foreground on 127.0.0.1:`port` and waits until it proxies /api/health.
 * @param {Site & { ca: string }} o
 * @returns {Promise<Nginx>}
 */
export async function startNginx(o) {
	const conf = path.join(o.prefix, 'nginx.conf');
	await writeFile(conf, testConfig(o));
	const child = spawn(
		NGINX,
		['-p', o.prefix, '-c', conf, '-e', path.join(o.prefix, 'error.log'), '-g', 'daemon off;'],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	const stop = () => stopChild(child, killOnExit);
	const url = `https://127.0.0.1:${o.port}`;
	try {
		await waitUntilProxying(`${url}/api/health`, o.ca, child, () => stderr, o.prefix);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, accessLog: () => readFile(path.join(o.prefix, 'access.log'), 'utf8'), stop };
}

/**
 * @param {string} url
 * @param {string} ca
 * @param {import('node:child_process').ChildProcess} child
 * @param {() => string} stderr
 * @param {string} prefix
 * @returns {Promise<void>}
 */
async function waitUntilProxying(url, ca, child, stderr, prefix) {
	const deadline = Date.now() + 15_000;
	/** @type {number | string | null} */
	let exited = null;
	child.once('exit', (code, signal) => (exited = code ?? signal ?? 'unknown'));
	child.once('error', (error) => (exited = `${error.message}; ${INSTALL_HELP}`));
	while (Date.now() < deadline) {
		if (exited !== null) {
			const log = await readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '');
			throw new Error(`nginx exited (${exited}) before it was ready:\n${stderr()}${log}`);
		}
		if ((await probe(url, ca).catch(() => 0)) === 200) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`nginx did not proxy ${url} within 15 s`);
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {() => void} killOnExit
 * @returns {Promise<void>}
 */
function stopChild(child, killOnExit) {
	return new Promise((resolve) => {
		const done = () => {
			process.removeListener('exit', killOnExit);
			resolve();
		};
		if (child.exitCode !== null || child.signalCode !== null) return done();
		child.once('exit', done);
		// SIGTERM: nginx's fast shutdown (SIGQUIT would wait for the open realtime streams).
		child.kill('SIGTERM');
		setTimeout(() => child.kill('SIGKILL'), 5000).unref();
	});
}

/**
 * `nginx -t` on the shipped site file as it is, but for the paths that only exist on a server: its
 * certificate, its snippet and its log folder point into `prefix`. Resolves with nginx's verdict.
 * @param {{ prefix: string, certFile: string, keyFile: string }} o
 * @returns {Promise<string>}
 */
export async function checkShippedSite(o) {
	let site = await readFile(SHIPPED_SITE_CONF, 'utf8');
	/** @param {RegExp} from @param {string} to */
	const replace = (from, to) => {
		if (!from.test(site)) throw new Error(`${SHIPPED_SITE_CONF} no longer has ${from}`);
		site = site.replace(from, to);
	};
	replace(/\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/g, o.certFile);
	replace(/\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/g, o.keyFile);
	replace(/\/etc\/nginx\/snippets\/qual-e-pref-proxy\.conf/g, SHIPPED_PROXY_CONF);
	replace(/\/var\/log\/nginx\//g, `${o.prefix}/`);
	const siteFile = path.join(o.prefix, 'site.conf');
	const conf = path.join(o.prefix, 'site-check.conf');
	await writeFile(siteFile, site);
	await writeFile(
		conf,
		`pid ${o.prefix}/check.pid;\nevents {}\nhttp {\n\taccess_log off;\n\t${tempPaths(o.prefix)}\n\tinclude ${siteFile};\n}\n`
	);
	return new Promise((resolve) => {
		const child = spawn(NGINX, ['-t', '-p', o.prefix, '-c', conf, '-e', path.join(o.prefix, 'check.log')], {
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let out = '';
		child.stderr?.on('data', (chunk) => (out += chunk));
		child.on('exit', () => resolve(out));
		child.on('error', (error) => resolve(error.message));
	});
}
