// The rows of a SELECT with bound parameters, read into PocketBase models: `shape` gives each column's empty
// value, hence its type. One way for the routes and jobs that aggregate in SQL.

/** @returns {any[]} the rows, each with the columns of `shape` as properties */
function queryRows(app, sql, params, shape) {
	const rows = arrayOf(new DynamicModel(shape));
	app.db().newQuery(sql).bind(params).all(rows);
	return rows;
}

module.exports = { queryRows };
