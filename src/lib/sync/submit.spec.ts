import { beforeEach, describe, expect, it, vi } from 'vitest';
import { suggestion, survey } from '$lib/test/fake-server';
import { fakeWindow } from '$lib/test/fake-window';

const saved = vi.hoisted(() => ({ items: [] as unknown[] }));
vi.mock('$lib/db/outbox-writer', () => ({
	addDurably: async (item: unknown) => {
		saved.items.push(item);
		return performance.timeOrigin + performance.now();
	}
}));
const sending = vi.hoisted(() => ({ submitted: vi.fn(async () => {}) }));
const SYNC_MANAGER = '$lib/sync/sync-manager.svelte';
const loadable = () => ({ syncManager: { submitted: sending.submitted } });

/** The page's window, as ./when-online reads it. */
function onlineOrNot(onLine: boolean) {
	const window = fakeWindow(onLine);
	vi.stubGlobal('window', window);
	return window;
}

beforeEach(() => {
	vi.unstubAllGlobals();
	onlineOrNot(true);
	vi.resetModules();
	vi.doMock(SYNC_MANAGER, loadable);
	saved.items = [];
	sending.submitted.mockClear();
	vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('handing a submission over', () => {
	it('saves a valid survey, marks the instant, then has it sent without waiting', async () => {
		const { submitSurvey } = await import('./submit');
		const answers = survey({ questionnaire: 'questionnaire01' });
		const id = await submitSurvey(answers);
		expect(saved.items).toEqual([{ id, type: 'survey_response', data: answers }]);
		expect(
			performance.getEntriesByName('qep:saved').some((m) => (m as PerformanceMark).detail?.id === id)
		).toBe(true);
		await vi.waitFor(() => expect(sending.submitted).toHaveBeenCalledTimes(1));
	});

	it('refuses an invalid suggestion with its codes, saving and sending nothing', async () => {
		const { InvalidSubmission, submitSuggestion } = await import('./submit');
		const error = await submitSuggestion(suggestion({ text: 'a' })).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidSubmission);
		expect(Object.keys((error as InstanceType<typeof InvalidSubmission>).codes)).toEqual(['text']);
		expect(saved.items).toEqual([]);
		await vi.dynamicImportSettled();
		expect(sending.submitted).not.toHaveBeenCalled();
	});

	it('offline, saves all the same, and asks for the sending code only once the network is back', async () => {
		const window = onlineOrNot(false);
		vi.doMock(SYNC_MANAGER, () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { submitSuggestion } = await import('./submit');
		const sent = suggestion();
		const id = await submitSuggestion(sent);
		expect(saved.items).toMatchObject([{ id, type: 'suggestion', data: { text: sent.text } }]);
		await vi.dynamicImportSettled();
		// Not even tried: a module that failed to load would stay failed for the page.
		expect(console.warn).not.toHaveBeenCalled();
		vi.doMock(SYNC_MANAGER, loadable);
		window.goOnline();
		await vi.waitFor(() => expect(sending.submitted).toHaveBeenCalledTimes(1));
	});
});
