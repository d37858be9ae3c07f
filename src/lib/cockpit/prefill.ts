// "Créer une action" from a board cell under the threshold: the form's prefill (title suggestion, the
// cell's engagement, site and reception point, the trigger { from, to, by, key, n, rate }), carried in
// the URL of /gestion/actions/nouvelle so the link can be opened, reloaded or bookmarked. Pure.
import { actionTriggerSchema, type ActionItem } from '$lib/domain/cockpit';
import { ID_PATTERN } from '$lib/domain/fields';
import { DAY_PATTERN } from './period';

/** An action's fields as the form edits them: all present ('' for "none"), `due_date` a day 'YYYY-MM-DD' or ''. */
export type ActionDraft = Required<ActionItem>;

export const emptyDraft = (): ActionDraft => ({
	title: '',
	description: '',
	engagement: '',
	site: '',
	reception_point: '',
	owner: '',
	due_date: '',
	status: 'open',
	trigger: null
});

export interface CellView {
	by: string;
	from: string;
	to: string;
	/** The board's filters. */
	site: string;
	point: string;
}

export interface PrefillRefs {
	questions: readonly { id: string; engagement: string }[];
	points: readonly { id: string; site: string }[];
}

/** The draft for a board cell: what it is about comes from the break-down's key and the board's filters. */
export function prefillFromCell(
	cell: { key: string; n: number; rate: number | null },
	view: CellView,
	refs: PrefillRefs,
	title: string
): ActionDraft {
	const draft = { ...emptyDraft(), title, site: view.site, reception_point: view.point };
	if (view.by === 'engagement') draft.engagement = cell.key;
	if (view.by === 'question')
		draft.engagement = refs.questions.find((q) => q.id === cell.key)?.engagement ?? '';
	if (view.by === 'site') draft.site = cell.key;
	if (view.by === 'point' && cell.key) {
		draft.reception_point = cell.key;
		draft.site = refs.points.find((p) => p.id === cell.key)?.site ?? draft.site;
	}
	draft.trigger = { from: view.from, to: view.to, by: view.by, key: cell.key, n: cell.n, rate: cell.rate };
	return draft;
}

const TRIGGER_KEYS = ['from', 'to', 'by', 'key', 'n', 'rate'] as const;

/** The URL query of a draft (relations and the trigger; the title as suggested). */
export function paramsOfDraft(draft: ActionDraft): URLSearchParams {
	const params = new URLSearchParams();
	if (draft.title) params.set('title', draft.title);
	if (draft.engagement) params.set('engagement', draft.engagement);
	if (draft.site) params.set('site', draft.site);
	if (draft.reception_point) params.set('point', draft.reception_point);
	if (draft.trigger) for (const key of TRIGGER_KEYS) params.set(key, String(draft.trigger[key] ?? ''));
	return params;
}

/** The draft of a URL; anything malformed is left out (the trigger entirely, if any part of it is). */
export function draftFromParams(params: URLSearchParams): ActionDraft {
	const get = (key: string) => (params.get(key) ?? '').trim();
	const id = (key: string) => (ID_PATTERN.test(get(key)) ? get(key) : '');
	const draft = {
		...emptyDraft(),
		title: get('title').slice(0, 200),
		engagement: id('engagement'),
		site: id('site'),
		reception_point: id('point')
	};
	if (params.has('by')) {
		const rate = get('rate') === '' ? null : Number(get('rate'));
		const parsed = actionTriggerSchema.safeParse({
			from: get('from'),
			to: get('to'),
			by: get('by'),
			key: get('key'),
			n: Number(get('n')),
			rate
		});
		if (parsed.success && DAY_PATTERN.test(parsed.data.from) && DAY_PATTERN.test(parsed.data.to))
			draft.trigger = parsed.data;
	}
	return draft;
}

/** The record to send: a due day as PocketBase's date, empty relations as ''. */
export function recordOf(draft: ActionDraft): Record<string, unknown> {
	return {
		title: draft.title.trim(),
		description: draft.description.trim(),
		engagement: draft.engagement,
		site: draft.site,
		reception_point: draft.reception_point,
		owner: draft.owner,
		due_date: draft.due_date ? `${draft.due_date} 00:00:00.000Z` : '',
		status: draft.status,
		trigger: draft.trigger
	};
}
