// What PocketBase's JS engine (goja) gives every hook and migration that pocketbase.d.ts does not declare:
// CommonJS modules and a console that prints to the server's log.
/* eslint-disable @typescript-eslint/no-explicit-any -- a module's exports are not typed across files */

/** Loads a CommonJS module by path (`${__hooks}/lib/x.js`). */
declare function require(path: string): any;

declare const module: { exports: any };
declare const exports: any;

declare const console: {
	log(...values: unknown[]): void;
	info(...values: unknown[]): void;
	warn(...values: unknown[]): void;
	error(...values: unknown[]): void;
	debug(...values: unknown[]): void;
};
