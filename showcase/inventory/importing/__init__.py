"""Importing product spreadsheets (CSV or XLSX): `files` reads them into rows of text, `columns`
knows the names people give the columns, `rows` checks one row, `plan` checks them all and
says what importing would change, and `apply` imports a checked sheet in one transaction."""
