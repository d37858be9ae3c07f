// Before the retention job erases an item: the list of what expires soon, and an administrator's hold.
routerAdd('GET', '/api/qep/retention/expiring', (e) => require(`${__hooks}/lib/holds.js`).handleExpiring(e));
routerAdd('POST', '/api/qep/complaints/{id}/hold', (e) => require(`${__hooks}/lib/holds.js`).handleHold(e));
