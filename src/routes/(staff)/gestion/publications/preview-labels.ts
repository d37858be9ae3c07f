// Names of the preview's cells, as the server will freeze them (French: the results are published in French).
import { channelLabel } from '$lib/channel-label';
import { m } from '$lib/i18n/messages';
import type { PointRecord, SiteRecord } from '$lib/pb/settings-admin';
import type { Engagement } from '$lib/pb/types';
import { formatMonth } from '$lib/format';
import type { Dimension } from '$lib/domain/snapshot';

export function labeller(engagements: Engagement[], sites: SiteRecord[], points: PointRecord[]) {
	const engagement = new Map(engagements.map((e) => [e.id, `${e.number}. ${e.label}`]));
	const site = new Map(sites.map((s) => [s.id, s.name]));
	const point = new Map(points.map((p) => [p.id, p.name]));
	const fr = { locale: 'fr' as const };
	return (dimension: Dimension, key: string): string => {
		if (dimension === 'engagement') return engagement.get(key) ?? key;
		if (dimension === 'site') return site.get(key) ?? key;
		if (dimension === 'point') return key === '' ? m.common_no_point({}, fr) : (point.get(key) ?? key);
		if (dimension === 'channel') return channelLabel(key, 'fr');
		if (dimension === 'month') return formatMonth(key, 'fr');
		if (dimension === 'site_engagement') {
			const [s, e] = key.split('|') as [string, string];
			return `${site.get(s) ?? s} – ${engagement.get(e) ?? e}`;
		}
		return key;
	};
}
