import type { Engagement } from '$lib/pb/types';

export interface ThemeGroup {
	theme: string;
	engagements: Engagement[];
}

export interface ModuleGroup {
	module: number;
	themes: ThemeGroup[];
}

/** Groups engagements by module, then by theme, in engagement-number order. */
export function groupEngagements(engagements: readonly Engagement[]): ModuleGroup[] {
	const modules: ModuleGroup[] = [];
	for (const engagement of [...engagements].sort((a, b) => a.module - b.module || a.number - b.number)) {
		let group = modules.find((candidate) => candidate.module === engagement.module);
		if (!group) modules.push((group = { module: engagement.module, themes: [] }));
		let theme = group.themes.find((candidate) => candidate.theme === engagement.theme);
		if (!theme) group.themes.push((theme = { theme: engagement.theme, engagements: [] }));
		theme.engagements.push(engagement);
	}
	return modules;
}
