"""QR shelf labels as PDF: `payloads` (what each label and its QR code hold), `sheets` (where the
labels sit on a page: the built-in sheets, staff's own, printer offsets), `design` (the look of
one label), `ink` (drawing it) and `jobs` (placing a job's labels on sheets and writing the PDF
or a test page)."""
