"""The center's report for the province, as figures: who is represented and from where, how
formalised they are, who is ready to export, what visitors looked at and what sold.

period (which days, the default month, the previous period), figures (the data), read (all
of it in one go), representation, visits and sales (each part). No Qt, no reportlab: the PDF
and XLSX are written by showcase/printing/report/.
"""
