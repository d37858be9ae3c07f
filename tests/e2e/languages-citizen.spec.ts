// The citizen's journeys in their language (issue 16): the complaint form in Turkish with its errors, the
// e-mails in Russian, the results in Ukrainian, the privacy notice in Arabic. The expected words are read
// from the message catalogues, so a text shown in another language (or a key left in French) fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForMail } from '../support/smtp-sink.js';
import { agent } from './support/accounts';
import { referent, superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { COMPLAINTS_ROUTE, REFERENCE, countRows, refuseComplaints, uniqueEmail } from './support/complaint';
import { publishRecentResults } from './support/cockpit';
import { staffClient } from './support/desk';

const FORM = '/reclamation?site=metz&point=accueil-general';
const MESSAGES = join(process.cwd(), 'messages');

/** Every message of a language, from messages/<lang>.json and messages/<area>/<lang>.json. */
function catalogue(language: string): Record<string, string> {
	const files = [
		join(MESSAGES, `${language}.json`),
		...readdirSync(MESSAGES, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => join(MESSAGES, entry.name, `${language}.json`))
	];
	const all: Record<string, string> = {};
	for (const file of files) {
		try {
			Object.assign(all, JSON.parse(readFileSync(file, 'utf8')));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	return all;
}

/** A message of `words` with its placeholders filled, as the app renders it. */
const say = (words: Record<string, string>, key: string, inputs: Record<string, string | number> = {}) => {
	const text = words[key];
	if (text === undefined) throw new Error(`No message ${key}`);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(inputs[name]));
};

/** The visitor chose `language` on this device before the page opens (as the language switch remembers it). */
async function readsIn(page: Page, language: string) {
	await page.addInitScript((code) => localStorage.setItem('PARAGLIDE_LOCALE', code), language);
}

/** Fills the complaint form by its controls' ids (their labels are in the visitor's language). */
async function fill(
	page: Page,
	input: { subject?: string; description?: string; name?: string; email?: string }
) {
	if (input.subject !== undefined) await page.locator('#complaint-subject').fill(input.subject);
	if (input.description !== undefined) await page.locator('#complaint-description').fill(input.description);
	if (input.name !== undefined) await page.locator('#complaint-contact-name').fill(input.name);
	if (input.email !== undefined) await page.locator('#complaint-contact-email').fill(input.email);
}

test('the complaint form in Turkish: each error next to its field in Turkish, the server’s refusal too, stored as Turkish', async ({
	page
}) => {
	test.slow();
	const tr = catalogue('tr');
	const subject = `Gişede bekleme ${crypto.randomUUID().slice(0, 6)}`;
	await readsIn(page, 'tr');
	await page.goto(FORM);
	await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(tr, 'citizen_complaint_title'));
	const send = page.getByRole('button', { name: say(tr, 'citizen_complaint_submit') });

	// Empty: the summary and every required field, in Turkish.
	await send.click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(say(tr, 'citizen_form_summary_title'));
	await expect(summary).toContainText(say(tr, 'citizen_form_summary_intro'));
	const messageOf = (id: string) => page.locator(`#${id}-messages`);
	for (const field of ['kind', 'subject', 'description', 'contact-name'])
		await expect(messageOf(`complaint-${field}`)).toHaveText(say(tr, 'validation_required'));
	await expect(messageOf('complaint-contact-email')).toHaveText(say(tr, 'citizen_error_contact_required'));
	await expect(page.locator('#complaint-subject')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	// A description too short and a malformed e-mail: each its own Turkish sentence.
	await page.locator('label[for="complaint-kind-complaint"]').click();
	await fill(page, { subject, description: 'Kısa', name: 'Ayşe Yılmaz', email: 'ayse@' });
	await send.click();
	await expect(messageOf('complaint-subject')).toBeEmpty();
	await expect(messageOf('complaint-description')).toHaveText(
		say(tr, 'citizen_error_too_short', { min: 10 })
	);
	await expect(messageOf('complaint-contact-email')).toHaveText(say(tr, 'validation_email'));
	expect(await countRows(page, 'outbox')).toBe(0);

	// The server refuses a field (as it would a service name longer than its limit): its message, in Turkish.
	await refuseComplaints(page, { service: 'too_long' });
	await fill(page, {
		description: 'Dosyamı teslim edemeden iki saat bekledim.',
		email: uniqueEmail('turkce')
	});
	await send.click();
	await expect(messageOf('complaint-service')).toHaveText(say(tr, 'citizen_error_too_long', { max: 120 }));
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.getByRole('alert')).toContainText(say(tr, 'citizen_form_summary_title'));
	await expectAccessible(page);

	// Sent again to the real server: acknowledged in Turkish, stored with the language of the form.
	await page.unroute(COMPLAINTS_ROUTE);
	await send.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(tr, 'common_receipt'));
	const su = await superuser();
	const stored = await su
		.collection('complaints')
		.getFirstListItem(su.filter('subject = {:subject}', { subject }));
	expect(stored.language).toBe('tr');
});

test('a complaint filed in Russian is acknowledged by e-mail in French then Russian, and answered the same way', async ({
	page
}) => {
	test.slow();
	const ru = catalogue('ru');
	const mails = JSON.parse(
		readFileSync(join(process.cwd(), 'pocketbase/pb_hooks/lib/mail-messages.json'), 'utf8')
	) as Record<string, Record<string, string | string[]>>;
	const words = mails.ru!;
	const email = uniqueEmail('russkij');
	const subject = `Очередь ${crypto.randomUUID().slice(0, 6)}`;
	await readsIn(page, 'ru');
	await page.goto(FORM);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await page.locator('label[for="complaint-kind-complaint"]').click();
	await fill(page, {
		subject,
		description: 'Я ждал два часа и не смог подать документы.',
		name: 'Иван Петров',
		email
	});
	await page.getByRole('button', { name: say(ru, 'citizen_complaint_submit') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(ru, 'common_receipt'));
	const reference = (await page.locator('.receipt__reference').innerText()).trim();
	expect(reference).toMatch(REFERENCE);
	const tracking = (await page.getByRole('link', { name: /\/suivi#/ }).getAttribute('href'))!;

	// A Russian long date: "понедельник, 23 ноября 2026 г." (the catalogue's own weekdays and months).
	const russianDate = `(${(words.weekdays as string[]).join('|')}), \\d{1,2} (${(words.months as string[]).join('|')}) \\d{4} года`;
	const ack = await waitForMail(process.env.E2E_MAIL_URL!, { to: email, subject: /Подтверждение/ });
	expect(ack.subject).toBe(`Accusé de réception / ${words.ack_title} – ${reference}`);
	const [french, russian] = ack.text.split('\n\n----------\n\n');
	expect(french).toContain(`Nous avons bien reçu votre réclamation le `);
	expect(russian).toMatch(
		new RegExp(
			`Мы получили вашу жалобу\\. Дата получения: ${russianDate}\\. Номер обращения: ${reference}\\.`
		)
	);
	expect(russian).toMatch(new RegExp(`не позднее этой даты: ${russianDate}`));
	expect(russian).toContain(words.translation_notice);
	expect(ack.html).toContain('<div lang="ru" dir="ltr">');

	// An agent answers in French: the answer stays French, framed in Russian after it.
	const su = await superuser();
	const complaint = await su
		.collection('complaints')
		.getFirstListItem(su.filter('reference = {:reference}', { reference }));
	expect(complaint.language).toBe('ru');
	const answerText = `Votre dossier a été retrouvé ${crypto.randomUUID().slice(0, 6)}.`;
	const desk = await staffClient(agent);
	await desk.send(`/api/qep/complaints/${complaint.id}/answer`, {
		method: 'POST',
		body: { text: answerText }
	});

	// The tracking page, in Russian: the answer itself marked as French.
	await page.goto(tracking);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
	await expect(page.getByRole('main')).toContainText(say(ru, 'citizen_tracking_answer_heading'));
	await expect(page.locator('p[lang="fr"]', { hasText: answerText })).toBeVisible();
	await expectAccessible(page);

	// The answer e-mail.
	const answer = await waitForMail(process.env.E2E_MAIL_URL!, { to: email, subject: /Ответ/ });
	expect(answer.subject).toBe(`Réponse / ${words.answer_title} – ${reference}`);
	const [frenchAnswer, russianAnswer] = answer.text.split('\n\n----------\n\n');
	expect(frenchAnswer).toContain(answerText);
	expect(russianAnswer).not.toContain(answerText);
	expect(russianAnswer).toMatch(new RegExp(`\\(дата получения: ${russianDate}, номер: ${reference}\\)`));
	expect(russianAnswer).toContain(words.answer_in_french);
	expect(russianAnswer).toContain(words.translation_notice);
});

test('the results page in Ukrainian: its words, its numbers and dates in Ukrainian, the engagements’ names in French', async ({
	page
}) => {
	const uk = catalogue('uk');
	const su = await superuser();
	const manager = await referent(su);
	const label = await publishRecentResults(manager);
	const publication = await su
		.collection('publications')
		.getFirstListItem(su.filter('label = {:label}', { label }));
	const total = (
		publication.snapshot.cells as { dimension: string; n: number; responses?: number; suppressed?: boolean }[]
	).find((cell) => cell.dimension === 'total')!;
	const count = (n: number) => new Intl.NumberFormat('uk').format(n);
	const day = (d: string) =>
		new Intl.DateTimeFormat('uk', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

	await readsIn(page, 'uk');
	// The home page names the engagements as the prefecture wrote them: in French, and says so.
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	const engagement = page.getByRole('main').locator('span[lang="fr"]').first();
	await expect(engagement).toBeVisible();
	await expect(engagement).toHaveText(/\p{L}/u);

	await page.goto('/resultats');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(uk, 'pub_results_title'));
	await page.getByRole('link', { name: label }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
	await expect(
		page.getByText(
			say(uk, 'pub_r_period', { from: day(publication.period_from), to: day(publication.period_to) })
		)
	).toBeVisible();
	await expect(page.getByRole('heading', { name: say(uk, 'pub_r_overall_heading') })).toBeVisible();
	await expect(page.getByRole('heading', { name: say(uk, 'pub_r_section_engagement') })).toBeVisible();
	if (!total.suppressed && total.responses !== undefined)
		await expect(page.getByTestId('overall-sample')).toContainText(
			say(uk, 'pub_sample', { responses: count(total.responses), answers: count(total.n) })
		);
	await expectAccessible(page);

	// The chart's text alternative, in Ukrainian, its threshold written the Ukrainian way.
	const threshold = new Intl.NumberFormat('uk', {
		style: 'percent',
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(Math.round(publication.snapshot.policy.threshold * 1000) / 1000);
	await expect(page.locator('#publication-engagement-chart-desc')).toHaveText(
		say(uk, 'cockpit_chart_desc', { threshold })
	);
});

test('the privacy notice in Arabic says the French text alone is authoritative, and shows it on request', async ({
	page
}) => {
	const ar = catalogue('ar');
	const fr = catalogue('fr');
	await readsIn(page, 'ar');
	await page.goto('/donnees-personnelles');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(ar, 'privacy_title'));
	const notice = page.getByTestId('translation-notice');
	await expect(notice).toContainText(say(ar, 'common_translation_notice'));
	// E-mail addresses keep their left-to-right order inside the Arabic text.
	for (const address of await page.locator('main a[href^="mailto:"]').all())
		await expect(address).toHaveAttribute('dir', 'ltr');
	await expectAccessible(page);

	// The French text, on the same page, marked as French; the rest of the site stays in Arabic.
	await notice.getByRole('link', { name: say(ar, 'common_read_french_version') }).click();
	await expect(page).toHaveURL(/\/donnees-personnelles\?langue=fr$/);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(say(fr, 'privacy_title'));
	await expect(page.locator('main div[lang="fr"][dir="ltr"]')).toContainText(say(fr, 'privacy_intro'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expectAccessible(page);

	await page.getByRole('link', { name: say(ar, 'common_read_translation') }).click();
	await expect(page).toHaveURL(/\/donnees-personnelles$/);
	await expect(heading).toHaveText(say(ar, 'privacy_title'));

	// The legal notice offers the same.
	await page.goto('/mentions-legales');
	await expect(page.getByTestId('translation-notice')).toContainText(say(ar, 'common_translation_notice'));
	await expectAccessible(page);
});

test.describe('the lobby screen', () => {
	// Each slide fades in: with reduced motion axe reads the colours the slide settles on.
	test.use({ reducedMotion: 'reduce' });

	test('speaks the languages named in its address in turn, right to left in Arabic', async ({ page }) => {
		test.slow();
		const uk = catalogue('uk');
		const ar = catalogue('ar');
		const su = await superuser();
		const manager = await referent(su);
		await publishRecentResults(manager);

		// Every language the document is given, from the first script on.
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { __languages: seen });
			// The document node exists before its <html> element: watched from there, the root's changes only.
			new MutationObserver((records) => {
				for (const record of records)
					if (record.target === document.documentElement) seen.push(document.documentElement.lang);
			}).observe(document, { subtree: true, attributeFilter: ['lang'] });
		});
		await page.goto('/affichage/metz?secondes=1&langues=uk,ar');
		const html = page.locator('html');
		await expect(html).toHaveAttribute('lang', 'uk');
		// On a device in French, the screen opens in its first language: it never showed French first.
		const seen = await page.evaluate(() => (window as unknown as { __languages: string[] }).__languages);
		expect(seen[0]).toBe('uk');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(say(uk, 'pub_l_title'));
		await expect(page.getByTestId('lobby-rate')).toBeVisible();

		// After every slide in Ukrainian, every slide in Arabic, then Ukrainian again.
		await expect(html).toHaveAttribute('lang', 'ar', { timeout: 20_000 });
		await expect(html).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(say(ar, 'pub_l_title'));
		// Paused for the scan (a change of language replaces the page), in Arabic words; resumed, it goes on.
		await page.getByRole('button', { name: say(ar, 'pub_l_pause') }).click();
		await expect(page.getByRole('button', { name: say(ar, 'pub_l_play') })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expectAccessible(page);
		await page.getByRole('button', { name: say(ar, 'pub_l_play') }).click();
		await expect(html).toHaveAttribute('lang', 'uk', { timeout: 20_000 });
	});
});
