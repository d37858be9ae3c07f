// The catalogue compiled when Vite starts (build, dev), and again in dev when a message file changes, is added
// or is removed.
import path from 'node:path';
import { compileMessages } from '../i18n.js';
import { LANGUAGES_FILE } from './i18n-sources.js';

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
			const languages = path.join(root, LANGUAGES_FILE);
			server.watcher.add([messages, languages]);
			/** @param {string} file */
			const recompile = (file) => {
				if (!file.startsWith(messages) && file !== languages) return;
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
