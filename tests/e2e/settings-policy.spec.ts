// The referent's settings: the policy's threshold as a percentage and a site's closure days, stored and
// shown again after a reload; a bad value refused next to its field. Shared demo data is put back.
import { expect, test } from '@playwright/test';
import { referent as referentAccount } from './support/accounts';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { useStaffSession } from './support/staff-session';

test('the referent changes the threshold and adds a closure day; a threshold of 150 % is refused', async ({
	page,
	context
}) => {
	const su = await superuser();
	const policy = await su.collection('policies').getFirstListItem('');
	const metz = await su.collection('sites').getFirstListItem('slug = "metz"');
	const closures: string[] = Array.isArray(metz.closures) ? metz.closures : [];
	// A day far ahead: no deadline of any other test can fall on it.
	const closure = `2031-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
	const newThreshold = policy.satisfaction_threshold === 0.8 ? '81' : '80';
	await useStaffSession(context, referentAccount.email);

	try {
		await page.goto('/gestion/parametres');
		await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
		const threshold = page.getByLabel('Seuil de satisfaction, en %');
		await expect(threshold).toHaveValue(String(Math.round(policy.satisfaction_threshold * 100)));
		await expectAccessible(page);

		// 150 % is refused next to the field, and nothing is stored.
		await threshold.fill('150');
		await page.getByRole('button', { name: 'Enregistrer la politique' }).click();
		await expect(page.locator('#policy-satisfaction_threshold-messages')).toHaveText(
			'Indiquez un pourcentage entre 1 et 100.'
		);
		await expect(threshold).toBeFocused();
		await expect(threshold).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(page);
		expect((await su.collection('policies').getOne(policy.id)).satisfaction_threshold).toBe(
			policy.satisfaction_threshold
		);

		await threshold.fill(newThreshold);
		await page.getByRole('button', { name: 'Enregistrer la politique' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Politique enregistrée.' })).toBeVisible();
		await expect
			.poll(async () => (await su.collection('policies').getOne(policy.id)).satisfaction_threshold)
			.toBe(Number(newThreshold) / 100);

		// A closure day for Metz, saved with the site.
		const siteForm = page.getByRole('form', { name: metz.name });
		const day = siteForm.getByLabel('Jour de fermeture à ajouter');
		await day.fill(closure);
		await siteForm.getByRole('button', { name: 'Ajouter le jour' }).click();
		// The same day twice is refused next to the field.
		await day.fill(closure);
		await siteForm.getByRole('button', { name: 'Ajouter le jour' }).click();
		await expect(page.locator(`#site-${metz.id}-day-messages`)).toHaveText('Ce jour est déjà dans la liste.');
		await page.getByRole('button', { name: `Enregistrer le site ${metz.name}` }).click();
		await expect(page.getByRole('status').filter({ hasText: `Site ${metz.name} enregistré.` })).toBeVisible();
		await expect
			.poll(async () => (await su.collection('sites').getOne(metz.id)).closures)
			.toEqual([...closures, closure].sort());
		await expectAccessible(page);

		// Shown again after a reload.
		await page.reload();
		await expect(page.getByLabel('Seuil de satisfaction, en %')).toHaveValue(newThreshold);
		await expect(
			page.getByTestId(`site-${metz.id}-closures`).locator(`time[datetime="${closure}"]`)
		).toBeVisible();
	} finally {
		await su
			.collection('policies')
			.update(policy.id, { satisfaction_threshold: policy.satisfaction_threshold });
		await su.collection('sites').update(metz.id, { closures });
	}
});

test('the referent renames a reception point and changes its kind, with the keyboard', async ({
	page,
	context
}) => {
	const su = await superuser();
	const metz = await su.collection('sites').getFirstListItem('slug = "metz"');
	const suffix = crypto.randomUUID().slice(0, 6);
	// A point of this test's own, so no other test sees it change.
	const point = await su.collection('reception_points').create({
		site: metz.id,
		name: `Guichet ${suffix}`,
		slug: `guichet-${suffix}`,
		kind: 'autre',
		active: true
	});
	await useStaffSession(context, referentAccount.email);
	await page.goto('/gestion/parametres');
	const edit = page.getByRole('button', { name: `Modifier Guichet ${suffix}` });
	await edit.focus();
	await page.keyboard.press('Enter');
	const name = page.locator(`#point-${metz.id}-name`);
	await expect(name).toBeFocused();
	await expect(name).toHaveValue(`Guichet ${suffix}`);
	await expect(
		page.getByRole('heading', { name: `Modifier le point d’accueil Guichet ${suffix}` })
	).toBeVisible();
	await name.fill(`Point numérique ${suffix}`);
	await page.locator(`#point-${metz.id}-kind`).selectOption('point_numerique');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Enregistrer les modifications' }).press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: `Point d’accueil Point numérique ${suffix} mis à jour.` })
	).toBeVisible();
	await expect
		.poll(async () => {
			const stored = await su.collection('reception_points').getOne(point.id);
			return [stored.name, stored.kind, stored.slug];
		})
		.toEqual([`Point numérique ${suffix}`, 'point_numerique', `guichet-${suffix}`]);
	// The form is back to adding a point.
	await expect(
		page.getByRole('heading', { name: `Ajouter un point d’accueil à ${metz.name}` })
	).toBeVisible();
});
