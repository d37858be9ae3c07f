import { apiParams, checkDates, queryFromParams } from '$lib/cockpit/board-query';
import { BOARD_DEPENDENCY, fetchIndicators, loadReferences } from '$lib/pb/indicators';
import { localToday } from '$lib/cockpit/period';
import { refusalCodes } from '$lib/pb/errors';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, depends, parent }) => {
	depends(BOARD_DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const today = localToday();
	const query = queryFromParams(url.searchParams, today);
	const local = checkDates(query);
	const ask = Object.keys(local).length > 0 ? Promise.resolve(null) : fetchIndicators(apiParams(query));
	const [indicators, references] = await Promise.allSettled([ask, loadReferences()]);
	const refused = indicators.status === 'rejected' ? indicators.reason : null;
	// The server's codes per parameter of a 400 (`{ data: { to: { code: 'before_from' } } }`).
	const codes = refused ? (refusalCodes(refused) ?? {}) : local;
	const failure =
		(refused && Object.keys(codes).length === 0 ? refused : null) ??
		(references.status === 'rejected' ? references.reason : null);
	return {
		today,
		query,
		indicators: indicators.status === 'fulfilled' ? indicators.value : null,
		references: references.status === 'fulfilled' ? references.value : null,
		codes,
		failure: failure as unknown
	};
};
