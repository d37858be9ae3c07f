// Reading a question aloud with the tablet's own speech synthesis (Web Speech API): the text never leaves
// the device. Offered only when the device has a voice for the visitor's language; voices load
// asynchronously, so the choice is made again on each `voiceschanged`.

/** What this module uses of `window.speechSynthesis` (a fake in specs). */
export type Synthesis = Pick<
	SpeechSynthesis,
	'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'
>;
type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'default'>;

/** The device's speech synthesis, or null where the browser has none. */
export function synthesisOf(scope: typeof globalThis = globalThis): Synthesis | null {
	return 'speechSynthesis' in scope && 'SpeechSynthesisUtterance' in scope ? scope.speechSynthesis : null;
}

/** A voice's language as a lower-case BCP 47 tag (some systems write "zh_CN"). */
const tagOf = (voice: Voice) => voice.lang.replace(/_/g, '-').toLowerCase();

/**
 * The voice to read `language` (a code such as "zh") with: one whose language is that code, preferring the
 * exact tag (e.g. "zh-hans") or the region written the same way (mainland China for Simplified Chinese),
 * then the system's default voice. Null when there is none.
 */
export function voiceFor<V extends Voice>(voices: readonly V[], language: string, tag = language): V | null {
	const code = language.toLowerCase();
	const preferred = [tag.toLowerCase(), ...(PREFERRED[code] ?? [])];
	const rank = (voice: V) => (preferred.includes(tagOf(voice)) ? 2 : 0) + (voice.default ? 1 : 0);
	const fitting = voices.filter((voice) => tagOf(voice) === code || tagOf(voice).startsWith(`${code}-`));
	return fitting.reduce<V | null>((best, voice) => (!best || rank(voice) > rank(best) ? voice : best), null);
}

/** Regional voices that read a language as the app writes it. */
const PREFERRED: Record<string, string[]> = { zh: ['zh-cn', 'zh-sg'] };

/**
 * Calls `onchange` with the voice for `language` now and whenever the device's voices change; returns the
 * function that stops watching (fits an `$effect`).
 */
export function watchVoice(
	synthesis: Synthesis,
	language: string,
	tag: string,
	onchange: (voice: SpeechSynthesisVoice | null) => void
): () => void {
	const update = () => onchange(voiceFor(synthesis.getVoices(), language, tag));
	update();
	synthesis.addEventListener('voiceschanged', update);
	return () => synthesis.removeEventListener('voiceschanged', update);
}

/**
 * Reads `texts` one after the other with `voice`, in the language `tag`; stops whatever was being read
 * first, so a second tap starts again. `onprogress` is called as each text starts and ends: a visitor
 * listening is using the kiosk (its idle timer must not send them back to the welcome screen).
 */
export function speak(
	synthesis: Synthesis,
	texts: readonly string[],
	tag: string,
	voice: SpeechSynthesisVoice | null,
	{
		onprogress = () => {},
		Utterance = globalThis.SpeechSynthesisUtterance
	}: { onprogress?: () => void; Utterance?: typeof SpeechSynthesisUtterance } = {}
): void {
	synthesis.cancel();
	for (const text of texts) {
		const utterance = new Utterance(text);
		utterance.lang = tag;
		if (voice) utterance.voice = voice;
		utterance.onstart = onprogress;
		utterance.onend = onprogress;
		synthesis.speak(utterance);
	}
}
