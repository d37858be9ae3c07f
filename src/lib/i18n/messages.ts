// The app's words: `m.key(inputs)` (one function per key of messages/**, compiled by `npm run i18n`).
export * as m from './generated/messages';
