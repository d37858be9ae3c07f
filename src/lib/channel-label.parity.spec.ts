import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n/messages';
import { channelLabel } from './channel-label';

// The French names the server freezes in publications and the open data (pocketbase/pb_hooks/lib/labels.js),
// loaded at run time: the hooks' CommonJS is not part of the typed program.
const require = createRequire(import.meta.url);
const server = require('../../pocketbase/pb_hooks/lib/labels.js') as {
	CHANNEL_LABELS: Record<string, string>;
	NO_POINT_LABEL: string;
};

describe('the names the server publishes', () => {
	it('are the app’s own French names, channel by channel', () => {
		expect(Object.keys(server.CHANNEL_LABELS).sort()).toEqual(['kiosk', 'paper', 'web']);
		for (const [channel, label] of Object.entries(server.CHANNEL_LABELS))
			expect(label, channel).toBe(channelLabel(channel, 'fr'));
	});

	it('say "no reception point" in the same words', () => {
		expect(server.NO_POINT_LABEL).toBe(m.common_no_point({}, { locale: 'fr' }));
	});
});
