"""The showcase's domain: products, producers, categories, stock, photos, demo data. No Qt here."""

# The audit log records every change made through a Database's sessions: importing the domain
# installs it, so no program path that writes through the domain can miss it.
from showcase.inventory.history import recorder as _audit  # noqa: F401
