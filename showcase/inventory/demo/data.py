"""The demo showcase's content: categories, producers and products of Lampung, in Indonesian and English.

Two producers are real and named in DOMAIN.md for what they are known for (Koperasi Tani Hijau
Makmur exporting coffee to Singapore and Taiwan, Rafins Snack exporting to Egypt); their contact
details here are invented and their contact is "Bagian Pemasaran" rather than a made-up person.
All other producers are invented, placed where such products really come from. Phone numbers use
the 0000 block so that no real subscriber gets a WhatsApp message from a demo.

Also the word lists from which `build_synthetic` makes realistic product names in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoCategory:
    key: str
    name_id: str
    name_en: str
    icon: str
    top: str  # background gradient of its pictures, top to bottom, and an accent colour
    bottom: str
    accent: str


@dataclass(frozen=True)
class DemoProducer:
    key: str
    name: str
    kind: str
    scale: str | None
    kabupaten: str
    address: str
    contact: str
    phone: str
    nib: str
    story_id: str
    story_en: str


@dataclass(frozen=True)
class DemoProduct:
    category: str
    producer: str
    name_id: str
    name_en: str
    price: int
    unit: str
    min_stock: int
    stock: tuple[int, int, int, int]  # received, sold, returned, damaged
    motifs: str  # what its pictures show (keys of motifs.MOTIFS), main one first
    colour: str  # of the product in its pictures
    description_id: str
    description_en: str
    certificates: str = ""  # comma-separated
    export: str = ""
    featured: bool = False
    on_kiosk: bool = True
    photos: int = 1


# fmt: off
CATEGORIES = (
    DemoCategory(
        "kopi", "Kopi", "Coffee", "coffee", "#9a6a45", "#2b1810", "#d9a441",
    ),
    DemoCategory(
        "rempah", "Rempah & Hasil Tani", "Spices & Farm Goods", "spice", "#8a9a55", "#243014",
        "#b5542c",
    ),
    DemoCategory(
        "madu", "Madu & Gula Aren", "Honey & Palm Sugar", "honey", "#f6dca6", "#a8621c", "#7a4a12",
    ),
    DemoCategory(
        "ringan", "Makanan Ringan", "Snacks", "snack", "#f7c25a", "#b0481a", "#8a2e0e",
    ),
    DemoCategory(
        "buah", "Olahan Buah", "Fruit Products", "fruit", "#b7dc7a", "#2f6b2f", "#c0392b",
    ),
    DemoCategory(
        "laut", "Hasil Laut", "Seafood Products", "fish", "#7cc3d6", "#0f4660", "#e0873a",
    ),
    DemoCategory(
        "tapis", "Kain Tapis & Tenun", "Tapis & Woven Cloth", "textile", "#f0e2c8", "#9c7b52",
        "#1d5e57",
    ),
    DemoCategory(
        "batik", "Batik & Sulam", "Batik & Embroidery", "batik", "#e6d2b0", "#6e5234", "#e2b646",
    ),
    DemoCategory(
        "kriya", "Kerajinan", "Crafts", "craft", "#cfe0c8", "#3f5e48", "#c98a3c",
    ),
)
# fmt: on


# fmt: off
PRODUCERS = (
    DemoProducer(
        "hijau_makmur", "Koperasi Tani Hijau Makmur", "koperasi", None, "Tanggamus",
        "Jl. Raya Pulau Panggung, Kecamatan Pulau Panggung, Tanggamus", "Bagian Pemasaran",
        "0813-0000-1101", "9120001110101",
        "Koperasi petani kopi robusta di Tanggamus, salah satu contoh UMKM Lampung yang naik "
        "kelas: kopi anggotanya sudah diekspor ke Singapura dan Taiwan.",
        "A cooperative of robusta coffee farmers in Tanggamus, one of Lampung's examples of a "
        "small business levelling up: its members' coffee is exported to Singapore and Taiwan.",
    ),
    DemoProducer(
        "rafins", "Rafins Snack", "umkm", "kecil", "Pringsewu",
        "Jl. Raya Pringsewu–Pagelaran, Pringsewu", "Bagian Pemasaran", "0812-0000-2202",
        "9120002220202",
        "Produsen makanan ringan dari Pringsewu yang sudah menembus pasar ekspor: keripiknya "
        "dikirim sampai ke Mesir.",
        "A snack maker from Pringsewu that has broken into export markets: its chips travel as far "
        "as Egypt.",
    ),
    DemoProducer(
        "sekala", "Kopi Luwak Sekala Bekhak", "umkm", "mikro", "Lampung Barat",
        "Kelurahan Way Mengaku, Balik Bukit, Liwa, Lampung Barat", "Rizal Efendi",
        "0821-0000-3303", "9120003330303",
        "Usaha keluarga di Liwa yang mengumpulkan kopi luwak dari luwak liar di kebun-kebun kopi "
        "sekitar Gunung Pesagi. Namanya diambil dari Sekala Bekhak, kerajaan tua asal orang "
        "Lampung.",
        "A family business in Liwa that gathers civet coffee left by wild civets in the coffee "
        "gardens around Mount Pesagi. It is named after Sekala Bekhak, the ancient kingdom from "
        "which the Lampung people trace their origin.",
    ),
    DemoProducer(
        "saibatin", "Kopi Liwa Sai Batin", "umkm", "kecil", "Lampung Barat",
        "Jl. Lintas Liwa–Ranau, Way Tenong, Lampung Barat", "Yulia Kartika", "+62 852 0000 3404",
        "9120003440404",
        "Penyangrai kopi generasi kedua di Way Tenong. Ayahnya berkebun kopi, dan Yulia menyangrai "
        "hasil kebun tetangga dengan profil sangrai yang ia catat satu per satu.",
        "A second-generation coffee roaster in Way Tenong. Her father grew coffee; Yulia roasts "
        "her neighbours' harvests to roast profiles she records batch by batch.",
    ),
    DemoProducer(
        "lada_waykanan", "Koperasi Lada Bumi Way Kanan", "koperasi", None, "Way Kanan",
        "Kampung Gunung Labuhan, Way Kanan", "Syahrial", "0812-0000-4505", "9120004550505",
        "Koperasi tiga ratus petani lada yang ingin mengembalikan kejayaan lada hitam Lampung. "
        "Lada dijemur di atas terpal bersih, dipilah, lalu dikemas di gudang koperasi.",
        "A cooperative of three hundred pepper farmers who want to restore the fame of Lampung "
        "black pepper. The pepper is dried on clean tarpaulins, sorted and packed at the "
        "cooperative's warehouse.",
    ),
    DemoProducer(
        "lada_kotabumi", "UD Lada Sumber Rezeki", "umkm", "kecil", "Lampung Utara",
        "Jl. Soekarno-Hatta No. 27, Kotabumi, Lampung Utara", "Hendra Saputra", "0811-0000-4606",
        "9120004660606",
        "Pedagang dan pengolah lada di Kotabumi sejak 1998. Membeli lada dari petani Lampung Utara "
        "dengan harga yang diumumkan setiap pagi, lalu membersihkan dan memilahnya sesuai SNI.",
        "A pepper trader and processor in Kotabumi since 1998. It buys from Lampung Utara farmers "
        "at a price posted every morning, then cleans and grades the pepper to the national "
        "standard.",
    ),
    DemoProducer(
        "aren_banjit", "Gula Aren Nira Banjit", "umkm", "mikro", "Way Kanan",
        "Kampung Banjit, Kecamatan Banjit, Way Kanan", "Sri Wahyuni", "0822-0000-5707",
        "9120005770707",
        "Kelompok ibu-ibu di Banjit yang memasak nira aren dari kebun suami mereka menjadi gula "
        "semut dan gula cetak. Nira disadap pagi dan sore, lalu langsung dimasak dengan kayu "
        "bakar.",
        "A group of women in Banjit who cook the aren palm sap from their husbands' gardens into "
        "palm sugar crystals and blocks. The sap is tapped morning and evening and cooked at once "
        "over a wood fire.",
    ),
    DemoProducer(
        "kakao", "Cokelat Bumi Pesawaran", "umkm", "kecil", "Pesawaran",
        "Jl. Raya Kedondong, Pesawaran", "Dimas Prasetyo", "0857-0000-6808", "9120006880808",
        "Bengkel cokelat kecil yang mengolah biji kakao Pesawaran dari biji sampai batang. Petani "
        "mitra dilatih memfermentasi biji dengan benar dan dibayar lebih untuk biji terfermentasi.",
        "A small chocolate workshop that turns Pesawaran cocoa into bars, bean to bar. Partner "
        "farmers are trained to ferment their beans properly and are paid more for fermented "
        "beans.",
    ),
    DemoProducer(
        "madu_krui", "Madu Hutan Krui", "umkm", "mikro", "Pesisir Barat",
        "Pasar Krui, Pesisir Tengah, Pesisir Barat", "Mirza", "0813-0000-7909", "9120007990909",
        "Pemburu madu dari Krui yang memanen sarang lebah liar di repong damar, kebun hutan "
        "warisan yang menjaga hutan Pesisir Barat tetap hijau.",
        "Honey hunters from Krui who harvest wild bee nests in the repong damar, the inherited "
        "forest gardens that keep the forests of Pesisir Barat green.",
    ),
    DemoProducer(
        "nanas", "Nanas Madu Terbanggi", "umkm", "kecil", "Lampung Tengah",
        "Jl. Lintas Sumatra, Terbanggi Besar, Lampung Tengah", "Tri Handayani", "0812-0000-8010",
        "9120008001010",
        "Usaha olahan nanas di Terbanggi Besar, di tengah kebun nanas terbesar di Indonesia. Nanas "
        "yang terlalu kecil untuk pasar segar diolah menjadi keripik, selai, sirup dan dodol.",
        "A pineapple processor in Terbanggi Besar, amid the largest pineapple plantations in "
        "Indonesia. Fruit too small for the fresh market becomes chips, jam, syrup and dodol.",
    ),
    DemoProducer(
        "siger_jaya", "Keripik Pisang Siger Jaya", "umkm", "menengah", "Kota Bandar Lampung",
        "Jl. Pagar Alam, Gang PU, Kedaton, Bandar Lampung", "Hj. Rosmala Dewi", "0721-000-0111",
        "9120009111111",
        "Salah satu toko keripik tertua di sentra keripik Jalan Pagar Alam. Berawal dari satu "
        "wajan pada 1990-an, kini mempekerjakan tiga puluh orang tetangga.",
        "One of the oldest shops in the banana-chip quarter on Jalan Pagar Alam. It started with a "
        "single wok in the 1990s and now employs thirty people from the neighbourhood.",
    ),
    DemoProducer(
        "kemplang", "Kemplang Bahari Kalianda", "umkm", "mikro", "Lampung Selatan",
        "Jl. Lintas Sumatra, Kalianda, Lampung Selatan", "Bambang Irawan", "0852-0000-1212", "",
        "Pembuat kemplang rumahan di Kalianda, tak jauh dari Pelabuhan Bakauheni. Ikannya dibeli "
        "dari nelayan setempat setiap pagi. NIB sedang diurus lewat pendampingan Dinas Koperasi.",
        "A home kemplang maker in Kalianda, not far from Bakauheni harbour. The fish is bought "
        "from local fishermen every morning. Its business number is being arranged with help from "
        "the cooperatives office.",
    ),
    DemoProducer(
        "pasaran", "Koperasi Nelayan Pulau Pasaran", "koperasi", None, "Kota Bandar Lampung",
        "Pulau Pasaran, Kota Karang, Teluk Betung Timur, Bandar Lampung", "Syamsul Bahri",
        "0812-0000-1313", "9120001313131",
        "Koperasi nelayan dan penjemur teri di Pulau Pasaran, pulau kecil di Teluk Lampung yang "
        "hampir seluruh warganya hidup dari ikan teri.",
        "A cooperative of fishermen and anchovy driers on Pulau Pasaran, a small island in Lampung "
        "Bay where nearly everyone lives from anchovies.",
    ),
    DemoProducer(
        "emping", "Emping Melinjo Sekampung", "umkm", "mikro", "Lampung Timur",
        "Desa Sumbergede, Sekampung, Lampung Timur", "Siti Aminah", "0823-0000-1414", "",
        "Dua belas ibu rumah tangga di Sekampung yang memipihkan emping melinjo dengan tangan. "
        "Melinjo dipetik dari pekarangan warga desa.",
        "Twelve village women in Sekampung who flatten melinjo crackers by hand. The melinjo nuts "
        "come from the villagers' own yards.",
    ),
    DemoProducer(
        "gisting", "Dapur Durian Gisting", "umkm", "mikro", "Tanggamus",
        "Jl. Raya Gisting, Gisting, Tanggamus", "Nurhasanah", "0813-0000-1515", "9120001515151",
        "Dapur kecil di Gisting yang mengolah durian lokal menjadi lempok saat musim panen raya, "
        "agar durian yang melimpah tidak terbuang.",
        "A small kitchen in Gisting that turns local durians into lempok at the height of the "
        "season, so that the glut of fruit does not go to waste.",
    ),
    DemoProducer(
        "katon", "Koperasi Perajin Tapis Negeri Katon", "koperasi", None, "Pesawaran",
        "Desa Negeri Katon, Kecamatan Negeri Katon, Pesawaran", "Hj. Zubaidah", "0812-0000-1616",
        "9120001616161",
        "Koperasi enam puluh perajin tapis di Negeri Katon, desa yang dikenal sebagai kampung "
        "tapis. Motif-motif lama dicatat dan diajarkan kepada perajin muda.",
        "A cooperative of sixty tapis makers in Negeri Katon, a village known as the home of "
        "tapis. Old motifs are recorded and taught to young weavers.",
    ),
    DemoProducer(
        "ruwa_jurai", "Sanggar Sulam Ruwa Jurai", "umkm", "kecil", "Kota Bandar Lampung",
        "Jl. Sultan Agung No. 15, Way Halim, Bandar Lampung", "Yuliana Pratiwi", "0811-0000-1717",
        "9120001717171",
        "Sanggar sulam usus dan tapis modern yang melatih lebih dari seratus perempuan. Namanya "
        "berarti 'dua golongan', dua masyarakat adat Lampung: Saibatin dan Pepadun.",
        "A studio for sulam usus and modern tapis that has trained more than a hundred women. Its "
        "name means 'two lineages', the two customary peoples of Lampung: Saibatin and Pepadun.",
    ),
    DemoProducer(
        "batik_metro", "Batik Siger Metro", "umkm", "kecil", "Kota Metro",
        "Jl. AH Nasution No. 8, Metro Pusat, Kota Metro", "Slamet Riyadi", "0856-0000-1818",
        "9120001818181",
        "Rumah batik di Kota Metro yang memadukan teknik batik Jawa dengan motif Lampung: siger, "
        "kapal, gajah dan pucuk rebung.",
        "A batik house in Metro that joins Javanese batik craft with Lampung motifs: the siger "
        "crown, the ship, the elephant and the bamboo shoot.",
    ),
    DemoProducer(
        "purun", "Koperasi Anyaman Purun Rawajitu", "koperasi", None, "Tulang Bawang",
        "Kampung Bumi Dipasena, Rawajitu Timur, Tulang Bawang", "Ngatini", "0822-0000-1919",
        "9120001919191",
        "Koperasi penganyam purun, rumput rawa yang tumbuh liar di pesisir Tulang Bawang. Anyaman "
        "menjadi penghasilan tambahan keluarga petambak udang.",
        "A cooperative of purun weavers; purun is a sedge that grows wild in the Tulang Bawang "
        "coastal swamps. Weaving brings extra income to shrimp-farming families.",
    ),
    DemoProducer(
        "way_kambas", "Kriya Kayu Way Kambas", "umkm", "mikro", "Lampung Timur",
        "Desa Labuhan Ratu VI, Labuhan Ratu, Lampung Timur", "Sugeng Priyanto", "0812-0000-2020",
        "9120002020202",
        "Pengukir kayu di tepi Taman Nasional Way Kambas yang hanya memakai kayu sisa dan kayu "
        "tumbang. Sebagian hasil penjualan disisihkan untuk patroli gajah.",
        "Woodcarvers at the edge of Way Kambas National Park who use only offcuts and fallen "
        "timber. Part of every sale goes to the elephant patrols.",
    ),
    DemoProducer(
        "bambu_sewu", "Bambu Sewu Kriya", "umkm", "kecil", "Pringsewu",
        "Jl. Ahmad Yani, Gadingrejo, Pringsewu", "Agus Setiawan", "0813-0000-2121",
        "9120002121212",
        "Bengkel kriya bambu di Pringsewu, kabupaten yang namanya berarti 'seribu bambu'. Bambunya "
        "diawetkan dengan rendaman air dan asap, tanpa bahan kimia berbahaya.",
        "A bamboo craft workshop in Pringsewu, the regency whose name means 'a thousand bamboos'. "
        "The bamboo is cured by soaking and smoking, without harmful chemicals.",
    ),
    DemoProducer(
        "patin", "Olahan Patin Mesuji", "umkm", "mikro", "Mesuji",
        "Desa Simpang Pematang, Mesuji", "Rina Marlina", "0852-0000-2222", "",
        "Usaha rumahan yang mengolah ikan patin dari kolam-kolam warga Mesuji menjadi abon dan "
        "kerupuk, agar harga ikan tidak jatuh saat panen serentak.",
        "A home business that turns catfish from the ponds of Mesuji villagers into floss and "
        "crackers, so fish prices do not collapse when everyone harvests at once.",
    ),
    DemoProducer(
        "tubaba", "Keripik Singkong Tiyuh Tubaba", "umkm", "mikro", "Tulang Bawang Barat",
        "Tiyuh Panaragan, Tulang Bawang Tengah, Tulang Bawang Barat", "Suhaimi", "0821-0000-2323",
        "9120002323232",
        "Kelompok usaha di Tiyuh Panaragan yang mengolah singkong ladang menjadi keripik dan "
        "tepung mocaf. Tiyuh adalah sebutan desa di Tulang Bawang Barat.",
        "A village business in Tiyuh Panaragan that turns field cassava into chips and mocaf "
        "flour. Tiyuh is what villages are called in Tulang Bawang Barat.",
    ),
)
# fmt: on


# fmt: off
PRODUCTS = (
    # --- Kopi -------------------------------------------------------------------------------------
    DemoProduct(
        "kopi", "hijau_makmur", "Kopi Robusta Tanggamus Biji Sangrai",
        "Tanggamus Robusta Coffee, Roasted Beans",
        65_000, "pack 250 g", 20, (120, 64, 2, 1), "beans pouch cup", "#5a3520",
        "Biji kopi robusta dari kebun anggota koperasi di lereng Tanggamus, dipetik merah dan "
        "disangrai sedang. Rasanya tebal dengan sentuhan cokelat dan gula aren, keasamannya "
        "rendah. Cocok untuk kopi tubruk, mesin espresso, maupun es kopi susu.",
        "Robusta beans from the cooperative members' gardens on the slopes of Tanggamus, picked "
        "ripe and given a medium roast. Full-bodied, with notes of chocolate and palm sugar and a "
        "low acidity. Good for traditional tubruk, espresso machines and iced milk coffee alike.",
        "Halal, P-IRT", "Singapura, Taiwan", featured=True, photos=3,
    ),
    DemoProduct(
        "kopi", "hijau_makmur", "Kopi Robusta Tanggamus Bubuk", "Tanggamus Robusta Coffee, Ground",
        45_000, "pack 200 g", 25, (150, 98, 0, 2), "pouch beans", "#7a4a2a",
        "Kopi robusta Tanggamus yang digiling halus, siap diseduh ala tubruk. Digiling setiap "
        "minggu di rumah produksi koperasi agar aromanya tetap segar. Kemasan berkatup menjaga "
        "kopi tetap harum hingga cangkir terakhir.",
        "Tanggamus robusta, finely ground and ready to brew the Indonesian tubruk way. It is "
        "ground every week at the cooperative's roastery so the aroma stays fresh. The one-way "
        "valve pouch keeps it fragrant to the last cup.",
        "Halal, P-IRT", "Singapura, Taiwan", photos=2,
    ),
    DemoProduct(
        "kopi", "hijau_makmur", "Kopi Robusta Lanang (Peaberry)",
        "Robusta Peaberry Coffee (Lanang)",
        85_000, "pack 250 g", 10, (40, 28, 0, 0), "beans cup", "#4a2c1a",
        "Kopi lanang adalah biji tunggal yang bulat, hanya sekitar lima persen dari panen. Biji "
        "ini dipisahkan dengan tangan lalu disangrai tersendiri agar matangnya merata. Rasanya "
        "lebih manis dan lembut dibanding robusta biasa.",
        "Lanang, or peaberry, is the single round bean found in only about five percent of the "
        "harvest. The beans are sorted out by hand and roasted on their own so they cook evenly. "
        "It tastes sweeter and smoother than ordinary robusta.",
        "Halal", "Singapura, Taiwan",
    ),
    DemoProduct(
        "kopi", "hijau_makmur", "Green Bean Robusta Tanggamus Mutu 1",
        "Tanggamus Robusta Green Coffee Beans, Grade 1",
        120_000, "pack 1 kg", 10, (60, 22, 0, 0), "beans", "#8f9a5a",
        "Biji kopi mentah robusta mutu 1 sesuai SNI, dengan kadar air di bawah 12,5 persen. "
        "Disediakan untuk kedai kopi dan penyangrai yang ingin menyangrai sendiri. Pesanan besar "
        "untuk ekspor dapat dibicarakan langsung dengan koperasi.",
        "Unroasted robusta green beans, grade 1 to the Indonesian national standard, with moisture "
        "below 12.5 percent. Meant for cafés and roasters who roast their own. Larger orders for "
        "export can be arranged directly with the cooperative.",
        "SNI", "Singapura, Taiwan", on_kiosk=False,
    ),
    DemoProduct(
        "kopi", "sekala", "Kopi Luwak Liar Lampung Barat", "Wild Civet Coffee from Lampung Barat",
        350_000, "pack 100 g", 5, (24, 11, 0, 0), "cup beans pouch", "#3b2214",
        "Kopi luwak dari luwak liar yang hidup bebas di kebun kopi Lampung Barat, bukan luwak "
        "kandang. Biji dikumpulkan dari kebun, dicuci bersih, dijemur, lalu disangrai dalam jumlah "
        "kecil. Rasanya lembut, hampir tanpa pahit, dengan aroma tanah dan rempah.",
        "Civet coffee from wild civets that roam freely through the coffee gardens of Lampung "
        "Barat, never caged animals. The beans are gathered in the gardens, washed, sun-dried and "
        "roasted in small batches. Smooth and almost without bitterness, with an earthy, spicy "
        "aroma.",
        "Halal, P-IRT, HKI", featured=True, photos=3,
    ),
    DemoProduct(
        "kopi", "sekala", "Kopi Luwak Kantong Seduh", "Civet Coffee Drip Bags",
        150_000, "kotak 10 sachet", 5, (20, 17, 0, 0), "pouch cup", "#2e4a3a",
        "Kopi luwak Lampung Barat dalam kantong seduh praktis: cukup gantung di cangkir dan tuang "
        "air panas. Satu kotak berisi sepuluh kantong, pas untuk oleh-oleh. Setiap kantong "
        "tertutup rapat sehingga aromanya terjaga.",
        "Lampung Barat civet coffee in handy drip bags: hang one on a cup and pour over hot water. "
        "A box holds ten bags, just right as a gift. Each bag is sealed so the aroma keeps.",
        "Halal, P-IRT", photos=2,
    ),
    DemoProduct(
        "kopi", "saibatin", "Kopi Robusta Liwa Honey Process",
        "Liwa Robusta Coffee, Honey Process",
        95_000, "pack 250 g", 10, (50, 21, 0, 0), "cup beans", "#6b3a1e",
        "Robusta dari kebun Way Tenong pada ketinggian 900 sampai 1.200 meter, diproses honey: "
        "biji dijemur bersama lendir buahnya. Hasilnya kopi yang manis seperti madu dengan aroma "
        "buah kering. Disangrai sedang oleh penyangrai generasi kedua.",
        "Robusta from Way Tenong gardens at 900 to 1,200 metres, honey-processed: the beans are "
        "dried with the sticky fruit pulp still on them. The result is a coffee sweet like honey, "
        "with a scent of dried fruit. Medium-roasted by a second-generation roaster.",
        "Halal, P-IRT", featured=True, photos=2,
    ),
    DemoProduct(
        "kopi", "saibatin", "Kopi Robusta Liwa Bubuk Kasar", "Liwa Robusta Coffee, Coarse Ground",
        38_000, "pack 200 g", 15, (80, 52, 0, 0), "pouch cup", "#9c2f2f",
        "Gilingan kasar untuk french press, V60 dan cold brew. Kopinya disangrai agak gelap "
        "sehingga tetap nikmat dicampur susu atau gula aren. Kopi sehari-hari kesukaan orang Liwa.",
        "A coarse grind for French press, V60 and cold brew. Roasted a little dark, so it stays "
        "good with milk or palm sugar. The everyday coffee of the people of Liwa.",
        "Halal, P-IRT",
    ),
    # --- Rempah & Hasil Tani ----------------------------------------------------------------------
    DemoProduct(
        "rempah", "lada_waykanan", "Lada Hitam Butir Way Kanan", "Way Kanan Whole Black Pepper",
        22_000, "pack 100 g", 20, (100, 46, 0, 0), "bowl pouch", "#3a2a22",
        "Lada hitam Lampung yang termasyhur sejak zaman perdagangan rempah, dari kebun anggota "
        "koperasi di Way Kanan. Butirnya besar, dipetik tua lalu dijemur di bawah matahari. "
        "Pedasnya tajam dan hangat; giling sesaat sebelum dipakai agar aromanya paling harum.",
        "The Lampung black pepper famous since the days of the spice trade, from the cooperative "
        "members' gardens in Way Kanan. Large corns, picked mature and dried in the sun. Sharp, "
        "warm heat; grind just before use for the best aroma.",
        "Halal, P-IRT", featured=True, photos=2,
    ),
    DemoProduct(
        "rempah", "lada_waykanan", "Lada Hitam Bubuk", "Ground Black Pepper",
        18_000, "botol 50 g", 20, (90, 75, 0, 1), "bottle bowl", "#2d2320",
        "Lada hitam Way Kanan yang digiling halus dalam botol tabur. Tanpa campuran tepung atau "
        "bahan pengisi, hanya lada murni. Praktis untuk sup, tumisan dan bumbu rendang.",
        "Way Kanan black pepper, finely ground, in a shaker bottle. No flour or fillers, only pure "
        "pepper. Handy for soups, stir-fries and rendang spice paste.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "rempah", "lada_kotabumi", "Lada Putih Butir Lampung Utara", "Lampung Utara White Pepper",
        35_000, "pack 100 g", 15, (70, 28, 0, 0), "bowl", "#e6dcc4",
        "Lada putih dibuat dari buah lada matang yang direndam lalu dikupas kulitnya, sehingga "
        "rasanya lebih bersih dan pedasnya lebih halus. Dipilah dan dibersihkan di gudang kami di "
        "Kotabumi sesuai SNI. Pas untuk masakan berkuah bening dan bakso.",
        "White pepper is made by soaking ripe pepper berries and removing the skin, which gives a "
        "cleaner taste and a finer heat. Sorted and cleaned at our Kotabumi warehouse to the "
        "national standard. Just right for clear soups and meatball broth.",
        "Halal, SNI",
    ),
    DemoProduct(
        "rempah", "lada_kotabumi", "Lada Hitam Lampung Kemasan Ekspor",
        "Lampung Black Pepper, Export Pack",
        195_000, "pack 1 kg", 5, (30, 9, 0, 0), "pouch bowl", "#37474f",
        "Lada hitam yang sudah dibersihkan, dipilah menurut ukuran butir dan diuji kadar airnya. "
        "Dikemas dalam kantong aluminium satu kilogram untuk restoran, pedagang dan pengekspor. "
        "Contoh dan sertifikat mutu tersedia untuk pembeli luar negeri.",
        "Black pepper cleaned, graded by corn size and tested for moisture. Packed in one-kilogram "
        "foil bags for restaurants, traders and exporters. Samples and quality certificates are "
        "available for overseas buyers.",
        "Halal, SNI", "Belanda", on_kiosk=False,
    ),
    DemoProduct(
        "rempah", "kakao", "Cokelat Hitam Pesawaran 70%", "Pesawaran Dark Chocolate 70%",
        35_000, "batang 80 g", 15, (60, 38, 0, 0), "bar pod", "#4a2717",
        "Cokelat hitam 70 persen dari biji kakao Pesawaran yang difermentasi oleh petani mitra. "
        "Diolah dari biji sampai batang di bengkel kecil kami, tanpa lemak nabati pengganti. "
        "Rasanya pekat dengan sentuhan buah dan asam yang segar.",
        "A 70 percent dark chocolate made from Pesawaran cocoa beans fermented by our partner "
        "farmers. Made from bean to bar in our small workshop, with no substitute vegetable fats. "
        "Intense, with fruity notes and a fresh, gentle acidity.",
        "Halal, BPOM MD", featured=True, photos=3,
    ),
    DemoProduct(
        "rempah", "kakao", "Bubuk Kakao Murni", "Pure Cocoa Powder",
        42_000, "pack 250 g", 10, (45, 40, 0, 0), "pouch pod", "#6d3b22",
        "Bubuk kakao murni tanpa gula dari biji kakao Pesawaran. Warnanya cokelat tua dan aromanya "
        "kuat, cocok untuk cokelat panas, kue dan brownies. Larutkan dulu dengan sedikit air panas "
        "sebelum ditambah susu.",
        "Pure unsweetened cocoa powder from Pesawaran cocoa beans. Dark brown with a strong aroma, "
        "for hot chocolate, cakes and brownies. Mix it with a little hot water before adding milk.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "rempah", "kakao", "Kakao Nibs Sangrai", "Roasted Cocoa Nibs",
        30_000, "pack 150 g", 10, (30, 12, 0, 0), "pod bowl", "#8a4b2a",
        "Pecahan biji kakao sangrai yang renyah, pahit dan gurih. Taburkan di atas yoghurt, bubur "
        "atau es krim, atau kunyah langsung sebagai camilan. Kaya serat dan tanpa tambahan gula.",
        "Crunchy roasted cocoa bean pieces, bitter and nutty. Sprinkle them over yoghurt, porridge "
        "or ice cream, or eat them as a snack. Rich in fibre, with no added sugar.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "rempah", "tubaba", "Tepung Mocaf Tubaba", "Tubaba Mocaf Cassava Flour",
        16_000, "pack 1 kg", 10, (40, 15, 0, 0), "pouch bowl", "#d8c9a3",
        "Tepung singkong termodifikasi (mocaf) dari singkong Tulang Bawang Barat yang "
        "difermentasi, dijemur lalu digiling halus. Bebas gluten dan bisa menggantikan sebagian "
        "terigu untuk kue, roti dan gorengan. Warnanya putih bersih dan tidak berbau singkong.",
        "Modified cassava flour (mocaf) from Tulang Bawang Barat cassava, fermented, sun-dried and "
        "finely milled. Gluten-free, it can replace part of the wheat flour in cakes, bread and "
        "fritters. Clean white, with no cassava smell.",
        "Halal, P-IRT",
    ),
    # --- Madu & Gula Aren -------------------------------------------------------------------------
    DemoProduct(
        "madu", "aren_banjit", "Gula Semut Aren Banjit", "Banjit Palm Sugar Crystals",
        28_000, "pack 500 g", 20, (100, 55, 0, 0), "bowl pouch", "#9a5b22",
        "Gula semut dari nira aren segar yang disadap pagi hari di kebun Banjit, Way Kanan. Nira "
        "dimasak dengan kayu bakar sampai mengkristal, lalu diayak halus. Mudah larut, manisnya "
        "lembut dan beraroma karamel: pengganti gula pasir yang lebih alami.",
        "Palm sugar crystals from fresh aren sap tapped each morning in the gardens of Banjit, Way "
        "Kanan. The sap is cooked over a wood fire until it crystallises, then sieved fine. It "
        "dissolves easily, with a gentle caramel sweetness: a natural stand-in for white sugar.",
        "Halal, P-IRT", featured=True, photos=2,
    ),
    DemoProduct(
        "madu", "aren_banjit", "Gula Aren Cetak Batok", "Palm Sugar Blocks",
        30_000, "pack 1 kg", 15, (80, 30, 0, 2), "crackers bowl", "#7a3e16",
        "Gula aren tradisional yang dicetak dalam tempurung kelapa, seperti buatan nenek. Warnanya "
        "cokelat kemerahan dan wanginya khas nira. Untuk kolak, bubur kacang hijau dan sambal.",
        "Traditional palm sugar set in coconut-shell moulds, just as grandmothers made it. Reddish "
        "brown, with the unmistakable scent of palm sap. For kolak, mung bean porridge and sambal.",
        "P-IRT",
    ),
    DemoProduct(
        "madu", "aren_banjit", "Gula Semut Jahe Merah", "Red Ginger Palm Sugar Drink",
        30_000, "pack 250 g", 10, (40, 28, 0, 0), "pouch cup", "#b5542c",
        "Campuran gula semut aren dan jahe merah pilihan, tinggal diseduh air panas. Hangat di "
        "badan, cocok diminum setelah perjalanan jauh atau di pagi yang dingin. Tanpa pengawet dan "
        "pemanis buatan.",
        "Palm sugar crystals blended with red ginger: just add hot water. Warming, ideal after a "
        "long journey or on a cool morning. No preservatives or artificial sweeteners.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "madu", "madu_krui", "Madu Hutan Krui", "Krui Wild Forest Honey",
        120_000, "botol 500 ml", 10, (40, 19, 0, 0), "jar bottle", "#c77a12",
        "Madu hutan dari lebah liar yang bersarang di repong damar, kebun hutan warisan masyarakat "
        "Krui di Pesisir Barat. Dipanen dengan cara ditiriskan tanpa merusak sarang, lalu disaring "
        "tanpa dipanaskan. Warnanya gelap dan rasanya kaya, dengan sedikit pahit khas bunga hutan.",
        "Wild honey from bees nesting in the repong damar, the forest gardens handed down by the "
        "people of Krui in Pesisir Barat. Harvested by draining the comb without destroying the "
        "nest, then strained without heating. Dark and rich, with the slight bitterness of forest "
        "flowers.",
        "Halal, BPOM MD", featured=True, photos=3,
    ),
    DemoProduct(
        "madu", "madu_krui", "Madu Klanceng", "Stingless Bee Honey (Klanceng)",
        150_000, "botol 250 ml", 5, (20, 18, 0, 0), "bottle jar", "#d9a21b",
        "Madu dari lebah tanpa sengat (klanceng) yang dipelihara di kotak kayu di pekarangan warga "
        "Krui. Rasanya asam manis segar dan lebih encer dari madu biasa. Setiap koloni hanya "
        "menghasilkan sedikit, jadi persediaannya terbatas.",
        "Honey from stingless bees (klanceng) kept in wooden boxes in the yards of Krui villagers. "
        "Fresh, sweet and tangy, and thinner than ordinary honey. Each colony yields very little, "
        "so supply is limited.",
        "Halal",
    ),
    DemoProduct(
        "madu", "madu_krui", "Madu Hutan Sachet", "Forest Honey Sachets",
        45_000, "kotak 20 sachet", 10, (30, 14, 0, 0), "jar", "#e0a52a",
        "Madu hutan Krui dalam sachet kecil yang mudah dibawa bepergian. Satu sachet pas untuk "
        "teh, roti, atau langsung diminum. Oleh-oleh ringan yang tidak akan tumpah di tas.",
        "Krui forest honey in small sachets, easy to carry on a trip. One sachet is just right for "
        "tea, toast, or straight from the pack. A light gift that will not spill in your bag.",
        "Halal, BPOM MD",
    ),
    # --- Makanan Ringan ---------------------------------------------------------------------------
    DemoProduct(
        "ringan", "siger_jaya", "Keripik Pisang Cokelat", "Chocolate Banana Chips",
        25_000, "pack 250 g", 30, (200, 143, 3, 2), "chips pouch", "#6b3a1e",
        "Oleh-oleh paling dicari dari Bandar Lampung: pisang kepok diiris tipis, digoreng renyah, "
        "lalu dibalut bubuk cokelat. Dibuat setiap hari di sentra keripik Jalan Pagar Alam. Manis, "
        "renyah, dan susah berhenti.",
        "The most sought-after gift from Bandar Lampung: thinly sliced kepok banana, fried crisp "
        "and coated in chocolate powder. Made every day in the chip-makers' quarter on Jalan Pagar "
        "Alam. Sweet, crunchy and hard to stop eating.",
        "Halal, P-IRT", featured=True, photos=3,
    ),
    DemoProduct(
        "ringan", "siger_jaya", "Keripik Pisang Keju", "Cheese Banana Chips",
        25_000, "pack 250 g", 30, (160, 102, 0, 0), "chips pouch", "#f2c14e",
        "Keripik pisang renyah dengan taburan bubuk keju yang gurih. Perpaduan manis pisang dan "
        "asin keju membuatnya disukai anak-anak. Kemasan bersegel, tahan sampai tiga bulan.",
        "Crisp banana chips dusted with savoury cheese powder. The sweet banana and salty cheese "
        "make it a favourite with children. Sealed pack, keeps for up to three months.",
        "Halal, P-IRT", photos=2,
    ),
    DemoProduct(
        "ringan", "siger_jaya", "Keripik Pisang Original Manis", "Sweet Banana Chips, Original",
        22_000, "pack 250 g", 20, (120, 70, 0, 0), "chips", "#e8b04a",
        "Keripik pisang dengan lapisan gula tipis, resep asli yang dibuat sejak tahun 1990-an. "
        "Pisangnya dipilih yang setengah matang agar renyah dan tidak berminyak. Teman yang pas "
        "untuk secangkir kopi Lampung.",
        "Banana chips with a thin sugar glaze, the original recipe made since the 1990s. The "
        "bananas are picked half-ripe so the chips stay crisp and never oily. Just right with a "
        "cup of Lampung coffee.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "ringan", "siger_jaya", "Keripik Pisang Balado", "Spicy Balado Banana Chips",
        25_000, "pack 250 g", 20, (100, 79, 0, 0), "chips pouch", "#d9682b",
        "Keripik pisang berbumbu balado: cabai, bawang merah dan sedikit gula. Pedasnya sedang, "
        "cocok untuk yang suka camilan berani rasa. Dibuat tanpa penyedap buatan.",
        "Banana chips in balado seasoning: chilli, shallot and a little sugar. Medium hot, for "
        "those who like a bold snack. Made without artificial flavour enhancers.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "ringan", "rafins", "Keripik Singkong Balado Rafins", "Rafins Cassava Chips, Balado",
        18_000, "pack 200 g", 30, (180, 120, 0, 0), "chips pouch", "#e07a2e",
        "Keripik singkong renyah dari singkong petani Pringsewu, diiris tipis dan dibumbui balado. "
        "Produk ini ikut dikirim dalam pesanan ekspor Rafins Snack ke Mesir. Gurih, pedas manis, "
        "dan tetap renyah lama.",
        "Crisp chips of Pringsewu farmers' cassava, thinly sliced and seasoned balado style. This "
        "is one of the snacks in Rafins Snack's export shipments to Egypt. Savoury, sweet and "
        "spicy, and stays crisp for a long time.",
        "Halal, P-IRT", "Mesir", featured=True, photos=2,
    ),
    DemoProduct(
        "ringan", "rafins", "Keripik Pisang Manis Rafins", "Rafins Sweet Banana Chips",
        20_000, "pack 200 g", 30, (150, 95, 0, 0), "chips pouch", "#f0c05a",
        "Keripik pisang manis dengan irisan memanjang, digoreng dengan minyak yang sering diganti "
        "agar rasanya bersih. Dikemas dalam kantong bersegel yang tahan perjalanan jauh, termasuk "
        "ke Mesir. Renyah, dan manisnya pas.",
        "Sweet banana chips cut lengthwise and fried in oil that is changed often, so they taste "
        "clean. Packed in sealed bags that survive long journeys, as far as Egypt. Crisp, and just "
        "sweet enough.",
        "Halal, P-IRT", "Mesir",
    ),
    DemoProduct(
        "ringan", "rafins", "Stik Ubi Ungu", "Purple Sweet Potato Sticks",
        15_000, "pack 150 g", 20, (90, 90, 0, 0), "chips pouch", "#7b4a8f",
        "Stik renyah dari ubi ungu, warnanya alami tanpa pewarna. Rasanya gurih dengan sedikit "
        "manis, disukai anak-anak maupun orang tua. Cocok untuk bekal sekolah dan teman minum teh.",
        "Crunchy sticks of purple sweet potato, coloured naturally with no dyes. Savoury with a "
        "hint of sweetness, loved by children and grown-ups alike. Good for school lunchboxes and "
        "with afternoon tea.",
        "Halal, P-IRT", "Mesir",
    ),
    DemoProduct(
        "ringan", "emping", "Emping Melinjo Super", "Premium Melinjo Crackers (Emping)",
        45_000, "pack 500 g", 15, (70, 30, 0, 0), "crackers pouch", "#e3cf8e",
        "Emping melinjo tipis dan lebar, dipipihkan satu per satu dengan palu kayu oleh ibu-ibu di "
        "Sekampung, Lampung Timur. Dijual mentah, tinggal digoreng sebentar hingga mengembang. "
        "Gurih, dengan rasa pahit ringan yang khas melinjo.",
        "Thin, wide melinjo crackers, flattened one by one with a wooden mallet by women in "
        "Sekampung, Lampung Timur. Sold uncooked: fry briefly until they puff up. Savoury, with "
        "melinjo's typical light bitterness.",
        "P-IRT", photos=2,
    ),
    DemoProduct(
        "ringan", "emping", "Emping Melinjo Pedas Manis", "Sweet and Spicy Melinjo Crackers",
        30_000, "pack 250 g", 15, (60, 41, 0, 0), "crackers", "#c0702a",
        "Emping melinjo siap santap yang dilumuri gula merah dan cabai. Manis, pedas dan renyah "
        "sekaligus. Camilan khas Lebaran yang kini bisa dinikmati kapan saja.",
        "Ready-to-eat melinjo crackers glazed with palm sugar and chilli. Sweet, hot and crunchy "
        "all at once. A festive Lebaran snack, now for any day of the year.",
        "P-IRT",
    ),
    DemoProduct(
        "ringan", "tubaba", "Keripik Singkong Pedas Daun Jeruk", "Spicy Lime-Leaf Cassava Chips",
        12_000, "pack 200 g", 20, (80, 48, 0, 0), "chips pouch", "#e6a23c",
        "Singkong dari ladang Tulang Bawang Barat, di provinsi penghasil singkong terbesar di "
        "Indonesia, diolah menjadi keripik pedas beraroma daun jeruk. Harganya bersahabat dan "
        "rasanya bikin nagih. Dibuat oleh kelompok ibu-ibu di Tiyuh Panaragan.",
        "Cassava from the fields of Tulang Bawang Barat, in Indonesia's biggest cassava-growing "
        "province, made into spicy chips with lime leaf. A friendly price and a moreish taste. "
        "Made by a group of village women in Tiyuh Panaragan.",
        "P-IRT",
    ),
    # --- Olahan Buah ------------------------------------------------------------------------------
    DemoProduct(
        "buah", "nanas", "Keripik Nanas Madu", "Honey Pineapple Chips",
        35_000, "pack 100 g", 15, (60, 27, 0, 0), "pineapple chips", "#f2c230",
        "Nanas madu dari Lampung Tengah, pusat kebun nanas terbesar di Indonesia, digoreng hampa "
        "udara sehingga tetap kuning dan manis alami. Tanpa tambahan gula. Renyah, asam manis, dan "
        "ringan.",
        "Honey pineapple from Lampung Tengah, home of Indonesia's largest pineapple plantations, "
        "vacuum-fried so it stays golden and naturally sweet. No added sugar. Crisp, "
        "sweet-and-sour and light.",
        "Halal, P-IRT", featured=True, photos=3,
    ),
    DemoProduct(
        "buah", "nanas", "Selai Nanas", "Pineapple Jam",
        28_000, "botol 250 g", 15, (50, 41, 0, 0), "jar pineapple", "#e8a21a",
        "Selai nanas kental dengan potongan buah yang masih terasa, dimasak perlahan bersama kayu "
        "manis. Isian favorit untuk kue nastar, juga enak dioles di roti. Tanpa pewarna dan "
        "pengawet.",
        "Thick pineapple jam with real pieces of fruit, slowly cooked with cinnamon. The favourite "
        "filling for nastar cookies, and good on toast too. No colouring or preservatives.",
        "Halal, P-IRT", photos=2,
    ),
    DemoProduct(
        "buah", "nanas", "Sirup Nanas Madu", "Honey Pineapple Syrup",
        32_000, "botol 500 ml", 10, (40, 16, 0, 1), "bottle pineapple", "#f0b429",
        "Sirup dari sari nanas madu Lampung Tengah. Cukup dicampur air dingin dan es untuk minuman "
        "segar yang harum. Enak juga untuk es buah dan mocktail.",
        "Syrup made from the juice of Lampung Tengah honey pineapples. Mix with cold water and ice "
        "for a fragrant, refreshing drink. Also good in fruit ice and mocktails.",
        "Halal, BPOM MD",
    ),
    DemoProduct(
        "buah", "nanas", "Dodol Nanas", "Pineapple Dodol",
        20_000, "pack 250 g", 15, (50, 22, 0, 0), "crackers pineapple", "#c98a2c",
        "Dodol legit dari nanas, tepung ketan dan gula aren, diaduk berjam-jam di wajan besar. "
        "Dibungkus satu per satu dengan kertas minyak. Kenyal, manis, dan tahan lama untuk "
        "oleh-oleh.",
        "Chewy dodol of pineapple, glutinous rice flour and palm sugar, stirred for hours in a big "
        "wok. Each piece is wrapped in waxed paper. Sweet, chewy and long-keeping, good as a gift.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "buah", "gisting", "Lempok Durian Tanggamus", "Tanggamus Durian Lempok",
        60_000, "pack 250 g", 10, (40, 23, 0, 0), "durian crackers", "#c9a227",
        "Lempok dibuat dari daging durian lokal Tanggamus yang dimasak dengan sedikit gula hingga "
        "kental dan legit. Aroma duriannya kuat dan rasanya manis pekat. Dibungkus rapat, lempok "
        "tahan berminggu-minggu.",
        "Lempok is made from the flesh of local Tanggamus durians, cooked with a little sugar "
        "until thick and chewy. A strong durian aroma and a deep, rich sweetness. Tightly wrapped, "
        "it keeps for weeks.",
        "Halal, P-IRT", featured=True, photos=2,
    ),
    DemoProduct(
        "buah", "gisting", "Lempok Durian Mini Kotak Tapis", "Durian Lempok Minis, Tapis Gift Box",
        35_000, "kotak 10 pcs", 10, (30, 18, 0, 0), "durian", "#b8962e",
        "Lempok durian dalam potongan kecil yang dibungkus satu per satu, dikemas dalam kotak "
        "bermotif tapis. Praktis dibagi-bagikan sebagai oleh-oleh. Satu kotak berisi sepuluh "
        "potong.",
        "Durian lempok in small, individually wrapped pieces, boxed in a tapis-patterned gift box. "
        "Easy to share out as souvenirs. One box holds ten pieces.",
        "Halal, P-IRT",
    ),
    # --- Hasil Laut -------------------------------------------------------------------------------
    DemoProduct(
        "laut", "kemplang", "Kemplang Panggang Ikan Tenggiri",
        "Grilled Mackerel Crackers (Kemplang)",
        30_000, "pack 250 g", 20, (100, 62, 0, 0), "crackers fish", "#efe0b8",
        "Kerupuk kemplang dari ikan tenggiri dan tepung tapioka, dijemur lalu dipanggang di atas "
        "bara, bukan digoreng. Teksturnya renyah dan rasa ikannya terasa. Nikmat dicocol sambal "
        "kemplang yang manis pedas.",
        "Kemplang crackers of Spanish mackerel and tapioca, sun-dried and then grilled over embers "
        "instead of fried. Crunchy, with a real taste of fish. Best dipped in the sweet and spicy "
        "kemplang sambal.",
        "Halal, P-IRT", featured=True, photos=3,
    ),
    DemoProduct(
        "laut", "kemplang", "Kerupuk Ikan Goreng Bulat", "Round Fried Fish Crackers",
        25_000, "pack 250 g", 20, (80, 45, 0, 3), "crackers", "#f3e3b5",
        "Kerupuk ikan bulat yang digoreng mengembang, renyah dan ringan. Teman makan nasi, soto "
        "atau pempek. Dibuat dari ikan laut segar pesisir Kalianda.",
        "Round fish crackers fried until puffed, light and crunchy. A companion to rice, soto or "
        "pempek. Made from fresh sea fish from the Kalianda coast.",
        "P-IRT",
    ),
    DemoProduct(
        "laut", "pasaran", "Teri Nasi Pulau Pasaran", "Pulau Pasaran Dried Anchovies",
        40_000, "pack 250 g", 20, (90, 55, 0, 0), "fish bowl", "#c9c3b0",
        "Teri nasi dari Pulau Pasaran, kampung nelayan di Teluk Lampung yang terkenal dengan teri "
        "jemurnya. Ikan direbus sebentar dengan air garam lalu dijemur di para-para bambu di tepi "
        "pantai. Gurih dan tidak terlalu asin, untuk sambal teri dan nasi goreng.",
        "Tiny rice anchovies from Pulau Pasaran, the fishing island in Lampung Bay famous for its "
        "sun-dried teri. The fish are briefly boiled in brine and dried on bamboo racks along the "
        "shore. Savoury rather than salty, for sambal teri and fried rice.",
        "Halal, P-IRT", featured=True, photos=2,
    ),
    DemoProduct(
        "laut", "pasaran", "Sambal Teri Siap Santap", "Ready-to-eat Anchovy Sambal",
        35_000, "botol 200 g", 15, (50, 44, 0, 0), "jar fish", "#b3261e",
        "Teri Pulau Pasaran digoreng renyah lalu dicampur sambal cabai merah dan kacang tanah. "
        "Tahan dua bulan tanpa lemari es. Tinggal buka dan santap dengan nasi hangat.",
        "Pulau Pasaran anchovies fried crisp and mixed with red chilli sambal and peanuts. Keeps "
        "for two months without a fridge. Just open it and eat with warm rice.",
        "Halal, P-IRT",
    ),
    DemoProduct(
        "laut", "patin", "Abon Ikan Patin Mesuji", "Mesuji Catfish Floss (Abon)",
        38_000, "pack 200 g", 10, (40, 19, 0, 0), "bowl fish", "#a8682e",
        "Abon dari ikan patin yang dibudidayakan di kolam-kolam Mesuji, dimasak dengan santan dan "
        "rempah lalu disuwir halus. Gurih, sedikit manis, dan tinggi protein. Lauk praktis untuk "
        "bekal maupun sarapan.",
        "Floss made from catfish farmed in the ponds of Mesuji, cooked with coconut milk and "
        "spices and finely shredded. Savoury, a touch sweet and rich in protein. A handy side dish "
        "for lunchboxes and breakfast.",
        "P-IRT",
    ),
    DemoProduct(
        "laut", "patin", "Kerupuk Kulit Ikan Patin", "Catfish Skin Crackers",
        20_000, "pack 100 g", 10, (40, 26, 0, 0), "chips fish", "#d9a45a",
        "Kulit ikan patin yang dibersihkan, dibumbui dan digoreng hingga garing. Camilan gurih ini "
        "memanfaatkan sisa pembuatan abon agar tidak ada yang terbuang. Renyah seperti keripik, "
        "tanpa bau amis.",
        "Catfish skin, cleaned, seasoned and fried until crisp. This savoury snack puts the "
        "leftovers of floss-making to use so nothing is wasted. Crunchy like crisps, with no fishy "
        "smell.",
        "P-IRT",
    ),
    # --- Kain Tapis & Tenun -----------------------------------------------------------------------
    DemoProduct(
        "tapis", "katon", "Kain Tapis Jung Sarat Benang Emas",
        "Jung Sarat Tapis Cloth with Gold Thread",
        2_750_000, "lembar", 2, (6, 2, 0, 0), "tapis siger", "#7a1424",
        "Kain tapis bermotif jung sarat, kapal besar yang melambangkan perjalanan hidup, disulam "
        "tangan dengan benang emas di atas tenunan katun. Satu helai dikerjakan dua sampai tiga "
        "bulan oleh perajin Negeri Katon. Dipakai sebagai sarung dalam upacara adat dan pernikahan "
        "Lampung.",
        "Tapis cloth with the jung sarat motif, a great ship that stands for the journey of life, "
        "hand-embroidered in gold thread on woven cotton. Each piece takes the makers of Negeri "
        "Katon two to three months. Worn as a sarong at Lampung ceremonies and weddings.",
        "HKI", featured=True, photos=3,
    ),
    DemoProduct(
        "tapis", "katon", "Selendang Tapis Pucuk Rebung", "Tapis Shawl, Bamboo Shoot Motif",
        650_000, "lembar", 3, (10, 8, 0, 0), "tapis", "#5e0f1c",
        "Selendang ringan dengan sulaman tapis bermotif pucuk rebung, lambang harapan yang terus "
        "tumbuh. Benang emasnya berkilau lembut di atas dasar merah marun. Indah untuk acara resmi "
        "maupun sebagai hiasan dinding.",
        "A light shawl with tapis embroidery in the bamboo-shoot motif, a symbol of hope that "
        "keeps growing. The gold thread shines softly on a maroon ground. Beautiful for formal "
        "occasions or as a wall hanging.",
        "HKI", photos=2,
    ),
    DemoProduct(
        "tapis", "katon", "Hiasan Dinding Tapis Bingkai Jati",
        "Framed Tapis Wall Panel, Teak Frame",
        1_500_000, "pcs", 1, (4, 1, 0, 0), "tapis siger", "#8c1d2c",
        "Panel tapis bermotif tumpal dan siger, dibingkai kayu jati dengan kaca. Siap digantung di "
        "ruang tamu, kantor atau lobi hotel. Setiap panel dibuat tangan sehingga tidak ada dua "
        "yang persis sama.",
        "A tapis panel with tumpal and siger motifs, framed in teak behind glass. Ready to hang in "
        "a living room, office or hotel lobby. Each panel is handmade, so no two are exactly "
        "alike.",
        "HKI",
    ),
    DemoProduct(
        "tapis", "ruwa_jurai", "Clutch Tapis Modern", "Modern Tapis Clutch Bag",
        275_000, "pcs", 5, (20, 12, 0, 0), "tapis", "#2f2f4f",
        "Tas tangan kecil berhias potongan kain tapis asli dan benang emas, dijahit rapi dengan "
        "lapisan dalam satin. Membawa kain tradisional Lampung ke gaya masa kini. Dilengkapi tali "
        "rantai yang bisa dilepas.",
        "A small clutch trimmed with genuine tapis cloth and gold thread, neatly lined with satin. "
        "It brings Lampung's traditional cloth into today's style. Comes with a detachable chain "
        "strap.",
        "HKI", photos=2,
    ),
    # --- Batik & Sulam ----------------------------------------------------------------------------
    DemoProduct(
        "batik", "batik_metro", "Batik Cap Lampung Motif Siger",
        "Lampung Stamped Batik, Siger Motif",
        225_000, "lembar 2 m", 5, (25, 13, 0, 0), "batik siger", "#1f3b6e",
        "Batik cap bermotif siger, mahkota pengantin perempuan Lampung yang menjadi lambang "
        "provinsi. Warna dasarnya biru tua dengan isian bunga kopi dan butir lada. Kain katun "
        "primisima yang adem, panjang dua meter.",
        "Stamped batik with the siger motif, the Lampung bridal crown that is the symbol of the "
        "province. A deep blue ground with fillings of coffee blossom and peppercorns. Cool "
        "primisima cotton, two metres long.",
        "HKI", featured=True, photos=2,
    ),
    DemoProduct(
        "batik", "batik_metro", "Batik Tulis Gajah Way Kambas",
        "Hand-drawn Batik, Way Kambas Elephant Motif",
        850_000, "lembar 2 m", 2, (8, 3, 0, 0), "batik elephant", "#6b4226",
        "Batik tulis yang digambar dengan canting, bermotif gajah Sumatra dari Taman Nasional Way "
        "Kambas. Pewarna alam dari kayu tingi dan daun indigo memberi warna cokelat dan biru yang "
        "lembut. Satu lembar selesai dalam tiga minggu.",
        "Hand-drawn batik made with a canting, featuring the Sumatran elephants of Way Kambas "
        "National Park. Natural dyes from tingi wood and indigo leaves give soft browns and blues. "
        "One piece takes three weeks.",
        "HKI", photos=2,
    ),
    DemoProduct(
        "batik", "batik_metro", "Kemeja Batik Lampung Pria", "Men's Lampung Batik Shirt",
        275_000, "pcs", 5, (30, 22, 0, 0), "batik", "#24466b",
        "Kemeja lengan pendek dari batik cap motif kapal dan siger, dengan furing agar tetap rapi "
        "dipakai seharian. Tersedia ukuran M sampai XXL. Pilihan tepat untuk kantor dan kondangan.",
        "A short-sleeved shirt of stamped batik with ship and siger motifs, lined so it stays "
        "smart all day. Sizes M to XXL. Just right for the office and for weddings.",
    ),
    DemoProduct(
        "batik", "ruwa_jurai", "Kebaya Sulam Usus", "Sulam Usus Kebaya",
        1_250_000, "pcs", 2, (6, 2, 0, 0), "sulam siger", "#7d1f3f",
        "Kebaya dengan sulam usus, kerajinan khas Lampung dari pita satin yang dilipat seperti "
        "usus lalu dijahit membentuk bunga. Dikerjakan tangan sekitar tiga minggu. Anggun untuk "
        "wisuda, lamaran dan acara adat.",
        "A kebaya decorated with sulam usus, Lampung's own craft of satin ribbon folded into a "
        "tube and stitched into flowers. About three weeks of handwork. Elegant for graduations, "
        "engagements and ceremonies.",
        "HKI", featured=True, photos=3,
    ),
    DemoProduct(
        "batik", "ruwa_jurai", "Selendang Sulam Usus", "Sulam Usus Shawl",
        350_000, "lembar", 3, (12, 5, 0, 0), "sulam", "#2a6f6b",
        "Selendang sifon dengan tepi sulam usus berwarna emas. Ringan dan mudah dipadukan dengan "
        "kebaya maupun gaun. Dikemas dalam kotak, siap dijadikan hadiah.",
        "A chiffon shawl edged with golden sulam usus. Light and easy to pair with a kebaya or a "
        "dress. Comes boxed, ready to give.",
    ),
    # --- Kerajinan --------------------------------------------------------------------------------
    DemoProduct(
        "kriya", "purun", "Tas Anyaman Purun", "Woven Purun Grass Bag",
        85_000, "pcs", 10, (40, 18, 0, 0), "basket mat", "#b08850",
        "Tas dari purun, rumput rawa yang tumbuh di Rawajitu, dianyam tangan oleh ibu-ibu anggota "
        "koperasi. Kuat, ringan dan dapat terurai alami: pengganti kantong plastik untuk belanja. "
        "Diwarnai dengan pewarna yang aman.",
        "A bag of purun, a swamp sedge that grows around Rawajitu, hand-woven by the cooperative's "
        "women members. Strong, light and biodegradable: a stand-in for plastic shopping bags. "
        "Coloured with safe dyes.",
        "", "Jepang", featured=True, photos=2,
    ),
    DemoProduct(
        "kriya", "purun", "Tikar Purun Motif Belah Ketupat", "Purun Mat, Diamond Pattern",
        150_000, "lembar", 5, (15, 4, 0, 0), "mat", "#b9925a",
        "Tikar anyaman purun berukuran 1 × 2 meter dengan motif belah ketupat dua warna. Sejuk "
        "untuk duduk dan mudah digulung. Dianyam dengan pola turun-temurun dari pesisir Tulang "
        "Bawang.",
        "A 1 × 2 metre woven purun mat with a two-tone diamond pattern. Cool to sit on and easy to "
        "roll up. Woven in patterns handed down along the Tulang Bawang coast.",
        on_kiosk=False,
    ),
    DemoProduct(
        "kriya", "way_kambas", "Patung Gajah Kayu", "Carved Wooden Elephant",
        175_000, "pcs", 5, (20, 9, 0, 1), "elephant", "#9a6b3f",
        "Ukiran gajah Sumatra dari kayu sisa yang dipahat dan diamplas halus, lalu dipoles minyak "
        "alami. Terinspirasi gajah-gajah Taman Nasional Way Kambas. Tingginya sekitar 20 cm, "
        "cantik di meja kerja atau rak buku.",
        "A Sumatran elephant carved from reclaimed wood, sanded smooth and finished with natural "
        "oil. Inspired by the elephants of Way Kambas National Park. About 20 cm tall, handsome on "
        "a desk or bookshelf.",
        "HKI", featured=True, photos=2,
    ),
    DemoProduct(
        "kriya", "way_kambas", "Gantungan Kunci Gajah", "Elephant Key Ring",
        15_000, "pcs", 30, (150, 128, 0, 0), "elephant", "#c08a4e",
        "Gantungan kunci gajah kecil dari kayu, diukir dan dicat tangan. Oleh-oleh ringan yang "
        "mudah dibawa pulang. Setiap gantungan sedikit berbeda karena dibuat satu per satu.",
        "A little wooden elephant key ring, carved and hand-painted. A light souvenir that is easy "
        "to take home. Each one is slightly different, because they are made one at a time.",
    ),
    DemoProduct(
        "kriya", "bambu_sewu", "Lampu Meja Bambu Motif Siger", "Bamboo Table Lamp, Siger Pattern",
        195_000, "pcs", 3, (10, 4, 0, 0), "bamboo siger", "#b99a5b",
        "Lampu meja dari bambu yang dianyam dan dilubangi membentuk motif siger, sehingga "
        "cahayanya jatuh berpola di dinding. Dibuat di Pringsewu, yang namanya berarti 'seribu "
        "bambu'. Memakai lampu LED hemat listrik.",
        "A table lamp of woven, pierced bamboo in a siger pattern that throws patterned light on "
        "the wall. Made in Pringsewu, whose name means 'a thousand bamboos'. Fitted with an "
        "energy-saving LED bulb.",
        photos=2,
    ),
    DemoProduct(
        "kriya", "bambu_sewu", "Gelas Bambu Isi 4", "Bamboo Cups, Set of 4",
        60_000, "set 4 pcs", 5, (25, 12, 0, 0), "bamboo", "#a8894a",
        "Empat gelas dari ruas bambu petung yang diawetkan tanpa bahan kimia berbahaya dan diberi "
        "pelapis aman pangan. Ringan, tidak mudah pecah, cocok untuk kopi maupun es teh. Setiap "
        "gelas punya serat bambu yang berbeda.",
        "Four cups made from sections of giant bamboo, cured without harmful chemicals and given a "
        "food-safe finish. Light and hard to break, good for both coffee and iced tea. Every cup "
        "has its own bamboo grain.",
    ),
    DemoProduct(
        "kriya", "bambu_sewu", "Keranjang Anyaman Bambu", "Woven Bamboo Basket",
        75_000, "pcs", 5, (20, 7, 0, 0), "basket bamboo", "#c4a265",
        "Keranjang serbaguna dari bilah bambu yang dianyam rapat, dengan pegangan rotan. Untuk "
        "buah, roti, atau tempat menyimpan barang di rumah. Kuat dan awet bila dijauhkan dari air.",
        "An all-purpose basket of tightly woven bamboo strips with a rattan handle. For fruit, "
        "bread or storage around the house. Strong and long-lasting when kept away from water.",
    ),
)
# fmt: on


# --- word lists for build_synthetic ------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """How products of one category are named and priced, for generated showcases."""

    bases: tuple[tuple[str, str], ...]  # (Indonesian, English)
    variants: tuple[tuple[str, str], ...]
    units: tuple[str, ...]
    price: tuple[int, int]
    motifs: str
    colour: str
    sentence_id: str
    sentence_en: str


# fmt: off
VOCABULARY: dict[str, Vocabulary] = {
    "kopi": Vocabulary(
        (
            ("Kopi Robusta", "Robusta Coffee"), ("Kopi Arabika", "Arabica Coffee"),
            ("Kopi Luwak", "Civet Coffee"), ("Kopi Lanang", "Peaberry Coffee"),
            ("Kopi Susu Gula Aren", "Palm Sugar Milk Coffee"), ("Kopi Jahe", "Ginger Coffee"),
            ("Green Bean Robusta", "Robusta Green Beans"), ("Kopi Tubruk", "Tubruk Coffee"),
        ),
        (
            ("Biji Sangrai", "Roasted Beans"), ("Bubuk", "Ground"), ("Bubuk Halus", "Fine Ground"),
            ("Bubuk Kasar", "Coarse Ground"), ("Premium", "Premium"),
            ("Honey Process", "Honey Process"), ("Natural", "Natural Process"),
            ("Full Wash", "Washed"), ("Dark Roast", "Dark Roast"),
            ("Medium Roast", "Medium Roast"), ("Sachet", "Sachets"),
        ),
        (
            "pack 100 g", "pack 200 g", "pack 250 g", "pack 500 g", "pack 1 kg", "kotak 10 sachet",
        ),
        (18_000, 180_000), "beans pouch cup", "#5a3520",
        "Kopi dari kebun rakyat di lereng Bukit Barisan, dipetik merah dan disangrai dalam jumlah "
        "kecil.",
        "Coffee from smallholder gardens on the Bukit Barisan slopes, picked ripe and roasted in "
        "small batches.",
    ),
    "rempah": Vocabulary(
        (
            ("Lada Hitam", "Black Pepper"), ("Lada Putih", "White Pepper"), ("Cengkih", "Cloves"),
            ("Kayu Manis", "Cinnamon"), ("Pala", "Nutmeg"), ("Kakao", "Cocoa"),
            ("Cokelat Batang", "Chocolate Bar"), ("Jahe Merah", "Red Ginger"),
            ("Kunyit", "Turmeric"), ("Tepung Mocaf", "Mocaf Flour"), ("Beras Merah", "Red Rice"),
            ("Kemiri", "Candlenuts"),
        ),
        (
            ("Butir", "Whole"), ("Bubuk", "Ground"), ("Kering", "Dried"), ("Organik", "Organic"),
            ("Pilihan", "Select"), ("Super", "Super Grade"), ("Asalan", "Ungraded"),
            ("Sangrai", "Roasted"),
        ),
        (
            "pack 50 g", "pack 100 g", "pack 250 g", "pack 500 g", "pack 1 kg", "botol 50 g",
        ),
        (8_000, 200_000), "bowl pouch pod", "#3a2a22",
        "Hasil tani Lampung yang dijemur di bawah matahari, dipilah dan dikemas rapi.",
        "Lampung farm produce, dried in the sun, sorted and neatly packed.",
    ),
    "madu": Vocabulary(
        (
            ("Madu Hutan", "Forest Honey"), ("Madu Klanceng", "Stingless Bee Honey"),
            ("Madu Randu", "Kapok Blossom Honey"), ("Madu Kopi", "Coffee Blossom Honey"),
            ("Gula Semut Aren", "Palm Sugar Crystals"), ("Gula Aren Cetak", "Palm Sugar Blocks"),
            ("Gula Kelapa", "Coconut Sugar"), ("Sirup Gula Aren", "Palm Sugar Syrup"),
        ),
        (
            ("Murni", "Pure"), ("Asli", "Genuine"), ("Premium", "Premium"),
            ("Jahe", "with Ginger"), ("Kayu Manis", "with Cinnamon"), ("Organik", "Organic"),
            ("Mentah", "Raw"),
        ),
        (
            "botol 250 ml", "botol 500 ml", "botol 1 liter", "pack 250 g", "pack 500 g",
            "pack 1 kg",
        ),
        (15_000, 250_000), "jar bottle bowl", "#c77a12",
        "Dipanen dan diolah tanpa pemanasan berlebihan agar rasa dan khasiatnya terjaga.",
        "Harvested and processed without overheating, so its taste and goodness are kept.",
    ),
    "ringan": Vocabulary(
        (
            ("Keripik Pisang", "Banana Chips"), ("Keripik Singkong", "Cassava Chips"),
            ("Keripik Tempe", "Tempeh Chips"), ("Emping Melinjo", "Melinjo Crackers"),
            ("Stik Ubi Ungu", "Purple Sweet Potato Sticks"), ("Keripik Talas", "Taro Chips"),
            ("Kacang Telur", "Coated Peanuts"), ("Rengginang", "Rice Crackers"),
            ("Keripik Sukun", "Breadfruit Chips"), ("Opak Singkong", "Cassava Crackers"),
        ),
        (
            ("Cokelat", "Chocolate"), ("Keju", "Cheese"), ("Balado", "Balado"),
            ("Original", "Original"), ("Pedas Manis", "Sweet and Spicy"), ("Asin", "Salted"),
            ("Jagung Bakar", "Grilled Corn"), ("Rumput Laut", "Seaweed"),
            ("Green Tea", "Green Tea"), ("Stroberi", "Strawberry"),
            ("Pedas Daun Jeruk", "Spicy Lime Leaf"),
        ),
        (
            "pack 100 g", "pack 150 g", "pack 200 g", "pack 250 g", "pack 500 g", "toples 400 g",
        ),
        (8_000, 60_000), "chips pouch crackers", "#e8b04a",
        "Digoreng setiap hari dengan minyak bersih dan dikemas rapat supaya tetap renyah.",
        "Fried every day in clean oil and tightly packed so it stays crisp.",
    ),
    "buah": Vocabulary(
        (
            ("Keripik Nanas", "Pineapple Chips"), ("Selai Nanas", "Pineapple Jam"),
            ("Sirup Nanas", "Pineapple Syrup"), ("Dodol Nanas", "Pineapple Dodol"),
            ("Lempok Durian", "Durian Lempok"), ("Keripik Nangka", "Jackfruit Chips"),
            ("Manisan Pala", "Candied Nutmeg"), ("Sari Buah Jambu", "Guava Juice"),
            ("Selai Pisang", "Banana Jam"), ("Keripik Salak", "Snake Fruit Chips"),
        ),
        (
            ("Madu", "Honey"), ("Asli", "Original"), ("Tanpa Gula", "No Added Sugar"),
            ("Premium", "Premium"), ("Mini", "Mini"), ("Kotak Hadiah", "Gift Box"),
            ("Kental", "Thick"),
        ),
        (
            "pack 100 g", "pack 250 g", "botol 250 g", "botol 500 ml", "kotak 10 pcs",
            "toples 300 g",
        ),
        (12_000, 90_000), "pineapple jar durian", "#f2c230",
        "Dibuat dari buah segar hasil kebun Lampung, tanpa pewarna dan pengawet.",
        "Made from fresh fruit from Lampung orchards, with no colouring or preservatives.",
    ),
    "laut": Vocabulary(
        (
            ("Kemplang Ikan Tenggiri", "Mackerel Crackers"), ("Kerupuk Ikan", "Fish Crackers"),
            ("Teri Nasi", "Rice Anchovies"), ("Ikan Asin Jambal", "Salted Jambal Fish"),
            ("Abon Ikan Patin", "Catfish Floss"), ("Sambal Teri", "Anchovy Sambal"),
            ("Kerupuk Udang", "Prawn Crackers"), ("Terasi Udang", "Shrimp Paste"),
            ("Ikan Salai", "Smoked Fish"), ("Cumi Kering", "Dried Squid"),
        ),
        (
            ("Panggang", "Grilled"), ("Goreng", "Fried"), ("Mentah", "Uncooked"),
            ("Super", "Super Grade"), ("Pedas", "Spicy"), ("Original", "Original"),
            ("Tawar", "Lightly Salted"),
        ),
        (
            "pack 100 g", "pack 200 g", "pack 250 g", "pack 500 g", "botol 200 g",
        ),
        (12_000, 150_000), "crackers fish bowl", "#efe0b8",
        "Ikan dan udang segar dari nelayan pesisir Lampung, diolah di hari yang sama.",
        "Fresh fish and prawns from Lampung's coastal fishermen, processed the same day.",
    ),
    "tapis": Vocabulary(
        (
            ("Kain Tapis", "Tapis Cloth"), ("Selendang Tapis", "Tapis Shawl"),
            ("Tas Tapis", "Tapis Bag"), ("Dompet Tapis", "Tapis Purse"),
            ("Hiasan Dinding Tapis", "Tapis Wall Hanging"), ("Kain Tenun", "Woven Cloth"),
            ("Peci Tapis", "Tapis Cap"), ("Sarung Tenun", "Woven Sarong"),
        ),
        (
            ("Jung Sarat", "Jung Sarat Motif"), ("Pucuk Rebung", "Bamboo Shoot Motif"),
            ("Kapal", "Ship Motif"), ("Siger", "Siger Motif"), ("Benang Emas", "Gold Thread"),
            ("Benang Perak", "Silver Thread"), ("Tumpal", "Tumpal Motif"),
            ("Cucuk", "Cucuk Embroidery"),
        ),
        (
            "lembar", "pcs", "set 2 pcs",
        ),
        (75_000, 4_500_000), "tapis siger", "#7a1424",
        "Disulam tangan oleh perajin tapis dengan benang emas di atas kain tenun.",
        "Hand-embroidered by tapis makers in gold thread on woven cloth.",
    ),
    "batik": Vocabulary(
        (
            ("Batik Cap", "Stamped Batik"), ("Batik Tulis", "Hand-drawn Batik"),
            ("Kemeja Batik", "Batik Shirt"), ("Kebaya Sulam Usus", "Sulam Usus Kebaya"),
            ("Selendang Sulam Usus", "Sulam Usus Shawl"), ("Blus Batik", "Batik Blouse"),
            ("Taplak Sulam", "Embroidered Tablecloth"), ("Syal Batik", "Batik Scarf"),
        ),
        (
            ("Motif Siger", "Siger Motif"), ("Motif Gajah", "Elephant Motif"),
            ("Motif Kapal", "Ship Motif"), ("Motif Kopi", "Coffee Motif"),
            ("Motif Lada", "Pepper Motif"), ("Pewarna Alam", "Natural Dye"), ("Sutra", "Silk"),
            ("Katun Primisima", "Primisima Cotton"),
        ),
        (
            "lembar", "lembar 2 m", "pcs",
        ),
        (60_000, 1_800_000), "batik sulam siger", "#1f3b6e",
        "Dikerjakan di Lampung dengan motif-motif yang bercerita tentang alam dan adat Lampung.",
        "Made in Lampung with motifs that tell of Lampung's nature and customs.",
    ),
    "kriya": Vocabulary(
        (
            ("Tas Anyaman Purun", "Woven Purun Bag"), ("Tikar Purun", "Purun Mat"),
            ("Keranjang Bambu", "Bamboo Basket"), ("Lampu Bambu", "Bamboo Lamp"),
            ("Patung Gajah Kayu", "Wooden Elephant"), ("Gantungan Kunci", "Key Ring"),
            ("Gelas Bambu", "Bamboo Cup"), ("Nampan Rotan", "Rattan Tray"),
            ("Miniatur Siger", "Miniature Siger"), ("Tempat Tisu Anyaman", "Woven Tissue Box"),
        ),
        (
            ("Kecil", "Small"), ("Sedang", "Medium"), ("Besar", "Large"),
            ("Motif Siger", "Siger Pattern"), ("Natural", "Natural"), ("Warna", "Coloured"),
            ("Ukir", "Carved"),
        ),
        (
            "pcs", "set 2 pcs", "set 4 pcs", "lembar",
        ),
        (10_000, 600_000), "basket elephant bamboo mat", "#b08850",
        "Dibuat tangan dari bahan alam Lampung oleh perajin desa.",
        "Handmade from Lampung's natural materials by village craftspeople.",
    ),
}
# fmt: on


# Towns and districts, by kabupaten/kota, for generated names and addresses.
PLACES: dict[str, tuple[str, ...]] = {
    "Lampung Barat": ("Liwa", "Way Tenong", "Sekincau", "Sumber Jaya", "Balik Bukit"),
    "Tanggamus": ("Gisting", "Talang Padang", "Pulau Panggung", "Kota Agung", "Ulu Belu"),
    "Lampung Selatan": ("Kalianda", "Natar", "Sidomulyo", "Katibung", "Bakauheni"),
    "Lampung Timur": ("Sukadana", "Way Jepara", "Sekampung", "Labuhan Ratu", "Pekalongan"),
    "Lampung Tengah": (
        "Gunung Sugih",
        "Terbanggi Besar",
        "Bandar Jaya",
        "Kalirejo",
        "Seputih Raman",
    ),
    "Lampung Utara": ("Kotabumi", "Bukit Kemuning", "Abung Selatan", "Sungkai Utara"),
    "Way Kanan": ("Blambangan Umpu", "Banjit", "Baradatu", "Kasui"),
    "Tulang Bawang": ("Menggala", "Rawajitu", "Banjar Agung", "Gedung Aji"),
    "Pesawaran": ("Gedong Tataan", "Kedondong", "Padang Cermin", "Negeri Katon"),
    "Pringsewu": ("Pringsewu", "Pagelaran", "Gadingrejo", "Sukoharjo", "Ambarawa"),
    "Mesuji": ("Simpang Pematang", "Tanjung Raya", "Way Serdang"),
    "Tulang Bawang Barat": ("Panaragan", "Tumijajar", "Tulang Bawang Tengah"),
    "Pesisir Barat": ("Krui", "Pesisir Tengah", "Ngaras", "Lemong"),
    "Kota Bandar Lampung": ("Tanjung Karang", "Teluk Betung", "Kedaton", "Way Halim", "Rajabasa"),
    "Kota Metro": ("Metro Pusat", "Metro Barat", "Metro Timur"),
}

BRANDS = (
    "Siger",
    "Sai Bumi",
    "Ruwa Jurai",
    "Sang Bumi",
    "Tapis Emas",
    "Bumi Ruwa",
    "Way Ratu",
    "Sakai Sambayan",
    "Nemui Nyimah",
    "Bumi Lada",
    "Mekar Jaya",
    "Sinar Harapan",
    "Berkah",
    "Sumber Rezeki",
    "Tunas Baru",
    "Harapan Jaya",
    "Mandiri",
    "Sejahtera",
    "Makmur",
    "Lestari",
    "Barokah",
    "Dua Putri",
    "Mak Inah",
    "Bu Sri",
    "Pak Darmo",
    "Srikandi",
    "Cahaya",
    "Mentari",
    "Gunung Pesagi",
    "Krakatau",
    "Way Kambas",
    "Teluk Kiluan",
    "Pahawang",
    "Putri Malu",
)

PRODUCER_PREFIXES = ("UD", "CV", "Usaha", "Rumah Produksi", "Dapur", "Sentra", "Kelompok Usaha")

CONTACT_NAMES = (
    "Siti Rohana",
    "Ahmad Fauzi",
    "Sri Wahyuni",
    "Hendra Saputra",
    "Made Sutrisno",
    "Wayan Sudarsa",
    "Tri Handayani",
    "Slamet Riyadi",
    "Yulia Kartika",
    "Syahrial",
    "Rina Marlina",
    "Dedi Kurniawan",
    "Nurhasanah",
    "Agus Setiawan",
    "Fitri Yanti",
    "Bambang Irawan",
    "Dewi Lestari",
    "Rahmat Hidayat",
)
