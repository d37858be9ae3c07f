// SPA: IndexedDB and the PocketBase session exist only in the browser.
export const ssr = false;
export const prerender = false;
