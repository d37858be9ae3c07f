// The engagements as the groups of a select: in module then number order, one `<optgroup>` per group label
// (in the order the labels first come), each choice named with the engagement's number and label.
import { m } from '$lib/i18n/messages';

interface EngagementChoice {
	id: string;
	module: number;
	number: number;
	theme: string;
	label: string;
}

export interface OptionGroup {
	label: string;
	options: { value: string; label: string }[];
}

export function engagementGroups<E extends EngagementChoice>(
	engagements: readonly E[],
	groupLabel: (engagement: E) => string
): OptionGroup[] {
	const groups: OptionGroup[] = [];
	for (const e of [...engagements].sort((a, b) => a.module - b.module || a.number - b.number)) {
		const label = groupLabel(e);
		const option = { value: e.id, label: m.engagement_name({ number: e.number, label: e.label }) };
		const group = groups.find((candidate) => candidate.label === label);
		if (group) group.options.push(option);
		else groups.push({ label, options: [option] });
	}
	return groups;
}
