// Keeps what a person types, picks or ticks while the page is still loading.
//
// Pages are rendered on the server and work as plain forms; when the page's scripts take over
// (hydration), Svelte sets every field to the value it rendered, which wipes whatever was typed in
// the meantime. On a slow phone that is often a whole name. This script runs before the page's
// scripts, notes each field a person changes, and when the application announces that it has
// taken over (the `app:hydrated` event from the root layout), puts the noted values back and tells
// the application about them with the usual input and change events.
(function () {
	/** @type {Map<Element, { id: string, name: string, value: string, checked: boolean }>} */
	var changed = new Map();

	function note(event) {
		var field = event.target;
		if (
			!(field instanceof HTMLInputElement) &&
			!(field instanceof HTMLTextAreaElement) &&
			!(field instanceof HTMLSelectElement)
		) {
			return;
		}
		if (
			field instanceof HTMLInputElement &&
			/^(hidden|file|submit|button|reset|image)$/.test(field.type)
		) {
			return;
		}
		changed.set(field, {
			id: field.id,
			name: field.name,
			value: field.value,
			checked: field instanceof HTMLInputElement ? field.checked : false
		});
	}

	function restore() {
		document.removeEventListener('input', note, true);
		document.removeEventListener('change', note, true);
		document.removeEventListener('app:hydrated', restore);
		changed.forEach(function (typed, field) {
			// Hydration may have replaced the element; find its successor by id.
			var current = field.isConnected ? field : typed.id ? document.getElementById(typed.id) : null;
			if (!current || !('value' in current)) return;
			var isToggle =
				current instanceof HTMLInputElement &&
				(current.type === 'checkbox' || current.type === 'radio');
			if (isToggle) {
				if (current.checked === typed.checked) return;
				current.checked = typed.checked;
			} else {
				if (current.value === typed.value) return;
				current.value = typed.value;
			}
			current.dispatchEvent(new Event('input', { bubbles: true }));
			current.dispatchEvent(new Event('change', { bubbles: true }));
		});
		changed.clear();
	}

	document.addEventListener('input', note, true);
	document.addEventListener('change', note, true);
	document.addEventListener('app:hydrated', restore);
})();
