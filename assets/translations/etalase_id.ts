<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountForm</name>
    <message>
        <source>e.g. Sari Wulandari</source>
        <translation>mis. Sari Wulandari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN sekarang</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Anda)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
        <translation>Terlalu banyak PIN salah untuk {name}. Coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>Akun ini sudah tidak ada</translation>
    </message>
    <message>
        <source>The name is required</source>
        <translation>Nama wajib diisi</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters)</source>
        <translation>Nama terlalu panjang (paling banyak {n} karakter)</translation>
    </message>
    <message>
        <source>There is already an account named {name}</source>
        <translation>Sudah ada akun bernama {name}</translation>
    </message>
    <message>
        <source>Choose administrator or staff</source>
        <translation>Pilih admin atau petugas</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>Kedua PIN tidak sama</translation>
    </message>
    <message>
        <source>The current PIN is wrong</source>
        <translation>PIN sekarang salah</translation>
    </message>
    <message>
        <source>{name} is the last administrator. Make another account an administrator first: without one, nobody could manage accounts and settings.</source>
        <translation>{name} adalah admin terakhir. Jadikan akun lain admin dulu: tanpa admin, tidak ada yang bisa mengatur akun dan pengaturan.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in: ask an administrator to reactivate the account</source>
        <translation>{name} tidak bisa masuk lagi: minta admin mengaktifkan kembali akunnya</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}</source>
        <translation>PIN {name} salah</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>Administrators manage accounts and settings; staff do the daily work. Someone who leaves is deactivated, not deleted: the change history keeps their name.</source>
        <translation>Admin mengatur akun dan pengaturan; petugas mengerjakan tugas harian. Petugas yang berhenti dinonaktifkan, bukan dihapus: riwayat perubahan tetap mencatat namanya.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Jadikan &amp;admin</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>Atur ulang &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Make &amp;staff</source>
        <translation>Jadikan &amp;petugas</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan lagi</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>It is now: {name}, {role}, {state}.</source>
        <translation>Sekarang: {name}, {role}, {state}.</translation>
    </message>
    <message>
        <source>Save again to keep your change.</source>
        <translation>Simpan lagi untuk mempertahankan perubahan Anda.</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Tambah akun petugas</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Ganti nama {name}</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>PIN baru untuk {name}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Etalase (automatic)</source>
        <translation>Etalase (otomatis)</translation>
    </message>
    <message>
        <source>command line ({user})</source>
        <translation>baris perintah ({user})</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambah</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>dipulihkan</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN salah</translation>
    </message>
    <message>
        <source>added at once</source>
        <translation>ditambah sekaligus</translation>
    </message>
    <message>
        <source>changed at once</source>
        <translation>diubah sekaligus</translation>
    </message>
    <message>
        <source>removed at once</source>
        <translation>dihapus sekaligus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>Description (Indonesian)</source>
        <translation>Deskripsi (Indonesia)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Deskripsi (Inggris)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Unggulan</translation>
    </message>
    <message>
        <source>On the kiosk</source>
        <translation>Tampil di kios</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Export markets</source>
        <translation>Pasar ekspor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Story (Indonesian)</source>
        <translation>Kisah (Indonesia)</translation>
    </message>
    <message>
        <source>Story (English)</source>
        <translation>Kisah (Inggris)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Lebar (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Tinggi (px)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Nama pusat</translation>
    </message>
    <message>
        <source>Center logo</source>
        <translation>Logo pusat</translation>
    </message>
    <message>
        <source>Kiosk idle time (seconds)</source>
        <translation>Waktu diam kios (detik)</translation>
    </message>
    <message>
        <source>Kiosk attract-screen products</source>
        <translation>Produk layar sambutan kios</translation>
    </message>
    <message>
        <source>Kiosk QR content</source>
        <translation>Isi QR kios</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN kios</translation>
    </message>
    <message>
        <source>Default label sheet</source>
        <translation>Lembar label bawaan</translation>
    </message>
    <message>
        <source>Label QR content</source>
        <translation>Isi QR label</translation>
    </message>
    <message>
        <source>QR web address template</source>
        <translation>Templat alamat web QR</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>(changed, not shown)</source>
        <translation>(diubah, tidak ditampilkan)</translation>
    </message>
    <message>
        <source>{n} record(s)</source>
        <translation>{n} data</translation>
    </message>
    <message>
        <source>Website folder</source>
        <translation>Folder situs web</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Change history — {product}</source>
        <translation>Riwayat perubahan — {product}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Search names, codes, values…</source>
        <translation>Cari nama, kode, nilai…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>The newest {n} entries; scroll down for older ones</source>
        <translation>{n} catatan terbaru; gulir ke bawah untuk yang lebih lama</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Catatan: {n}</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Tidak ada catatan yang cocok.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>tidak bisa membaca {path}: {why}</translation>
    </message>
    <message>
        <source>a backup cannot be written over the database itself</source>
        <translation>cadangan tidak boleh ditulis menimpa database itu sendiri</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {why}</source>
        <translation>tidak bisa menulis cadangan {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}): no backup was made of it</source>
        <translation>{path} rusak ({problem}): cadangannya tidak dibuat</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Sebelum pembaruan program</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Sebelum impor</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before clearing the demo data</source>
        <translation>Sebelum data contoh dihapus</translation>
    </message>
    <message>
        <source>Restored the backup of {when}: {count} products.</source>
        <translation>Cadangan {when} sudah dipulihkan: {count} produk.</translation>
    </message>
    <message>
        <source>It was made by an older version of Etalase and has been updated.</source>
        <translation>Cadangan ini dibuat oleh Etalase versi lama dan sudah diperbarui.</translation>
    </message>
    <message>
        <source>The data from before the restore was kept as:
{path}</source>
        <translation>Data sebelum pemulihan disimpan sebagai:
{path}</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <source>The logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Cannot open {name}: {why}</source>
        <translation>Tidak dapat membuka {name}: {why}</translation>
    </message>
    <message>
        <source>{name} is larger than 10 MB: a logo needs much less</source>
        <translation>{name} lebih besar dari 10 MB: logo cukup jauh lebih kecil</translation>
    </message>
    <message>
        <source>{name} is not a picture (PNG, JPEG, WebP …)</source>
        <translation>{name} bukan gambar (PNG, JPEG, WebP …)</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Products from {place}</source>
        <translation>Produk dari {place}</translation>
    </message>
    <message>
        <source>Products of {producer}</source>
        <translation>Produk {producer}</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 produk</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} produk</translation>
    </message>
    <message>
        <source>There are no products to show here yet.
Please choose another one.</source>
        <translation>Belum ada produk untuk ditampilkan di sini.
Silakan pilih yang lain.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>the catalogue was cancelled</source>
        <translation>katalog dibatalkan</translation>
    </message>
    <message>
        <source>{path}: a catalogue is a PDF file; give a name ending in .pdf</source>
        <translation>{path}: katalog berupa berkas PDF; berikan nama yang berakhiran .pdf</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} adalah folder</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>must be 2, 4 or 6 cards to a page</source>
        <translation>harus 2, 4, atau 6 kartu per halaman</translation>
    </message>
    <message>
        <source>none of the chosen products exists any more</source>
        <translation>tidak satu pun produk yang dipilih masih ada</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>tidak dapat menulis {path}: {why}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>there is no category “{name}” (categories: {known})</source>
        <translation>tidak ada kategori “{name}” (kategori yang ada: {known})</translation>
    </message>
    <message>
        <source>“{name}” is not a kabupaten or kota of Lampung ({known})</source>
        <translation>“{name}” bukan kabupaten atau kota di Lampung ({known})</translation>
    </message>
    <message>
        <source>no products are selected</source>
        <translation>tidak ada produk yang dipilih</translation>
    </message>
    <message>
        <source>the filter matches no product</source>
        <translation>tidak ada produk yang cocok dengan filter</translation>
    </message>
</context>
<context>
    <name>CatalogueChoice</name>
    <message>
        <source>What goes in</source>
        <translation>Isi katalog</translation>
    </message>
    <message>
        <source>All products shown on the kiosk</source>
        <translation>Semua produk yang tampil di kiosk</translation>
    </message>
    <message numerus="yes">
        <source>The %n product(s) selected in the list</source>
        <translation>
            <numerusform>%Ln produk yang dipilih di daftar</numerusform>
        </translation>
    </message>
    <message>
        <source>The products selected in the list (none)</source>
        <translation>Produk yang dipilih di daftar (tidak ada)</translation>
    </message>
    <message>
        <source>Featured (unggulan) only</source>
        <translation>Hanya produk unggulan</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>Hanya yang ada stoknya</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Tick to keep only those; nothing ticked keeps all.</source>
        <translation>Centang untuk memilih hanya itu; tanpa centang berarti semua.</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Hapus centang</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Make the catalogue; the preview shows it when it is ready</source>
        <translation>Membuat katalog; pratinjau menampilkannya setelah selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop making the catalogue</source>
        <translation>Hentikan pembuatan katalog</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Choose what goes in the catalogue and how it looks, then press Generate.</source>
        <translation>Pilih isi dan tampilan katalog, lalu tekan Buat.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will be in the catalogue.</source>
        <translation>
            <numerusform>%Ln produk akan masuk katalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected product(s) not shown on the kiosk stay out.</source>
        <translation>
            <numerusform>%Ln produk terpilih tidak tampil di kiosk dan tidak dimasukkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>made before your last changes: press Generate to update it</source>
        <translation>dibuat sebelum perubahan terakhir: tekan Buat untuk memperbaruinya</translation>
    </message>
    <message>
        <source>%v of %m products</source>
        <translation>%v dari %m produk</translation>
    </message>
    <message>
        <source>Making the catalogue…</source>
        <translation>Sedang membuat katalog…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>The catalogue was made but cannot be read back: {why}</source>
        <translation>Katalog sudah dibuat tetapi tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>Catalogue ready: {products} on {pages}.</source>
        <translation>Katalog siap: {products} dalam {pages}.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln produk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. No catalogue was made.</source>
        <translation>Dibatalkan. Tidak ada katalog yang dibuat.</translation>
    </message>
    <message>
        <source>Something went wrong while making the catalogue, and it was written to the log file. Please try again; if it happens again, tell whoever looks after this computer.</source>
        <translation>Terjadi kesalahan saat membuat katalog, dan rinciannya sudah dicatat di berkas log. Silakan coba lagi; bila terulang, beri tahu pengelola komputer ini.</translation>
    </message>
    <message>
        <source>No catalogue yet: see the message on the left.</source>
        <translation>Belum ada katalog: lihat pesan di sebelah kiri.</translation>
    </message>
    <message>
        <source>Save the catalogue as PDF</source>
        <translation>Simpan katalog sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the catalogue</source>
        <translation>Cetak katalog</translation>
    </message>
    <message>
        <source>Saved the catalogue to {path}</source>
        <translation>Katalog disimpan ke {path}</translation>
    </message>
    <message>
        <source>Etalase catalogue</source>
        <translation>Katalog Etalase</translation>
    </message>
    <message>
        <source>The catalogue cannot be read back: {why}</source>
        <translation>Katalog tidak dapat dibaca: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln halaman dikirim ke printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueLook</name>
    <message>
        <source>How it looks</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Indonesian and English side by side</source>
        <translation>Indonesia dan Inggris berdampingan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Photo cards, {n} per page</source>
        <translation>Kartu foto, {n} per halaman</translation>
    </message>
    <message>
        <source>One product per page</source>
        <translation>Satu produk per halaman</translation>
    </message>
    <message>
        <source>Compact price list</source>
        <translation>Daftar harga ringkas</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Sections by</source>
        <translation>Bagian menurut</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>“Price on request”</source>
        <translation>“Harga atas permintaan”</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>WhatsApp to the producer</source>
        <translation>WhatsApp ke produsen</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Kode produk</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>Text (name, price, producer)</source>
        <translation>Teks (nama, harga, produsen)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kode QR</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Sampul</translation>
    </message>
    <message>
        <source>The photo on the cover: one of the featured products that have a photo</source>
        <translation>Foto di sampul: salah satu produk unggulan yang punya foto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation>Foto sampul</translation>
    </message>
    <message>
        <source>Automatic (first featured product)</source>
        <translation>Otomatis (produk unggulan pertama)</translation>
    </message>
    <message>
        <source>The first featured product with a photo among the products chosen</source>
        <translation>Produk unggulan pertama yang punya foto di antara produk yang dipilih</translation>
    </message>
    <message>
        <source>The cover needs a title.</source>
        <translation>Sampul perlu judul.</translation>
    </message>
    <message>
        <source>No web address for QR codes is saved yet: set one in Print labels (QR code holds: Web address), or choose another QR content.</source>
        <translation>Belum ada alamat web untuk kode QR: atur dulu di dialog Cetak label, atau pilih isi kode QR yang lain.</translation>
    </message>
    <message>
        <source>The address saved for the labels: {address}</source>
        <translation>Alamat yang disimpan untuk label: {address}</translation>
    </message>
    <message>
        <source>No web address is saved yet.</source>
        <translation>Belum ada alamat web yang disimpan.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Categories appear in this order in the staff window, the kiosk and catalogues.</source>
        <translation>Kategori tampil dengan urutan ini di jendela staf, kiosk, dan katalog.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Show this category earlier (Ctrl+Up)</source>
        <translation>Tampilkan kategori ini lebih awal (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>Show this category later (Ctrl+Down)</source>
        <translation>Tampilkan kategori ini lebih akhir (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>Kategori &amp;baru</translation>
    </message>
    <message>
        <source>Clear the form to add a category (Ctrl+N)</source>
        <translation>Kosongkan formulir untuk menambah kategori (Ctrl+N)</translation>
    </message>
    <message>
        <source>For example: Kopi</source>
        <translation>Contoh: Kopi</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>For example: Coffee</source>
        <translation>Contoh: Coffee</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>&amp;Delete category</source>
        <translation>&amp;Hapus kategori</translation>
    </message>
    <message>
        <source>Only a category no product uses can be deleted</source>
        <translation>Hanya kategori yang tidak dipakai produk mana pun yang dapat dihapus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save this category (Ctrl+S)</source>
        <translation>Simpan kategori ini (Ctrl+S)</translation>
    </message>
    <message>
        <source>The changes to this category are not saved. Discard them?</source>
        <translation>Perubahan pada kategori ini belum disimpan. Buang perubahan?</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategori baru</translation>
    </message>
    <message>
        <source>The category no longer exists</source>
        <translation>Kategori ini sudah tidak ada</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Ubah kategori</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Hapus kategori</translation>
    </message>
    <message>
        <source>Delete the category {name}? This cannot be undone.</source>
        <translation>Hapus kategori {name}? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
</context>
<context>
    <name>ClearDemoDialog</name>
    <message>
        <source>Clear demo data</source>
        <translation>Hapus data contoh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This removes:</source>
        <translation>Yang dihapus:</translation>
    </message>
    <message>
        <source>This keeps:</source>
        <translation>Yang tetap disimpan:</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n demo product(s) that staff changed</source>
        <translation>
            <numerusform>Hapus juga %Ln produk contoh yang sudah diubah petugas</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the whole showcase is made first; File → Restore from backup… brings everything back.</source>
        <translation>Seluruh data etalase dicadangkan lebih dulu; Berkas → Pulihkan dari cadangan… mengembalikan semuanya.</translation>
    </message>
    <message>
        <source>This showcase holds no demo data: everything in it was entered by staff.</source>
        <translation>Etalase ini tidak berisi data contoh: semua datanya dimasukkan oleh petugas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n demo product(s)</source>
        <translation>
            <numerusform>%Ln produk contoh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n photo(s),</source>
        <translation>
            <numerusform>(dengan %Ln foto,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s))</source>
        <translation>
            <numerusform>%Ln catatan stok)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo producer(s) no kept product uses</source>
        <translation>
            <numerusform>%Ln produsen contoh yang tidak dipakai produk yang tersisa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo category(ies) no kept product uses</source>
        <translation>
            <numerusform>%Ln kategori contoh yang tidak dipakai produk yang tersisa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) that staff added</source>
        <translation>
            <numerusform>%Ln produk yang ditambahkan petugas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo product(s) that staff changed</source>
        <translation>
            <numerusform>%Ln produk contoh yang sudah diubah petugas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo producer(s) still in use or changed by staff</source>
        <translation>
            <numerusform>%Ln produsen contoh yang masih dipakai atau sudah diubah petugas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo category(ies) still in use</source>
        <translation>
            <numerusform>%Ln kategori contoh yang masih dipakai</numerusform>
        </translation>
    </message>
    <message>
        <source>the settings, label sheets, staff accounts and the audit log</source>
        <translation>pengaturan, lembar label, akun petugas dan catatan perubahan</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was removed: {why}</source>
        <translation>Cadangan tidak dapat dibuat, jadi tidak ada yang dihapus: {why}</translation>
    </message>
    <message>
        <source>Nothing was removed: {why}</source>
        <translation>Tidak ada yang dihapus: {why}</translation>
    </message>
    <message>
        <source>Nothing was removed: an unexpected problem stopped it; details were written to the log file.</source>
        <translation>Tidak ada yang dihapus: terjadi masalah tak terduga; rinciannya dicatat di berkas log.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data cleared: %n product(s) removed. Backup: {path}</source>
        <translation>
            <numerusform>Data contoh dihapus: %Ln produk dihapus. Cadangan: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>see {command} --help</source>
        <translation>lihat {command} --help</translation>
    </message>
    <message>
        <source>must be a whole number of at least {minimum}, not {text}</source>
        <translation>harus bilangan bulat minimal {minimum}, bukan {text}</translation>
    </message>
    <message>
        <source>Etalase, the showcase of the Bakauheni UMKM Center. Without a command: the staff window.</source>
        <translation>Etalase, program etalase UMKM Center Bakauheni. Tanpa perintah: membuka jendela staf.</translation>
    </message>
    <message>
        <source>SHOWCASE_DB names the database file instead of --db. Without either, the file in the user data folder is used, filled with the demo showcase on first start.</source>
        <translation>SHOWCASE_DB menentukan berkas basis data sebagai ganti --db. Tanpa keduanya, dipakai berkas di folder data pengguna, yang diisi etalase demo saat pertama kali dijalankan.</translation>
    </message>
    <message>
        <source>the showcase: a database file or postgresql://USER@HOST[:PORT]/DBNAME (default: SHOWCASE_DB, else the file in the user data folder)</source>
        <translation>etalase: berkas basis data atau postgresql://USER@HOST[:PORT]/DBNAME (bawaan: SHOWCASE_DB, jika tidak ada: berkas di folder data pengguna)</translation>
    </message>
    <message>
        <source>fill an empty database with a demo showcase</source>
        <translation>isi basis data kosong dengan etalase demo</translation>
    </message>
    <message>
        <source>a synthetic showcase of N products instead (for benchmarks)</source>
        <translation>sebagai gantinya, etalase sintetis berisi N produk (untuk uji kinerja)</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same showcase (default 1)</source>
        <translation>seed acak: seed yang sama menghasilkan etalase yang sama (bawaan 1)</translation>
    </message>
    <message>
        <source>write shelf labels with QR codes to a PDF</source>
        <translation>tulis label rak dengan kode QR ke PDF</translation>
    </message>
    <message>
        <source>write a printable catalogue of the showcase to a PDF</source>
        <translation>tulis katalog etalase yang siap cetak ke PDF</translation>
    </message>
    <message>
        <source>the touchscreen kiosk for visitors, full screen and locked</source>
        <translation>kios layar sentuh untuk pengunjung, layar penuh dan terkunci</translation>
    </message>
    <message>
        <source>in a window, to try the kiosk out at a desk</source>
        <translation>dalam jendela, untuk mencoba kios di meja</translation>
    </message>
    <message>
        <source>the kiosk&apos;s name on a server, as the desk lists it (default: this PC&apos;s name)</source>
        <translation>nama kios di server, seperti yang ditampilkan meja depan (bawaan: nama PC ini)</translation>
    </message>
    <message>
        <source>each kiosk: name, online or offline since when, last seen, version</source>
        <translation>setiap kios: nama, daring atau luring sejak kapan, terakhir terlihat, versi</translation>
    </message>
    <message>
        <source>no kiosk has reported itself to this showcase yet</source>
        <translation>belum ada kios yang melapor ke etalase ini</translation>
    </message>
    <message>
        <source>write a backup copy of the database</source>
        <translation>tulis salinan cadangan basis data</translation>
    </message>
    <message>
        <source>a folder (a dated file is made in it) or a new file name; default: the backups folder beside the database</source>
        <translation>folder (berkas bertanggal dibuat di dalamnya) atau nama berkas baru; bawaan: folder cadangan di samping basis data</translation>
    </message>
    <message>
        <source>list the backups in the backups folder, newest first</source>
        <translation>tampilkan cadangan di folder backups, yang terbaru dulu</translation>
    </message>
    <message>
        <source>replace the database with a backup, after checking it; the current data is kept as a backup first</source>
        <translation>ganti database dengan cadangan, setelah diperiksa; data sekarang disimpan dulu sebagai cadangan</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>berkas cadangan</translation>
    </message>
    <message>
        <source>backup --list takes no DEST</source>
        <translation>backup --list tidak memakai DEST</translation>
    </message>
    <message>
        <source>restore needs the name of a backup file</source>
        <translation>restore perlu nama berkas cadangan</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {folder}</source>
        <translation>Belum ada cadangan {name} di {folder}</translation>
    </message>
    <message>
        <source>Restored {source} (a backup of {when}): {products}</source>
        <translation>{source} sudah dipulihkan (cadangan {when}): {products}</translation>
    </message>
    <message>
        <source>, brought up to date from schema {revision}</source>
        <translation>, diperbarui dari skema {revision}</translation>
    </message>
    <message>
        <source>; the previous file is kept as {kept}</source>
        <translation>; berkas sebelumnya disimpan sebagai {kept}</translation>
    </message>
    <message>
        <source>; no good backup of it was found in {folder}</source>
        <translation>; tidak ada cadangan yang baik di {folder}</translation>
    </message>
    <message>
        <source>; the newest good backup is {backup} ({when}): restore it with etalase --db &quot;{path}&quot; restore &quot;{backup}&quot;</source>
        <translation>; cadangan baik terbaru adalah {backup} ({when}): pulihkan dengan etalase --db &quot;{path}&quot; restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was restored</source>
        <translation>{path} rusak ({problem}); tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <source>a product code is missing in {text}</source>
        <translation>kode produk tidak ada dalam {text}</translation>
    </message>
    <message>
        <source>copies must be a whole number of at least 1, not {copies} (in {text})</source>
        <translation>jumlah salinan harus bilangan bulat paling kecil 1, bukan {copies} (dalam {text})</translation>
    </message>
    <message>
        <source>the label sheet, e.g. &quot;A4 3x8 70x37&quot; (default: the one chosen last time)</source>
        <translation>lembar label, mis. &quot;A4 3x8 70x37&quot; (bawaan: yang terakhir dipilih)</translation>
    </message>
    <message>
        <source>a label for every product that is not archived, in code order</source>
        <translation>label untuk setiap produk yang tidak diarsipkan, urut menurut kode</translation>
    </message>
    <message>
        <source>a product&apos;s code, with a number of copies (default 1); repeatable</source>
        <translation>kode produk, dengan jumlah salinan (bawaan 1); boleh diulang</translation>
    </message>
    <message>
        <source>the first free position on the sheet, to use a sheet already started</source>
        <translation>posisi kosong pertama pada lembar, untuk memakai lembar yang sudah terpakai sebagian</translation>
    </message>
    <message>
        <source>what the QR codes hold (default: the one chosen last time)</source>
        <translation>isi kode QR (bawaan: yang terakhir dipilih)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>unexpected error ({error}); no log file could be written</source>
        <translation>kesalahan tak terduga ({error}); berkas log tidak dapat ditulis</translation>
    </message>
    <message>
        <source>unexpected error, details in {log}</source>
        <translation>kesalahan tak terduga, rinciannya di {log}</translation>
    </message>
    <message>
        <source>Demo showcase: {categories} categories, {producers} producers, {products} products, {photos} photos</source>
        <translation>Etalase demo: {categories} kategori, {producers} produsen, {products} produk, {photos} foto</translation>
    </message>
    <message>
        <source>add and update products from a CSV or XLSX file, all or nothing</source>
        <translation>tambah dan perbarui produk dari berkas CSV atau XLSX, semua atau tidak sama sekali</translation>
    </message>
    <message>
        <source>only show what would be added and changed; change nothing</source>
        <translation>hanya tampilkan apa yang akan ditambah dan diubah; tidak mengubah apa pun</translation>
    </message>
    <message>
        <source>write products, producers, stock movements or visits to CSV or XLSX</source>
        <translation>tulis produk, produsen, mutasi stok atau kunjungan ke CSV atau XLSX</translation>
    </message>
    <message>
        <source>what to export (default: products)</source>
        <translation>apa yang diekspor (bawaan: products)</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} dan {n} lainnya</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Checking {file}: row {done} of {total}</source>
        <translation>Memeriksa {file}: baris {done} dari {total}</translation>
    </message>
    <message>
        <source>Importing {file}: {done} of {total} products written</source>
        <translation>Mengimpor {file}: {done} dari {total} produk tersimpan</translation>
    </message>
    <message>
        <source>Dry run of {file}: would add {added}, change {changed}, leave {same} unchanged; nothing was changed</source>
        <translation>Uji coba {file}: akan menambah {added}, mengubah {changed}, membiarkan {same} tetap; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {changed} changed, {same} unchanged</source>
        <translation>{file} diimpor: {added} ditambah, {changed} diubah, {same} tetap</translation>
    </message>
    <message>
        <source>New categories: {names}</source>
        <translation>Kategori baru: {names}</translation>
    </message>
    <message>
        <source>New producers: {names}</source>
        <translation>Produsen baru: {names}</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>Kolom yang tidak dibaca: {names}</translation>
    </message>
    <message>
        <source>Backup made before the import: {path}</source>
        <translation>Cadangan dibuat sebelum impor: {path}</translation>
    </message>
    <message>
        <source>{path} does not exist: the import would first make an empty showcase there; the dry run made nothing</source>
        <translation>{path} tidak ada: impor akan lebih dulu membuat etalase kosong di sana; uji coba ini tidak membuat apa pun</translation>
    </message>
    <message>
        <source>{path} did not exist: an empty showcase was made there</source>
        <translation>{path} belum ada: etalase kosong telah dibuat di sana</translation>
    </message>
    <message>
        <source>Exported {count} products to {file}</source>
        <translation>{count} produk diekspor ke {file}</translation>
    </message>
    <message>
        <source>Exported {count} producers to {file}</source>
        <translation>{count} produsen diekspor ke {file}</translation>
    </message>
    <message>
        <source>Exported {count} stock movements to {file}</source>
        <translation>{count} mutasi stok diekspor ke {file}</translation>
    </message>
    <message>
        <source>Exported {count} visit counts to {file}</source>
        <translation>{count} jumlah kunjungan diekspor ke {file}</translation>
    </message>
    <message>
        <source>the language: Indonesian, English or both (default id)</source>
        <translation>bahasa: Indonesia, Inggris, atau keduanya (bawaan id)</translation>
    </message>
    <message>
        <source>only this category (repeatable; default: all)</source>
        <translation>hanya kategori ini (boleh diulang; bawaan: semua)</translation>
    </message>
    <message>
        <source>only featured products</source>
        <translation>hanya produk unggulan</translation>
    </message>
    <message>
        <source>only products in stock</source>
        <translation>hanya produk yang ada stoknya</translation>
    </message>
    <message>
        <source>photo cards, one product per page, or a price list (default cards)</source>
        <translation>kartu foto, satu produk per halaman, atau daftar harga (bawaan cards)</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 produk</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} produk</translation>
    </message>
    <message>
        <source>Catalogue: {products} on {pages} → {file}</source>
        <translation>Katalog: {products} dalam {pages} → {file}</translation>
    </message>
    <message>
        <source>labels needs --all or at least one --code CODE[:COPIES]</source>
        <translation>labels perlu --all atau paling sedikit satu --code CODE[:COPIES]</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 label</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} label</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 halaman</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} halaman</translation>
    </message>
    <message>
        <source>start the kiosk again 5 seconds after a crash (for starting it at login)</source>
        <translation>jalankan lagi kios 5 detik setelah macet (untuk kios yang mulai sendiri saat masuk)</translation>
    </message>
    <message>
        <source>Labels: {labels} on {pages} ({sheet}) → {file}</source>
        <translation>Label: {labels} di {pages} ({sheet}) → {file}</translation>
    </message>
    <message>
        <source>; {count} with text instead of WhatsApp (the producer has no phone)</source>
        <translation>; {count} berisi teks, bukan WhatsApp (produsen tidak punya nomor telepon)</translation>
    </message>
    <message>
        <source>--start {start} is past the end of the sheet {sheet}: it has {count} labels</source>
        <translation>--start {start} melewati akhir lembar {sheet}: lembar itu berisi {count} label</translation>
    </message>
    <message>
        <source>--qr url needs the URL template (such as https://…/{code}), and none is saved: set it in the staff window&apos;s Print labels dialog</source>
        <translation>--qr url perlu templat URL (seperti https://…/{code}), dan belum ada yang tersimpan: atur di dialog Cetak label pada jendela staf</translation>
    </message>
    <message>
        <source>the saved URL template {template} cannot be used: {why}</source>
        <translation>templat URL yang tersimpan {template} tidak dapat dipakai: {why}</translation>
    </message>
    <message>
        <source>there are no products to print labels for</source>
        <translation>tidak ada produk yang bisa dicetak labelnya</translation>
    </message>
    <message>
        <source>--code {code}:{copies}: at most {max} copies</source>
        <translation>--code {code}:{copies}: paling banyak {max} salinan</translation>
    </message>
    <message>
        <source>cannot make the folder {folder}: {why}</source>
        <translation>tidak dapat membuat folder {folder}: {why}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} kosong</translation>
    </message>
    <message>
        <source>{path} is not empty (products: {products}, producers: {producers}, categories: {categories}): a demo goes only into an empty database</source>
        <translation>{path} tidak kosong (produk: {products}, produsen: {producers}, kategori: {categories}): demo hanya dapat diisikan ke basis data yang kosong</translation>
    </message>
    <message>
        <source>{dest} already exists: a backup never overwrites a file</source>
        <translation>{dest} sudah ada: pencadangan tidak pernah menimpa berkas</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>basis data</translation>
    </message>
    <message>
        <source>{path} cannot be changed (no permission)</source>
        <translation>{path} tidak dapat diubah (tidak ada izin)</translation>
    </message>
    <message>
        <source>{path} is in use by another program; close it and try again</source>
        <translation>{path} sedang dipakai program lain; tutup program itu lalu coba lagi</translation>
    </message>
    <message>
        <source>{path} cannot be changed (read-only file or folder)</source>
        <translation>{path} tidak dapat diubah (berkas atau folder hanya-baca)</translation>
    </message>
    <message>
        <source>reading or writing {path} failed (disk error: {detail})</source>
        <translation>gagal membaca atau menulis {path} (kesalahan disk: {detail})</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); restore it from a backup</source>
        <translation>{path} rusak ({detail}); pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>disk tempat {path} berada sudah penuh</translation>
    </message>
    <message>
        <source>cannot open {path} ({detail})</source>
        <translation>tidak dapat membuka {path} ({detail})</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({detail})</source>
        <translation>{path} rusak atau bukan basis data ({detail})</translation>
    </message>
    <message>
        <source>write the center&apos;s report for the province (PDF or XLSX) for a period</source>
        <translation>tulis laporan pusat untuk provinsi (PDF atau XLSX) untuk suatu periode</translation>
    </message>
    <message>
        <source>the first day of the period (default: of the last full month)</source>
        <translation>hari pertama periode (bawaan: dari bulan penuh terakhir)</translation>
    </message>
    <message>
        <source>the last day of the period (default: of the last full month)</source>
        <translation>hari terakhir periode (bawaan: dari bulan penuh terakhir)</translation>
    </message>
    <message>
        <source>the report&apos;s language: id (Indonesian, the default) or en</source>
        <translation>bahasa laporan: id (Indonesia, bawaan) atau en</translation>
    </message>
    <message>
        <source>{count} sheets</source>
        <translation>{count} lembar</translation>
    </message>
    <message>
        <source>Report {start} – {end}: {what} → {file}</source>
        <translation>Laporan {start} – {end}: {what} → {file}</translation>
    </message>
    <message>
        <source>write the showcase as a static website folder (Indonesian and English)</source>
        <translation>tulis etalase sebagai folder situs web statis (bahasa Indonesia dan Inggris)</translation>
    </message>
    <message>
        <source>where the site will be on the internet, such as https://umkm.example/etalase (default: the address saved in the staff window)</source>
        <translation>alamat situs di internet, misalnya https://umkm.example/etalase (bawaan: alamat yang disimpan di jendela petugas)</translation>
    </message>
    <message>
        <source>also write OUTDIR.zip for uploading</source>
        <translation>tulis juga OUTDIR.zip untuk diunggah</translation>
    </message>
    <message>
        <source>--base-url {address}: {why}</source>
        <translation>--base-url {address}: {why}</translation>
    </message>
    <message>
        <source>Website: {products} products, {pages} pages → {folder} ({written} files written, {unchanged} unchanged, {removed} removed)</source>
        <translation>Situs web: {products} produk, {pages} halaman → {folder} ({written} berkas ditulis, {unchanged} tidak berubah, {removed} dihapus)</translation>
    </message>
    <message>
        <source>Address: {url}/</source>
        <translation>Alamat: {url}/</translation>
    </message>
    <message>
        <source>Zip: {path}</source>
        <translation>Zip: {path}</translation>
    </message>
    <message>
        <source>prepare a PostgreSQL server for several PCs: its database, schema and the logins etalase_desk and etalase_kiosk (run again: upgrade the schema)</source>
        <translation>siapkan server PostgreSQL untuk beberapa PC: basis data, skema, dan login etalase_desk dan etalase_kiosk (dijalankan lagi: memperbarui skema)</translation>
    </message>
    <message>
        <source>a superuser&apos;s URL naming the database, e.g. postgresql://postgres@localhost/etalase</source>
        <translation>URL superuser yang menyebut basis datanya, mis. postgresql://postgres@localhost/etalase</translation>
    </message>
    <message>
        <source>the front desks&apos; password (default: a new one, printed once)</source>
        <translation>kata sandi meja depan (bawaan: yang baru, ditampilkan sekali)</translation>
    </message>
    <message>
        <source>the kiosks&apos; password (default: a new one, printed once)</source>
        <translation>kata sandi kios (bawaan: yang baru, ditampilkan sekali)</translation>
    </message>
    <message>
        <source>copy a whole showcase between a file and a server, either way, into a new file or an empty database</source>
        <translation>salin seluruh etalase antara berkas dan server, ke dua arah, ke berkas baru atau basis data kosong</translation>
    </message>
    <message>
        <source>a showcase file or postgresql:// URL</source>
        <translation>berkas etalase atau URL postgresql://</translation>
    </message>
    <message>
        <source>a new file, or the postgresql:// URL of an empty database</source>
        <translation>berkas baru, atau URL postgresql:// sebuah basis data kosong</translation>
    </message>
    <message>
        <source>Prepared the showcase database {name} on {server}.</source>
        <translation>Basis data etalase {name} di {server} sudah disiapkan.</translation>
    </message>
    <message>
        <source>Front-desk PCs</source>
        <translation>PC meja depan</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kios</translation>
    </message>
    <message>
        <source>password: {password}</source>
        <translation>kata sandi: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown only now: keep them. Each PC keeps its own in its pgpass file (or PGPASSWORD). Name the server by its address on the LAN if it is shown here as localhost.</source>
        <translation>Kata sandi hanya ditampilkan sekarang: simpanlah. Setiap PC menyimpan miliknya di berkas pgpass (atau PGPASSWORD). Sebut server dengan alamatnya di LAN bila di sini tertulis localhost.</translation>
    </message>
    <message>
        <source>copied {products} products and {movements} stock movements to {dest}</source>
        <translation>{products} produk dan {movements} mutasi stok disalin ke {dest}</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Someone else</source>
        <translation>Orang lain</translation>
    </message>
    <message>
        <source>this</source>
        <translation>data ini</translation>
    </message>
    <message>
        <source>{who} changed {record} while you were editing it. Nothing was saved.</source>
        <translation>{who} mengubah {record} saat Anda sedang menyuntingnya. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>{who} changed {record} at {time} while you were editing it. Nothing was saved.</source>
        <translation>{who} mengubah {record} pada {time} saat Anda sedang menyuntingnya. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Someone else removed this in the meantime</source>
        <translation>Orang lain telah menghapus data ini sementara itu</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Your edit is still in the form. Keep it to save it over their change, or take their values instead.</source>
        <translation>Suntingan Anda masih ada di formulir. Pertahankan untuk menyimpannya menimpa perubahan mereka, atau ambil nilai mereka.</translation>
    </message>
    <message>
        <source>Keep my edit and save</source>
        <translation>Pertahankan suntingan saya dan simpan</translation>
    </message>
    <message>
        <source>Take their values</source>
        <translation>Ambil nilai mereka</translation>
    </message>
    <message>
        <source>Now saved</source>
        <translation>Tersimpan sekarang</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Suntingan Anda</translation>
    </message>
    <message>
        <source>Their values are the same as your edit.</source>
        <translation>Nilai mereka sama dengan suntingan Anda.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Daily backup made</source>
        <translation>Cadangan harian dibuat</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>Cadangan harian gagal</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {why}</source>
        <translation>Cadangan harian tidak bisa dibuat: {why}</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Etalase — the data file is damaged</source>
        <translation>Etalase — berkas data rusak</translation>
    </message>
    <message>
        <source>The showcase data cannot be opened: the file is damaged.</source>
        <translation>Data etalase tidak bisa dibuka: berkasnya rusak.</translation>
    </message>
    <message>
        <source>File: {path}
What is wrong: {problem}</source>
        <translation>Berkas: {path}
Masalah: {problem}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({reason}, {count} products). Restore it? Changes made after that time are not in it.

The damaged file is not deleted: it is kept beside it, renamed to {aside} (the date and time of the restore).</source>
        <translation>Cadangan baik terbaru dari {when} ({reason}, {count} produk). Pulihkan cadangan ini? Perubahan setelah waktu itu tidak ada di dalamnya.

Berkas yang rusak tidak dihapus: berkas itu disimpan di sebelahnya dengan nama {aside} (tanggal dan jam pemulihan).</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Choose a backup file (from a USB stick, for example), or quit and ask for help. The damaged file is kept.</source>
        <translation>Tidak ada cadangan yang baik di {folder}. Pilih berkas cadangan (misalnya dari flashdisk), atau keluar dan minta bantuan. Berkas yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Pilih cadangan lain…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>the contents of the file are broken</source>
        <translation>isi berkasnya rusak</translation>
    </message>
    <message>
        <source>the file no longer reads as a database</source>
        <translation>berkasnya tidak lagi terbaca sebagai database</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {why}</source>
        <translation>Cadangan ini tidak bisa dipulihkan: {why}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already holds {n} products: a demo goes only into an empty database</source>
        <translation>Basis data sudah berisi {n} produk: demo hanya dapat diisikan ke basis data yang kosong</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cannot save {path}: {why}</source>
        <translation>Tidak dapat menyimpan {path}: {why}</translation>
    </message>
    <message>
        <source>The printer could not be started. Is it switched on and connected?</source>
        <translation>Printer tidak dapat dimulai. Apakah sudah menyala dan tersambung?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Etalase ran into an unexpected problem. Your saved data is safe; the last action may not have finished. Details were written to the log file.</source>
        <translation>Etalase mengalami masalah tak terduga. Data yang sudah disimpan tetap aman; tindakan terakhir mungkin belum selesai. Rinciannya telah ditulis ke berkas log.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>export needs a .csv or .xlsx file name, not {name}</source>
        <translation>ekspor memerlukan nama berkas .csv atau .xlsx, bukan {name}</translation>
    </message>
    <message>
        <source>{path} is a folder: export needs a .csv or .xlsx file name</source>
        <translation>{path} adalah folder: ekspor memerlukan nama berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>tidak dapat menulis {path}: {why}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <source>Kiosk visits</source>
        <translation>Kunjungan kios</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>Teks CSV (.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>Teks CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Pilih tempat menyimpan berkas.</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}</source>
        <translation>{n} baris disimpan ke {path}</translation>
    </message>
    <message>
        <source>Something went wrong; no file was written. The details are in the log file.</source>
        <translation>Terjadi kesalahan; tidak ada berkas yang ditulis. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk holding {folder} is full: free some space or choose another place</source>
        <translation>disk tempat {folder} sudah penuh: kosongkan sebagian ruang atau pilih tempat lain</translation>
    </message>
    <message>
        <source>{path} is too large for the disk holding {folder}: choose another place</source>
        <translation>{path} terlalu besar untuk disk tempat {folder}: pilih tempat lain</translation>
    </message>
    <message>
        <source>{folder} is on a write-protected disk: remove the write protection or choose another place</source>
        <translation>{folder} ada di disk yang dilindungi dari penulisan: matikan perlindungan tulisnya atau pilih tempat lain</translation>
    </message>
    <message>
        <source>no permission to use {path}: choose another place, or ask whoever looks after this PC</source>
        <translation>tidak ada izin untuk memakai {path}: pilih tempat lain, atau minta bantuan orang yang mengurus PC ini</translation>
    </message>
    <message>
        <source>{path} is a loop of symbolic links that leads to no file: name the file itself</source>
        <translation>{path} adalah lingkaran tautan simbolik yang tidak berujung pada berkas: sebutkan berkasnya sendiri</translation>
    </message>
    <message>
        <source>the name {short} is too long: choose a shorter name</source>
        <translation>nama {short} terlalu panjang: pilih nama yang lebih pendek</translation>
    </message>
    <message>
        <source>{path} goes through a file as if it were a folder: check the name</source>
        <translation>{path} melewati sebuah berkas seolah-olah itu folder: periksa namanya</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>folder {parent} tidak ada</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>the disk holding {folder} failed (a read or write error): check the disk or choose another place</source>
        <translation>disk tempat {folder} bermasalah (gagal membaca atau menulis): periksa disknya atau pilih tempat lain</translation>
    </message>
    <message>
        <source>cannot use {path}: {why}</source>
        <translation>tidak dapat memakai {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is not a file but a pipe, a device or a socket: name a file</source>
        <translation>{path} bukan berkas, melainkan pipe, perangkat, atau soket: sebutkan sebuah berkas</translation>
    </message>
    <message>
        <source>{path} is a database (a showcase or a backup of one), not written over: choose another name</source>
        <translation>{path} adalah basis data (etalase atau cadangannya), tidak akan ditimpa: pilih nama lain</translation>
    </message>
    <message>
        <source>{path} is write-protected (the file, its folder or its disk), so Etalase cannot change it; it is not damaged: remove the write protection, or copy the file to a folder that can be written and open it there</source>
        <translation>{path} dilindungi dari penulisan (berkasnya, foldernya, atau disknya), jadi Etalase tidak dapat mengubahnya; berkas itu tidak rusak: matikan perlindungan tulisnya, atau salin berkas ke folder yang bisa ditulisi lalu buka di sana</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search code, name, description or producer…</source>
        <translation>Cari kode, nama, deskripsi atau produsen…</translation>
    </message>
    <message>
        <source>Featured: all</source>
        <translation>Unggulan: semua</translation>
    </message>
    <message>
        <source>Featured only</source>
        <translation>Hanya unggulan</translation>
    </message>
    <message>
        <source>Not featured</source>
        <translation>Bukan unggulan</translation>
    </message>
    <message>
        <source>Kiosk: all</source>
        <translation>Kiosk: semua</translation>
    </message>
    <message>
        <source>Shown on kiosk</source>
        <translation>Tampil di kiosk</translation>
    </message>
    <message>
        <source>Hidden from kiosk</source>
        <translation>Tidak tampil di kiosk</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stok menipis</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Show archived products instead of the active ones</source>
        <translation>Tampilkan produk yang diarsipkan, bukan produk aktif</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Semua produsen</translation>
    </message>
    <message>
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Etalase</source>
        <translation>Selamat datang di Etalase</translation>
    </message>
    <message>
        <source>This is the first start. How should the new showcase begin?</source>
        <translation>Ini pertama kali Etalase dibuka. Etalase baru ini mau dimulai dengan apa?</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Open the demo showcase</source>
        <translation>Buka etalase contoh</translation>
    </message>
    <message>
        <source>Start an empty showcase for this center</source>
        <translation>Mulai etalase kosong untuk pusat ini</translation>
    </message>
    <message>
        <source>{count} flagship products of Lampung to try everything out. Clear them later in one step: Data → Clear demo data…</source>
        <translation>{count} produk unggulan Lampung untuk mencoba semua fitur. Nanti bisa dihapus sekaligus: Data → Hapus data contoh…</translation>
    </message>
    <message>
        <source>No products or producers yet; the usual categories (coffee, spices, snacks, tapis…) are ready.</source>
        <translation>Belum ada produk dan produsen; kategori yang biasa dipakai (kopi, rempah, makanan ringan, tapis…) sudah disiapkan.</translation>
    </message>
    <message>
        <source>Name of the center</source>
        <translation>Nama pusat</translation>
    </message>
    <message>
        <source>Shown on the kiosk and on catalogue covers; it can be changed in Kiosk settings.</source>
        <translation>Tampil di kios dan di sampul katalog; bisa diubah di Pengaturan kios.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Preparing the showcase…</source>
        <translation>Menyiapkan etalase…</translation>
    </message>
    <message>
        <source>The showcase could not be made because of an unexpected problem; details were written to the log file. Nothing was saved.</source>
        <translation>Etalase tidak dapat dibuat karena masalah tak terduga; rinciannya dicatat di berkas log. Tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Guide — Etalase</source>
        <translation>Panduan — Etalase</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 product</source>
        <translation>1 produk</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} produk</translation>
    </message>
    <message>
        <source>Welcome! Discover Lampung&apos;s flagship products</source>
        <translation>Selamat datang! Temukan produk unggulan Lampung</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Regencies and cities of Lampung</source>
        <translation>Kabupaten dan kota di Lampung</translation>
    </message>
    <message>
        <source>Featured products</source>
        <translation>Produk unggulan</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: no column for the product name (nama or name). Columns found: {found}. Columns the import reads: {expected}</source>
        <translation>{name}: tidak ada kolom nama produk (nama atau name). Kolom yang ada: {found}. Kolom yang dibaca impor: {expected}</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no (write ya/yes or tidak/no)</source>
        <translation>“{text}” bukan ya atau tidak (tulis ya/yes atau tidak/no)</translation>
    </message>
    <message>
        <source>{name}: only .csv and .xlsx files can be imported</source>
        <translation>{name}: hanya berkas .csv dan .xlsx yang bisa diimpor</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>tidak bisa membaca {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} adalah folder</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a file to import may be at most {limit} MB</source>
        <translation>{name} berukuran {size} MB; berkas impor paling besar {limit} MB</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} kosong</translation>
    </message>
    <message>
        <source>{name} is protected by a password: open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password), save, and import again</source>
        <translation>{name} dilindungi kata sandi: buka di Excel, hapus kata sandinya (File, Info, Protect Workbook, Encrypt with Password), simpan, lalu impor lagi</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods): save it as .xlsx (in LibreOffice: File, Save As, Excel 2007-365) and import that</source>
        <translation>{name} adalah lembar kerja OpenDocument (.ods): simpan sebagai .xlsx (di LibreOffice: File, Save As, Excel 2007-365) lalu impor berkas itu</translation>
    </message>
    <message>
        <source>{name} is an Apple Numbers file: export it as Excel (File, Export To, Excel) and import that</source>
        <translation>{name} adalah berkas Apple Numbers: ekspor sebagai Excel (File, Export To, Excel) lalu impor berkas itu</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook, not a CSV text file: rename it to .xlsx</source>
        <translation>{name} adalah buku kerja Excel, bukan teks CSV: ganti namanya menjadi .xlsx</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV): it holds binary data. Save it as CSV or XLSX</source>
        <translation>{name} bukan berkas teks (CSV): isinya data biner. Simpan sebagai CSV atau XLSX</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {column}: a quote opens the cell and is never closed, so every row after it would be read into this one cell: remove the quote or close it, and import again</source>
        <translation>{name}, baris {row}, kolom {column}: tanda kutip membuka sel ini dan tidak pernah ditutup, sehingga semua baris sesudahnya akan terbaca masuk ke sel ini: hapus tanda kutip itu atau tutup, lalu impor lagi</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {column}: the quoted cell takes in the line breaks and separators of the rows after it: a quote is missing or one too many there; fix it and import again</source>
        <translation>{name}, baris {row}, kolom {column}: sel bertanda kutip ini menelan ganti baris dan pemisah dari baris-baris sesudahnya: ada tanda kutip yang kurang atau kelebihan di sana; perbaiki lalu impor lagi</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines, more than a spreadsheet has rows: the file is damaged or not a product list</source>
        <translation>{name} berisi lebih dari {limit} baris, melebihi jumlah baris lembar kerja: berkas ini rusak atau bukan daftar produk</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {column}: holds a NUL character, which text never does: the file is damaged; save it again from the spreadsheet and import again</source>
        <translation>{name}, baris {row}, kolom {column}: berisi karakter NUL, yang tidak pernah ada dalam teks: berkas ini rusak; simpan lagi dari program lembar kerja lalu impor lagi</translation>
    </message>
    <message>
        <source>{name}, row {row}: a line longer than {limit} MB, more than any product row: the file is damaged or not a product list</source>
        <translation>{name}, baris {row}: satu baris lebih dari {limit} MB, melebihi baris produk mana pun: berkas ini rusak atau bukan daftar produk</translation>
    </message>
    <message>
        <source>{name}, row {row}: cannot be read as CSV ({why})</source>
        <translation>{name}, baris {row}: tidak bisa dibaca sebagai CSV ({why})</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls): save it as .xlsx or CSV first</source>
        <translation>{name} adalah berkas Excel lama (.xls): simpan dulu sebagai .xlsx atau CSV</translation>
    </message>
    <message>
        <source>{name} is a web page (HTML) with an .xlsx ending, not an Excel workbook: open it in Excel, save it as Excel Workbook (.xlsx), and import that</source>
        <translation>{name} adalah halaman web (HTML) berakhiran .xlsx, bukan buku kerja Excel: buka di Excel, simpan sebagai Excel Workbook (.xlsx), lalu impor berkas itu</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) but text (CSV): rename it to {csv} and import that</source>
        <translation>{name} bukan buku kerja Excel (.xlsx) melainkan teks (CSV): ganti namanya menjadi {csv} lalu impor berkas itu</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx)</source>
        <translation>{name} bukan buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB, more than a product list of 100.000 rows can take: it is damaged or made to overload the program; save the product sheet on its own and import that</source>
        <translation>{name} terurai menjadi lebih dari {limit} MB, melebihi daftar produk 100.000 baris: berkas ini rusak atau dibuat untuk membebani program; simpan lembar produknya saja lalu impor berkas itu</translation>
    </message>
    <message>
        <source>{name} is damaged or not an Excel workbook ({why})</source>
        <translation>{name} rusak atau bukan buku kerja Excel ({why})</translation>
    </message>
    <message>
        <source>a part larger than it says</source>
        <translation>ada bagian yang lebih besar dari ukuran yang tercatat</translation>
    </message>
    <message>
        <source>more than {n} parts</source>
        <translation>lebih dari {n} bagian</translation>
    </message>
    <message>
        <source>{part} is missing</source>
        <translation>{part} tidak ada</translation>
    </message>
    <message>
        <source>{part} is too long</source>
        <translation>{part} terlalu panjang</translation>
    </message>
    <message>
        <source>a text without end</source>
        <translation>ada teks tanpa akhir</translation>
    </message>
    <message>
        <source>too many merged cells</source>
        <translation>terlalu banyak sel gabungan</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {column}</source>
        <translation>{name}, baris {row}, kolom {column}</translation>
    </message>
    <message>
        <source>a formula</source>
        <translation>sebuah rumus</translation>
    </message>
    <message>
        <source>{where}: {formula} and {more} more formulas have no calculated value: open the file in Excel or LibreOffice, save it, and import again</source>
        <translation>{where}: {formula} dan {more} rumus lain tidak punya nilai hasil hitungan: buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi</translation>
    </message>
    <message>
        <source>{where}: {formula} has no calculated value: open the file in Excel or LibreOffice, save it, and import again</source>
        <translation>{where}: {formula} tidak punya nilai hasil hitungan: buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi</translation>
    </message>
    <message>
        <source>merged cells overlap</source>
        <translation>sel gabungan saling tumpang tindih</translation>
    </message>
    <message>
        <source>{name}: the products are on sheet “{sheet}”, which is hidden so that Excel&apos;s Unhide does not list it: copy its rows into a visible sheet, save, and import again</source>
        <translation>{name}: produknya ada di lembar “{sheet}”, yang disembunyikan sehingga tidak muncul di Unhide Excel: salin barisnya ke lembar yang terlihat, simpan, lalu impor lagi</translation>
    </message>
    <message>
        <source>{name}: the products are on sheet “{sheet}”, which is hidden: right-click a sheet tab and choose Unhide (LibreOffice: Sheet, Show Sheet), save, and import again</source>
        <translation>{name}: produknya ada di lembar “{sheet}”, yang disembunyikan: klik kanan tab lembar lalu pilih Unhide (LibreOffice: Sheet, Show Sheet), simpan, lalu impor lagi</translation>
    </message>
    <message>
        <source>{name} holds no sheets</source>
        <translation>{name} tidak berisi lembar kerja</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows: split it into smaller files</source>
        <translation>{name} berisi lebih dari {limit} baris: pecah menjadi beberapa berkas</translation>
    </message>
    <message>
        <source>{name} has more than {limit} filled cells: delete the columns the import does not use, or split it into smaller files</source>
        <translation>{name} berisi lebih dari {limit} sel terisi: hapus kolom yang tidak dipakai impor, atau pecah menjadi beberapa berkas yang lebih kecil</translation>
    </message>
    <message>
        <source>{name} holds no data</source>
        <translation>{name} tidak berisi data</translation>
    </message>
    <message>
        <source>{name} holds only a header row, no products</source>
        <translation>{name} hanya berisi baris judul kolom, tanpa produk</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Baris {row}, kolom {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Baris {row}: {reason}</translation>
    </message>
    <message>
        <source>A new product needs a price: write it, or 0 for “price on request”</source>
        <translation>Produk baru perlu harga: tuliskan, atau 0 untuk “harga atas permintaan”</translation>
    </message>
    <message>
        <source>A new product needs a price: add a price column (harga), with 0 for “price on request”</source>
        <translation>Produk baru perlu harga: tambahkan kolom harga, dengan 0 untuk “harga atas permintaan”</translation>
    </message>
    <message>
        <source>Code {code} is also in row {row}</source>
        <translation>Kode {code} juga ada di baris {row}</translation>
    </message>
    <message>
        <source>“{name}” is a totals row, not a product: delete the row from the file</source>
        <translation>“{name}” adalah baris jumlah, bukan produk: hapus baris itu dari berkas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nama Inggris</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>Deskripsi Inggris</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Unggulan</translation>
    </message>
    <message>
        <source>On the kiosk</source>
        <translation>Tampil di kios</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Export markets</source>
        <translation>Pasar ekspor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>means the same as column {first}: keep only one</source>
        <translation>sama artinya dengan kolom {first}: simpan salah satu saja</translation>
    </message>
    <message>
        <source>Row {row}: {code} is archived; it is updated and stays archived</source>
        <translation>Baris {row}: {code} sudah diarsipkan; datanya diperbarui dan tetap di arsip</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already in the showcase as {code}; this row adds another one (write the code {code} in the file to update it instead)</source>
        <translation>Baris {row}: {name} sudah ada di etalase dengan kode {code}; baris ini menambah satu lagi (tulis kode {code} di berkas untuk memperbaruinya)</translation>
    </message>
    <message>
        <source>Row {row}: {producer} stays in {stored}, not {given}; change producers in Data → Producers</source>
        <translation>Baris {row}: {producer} tetap di {stored}, bukan {given}; ubah produsen di Data → Produsen</translation>
    </message>
    <message>
        <source>Row {row}: the phone of {producer} stays {stored}; change producers in Data → Producers</source>
        <translation>Baris {row}: telepon {producer} tetap {stored}; ubah produsen di Data → Produsen</translation>
    </message>
    <message>
        <source>{producer} was given {value} in row {row}</source>
        <translation>{producer} sudah diberi {value} di baris {row}</translation>
    </message>
    <message>
        <source>{producer} is a new producer and needs its kabupaten/kota: add a kabupaten column</source>
        <translation>{producer} adalah produsen baru dan perlu kabupaten/kota: tambahkan kolom kabupaten</translation>
    </message>
    <message>
        <source>{producer} is a new producer and needs its kabupaten/kota</source>
        <translation>{producer} adalah produsen baru dan perlu kabupaten/kota</translation>
    </message>
    <message>
        <source>{added} to add, {changed} to change, {same} unchanged</source>
        <translation>{added} ditambah, {changed} diubah, {same} tetap</translation>
    </message>
    <message>
        <source>{file} has {n} problem: nothing was imported</source>
        <translation>{file} punya {n} masalah: tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>{file} has {n} problems: nothing was imported</source>
        <translation>{file} punya {n} masalah: tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Stock count from the import of {file}</source>
        <translation>Hitung stok dari impor {file}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import products</source>
        <translation>Impor produk</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file with products.</source>
        <translation>Pilih berkas CSV atau Excel (.xlsx) berisi produk.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Show only new and changed products</source>
        <translation>Tampilkan hanya produk baru dan yang berubah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading and checking {name}…</source>
        <translation>Membaca dan memeriksa {name}…</translation>
    </message>
    <message>
        <source>{n} problems in {file}: nothing can be imported until they are fixed</source>
        <translation>{n} masalah di {file}: tidak ada yang bisa diimpor sebelum diperbaiki</translation>
    </message>
    <message>
        <source>1 problem in {file}: nothing can be imported until it is fixed</source>
        <translation>1 masalah di {file}: tidak ada yang bisa diimpor sebelum diperbaiki</translation>
    </message>
    <message>
        <source>{added} new, {changed} changed, {same} unchanged</source>
        <translation>{added} baru, {changed} berubah, {same} tetap</translation>
    </message>
    <message>
        <source>Nothing to import: every product is as in the file.</source>
        <translation>Tidak ada yang perlu diimpor: semua produk sudah sama dengan berkas.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} dan {n} lainnya</translation>
    </message>
    <message>
        <source>New categories: {names}</source>
        <translation>Kategori baru: {names}</translation>
    </message>
    <message>
        <source>New producers: {names}</source>
        <translation>Produsen baru: {names}</translation>
    </message>
    <message>
        <source>Columns not read: {names}</source>
        <translation>Kolom yang tidak dibaca: {names}</translation>
    </message>
    <message>
        <source>… and {n} more notes</source>
        <translation>… dan {n} catatan lainnya</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <source>Imported: {added} new, {changed} changed, {same} unchanged</source>
        <translation>Selesai diimpor: {added} baru, {changed} berubah, {same} tetap</translation>
    </message>
    <message>
        <source>Done. A backup was made first: {path}</source>
        <translation>Selesai. Cadangan sudah dibuat lebih dulu: {path}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. The details are in the log file.</source>
        <translation>Terjadi kesalahan; tidak ada yang diubah. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>must be a whole number of seconds from {low} to {high}</source>
        <translation>harus bilangan bulat detik dari {low} sampai {high}</translation>
    </message>
    <message>
        <source>The center&apos;s name is required</source>
        <translation>Nama pusat wajib diisi</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters)</source>
        <translation>Nama terlalu panjang (paling banyak {n} karakter)</translation>
    </message>
    <message>
        <source>Choose what the QR code holds</source>
        <translation>Pilih isi kode QR</translation>
    </message>
    <message>
        <source>A web address needs the address template (such as https://…/{code}): set it in the Print labels dialog first</source>
        <translation>Alamat web memerlukan templat alamat (seperti https://…/{code}): atur dulu di dialog Cetak label</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Pengaturan kios</translation>
    </message>
    <message>
        <source>Center&apos;s name</source>
        <translation>Nama pusat</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>After this long without a touch, the kiosk goes back to its attract screen</source>
        <translation>Setelah selama ini tanpa sentuhan, kios kembali ke layar sambutan</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>Waktu diam</translation>
    </message>
    <message>
        <source>WhatsApp chat with the producer</source>
        <translation>Obrolan WhatsApp dengan produsen</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Kode produk</translation>
    </message>
    <message>
        <source>Web address (from the labels&apos; template)</source>
        <translation>Alamat web (dari templat label)</translation>
    </message>
    <message>
        <source>Text: name, price, producer, phone</source>
        <translation>Teks: nama, harga, produsen, telepon</translation>
    </message>
    <message>
        <source>QR code holds</source>
        <translation>Isi kode QR</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Atur PIN…</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Hapus PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>All featured products</source>
        <translation>Semua produk unggulan</translation>
    </message>
    <message>
        <source>Only the products ticked below</source>
        <translation>Hanya produk yang dicentang di bawah</translation>
    </message>
    <message>
        <source>no photo: not shown on the attract screen</source>
        <translation>tanpa foto: tidak tampil di layar sambutan</translation>
    </message>
    <message>
        <source>Categories shown on the kiosk</source>
        <translation>Kategori yang tampil di kios</translation>
    </message>
    <message>
        <source>Attract screen (when nobody uses the kiosk)</source>
        <translation>Layar sambutan (saat kios tidak dipakai)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Simpan PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A PIN is set: staff need it to leave the kiosk.</source>
        <translation>PIN sudah diatur: staf memerlukannya untuk keluar dari kios.</translation>
    </message>
    <message>
        <source>No PIN: anyone can leave the kiosk.</source>
        <translation>Tanpa PIN: siapa pun dapat keluar dari kios.</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Ubah PIN…</translation>
    </message>
    <message>
        <source>The two PINs are not the same</source>
        <translation>Kedua PIN tidak sama</translation>
    </message>
    <message>
        <source>The PIN is saved.</source>
        <translation>PIN tersimpan.</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>PIN dihapus.</translation>
    </message>
    <message>
        <source>No logo yet</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Logo tersimpan.</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>Pilih logo pusat</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Hidden from the kiosk: 1 product</source>
        <translation>Disembunyikan dari kios: 1 produk</translation>
    </message>
    <message>
        <source>Hidden from the kiosk: {count} products</source>
        <translation>Disembunyikan dari kios: {count} produk</translation>
    </message>
    <message>
        <source> ({own} by the product&apos;s own setting, {category} with its category)</source>
        <translation> ({own} oleh pengaturan produknya sendiri, {category} bersama kategorinya)</translation>
    </message>
    <message>
        <source>another choice of products</source>
        <translation>pilihan produk yang lain</translation>
    </message>
    <message>
        <source>{setting} is now: {value}. Save again to keep yours.</source>
        <translation>{setting} sekarang: {value}. Simpan lagi untuk mempertahankan milik Anda.</translation>
    </message>
    <message>
        <source>Tick at least one product, or choose all featured products</source>
        <translation>Centang paling sedikit satu produk, atau pilih semua produk unggulan</translation>
    </message>
</context>
<context>
    <name>KioskStats</name>
    <message>
        <source>(deleted, id {id})</source>
        <translation>(dihapus, id {id})</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>tidak dapat menulis {path}: {why}</translation>
    </message>
</context>
<context>
    <name>KioskStatsDialog</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>Statistik pengunjung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Jumlah total</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Total openings: {count} ({since} – {until})</source>
        <translation>Jumlah dibuka: {count} ({since} – {until})</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Diekspor ke {file}</translation>
    </message>
    <message>
        <source>Export visitor statistics</source>
        <translation>Ekspor statistik pengunjung</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>KioskTableModel</name>
    <message>
        <source>Kiosk</source>
        <translation>Kios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Salinan lokal</translation>
    </message>
</context>
<context>
    <name>Kiosks</name>
    <message>
        <source>{n} s ago</source>
        <translation>{n} dtk lalu</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} mnt lalu</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} jam lalu</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} hari lalu</translation>
    </message>
    <message>
        <source>online</source>
        <translation>daring</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <source>no copy yet</source>
        <translation>belum ada salinan</translation>
    </message>
    <message>
        <source>{name}  {status} since {since}  last seen {seen}  Etalase {version}  copy {copy}</source>
        <translation>{name}  {status} sejak {since}  terakhir terlihat {seen}  Etalase {version}  salinan {copy}</translation>
    </message>
</context>
<context>
    <name>KiosksDialog</name>
    <message>
        <source>Kiosks</source>
        <translation>Kios</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No kiosk has reported itself yet. Kiosks on other PCs report themselves when they run on this showcase&apos;s server.</source>
        <translation>Belum ada kios yang melapor. Kios di PC lain melapor sendiri saat berjalan di server etalase ini.</translation>
    </message>
    <message>
        <source>{online} of {total} kiosks online</source>
        <translation>{online} dari {total} kios daring</translation>
    </message>
</context>
<context>
    <name>LabelJobForm</name>
    <message>
        <source>Edit sheets…</source>
        <translation>Ubah lembar…</translation>
    </message>
    <message>
        <source>Add a custom sheet measured from a real one, or look at the built-in ones</source>
        <translation>Tambah lembar sendiri yang diukur dari lembar asli, atau lihat lembar bawaan</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>How many labels of each product</source>
        <translation>Berapa label untuk setiap produk</translation>
    </message>
    <message>
        <source>Copies per product</source>
        <translation>Salinan per produk</translation>
    </message>
    <message>
        <source>Click the first free label of your sheet</source>
        <translation>Klik label kosong pertama di lembar Anda</translation>
    </message>
    <message>
        <source>First free position</source>
        <translation>Posisi kosong pertama</translation>
    </message>
    <message>
        <source>WhatsApp to the producer</source>
        <translation>WhatsApp ke produsen</translation>
    </message>
    <message>
        <source>Opens a chat with the producer, naming the product code</source>
        <translation>Membuka obrolan dengan produsen, menyebut kode produk</translation>
    </message>
    <message>
        <source>Product code (for the scanner)</source>
        <translation>Kode produk (untuk pemindai)</translation>
    </message>
    <message>
        <source>Only the code: scanned into the staff window&apos;s search, it finds the product</source>
        <translation>Hanya kode: dipindai ke kolom cari jendela staf, produknya langsung ditemukan</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>A page of the center or a marketplace, made from the address below</source>
        <translation>Halaman pusat atau marketplace, dibuat dari alamat di bawah</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Name, price, producer and phone: a phone shows it without internet</source>
        <translation>Nama, harga, produsen, dan telepon: tampil di ponsel tanpa internet</translation>
    </message>
    <message>
        <source>QR code holds</source>
        <translation>Isi kode QR</translation>
    </message>
    <message>
        <source>{code} is replaced by each product&apos;s code</source>
        <translation>{code} diganti dengan kode setiap produk</translation>
    </message>
    <message>
        <source>Print the center&apos;s logo</source>
        <translation>Cetak logo pusat</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>A picture file of the center&apos;s logo (PNG, JPEG …)</source>
        <translation>Berkas gambar logo pusat (PNG, JPEG …)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Right (+) or left (−)</source>
        <translation>Ke kanan (+) atau ke kiri (−)</translation>
    </message>
    <message>
        <source>Down (+) or up (−)</source>
        <translation>Ke bawah (+) atau ke atas (−)</translation>
    </message>
    <message>
        <source>Moves everything this printer prints, to match its paper feed: print a test page, hold it against a sheet and measure. Saved PDFs are not moved.</source>
        <translation>Menggeser semua yang dicetak printer ini agar pas dengan tarikan kertasnya: cetak halaman uji, tempelkan ke lembar label, lalu ukur. PDF yang disimpan tidak digeser.</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>Geser printer</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>Tidak ada printer</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo first</source>
        <translation>Pilih logo pusat terlebih dahulu</translation>
    </message>
    <message>
        <source>{labels} on {pages}</source>
        <translation>{labels} di {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) have no phone: their labels show text</source>
        <translation>
            <numerusform>%Ln produsen tidak punya telepon: labelnya berisi teks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) have no producer: their labels show text</source>
        <translation>
            <numerusform>%Ln produk tidak punya produsen: labelnya berisi teks</numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 1 to {max}</source>
        <translation>harus 1 sampai {max}</translation>
    </message>
    <message>
        <source>A roll: every label is printed on its own.</source>
        <translation>Gulungan: setiap label dicetak sendiri.</translation>
    </message>
    <message>
        <source>1 to {n} on this sheet. Click the first free label on the drawing.</source>
        <translation>1 sampai {n} di lembar ini. Klik label kosong pertama pada gambar.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>the first free position must be from 1 to {count} on {sheet}, not {start}</source>
        <translation>posisi kosong pertama harus 1 sampai {count} pada {sheet}, bukan {start}</translation>
    </message>
    <message>
        <source>must be from 1 to {max} ({wrong})</source>
        <translation>harus 1 sampai {max} ({wrong})</translation>
    </message>
    <message>
        <source>no products are chosen: there is nothing to print</source>
        <translation>belum ada produk yang dipilih: tidak ada yang bisa dicetak</translation>
    </message>
    <message>
        <source>the QR code for {code} ({name}) does not fit a label of {sheet}: its modules would be {module} mm, and at least {least} mm are needed to scan it; choose a larger sheet or a shorter QR content (the product code)</source>
        <translation>kode QR untuk {code} ({name}) tidak muat di label {sheet}: modulnya hanya {module} mm, padahal perlu paling kecil {least} mm agar bisa dipindai; pilih lembar yang lebih besar atau isi QR yang lebih pendek (kode produk)</translation>
    </message>
    <message>
        <source>labels need a .pdf file name, not {name}</source>
        <translation>label perlu nama berkas .pdf, bukan {name}</translation>
    </message>
    <message>
        <source>{path} is a folder: labels need a .pdf file name</source>
        <translation>{path} adalah folder: label perlu nama berkas .pdf</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>tidak dapat menulis {path}: {why}</translation>
    </message>
    <message>
        <source>the logo is not an image that can be printed</source>
        <translation>logo bukan gambar yang dapat dicetak</translation>
    </message>
    <message>
        <source>Shelf labels</source>
        <translation>Label rak</translation>
    </message>
    <message>
        <source>Label test page</source>
        <translation>Halaman uji label</translation>
    </message>
    <message>
        <source>{sheet}, printer offset {dx} / {dy} mm</source>
        <translation>{sheet}, geser printer {dx} / {dy} mm</translation>
    </message>
    <message>
        <source>The product no longer exists (id {ids})</source>
        <translation>Produk sudah tidak ada (id {ids})</translation>
    </message>
    <message>
        <source>No product has the code {code}</source>
        <translation>Tidak ada produk dengan kode {code}</translation>
    </message>
    <message>
        <source>No products have the codes {codes}</source>
        <translation>Tidak ada produk dengan kode {codes}</translation>
    </message>
    <message>
        <source>is empty; enter an address such as https://…/{code}</source>
        <translation>kosong; isi alamat seperti https://…/{code}</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>harus diawali http:// atau https://</translation>
    </message>
    <message>
        <source>cannot contain spaces</source>
        <translation>tidak boleh berisi spasi</translation>
    </message>
    <message>
        <source>may hold only the placeholder {code}</source>
        <translation>hanya boleh berisi penanda {code}</translation>
    </message>
    <message>
        <source>must hold the placeholder {code}</source>
        <translation>harus berisi penanda {code}</translation>
    </message>
    <message>
        <source>is empty; enter an address such as https://…</source>
        <translation>kosong; isi alamat seperti https://…</translation>
    </message>
    <message>
        <source>cannot contain { } ? # or quotes</source>
        <translation>tidak boleh berisi { } ? # atau tanda kutip</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>Halaman &amp;uji…</translation>
    </message>
    <message>
        <source>Only the outlines of the labels: hold it against a real sheet</source>
        <translation>Hanya garis tepi label: tempelkan ke lembar label asli</translation>
    </message>
    <message>
        <source>Print test page…</source>
        <translation>Cetak halaman uji…</translation>
    </message>
    <message>
        <source>Save test page as PDF…</source>
        <translation>Simpan halaman uji sebagai PDF…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>Labels for all %n product(s) in the list</source>
        <translation>
            <numerusform>Label untuk semua %Ln produk di daftar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labels for %n selected product(s)</source>
        <translation>
            <numerusform>Label untuk %Ln produk terpilih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>The logo is saved and printed on the labels.</source>
        <translation>Logo disimpan dan dicetak pada label.</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>Pilih logo pusat</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no products to print labels for.</source>
        <translation>Tidak ada produk untuk dicetak labelnya.</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Tidak ada label</translation>
    </message>
    <message>
        <source>No preview: see the message on the left.</source>
        <translation>Tidak ada pratinjau: lihat pesan di sebelah kiri.</translation>
    </message>
    <message>
        <source>the first {shown} of {total} pages</source>
        <translation>{shown} halaman pertama dari {total}</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Simpan label sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {labels} to {path}</source>
        <translation>{labels} disimpan ke {path}</translation>
    </message>
    <message>
        <source>Etalase labels</source>
        <translation>Label Etalase</translation>
    </message>
    <message>
        <source>The printer could not be started. Is it switched on and connected?</source>
        <translation>Printer tidak dapat dimulai. Apakah sudah menyala dan tersambung?</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln halaman dikirim ke printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>test-page.pdf</source>
        <translation>halaman-uji.pdf</translation>
    </message>
    <message>
        <source>Saved the test page to {path}</source>
        <translation>Halaman uji disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Etalase — sign in</source>
        <translation>Etalase — masuk</translation>
    </message>
    <message>
        <source>Etalase — switch user</source>
        <translation>Etalase — ganti petugas</translation>
    </message>
    <message>
        <source>Quit Etalase</source>
        <translation>Keluar dari Etalase</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Siapa yang bertugas?</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Pilih nama Anda lalu ketik PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Buat admin pertama</translation>
    </message>
    <message>
        <source>Nobody has an account yet. The first account is an administrator: it adds the other staff and manages the kiosk and the settings. Everyone signs in with a PIN of 4 to 8 digits.</source>
        <translation>Belum ada akun. Akun pertama adalah admin: admin menambah petugas lain serta mengatur kios dan pengaturan. Setiap orang masuk dengan PIN 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Buat dan masuk</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Pilih nama Anda dulu.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Ketik PIN Anda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Etalase — UMKM Center Bakauheni</source>
        <translation>Etalase — UMKM Center Bakauheni</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>Produk &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <source>&amp;Stock…</source>
        <translation>&amp;Stok…</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>Cetak &amp;label…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>&amp;Producers…</source>
        <translation>&amp;Produsen…</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Kategori…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Kiosks…</source>
        <translation>&amp;Daftar kios…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Impor produk…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Laporan…</translation>
    </message>
    <message>
        <source>The center&apos;s report for the province (PDF or XLSX)</source>
        <translation>Laporan pusat untuk provinsi (PDF atau XLSX)</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produk</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>C&amp;lear demo data…</source>
        <translation>&amp;Hapus data contoh…</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kios</translation>
    </message>
    <message>
        <source>Kiosk &amp;settings…</source>
        <translation>&amp;Pengaturan kios…</translation>
    </message>
    <message>
        <source>&amp;Visitor statistics…</source>
        <translation>&amp;Statistik pengunjung…</translation>
    </message>
    <message>
        <source>Start &amp;kiosk</source>
        <translation>&amp;Jalankan kios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;About Etalase</source>
        <translation>&amp;Tentang Etalase</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln produk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n product(s) low on stock</source>
        <translation>
            <numerusform>⚠ %Ln produk stoknya menipis</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Arsipkan produk</translation>
    </message>
    <message>
        <source>Archive {code} {name}? It leaves the list and the kiosk; its history is kept and it can be restored from the archived list.</source>
        <translation>Arsipkan {code} {name}? Produk ini akan hilang dari daftar dan kiosk; riwayatnya tetap disimpan dan produk dapat dipulihkan dari daftar arsip.</translation>
    </message>
    <message>
        <source>{code} archived</source>
        <translation>{code} diarsipkan</translation>
    </message>
    <message>
        <source>{code} restored</source>
        <translation>{code} dipulihkan</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>There are no products in the list to print labels for.</source>
        <translation>Tidak ada produk di daftar untuk dicetak labelnya.</translation>
    </message>
    <message>
        <source>The kiosk is starting…</source>
        <translation>Kios sedang dimulai…</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <translation>Jalankan kios</translation>
    </message>
    <message>
        <source>The kiosk could not be started.</source>
        <translation>Kios tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan berhasil dibuat</translation>
    </message>
    <message>
        <source>The showcase was backed up to:
{path}</source>
        <translation>Data etalase telah dicadangkan ke:
{path}</translation>
    </message>
    <message>
        <source>About Etalase</source>
        <translation>Tentang Etalase</translation>
    </message>
    <message>
        <source>Etalase {version}
The showcase program of the UMKM Center, Bakauheni Harbour City, Lampung.

Database: {path}</source>
        <translation>Etalase {version}
Program etalase UMKM Center, Bakauheni Harbour City, Lampung.

Basis data: {path}</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Pe&amp;ngaturan</translation>
    </message>
    <message>
        <source>Publish &amp;website…</source>
        <translation>Terbitkan situs &amp;web…</translation>
    </message>
</context>
<context>
    <name>MovementTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>Stok sesudah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
</context>
<context>
    <name>NewShowcase</name>
    <message>
        <source>The center&apos;s name is required</source>
        <translation>Nama pusat wajib diisi</translation>
    </message>
    <message>
        <source>The name is too long: {n} characters, at most {max}</source>
        <translation>Nama terlalu panjang: {n} karakter, paling banyak {max}</translation>
    </message>
    <message>
        <source>cannot make the folder {folder}: {why}</source>
        <translation>folder {folder} tidak dapat dibuat: {why}</translation>
    </message>
    <message>
        <source>{path} was made meanwhile (by the kiosk or another Etalase); start Etalase again to open it</source>
        <translation>{path} baru saja dibuat (oleh kios atau Etalase lain); buka Etalase lagi untuk memakainya</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>spasi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Hapus huruf terakhir</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the server</source>
        <translation>Kata sandi server</translation>
    </message>
    <message>
        <source>Etalase connects to the showcase {db} on the server {server} as {user}.</source>
        <translation>Etalase tersambung ke etalase {db} di server {server} sebagai {user}.</translation>
    </message>
    <message>
        <source>this PC&apos;s user</source>
        <translation>pengguna PC ini</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Remember the password on this PC (pgpass file)</source>
        <translation>Ingat kata sandi di PC ini (berkas pgpass)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Halaman sebelumnya (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Halaman berikutnya (Page Down)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Halaman {page} dari {count}</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>Main photo</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <source>Photo {n}</source>
        <translation>Foto {n}</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
</context>
<context>
    <name>PhotoListView</name>
    <message>
        <source>No photos yet.
Drag photo files here from the file manager, or use Add photos. The first photo is the main photo.</source>
        <translation>Belum ada foto.
Seret berkas foto ke sini dari pengelola berkas, atau gunakan Tambah foto. Foto pertama menjadi foto utama.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drag photo files here to add them. The first photo is the main photo.</source>
        <translation>Seret berkas foto ke sini untuk menambahkannya. Foto pertama menjadi foto utama.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Geser ke kiri</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Geser ke kanan</translation>
    </message>
    <message>
        <source>Set as main</source>
        <translation>Jadikan foto utama</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a photo</source>
        <translation>{file}: ini folder, bukan foto</translation>
    </message>
    <message>
        <source>Photos not added</source>
        <translation>Foto tidak ditambahkan</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added as photos:</source>
        <translation>
            <numerusform>%Ln berkas tidak dapat ditambahkan sebagai foto:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Gambar ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>{name} is {size} MB, too large for a photo (at most {limit} MB). Make it smaller or choose another photo.</source>
        <translation>{name} berukuran {size} MB, terlalu besar untuk foto (maksimal {limit} MB). Perkecil ukurannya atau pilih foto lain.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), so it holds no picture. Copy the photo again.</source>
        <translation>{name} kosong (0 byte), jadi tidak berisi gambar. Salin ulang fotonya.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a picture.</source>
        <translation>{name} adalah folder, bukan gambar.</translation>
    </message>
    <message>
        <source>{name} cannot be found. It may have been moved, renamed or deleted.</source>
        <translation>{name} tidak ditemukan. Mungkin sudah dipindahkan, diganti namanya, atau dihapus.</translation>
    </message>
    <message>
        <source>Etalase is not allowed to open {name}. Copy the photo to another folder first.</source>
        <translation>Etalase tidak diizinkan membuka {name}. Salin dulu fotonya ke folder lain.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}). Copy the photo to this computer first.</source>
        <translation>{name} tidak dapat dibaca ({reason}). Salin dulu fotonya ke komputer ini.</translation>
    </message>
    <message>
        <source>{name} is not a picture (JPEG, PNG, WebP, GIF, BMP or TIFF). Choose a photo file.</source>
        <translation>{name} bukan gambar (JPEG, PNG, WebP, GIF, BMP atau TIFF). Pilih berkas foto.</translation>
    </message>
    <message>
        <source>{name} has far too many pixels to open. Make it smaller first.</source>
        <translation>{name} memiliki terlalu banyak piksel untuk dibuka. Perkecil dulu ukurannya.</translation>
    </message>
    <message>
        <source>{name} has too many pixels ({width} × {height}; at most {limit} million). Make it smaller first.</source>
        <translation>{name} memiliki terlalu banyak piksel ({width} × {height}; maksimal {limit} juta). Perkecil dulu ukurannya.</translation>
    </message>
    <message>
        <source>{name} is too large for this computer to open. Make it smaller first.</source>
        <translation>{name} terlalu besar untuk dibuka di komputer ini. Perkecil dulu ukurannya.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be shown. Copy the photo again from the camera or phone.</source>
        <translation>{name} rusak atau tidak lengkap sehingga tidak dapat ditampilkan. Salin ulang fotonya dari kamera atau ponsel.</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>Gambar ini</translation>
    </message>
    <message>
        <source>A photo to keep is not a photo of this product any more</source>
        <translation>Salah satu foto yang akan disimpan sudah bukan foto produk ini lagi</translation>
    </message>
    <message>
        <source>The photo no longer exists</source>
        <translation>Foto ini sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Try again in {seconds} s</source>
        <translation>PIN salah. Coba lagi dalam {seconds} detik</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN salah.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave the kiosk</source>
        <translation>Masukkan PIN petugas untuk keluar dari kios</translation>
    </message>
    <message>
        <source>No PIN is set: press OK to leave the kiosk</source>
        <translation>Belum ada PIN: tekan OK untuk keluar dari kios</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>The PIN must be {low} to {high} digits</source>
        <translation>PIN harus terdiri dari {low} sampai {high} angka</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tetap</translation>
    </message>
</context>
<context>
    <name>PriceField</name>
    <message>
        <source>more than {limit}</source>
        <translation>lebih dari {limit}</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>bukan nominal</translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ProducerCard</name>
    <message>
        <source>Cooperative (koperasi)</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>The producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>More from this producer  ▶</source>
        <translation>Produk lain dari produsen ini  ▶</translation>
    </message>
</context>
<context>
    <name>ProducerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>UMKM mikro</source>
        <translation>UMKM mikro</translation>
    </message>
    <message>
        <source>UMKM kecil</source>
        <translation>UMKM kecil</translation>
    </message>
    <message>
        <source>UMKM menengah</source>
        <translation>UMKM menengah</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Kontak: {name}</translation>
    </message>
    <message>
        <source>WhatsApp: {link}</source>
        <translation>WhatsApp: {link}</translation>
    </message>
</context>
<context>
    <name>ProducersDialog</name>
    <message>
        <source>Producers (UMKM and koperasi)</source>
        <translation>Produsen (UMKM dan koperasi)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Filter by name, type, kabupaten/kota, contact or phone</source>
        <translation>Saring menurut nama, jenis, kabupaten/kota, kontak atau telepon</translation>
    </message>
    <message>
        <source>&amp;New producer</source>
        <translation>Produsen &amp;baru</translation>
    </message>
    <message>
        <source>Clear the form to add a producer (Ctrl+N)</source>
        <translation>Kosongkan formulir untuk menambah produsen (Ctrl+N)</translation>
    </message>
    <message>
        <source>For example: Koperasi Tani Hijau Makmur</source>
        <translation>Contoh: Koperasi Tani Hijau Makmur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Kecil</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>UMKM scale</source>
        <translation>Skala UMKM</translation>
    </message>
    <message>
        <source>Choose the kabupaten/kota</source>
        <translation>Pilih kabupaten/kota</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Street, village (desa), district</source>
        <translation>Jalan, desa/kelurahan, kecamatan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>0812-3456-7890, +62 812 3456 7890 and 6281234567890 are all accepted</source>
        <translation>0812-3456-7890, +62 812 3456 7890 dan 6281234567890 semuanya diterima</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>13 digits, if the producer has one</source>
        <translation>13 digit, jika produsen memilikinya</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>The producer&apos;s story, in Indonesian</source>
        <translation>Kisah produsen, dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Story (Indonesian)</source>
        <translation>Kisah (Indonesia)</translation>
    </message>
    <message>
        <source>The same story, in English, for visitors</source>
        <translation>Kisah yang sama dalam bahasa Inggris, untuk pengunjung</translation>
    </message>
    <message>
        <source>Story (English)</source>
        <translation>Kisah (Inggris)</translation>
    </message>
    <message>
        <source>&amp;Delete producer</source>
        <translation>&amp;Hapus produsen</translation>
    </message>
    <message>
        <source>Only a producer without products can be deleted</source>
        <translation>Hanya produsen tanpa produk yang dapat dihapus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save this producer (Ctrl+S)</source>
        <translation>Simpan produsen ini (Ctrl+S)</translation>
    </message>
    <message>
        <source>Producers: {n}</source>
        <translation>Produsen: {n}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} dari {total} ditampilkan</translation>
    </message>
    <message>
        <source>Choose the scale</source>
        <translation>Pilih skala</translation>
    </message>
    <message>
        <source>Not used for a koperasi</source>
        <translation>Tidak berlaku untuk koperasi</translation>
    </message>
    <message>
        <source>The changes to this producer are not saved. Discard them?</source>
        <translation>Perubahan pada produsen ini belum disimpan. Buang perubahan?</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Produsen baru</translation>
    </message>
    <message>
        <source>The producer no longer exists</source>
        <translation>Produsen ini sudah tidak ada</translation>
    </message>
    <message>
        <source>Edit producer</source>
        <translation>Ubah produsen</translation>
    </message>
    <message>
        <source>Delete producer</source>
        <translation>Hapus produsen</translation>
    </message>
    <message>
        <source>Delete the producer {name}? This cannot be undone.</source>
        <translation>Hapus produsen {name}? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Edit product — {code}</source>
        <translation>Ubah produk — {code}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Filled in from the category; type your own code to keep it</source>
        <translation>Diisi otomatis dari kategori; ketik kode sendiri agar tidak diganti</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Required, for example Kopi Robusta Lampung</source>
        <translation>Wajib diisi, contoh: Kopi Robusta Lampung</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>For foreign visitors and buyers</source>
        <translation>Untuk pengunjung dan pembeli mancanegara</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>for example 25000 or Rp 25.000</source>
        <translation>contoh: 25000 atau Rp 25.000</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>Stok awal</translation>
    </message>
    <message>
        <source>Recorded as the first stock received</source>
        <translation>Dicatat sebagai penerimaan stok pertama</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Stock changes only by recording a stock movement (received, sold, returned, damaged or counted), so that its history stays complete.</source>
        <translation>Stok hanya berubah melalui pencatatan mutasi stok (diterima, terjual, dikembalikan, rusak atau stok opname), agar riwayatnya tetap lengkap.</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <source>The product is flagged when stock falls below this</source>
        <translation>Produk ditandai bila stoknya di bawah angka ini</translation>
    </message>
    <message>
        <source>Featured (produk unggulan)</source>
        <translation>Produk unggulan</translation>
    </message>
    <message>
        <source>Shown on the kiosk</source>
        <translation>Tampil di kiosk</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Etalase</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Export markets</source>
        <translation>Pasar ekspor</translation>
    </message>
    <message>
        <source>Countries, separated by commas</source>
        <translation>Nama negara, dipisahkan koma</translation>
    </message>
    <message>
        <source>Description (Indonesian)</source>
        <translation>Deskripsi (Indonesia)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Deskripsi (Inggris)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Riwayat perubahan…</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>changed through stock movements</source>
        <translation>diubah melalui mutasi stok</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>This product has changes that are not saved. Discard them?</source>
        <translation>Produk ini memiliki perubahan yang belum disimpan. Buang perubahan?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengedit</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Touch the photo to close it</source>
        <translation>Sentuh foto untuk menutupnya</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>Produk sebelumnya</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Produk berikutnya</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>Diekspor ke</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>per {unit}</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>No products yet: add the first with New product.</source>
        <translation>Belum ada produk: tambahkan yang pertama dengan Produk baru.</translation>
    </message>
    <message>
        <source>No archived products.</source>
        <translation>Tidak ada produk yang diarsipkan.</translation>
    </message>
    <message>
        <source>No products match the search and filters.</source>
        <translation>Tidak ada produk yang cocok dengan pencarian dan filter.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Unggulan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Low stock: {stock} on hand, minimum {minimum}</source>
        <translation>Stok menipis: tersedia {stock}, minimum {minimum}</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} disimpan.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} dihapus.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{option} {text}: not a date that exists; write it as YYYY-MM-DD</source>
        <translation>{option} {text}: tanggal itu tidak ada; tulis sebagai TTTT-BB-HH</translation>
    </message>
    <message>
        <source>{option} {text}: the year is too early; write a date from {year} on</source>
        <translation>{option} {text}: tahunnya terlalu awal; tulis tanggal mulai tahun {year}</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>periode dimulai ({start}) setelah berakhir ({end})</translation>
    </message>
    <message>
        <source>the period {start} to {end} is wholly in the future: nothing to report</source>
        <translation>periode {start} sampai {end} seluruhnya di masa depan: belum ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{path}: a report is a PDF or an XLSX file; give a name ending in .pdf or .xlsx</source>
        <translation>{path}: laporan berupa berkas PDF atau XLSX; beri nama yang berakhiran .pdf atau .xlsx</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} adalah folder</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>tidak dapat menulis {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Report for the province</source>
        <translation>Laporan untuk provinsi</translation>
    </message>
    <message>
        <source>Who is represented and from where, NIB and certificates, export markets, what visitors looked at and what sold, each beside the previous period, with a consignment statement for every producer whose goods sold.</source>
        <translation>Siapa yang tampil dan dari mana, NIB dan sertifikat, pasar ekspor, apa yang dilihat pengunjung dan apa yang terjual, masing-masing di samping periode sebelumnya, dengan nota konsinyasi untuk setiap produsen yang barangnya terjual.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Bahasa laporan</translation>
    </message>
    <message>
        <source>PDF (to print and send)</source>
        <translation>PDF (untuk dicetak dan dikirim)</translation>
    </message>
    <message>
        <source>XLSX (tables for a spreadsheet)</source>
        <translation>XLSX (tabel untuk lembar kerja)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Buat laporan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Choose the period, then press Make report.</source>
        <translation>Pilih periodenya, lalu tekan Buat laporan.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Simpan…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>{days}, compared with {start} – {end}.</source>
        <translation>{days}, dibandingkan dengan {start} – {end}.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message numerus="yes">
        <source>Report ready: %n page(s).</source>
        <translation>
            <numerusform>Laporan siap: %Ln halaman.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report ready: %n sheet(s).</source>
        <translation>
            <numerusform>Laporan siap: %Ln lembar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook is ready: {sheets}. Save it and open it in a spreadsheet.

{producers} producers, {products} products, {views} kiosk views, sales {sales}.</source>
        <translation>Buku kerja siap: {sheets}. Simpan lalu buka di program lembar kerja.

{producers} produsen, {products} produk, {views} kali dilihat di kiosk, penjualan {sales}.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%Ln lembar</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. No report was made.</source>
        <translation>Dibatalkan. Tidak ada laporan yang dibuat.</translation>
    </message>
    <message>
        <source>Something went wrong while making the report, and it was written to the log file. Please try again; if it happens again, tell whoever looks after this computer.</source>
        <translation>Terjadi kesalahan saat membuat laporan, dan sudah dicatat di berkas log. Silakan coba lagi; jika terjadi lagi, beri tahu orang yang mengurus komputer ini.</translation>
    </message>
    <message>
        <source>{path}: the report made is a {kind} file</source>
        <translation>{path}: laporan yang dibuat adalah berkas {kind}</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Laporan disimpan ke {path}</translation>
    </message>
    <message>
        <source>Etalase report</source>
        <translation>Laporan Etalase</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln halaman dikirim ke printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>the showcase on {host}/{dbname} has schema {revision}, not this version&apos;s {head}: open it with this Etalase first</source>
        <translation>etalase di {host}/{dbname} memakai skema {revision}, bukan skema versi ini ({head}): buka dulu dengan Etalase ini</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} adalah folder, bukan berkas cadangan</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>tidak bisa membaca {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} kosong</translation>
    </message>
    <message>
        <source>{path} is not an Etalase backup (not an SQLite file)</source>
        <translation>{path} bukan cadangan Etalase (bukan berkas SQLite)</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} rusak ({problem})</translation>
    </message>
    <message>
        <source>{path} is not an Etalase backup (another program&apos;s data)</source>
        <translation>{path} bukan cadangan Etalase (data program lain)</translation>
    </message>
    <message>
        <source>{path} holds no showcase data (an empty database)</source>
        <translation>{path} tidak berisi data etalase (database kosong)</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Etalase (schema {revision}); update Etalase on this PC to restore it</source>
        <translation>{path} dibuat oleh Etalase versi lebih baru (skema {revision}); perbarui Etalase di PC ini untuk memulihkannya</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({problem})</source>
        <translation>{path} rusak atau bukan database ({problem})</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it</source>
        <translation>{path} adalah database itu sendiri, bukan cadangannya</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} adalah folder, bukan berkas database</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {why}</source>
        <translation>tidak bisa menulis di {folder}: {why}</translation>
    </message>
    <message>
        <source>{path} is not an Etalase database: a restore does not replace another program&apos;s file</source>
        <translation>{path} bukan database Etalase: pemulihan tidak mengganti berkas program lain</translation>
    </message>
    <message>
        <source>{path} (schema {revision}) could not be brought up to date: {why}</source>
        <translation>{path} (skema {revision}) tidak bisa diperbarui: {why}</translation>
    </message>
    <message>
        <source>{path} failed its check after the restore ({problem})</source>
        <translation>{path} gagal diperiksa setelah pemulihan ({problem})</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>tidak bisa menulis {path}: {why}</translation>
    </message>
    <message>
        <source>cannot move the damaged {path} aside ({why}); is it open elsewhere?</source>
        <translation>berkas rusak {path} tidak bisa dipindahkan ({why}); apakah sedang dibuka program lain?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data in Etalase now is replaced by it; a backup of the current data is made first, so a restore can be undone.</source>
        <translation>Pilih cadangan yang ingin dipakai kembali. Data di Etalase sekarang akan diganti dengan cadangan itu; data sekarang dicadangkan dulu, jadi pemulihan bisa dibatalkan.</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>Belum ada cadangan di {folder}.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Pilih berkas lain…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>Etalase backups (*.db *.sqlite *.bak)</source>
        <translation>Cadangan Etalase (*.db *.sqlite *.bak)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored: {why}</source>
        <translation>Berkas ini tidak bisa dipulihkan: {why}</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {when}?</source>
        <translation>Ganti data sekarang dengan cadangan {when}?</translation>
    </message>
    <message>
        <source>Everything in Etalase now is replaced by this backup ({count} products). A backup of the current data is made first.</source>
        <translation>Semua data di Etalase sekarang diganti dengan cadangan ini ({count} produk). Data sekarang dicadangkan dulu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Nothing was changed: {why}</source>
        <translation>Tidak ada yang diubah: {why}</translation>
    </message>
    <message>
        <source>Restore done</source>
        <translation>Pemulihan selesai</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>Memeriksa cadangan dan memulihkannya…</translation>
    </message>
    <message>
        <source>an unexpected problem ({error}); the details are in the log file</source>
        <translation>ada masalah tak terduga ({error}); rinciannya ada di berkas log</translation>
    </message>
</context>
<context>
    <name>ScreenBar</name>
    <message>
        <source>◀  Back</source>
        <translation>◀  Kembali</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Type a product, place or producer</source>
        <translation>Ketik nama produk, daerah atau produsen</translation>
    </message>
    <message>
        <source>The products found appear here as you type.</source>
        <translation>Produk yang ditemukan muncul di sini saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Try another word.</source>
        <translation>Tidak ada hasil untuk “{query}”. Coba kata lain.</translation>
    </message>
    <message>
        <source>1 product found</source>
        <translation>1 produk ditemukan</translation>
    </message>
    <message>
        <source>{count} products found</source>
        <translation>{count} produk ditemukan</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>(your login)</source>
        <translation>(login Anda)</translation>
    </message>
    <message>
        <source>the server {server} cannot be reached: check that the server PC is on and PostgreSQL is running, and the network</source>
        <translation>server {server} tidak dapat dihubungi: periksa bahwa PC server menyala dan PostgreSQL berjalan, serta jaringannya</translation>
    </message>
    <message>
        <source>the server {server} refused the login {user}: wrong password or user name (the password comes from the URL, PGPASSWORD or the pgpass file)</source>
        <translation>server {server} menolak login {user}: kata sandi atau nama pengguna salah (kata sandi diambil dari URL, PGPASSWORD atau berkas pgpass)</translation>
    </message>
    <message>
        <source>the server {server} has no database {db}: check the name, or prepare it with `etalase server init`</source>
        <translation>server {server} tidak memiliki basis data {db}: periksa namanya, atau siapkan dengan `etalase server init`</translation>
    </message>
    <message>
        <source>the database {db} on {server} is not an Etalase showcase</source>
        <translation>basis data {db} di {server} bukan etalase Etalase</translation>
    </message>
    <message>
        <source>the login {user} has no right to do this on {db} (a kiosk login cannot be used for staff work)</source>
        <translation>login {user} tidak berhak melakukan ini di {db} (login kios tidak dapat dipakai untuk pekerjaan staf)</translation>
    </message>
    <message>
        <source>the showcase on {server}/{db} was upgraded by a newer version of Etalase: update Etalase on this PC</source>
        <translation>etalase di {server}/{db} telah diperbarui oleh versi Etalase yang lebih baru: perbarui Etalase di PC ini</translation>
    </message>
    <message>
        <source>the connection to the server {server} was lost; try again</source>
        <translation>sambungan ke server {server} terputus; coba lagi</translation>
    </message>
    <message>
        <source>the server {server} reported a problem</source>
        <translation>server {server} melaporkan masalah</translation>
    </message>
    <message>
        <source>the server cannot be reached: check that the server PC is on and PostgreSQL is running, and the network</source>
        <translation>server tidak dapat dihubungi: periksa bahwa PC server menyala dan PostgreSQL berjalan, serta jaringannya</translation>
    </message>
    <message>
        <source>the server refused the login: wrong password or user name</source>
        <translation>server menolak login: kata sandi atau nama pengguna salah</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>server tidak memiliki basis data tersebut</translation>
    </message>
    <message>
        <source>this login has no right to do this (a kiosk login cannot be used for staff work)</source>
        <translation>login ini tidak berhak melakukan ini (login kios tidak dapat dipakai untuk pekerjaan staf)</translation>
    </message>
    <message>
        <source>the connection to the server was lost; try again</source>
        <translation>sambungan ke server terputus; coba lagi</translation>
    </message>
    <message>
        <source>the server reported a problem</source>
        <translation>server melaporkan masalah</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>The password could not be remembered: {why}</source>
        <translation>Kata sandi tidak dapat diingat: {why}</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>The connection to the server is lost ({problem}). Reconnecting… Edits not yet saved stay open: save them again once it is back.</source>
        <translation>Sambungan ke server terputus ({problem}). Menyambung kembali… Suntingan yang belum tersimpan tetap terbuka: simpan lagi setelah tersambung.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Tersambung kembali ke server.</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>Label sheets</source>
        <translation>Lembar label</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Gandakan</translation>
    </message>
    <message>
        <source>Start a custom sheet from this one, then change what differs</source>
        <translation>Mulai lembar sendiri dari lembar ini, lalu ubah yang berbeda</translation>
    </message>
    <message>
        <source>For example: Tom &amp; Jerry 103, 64×32 mm</source>
        <translation>Contoh: Tom &amp; Jerry 103, 64×32 mm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Lebar halaman</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Tinggi halaman</translation>
    </message>
    <message>
        <source>Labels across</source>
        <translation>Label mendatar</translation>
    </message>
    <message>
        <source>Labels down</source>
        <translation>Label menurun</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Lebar label</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Tinggi label</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Margin kiri</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Margin atas</translation>
    </message>
    <message>
        <source>Gap across</source>
        <translation>Jarak mendatar</translation>
    </message>
    <message>
        <source>Gap down</source>
        <translation>Jarak menurun</translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation>Jari-jari sudut</translation>
    </message>
    <message>
        <source>From the left edge of the page to the first label</source>
        <translation>Dari tepi kiri halaman ke label pertama</translation>
    </message>
    <message>
        <source>From the top edge of the page to the first label</source>
        <translation>Dari tepi atas halaman ke label pertama</translation>
    </message>
    <message>
        <source>Between two labels side by side</source>
        <translation>Antara dua label yang bersebelahan</translation>
    </message>
    <message>
        <source>Between two labels one above the other</source>
        <translation>Antara dua label yang atas-bawah</translation>
    </message>
    <message>
        <source>0 for square corners</source>
        <translation>0 untuk sudut siku</translation>
    </message>
    <message>
        <source>Thermal roll (one label per page)</source>
        <translation>Gulungan termal (satu label per halaman)</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Gulungan</translation>
    </message>
    <message>
        <source>&amp;Delete sheet</source>
        <translation>&amp;Hapus lembar</translation>
    </message>
    <message>
        <source>Only custom sheets can be deleted</source>
        <translation>Hanya lembar buatan sendiri yang dapat dihapus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save this custom sheet (Ctrl+S)</source>
        <translation>Simpan lembar ini (Ctrl+S)</translation>
    </message>
    <message>
        <source>Layout to scale</source>
        <translation>Tata letak sesuai skala</translation>
    </message>
    <message>
        <source>Built-in sheet</source>
        <translation>Lembar bawaan</translation>
    </message>
    <message>
        <source>Built-in sheets cannot be changed. Duplicate one to make your own.</source>
        <translation>Lembar bawaan tidak dapat diubah. Gandakan untuk membuat lembar sendiri.</translation>
    </message>
    <message>
        <source>Custom sheet</source>
        <translation>Lembar sendiri</translation>
    </message>
    <message>
        <source>Measure a real sheet with a ruler, in millimetres from its top-left corner.</source>
        <translation>Ukur lembar asli dengan penggaris, dalam milimeter dari sudut kiri atasnya.</translation>
    </message>
    <message>
        <source>Page {pw} × {ph} mm; {n} labels of {lw} × {lh} mm</source>
        <translation>Halaman {pw} × {ph} mm; {n} label berukuran {lw} × {lh} mm</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The changes to this sheet are not saved. Discard them?</source>
        <translation>Perubahan pada lembar ini belum disimpan. Buang perubahan?</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>{name} (copy {n})</source>
        <translation>{name} (salinan {n})</translation>
    </message>
    <message>
        <source>New custom sheet</source>
        <translation>Lembar baru</translation>
    </message>
    <message>
        <source>a custom sheet called “{name}” already exists</source>
        <translation>lembar bernama “{name}” sudah ada</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} disimpan.</translation>
    </message>
    <message>
        <source>A built-in sheet cannot be deleted.</source>
        <translation>Lembar bawaan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Delete sheet</source>
        <translation>Hapus lembar</translation>
    </message>
    <message>
        <source>Delete the sheet {name}? This cannot be undone.</source>
        <translation>Hapus lembar {name}? Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} dihapus.</translation>
    </message>
</context>
<context>
    <name>SheetListModel</name>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (bawaan)</translation>
    </message>
    <message>
        <source>A built-in sheet cannot be changed: duplicate it to make your own</source>
        <translation>Lembar bawaan tidak dapat diubah: gandakan untuk membuat lembar sendiri</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Position {n}: click to start here</source>
        <translation>Posisi {n}: klik untuk mulai di sini</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>is empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>is longer than {max} characters</source>
        <translation>lebih dari {max} karakter</translation>
    </message>
    <message>
        <source>must be more than 0 mm</source>
        <translation>harus lebih dari 0 mm</translation>
    </message>
    <message>
        <source>must be at most {max} mm</source>
        <translation>paling besar {max} mm</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>harus bilangan bulat, paling kecil 1</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>paling banyak {max}</translation>
    </message>
    <message>
        <source>a roll has one label per page</source>
        <translation>gulungan hanya berisi satu label per halaman</translation>
    </message>
    <message>
        <source>must be at most half the label&apos;s width and height</source>
        <translation>paling besar setengah dari lebar dan tinggi label</translation>
    </message>
    <message>
        <source>the labels run off the page: margin, labels and gaps across make {total} mm, the page is {page} mm wide</source>
        <translation>label keluar dari halaman: margin, label, dan jarak mendatar berjumlah {total} mm, sedangkan lebar halaman {page} mm</translation>
    </message>
    <message>
        <source>the labels run off the page: margin, labels and gaps down make {total} mm, the page is {page} mm high</source>
        <translation>label keluar dari halaman: margin, label, dan jarak menurun berjumlah {total} mm, sedangkan tinggi halaman {page} mm</translation>
    </message>
    <message>
        <source>there is no label sheet called “{name}”; the sheets are: {known}</source>
        <translation>tidak ada lembar label bernama “{name}”; lembar yang ada: {known}</translation>
    </message>
    <message>
        <source>“{name}” is the name of a built-in sheet; choose another name</source>
        <translation>“{name}” adalah nama lembar bawaan; pilih nama lain</translation>
    </message>
    <message>
        <source>a built-in sheet cannot be deleted</source>
        <translation>lembar bawaan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>there is no custom label sheet called “{name}”</source>
        <translation>tidak ada lembar label buatan sendiri bernama “{name}”</translation>
    </message>
    <message>
        <source>must be between -{max} and {max} mm</source>
        <translation>harus antara -{max} dan {max} mm</translation>
    </message>
</context>
<context>
    <name>SignedIn</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Ganti petugas…</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>Ganti PIN &amp;saya…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>&amp;Akun petugas…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Riwayat perubahan…</translation>
    </message>
    <message>
        <source>Change &amp;history of this product…</source>
        <translation>&amp;Riwayat perubahan produk ini…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Masuk sebagai: {name} ({role})</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Belum ada petugas yang masuk</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Ganti petugas</translation>
    </message>
    <message>
        <source>Close the open windows first, so no one else&apos;s work is left open.</source>
        <translation>Tutup dulu jendela yang masih terbuka, agar pekerjaan orang lain tidak tertinggal terbuka.</translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation>Selamat bertugas, {name}.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Ganti PIN saya</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>PIN Anda sudah diganti.</translation>
    </message>
</context>
<context>
    <name>StaffStart</name>
    <message>
        <source>Etalase — the showcase file cannot be changed</source>
        <translation>Etalase — berkas etalase tidak dapat diubah</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stok tersedia</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>Catat mutasi stok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Counted stock</source>
        <translation>Stok hasil hitung</translation>
    </message>
    <message>
        <source>Optional: delivery note, buyer, reason</source>
        <translation>Opsional: surat jalan, pembeli, alasan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>Record this movement (Enter in the quantity)</source>
        <translation>Catat mutasi ini (Enter di kolom jumlah)</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Riwayat (terbaru di atas)</translation>
    </message>
    <message>
        <source>Stock of {code}</source>
        <translation>Stok {code}</translation>
    </message>
    <message>
        <source>Minimum stock: {n}</source>
        <translation>Stok minimum: {n}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Satuan: {unit}</translation>
    </message>
    <message>
        <source>LOW STOCK: below the minimum of {n}</source>
        <translation>STOK MENIPIS: di bawah minimum {n}</translation>
    </message>
    <message>
        <source>How many are on the shelf</source>
        <translation>Berapa yang ada di rak</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Berapa banyak</translation>
    </message>
    <message>
        <source>Goods delivered by the producer: the quantity is added to the stock.</source>
        <translation>Barang kiriman produsen: jumlahnya ditambahkan ke stok.</translation>
    </message>
    <message>
        <source>Goods sold: the quantity is taken from the stock.</source>
        <translation>Barang terjual: jumlahnya dikurangkan dari stok.</translation>
    </message>
    <message>
        <source>Goods a buyer brought back: the quantity is added to the stock.</source>
        <translation>Barang yang dikembalikan pembeli: jumlahnya ditambahkan ke stok.</translation>
    </message>
    <message>
        <source>Enter the number you counted. The difference from the stock on hand ({stock}) is recorded as the movement.</source>
        <translation>Masukkan jumlah hasil hitungan Anda. Selisihnya dengan stok tersedia ({stock}) dicatat sebagai mutasi.</translation>
    </message>
    <message>
        <source>Goods broken, spoiled or past their date: the quantity is taken from the stock.</source>
        <translation>Barang pecah, rusak atau kedaluwarsa: jumlahnya dikurangkan dari stok.</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>Tidak ada perubahan</translation>
    </message>
    <message>
        <source>Stock after recording: {after} ({delta})</source>
        <translation>Stok setelah dicatat: {after} ({delta})</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Recorded: {kind} {delta}. Stock now {stock}.</source>
        <translation>Tercatat: {kind} {delta}. Stok sekarang {stock}.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>The movement you typed is not recorded. Close anyway?</source>
        <translation>Mutasi yang Anda ketik belum dicatat. Tetap tutup?</translation>
    </message>
</context>
<context>
    <name>TotalTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>must be whole rupiah (no cents)</source>
        <translation>harus rupiah utuh (tanpa sen)</translation>
    </message>
    <message>
        <source>“{raw}” is not an amount in rupiah (for example 25000 or Rp25.000)</source>
        <translation>“{raw}” bukan nominal rupiah (contoh: 25000 atau Rp25.000)</translation>
    </message>
    <message>
        <source>“{raw}” holds characters that are not part of a phone number</source>
        <translation>“{raw}” berisi karakter yang bukan bagian dari nomor telepon</translation>
    </message>
    <message>
        <source>“{raw}” is not an Indonesian number (+62)</source>
        <translation>“{raw}” bukan nomor Indonesia (+62)</translation>
    </message>
    <message>
        <source>“{raw}” does not look like an Indonesian number (08… or +62…)</source>
        <translation>“{raw}” tidak tampak seperti nomor Indonesia (08… atau +62…)</translation>
    </message>
    <message>
        <source>“{raw}” has {n} digits; a number has 8 to 14</source>
        <translation>“{raw}” terdiri dari {n} digit; nomor telepon terdiri dari 8 sampai 14 digit</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Nama wajib diisi</translation>
    </message>
    <message>
        <source>Name is too long (at most {n} characters)</source>
        <translation>Nama terlalu panjang (maksimal {n} karakter)</translation>
    </message>
    <message>
        <source>A producer named {name} already exists</source>
        <translation>Produsen bernama {name} sudah ada</translation>
    </message>
    <message>
        <source>Type must be UMKM or koperasi</source>
        <translation>Jenis harus UMKM atau koperasi</translation>
    </message>
    <message>
        <source>An UMKM needs its scale: mikro, kecil or menengah</source>
        <translation>Skala UMKM wajib dipilih: mikro, kecil atau menengah</translation>
    </message>
    <message>
        <source>Kabupaten/kota is required</source>
        <translation>Kabupaten/kota wajib diisi</translation>
    </message>
    <message>
        <source>{name} is not one of Lampung&apos;s 15 kabupaten/kota</source>
        <translation>{name} bukan salah satu dari 15 kabupaten/kota di Lampung</translation>
    </message>
    <message>
        <source>NIB has 13 digits</source>
        <translation>NIB terdiri dari 13 digit</translation>
    </message>
    <message>
        <source>The producer no longer exists</source>
        <translation>Produsen ini sudah tidak ada</translation>
    </message>
    <message>
        <source>{name} still has {n} product: move or archive it first</source>
        <translation>{name} masih memiliki {n} produk: pindahkan atau arsipkan dulu produk tersebut</translation>
    </message>
    <message>
        <source>{name} still has {n} products: move or archive them first</source>
        <translation>{name} masih memiliki {n} produk: pindahkan atau arsipkan dulu produk tersebut</translation>
    </message>
    <message>
        <source>A category named {name} already exists</source>
        <translation>Kategori bernama {name} sudah ada</translation>
    </message>
    <message>
        <source>The category no longer exists</source>
        <translation>Kategori ini sudah tidak ada</translation>
    </message>
    <message>
        <source>{name} still has {n} product: move it to another category first</source>
        <translation>{name} masih memiliki {n} produk: pindahkan dulu produk tersebut ke kategori lain</translation>
    </message>
    <message>
        <source>{name} still has {n} products: move them to another category first</source>
        <translation>{name} masih memiliki {n} produk: pindahkan dulu produk tersebut ke kategori lain</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus bilangan bulat</translation>
    </message>
    <message>
        <source>Code is required</source>
        <translation>Kode wajib diisi</translation>
    </message>
    <message>
        <source>Code may hold only letters, digits and - _ . / (at most 40)</source>
        <translation>Kode hanya boleh berisi huruf, angka, dan - _ . / (maksimal 40)</translation>
    </message>
    <message>
        <source>Code {code} is already used by another product</source>
        <translation>Kode {code} sudah dipakai produk lain</translation>
    </message>
    <message>
        <source>Price {why}</source>
        <translation>Harga {why}</translation>
    </message>
    <message>
        <source>Minimum stock {why}</source>
        <translation>Stok minimum {why}</translation>
    </message>
    <message>
        <source>Unit is required (for example pcs or pack 250 g)</source>
        <translation>Satuan wajib diisi (contoh: pcs atau pack 250 g)</translation>
    </message>
    <message>
        <source>The chosen category no longer exists</source>
        <translation>Kategori yang dipilih sudah tidak ada</translation>
    </message>
    <message>
        <source>The chosen producer no longer exists</source>
        <translation>Produsen yang dipilih sudah tidak ada</translation>
    </message>
    <message>
        <source>No free product code could be found: try again</source>
        <translation>Tidak ada kode produk yang kosong: coba lagi</translation>
    </message>
    <message>
        <source>Stock {why}</source>
        <translation>Stok {why}</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>Stok awal</translation>
    </message>
    <message>
        <source>The product no longer exists</source>
        <translation>Produk ini sudah tidak ada</translation>
    </message>
    <message>
        <source>No product has the code {code}</source>
        <translation>Tidak ada produk dengan kode {code}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Unknown kind of movement: {kind}</source>
        <translation>Jenis mutasi tidak dikenal: {kind}</translation>
    </message>
    <message>
        <source>Quantity {why}</source>
        <translation>Jumlah {why}</translation>
    </message>
    <message>
        <source>The counted stock equals the stock on hand: nothing to adjust</source>
        <translation>Stok hasil hitung sama dengan stok tersedia: tidak ada yang perlu disesuaikan</translation>
    </message>
    <message>
        <source>Quantity must be at least 1</source>
        <translation>Jumlah minimal 1</translation>
    </message>
    <message>
        <source>Only {stock} in stock: cannot take out {n}</source>
        <translation>Stok hanya {stock}: tidak dapat mengeluarkan {n}</translation>
    </message>
    <message>
        <source>The stock would be {after}: it can be at most {limit}</source>
        <translation>Stok akan menjadi {after}: paling banyak {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>paling banyak {limit}</translation>
    </message>
    <message>
        <source>“{text}” is a number in short form: write it out in full digits</source>
        <translation>“{text}” adalah angka dalam bentuk singkat: tulis lengkap dengan semua digitnya</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>Website</name>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} adalah berkas, bukan folder</translation>
    </message>
    <message>
        <source>{path} holds files Etalase did not write (such as {file}): choose an empty folder or one Etalase published into before</source>
        <translation>{path} berisi berkas yang tidak ditulis Etalase (misalnya {file}): pilih folder kosong atau folder yang pernah dipakai Etalase untuk menerbitkan situs</translation>
    </message>
    <message>
        <source>{path} holds a damaged list of Etalase&apos;s files ({name}); choose another folder</source>
        <translation>{path} berisi daftar berkas Etalase yang rusak ({name}); pilih folder lain</translation>
    </message>
    <message>
        <source>{path} holds files Etalase did not write (such as {file}): move them elsewhere or choose another folder</source>
        <translation>{path} berisi berkas yang tidak ditulis Etalase (misalnya {file}): pindahkan berkas itu atau pilih folder lain</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Tidak dapat menulis {path}: {why}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {why}</source>
        <translation>Tidak dapat menghapus {path}: {why}</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <source>Publish website</source>
        <translation>Terbitkan situs web</translation>
    </message>
    <message>
        <source>Writes what the kiosk shows as a website in Indonesian and English: a folder to copy to any web host, or to open from a USB stick. Publishing again into the same folder updates only what changed.</source>
        <translation>Menulis apa yang tampil di kios sebagai situs web berbahasa Indonesia dan Inggris: sebuah folder untuk disalin ke hosting web mana pun, atau dibuka dari flashdisk. Menerbitkan lagi ke folder yang sama hanya memperbarui yang berubah.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Where the site will be on the internet. Once it is set, QR codes that hold a web address (labels, catalogues, kiosk) open the product&apos;s page there. Leave it empty for a site that is only opened from the folder.</source>
        <translation>Alamat situs di internet. Setelah diisi, kode QR yang berisi alamat web (label, katalog, kios) membuka halaman produk di sana. Kosongkan untuk situs yang hanya dibuka dari folder.</translation>
    </message>
    <message>
        <source>Also make a .zip file of the site, for uploading</source>
        <translation>Buat juga berkas .zip situs, untuk diunggah</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Hentikan penerbitan</translation>
    </message>
    <message>
        <source>&amp;Open website</source>
        <translation>&amp;Buka situs web</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Terbitkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Folder for the website</source>
        <translation>Folder untuk situs web</translation>
    </message>
    <message>
        <source>Choose a folder for the website.</source>
        <translation>Pilih folder untuk situs web.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Menerbitkan…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Website published in {folder}: {products}, {pages}. {written} written, {unchanged} unchanged, {removed} removed.</source>
        <translation>Situs web diterbitkan di {folder}: {products}, {pages}. {written} ditulis, {unchanged} tetap, {removed} dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln produk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>The .zip file: {path}</source>
        <translation>Berkas .zip: {path}</translation>
    </message>
    <message>
        <source>Cancelled. The folder holds part of the new site; publish again to finish it.</source>
        <translation>Dibatalkan. Folder berisi sebagian situs baru; terbitkan lagi untuk menyelesaikannya.</translation>
    </message>
    <message>
        <source>Something went wrong while publishing the website, and it was written to the log file. Please try again; if it happens again, tell whoever looks after this computer.</source>
        <translation>Terjadi kesalahan saat menerbitkan situs web, dan rinciannya sudah dicatat di berkas log. Silakan coba lagi; bila terulang, beri tahu pengelola komputer ini.</translation>
    </message>
</context>
</TS>
