// Enrols the browser page as a kiosk of the demo prefecture, the way a referent and a tablet would.
import { expect, type Page } from '@playwright/test';
import { protectPin } from '../../../src/lib/domain/pin';
import { referent, superuser } from './api';

export const KIOSK_PIN = '246810';

/** Creates a kiosk at Metz's reception desk with PIN 246810, opens its enrolment link, lands on /borne. */
export async function enrolKiosk(
	page: Page,
	{ url }: { url?: string } = {}
): Promise<{ id: string; name: string }> {
	const su = await superuser(url);
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const point = await su
		.collection('reception_points')
		.getFirstListItem(`site = "${site.id}" && slug = "accueil-general"`);
	const password = crypto.randomUUID();
	const name = `Borne de test ${crypto.randomUUID().slice(0, 8)}`;
	const kiosk = await su.collection('kiosks').create({
		name,
		site: site.id,
		reception_point: point.id,
		languages: ['fr', 'en'],
		status: 'active',
		password,
		passwordConfirm: password
	});
	const pin = await protectPin(KIOSK_PIN);
	await (await referent(su)).send(`/api/qep/kiosks/${kiosk.id}/pin`, { method: 'POST', body: pin });
	const { code } = await (
		await referent(su)
	).send<{ code: string }>(`/api/qep/kiosks/${kiosk.id}/enrolment`, {
		method: 'POST'
	});
	await page.goto(`${url ?? ''}/borne/inscription#${code}`);
	await expect(page.getByText(name)).toBeVisible();
	await page.goto(`${url ?? ''}/borne`);
	return { id: kiosk.id, name };
}
