// A hold (a dispute, a legal claim): an administrator keeps an item's personal data past its retention,
// until a day and for a reason, both in the trail (`held`, `released`); the retention job skips it until
// then (pb_hooks/15_holds.pb.js, lib/retention.js).
const DAY = '^\\d{4}-\\d{2}-\\d{2}$';
migrate(
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.add(new TextField({ name: 'hold_until', max: 10, pattern: DAY }));
		complaints.fields.add(new TextField({ name: 'hold_reason', max: 500 }));
		app.save(complaints);
		const events = app.findCollectionByNameOrId('complaint_events');
		const type = events.fields.getByName('type');
		type.values = [...type.values, 'held', 'released'];
		app.save(events);
	},
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.removeByName('hold_until');
		complaints.fields.removeByName('hold_reason');
		app.save(complaints);
		const events = app.findCollectionByNameOrId('complaint_events');
		const type = events.fields.getByName('type');
		type.values = type.values.filter((v) => v !== 'held' && v !== 'released');
		app.save(events);
	}
);
