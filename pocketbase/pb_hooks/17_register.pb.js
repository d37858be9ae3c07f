// The register of processing activities (RGPD art. 30), built from the policy and the live data model.
routerAdd('GET', '/api/qep/register', (e) => require(`${__hooks}/lib/register-route.js`).handleRegister(e));
