"""The showcase's domain: products, producers, categories, stock, photos, demo data. No Qt here."""
