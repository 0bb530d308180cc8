<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <extracomment>Asks the user a yes/no question (title, text); tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories appear in this order in the staff window, the kiosk and catalogues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this category earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this category later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form to add a category (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a category no product uses can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this category (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this category are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the category {name}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>see {command} --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least {minimum}, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etalase, the showcase of the Bakauheni UMKM Center. Without a command: the staff window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOWCASE_DB names the database file instead of --db. Without either, the file in the user data folder is used, filled with the demo showcase on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (default: SHOWCASE_DB, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with a demo showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a synthetic showcase of N products instead (for benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same showcase (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the products to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a backup copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder (a dated file is made in it) or a new file name; default: the backups folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({error}); no log file could be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error, details in {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo showcase: {categories} categories, {producers} producers, {products} products, {photos} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} products to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder {folder}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty (products: {products}, producers: {producers}, categories: {categories}): a demo goes only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest} already exists: a backup never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be changed (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another program; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be changed (read-only file or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing {path} failed (disk error: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {path} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already holds {n} products: a demo goes only into an empty database</source>
        <extracomment>Who recorded the demo&apos;s stock movements: the front desk&apos;s (invented) shifts. Size of the pictures shared by generated products: big enough for a catalogue page, small enough that 100,000 products do not make a database of many gigabytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etalase ran into an unexpected problem. Your saved data is safe; the last action may not have finished. Details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>export needs a .csv file name, not {name}</source>
        <extracomment>The columns, in order. The import reads files with this header back. Rows fetched from SQLite at a time: memory stays flat for 100,000 products.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: export needs a .csv file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search code, name, description or producer…</source>
        <extracomment>Enter pressed in the search field (a USB scanner ends a scanned code with Enter).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived products instead of the active ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Etalase — UMKM Center Bakauheni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <extracomment>The dialog opened last (editor, stock, producers…), for tests and for focus.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Producers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Etalase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n product(s) low on stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {code} {name}? It leaves the list and the kiosk; its history is kept and it can be restored from the archived list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The showcase was backed up to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Etalase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etalase {version}
The showcase program of the UMKM Center, Bakauheni Harbour City, Lampung.

Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementTableModel</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>Main photo</source>
        <extracomment>Shown thumbnail size; the grid cell leaves room for the caption under it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drag photo files here to add them. The first photo is the main photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is a folder, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added as photos:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>{name} is {size} MB, too large for a photo (at most {limit} MB). Make it smaller or choose another photo.</source>
        <extracomment>Pictures with more pixels than this are refused before they are decoded: a tiny PNG can claim 50,000 × 50,000 pixels and take gigabytes to open (a &quot;decompression bomb&quot;). 80 million is above every ordinary camera and phone (a 108 MP phone saves 12 MP pictures unless told otherwise) and below Pillow&apos;s own global warning threshold, which we also turn into a refusal. What goes wrong inside Pillow&apos;s decoders with damaged data. They do not agree on one exception type, and every one of these means &quot;this file cannot be shown&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), so it holds no picture. Copy the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be found. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etalase is not allowed to open {name}. Copy the photo to another folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}). Copy the photo to this computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a picture (JPEG, PNG, WebP, GIF, BMP or TIFF). Choose a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has far too many pixels to open. Make it smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has too many pixels ({width} × {height}; at most {limit} million). Make it smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large for this computer to open. Make it smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be shown. Copy the photo again from the camera or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo to keep is not a photo of this product any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProducerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM kecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM menengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProducersDialog</name>
    <message>
        <source>Producers (UMKM and koperasi)</source>
        <extracomment>Asks the user a yes/no question (title, text); tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, type, kabupaten/kota, contact or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form to add a producer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Koperasi Tani Hijau Makmur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, village (desa), district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0812-3456-7890, +62 812 3456 7890 and 6281234567890 are all accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits, if the producer has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer&apos;s story, in Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same story, in English, for visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a producer without products can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this producer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used for a koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this producer are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the producer {name}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <extracomment>Long producer or category names are elided in the combo instead of widening the dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the category; type your own code to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, for example Kopi Robusta Lampung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For foreign visitors and buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 25000 or Rp 25.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the first stock received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changes only by recording a stock movement (received, sold, returned, damaged or counted), so that its history stays complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is flagged when stock falls below this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured (produk unggulan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed through stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <extracomment>How many rows one database read fetches around the row the view asked for. Bounds of the caches: a few screenfuls of rows, and of decoded thumbnails. The SQL sort of each column (the photo column does not sort). Emitted after the list of matching products was read anew (count of rows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock: {stock} on hand, minimum {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Received</source>
        <extracomment>The kinds of movement, and whether they add to (+1) or take from (-1) stock. An adjustment sets the stock to a counted figure; its sign follows the difference.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Stock</source>
        <extracomment>Asks the user a yes/no question (title, text); tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: delivery note, buyer, reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this movement (Enter in the quantity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum stock: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW STOCK: below the minimum of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods delivered by the producer: the quantity is added to the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods sold: the quantity is taken from the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods a buyer brought back: the quantity is added to the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number you counted. The difference from the stock on hand ({stock}) is recorded as the movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods broken, spoiled or past their date: the quantity is taken from the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock after recording: {after} ({delta})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {kind} {delta}. Stock now {stock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement you typed is not recorded. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be whole rupiah (no cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{raw}” is not an amount in rupiah (for example 25000 or Rp25.000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{raw}” holds characters that are not part of a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{raw}” is not an Indonesian number (+62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{raw}” does not look like an Indonesian number (08… or +62…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{raw}” has {n} digits; a number has 8 to 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is too long (at most {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A producer named {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be UMKM or koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An UMKM needs its scale: mikro, kecil or menengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten/kota is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not one of Lampung&apos;s 15 kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB has 13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {n} products: move or archive them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category named {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {n} products: move them to another category first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code may hold only letters, digits and - _ . / (at most 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {code} is already used by another product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum stock {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit is required (for example pcs or pack 250 g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen category no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen producer no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of movement: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted stock equals the stock on hand: nothing to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {stock} in stock: cannot take out {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PhotoListView</name>
    <message>
        <source>No photos yet.
Drag photo files here from the file manager, or use Add photos. The first photo is the main photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
