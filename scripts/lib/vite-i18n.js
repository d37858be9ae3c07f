// The catalogue compiled when Vite starts (build, dev), and again in dev when a message file changes, is added
// or is removed.
import path from 'node:path';
import { compileMessages } from '../i18n.js';

/** @returns {import('vite').Plugin} */
export function messagesPlugin() {
	let root = process.cwd();
	return {
		name: 'qep-messages',
		configResolved(config) {
			root = config.root;
		},
		buildStart() {
			compileMessages(root);
		},
		configureServer(server) {
			const messages = path.join(root, 'messages');
			server.watcher.add([messages, path.join(root, 'project.inlang/settings.json')]);
			/** @param {string} file */
			const recompile = (file) => {
				if (!file.startsWith(messages) && !file.endsWith('settings.json')) return;
				try {
					compileMessages(root);
				} catch (error) {
					server.config.logger.error(`i18n: ${error instanceof Error ? error.message : error}`);
				}
			};
			// A language's file added or removed counts as much as one changed.
			for (const event of ['change', 'add', 'unlink']) server.watcher.on(event, recompile);
		}
	};
}
