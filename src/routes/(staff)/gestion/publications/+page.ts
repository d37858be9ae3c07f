import * as engagements from '$lib/pb/engagements';
import * as publications from '$lib/pb/publications';
import * as settings from '$lib/pb/settings-admin';
import type { PointRecord, SiteRecord } from '$lib/pb/settings-admin';
import type { Engagement } from '$lib/pb/types';
import type { PublicationSummary } from '$lib/domain/snapshot';
import { session } from '$lib/state/session.svelte';
import { manages } from '../questionnaires/access';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, parent }) => {
	depends('qep:publications');
	await parent();
	const empty = {
		publications: [] as PublicationSummary[],
		engagements: [] as Engagement[],
		sites: [] as SiteRecord[],
		points: [] as PointRecord[],
		failure: null as unknown
	};
	if (!manages(session.current?.role)) return { allowed: false, ...empty };
	try {
		const [list, engagementList, sites, points] = await Promise.all([
			publications.list(),
			engagements.list(),
			settings.sites(),
			settings.points()
		]);
		return {
			allowed: true,
			publications: list,
			engagements: engagementList,
			sites,
			points,
			failure: null as unknown
		};
	} catch (error) {
		return { allowed: true, ...empty, failure: error };
	}
};
