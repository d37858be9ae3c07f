import * as policies from '$lib/pb/policies';
import { alertSettings, type AlertSettings } from '$lib/pb/alert-settings';
import * as settings from '$lib/pb/settings-admin';
import type { PointRecord, SiteRecord } from '$lib/pb/settings-admin';
import type { Policy } from '$lib/pb/types';
import { session } from '$lib/state/session.svelte';
import { manages } from '../questionnaires/access';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, parent }) => {
	depends('qep:settings');
	await parent();
	const empty = {
		policy: null as Policy | null,
		alerts: null as AlertSettings | null,
		sites: [] as SiteRecord[],
		points: [] as PointRecord[],
		failure: null as unknown
	};
	if (!manages(session.current?.role)) return { allowed: false, ...empty };
	try {
		const [policy, alerts, sites, points] = await Promise.all([
			policies.get(),
			alertSettings(),
			settings.sites(),
			settings.points()
		]);
		return { allowed: true, policy, alerts, sites, points, failure: null as unknown };
	} catch (error) {
		return { allowed: true, ...empty, failure: error };
	}
};
