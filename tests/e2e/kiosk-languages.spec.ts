// The kiosk in the visitor's language (issue 16): the whole survey in Arabic (right to left) and in Chinese,
// answers stored with their language, and no screen of the journey showing a word of another language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { enrolKiosk } from './support/kiosk';

type Catalogue = Record<string, string>;

/** Every message of a language, all areas together (messages/<locale>.json and messages/<area>/<locale>.json). */
function catalogue(locale: string): Catalogue {
	const files = [
		join('messages', `${locale}.json`),
		...readdirSync('messages', { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => join('messages', entry.name, `${locale}.json`))
	];
	const messages: Catalogue = {};
	for (const file of files) {
		try {
			Object.assign(messages, JSON.parse(readFileSync(file, 'utf8')));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	delete messages.$schema;
	return messages;
}

/**
 * The French texts a screen in `locale` must never show: each French message whose translation differs, as a
 * whole-text pattern (a placeholder stands for any text). Messages with no words of their own are left out.
 */
function frenchOnly(locale: string): { source: string; key: string }[] {
	const french = catalogue('fr');
	const other = catalogue(locale);
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return Object.entries(french)
		.filter(([key, text]) => other[key] !== text && /\p{L}{2}/u.test(text.replace(/\{\w+\}/g, '')))
		.map(([key, text]) => ({
			key,
			source: `^${text
				.split(/\{\w+\}/)
				.map(escape)
				.join('.+')}$`
		}));
}

/**
 * Fails unless every text of `root` the visitor can see or hear (text nodes, and the aria-label, title,
 * placeholder and alt attributes) sits under an element whose closest `lang` is `tag`, and none is a French
 * message that reads differently in that language. The State's brand block is French on purpose.
 */
async function expectOnlyIn(root: Locator, tag: string, french: { source: string; key: string }[]) {
	const texts = await root.evaluate((element) => {
		const found: { text: string; lang: string | null }[] = [];
		const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? null;
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			if (!parent || text === '' || parent.closest('script, style, .fr-logo')) continue;
			if (!parent.checkVisibility()) continue;
			found.push({ text, lang: langOf(parent) });
		}
		for (const node of [element, ...element.querySelectorAll('*')]) {
			if (!node.checkVisibility()) continue;
			for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
				const text = node.getAttribute(name)?.trim();
				if (text) found.push({ text, lang: langOf(node) });
			}
		}
		return found;
	});
	expect(texts.length).toBeGreaterThan(0);
	const patterns = french.map(({ source, key }) => ({ key, pattern: new RegExp(source, 'u') }));
	const faults = texts.flatMap(({ text, lang }) => [
		...(lang === tag ? [] : [`"${text}" is marked lang=${lang}`]),
		...patterns.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `"${text}" is French (${key})`)
	]);
	expect(faults, `texts in another language than ${tag}`).toEqual([]);
}

/** What the page's fake speech synthesis was asked to read, and how often it was told to stop. */
interface Speech {
	spoken: { text: string; lang: string; voice: string | null }[];
	cancelled: number;
}

/**
 * Replaces the browser's speech synthesis (Debian's Chromium may have no voice) with one offering `voices`
 * (their languages), which records what it is asked to read instead of reading it.
 */
async function fakeSpeech(page: Page, voices: string[]) {
	await page.addInitScript((langs: string[]) => {
		const speech: Speech = { spoken: [], cancelled: 0 };
		const list = langs.map((lang) => ({ lang, name: `Fake ${lang}`, default: false, localService: true }));
		(window as unknown as { __speech: Speech }).__speech = speech;
		class Utterance {
			lang = '';
			voice: { lang: string } | null = null;
			constructor(readonly text: string) {}
		}
		const synthesis = {
			getVoices: () => list,
			speak: (u: Utterance) =>
				speech.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? null }),
			cancel: () => void (speech.cancelled += 1),
			addEventListener: () => {},
			removeEventListener: () => {}
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
	}, voices);
}

const speech = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Speech }).__speech);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The response that arrived with this comment (each journey writes its own). */
async function arrivedWith(comment: string) {
	const su = await superuser();
	await expect
		.poll(
			async () =>
				(await su.collection('survey_responses').getList(1, 1, { filter: `comment = "${comment}"` }))
					.totalItems,
			{
				timeout: 20_000
			}
		)
		.toBe(1);
	const response = await su
		.collection('survey_responses')
		.getFirstListItem(`comment = "${comment}"`, { fields: 'id,language,channel' });
	const answers = await su
		.collection('survey_answers')
		.getFullList({ filter: `response = "${response.id}"` });
	return {
		language: response.language as string,
		channel: response.channel as string,
		answers: answers.length
	};
}

interface Journey {
	code: 'ar' | 'zh';
	/** Its BCP 47 tag, as `lang` carries it. */
	tag: string;
	name: string;
	/** Its words, as the app shows them. */
	words: Catalogue;
}

const journey = (code: Journey['code'], tag: string, name: string): Journey => ({
	code,
	tag,
	name,
	words: catalogue(code)
});
const ARABIC = journey('ar', 'ar', 'العربية');
const CHINESE = journey('zh', 'zh-Hans', '简体中文');

/** "Question n of 5" as it reads in the journey's language. */
const stateLine = ({ words }: Journey, current: number) =>
	words.survey_question_state!.replace('{current}', String(current)).replace('{total}', '5');

/** From the welcome screen to the thanks, checking the language of every screen; `onQuestion` runs on each. */
async function answerIn(
	page: Page,
	journey: Journey,
	comment: string,
	onQuestion?: (n: number) => Promise<void>
) {
	const french = frenchOnly(journey.code);
	await page.getByRole('button', { name: new RegExp(journey.name) }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', journey.tag);
	for (let n = 1; n <= 5; n++) {
		await expect(h1(page)).toContainText(stateLine(journey, n));
		await expectOnlyIn(page.locator('body'), journey.tag, french);
		await onQuestion?.(n);
		await page.getByRole('button', { name: journey.words.survey_answer_satisfied, exact: true }).click();
	}
	await expect(page.getByRole('textbox')).toBeVisible();
	await expectOnlyIn(page.locator('body'), journey.tag, french);
	await page.getByRole('textbox').fill(comment);
	await page.getByRole('button', { name: journey.words.survey_submit, exact: true }).click();
	await expect(h1(page)).toHaveText(journey.words.survey_thanks_heading!);
	await expectOnlyIn(page.locator('body'), journey.tag, french);
}

test('the whole survey in Arabic, right to left: answers arrive in Arabic, every screen speaks Arabic only, axe clean', async ({
	page
}) => {
	test.slow();
	await fakeSpeech(page, ['fr-FR', 'ar-SA']);
	await enrolKiosk(page, { languages: ['fr', 'en', 'ar', 'zh'] });
	const welcome = page.getByRole('list').filter({ has: page.getByRole('button', { name: /Français/ }) });
	await expect(welcome.getByRole('listitem')).toHaveCount(4);
	await expect(welcome.getByRole('listitem').nth(2)).toHaveAttribute('dir', 'rtl');
	await expectAccessible(page);

	// Its other requests, asked in Arabic.
	const ar = ARABIC.words;
	await page.getByRole('button', { name: ar.kiosk_other_requests }).click();
	const dialog = page.getByRole('dialog', { name: ar.kiosk_other_heading });
	await expect(dialog.getByRole('button', { name: ar.citizen_complaint_title })).toBeFocused();
	await expect(dialog.getByRole('button', { name: ar.citizen_suggestion_title })).toBeVisible();
	await expectOnlyIn(dialog, 'ar', frenchOnly('ar'));
	await expectAccessible(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);

	const comment = `تعليق ${crypto.randomUUID().slice(0, 8)}`;
	await answerIn(page, ARABIC, comment, async (n) => {
		if (n !== 1) return;
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('main#borne')).toHaveAttribute('dir', 'rtl');
		await expectAccessible(page);

		// Mirrored: the progress bar fills from the right, "previous question" points to the right.
		const mirror = 'matrix(-1, 0, 0, 1, 0, 0)';
		const bar = page.locator('.fr-stepper__steps');
		expect(await bar.evaluate((el) => getComputedStyle(el).transform)).toBe(mirror);
		const back = page.getByRole('button', { name: ar.common_back_to_start });
		expect(await back.evaluate((el) => getComputedStyle(el, '::before').transform)).toBe(mirror);

		// The scale reads from the right: "very satisfied" first, on the right of "satisfied".
		const verySatisfied = await page
			.getByRole('button', { name: ar.survey_answer_very_satisfied })
			.boundingBox();
		const satisfied = await page
			.getByRole('button', { name: ar.survey_answer_satisfied, exact: true })
			.boundingBox();
		expect(verySatisfied!.x).toBeGreaterThan(satisfied!.x);

		// The question and its answers read aloud, in Arabic, with the Arabic voice; stopped on leaving the step.
		const question = (await page.getByRole('group').locator('legend').innerText()).trim();
		await page.getByRole('button', { name: ar.kiosk_listen }).click();
		const { spoken, cancelled } = await speech(page);
		expect(spoken.map((s) => s.text)).toEqual([
			question,
			ar.survey_answer_very_satisfied,
			ar.survey_answer_satisfied,
			ar.survey_answer_dissatisfied,
			ar.survey_answer_very_dissatisfied,
			ar.survey_answer_no_opinion
		]);
		expect(new Set(spoken.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['ar ar-SA']));
		await page.getByRole('button', { name: ar.survey_answer_satisfied, exact: true }).click();
		await expect(h1(page)).toContainText(stateLine(ARABIC, 2));
		expect((await speech(page)).cancelled).toBeGreaterThan(cancelled);
		await page.getByRole('button', { name: ar.survey_back }).click();
		await expect(h1(page)).toContainText(stateLine(ARABIC, 1));
	});
	await expectAccessible(page);

	expect(await arrivedWith(comment)).toEqual({ language: 'ar', channel: 'kiosk', answers: 5 });
});

test('the whole survey in Chinese: answers arrive in Chinese, every screen speaks Chinese only; no voice, no button', async ({
	page
}) => {
	test.slow();
	await fakeSpeech(page, ['fr-FR', 'en-US']);
	await enrolKiosk(page, { languages: ['fr', 'en', 'ar', 'zh'] });
	const comment = `意见 ${crypto.randomUUID().slice(0, 8)}`;
	await answerIn(page, CHINESE, comment, async (n) => {
		if (n !== 1) return;
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(
			page.getByRole('button', { name: CHINESE.words.survey_answer_very_satisfied })
		).toBeVisible();
		await expect(page.getByRole('button', { name: CHINESE.words.kiosk_listen })).toHaveCount(0);
	});
	expect(await arrivedWith(comment)).toEqual({ language: 'zh', channel: 'kiosk', answers: 5 });
});
