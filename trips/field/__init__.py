"""The trip on a phone (/field/): the programme of the day and notes per meeting, offline too.

For staff (all meetings) and for participant companies' logins (the meetings their company
attended). The pages are cached by a service worker (/field/sw.js); notes written offline wait in
the phone's IndexedDB and are sent with an idempotency key when the network returns.
"""
