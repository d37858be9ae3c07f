// Runs once, before any page. zod compiles its object checks with `new Function` when the page allows it,
// and finds out by trying: under the app's Content-Security-Policy (no eval) that try is a reported
// violation. The interpreted checks are fast enough for forms, so zod is told not to try.
import * as z from 'zod';

z.config({ jitless: true });
