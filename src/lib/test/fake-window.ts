// The page's window as lib/sync/when-online sees it, in unit tests: connectivity set by the test, and its
// `online` event fired by the test.
export function fakeWindow(onLine: boolean) {
	const events = new EventTarget();
	const window = {
		navigator: { onLine },
		addEventListener: events.addEventListener.bind(events),
		removeEventListener: events.removeEventListener.bind(events),
		/** The network is back: `navigator.onLine` turns true and `online` is fired. */
		goOnline() {
			window.navigator.onLine = true;
			events.dispatchEvent(new Event('online'));
		}
	};
	return window;
}
