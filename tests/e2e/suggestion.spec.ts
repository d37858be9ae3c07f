import { expect, test } from '@playwright/test';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { countRows } from './support/complaint';

test('a web suggestion is checked on the device, then thanked and delivered', async ({ page }) => {
	const text = `Plus de chaises dans le hall ${crypto.randomUUID().slice(0, 8)}`;
	await page.goto('/');
	await page.getByRole('link', { name: 'Laisser une suggestion' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laisser une suggestion');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Envoyer ma suggestion' }).click();
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.locator('#suggestion-site-messages')).toHaveText('Ce champ est obligatoire.');
	await expect(page.locator('#suggestion-text-messages')).toHaveText('Ce champ est obligatoire.');
	await page.getByLabel('Site').selectOption({ label: 'Metz — site de démonstration' });
	await page.getByLabel('Votre suggestion').fill('ok');
	await page.getByLabel(/^Adresse électronique/).fill('pas-une-adresse');
	await page.getByRole('button', { name: 'Envoyer ma suggestion' }).click();
	await expect(page.locator('#suggestion-text-messages')).toHaveText(
		'Ce texte est trop court : 3 caractères minimum.'
	);
	await expect(page.locator('#suggestion-email-messages')).toContainText('adresse électronique valide');
	await expectAccessible(page);
	expect(await countRows(page, 'outbox')).toBe(0);

	await page.getByLabel('Votre suggestion').fill(text);
	await page.getByLabel(/^Adresse électronique/).fill('');
	await page.getByRole('button', { name: 'Envoyer ma suggestion' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merci pour votre suggestion !');
	await expect(page.getByRole('status')).toHaveText('Votre suggestion a été transmise à la préfecture.');
	await expectAccessible(page);

	const su = await superuser();
	const stored = await su
		.collection('suggestions')
		.getFullList({ filter: su.filter('text = {:t}', { t: text }) });
	expect(stored).toHaveLength(1);
	expect(stored[0]!.channel).toBe('web');
});
