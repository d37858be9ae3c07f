// Each public page gets its own HTML file at build time (build/avis.html…): the same empty shell as every
// other route's, except that its head names the page's code and styles, so that a first visit on a weak
// network fetches them together with the shell instead of one round trip after it. Nothing is rendered at
// build time (the root layout turns server rendering off): the page still draws in the browser.
export const prerender = true;
