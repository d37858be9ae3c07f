// The API's answers to GET travel gzipped to a browser that accepts it (a list of records is JSON that
// shrinks to a fifth), but for those with a secret and what is streamed or compressed already.
// PocketBase's own gzip middleware does the work; lib/api-compression.js says where.
$app.store().set('qep.gzip', $apis.gzip());

routerUse((e) => {
	const { compressible } = require(`${__hooks}/lib/api-compression.js`);
	if (!compressible(e.request.method, e.request.url.path)) return e.next();
	return $app.store().get('qep.gzip').func(e);
});
