"""The center's report for the province as documents, from the figures of
showcase/inventory/report/: `document.write_report` writes a PDF or an XLSX, completely or not
at all.

PDF: pdf (the document, cover, page chrome), sections (the five sections), statements (the
consignment statements), compare (figures beside the previous period), parts (styles, wrapped
tables, charts), words (the printed words in Indonesian and English). XLSX: xlsx.
"""
