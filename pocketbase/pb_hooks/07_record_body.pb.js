// The record API stores what it was sent as it was sent, or refuses it with a code per field: bodies it
// could not parse, damaged text and values not of their field's type (see lib/record-body.js).
routerUse((e) => require(`${__hooks}/lib/record-body.js`).guardRecordBody(e));
// A batch's record writes, as PocketBase decoded them (the router's middlewares do not see them).
onBatchRequest((e) => require(`${__hooks}/lib/record-body.js`).guardBatch(e));
