import { describe, expect, it } from 'vitest';
import { shellModules } from './vite-shell-chunk.js';

const SRC = '/app/src';
const CATALOGUE = `${SRC}/lib/i18n/generated/messages.ts`;
const MESSAGES = `${SRC}/lib/i18n/generated/messages/`;

/**
 * A module graph as Rolldown's `getModuleInfo` gives it; a module missing from `graph` has no info (null).
 * @param {Record<string, { imports?: string[], entry?: boolean, code?: string | null }>} graph
 */
function infoOf(graph) {
	return (/** @type {string} */ id) => {
		const node = graph[id];
		return node ? { importedIds: node.imports ?? [], isEntry: node.entry ?? false, code: node.code } : null;
	};
}

const graph = {
	'/kit/entry.js': { entry: true, imports: ['/kit/client.js'] },
	'/gen/nodes/0.js': { imports: [`${SRC}/routes/+layout.svelte`] },
	'/kit/client.js': { imports: ['/kit/utils.js', '/kit/entry.js'] },
	'/kit/utils.js': { imports: ['/kit/client.js'] },
	[`${SRC}/routes/+layout.svelte`]: {
		imports: [`${SRC}/lib/Header.svelte`, CATALOGUE],
		code: 'm.app_title(); m.skip_link({ to: main });'
	},
	[`${SRC}/lib/Header.svelte`]: { imports: [CATALOGUE, '/node_modules/svelte/index.js'], code: 'm.menu()' },
	'/node_modules/svelte/index.js': {},
	[CATALOGUE]: { imports: [`${MESSAGES}app_title.ts`, `${MESSAGES}menu.ts`, `${MESSAGES}page_only.ts`] },
	[`${MESSAGES}app_title.ts`]: {},
	[`${MESSAGES}menu.ts`]: {},
	[`${MESSAGES}page_only.ts`]: {},
	'/gen/nodes/1.js': { imports: [`${SRC}/routes/page.svelte`] },
	[`${SRC}/routes/page.svelte`]: { imports: [CATALOGUE], code: 'm.page_only()' }
};

describe('shellModules', () => {
	it('takes what the roots import statically, through cycles, without the entries', () => {
		const shell = shellModules(['/kit/entry.js', '/gen/nodes/0.js'], infoOf(graph));
		for (const id of [
			'/gen/nodes/0.js',
			'/kit/client.js',
			'/kit/utils.js',
			`${SRC}/routes/+layout.svelte`,
			`${SRC}/lib/Header.svelte`,
			'/node_modules/svelte/index.js'
		]) {
			expect(shell.has(id), id).toBe(true);
		}
		expect(shell.has('/kit/entry.js')).toBe(false);
		// Modules only other pages import stay out.
		expect(shell.has('/gen/nodes/1.js')).toBe(false);
		expect(shell.has(`${SRC}/routes/page.svelte`)).toBe(false);
	});

	it('adds the messages the shell’s code names, not the catalogue’s index nor the other messages', () => {
		const shell = shellModules(['/kit/entry.js', '/gen/nodes/0.js'], infoOf(graph));
		expect([...shell].filter((id) => id.includes('/i18n/')).sort()).toEqual([
			`${MESSAGES}app_title.ts`,
			`${MESSAGES}menu.ts`,
			`${MESSAGES}skip_link.ts`
		]);
		expect(shell.has(CATALOGUE)).toBe(false);
		expect(shell.has(`${MESSAGES}page_only.ts`)).toBe(false);
	});

	it('adds no message when the shell does not import the catalogue', () => {
		const plain = {
			'/gen/nodes/0.js': { imports: ['/lib/a.js'], code: 'm.app_title()' },
			'/lib/a.js': { code: 'm.menu()' }
		};
		expect([...shellModules(['/gen/nodes/0.js'], infoOf(plain))].sort()).toEqual([
			'/gen/nodes/0.js',
			'/lib/a.js'
		]);
	});

	it('keeps a module it has no information on, without following it', () => {
		const shell = shellModules(
			['/gen/nodes/0.js'],
			infoOf({ '/gen/nodes/0.js': { imports: ['virtual:x'] } })
		);
		expect([...shell].sort()).toEqual(['/gen/nodes/0.js', 'virtual:x']);
	});
});
