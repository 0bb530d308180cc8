"""Printable A4 catalogues as PDF: `document` (options and `write_catalogue`) reads the products
through `data`, scales their photos once through `photos`, and lays them out as photo cards
(`cards`), one product to a page (`feature`) or a price list (`pricelist`) inside the pages of
`pages`, with the shared look of `style` and the printed words of `words`."""
