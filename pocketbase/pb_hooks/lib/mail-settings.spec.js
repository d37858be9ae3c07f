import { describe, expect, it } from 'vitest';
import {
	applyAppUrl,
	applyMailSettings,
	appUrlFromEnv,
	appUrlOf,
	mailSettingsFromEnv
} from './mail-settings.js';

const env = (values) => (name) => values[name] ?? '';

describe('mailSettingsFromEnv', () => {
	it('is null without SMTP_HOST, so the database keeps its settings', () => {
		expect(mailSettingsFromEnv(env({}))).toBeNull();
	});

	it('reads the relay and sender', () => {
		expect(
			mailSettingsFromEnv(
				env({
					SMTP_HOST: 'smtp.example.org',
					SMTP_PORT: '587',
					SMTP_USERNAME: 'u',
					SMTP_PASSWORD: 'p',
					MAIL_FROM_ADDRESS: 'a@b.fr'
				})
			)
		).toEqual({
			smtp: { enabled: true, host: 'smtp.example.org', port: 587, username: 'u', password: 'p', tls: false },
			senderAddress: 'a@b.fr',
			senderName: ''
		});
	});

	it('refuses a port that is not one', () => {
		expect(() => mailSettingsFromEnv(env({ SMTP_HOST: 'h', SMTP_PORT: 'smtp' }))).toThrow(/SMTP_PORT/);
	});
});

describe('applyMailSettings', () => {
	const fakeApp = () => {
		const settings = {
			smtp: { enabled: false, host: '', port: 25, username: '', password: '', tls: false },
			meta: { senderAddress: 'noreply@example.com', senderName: 'Acme' }
		};
		const saved = [];
		return { settings: () => settings, save: (s) => saved.push(structuredClone(s)), saved };
	};

	it('saves once, then not again while nothing changed', () => {
		const app = fakeApp();
		const getenv = env({ SMTP_HOST: 'localhost', SMTP_PORT: '2525' });
		expect(applyMailSettings(app, getenv)).toBe(true);
		expect(applyMailSettings(app, getenv)).toBe(false);
		expect(app.saved).toHaveLength(1);
		expect(app.saved[0].smtp).toMatchObject({ enabled: true, host: 'localhost', port: 2525 });
		expect(app.saved[0].meta.senderAddress).toBe('noreply@example.com');
	});
});

describe('appUrlFromEnv', () => {
	it('is null without APP_URL, and drops a trailing slash', () => {
		expect(appUrlFromEnv(env({}))).toBeNull();
		expect(appUrlFromEnv(env({ APP_URL: 'https://qualite.prefecture.test/' }))).toBe(
			'https://qualite.prefecture.test'
		);
		expect(appUrlFromEnv(env({ APP_URL: 'http://127.0.0.1:8090' }))).toBe('http://127.0.0.1:8090');
	});

	it('refuses what is not an http(s) URL', () => {
		expect(() => appUrlFromEnv(env({ APP_URL: 'qualite.prefecture.test' }))).toThrow(/APP_URL/);
		expect(() => appUrlFromEnv(env({ APP_URL: 'javascript:alert(1)' }))).toThrow(/APP_URL/);
	});
});

describe('applyAppUrl', () => {
	it('sets settings.meta.appURL once, then not again while nothing changed', () => {
		const settings = { meta: { appURL: 'http://localhost:8090' } };
		const saved = [];
		const app = { settings: () => settings, save: (s) => saved.push(structuredClone(s)) };
		const getenv = env({ APP_URL: 'https://qualite.prefecture.test' });
		expect(applyAppUrl(app, getenv)).toBe(true);
		expect(applyAppUrl(app, getenv)).toBe(false);
		expect(saved).toEqual([{ meta: { appURL: 'https://qualite.prefecture.test' } }]);
	});
});

describe('appUrlOf', () => {
	const app = (appURL) => ({ settings: () => ({ meta: { appURL } }) });

	it('is the settings’ app URL without its trailing slashes, ready for `/path`', () => {
		expect(appUrlOf(app('https://qualite.prefecture.test/'))).toBe('https://qualite.prefecture.test');
		expect(appUrlOf(app('https://qualite.prefecture.test//'))).toBe('https://qualite.prefecture.test');
		expect(appUrlOf(app('http://127.0.0.1:8090'))).toBe('http://127.0.0.1:8090');
		expect(appUrlOf(app('https://example.test/qualite/'))).toBe('https://example.test/qualite');
	});
});
