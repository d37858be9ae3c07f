// Language names are autonyms: each one is written in its own language, for the visitor who reads it.
import type { Language } from '$lib/domain/fields';

export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };
