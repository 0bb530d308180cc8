"""The center's report for the province as documents: an A4 PDF (pdf, parts, words) and an
XLSX workbook with the same tables (xlsx); `document.write_report` reads the figures
(showcase/inventory/report/) and writes either, completely or not at all.
"""
