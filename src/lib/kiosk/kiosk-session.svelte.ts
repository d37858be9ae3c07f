// The visitor's session on the kiosk: welcome screen, or a survey in the language they chose; the
// cooldown after each submission. Lives outside the components because changing language re-renders
// the whole app (the root layout is keyed on the locale).
import type { Language } from '$lib/domain/fields';
import type { KioskConfig } from '$lib/domain/kiosk-config';
import { kiosk } from '$lib/state/kiosk.svelte';
import { locale } from '$lib/state/locale.svelte';
import { submitSurvey } from '$lib/sync/submit';
import { cooldownEnd } from './cooldown';
import { offeredLanguages } from './offered-languages';
import { buildSubmission } from './submission';
import { SurveyFlow, type SurveyAnswers } from './survey-flow.svelte';

/** Seconds without any touch before a half-answered survey is abandoned. */
export const IDLE_SECONDS = 20;
/**
 * Seconds without any touch before a complaint or suggestion form (or its receipt) is abandoned: typing
 * a message takes longer than answering a question, and someone reading their receipt is not idle.
 */
export const FORM_IDLE_SECONDS = 120;
/** Seconds a kiosk waits for the receipt before saying honestly that the request is queued. */
export const RECEIPT_WAIT_SECONDS = 5;
/** Seconds the thank-you screen stays before the welcome screen comes back. */
export const THANKS_SECONDS = 5;
/** The kiosk's configuration is refreshed on return to the welcome screen at most this often. */
const REFRESH_MS = 5 * 60_000;
const COOLDOWN_KEY = 'qep.kiosk.cooldownUntil';

class KioskSession {
	#flow = $state.raw<SurveyFlow | null>(null);
	#language = $state<Language>('fr');
	#cooldownUntil = $state<number | null>(readCooldown());
	#loadedAt = 0;

	/** The survey under way, or null on the welcome screen. */
	get flow(): SurveyFlow | null {
		return this.#flow;
	}

	/** The language the visitor chose. */
	get language(): Language {
		return this.#language;
	}

	/** Until when (ms since epoch) the start buttons wait after the last submission, or null. */
	get cooldownUntil(): number | null {
		return this.#cooldownUntil;
	}

	/** Reads the kiosk's configuration (cached on the device, refreshed from the server when online). */
	async load(): Promise<void> {
		this.#loadedAt = Date.now();
		await kiosk.load();
		// Its welcome screen speaks every language it offers at once: their words are loaded first.
		await locale.prepare(kiosk.config ? offeredLanguages(kiosk.config) : []);
	}

	/**
	 * Starts a survey in `language`; the interface switches to it for this visitor only (the device does not
	 * remember it: the next visitor, or a reloaded kiosk, starts in French).
	 */
	start(language: Language, config: KioskConfig): void {
		this.#language = language;
		this.#flow = new SurveyFlow(config.questions);
		locale.use(language);
	}

	/** A visitor opens a form (complaint, suggestion) in `language`; the interface switches to it. */
	useLanguage(language: Language): void {
		this.#language = language;
		locale.use(language);
	}

	/**
	 * Back to the welcome screen, in French. A survey not yet submitted is DISCARDED, answers and comment
	 * alike: a visitor who walked away (idle timeout) or turned back did not choose to send anything, and
	 * the next visitor must not inherit, or finish, someone else's answers.
	 */
	reset(): void {
		this.#flow = null;
		this.#language = 'fr';
		locale.use('fr');
		// A kiosk runs for weeks: pick up a new questionnaire or a revocation between visitors.
		if (this.#loadedAt > 0 && Date.now() - this.#loadedAt > REFRESH_MS) this.load().catch(() => {});
	}

	/**
	 * Submits the survey as this kiosk's answer; resolves once it is durably stored on the device. Then
	 * the start buttons wait `kiosk_cooldown_seconds`, against ballot stuffing.
	 */
	async send(config: KioskConfig, answers: SurveyAnswers, comment: string): Promise<void> {
		await submitSurvey(buildSubmission(config, 'kiosk', this.#language, answers, comment));
		this.#cooldownUntil = cooldownEnd(Date.now(), config.policy.kiosk_cooldown_seconds);
		writeCooldown(this.#cooldownUntil);
	}
}

// Kept for the page session, so that reloading the page does not skip the cooldown.
function readCooldown(): number | null {
	try {
		const value = Number(sessionStorage.getItem(COOLDOWN_KEY));
		return value > 0 ? value : null;
	} catch {
		return null;
	}
}

function writeCooldown(until: number): void {
	try {
		sessionStorage.setItem(COOLDOWN_KEY, String(until));
	} catch {
		// Storage unavailable: the cooldown still holds until the page reloads.
	}
}

export const kioskSession = new KioskSession();
