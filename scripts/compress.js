// `npm run build`'s last step: brotli and gzip copies of the built app's text files (scripts/lib/compress.js).
import { compressTree } from './lib/compress.js';
import { paths } from './lib/pocketbase.js';

const { raw, br, gzip } = await compressTree(paths.build);
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
console.log(`Compressed ${kb(raw)} of text files: ${kb(br)} as brotli, ${kb(gzip)} as gzip.`);
