"""The visitor screens the kiosk window shows, one at a time (see base.py for their interface).

attract.py   the slideshow shown while nobody uses the kiosk
home.py      categories, the fifteen kabupaten/kota, featured products, search
browse.py    the products of one category, kabupaten/kota or producer
search.py    search with the kiosk's own keyboard (keyboard.py)
product_page.py  one product: photos (gallery.py), price, QR code (qr_widget.py), producer

Shared parts: base.py (Route, KioskScreen), style.py (colours and sizes), images.py (bounded
photo cache), tiles.py, grids.py and layouts.py (touch tiles in grids), chrome.py (bars, pages),
swipe.py (telling swipes from taps), product_parts.py (the product page's panels).
"""
