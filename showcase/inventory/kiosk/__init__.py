"""The kiosk's side of the domain, apart from its widgets: `settings` (what staff set, the PIN),
`view` (what visitors may see, read with plain SQL through a read-only connection), `choices`
(staff's choices of what the kiosk shows, for the Kiosk settings dialog) and `visits` (what
visitors open, counted per day)."""
