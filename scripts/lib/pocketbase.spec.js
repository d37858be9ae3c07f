import { describe, expect, it } from 'vitest';
import { allowedOrigins, commonFlags, paths } from './pocketbase.js';

describe('allowedOrigins', () => {
	const own = 'http://127.0.0.1:8090';
	it('is the server’s own address by default, else APP_URL’s origin, else CORS_ORIGINS', () => {
		expect(allowedOrigins({}, own)).toEqual([own]);
		expect(allowedOrigins({ APP_URL: 'https://avis.example.fr/base/' }, own)).toEqual([
			'https://avis.example.fr'
		]);
		expect(
			allowedOrigins({ APP_URL: 'https://a.fr', CORS_ORIGINS: ' https://a.fr , https://b.fr:8443 ' }, own)
		).toEqual(['https://a.fr', 'https://b.fr:8443']);
	});
	it('never lets a wildcard or a non-web address through', () => {
		for (const CORS_ORIGINS of ['*', 'ftp://a.fr', 'javascript:alert(1)', 'a.fr'])
			expect(() => allowedOrigins({ CORS_ORIGINS }, own), CORS_ORIGINS).toThrow(/http\(s\)/);
	});
});

describe('commonFlags', () => {
	it('names the data, the app’s migrations and the hooks, with development and automigrate off', () => {
		expect(commonFlags('/data')).toEqual([
			'--dir=/data',
			`--migrationsDir=${paths.migrations}`,
			`--hooksDir=${paths.hooks}`,
			'--dev=false',
			'--automigrate=false'
		]);
	});
	it('takes other migrations when told, and nothing else changes', () => {
		const flags = commonFlags('/data', '/elsewhere');
		expect(flags).toContain('--migrationsDir=/elsewhere');
		expect(flags.filter((f) => f.startsWith('--migrationsDir='))).toHaveLength(1);
		expect(flags.filter((f) => !f.startsWith('--migrationsDir='))).toEqual(
			commonFlags('/data').filter((f) => !f.startsWith('--migrationsDir='))
		);
	});
});
