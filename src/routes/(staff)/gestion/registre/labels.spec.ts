import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { registerSchema, type Register } from '$lib/pb/register';
import * as labels from './labels';

beforeAll(() => overwriteGetLocale(() => 'fr'));

interface HookRegister {
	FIELDS: Record<string, Record<string, string>>;
}
interface HookBuild {
	buildRegister(values: unknown): unknown;
}

/** A module of pocketbase/pb_hooks/lib, loaded at run time: the hooks' CommonJS is not typed. */
async function hookLib<T>(name: string): Promise<T> {
	const file = new URL(`../../../../../pocketbase/pb_hooks/lib/${name}.js`, import.meta.url).href;
	const mod = (await import(/* @vite-ignore */ file)) as { default?: T } & T;
	return mod.default ?? mod;
}

/** The register the server would build for a schema holding every classified field, relays set. */
async function serverRegister(): Promise<Register> {
	const { FIELDS } = await hookLib<HookRegister>('register');
	const { buildRegister } = await hookLib<HookBuild>('register-build');
	const schema = Object.fromEntries(Object.entries(FIELDS).map(([c, fields]) => [c, Object.keys(fields)]));
	return registerSchema.parse(
		buildRegister({
			nowISO: '2026-12-07T10:00:00.000Z',
			policy: {
				organisationName: 'Préfecture de l’Aube',
				organisationAddress: '',
				organisationEmail: '',
				dpoEmail: '',
				hosting: 'Serveurs de la préfecture (France)'
			},
			schema,
			retentionMonths: 36,
			logDays: 30,
			holdYears: 10,
			passwordMinLength: 12,
			roleCounts: { agent: 4, referent: 1, admin: 1 },
			smtpHost: 'smtp.aube.gouv.fr',
			backups: { cron: '30 2 * * *', keep: 14, s3Host: 's3.example.org' }
		})
	);
}

describe('the server’s keys', () => {
	it('are all known to the page, which words each of them (one source, or a parity test)', async () => {
		const register = await serverRegister();
		expect(register.unclassified).toEqual([]);
		expect(register.activities.map((a) => labels.ACTIVITY_TITLES[a.key]())).toEqual([
			'Questionnaires de satisfaction',
			'Réclamations et demandes d’information',
			'Suggestions',
			'Comptes du personnel',
			'Journaux techniques'
		]);
		for (const activity of register.activities) {
			const words = [
				labels.PURPOSES[activity.key](),
				...activity.legalBases.map((key) => labels.LEGAL_BASIS_TEXTS[key]()),
				...activity.people.map((key) => labels.PEOPLE_LABELS[key]()),
				...activity.data.flatMap((d) => [
					labels.CATEGORY_LABELS[d.category](),
					labels.retentionText(d.retention)
				]),
				...activity.recipients.map(labels.recipientText),
				...activity.measures.map(labels.measureText)
			];
			for (const text of words) expect(text, activity.key).toMatch(/\p{L}{3}/u);
		}
	});
});

describe('the words', () => {
	it('carry the policy’s figures', () => {
		expect(labels.retentionText({ rule: 'after_closure', months: 36, holdYears: 10 })).toMatch(
			/^36 mois après la dernière action.*jusqu’à 10 ans\.$/
		);
		expect(labels.retentionText({ rule: 'after_day', months: 24 })).toBe(
			'24 mois après le jour du dépôt, puis effacement.'
		);
		expect(labels.retentionText({ rule: 'logs', days: 30 })).toBe('30 jours, puis effacement automatique.');
		expect(labels.measureText({ key: 'passwords', minLength: 12 })).toMatch(/de 12 caractères au moins/);
		expect(labels.recipientText({ kind: 'site_agents', count: 4 })).toBe(
			'Agents des sites concernés (4 comptes d’agent)'
		);
		expect(labels.recipientText({ kind: 'smtp', host: 'smtp.aube.gouv.fr' })).toContain('smtp.aube.gouv.fr');
	});

	it('say what the backups keep, and where', () => {
		const daily = { enabled: true, cron: '30 2 * * *', keep: 14, spanDays: 14, s3Host: null };
		expect(labels.backupsText(daily)).toBe(
			'Copies de sauvegarde : les 14 dernières sauvegardes sont gardées (programmation « 30 2 * * * », heure UTC), soit jusqu’à 14 jours après un effacement. Elles restent sur le disque du serveur.'
		);
		expect(labels.backupsText({ ...daily, spanDays: null, s3Host: 's3.example.org' })).toMatch(
			/\(programmation « 30 2 \* \* \* », heure UTC\)\. Elles sont envoyées au service de stockage s3\.example\.org\.$/
		);
		expect(labels.backupsText({ ...daily, enabled: false, cron: '' })).toMatch(
			/aucune sauvegarde automatique/
		);
	});

	it('name a transfer only when backups leave for an S3 host', () => {
		expect(labels.transfersText({ s3Host: null })).toBe('Aucun.');
		expect(labels.transfersText({ s3Host: 's3.example.org' })).toContain('s3.example.org');
	});
});
