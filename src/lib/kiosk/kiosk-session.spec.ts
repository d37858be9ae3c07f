import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { KioskConfig } from '$lib/domain/kiosk-config';
import { kioskConfig } from '$lib/test/kiosk-config';

const submitSurvey = vi.fn();
const setLocale = vi.fn();
const loadKiosk = vi.fn();
const prepare = vi.fn();
/** The configuration the device holds once `kiosk.load` ran. */
let stored: KioskConfig | null = null;
vi.mock('$lib/sync/submit', () => ({ submitSurvey: (data: unknown) => submitSurvey(data) }));
vi.mock('$lib/state/locale.svelte', () => ({
	locale: { use: (code: string) => setLocale(code), prepare: async (codes: string[]) => prepare(codes) }
}));
vi.mock('$lib/state/kiosk.svelte', () => ({
	kiosk: {
		load: () => loadKiosk(),
		get config() {
			return stored;
		}
	}
}));

const COOLDOWN_KEY = 'qep.kiosk.cooldownUntil';
const START = new Date('2026-11-22T10:00:00Z').getTime();
/** How long the device takes to store a submission in these tests: a cooldown counted from the wrong instant shows. */
const SAVE_MS = 1_500;

/** The page session's storage, in memory: each test starts with an empty one. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

/** A fresh module, so a fresh singleton: nothing carried over from another test (reset() keeps the cooldown). */
async function freshSession() {
	vi.resetModules();
	return (await import('./kiosk-session.svelte')).kioskSession;
}

let kioskSession: Awaited<ReturnType<typeof freshSession>>;
let storage: Storage;

const config = kioskConfig();

describe('kiosk session', () => {
	beforeEach(async () => {
		vi.useFakeTimers();
		vi.setSystemTime(START);
		storage = memoryStorage();
		vi.stubGlobal('sessionStorage', storage);
		submitSurvey.mockReset();
		setLocale.mockReset();
		loadKiosk.mockReset();
		prepare.mockReset();
		stored = null;
		kioskSession = await freshSession();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	/** The device's save resolves (or fails) SAVE_MS after it started, on the test's clock. */
	function saveTakes(outcome: () => Promise<unknown>) {
		submitSurvey.mockImplementation(async () => {
			vi.advanceTimersByTime(SAVE_MS);
			return outcome();
		});
	}

	test('a fresh kiosk waits for nothing', () => {
		expect(kioskSession.cooldownUntil).toBeNull();
	});

	test('a survey starts in the chosen language, and returning to the welcome screen restores French', () => {
		kioskSession.start('en', config);
		expect(kioskSession.flow?.question?.id).toBe('question0000001');
		expect(kioskSession.language).toBe('en');
		expect(setLocale).toHaveBeenLastCalledWith('en');
		kioskSession.reset();
		expect(kioskSession.flow).toBeNull();
		expect(setLocale).toHaveBeenLastCalledWith('fr');
	});

	test('loading prepares the words of the languages the kiosk offers, not of those its questionnaire lacks', async () => {
		stored = {
			...config,
			kiosk: { ...config.kiosk, languages: ['fr', 'en', 'ar'] },
			questionnaire: { ...config.questionnaire, languages: ['fr', 'en', 'zh'] }
		};
		await kioskSession.load();
		expect(loadKiosk).toHaveBeenCalledOnce();
		expect(prepare).toHaveBeenCalledWith(['fr', 'en']);
	});

	test('a half-answered survey is discarded on reset: nothing is submitted, and no cooldown starts', () => {
		kioskSession.start('fr', config);
		kioskSession.flow?.answer('very_dissatisfied');
		kioskSession.flow!.comment = 'Trop d’attente';
		kioskSession.reset();
		expect(kioskSession.flow).toBeNull();
		expect(submitSurvey).not.toHaveBeenCalled();
		expect(kioskSession.cooldownUntil).toBeNull();
		expect(storage.getItem(COOLDOWN_KEY)).toBeNull();

		kioskSession.start('fr', config);
		expect(kioskSession.flow?.answers).toEqual([]);
		expect(kioskSession.flow?.comment).toBe('');
	});

	test('a submitted survey goes out as this kiosk’s, then the start buttons wait for the cooldown', async () => {
		saveTakes(async () => 'response0000001');
		kioskSession.start('en', config);
		const answers = [{ question: 'question0000001', value: 'satisfied' as const }];
		await kioskSession.send(config, answers, 'Thanks');
		expect(submitSurvey).toHaveBeenCalledWith({
			questionnaire: 'questionnaire01',
			site: 'site00000000001',
			reception_point: '',
			channel: 'kiosk',
			language: 'en',
			day: '2026-11-22',
			comment: 'Thanks',
			answers
		});
		// Counted from the moment the answer is stored, not from the tap on "Send".
		expect(kioskSession.cooldownUntil).toBe(START + SAVE_MS + 20_000);
		expect(storage.getItem(COOLDOWN_KEY)).toBe(String(START + SAVE_MS + 20_000));
	});

	test('reloading the page does not skip the cooldown', async () => {
		saveTakes(async () => 'response0000001');
		kioskSession.start('fr', config);
		await kioskSession.send(config, [], '');
		const reloaded = await freshSession();
		expect(reloaded.cooldownUntil).toBe(START + SAVE_MS + 20_000);
	});

	test('a failed submission starts no cooldown and lets the error through', async () => {
		saveTakes(() => Promise.reject(new Error('QuotaExceededError')));
		kioskSession.start('fr', config);
		await expect(kioskSession.send(config, [], '')).rejects.toThrow('QuotaExceededError');
		expect(kioskSession.cooldownUntil).toBeNull();
		expect(storage.getItem(COOLDOWN_KEY)).toBeNull();
		// Nor does it leave one behind for after a reload.
		expect((await freshSession()).cooldownUntil).toBeNull();
	});
});
