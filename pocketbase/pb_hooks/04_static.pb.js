// Serves the built app from the public folder (PocketBase's --publicDir, read by 03_headers.pb.js): the
// compressed copy the browser accepts, and caching headers, as lib/static-files.js decides. Its API, its
// dashboard and its static handler's redirects stay PocketBase's own.
//
// It answers without passing the request on, so it must run after every other middleware (the security
// headers above all): PocketBase runs the hook files in no set order (it walks them as a map), and only
// priorities order middlewares. The others have the default, 0. It takes every GET outside /api/ and /_/:
// a hook route added elsewhere (say /.well-known/) would have to be let through here.
const STATIC_FILES_PRIORITY = 1000;

routerUse(
	new Middleware((e) => {
		const method = e.request.method;
		if (method !== 'GET' && method !== 'HEAD') return e.next();
		const dir = $app.store().get('qep.publicDir');
		if (!dir) return e.next();
		const { plan } = require(`${__hooks}/lib/static-files.js`);
		const kindOf = (rel) => {
			try {
				return $os.stat(rel ? `${dir}/${rel}` : dir).isDir() ? 'dir' : 'file';
			} catch {
				return null;
			}
		};
		const answer = plan(e.request.url.path, e.request.header.get('Accept-Encoding'), kindOf);
		if (!answer) return e.next();
		// Like PocketBase's static handler: a file served is not worth a line in the request log.
		e.set('__skipSuccessActivityLogger', true);
		if (answer.status === 404) throw new NotFoundError();
		const out = e.response.header();
		// Vary adds to what CORS already varies on.
		for (const name of Object.keys(answer.headers)) {
			if (name === 'Vary') out.add(name, answer.headers[name]);
			else out.set(name, answer.headers[name]);
		}
		try {
			return e.fileFS($os.dirFS(dir), answer.file);
		} catch (error) {
			// Gone since it was looked at (a new build being copied in): the error must not go out labelled
			// as the file, nor be cached for a year under its name.
			for (const name of Object.keys(answer.headers)) out.del(name);
			throw error;
		}
	}, STATIC_FILES_PRIORITY)
);
