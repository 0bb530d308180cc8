"""The change history (audit log): `recorder` turns every change made through a Database's
sessions into `audit_entry` rows; `log` reads them back, filtered, with the words staff read."""
