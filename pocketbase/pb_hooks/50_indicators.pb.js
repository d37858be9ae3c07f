// The referent's board: figures summed in SQL, for staff only (see lib/indicators-route.js).
routerAdd('GET', '/api/qep/indicators', (e) =>
	require(`${__hooks}/lib/indicators-route.js`).handleIndicators(e)
);
