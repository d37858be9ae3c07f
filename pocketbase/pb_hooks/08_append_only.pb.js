// Visitors' words and the figures made from them are append-only for everyone, superusers and the
// dashboard included (see lib/append-only.js). The request hooks answer the API with a code; the model
// hooks stand behind them for anything else that would save through PocketBase (the retention job of
// issue 12 blanks personal data in SQL, under its own rules).
const { SEALED } = require(`${__hooks}/lib/append-only.js`);
onRecordUpdateRequest(
	(e) => require(`${__hooks}/lib/append-only.js`).refuse(e, 'This record cannot be changed.'),
	...SEALED
);
onRecordDeleteRequest(
	(e) => require(`${__hooks}/lib/append-only.js`).refuse(e, 'This record cannot be deleted.'),
	...SEALED,
	'complaints'
);
onRecordUpdate(
	() => {
		throw new BadRequestError('This record cannot be changed.');
	},
	...SEALED
);
onRecordDelete(
	() => {
		throw new BadRequestError('This record cannot be deleted.');
	},
	...SEALED,
	'complaints'
);

// A complaint's own words and facts never change, whoever asks; its workflow fields change through the
// workflow routes, which leave a trail (a superuser may still repair them, as an operator of the database).
onRecordUpdateRequest((e) => {
	const { sealedChanges, refuse } = require(`${__hooks}/lib/append-only.js`);
	const changed = sealedChanges(e.record);
	if (changed.length > 0) return refuse(e, `A complaint's ${changed.join(', ')} cannot be changed.`);
	return e.next();
}, 'complaints');
onRecordUpdate((e) => {
	const changed = require(`${__hooks}/lib/append-only.js`).sealedChanges(e.record);
	if (changed.length > 0) throw new BadRequestError(`A complaint's ${changed.join(', ')} cannot be changed.`);
	return e.next();
}, 'complaints');
