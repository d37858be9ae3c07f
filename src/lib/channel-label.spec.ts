import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '$lib/i18n/runtime';
import { channelLabel } from './channel-label';

// English names are read too: its words are loaded, as the app loads them before using them.
beforeAll(() => loadLocale('en'));

describe('channel names', () => {
	it('are one name per channel, in the language asked', () => {
		expect(channelLabel('kiosk', 'fr')).toBe('Borne d’accueil');
		expect(channelLabel('kiosk', 'en')).toBe('Lobby kiosk');
		expect(channelLabel('paper', 'fr')).toBe('Formulaire papier');
		expect(channelLabel('phone', 'fr')).toBe('Téléphone');
		expect(channelLabel('letter', 'fr')).toBe('Courrier');
	});

	it('leave an unknown channel as it is', () => {
		expect(channelLabel('pigeon')).toBe('pigeon');
	});
});
