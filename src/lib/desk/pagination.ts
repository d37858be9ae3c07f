// The page links of a long list: the first, the last, and the current one with its neighbours.

/** Number of pages for `total` items (at least 1, so an empty list is "page 1 of 1"). */
export function pageCount(total: number, perPage: number): number {
	return Math.max(1, Math.ceil(total / perPage));
}

/** Page numbers to link, with null where pages are skipped ("1 … 4 5 6 … 12"). */
export function pageWindow(current: number, count: number, around = 1): (number | null)[] {
	const pages: (number | null)[] = [];
	for (let page = 1; page <= count; page++) {
		if (page === 1 || page === count || Math.abs(page - current) <= around) pages.push(page);
		else if (pages.at(-1) !== null) pages.push(null);
	}
	return pages;
}
