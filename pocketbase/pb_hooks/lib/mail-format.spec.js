import { describe, expect, it } from 'vitest';
import { escapeHtml, longDate, renderMail } from './mail-format.js';

describe('dates spelt out without Intl', () => {
	it('writes the weekday, "1er" for the first of the month in French, and the year', () => {
		expect(longDate('2026-12-01', 'fr')).toBe('mardi 1er décembre 2026');
		expect(longDate('2026-12-01', 'en')).toBe('Tuesday 1 December 2026');
		// Each language's own order and joining words.
		expect(longDate('2026-12-01', 'es')).toBe('martes, 1 de diciembre de 2026');
		expect(longDate('2026-12-06', 'ru')).toBe('воскресенье, 6 декабря 2026 года');
		expect(longDate('2026-12-06', 'tr')).toBe('6 Aralık 2026 Pazar');
		expect(longDate('2026-12-01', 'zh')).toBe('2026年12月1日（星期二）');
		expect(longDate('2027-02-28', 'fr')).toBe('dimanche 28 février 2027');
		expect(longDate('2027-08-15', 'fr')).toBe('dimanche 15 août 2027');
	});

	it('refuses what is not a date', () => {
		expect(() => longDate('2026-12', 'fr')).toThrow(/YYYY-MM-DD/);
	});
});

describe('an e-mail in text and HTML', () => {
	const sections = [
		{
			language: 'fr',
			paragraphs: [
				['Bonjour,'],
				['Objet : <script>alert(1)</script> & co', { link: 'https://x.test/a?b=1&c="2"' }]
			]
		},
		{ language: 'en', paragraphs: [['Hello,']] }
	];

	it('keeps the text as written, paragraphs apart and languages separated', () => {
		expect(renderMail(sections).text).toBe(
			'Bonjour,\n\nObjet : <script>alert(1)</script> & co\nhttps://x.test/a?b=1&c="2"\n\n----------\n\nHello,'
		);
	});

	it('escapes every line and link in the HTML, so no text becomes markup', () => {
		const { html } = renderMail(sections);
		expect(html).not.toContain('<script>');
		expect(html).toContain('Objet : &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
		expect(html).toContain('<a href="https://x.test/a?b=1&amp;c=&quot;2&quot;">');
		expect(html).toContain('<div lang="fr" dir="ltr">');
		expect(html).toContain('<hr><div lang="en" dir="ltr"><p>Hello,</p></div>');
	});

	it('escapes the five HTML-significant characters', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});
});
