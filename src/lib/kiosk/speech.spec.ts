import { describe, expect, test, vi } from 'vitest';
import { speak, synthesisOf, voiceFor, watchVoice, type Synthesis } from './speech';

const voice = (lang: string, isDefault = false) =>
	({ lang, default: isDefault, name: lang, localService: true, voiceURI: lang }) as SpeechSynthesisVoice;

/** A speech synthesis whose voices arrive when the test says so, as browsers do. */
function fakeSynthesis(initial: SpeechSynthesisVoice[] = []) {
	let voices = initial;
	const listeners = new Set<() => void>();
	const spoken: { text: string; lang: string; voice: SpeechSynthesisVoice | null }[] = [];
	const synthesis = {
		getVoices: () => voices,
		speak: vi.fn((u: SpeechSynthesisUtterance) =>
			spoken.push({ text: u.text, lang: u.lang, voice: u.voice })
		),
		cancel: vi.fn(() => void (spoken.length = 0)),
		addEventListener: (type: string, listener: () => void) =>
			type === 'voiceschanged' && listeners.add(listener),
		removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener)
	} as unknown as Synthesis;
	const load = (next: SpeechSynthesisVoice[]) => {
		voices = next;
		for (const listener of listeners) listener();
	};
	return { synthesis, spoken, load, listeners };
}

class FakeUtterance {
	lang = '';
	voice: SpeechSynthesisVoice | null = null;
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	constructor(readonly text: string) {}
}
const Utterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;

describe('voiceFor', () => {
	test('finds a voice whose language starts with the code, however the system writes it', () => {
		expect(voiceFor([voice('en-GB'), voice('ar-SA')], 'ar')?.lang).toBe('ar-SA');
		expect(voiceFor([voice('tr_TR')], 'tr')?.lang).toBe('tr_TR');
		expect(voiceFor([voice('uk')], 'uk')?.lang).toBe('uk');
	});

	test('none for a language without a voice, nor for a code that only begins another one', () => {
		expect(voiceFor([voice('en-US'), voice('fr-FR')], 'ar')).toBeNull();
		expect(voiceFor([voice('ro-RO')], 'r')).toBeNull();
		expect(voiceFor([], 'fr')).toBeNull();
	});

	test('prefers mainland voices for Simplified Chinese, then the exact tag, then the default voice', () => {
		expect(voiceFor([voice('zh-TW'), voice('zh-HK'), voice('zh-CN')], 'zh', 'zh-Hans')?.lang).toBe('zh-CN');
		expect(voiceFor([voice('zh-TW', true), voice('zh-Hans')], 'zh', 'zh-Hans')?.lang).toBe('zh-Hans');
		expect(voiceFor([voice('pt-BR'), voice('pt-PT', true)], 'pt')?.lang).toBe('pt-PT');
	});
});

describe('watchVoice', () => {
	test('answers at once, again when the voices load, and stops listening when asked', () => {
		const { synthesis, load, listeners } = fakeSynthesis();
		const seen: (string | null)[] = [];
		const stop = watchVoice(synthesis, 'ar', 'ar', (v) => seen.push(v?.lang ?? null));
		expect(seen).toEqual([null]);
		load([voice('fr-FR'), voice('ar-EG')]);
		expect(seen).toEqual([null, 'ar-EG']);
		stop();
		expect(listeners.size).toBe(0);
		load([]);
		expect(seen).toEqual([null, 'ar-EG']);
	});
});

describe('speak', () => {
	test('reads each text in turn, in the language’s tag, with the voice chosen', () => {
		const arabic = voice('ar-SA');
		const { synthesis, spoken } = fakeSynthesis([arabic]);
		speak(synthesis, ['هل استُقبلتم باهتمام؟', 'راضٍ جدًا'], 'ar', arabic, { Utterance });
		expect(spoken).toEqual([
			{ text: 'هل استُقبلتم باهتمام؟', lang: 'ar', voice: arabic },
			{ text: 'راضٍ جدًا', lang: 'ar', voice: arabic }
		]);
	});

	test('tells of its progress as each text starts and ends', () => {
		const utterances: FakeUtterance[] = [];
		const synthesis = {
			cancel: vi.fn(),
			speak: (u: SpeechSynthesisUtterance) => utterances.push(u as unknown as FakeUtterance)
		} as unknown as Synthesis;
		const onprogress = vi.fn();
		speak(synthesis, ['Q', 'A'], 'fr', null, { Utterance, onprogress });
		for (const utterance of utterances) {
			utterance.onstart?.();
			utterance.onend?.();
		}
		expect(onprogress).toHaveBeenCalledTimes(4);
	});

	test('a second tap starts again rather than queueing a second reading', () => {
		const { synthesis, spoken } = fakeSynthesis();
		speak(synthesis, ['一', '二'], 'zh-Hans', null, { Utterance });
		speak(synthesis, ['一', '二'], 'zh-Hans', null, { Utterance });
		expect(synthesis.cancel).toHaveBeenCalledTimes(2);
		expect(spoken.map((s) => s.text)).toEqual(['一', '二']);
		expect(spoken[0]?.lang).toBe('zh-Hans');
	});
});

describe('synthesisOf', () => {
	test('null where the browser has no speech synthesis', () => {
		expect(synthesisOf({} as typeof globalThis)).toBeNull();
		const synthesis = {} as SpeechSynthesis;
		const scope = { speechSynthesis: synthesis, SpeechSynthesisUtterance: FakeUtterance };
		expect(synthesisOf(scope as unknown as typeof globalThis)).toBe(synthesis);
	});
});
