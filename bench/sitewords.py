"""Template wording for the generated news sites (bench/sitegen.py), per language.

Written from what real news sites in each language print around an article: navigation, dates and
counters in the local format, ad labels, share rows, newsletter and messaging-channel notices,
"read also" teasers, trending and related lists, comment threads and footers. Every site draws its
own subset and variants, so no two sites share a template.
"""

# The wording is the data: Chinese punctuation and typographic quotes are the text itself here.
# ruff: noqa: RUF001

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Words:
    """One language's template wording; ``{x}`` fields are filled per page."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    dates: tuple[str, ...]  # formats with {d} {dd} {m} {mm} {month} {weekday} {y} {h} {mi} {ampm} {h12}
    ago: tuple[str, ...]  # "{n} hours ago" kinds
    nav: tuple[str, ...]
    footer_nav: tuple[str, ...]
    account: tuple[str, ...]  # log in, subscribe, search...
    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    site_names: tuple[str, ...]
    taglines: tuple[str, ...]
    byline: tuple[str, ...]  # "By {author}"
    published: tuple[str, ...]  # "Published {date}"
    updated: tuple[str, ...]  # "Updated {ago}"
    views: tuple[str, ...]  # "{n} views"
    reading: tuple[str, ...]  # "{n} min read"
    ad: tuple[str, ...]
    ad_continue: tuple[str, ...]
    read_also: tuple[str, ...]  # prefixes, the teaser title follows
    share_a: tuple[str, ...]
    share_b: tuple[str, ...]
    share_end: tuple[str, ...]
    newsletter: tuple[str, ...]  # sentence-like notices
    channel: tuple[str, ...]  # "follow us on ..." notices
    tags: tuple[str, ...]  # "Tags: {tags}"
    topics: tuple[str, ...]
    trending: tuple[str, ...]
    related: tuple[str, ...]
    more_from: tuple[str, ...]  # "More from {category}"
    comments_head: tuple[str, ...]  # "{n} Comments"
    comment_meta: tuple[str, ...]  # "{name} · {ago}"
    comment_actions: tuple[str, ...]
    comment_form: tuple[str, ...]
    comment_texts: tuple[str, ...]
    copyright: tuple[str, ...]  # "© {y} {site}..."
    cookie: tuple[str, ...]
    caption: tuple[str, ...]  # "Photo: {agency}/{author}"
    breadcrumb_home: str
    disclaimer: tuple[str, ...]
    app: tuple[str, ...]
    pagination: tuple[str, ...] = field(default=())


EN = Words(
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    dates=(
        "{weekday}, {d} {month} {y}",
        "{month} {d}, {y} {h12}:{mi} {ampm}",
        "{mon} {d}, {y}",
        "{dd}/{mm}/{y} {h}:{mi}",
        "{weekday} {d} {month} {y} {h}.{mi} GMT",
    ),
    ago=("{n} minutes ago", "{n} hours ago", "{n} days ago", "1 hour ago", "an hour ago"),
    nav=(
        "Home",
        "News",
        "World",
        "Politics",
        "Business",
        "Economy",
        "Tech",
        "Science",
        "Health",
        "Sport",
        "Culture",
        "Opinion",
        "Travel",
        "Video",
        "Podcasts",
        "Local",
    ),
    footer_nav=(
        "About us",
        "Contact us",
        "Advertise",
        "Privacy Policy",
        "Terms of Use",
        "Cookie Settings",
        "Careers",
        "Newsletters",
        "Site Map",
        "Corrections",
        "Help",
    ),
    account=("Log in", "Subscribe", "Sign in", "Search", "Menu", "Register", "My account"),
    authors=(
        "Sarah Mitchell",
        "James O'Connor",
        "Priya Nair",
        "Tom Whitaker",
        "Emily Zhang",
        "Daniel Okafor",
        "Laura Bennett",
        "Michael Reyes",
    ),
    agencies=("Reuters", "AP", "AFP", "Getty Images", "PA Media", "Bloomberg"),
    site_names=(
        "The Harbour Courier",
        "Northgate Daily",
        "Metro Ledger",
        "Pine Valley Post",
        "The Civic Record",
        "Lakeside Observer",
    ),
    taglines=("Independent news since 1889", "News that matters to you", "Your city, your news"),
    byline=("By {author}", "BY {author_upper}", "Written by {author}", "{author}, Staff Writer"),
    published=("Published {date}", "Published: {date}", "Posted {date}", "{date}"),
    updated=("Updated {ago}", "Last updated: {date}", "Updated: {date}"),
    views=("{n} views", "{n} Views", "Viewed {n} times"),
    reading=("{n} min read", "Reading time: {n} minutes", "{n} minute read"),
    ad=("Advertisement", "ADVERTISEMENT", "- Advertisement -", "Ad", "Sponsored"),
    ad_continue=("Story continues below advertisement", "Article continues below", "Continue reading below"),
    read_also=("Read more:", "READ MORE:", "Related:", "Also read:", "SEE ALSO:", "Read also |"),
    share_a=("Share", "Facebook", "Twitter", "WhatsApp", "Email"),
    share_b=("Share this article", "Share on Facebook", "Share on X", "Copy link"),
    share_end=("Share this story", "Share this article:", "Share"),
    newsletter=(
        "Sign up for our morning newsletter and get the day's top stories delivered to your inbox.",
        "Get the latest headlines in your inbox every weekday. Sign up for free.",
        "Want more stories like this? Subscribe to our daily briefing.",
    ),
    channel=(
        "Follow {site} on Google News",
        "Join our WhatsApp channel for breaking news alerts.",
        "Follow us on Facebook, X and Instagram",
    ),
    tags=("Tags: {tags}", "Topics: {tags}", "Filed under: {tags}"),
    topics=(
        "elections",
        "climate",
        "housing",
        "schools",
        "transport",
        "inflation",
        "health care",
        "courts",
        "energy",
        "technology",
        "police",
        "budget",
        "trade",
        "wildlife",
    ),
    trending=("Trending", "Most Read", "Most Popular", "Trending Now"),
    related=("Related Articles", "You may also like", "More stories", "Recommended"),
    more_from=("More from {category}", "More in {category}", "Latest {category} news"),
    comments_head=("{n} Comments", "Comments ({n})", "{n} comments"),
    comment_meta=("{name} · {ago}", "{name} says:", "{name} on {date}"),
    comment_actions=("Reply", "Report", "Like"),
    comment_form=("Leave a comment", "Your email address will not be published.", "Post comment"),
    comment_texts=(
        "Great piece, thanks for writing it.",
        "I don't agree with this at all.",
        "This is exactly what we've been saying for years.",
        "Who is going to pay for all this?",
        "Finally someone reports on it.",
        "Well said.",
    ),
    copyright=("© {y} {site}. All rights reserved.", "Copyright © {y} {site} Ltd", "© {site} {y}"),
    cookie=(
        "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use "
        "of cookies.",
        "This website uses cookies. Accept all / Manage settings",
    ),
    caption=("Photo: {agency}/{author}", "(Image: {agency})", "Photograph: {author}/{agency}", "{agency}"),
    breadcrumb_home="Home",
    disclaimer=(
        "The views expressed in this article are those of the author and do not necessarily reflect the "
        "editorial position of {site}.",
        "This article was produced with the support of our readers.",
    ),
    app=("Download the {site} app", "Get the app"),
    pagination=("Next article", "Previous article"),
)

ID = Words(
    months=(
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    weekdays=("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    dates=(
        "{weekday}, {d} {month} {y} {h}:{mi} WIB",
        "{weekday}, {dd}/{mm}/{y} {h}:{mi} WIB",
        "{d} {month} {y}, {h}:{mi} WIB",
        "{weekday}, {d} {mon} {y} - {h}:{mi}",
    ),
    ago=("{n} menit lalu", "{n} jam lalu", "{n} hari lalu", "{n} menit yang lalu"),
    nav=(
        "Beranda",
        "Berita",
        "Nasional",
        "Internasional",
        "Ekonomi",
        "Bisnis",
        "Olahraga",
        "Bola",
        "Tekno",
        "Otomotif",
        "Hiburan",
        "Gaya Hidup",
        "Kesehatan",
        "Travel",
        "Foto",
        "Video",
        "Indeks",
    ),
    footer_nav=(
        "Tentang Kami",
        "Redaksi",
        "Pedoman Media Siber",
        "Kontak",
        "Karir",
        "Kebijakan Privasi",
        "Info Iklan",
        "Disclaimer",
        "Syarat & Ketentuan",
    ),
    account=("Masuk", "Daftar", "Cari", "Menu", "Langganan"),
    authors=(
        "Budi Santoso",
        "Siti Rahmawati",
        "Andi Pratama",
        "Dewi Lestari",
        "Rizky Firmansyah",
        "Nur Aini",
        "Fajar Nugroho",
        "Putri Amelia",
    ),
    agencies=("ANTARA", "Istimewa", "Dok. Pribadi", "Kompas.com", "Shutterstock", "Tribunnews"),
    site_names=("KabarNusa", "Warta Kini", "Suara Timur", "Berita Satu Hari", "Pikiran Nusantara", "Jurnal Kota"),
    taglines=("Berita Terkini Hari Ini", "Tajam, Terpercaya, Terkini", "Portal Berita Indonesia"),
    byline=("Penulis: {author}", "Oleh: {author}", "Reporter: {author}", "{author} - {site}"),
    published=("{date}", "Diterbitkan {date}", "Dipublikasikan: {date}"),
    updated=("Diperbarui {ago}", "Diperbarui: {date}"),
    views=("Dibaca {n} kali", "{n} views", "{n} dilihat"),
    reading=("Waktu baca {n} menit", "{n} menit baca"),
    ad=("Iklan", "ADVERTISEMENT", "Advertisement", "- Iklan -"),
    ad_continue=("SCROLL TO CONTINUE WITH CONTENT", "Lanjutkan membaca artikel di bawah", "Gulir untuk melanjutkan"),
    read_also=("Baca juga:", "BACA JUGA:", "Baca Juga:", "Simak juga:", "Baca juga -"),
    share_a=("Bagikan", "Facebook", "Twitter", "WhatsApp", "Salin tautan"),
    share_b=("Bagikan artikel ini", "Bagikan ke WhatsApp", "Bagikan ke Facebook", "Salin Link"),
    share_end=("Bagikan artikel ini", "Bagikan:", "Share"),
    newsletter=(
        "Dapatkan update berita pilihan dan breaking news setiap hari dari {site}. Mari bergabung di Grup "
        'Telegram "{site} Update", caranya klik link berikut, kemudian join.',
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
        "{site} WhatsApp Channel.",
        "Berlangganan newsletter kami untuk mendapatkan berita terbaru setiap pagi.",
    ),
    channel=("Ikuti berita terkini dari {site} di Google News, klik di sini.", "Ikuti kami di Instagram dan TikTok"),
    tags=("Tag: {tags}", "Tags: {tags}", "Topik: {tags}"),
    topics=(
        "pemilu",
        "banjir",
        "harga beras",
        "timnas",
        "jakarta",
        "ekonomi",
        "korupsi",
        "pendidikan",
        "bpjs",
        "jalan tol",
        "cuaca",
        "inflasi",
        "mudik",
        "gempa",
    ),
    trending=("Terpopuler", "Berita Terkini", "Terkini", "Populer", "Berita Populer"),
    related=("Berita Terkait", "Artikel Terkait", "Baca Juga", "Rekomendasi"),
    more_from=("Berita {category} Lainnya", "Lainnya dari {category}"),
    comments_head=("{n} Komentar", "Komentar ({n})", "Komentar"),
    comment_meta=("{name} · {ago}", "{name}", "{name} - {ago}"),
    comment_actions=("Balas", "Laporkan", "Suka"),
    comment_form=("Tulis komentar", "Berikan komentar Anda", "Kirim"),
    comment_texts=(
        "Semoga cepat selesai masalahnya.",
        "Setuju sekali dengan artikel ini.",
        "Mantap, lanjutkan!",
        "Kapan pemerintah bertindak tegas?",
        "Terima kasih informasinya.",
        "Berita yang bagus.",
    ),
    copyright=("Copyright © {y} {site}. All Rights Reserved.", "Hak Cipta © {y} {site}", "© {y} {site}"),
    cookie=("Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",),
    caption=("Foto: ANTARA/{author}", "(Foto: {agency})", "Ilustrasi (Foto: {agency})", "Foto: {agency}"),
    breadcrumb_home="Beranda",
    disclaimer=("Artikel ini telah tayang di {site}. Isi artikel menjadi tanggung jawab sepenuhnya penulis.",),
    app=("Download aplikasi {site}", "Unduh Aplikasi"),
    pagination=("Halaman Selanjutnya", "Halaman Sebelumnya"),
)

DE = Words(
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    dates=(
        "{d}. {month} {y}, {h}:{mi} Uhr",
        "{dd}.{mm}.{y}, {h}:{mi} Uhr",
        "{weekday}, {d}. {month} {y}",
        "{dd}.{mm}.{y}",
    ),
    ago=("vor {n} Minuten", "vor {n} Stunden", "vor {n} Tagen", "vor einer Stunde"),
    nav=(
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Sport",
        "Kultur",
        "Wissen",
        "Panorama",
        "Regional",
        "Meinung",
        "Reise",
        "Auto",
        "Digital",
        "Gesundheit",
        "Video",
    ),
    footer_nav=(
        "Impressum",
        "Datenschutz",
        "Kontakt",
        "AGB",
        "Cookie-Einstellungen",
        "Mediadaten",
        "Jobs",
        "Barrierefreiheit",
        "Abo kündigen",
    ),
    account=("Anmelden", "Abonnieren", "Suche", "Menü", "Mein Konto", "E-Paper"),
    authors=(
        "Anna Müller",
        "Jonas Becker",
        "Katharina Schmidt",
        "Lukas Wagner",
        "Sophie Hoffmann",
        "Felix Braun",
        "Miriam Vogel",
        "Tobias Keller",
    ),
    agencies=("dpa", "AFP", "Reuters", "picture alliance", "imago images", "KNA"),
    site_names=("Rheinblick", "Nordkurier Online", "Tagesecho", "Alpenbote", "Stadtanzeiger Mitte"),
    taglines=("Nachrichten aus der Region", "Unabhängig seit 1948"),
    byline=("Von {author}", "VON {author_upper}", "Ein Artikel von {author}", "{author}"),
    published=("Veröffentlicht am {date}", "{date}", "Stand: {date}"),
    updated=("Aktualisiert {ago}", "Aktualisiert am {date}", "Zuletzt aktualisiert: {date}"),
    views=("{n} Aufrufe", "{n} Mal gelesen"),
    reading=("Lesezeit: {n} Min.", "{n} Min. Lesezeit", "{n} Minuten Lesezeit"),
    ad=("Anzeige", "ANZEIGE", "Werbung", "- Anzeige -"),
    ad_continue=("Weiterlesen nach der Anzeige", "Artikel wird unter der Anzeige fortgesetzt"),
    read_also=("Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:", "LESEN SIE AUCH:", "Lesen Sie auch |"),
    share_a=("Teilen", "Facebook", "X", "WhatsApp", "E-Mail"),
    share_b=("Artikel teilen", "Auf Facebook teilen", "Per E-Mail versenden", "Link kopieren"),
    share_end=("Artikel teilen", "Teilen:", "Diesen Artikel teilen"),
    newsletter=(
        "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages.",
        "Mit unserem Newsletter sind Sie immer bestens informiert. Jetzt kostenlos anmelden!",
        "Sie möchten keine Nachricht verpassen? Folgen Sie {site} auf WhatsApp.",
    ),
    channel=("Folgen Sie uns auf Google News", "{site} jetzt auch auf WhatsApp: Hier kostenlos abonnieren."),
    tags=("Themen: {tags}", "Schlagworte: {tags}", "Mehr zu: {tags}"),
    topics=(
        "Bundestag",
        "Energiewende",
        "Bahn",
        "Mieten",
        "Schule",
        "Klima",
        "Rente",
        "Fußball",
        "Migration",
        "Inflation",
        "Wetter",
        "Polizei",
        "Kommunalwahl",
        "Gesundheit",
    ),
    trending=("Meistgelesen", "Beliebteste Artikel", "Top-Themen", "Meistgelesene Artikel"),
    related=("Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel", "Empfehlungen"),
    more_from=("Mehr aus {category}", "Weitere Nachrichten aus {category}"),
    comments_head=("{n} Kommentare", "Kommentare ({n})", "Kommentare"),
    comment_meta=("{name} · {ago}", "{name} schreibt:", "{name} am {date}"),
    comment_actions=("Antworten", "Melden", "Empfehlen"),
    comment_form=("Kommentar schreiben", "Bitte melden Sie sich an, um zu kommentieren.", "Absenden"),
    comment_texts=(
        "Endlich berichtet mal jemand darüber.",
        "Das sehe ich ganz anders.",
        "Sehr guter Artikel!",
        "Wer soll das bezahlen?",
        "Danke für die Einordnung.",
        "Typisch.",
    ),
    copyright=("© {site} {y}", "© {y} {site} GmbH. Alle Rechte vorbehalten.", "© {y} {site} | Alle Rechte vorbehalten"),
    cookie=(
        "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
        "Zustimmen und weiter / Einstellungen",
    ),
    caption=("Foto: dpa/{author}", "Bild: {agency}", "© picture alliance / dpa", "Foto: {agency}"),
    breadcrumb_home="Startseite",
    disclaimer=("Dieser Artikel gibt die Meinung des Autors wieder und nicht notwendigerweise die der Redaktion.",),
    app=("Die {site}-App herunterladen", "Jetzt App laden"),
    pagination=("Nächster Artikel", "Vorheriger Artikel"),
)

FR = Words(
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    dates=(
        "{d} {month} {y} à {h}h{mi}",
        "{weekday} {d} {month} {y}",
        "{dd}/{mm}/{y} à {h}:{mi}",
        "Le {d} {month} {y} à {h}h{mi}",
    ),
    ago=("Il y a {n} minutes", "Il y a {n} heures", "il y a {n} jours", "Il y a 1 heure"),
    nav=(
        "Accueil",
        "Actualité",
        "Politique",
        "International",
        "Économie",
        "Société",
        "Culture",
        "Sport",
        "Sciences",
        "Planète",
        "Idées",
        "Régions",
        "Vidéos",
        "Podcasts",
    ),
    footer_nav=(
        "Mentions légales",
        "Politique de confidentialité",
        "Gestion des cookies",
        "Contact",
        "Qui sommes-nous ?",
        "Publicité",
        "CGU",
        "Plan du site",
        "Charte de déontologie",
    ),
    account=("Se connecter", "S'abonner", "Rechercher", "Menu", "Mon compte"),
    authors=(
        "Marie Dupont",
        "Julien Moreau",
        "Camille Laurent",
        "Nicolas Girard",
        "Léa Fontaine",
        "Thomas Mercier",
        "Sophie Lambert",
        "Antoine Rousseau",
    ),
    agencies=("AFP", "Reuters", "MaxPPP", "Hans Lucas", "Le Veilleur", "Sipa"),
    site_names=("Le Veilleur", "La Dépêche du Val", "Info Matin", "Le Courrier de l'Ouest", "L'Écho des Monts"),
    taglines=("L'info en continu", "Quotidien indépendant"),
    byline=("Par {author}", "PAR {author_upper}", "{author}, avec AFP", "Par {author} (avec AFP)"),
    published=("Publié le {date}", "Publié {date}", "{date}"),
    updated=("Mis à jour le {date}", "Mis à jour {ago}", "Modifié le {date}"),
    views=("{n} vues", "{n} lectures"),
    reading=("Temps de lecture : {n} min", "Lecture {n} min.", "{n} min de lecture"),
    ad=("Publicité", "PUBLICITÉ", "- Publicité -"),
    ad_continue=("La suite après cette publicité", "L'article continue ci-dessous"),
    read_also=("Lire aussi :", "À lire aussi :", "LIRE AUSSI -", "Voir aussi :", "À lire aussi |"),
    share_a=("Partager", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Partager l'article", "Partager sur Facebook", "Envoyer par e-mail", "Copier le lien"),
    share_end=("Partager cet article", "Partager :", "Partager"),
    newsletter=(
        "Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité.",
        "Recevez gratuitement notre newsletter quotidienne. Je m'abonne",
        "Pour ne rien manquer de l'actualité, suivez {site} sur WhatsApp.",
    ),
    channel=("Suivez {site} sur Google Actualités", "Retrouvez-nous sur Facebook et Instagram"),
    tags=("Mots-clés : {tags}", "Sujets : {tags}", "Thèmes associés : {tags}"),
    topics=(
        "retraites",
        "Assemblée nationale",
        "climat",
        "logement",
        "éducation",
        "santé",
        "agriculture",
        "élections",
        "énergie",
        "transports",
        "justice",
        "police",
        "inflation",
        "culture",
    ),
    trending=("Les plus lus", "À la une", "Les plus partagés", "Tendances"),
    related=("Sur le même sujet", "Articles similaires", "À lire également", "Nos recommandations"),
    more_from=("Plus d'articles {category}", "Toute l'actualité {category}"),
    comments_head=("{n} commentaires", "Commentaires ({n})", "Réactions"),
    comment_meta=("{name} · {ago}", "{name} a écrit :", "{name} le {date}"),
    comment_actions=("Répondre", "Signaler un abus", "J'aime"),
    comment_form=("Réagir à cet article", "Vous devez être connecté pour commenter.", "Envoyer"),
    comment_texts=(
        "Enfin un article clair sur le sujet.",
        "Je ne suis pas du tout d'accord.",
        "Merci pour cet article.",
        "Et qui va payer ?",
        "Toujours la même chose...",
        "Bravo.",
    ),
    copyright=("© {site} {y}", "© {y} {site} - Tous droits réservés", "© {site} - Reproduction interdite"),
    cookie=(
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        "Accepter et fermer / Paramétrer les cookies",
    ),
    caption=("Photo : {agency}", "© {author} / {agency}", "Crédit photo : {agency}", "(Photo {agency})"),
    breadcrumb_home="Accueil",
    disclaimer=("Les propos tenus dans cette tribune n'engagent que leur auteur.",),
    app=("Télécharger l'application {site}", "Notre application"),
    pagination=("Article suivant", "Article précédent"),
)

ES = Words(
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    dates=(
        "{d} de {month} de {y} - {h}:{mi}",
        "{weekday}, {d} de {month} de {y}",
        "{dd}/{mm}/{y} {h}:{mi} h",
        "{d} {mon} {y} - {h}:{mi} CET",
    ),
    ago=("Hace {n} minutos", "Hace {n} horas", "hace {n} días", "Hace 1 hora"),
    nav=(
        "Portada",
        "Nacional",
        "Internacional",
        "Economía",
        "Política",
        "Sociedad",
        "Deportes",
        "Cultura",
        "Tecnología",
        "Opinión",
        "Salud",
        "Ciencia",
        "Vídeos",
        "Última hora",
    ),
    footer_nav=(
        "Aviso legal",
        "Política de privacidad",
        "Política de cookies",
        "Contacto",
        "Quiénes somos",
        "Publicidad",
        "Mapa web",
        "Trabaja con nosotros",
    ),
    account=("Iniciar sesión", "Suscríbete", "Buscar", "Menú", "Mi cuenta"),
    authors=(
        "Carlos García",
        "Lucía Fernández",
        "Javier Martín",
        "Ana Rodríguez",
        "Pablo Sánchez",
        "María López",
        "Diego Torres",
        "Elena Romero",
    ),
    agencies=("EFE", "Europa Press", "Reuters", "AFP", "Getty Images"),
    site_names=("El Heraldo del Sur", "Diario Costa", "Noticias al Día", "La Voz del Valle", "El Mirador"),
    taglines=("El diario de referencia", "Noticias de última hora"),
    byline=("Por {author}", "POR {author_upper}", "{author} | Madrid", "Redacción / {author}"),
    published=("Publicado el {date}", "{date}", "Publicado: {date}"),
    updated=("Actualizado {date}", "Actualizado {ago}", "Última actualización: {date}"),
    views=("{n} visitas", "{n} lecturas"),
    reading=("Tiempo de lectura: {n} min", "{n} min de lectura", "Lectura: {n} min"),
    ad=("Publicidad", "PUBLICIDAD", "Anuncio", "- Publicidad -"),
    ad_continue=("Sigue leyendo debajo del anuncio", "La noticia continúa abajo"),
    read_also=("Leer también:", "Lee también:", "LEA TAMBIÉN:", "Te puede interesar:", "Lee también |"),
    share_a=("Compartir", "Facebook", "X", "WhatsApp", "Correo"),
    share_b=("Compartir en Facebook", "Compartir en X", "Enviar por WhatsApp", "Copiar enlace"),
    share_end=("Compartir esta noticia", "Compartir:", "Comparte"),
    newsletter=(
        "Suscríbete a nuestro boletín y recibe las noticias más importantes del día en tu correo.",
        "Recibe cada mañana la newsletter con las claves de la actualidad.",
        "Únete a nuestro canal de WhatsApp y recibe las últimas noticias de {site}.",
    ),
    channel=("Síguenos en Google Noticias", "Sigue a {site} en Facebook, X e Instagram"),
    tags=("Etiquetas: {tags}", "Temas: {tags}", "Más sobre: {tags}"),
    topics=(
        "vivienda",
        "elecciones",
        "sequía",
        "sanidad",
        "turismo",
        "empleo",
        "pensiones",
        "educación",
        "fútbol",
        "inflación",
        "tribunales",
        "energía",
        "incendios",
        "transporte",
    ),
    trending=("Lo más leído", "Lo más visto", "Tendencias", "Lo último"),
    related=("Noticias relacionadas", "También te puede interesar", "Más noticias", "Recomendado"),
    more_from=("Más noticias de {category}", "Últimas noticias de {category}"),
    comments_head=("{n} comentarios", "Comentarios ({n})", "Comentarios"),
    comment_meta=("{name} · {ago}", "{name} dijo:", "{name} el {date}"),
    comment_actions=("Responder", "Denunciar", "Me gusta"),
    comment_form=("Deja tu comentario", "Tu dirección de correo no será publicada.", "Publicar"),
    comment_texts=(
        "Muy buen artículo, gracias.",
        "No estoy de acuerdo en absoluto.",
        "Ya era hora.",
        "¿Y quién lo va a pagar?",
        "Siempre lo mismo.",
        "Excelente.",
    ),
    copyright=("© {y} {site}. Todos los derechos reservados.", "© {site} {y}", "Copyright © {y} {site} S.L."),
    cookie=(
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Aceptar / Configurar cookies",
    ),
    caption=("Foto: {agency}", "(Foto: {agency})", "Imagen: {author} / {agency}", "{agency}"),
    breadcrumb_home="Portada",
    disclaimer=("Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",),
    app=("Descarga la app de {site}", "Descarga nuestra app"),
    pagination=("Siguiente noticia", "Noticia anterior"),
)

RU = Words(
    months=(
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    weekdays=("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    dates=(
        "{d} {month} {y}, {h}:{mi}",
        "{dd}.{mm}.{y} {h}:{mi}",
        "{d} {month} {y} в {h}:{mi}",
        "{h}:{mi}, {dd}.{mm}.{y}",
    ),
    ago=("{n} минут назад", "{n} часов назад", "{n} дней назад", "час назад", "вчера"),
    nav=(
        "Главная",
        "Новости",
        "Политика",
        "Экономика",
        "Общество",
        "Происшествия",
        "Спорт",
        "Культура",
        "Наука",
        "Здоровье",
        "В мире",
        "Регионы",
        "Видео",
        "Фото",
    ),
    footer_nav=(
        "О проекте",
        "Контакты",
        "Реклама",
        "Пользовательское соглашение",
        "Политика конфиденциальности",
        "Редакция",
        "Вакансии",
        "Карта сайта",
    ),
    account=("Войти", "Подписаться", "Поиск", "Меню", "Личный кабинет"),
    authors=(
        "Иван Петров",
        "Анна Смирнова",
        "Дмитрий Козлов",
        "Екатерина Волкова",
        "Сергей Морозов",
        "Ольга Новикова",
        "Алексей Соколов",
        "Мария Лебедева",
    ),
    agencies=("ТАСС", "РИА Новости", "Reuters", "пресс-служба", "Shutterstock"),
    site_names=("Вечерний Город", "Новости Поволжья", "Северный Вестник", "Городской Курьер", "Уральское Эхо"),
    taglines=("Новости вашего города", "Главное за день"),
    byline=("Автор: {author}", "Текст: {author}", "{author}", "Автор материала: {author}"),
    published=("Опубликовано: {date}", "{date}", "Дата публикации: {date}"),
    updated=("Обновлено: {date}", "Обновлено {ago}"),
    views=("Просмотров: {n}", "{n} просмотров"),
    reading=("Время чтения: {n} мин", "{n} мин на чтение"),
    ad=("Реклама", "РЕКЛАМА", "Реклама 16+"),
    ad_continue=("Продолжение ниже", "Материал продолжится после рекламы"),
    read_also=("Читайте также:", "ЧИТАЙТЕ ТАКЖЕ:", "Читайте также |", "Смотрите также:", "По теме:"),
    share_a=("Поделиться", "ВКонтакте", "Одноклассники", "Telegram", "WhatsApp"),
    share_b=("Поделиться в ВКонтакте", "Отправить в Telegram", "Скопировать ссылку"),
    share_end=("Поделиться", "Поделиться новостью:", "Понравилась статья? Поделитесь с друзьями!"),
    newsletter=(
        "Подпишитесь на нашу рассылку, чтобы первыми узнавать о главных событиях дня.",
        "Подписывайтесь на наш канал в Telegram, чтобы быть в курсе главных новостей.",
        "Самые важные новости дня в одном письме. Подпишитесь на рассылку.",
    ),
    channel=("Читайте {site} в Дзене", "Подписывайтесь на нас в Telegram"),
    tags=("Теги: {tags}", "Темы: {tags}", "Метки: {tags}"),
    topics=(
        "ЖКХ",
        "транспорт",
        "погода",
        "выборы",
        "экономика",
        "здравоохранение",
        "образование",
        "спорт",
        "происшествия",
        "культура",
        "бизнес",
        "строительство",
        "дороги",
        "туризм",
    ),
    trending=("Самое читаемое", "Популярное", "Главное", "Самое интересное"),
    related=("Материалы по теме", "Читайте также", "Другие новости", "Рекомендуем"),
    more_from=("Другие новости рубрики «{category}»", "Ещё в разделе {category}"),
    comments_head=("Комментарии ({n})", "{n} комментариев", "Комментарии"),
    comment_meta=("{name} · {ago}", "{name}", "{name}, {date}"),
    comment_actions=("Ответить", "Пожаловаться", "Нравится"),
    comment_form=("Оставить комментарий", "Войдите, чтобы оставить комментарий.", "Отправить"),
    comment_texts=(
        "Наконец-то об этом написали.",
        "Полностью не согласен.",
        "Спасибо за статью!",
        "А кто за это заплатит?",
        "Как всегда.",
        "Отличный материал.",
    ),
    copyright=(
        "© {y} {site}. Все права защищены.",
        "© {site}, {y}",
        "Любое использование материалов допускается только при наличии гиперссылки на {site}.",
    ),
    cookie=(
        "Мы используем файлы cookie для улучшения работы сайта.",
        "Продолжая пользоваться сайтом, вы соглашаетесь с использованием cookie.",
    ),
    caption=("Фото: {agency}", "Фото: РИА Новости / {author}", "Фото: пресс-служба", "Источник фото: {agency}"),
    breadcrumb_home="Главная",
    disclaimer=("Мнение редакции может не совпадать с мнением автора.",),
    app=("Скачайте приложение {site}", "Наше приложение"),
    pagination=("Следующая новость", "Предыдущая новость"),
)

ZH = Words(
    months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    dates=(
        "{y}年{mm}月{dd}日 {h}:{mi}",
        "{y}-{mm}-{dd} {h}:{mi}",
        "{y}-{mm}-{dd} {h}:{mi}:{s}",
        "{y}年{m}月{d}日 {weekday}",
    ),
    ago=("{n}分钟前", "{n}小时前", "{n}天前"),
    nav=(
        "首页",
        "新闻",
        "国内",
        "国际",
        "财经",
        "科技",
        "体育",
        "娱乐",
        "军事",
        "汽车",
        "健康",
        "教育",
        "房产",
        "视频",
    ),
    footer_nav=("关于我们", "联系我们", "广告服务", "隐私政策", "网站地图", "法律声明", "招聘信息", "意见反馈"),
    account=("登录", "注册", "搜索", "订阅", "客户端"),
    authors=("王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强"),
    agencies=("新华社", "视觉中国", "中新社", "IC photo", "东方IC"),
    site_names=("东方时报", "晨光新闻网", "华南日报", "今日要闻", "北方晚报"),
    taglines=("权威新闻 快速传播", "每日资讯"),
    byline=("作者：{author}", "记者 {author}", "文/{author}", "本报记者 {author}"),
    published=("发布时间：{date}", "{date}", "时间：{date}"),
    updated=("更新时间：{date}", "{ago}更新"),
    views=("阅读 {n}", "浏览量：{n}", "{n}人阅读"),
    reading=("阅读时间约{n}分钟",),
    ad=("广告", "- 广告 -", "推广"),
    ad_continue=("继续阅读", "点击查看全文"),
    read_also=("相关阅读：", "延伸阅读：", "推荐阅读：", "相关新闻：", "【相关阅读】"),
    share_a=("分享到：", "微信", "微博", "QQ空间", "复制链接"),
    share_b=("分享", "微信扫一扫", "新浪微博", "复制链接"),
    share_end=("分享到：", "分享本文", "分享"),
    newsletter=(
        "扫描二维码，关注我们的微信公众号，获取更多精彩内容。",
        "订阅我们的新闻简报，每天早上获取最新资讯。",
        "下载{site}客户端，随时随地看新闻。",
    ),
    channel=("关注{site}微信公众号", "欢迎关注我们的微博"),
    tags=("标签：{tags}", "关键词：{tags}", "相关标签：{tags}"),
    topics=(
        "经济",
        "楼市",
        "高考",
        "天气",
        "交通",
        "医疗",
        "科技",
        "体育",
        "文化",
        "旅游",
        "环保",
        "就业",
        "消费",
        "制造业",
    ),
    trending=("热门文章", "热点新闻", "排行榜", "24小时热榜"),
    related=("相关新闻", "相关文章", "猜你喜欢", "推荐阅读"),
    more_from=("更多{category}新闻", "{category}频道"),
    comments_head=("{n}条评论", "评论（{n}）", "网友评论"),
    comment_meta=("{name} · {ago}", "{name}", "网友{name} {date}"),
    comment_actions=("回复", "举报", "点赞"),
    comment_form=("发表评论", "请先登录后再发表评论", "提交"),
    comment_texts=("说得很好，支持！", "这个观点我不同意。", "终于有人报道了。", "谁来买单？", "又是老样子。", "赞。"),
    copyright=("版权所有 © {y} {site}", "Copyright © {y} {site} All Rights Reserved", "未经授权禁止转载"),
    cookie=("本网站使用cookie以提升您的浏览体验。",),
    caption=("图片来源：{agency}", "（图片来源：{agency}）", "图为资料图。{agency}供图", "{agency}记者 {author} 摄"),
    breadcrumb_home="首页",
    disclaimer=("声明：本文仅代表作者观点，不代表本站立场。", "免责声明：本文内容仅供参考。"),
    app=("下载{site}客户端", "扫码下载APP"),
    pagination=("下一篇", "上一篇"),
)

PT = Words(
    months=(
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    dates=(
        "{d} de {month} de {y} às {h}h{mi}",
        "{dd}/{mm}/{y} {h}h{mi}",
        "{dd}/{mm}/{y} - {h}:{mi}",
        "{weekday}, {d} de {month} de {y}",
    ),
    ago=("Há {n} minutos", "há {n} horas", "Há {n} dias"),
    nav=(
        "Início",
        "Últimas notícias",
        "Política",
        "Economia",
        "Brasil",
        "Mundo",
        "Esportes",
        "Cultura",
        "Saúde",
        "Tecnologia",
        "Opinião",
        "Educação",
        "Vídeos",
    ),
    footer_nav=(
        "Quem somos",
        "Fale conosco",
        "Política de privacidade",
        "Termos de uso",
        "Anuncie",
        "Expediente",
        "Trabalhe conosco",
    ),
    account=("Entrar", "Assine", "Buscar", "Menu", "Minha conta"),
    authors=(
        "João Silva",
        "Ana Souza",
        "Pedro Oliveira",
        "Mariana Costa",
        "Lucas Pereira",
        "Juliana Almeida",
        "Rafael Lima",
        "Beatriz Santos",
    ),
    agencies=("Agência Brasil", "Reuters", "Estadão Conteúdo", "Folhapress", "AFP"),
    site_names=("Folha do Litoral", "Jornal Aurora", "Diário da Serra", "Correio do Vale"),
    taglines=("Notícias de verdade", "O jornal da sua cidade"),
    byline=("Por {author}", "POR {author_upper}", "{author}, da redação", "Redação {site}"),
    published=("Publicado em {date}", "{date}", "Publicado: {date}"),
    updated=("Atualizado em {date}", "Atualizado {ago}"),
    views=("{n} visualizações", "{n} leituras"),
    reading=("Tempo de leitura: {n} min", "{n} min de leitura"),
    ad=("Publicidade", "PUBLICIDADE", "Anúncio"),
    ad_continue=("Continua após a publicidade", "CONTINUA DEPOIS DA PUBLICIDADE"),
    read_also=("Leia também:", "LEIA TAMBÉM:", "Veja também:", "Leia mais:", "Leia também |"),
    share_a=("Compartilhe", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Compartilhar no Facebook", "Compartilhar no WhatsApp", "Copiar link"),
    share_end=("Compartilhe esta notícia", "Compartilhar:", "Compartilhe"),
    newsletter=(
        "Receba as principais notícias do dia no seu e-mail. Assine a nossa newsletter.",
        "Entre no canal do {site} no WhatsApp e receba as notícias em primeira mão.",
        "Cadastre-se e receba nossa newsletter gratuitamente.",
    ),
    channel=("Siga o {site} no Google Notícias", "Siga-nos no Instagram"),
    tags=("Tags: {tags}", "Assuntos: {tags}", "Temas: {tags}"),
    topics=(
        "eleições",
        "saúde",
        "educação",
        "economia",
        "futebol",
        "chuvas",
        "segurança",
        "inflação",
        "trânsito",
        "meio ambiente",
        "política",
        "cultura",
        "emprego",
        "tecnologia",
    ),
    trending=("Mais lidas", "Em alta", "Mais vistas", "Destaques"),
    related=("Notícias relacionadas", "Veja também", "Leia mais", "Recomendadas"),
    more_from=("Mais notícias de {category}", "Últimas de {category}"),
    comments_head=("{n} comentários", "Comentários ({n})", "Comentários"),
    comment_meta=("{name} · {ago}", "{name} disse:", "{name} em {date}"),
    comment_actions=("Responder", "Denunciar", "Curtir"),
    comment_form=("Deixe seu comentário", "Seu e-mail não será publicado.", "Enviar"),
    comment_texts=(
        "Ótima reportagem, parabéns.",
        "Discordo totalmente.",
        "Até que enfim.",
        "Quem vai pagar por isso?",
        "Sempre a mesma coisa.",
        "Excelente.",
    ),
    copyright=("© {y} {site}. Todos os direitos reservados.", "© {site} {y}", "Copyright © {y} {site}"),
    cookie=(
        "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política "
        "de privacidade.",
    ),
    caption=("Foto: {agency}", "(Foto: {author}/{agency})", "Imagem: {agency}", "Reprodução/{agency}"),
    breadcrumb_home="Início",
    disclaimer=("Os artigos de opinião não refletem necessariamente a posição do {site}.",),
    app=("Baixe o app do {site}", "Baixe nosso aplicativo"),
    pagination=("Próxima notícia", "Notícia anterior"),
)

IT = Words(
    months=(
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    dates=(
        "{d} {month} {y} - {h}:{mi}",
        "{dd}/{mm}/{y} ore {h}:{mi}",
        "{weekday} {d} {month} {y}",
        "{dd}.{mm}.{y}",
    ),
    ago=("{n} minuti fa", "{n} ore fa", "{n} giorni fa", "un'ora fa"),
    nav=(
        "Home",
        "Cronaca",
        "Politica",
        "Economia",
        "Esteri",
        "Sport",
        "Cultura",
        "Spettacoli",
        "Tecnologia",
        "Salute",
        "Motori",
        "Viaggi",
        "Opinioni",
        "Video",
    ),
    footer_nav=(
        "Chi siamo",
        "Contatti",
        "Pubblicità",
        "Privacy",
        "Cookie policy",
        "Note legali",
        "Redazione",
        "Lavora con noi",
        "Abbonamenti",
    ),
    account=("Accedi", "Abbonati", "Cerca", "Menu", "Il mio profilo", "Edicola digitale"),
    authors=(
        "Giulia Rossi",
        "Marco Bianchi",
        "Francesca Romano",
        "Luca Ferrari",
        "Chiara Esposito",
        "Alessandro Ricci",
        "Sara Colombo",
        "Davide Greco",
    ),
    agencies=("ANSA", "LaPresse", "Ansa Foto", "Getty Images", "Agenzia Dire", "AGI"),
    site_names=("Il Corriere del Lago", "La Voce di Borgo", "Gazzetta Tirrena", "Il Quotidiano Alpino"),
    taglines=("Notizie dal territorio", "Il giornale della tua città"),
    byline=("di {author}", "Di {author}", "DI {author_upper}", "{author}"),
    published=("Pubblicato il {date}", "{date}", "Aggiornato al {date}"),
    updated=("Aggiornato {ago}", "Ultimo aggiornamento: {date}", "Modificato il {date}"),
    views=("{n} visualizzazioni", "Letto {n} volte"),
    reading=("Tempo di lettura: {n} minuti", "{n} min di lettura", "Lettura: {n} minuti"),
    ad=("Pubblicità", "PUBBLICITÀ", "- Pubblicità -", "Annuncio"),
    ad_continue=("Continua a leggere dopo la pubblicità", "L'articolo continua sotto"),
    read_also=("Leggi anche:", "LEGGI ANCHE:", "Potrebbe interessarti:", "Approfondisci:", "Leggi anche |"),
    share_a=("Condividi", "Facebook", "X", "WhatsApp", "Email"),
    share_b=("Condividi l'articolo", "Condividi su Facebook", "Invia per email", "Copia link"),
    share_end=("Condividi questo articolo", "Condividi:", "Condividi"),
    newsletter=(
        "Iscriviti alla nostra newsletter e ricevi ogni mattina le notizie più importanti della giornata.",
        "Resta aggiornato: ricevi gratis la newsletter di {site} nella tua casella di posta.",
        "Vuoi ricevere le notizie su WhatsApp? Iscriviti al canale di {site}.",
    ),
    channel=("Segui {site} su Google News", "Iscriviti al nostro canale WhatsApp per restare aggiornato."),
    tags=("Tag: {tags}", "Argomenti: {tags}", "Temi: {tags}"),
    topics=(
        "governo",
        "elezioni",
        "sanità",
        "scuola",
        "trasporti",
        "meteo",
        "calcio",
        "lavoro",
        "pensioni",
        "ambiente",
        "turismo",
        "giustizia",
        "energia",
        "immigrazione",
    ),
    trending=("I più letti", "Più letti", "Di tendenza", "Le notizie più lette"),
    related=("Articoli correlati", "Potrebbe interessarti anche", "Altre notizie", "Consigliati per te"),
    more_from=("Altro da {category}", "Ultime notizie di {category}"),
    comments_head=("{n} commenti", "Commenti ({n})", "Commenti"),
    comment_meta=("{name} · {ago}", "{name} scrive:", "{name} il {date}"),
    comment_actions=("Rispondi", "Segnala", "Mi piace"),
    comment_form=("Lascia un commento", "Il tuo indirizzo email non sarà pubblicato.", "Invia commento"),
    comment_texts=(
        "Finalmente qualcuno ne parla.",
        "Non sono per niente d'accordo.",
        "Ottimo articolo, grazie.",
        "E chi paga?",
        "Sempre la solita storia.",
        "Bravi.",
    ),
    copyright=("© {y} {site}. Tutti i diritti riservati.", "Copyright © {y} {site} S.r.l.", "© {site} {y}"),
    cookie=(
        "Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.",
        "Accetta tutti / Gestisci preferenze",
    ),
    caption=("Foto: {agency}", "(Foto {agency})", "Foto di {author}/{agency}", "{agency}"),
    breadcrumb_home="Home",
    disclaimer=("Le opinioni espresse in questo articolo sono dell'autore e non riflettono la linea del giornale.",),
    app=("Scarica l'app di {site}", "Scarica l'app"),
    pagination=("Articolo successivo", "Articolo precedente"),
)

NL = Words(
    months=(
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    dates=(
        "{d} {month} {y}, {h}:{mi}",
        "{dd}-{mm}-{y}, {h}:{mi}",
        "{weekday} {d} {month} {y}",
        "{dd}-{mm}-{y}",
    ),
    ago=("{n} minuten geleden", "{n} uur geleden", "{n} dagen geleden", "een uur geleden"),
    nav=(
        "Home",
        "Nieuws",
        "Binnenland",
        "Buitenland",
        "Politiek",
        "Economie",
        "Sport",
        "Cultuur",
        "Tech",
        "Wetenschap",
        "Regio",
        "Opinie",
        "Gezondheid",
        "Video",
    ),
    footer_nav=(
        "Over ons",
        "Contact",
        "Adverteren",
        "Privacyverklaring",
        "Cookiebeleid",
        "Algemene voorwaarden",
        "Colofon",
        "Vacatures",
        "Abonnementen",
    ),
    account=("Inloggen", "Abonneren", "Zoeken", "Menu", "Mijn account", "Digitale krant"),
    authors=(
        "Sanne de Vries",
        "Jeroen Bakker",
        "Lotte Jansen",
        "Daan Visser",
        "Emma van Dijk",
        "Thijs Smit",
        "Fleur Mulder",
        "Bram de Boer",
    ),
    agencies=("ANP", "Reuters", "AFP", "Hollandse Hoogte", "Belga", "AP"),
    site_names=("Het Stadsblad", "Dagblad van de Delta", "Noorderpost", "De Polderbode"),
    taglines=("Nieuws uit de regio", "Onafhankelijk sinds 1921"),
    byline=("Door {author}", "DOOR {author_upper}", "{author}", "Tekst: {author}"),
    published=("Gepubliceerd op {date}", "{date}", "Geplaatst: {date}"),
    updated=("Bijgewerkt {ago}", "Laatste update: {date}", "Aangepast op {date}"),
    views=("{n} keer bekeken", "{n} weergaven"),
    reading=("Leestijd: {n} minuten", "{n} min leestijd", "{n} minuten lezen"),
    ad=("Advertentie", "ADVERTENTIE", "- Advertentie -", "Gesponsord"),
    ad_continue=("Lees verder na de advertentie", "Het artikel gaat verder onder de advertentie"),
    read_also=("Lees ook:", "LEES OOK:", "Meer over dit onderwerp:", "Ook interessant:", "Lees ook |"),
    share_a=("Delen", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Deel dit artikel", "Delen op Facebook", "Mail dit artikel", "Link kopiëren"),
    share_end=("Deel dit artikel", "Delen:", "Delen"),
    newsletter=(
        "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
        "Blijf op de hoogte: meld je gratis aan voor de dagelijkse nieuwsbrief van {site}.",
        "Wil je geen nieuws missen? Volg {site} op WhatsApp.",
    ),
    channel=("Volg {site} op Google Nieuws", "Volg ons op Facebook, X en Instagram"),
    tags=("Tags: {tags}", "Onderwerpen: {tags}", "Meer over: {tags}"),
    topics=(
        "verkiezingen",
        "woningmarkt",
        "klimaat",
        "onderwijs",
        "zorg",
        "stikstof",
        "verkeer",
        "voetbal",
        "economie",
        "politie",
        "weer",
        "energie",
        "landbouw",
        "migratie",
    ),
    trending=("Meest gelezen", "Populair", "Trending", "Best gelezen"),
    related=("Gerelateerde artikelen", "Dit vind je misschien ook interessant", "Meer nieuws", "Aanbevolen"),
    more_from=("Meer uit {category}", "Meer {category}"),
    comments_head=("{n} reacties", "Reacties ({n})", "Reacties"),
    comment_meta=("{name} · {ago}", "{name} schreef:", "{name} op {date}"),
    comment_actions=("Reageer", "Meld", "Vind ik leuk"),
    comment_form=("Plaats een reactie", "Je e-mailadres wordt niet gepubliceerd.", "Verstuur"),
    comment_texts=(
        "Eindelijk iemand die dit opschrijft.",
        "Daar ben ik het helemaal niet mee eens.",
        "Goed stuk, dank je.",
        "En wie gaat dat betalen?",
        "Typisch Nederland.",
        "Helemaal mee eens.",
    ),
    copyright=("© {y} {site}. Alle rechten voorbehouden.", "Copyright © {y} {site} B.V.", "© {site} {y}"),
    cookie=(
        "Wij gebruiken cookies om je de beste ervaring op onze website te bieden.",
        "Akkoord / Instellingen aanpassen",
    ),
    caption=("Foto: {agency}", "Foto {agency}", "Beeld: {author}/{agency}", "{agency}"),
    breadcrumb_home="Home",
    disclaimer=("Dit is een opiniestuk. De inhoud valt buiten de verantwoordelijkheid van de redactie.",),
    app=("Download de app van {site}", "Download de app"),
    pagination=("Volgend artikel", "Vorig artikel"),
)

PL = Words(
    months=(
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    dates=(
        "{d} {month} {y}, {h}:{mi}",
        "{dd}.{mm}.{y}, {h}:{mi}",
        "{weekday}, {d} {month} {y}",
        "{dd}.{mm}.{y}",
    ),
    ago=("{n} minut temu", "{n} godzin temu", "{n} dni temu", "godzinę temu"),
    nav=(
        "Strona główna",
        "Wiadomości",
        "Kraj",
        "Świat",
        "Polityka",
        "Biznes",
        "Sport",
        "Kultura",
        "Nauka",
        "Technologie",
        "Zdrowie",
        "Regiony",
        "Opinie",
        "Wideo",
    ),
    footer_nav=(
        "O nas",
        "Kontakt",
        "Reklama",
        "Polityka prywatności",
        "Ustawienia cookies",
        "Regulamin",
        "Redakcja",
        "Praca",
        "Prenumerata",
    ),
    account=("Zaloguj się", "Subskrybuj", "Szukaj", "Menu", "Moje konto", "E-wydanie"),
    authors=(
        "Anna Kowalska",
        "Piotr Nowak",
        "Katarzyna Wiśniewska",
        "Tomasz Wójcik",
        "Magdalena Kamińska",
        "Michał Lewandowski",
        "Agnieszka Zielińska",
        "Paweł Szymański",
    ),
    agencies=("PAP", "Reuters", "AFP", "East News", "Forum", "AP"),
    site_names=("Głos Pomorza Dziś", "Kurier Miejski", "Gazeta Nadwiślańska", "Echo Regionu"),
    taglines=("Wiadomości z regionu", "Niezależny dziennik od 1945 roku"),
    byline=("Autor: {author}", "{author}", "Oprac. {author}", "AUTOR: {author_upper}"),
    published=("Opublikowano: {date}", "{date}", "Data publikacji: {date}"),
    updated=("Aktualizacja: {ago}", "Zaktualizowano: {date}", "Ostatnia aktualizacja: {date}"),
    views=("{n} wyświetleń", "Odsłony: {n}"),
    reading=("Czas czytania: {n} min", "{n} min czytania", "Przeczytasz w {n} minut"),
    ad=("Reklama", "REKLAMA", "- Reklama -", "Materiał sponsorowany"),
    ad_continue=("Dalsza część artykułu pod reklamą", "Czytaj dalej pod reklamą"),
    read_also=("Czytaj także:", "CZYTAJ TEŻ:", "Zobacz również:", "Przeczytaj też:", "Czytaj także |"),
    share_a=("Udostępnij", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Udostępnij artykuł", "Udostępnij na Facebooku", "Wyślij e-mailem", "Kopiuj link"),
    share_end=("Udostępnij ten artykuł", "Udostępnij:", "Udostępnij"),
    newsletter=(
        "Zapisz się na nasz newsletter i otrzymuj codziennie rano najważniejsze wiadomości dnia.",
        "Bądź na bieżąco: zamów bezpłatny newsletter {site} na swoją skrzynkę.",
        "Nie chcesz niczego przegapić? Obserwuj {site} na WhatsAppie.",
    ),
    channel=("Obserwuj {site} w Google News", "Śledź nas na Facebooku, X i Instagramie"),
    tags=("Tagi: {tags}", "Tematy: {tags}", "Czytaj więcej o: {tags}"),
    topics=(
        "wybory",
        "Sejm",
        "inflacja",
        "szkoła",
        "zdrowie",
        "pogoda",
        "piłka nożna",
        "mieszkania",
        "transport",
        "energia",
        "rolnictwo",
        "policja",
        "klimat",
        "emerytury",
    ),
    trending=("Najczęściej czytane", "Popularne", "Na czasie", "Najpopularniejsze"),
    related=("Powiązane artykuły", "Może cię zainteresować", "Więcej wiadomości", "Polecamy"),
    more_from=("Więcej z działu {category}", "Najnowsze: {category}"),
    comments_head=("{n} komentarzy", "Komentarze ({n})", "Komentarze"),
    comment_meta=("{name} · {ago}", "{name} napisał(a):", "{name}, {date}"),
    comment_actions=("Odpowiedz", "Zgłoś", "Lubię to"),
    comment_form=("Dodaj komentarz", "Twój adres e-mail nie zostanie opublikowany.", "Wyślij"),
    comment_texts=(
        "Wreszcie ktoś o tym pisze.",
        "Zupełnie się nie zgadzam.",
        "Świetny artykuł, dziękuję.",
        "A kto za to zapłaci?",
        "Jak zwykle.",
        "Brawo.",
    ),
    copyright=("© {y} {site}. Wszelkie prawa zastrzeżone.", "Copyright © {y} {site} Sp. z o.o.", "© {site} {y}"),
    cookie=(
        "Używamy plików cookies, aby zapewnić najlepsze działanie naszej strony.",
        "Akceptuję / Ustawienia zaawansowane",
    ),
    caption=("Fot. {agency}", "Fot. {author}/{agency}", "Zdjęcie: {agency}", "{agency}"),
    breadcrumb_home="Strona główna",
    disclaimer=("Opinie wyrażone w artykule są opiniami autora i nie muszą odzwierciedlać stanowiska redakcji.",),
    app=("Pobierz aplikację {site}", "Pobierz aplikację"),
    pagination=("Następny artykuł", "Poprzedni artykuł"),
)

CS = Words(
    months=(
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ),
    weekdays=("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    dates=(
        "{d}. {month} {y} {h}:{mi}",
        "{d}. {m}. {y} {h}:{mi}",
        "{weekday} {d}. {month} {y}",
        "{d}. {m}. {y}",
    ),
    ago=("před {n} minutami", "před {n} hodinami", "před {n} dny", "před hodinou"),
    nav=(
        "Úvod",
        "Zprávy",
        "Domácí",
        "Zahraničí",
        "Ekonomika",
        "Sport",
        "Kultura",
        "Věda",
        "Technologie",
        "Zdraví",
        "Regiony",
        "Názory",
        "Auto",
        "Video",
    ),
    footer_nav=(
        "O nás",
        "Kontakty",
        "Reklama",
        "Ochrana osobních údajů",
        "Nastavení cookies",
        "Podmínky užívání",
        "Redakce",
        "Kariéra",
        "Předplatné",
    ),
    account=("Přihlásit", "Předplatit", "Hledat", "Menu", "Můj účet", "E-noviny"),
    authors=(
        "Jana Nováková",
        "Petr Svoboda",
        "Lucie Dvořáková",
        "Martin Černý",
        "Tereza Procházková",
        "Jakub Kučera",
        "Eva Veselá",
        "Tomáš Horák",
    ),
    agencies=("ČTK", "Reuters", "AFP", "Profimedia", "MAFRA", "AP"),
    site_names=("Moravský deník", "Pražský kurýr", "Noviny Vysočiny", "Hlas regionu"),
    taglines=("Zprávy z regionu", "Nezávislý deník"),
    byline=("Autor: {author}", "{author}", "Napsal(a): {author}", "AUTOR: {author_upper}"),
    published=("Publikováno: {date}", "{date}", "Vydáno {date}"),
    updated=("Aktualizováno {ago}", "Aktualizováno: {date}", "Poslední aktualizace: {date}"),
    views=("{n} zobrazení", "Přečteno {n}×"),
    reading=("Čtení na {n} minut", "{n} min čtení", "Doba čtení: {n} min"),
    ad=("Reklama", "REKLAMA", "- Reklama -", "Komerční sdělení"),
    ad_continue=("Pokračování článku pod reklamou", "Článek pokračuje pod reklamou"),
    read_also=("Čtěte také:", "ČTĚTE TAKÉ:", "Mohlo by vás zajímat:", "Přečtěte si:", "Čtěte také |"),
    share_a=("Sdílet", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Sdílet článek", "Sdílet na Facebooku", "Poslat e-mailem", "Kopírovat odkaz"),
    share_end=("Sdílejte článek", "Sdílet:", "Sdílet"),
    newsletter=(
        "Přihlaste se k odběru našeho newsletteru a každé ráno dostanete nejdůležitější zprávy dne.",
        "Buďte v obraze: objednejte si zdarma denní newsletter {site}.",
        "Nechcete nic zmeškat? Sledujte {site} na WhatsAppu.",
    ),
    channel=("Sledujte {site} na Google Zprávách", "Sledujte nás na Facebooku, X a Instagramu"),
    tags=("Témata: {tags}", "Štítky: {tags}", "Více k tématu: {tags}"),
    topics=(
        "volby",
        "vláda",
        "inflace",
        "školství",
        "zdravotnictví",
        "počasí",
        "fotbal",
        "bydlení",
        "doprava",
        "energie",
        "zemědělství",
        "policie",
        "klima",
        "důchody",
    ),
    trending=("Nejčtenější", "Nejčtenější články", "Právě se čte", "Populární"),
    related=("Související články", "Mohlo by vás zajímat", "Další zprávy", "Doporučujeme"),
    more_from=("Další z rubriky {category}", "Více: {category}"),
    comments_head=("{n} komentářů", "Diskuse ({n})", "Diskuse"),
    comment_meta=("{name} · {ago}", "{name} napsal(a):", "{name}, {date}"),
    comment_actions=("Odpovědět", "Nahlásit", "Líbí se mi"),
    comment_form=("Přidat komentář", "Pro vstup do diskuse se musíte přihlásit.", "Odeslat"),
    comment_texts=(
        "Konečně o tom někdo píše.",
        "S tím vůbec nesouhlasím.",
        "Výborný článek, díky.",
        "A kdo to zaplatí?",
        "Jako vždycky.",
        "Přesně tak.",
    ),
    copyright=("© {y} {site}. Všechna práva vyhrazena.", "Copyright © {y} {site} a.s.", "© {site} {y}"),
    cookie=(
        "Tento web používá soubory cookies, abychom vám zajistili co nejlepší zážitek.",
        "Přijmout vše / Nastavení",
    ),
    caption=("Foto: {agency}", "Foto: {author}, {agency}", "Ilustrační foto: {agency}", "{agency}"),
    breadcrumb_home="Úvod",
    disclaimer=("Názory vyjádřené v článku jsou názory autora a nemusí vyjadřovat postoj redakce.",),
    app=("Stáhněte si aplikaci {site}", "Stáhnout aplikaci"),
    pagination=("Další článek", "Předchozí článek"),
)


@dataclass(frozen=True)
class More:
    """Wording for the templates added with the second held-out split (tabloid, regional, techblog)."""

    weather: tuple[str, ...]  # "{t}°C Partly cloudy"
    subscribe_cta: tuple[str, ...]  # "Subscribe for $1", "Today's paper"
    listen: tuple[str, ...]  # "Listen to this article"
    support: tuple[str, ...]  # a sentence-like appeal to pay for the journalism
    report_error: tuple[str, ...]
    bio: tuple[str, ...]  # "{author} is a reporter at {site} covering {topic}."
    about_author: tuple[str, ...]  # the label above the bio
    helpful: tuple[str, ...]  # "Was this article helpful?"
    yes_no: tuple[str, str]
    contents: tuple[str, ...]  # "Contents"
    key_points: tuple[str, ...]  # "Key takeaways"
    tips: tuple[str, ...]  # "Got a story? Email {email}"
    shares: tuple[str, ...]  # "{n} shares"
    view_comments: tuple[str, ...]
    obituaries: tuple[str, ...]
    died: tuple[str, ...]  # "Died {date}"
    email_field: tuple[str, ...]  # the newsletter form's input placeholder
    consent: tuple[str, ...]  # the line under a sign-up form
    address: tuple[str, ...]  # "{num} Harbour Street, {town}"
    phone: str  # a phone number's shape, digits as 9
    related_inline: tuple[str, ...]  # the label of a related box inside the article
    previous_next: tuple[str, str]
    blog: str  # the word for the blog section
    cta: tuple[str, ...]  # a software site's buttons ("Start free trial")


MORE: dict[str, More] = {
    "en": More(
        weather=("{t}°C Partly cloudy", "{t}° Sunny", "{t}°C Light rain", "{t}°F Clear"),
        subscribe_cta=("Subscribe for $1", "Today's Paper", "e-Edition", "Support us"),
        listen=("Listen to this article", "Listen", "Listen to this story"),
        support=(
            "Local journalism needs your support. Subscribe today for just $1 a week and read without limits.",
            "Our reporting is funded by readers like you. Please consider becoming a member today.",
        ),
        report_error=("Report an error", "Report a typo", "Spotted a mistake? Let us know."),
        bio=(
            "{author} is a reporter at {site} covering {topic}.",
            "{author} writes about {topic} for {site}. Reach them at {email}.",
        ),
        about_author=("About the author", "About the Author", "Written by"),
        helpful=("Was this article helpful?", "Did you find this useful?"),
        yes_no=("Yes", "No"),
        contents=("Contents", "Table of contents", "In this article"),
        key_points=("Key takeaways", "Key points", "TL;DR", "At a glance"),
        tips=(
            "Do you have a story for us? Email {email}",
            "Got a story? Contact our newsroom at {email}.",
            "Tips? Email {email} or call {phone}.",
        ),
        shares=("{n} shares", "{n} Shares", "{n}"),
        view_comments=("View comments", "Comments", "Join the conversation"),
        obituaries=("Obituaries", "Latest obituaries", "Death notices"),
        died=("Died {date}", "Passed away {date}", "{date}"),
        email_field=("Email address", "Enter your email", "Your email"),
        consent=(
            "By subscribing, you agree to our Terms of Use and Privacy Policy.",
            "You can unsubscribe at any time.",
        ),
        address=("{num} Harbour Street, {town}", "{num} Main St., {town}"),
        phone="(999) 999-9999",
        related_inline=("RELATED ARTICLES", "Related stories", "More on this story"),
        previous_next=("Previous", "Next"),
        blog="Blog",
        cta=("Start free trial", "Book a demo", "Sign up free", "Get started"),
    ),
    "id": More(
        weather=("{t}°C Berawan", "{t}°C Cerah", "{t}°C Hujan ringan"),
        subscribe_cta=("Langganan", "Koran Hari Ini", "e-Paper"),
        listen=("Dengarkan artikel ini", "Dengarkan", "Dengarkan berita ini"),
        support=(
            "Jurnalisme berkualitas membutuhkan dukungan Anda. Berlangganan sekarang mulai Rp 10.000 per bulan.",
            "Dukung jurnalisme independen dengan menjadi anggota {site} hari ini.",
        ),
        report_error=("Laporkan kesalahan", "Ada yang salah? Beri tahu kami."),
        bio=(
            "{author} adalah jurnalis {site} yang meliput isu {topic}.",
            "{author} menulis tentang {topic} untuk {site}. Hubungi di {email}.",
        ),
        about_author=("Tentang penulis", "Profil penulis", "Penulis"),
        helpful=("Apakah artikel ini bermanfaat?", "Bagaimana menurut Anda artikel ini?"),
        yes_no=("Ya", "Tidak"),
        contents=("Daftar isi", "Isi artikel", "Dalam artikel ini"),
        key_points=("Poin penting", "Ringkasan", "Sekilas"),
        tips=("Punya informasi? Kirim ke {email}", "Punya cerita untuk kami? Hubungi redaksi di {email}."),
        shares=("{n} kali dibagikan", "{n} Shares", "{n}"),
        view_comments=("Lihat komentar", "Komentar", "Ikut berdiskusi"),
        obituaries=("Berita duka", "Obituari"),
        died=("Wafat {date}", "Meninggal {date}", "{date}"),
        email_field=("Alamat email", "Masukkan email Anda"),
        consent=("Dengan berlangganan, Anda menyetujui Syarat dan Kebijakan Privasi kami.",),
        address=("Jl. Merdeka No. {num}, {town}", "Jalan Sudirman {num}, {town}"),
        phone="(099) 9999-9999",
        related_inline=("BERITA TERKAIT", "Baca juga berita terkait", "Artikel terkait"),
        previous_next=("Sebelumnya", "Selanjutnya"),
        blog="Blog",
        cta=("Coba gratis", "Minta demo", "Daftar gratis", "Mulai sekarang"),
    ),
    "de": More(
        weather=("{t} °C Bewölkt", "{t} °C Sonnig", "{t} °C Leichter Regen"),
        subscribe_cta=("Jetzt abonnieren", "E-Paper", "Digital-Abo"),
        listen=("Artikel anhören", "Anhören", "Diesen Artikel vorlesen lassen"),
        support=(
            "Lokaljournalismus braucht Ihre Unterstützung. Lesen Sie jetzt alle Artikel für 1 Euro im ersten Monat.",
            "Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem Abo.",
        ),
        report_error=("Fehler melden", "Fehler gefunden? Schreiben Sie uns."),
        bio=(
            "{author} ist Redakteur bei {site} und schreibt über {topic}.",
            "{author} berichtet für {site} über {topic}. Kontakt: {email}",
        ),
        about_author=("Über den Autor", "Zur Person", "Autorin/Autor"),
        helpful=("War dieser Artikel hilfreich?", "Hat Ihnen der Artikel gefallen?"),
        yes_no=("Ja", "Nein"),
        contents=("Inhalt", "Inhaltsverzeichnis", "In diesem Artikel"),
        key_points=("Das Wichtigste in Kürze", "Auf einen Blick", "Zusammenfassung"),
        tips=("Haben Sie einen Hinweis für uns? Schreiben Sie an {email}", "Hinweise an die Redaktion: {email}"),
        shares=("{n} Mal geteilt", "{n} Shares", "{n}"),
        view_comments=("Kommentare anzeigen", "Kommentare", "Zur Diskussion"),
        obituaries=("Traueranzeigen", "Aktuelle Traueranzeigen"),
        died=("Gestorben am {date}", "† {date}", "{date}"),
        email_field=("E-Mail-Adresse", "Ihre E-Mail-Adresse"),
        consent=("Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.", "Abmeldung jederzeit möglich."),
        address=("Hafenstraße {num}, {town}", "Marktplatz {num}, {town}"),
        phone="09999 99999",
        related_inline=("MEHR ZUM THEMA", "Passend zum Thema", "Auch interessant"),
        previous_next=("Zurück", "Weiter"),
        blog="Blog",
        cta=("Kostenlos testen", "Demo anfragen", "Jetzt registrieren", "Loslegen"),
    ),
    "fr": More(
        weather=("{t}°C Nuageux", "{t}°C Ensoleillé", "{t}°C Pluie faible"),
        subscribe_cta=("Je m'abonne", "Le journal du jour", "Édition numérique"),
        listen=("Écouter cet article", "Écouter", "Écouter l'article"),
        support=(
            "L'information locale a besoin de vous. Abonnez-vous dès maintenant pour 1 € le premier mois.",
            "Notre indépendance dépend de nos lecteurs. Soutenez-nous en vous abonnant.",
        ),
        report_error=("Signaler une erreur", "Vous avez repéré une erreur ? Écrivez-nous."),
        bio=(
            "{author} est journaliste à {site}, spécialiste des questions de {topic}.",
            "{author} couvre l'actualité {topic} pour {site}. Contact : {email}",
        ),
        about_author=("À propos de l'auteur", "L'auteur", "Écrit par"),
        helpful=("Cet article vous a-t-il été utile ?", "Avez-vous aimé cet article ?"),
        yes_no=("Oui", "Non"),
        contents=("Sommaire", "Table des matières", "Dans cet article"),
        key_points=("L'essentiel", "À retenir", "En bref"),
        tips=("Une info à nous transmettre ? Écrivez à {email}", "Contactez la rédaction : {email}"),
        shares=("{n} partages", "{n} Partages", "{n}"),
        view_comments=("Voir les commentaires", "Commentaires", "Réagir"),
        obituaries=("Avis de décès", "Nécrologie"),
        died=("Décédé le {date}", "{date}"),
        email_field=("Adresse e-mail", "Votre adresse e-mail"),
        consent=("En vous inscrivant, vous acceptez notre politique de confidentialité.",),
        address=("{num} rue du Port, {town}", "{num} place de la Mairie, {town}"),
        phone="09 99 99 99 99",
        related_inline=("À LIRE AUSSI", "Sur le même sujet", "Lire aussi"),
        previous_next=("Précédent", "Suivant"),
        blog="Blog",
        cta=("Essai gratuit", "Demander une démo", "Inscription gratuite", "Commencer"),
    ),
    "es": More(
        weather=("{t} °C Nublado", "{t} °C Soleado", "{t} °C Lluvia débil"),
        subscribe_cta=("Suscríbete", "Edición impresa", "Kiosko"),
        listen=("Escuchar este artículo", "Escuchar", "Escucha la noticia"),
        support=(
            "El periodismo local necesita tu apoyo. Suscríbete ahora por 1 € el primer mes.",
            "Nuestro periodismo depende de lectores como tú. Hazte socio hoy.",
        ),
        report_error=("Reportar un error", "¿Has visto un error? Avísanos."),
        bio=(
            "{author} es periodista de {site} y cubre temas de {topic}.",
            "{author} escribe sobre {topic} para {site}. Contacto: {email}",
        ),
        about_author=("Sobre el autor", "Acerca del autor", "Escrito por"),
        helpful=("¿Te ha resultado útil este artículo?", "¿Te ha gustado este artículo?"),
        yes_no=("Sí", "No"),
        contents=("Contenido", "Índice", "En este artículo"),
        key_points=("Claves", "Lo más importante", "En resumen"),
        tips=("¿Tienes una noticia? Escríbenos a {email}", "Contacta con la redacción: {email}"),
        shares=("{n} compartidos", "{n} veces compartido", "{n}"),
        view_comments=("Ver comentarios", "Comentarios", "Únete a la conversación"),
        obituaries=("Esquelas", "Obituarios"),
        died=("Falleció el {date}", "{date}"),
        email_field=("Correo electrónico", "Tu correo electrónico"),
        consent=("Al suscribirte aceptas nuestra política de privacidad.", "Puedes darte de baja cuando quieras."),
        address=("Calle Mayor {num}, {town}", "Avenida del Puerto {num}, {town}"),
        phone="999 999 999",
        related_inline=("NOTICIAS RELACIONADAS", "Te puede interesar", "Más sobre este tema"),
        previous_next=("Anterior", "Siguiente"),
        blog="Blog",
        cta=("Prueba gratis", "Solicita una demo", "Regístrate gratis", "Empezar"),
    ),
    "ru": More(
        weather=("+{t} °C Облачно", "+{t} °C Ясно", "+{t} °C Небольшой дождь"),
        subscribe_cta=("Подписаться", "Свежий номер", "Электронная версия"),
        listen=("Слушать статью", "Слушать", "Прослушать новость"),
        support=(
            "Независимой журналистике нужна ваша поддержка. Оформите подписку всего за 99 рублей в месяц.",
            "Наша работа существует благодаря читателям. Поддержите редакцию.",
        ),
        report_error=("Сообщить об ошибке", "Нашли опечатку? Выделите её и нажмите Ctrl+Enter."),
        bio=(
            "{author} — корреспондент {site}, пишет о теме «{topic}».",
            "{author} пишет для {site} о теме «{topic}». Почта: {email}",
        ),
        about_author=("Об авторе", "Автор"),
        helpful=("Была ли эта статья полезной?", "Вам понравилась статья?"),
        yes_no=("Да", "Нет"),
        contents=("Содержание", "Оглавление", "В этой статье"),
        key_points=("Главное", "Коротко", "Самое важное"),
        tips=("Есть новость? Пишите на {email}", "Сообщить новость в редакцию: {email}"),
        shares=("{n} репостов", "Поделились: {n}", "{n}"),
        view_comments=("Показать комментарии", "Комментарии", "Обсудить"),
        obituaries=("Некрологи", "Память"),
        died=("Скончался {date}", "{date}"),
        email_field=("Адрес электронной почты", "Ваш e-mail"),
        consent=("Подписываясь, вы соглашаетесь с политикой конфиденциальности.",),
        address=("ул. Портовая, д. {num}, {town}", "пр. Мира, {num}, {town}"),
        phone="+7 (999) 999-99-99",
        related_inline=("ЧИТАЙТЕ ТАКЖЕ", "По теме", "Ещё по теме"),
        previous_next=("Назад", "Вперёд"),
        blog="Блог",
        cta=("Попробовать бесплатно", "Запросить демо", "Зарегистрироваться", "Начать"),
    ),
    "zh": More(
        weather=("{t}°C 多云", "{t}°C 晴", "{t}°C 小雨"),
        subscribe_cta=("订阅", "今日报纸", "电子报"),
        listen=("收听本文", "收听", "语音播报"),
        support=("优质新闻需要您的支持。现在订阅，每月仅需9元。", "支持独立新闻，成为{site}会员。"),
        report_error=("纠错", "发现错误？请告诉我们。"),
        bio=("{author}，{site}记者，主要关注{topic}领域。", "{author}为{site}撰稿，联系邮箱：{email}"),
        about_author=("关于作者", "作者简介"),
        helpful=("这篇文章对您有帮助吗？", "您觉得这篇文章怎么样？"),
        yes_no=("是", "否"),
        contents=("目录", "本文目录"),
        key_points=("要点", "核心提示", "摘要"),
        tips=("新闻线索请发送至{email}", "欢迎提供新闻线索：{email}"),
        shares=("{n}次分享", "分享 {n}", "{n}"),
        view_comments=("查看评论", "评论", "参与讨论"),
        obituaries=("讣告",),
        died=("逝世于{date}", "{date}"),
        email_field=("电子邮箱", "请输入邮箱地址"),
        consent=("订阅即表示您同意我们的隐私政策。",),
        address=("地址：{town}市人民路{num}号", "{town}市中山路{num}号"),
        phone="999-99999999",
        related_inline=("相关阅读", "延伸阅读", "相关报道"),
        previous_next=("上一页", "下一页"),
        blog="博客",
        cta=("免费试用", "预约演示", "免费注册", "立即开始"),
    ),
    "pt": More(
        weather=("{t}°C Nublado", "{t}°C Ensolarado", "{t}°C Chuva fraca"),
        subscribe_cta=("Assine", "Edição do dia", "Edição digital"),
        listen=("Ouvir este artigo", "Ouvir", "Ouça a notícia"),
        support=(
            "O jornalismo local precisa do seu apoio. Assine agora por R$ 1,90 no primeiro mês.",
            "Nosso jornalismo é mantido por leitores como você. Apoie o {site}.",
        ),
        report_error=("Reportar erro", "Encontrou um erro? Avise-nos."),
        bio=(
            "{author} é repórter do {site} e cobre {topic}.",
            "{author} escreve sobre {topic} para o {site}. Contato: {email}",
        ),
        about_author=("Sobre o autor", "Quem escreve", "Escrito por"),
        helpful=("Este artigo foi útil?", "Você gostou deste artigo?"),
        yes_no=("Sim", "Não"),
        contents=("Conteúdo", "Índice", "Neste artigo"),
        key_points=("Pontos-chave", "Resumo", "O que você precisa saber"),
        tips=("Tem uma notícia? Envie para {email}", "Fale com a redação: {email}"),
        shares=("{n} compartilhamentos", "{n} Shares", "{n}"),
        view_comments=("Ver comentários", "Comentários", "Participe da conversa"),
        obituaries=("Obituário", "Falecimentos"),
        died=("Faleceu em {date}", "{date}"),
        email_field=("Seu e-mail", "Endereço de e-mail"),
        consent=("Ao se inscrever, você concorda com nossa Política de Privacidade.",),
        address=("Rua do Porto, {num}, {town}", "Avenida Central, {num}, {town}"),
        phone="(99) 9999-9999",
        related_inline=("LEIA TAMBÉM", "Notícias relacionadas", "Saiba mais"),
        previous_next=("Anterior", "Próximo"),
        blog="Blog",
        cta=("Teste grátis", "Agende uma demonstração", "Cadastre-se grátis", "Começar"),
    ),
    "it": More(
        weather=("{t}°C Nuvoloso", "{t}°C Sereno", "{t}°C Pioggia debole"),
        subscribe_cta=("Abbonati a 1 €", "Il giornale di oggi", "Edizione digitale"),
        listen=("Ascolta l'articolo", "Ascolta", "Ascolta la notizia"),
        support=(
            "Il giornalismo locale ha bisogno del tuo sostegno. Abbonati ora a 1 euro per il primo mese.",
            "La nostra informazione è sostenuta dai lettori. Sostieni {site}.",
        ),
        report_error=("Segnala un errore", "Hai trovato un errore? Scrivici."),
        bio=(
            "{author} è giornalista di {site} e si occupa di {topic}.",
            "{author} scrive di {topic} per {site}. Contatti: {email}",
        ),
        about_author=("L'autore", "Chi è l'autore", "Scritto da"),
        helpful=("Questo articolo ti è stato utile?", "Ti è piaciuto questo articolo?"),
        yes_no=("Sì", "No"),
        contents=("Indice", "Sommario", "In questo articolo"),
        key_points=("In breve", "I punti chiave", "Cosa sapere"),
        tips=("Hai una segnalazione? Scrivi a {email}", "Segnalazioni alla redazione: {email}"),
        shares=("{n} condivisioni", "{n} Condivisioni", "{n}"),
        view_comments=("Vedi i commenti", "Commenti", "Partecipa alla discussione"),
        obituaries=("Necrologi", "Annunci funebri"),
        died=("Scomparso il {date}", "{date}"),
        email_field=("Indirizzo email", "La tua email"),
        consent=(
            "Iscrivendoti accetti l'informativa sulla privacy.",
            "Puoi annullare l'iscrizione in qualsiasi momento.",
        ),
        address=("Via del Porto {num}, {town}", "Piazza Garibaldi {num}, {town}"),
        phone="099 9999999",
        related_inline=("ARTICOLI CORRELATI", "Leggi anche", "Sullo stesso tema"),
        previous_next=("Precedente", "Successivo"),
        blog="Blog",
        cta=("Prova gratis", "Richiedi una demo", "Registrati gratis", "Inizia ora"),
    ),
    "nl": More(
        weather=("{t}°C Bewolkt", "{t}°C Zonnig", "{t}°C Lichte regen"),
        subscribe_cta=("Word abonnee", "De krant van vandaag", "E-paper"),
        listen=("Luister naar dit artikel", "Luister", "Beluister dit verhaal"),
        support=(
            "Lokale journalistiek heeft jouw steun nodig. Neem nu een abonnement voor 1 euro per week.",
            "Onze journalistiek wordt betaald door lezers zoals jij. Word vandaag nog lid.",
        ),
        report_error=("Fout gezien?", "Meld een fout", "Zie je een fout? Laat het ons weten."),
        bio=(
            "{author} is verslaggever bij {site} en schrijft over {topic}.",
            "{author} schrijft over {topic} voor {site}. Mail: {email}",
        ),
        about_author=("Over de auteur", "Over de schrijver", "Geschreven door"),
        helpful=("Was dit artikel nuttig?", "Vond je dit artikel interessant?"),
        yes_no=("Ja", "Nee"),
        contents=("Inhoud", "Inhoudsopgave", "In dit artikel"),
        key_points=("In het kort", "De belangrijkste punten", "Samenvatting"),
        tips=("Tip de redactie via {email}", "Heb je een tip? Mail naar {email}."),
        shares=("{n} keer gedeeld", "{n} Shares", "{n}"),
        view_comments=("Bekijk reacties", "Reacties", "Praat mee"),
        obituaries=("Overlijdensberichten", "Familieberichten"),
        died=("Overleden op {date}", "{date}"),
        email_field=("E-mailadres", "Je e-mailadres"),
        consent=("Door je aan te melden ga je akkoord met ons privacybeleid.", "Je kunt je altijd afmelden."),
        address=("Havenstraat {num}, {town}", "Markt {num}, {town}"),
        phone="099-9999999",
        related_inline=("LEES OOK", "Meer over dit onderwerp", "Gerelateerd"),
        previous_next=("Vorige", "Volgende"),
        blog="Blog",
        cta=("Probeer gratis", "Vraag een demo aan", "Gratis aanmelden", "Aan de slag"),
    ),
    "pl": More(
        weather=("{t}°C Pochmurno", "{t}°C Słonecznie", "{t}°C Lekki deszcz"),
        subscribe_cta=("Subskrybuj za 1 zł", "Dzisiejsze wydanie", "E-wydanie"),
        listen=("Posłuchaj artykułu", "Posłuchaj", "Odsłuchaj"),
        support=(
            "Lokalne dziennikarstwo potrzebuje twojego wsparcia. Wykup subskrypcję już za 1 zł na start.",
            "Nasze dziennikarstwo utrzymują czytelnicy. Wesprzyj {site}.",
        ),
        report_error=("Zgłoś błąd", "Widzisz błąd? Napisz do nas."),
        bio=(
            "{author} jest dziennikarzem {site} i zajmuje się tematem: {topic}.",
            "{author} pisze dla {site} o temacie: {topic}. Kontakt: {email}",
        ),
        about_author=("O autorze", "Autor tekstu"),
        helpful=("Czy ten artykuł był pomocny?", "Czy artykuł ci się podobał?"),
        yes_no=("Tak", "Nie"),
        contents=("Spis treści", "W tym artykule"),
        key_points=("Najważniejsze informacje", "W skrócie", "Kluczowe fakty"),
        tips=("Masz temat? Napisz na {email}", "Kontakt z redakcją: {email}"),
        shares=("{n} udostępnień", "Udostępnienia: {n}", "{n}"),
        view_comments=("Zobacz komentarze", "Komentarze", "Dołącz do dyskusji"),
        obituaries=("Nekrologi", "Kondolencje"),
        died=("Zmarł(a) {date}", "{date}"),
        email_field=("Adres e-mail", "Twój e-mail"),
        consent=("Zapisując się, akceptujesz politykę prywatności.", "Możesz zrezygnować w każdej chwili."),
        address=("ul. Portowa {num}, {town}", "Rynek {num}, {town}"),
        phone="+48 999 999 999",
        related_inline=("ZOBACZ TAKŻE", "Powiązane", "Więcej na ten temat"),
        previous_next=("Poprzedni", "Następny"),
        blog="Blog",
        cta=("Wypróbuj za darmo", "Umów demo", "Zarejestruj się", "Zacznij teraz"),
    ),
    "cs": More(
        weather=("{t} °C Oblačno", "{t} °C Jasno", "{t} °C Slabý déšť"),
        subscribe_cta=("Předplatné za 1 Kč", "Dnešní vydání", "E-noviny"),
        listen=("Poslechněte si článek", "Poslechnout", "Přehrát článek"),
        support=(
            "Regionální žurnalistika potřebuje vaši podporu. Předplaťte si nás za 1 Kč na první měsíc.",
            "Naše zpravodajství platí čtenáři jako vy. Podpořte {site}.",
        ),
        report_error=("Nahlásit chybu", "Našli jste chybu? Napište nám."),
        bio=(
            "{author} je redaktorem {site} a věnuje se tématu {topic}.",
            "{author} píše pro {site} o tématu {topic}. Kontakt: {email}",
        ),
        about_author=("O autorovi", "Autor článku"),
        helpful=("Byl pro vás tento článek užitečný?", "Líbil se vám článek?"),
        yes_no=("Ano", "Ne"),
        contents=("Obsah", "Obsah článku", "V tomto článku"),
        key_points=("Stručně", "Hlavní body", "Co potřebujete vědět"),
        tips=("Máte tip na článek? Napište na {email}", "Kontakt na redakci: {email}"),
        shares=("{n} sdílení", "Sdíleno {n}×", "{n}"),
        view_comments=("Zobrazit diskusi", "Diskuse", "Zapojte se do diskuse"),
        obituaries=("Parte", "Smuteční oznámení"),
        died=("Zemřel(a) {date}", "{date}"),
        email_field=("E-mailová adresa", "Váš e-mail"),
        consent=("Přihlášením souhlasíte se zpracováním osobních údajů.", "Odhlásit se můžete kdykoli."),
        address=("Přístavní {num}, {town}", "Náměstí Míru {num}, {town}"),
        phone="+420 999 999 999",
        related_inline=("SOUVISEJÍCÍ", "Čtěte také", "K tématu"),
        previous_next=("Předchozí", "Další"),
        blog="Blog",
        cta=("Vyzkoušet zdarma", "Domluvit ukázku", "Registrace zdarma", "Začít"),
    ),
}
TOWNS = {
    "en": ("Riverton", "Millbrook", "Eastport"),
    "id": ("Bandung", "Malang", "Bogor"),
    "de": ("Neustadt", "Bergheim", "Lindau"),
    "fr": ("Villeneuve", "Saint-Aubin", "Montclair"),
    "es": ("Villanueva", "San Pedro", "Alcalá"),
    "ru": ("Новгород", "Рыбинск", "Тверь"),
    "zh": ("南江", "东湖", "西城"),
    "pt": ("Campinas", "Niterói", "Santos"),
    "it": ("Borgonuovo", "Castelfranco", "Lerici"),
    "nl": ("Zwolle", "Hoorn", "Deventer"),
    "pl": ("Gdynia", "Toruń", "Płock"),
    "cs": ("Jihlava", "Kolín", "Tábor"),
}
TLDS = {"id": ".co.id", "de": ".de", "fr": ".fr", "es": ".es", "ru": ".ru", "zh": ".cn", "pt": ".com.br"}
TLDS |= {"it": ".it", "nl": ".nl", "pl": ".pl", "cs": ".cz"}


WORDS: dict[str, Words] = {
    "en": EN,
    "id": ID,
    "de": DE,
    "fr": FR,
    "es": ES,
    "ru": RU,
    "zh": ZH,
    "pt": PT,
    "it": IT,
    "nl": NL,
    "pl": PL,
    "cs": CS,
}


# --- the third held-out split: four more languages, and wording for its new templates ----------------

SV = Words(
    months=(
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    dates=("{d} {month} {y} kl. {h}.{mi}", "{y}-{mm}-{dd} {h}:{mi}", "{weekday} {d} {month} {y}", "{d} {mon} {y}"),
    ago=("för {n} minuter sedan", "för {n} timmar sedan", "för {n} dagar sedan", "för en timme sedan"),
    nav=(
        "Start",
        "Nyheter",
        "Inrikes",
        "Utrikes",
        "Ekonomi",
        "Politik",
        "Sport",
        "Kultur",
        "Nöje",
        "Vetenskap",
        "Hälsa",
        "Debatt",
        "Ledare",
        "Resor",
        "Motor",
        "Lokalt",
    ),
    footer_nav=(
        "Om oss",
        "Kontakta oss",
        "Annonsera",
        "Integritetspolicy",
        "Cookieinställningar",
        "Användarvillkor",
        "Jobba hos oss",
        "Kundservice",
        "Tipsa oss",
    ),
    account=("Logga in", "Prenumerera", "Sök", "Meny", "Mitt konto", "E-tidningen"),
    authors=(
        "Anna Lindqvist",
        "Erik Johansson",
        "Sara Bergström",
        "Johan Nilsson",
        "Maria Holm",
        "Karl Ekström",
        "Lina Sandberg",
        "Oskar Åberg",
    ),
    agencies=("TT", "Reuters", "AFP", "AP", "Bildbyrån", "NTB"),
    site_names=("Norrlandsposten", "Västkustens Tidning", "Dagens Stad", "Mälardalsbladet"),
    taglines=("Nyheter från hela regionen", "Oberoende liberal tidning"),
    byline=("Av {author}", "{author}", "Text: {author}", "{author}, reporter"),
    published=("Publicerad {date}", "Publicerad: {date}", "{date}"),
    updated=("Uppdaterad {ago}", "Uppdaterad {date}", "Senast uppdaterad: {date}"),
    views=("{n} visningar", "Läst {n} gånger"),
    reading=("{n} min läsning", "Lästid: {n} minuter", "{n} minuters läsning"),
    ad=("Annons", "ANNONS", "- Annons -", "Reklam"),
    ad_continue=("Artikeln fortsätter under annonsen", "Texten fortsätter nedan"),
    read_also=("Läs också:", "LÄS MER:", "Läs även:", "Relaterat:", "Läs också |"),
    share_a=("Dela", "Facebook", "X", "Messenger", "E-post"),
    share_b=("Dela artikeln", "Dela på Facebook", "Dela på X", "Kopiera länk"),
    share_end=("Dela artikeln", "Dela:", "Dela"),
    newsletter=(
        "Prenumerera på vårt morgonbrev och få dagens viktigaste nyheter direkt i inkorgen.",
        "Få de senaste nyheterna i din mejl varje vardag. Anmäl dig gratis.",
        "Vill du läsa mer? Skaffa {site} Plus för 1 kr första månaden.",
    ),
    channel=("Följ {site} på Google Nyheter", "Följ oss på Facebook, X och Instagram"),
    tags=("Ämnen: {tags}", "Taggar: {tags}", "Mer om: {tags}"),
    topics=(
        "val",
        "klimat",
        "bostäder",
        "skola",
        "kollektivtrafik",
        "inflation",
        "sjukvård",
        "rättegång",
        "energi",
        "teknik",
        "polis",
        "budget",
        "handel",
        "jakt",
    ),
    trending=("Mest läst", "Populärt just nu", "Mest lästa", "Trendar"),
    related=("Relaterade artiklar", "Du kanske också gillar", "Fler nyheter", "Rekommenderat"),
    more_from=("Mer från {category}", "Fler artiklar om {category}", "Senaste nytt: {category}"),
    comments_head=("{n} kommentarer", "Kommentarer ({n})", "Kommentera"),
    comment_meta=("{name} · {ago}", "{name} skriver:", "{name}, {date}"),
    comment_actions=("Svara", "Anmäl", "Gilla"),
    comment_form=("Skriv en kommentar", "Din e-postadress kommer inte att publiceras.", "Skicka"),
    comment_texts=(
        "Bra skrivet, tack för artikeln.",
        "Håller inte med alls.",
        "Äntligen någon som tar upp det här.",
        "Vem ska betala för allt detta?",
        "Typiskt.",
        "Precis så.",
    ),
    copyright=("© {y} {site}. Alla rättigheter förbehållna.", "Copyright © {y} {site} AB", "© {site} {y}"),
    cookie=(
        "Vi använder cookies för att ge dig en bättre upplevelse på vår webbplats.",
        "Godkänn alla / Inställningar",
    ),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "Bild: {agency}", "{agency}"),
    breadcrumb_home="Start",
    disclaimer=("Detta är en opinionstext. Åsikterna är skribentens egna.",),
    app=("Ladda ner {site}s app", "Hämta appen"),
    pagination=("Nästa artikel", "Föregående artikel"),
)

RO = Words(
    months=(
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ),
    weekdays=("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    dates=("{d} {month} {y}, {h}:{mi}", "{dd}.{mm}.{y} {h}:{mi}", "{weekday}, {d} {month} {y}", "{dd}/{mm}/{y}"),
    ago=("acum {n} minute", "acum {n} ore", "acum {n} zile", "acum o oră"),
    nav=(
        "Acasă",
        "Știri",
        "Actualitate",
        "Politică",
        "Externe",
        "Economie",
        "Social",
        "Sport",
        "Cultură",
        "Sănătate",
        "Tehnologie",
        "Auto",
        "Opinii",
        "Video",
        "Local",
    ),
    footer_nav=(
        "Despre noi",
        "Contact",
        "Publicitate",
        "Politica de confidențialitate",
        "Setări cookie",
        "Termeni și condiții",
        "Cariere",
        "Redacția",
        "Abonamente",
    ),
    account=("Autentificare", "Abonează-te", "Caută", "Meniu", "Contul meu"),
    authors=(
        "Andreea Popescu",
        "Mihai Ionescu",
        "Elena Dumitrescu",
        "Radu Constantin",
        "Ioana Stan",
        "Alexandru Marin",
        "Cristina Georgescu",
        "Bogdan Munteanu",
    ),
    agencies=("Agerpres", "Inquam Photos", "Reuters", "AFP", "Mediafax", "AP"),
    site_names=("Gazeta de Vest", "Cronica Zilei", "Monitorul Local", "Ziarul Ardealului"),
    taglines=("Știri din regiune", "Ziar independent"),
    byline=("de {author}", "Autor: {author}", "{author}", "Scris de {author}"),
    published=("Publicat: {date}", "Publicat {date}", "{date}", "Data publicării: {date}"),
    updated=("Actualizat {ago}", "Actualizat: {date}", "Ultima actualizare: {date}"),
    views=("{n} vizualizări", "Citit de {n} ori"),
    reading=("{n} min de citit", "Timp de citire: {n} minute", "Citești în {n} minute"),
    ad=("Publicitate", "PUBLICITATE", "- Publicitate -", "Reclamă"),
    ad_continue=("Articolul continuă după reclamă", "Continuarea articolului mai jos"),
    read_also=("Citește și:", "CITEȘTE ȘI:", "Vezi și:", "Recomandare:", "Citește și |"),
    share_a=("Distribuie", "Facebook", "X", "WhatsApp", "Email"),
    share_b=("Distribuie articolul", "Distribuie pe Facebook", "Trimite pe WhatsApp", "Copiază linkul"),
    share_end=("Distribuie articolul", "Distribuie:", "Distribuie"),
    newsletter=(
        "Abonează-te la newsletterul nostru și primești în fiecare dimineață cele mai importante știri.",
        "Primește zilnic știrile zilei pe email. Abonarea este gratuită.",
        "Vrei să fii mereu informat? Urmărește {site} pe WhatsApp.",
    ),
    channel=("Urmărește {site} pe Google News", "Urmărește-ne pe Facebook, X și Instagram"),
    tags=("Etichete: {tags}", "Tag-uri: {tags}", "Subiecte: {tags}"),
    topics=(
        "alegeri",
        "climă",
        "locuințe",
        "educație",
        "transport",
        "inflație",
        "sănătate",
        "justiție",
        "energie",
        "tehnologie",
        "poliție",
        "buget",
        "comerț",
        "agricultură",
    ),
    trending=("Cele mai citite", "Populare", "Trending", "Cele mai citite azi"),
    related=("Articole similare", "S-ar putea să te intereseze", "Alte știri", "Recomandări"),
    more_from=("Mai multe din {category}", "Alte știri din {category}"),
    comments_head=("{n} comentarii", "Comentarii ({n})", "Comentează"),
    comment_meta=("{name} · {ago}", "{name} a scris:", "{name}, {date}"),
    comment_actions=("Răspunde", "Raportează", "Îmi place"),
    comment_form=("Lasă un comentariu", "Adresa ta de email nu va fi publicată.", "Trimite"),
    comment_texts=(
        "Foarte bun articol, mulțumesc.",
        "Nu sunt deloc de acord.",
        "În sfârșit scrie cineva despre asta.",
        "Cine plătește toate astea?",
        "Ca de obicei.",
        "Exact așa.",
    ),
    copyright=("© {y} {site}. Toate drepturile rezervate.", "Copyright © {y} {site} SRL", "© {site} {y}"),
    cookie=("Folosim cookie-uri pentru a-ți oferi o experiență mai bună pe site.", "Accept toate / Setări"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "Sursa foto: {agency}", "{agency}"),
    breadcrumb_home="Acasă",
    disclaimer=("Opiniile exprimate în acest articol aparțin autorului și nu reflectă neapărat poziția redacției.",),
    app=("Descarcă aplicația {site}", "Descarcă aplicația"),
    pagination=("Articolul următor", "Articolul anterior"),
)

VI = Words(
    months=tuple(f"tháng {m}" for m in range(1, 13)),
    weekdays=("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    dates=(
        "{weekday}, {d}/{m}/{y}, {h}:{mi} (GMT+7)",
        "{dd}/{mm}/{y} {h}:{mi}",
        "{h}:{mi} ngày {d}/{m}/{y}",
        "ngày {d} {month} năm {y}",
    ),
    ago=("{n} phút trước", "{n} giờ trước", "{n} ngày trước", "1 giờ trước"),
    nav=(
        "Trang chủ",
        "Thời sự",
        "Thế giới",
        "Kinh doanh",
        "Bất động sản",
        "Khoa học",
        "Giải trí",
        "Thể thao",
        "Pháp luật",
        "Giáo dục",
        "Sức khỏe",
        "Đời sống",
        "Du lịch",
        "Số hóa",
        "Xe",
        "Ý kiến",
    ),
    footer_nav=(
        "Giới thiệu",
        "Liên hệ",
        "Quảng cáo",
        "Chính sách bảo mật",
        "Điều khoản sử dụng",
        "Tuyển dụng",
        "Đường dây nóng",
        "Sơ đồ trang",
    ),
    account=("Đăng nhập", "Đăng ký", "Tìm kiếm", "Menu", "Tài khoản"),
    authors=(
        "Nguyễn Văn An",
        "Trần Thị Mai",
        "Lê Hoàng Nam",
        "Phạm Thu Hà",
        "Hoàng Minh Đức",
        "Vũ Thanh Hương",
        "Đặng Quốc Bảo",
        "Bùi Ngọc Lan",
    ),
    agencies=("TTXVN", "Reuters", "AFP", "AP", "Getty Images", "Tân Hoa Xã"),
    site_names=("Tin Nhanh Sài Gòn", "Báo Đất Việt", "Thời Báo Hà Thành", "Nhịp Sống Mới"),
    taglines=("Tin tức 24h", "Thông tin nhanh, chính xác"),
    byline=("{author}", "Bài: {author}", "{author} - {agency}", "Theo {agency}"),
    published=("{date}", "Đăng lúc {date}", "Ngày đăng: {date}"),
    updated=("Cập nhật {ago}", "Cập nhật lúc {date}"),
    views=("{n} lượt xem", "Lượt xem: {n}"),
    reading=("{n} phút đọc", "Thời gian đọc: {n} phút"),
    ad=("Quảng cáo", "QUẢNG CÁO", "- Quảng cáo -"),
    ad_continue=("Nội dung tiếp theo bên dưới quảng cáo", "Bài viết tiếp tục bên dưới"),
    read_also=("Xem thêm:", "Đọc thêm:", "XEM THÊM:", "Tin liên quan:", "Xem thêm |"),
    share_a=("Chia sẻ", "Facebook", "Zalo", "Twitter", "Email"),
    share_b=("Chia sẻ bài viết", "Chia sẻ lên Facebook", "Gửi qua Zalo", "Sao chép liên kết"),
    share_end=("Chia sẻ bài viết", "Chia sẻ:", "Chia sẻ"),
    newsletter=(
        "Đăng ký nhận bản tin để cập nhật những tin tức mới nhất mỗi ngày.",
        "Nhận tin nóng qua email hằng ngày. Đăng ký miễn phí ngay hôm nay.",
        "Bạn muốn đọc thêm? Theo dõi {site} trên Zalo để không bỏ lỡ tin quan trọng.",
    ),
    channel=("Theo dõi {site} trên Google News", "Theo dõi chúng tôi trên Zalo, Facebook và YouTube"),
    tags=("Từ khóa: {tags}", "Tags: {tags}", "Chủ đề: {tags}"),
    topics=(
        "bầu cử",
        "khí hậu",
        "nhà ở",
        "giáo dục",
        "giao thông",
        "lạm phát",
        "y tế",
        "tòa án",
        "năng lượng",
        "công nghệ",
        "cảnh sát",
        "ngân sách",
        "thương mại",
        "du lịch",
    ),
    trending=("Đọc nhiều", "Tin nổi bật", "Xem nhiều nhất", "Đang được quan tâm"),
    related=("Tin liên quan", "Bài viết liên quan", "Có thể bạn quan tâm", "Tin khác"),
    more_from=("Tin khác trong mục {category}", "Thêm tin {category}"),
    comments_head=("{n} bình luận", "Bình luận ({n})", "Ý kiến bạn đọc ({n})"),
    comment_meta=("{name} · {ago}", "{name} viết:", "{name} - {date}"),
    comment_actions=("Trả lời", "Báo vi phạm", "Thích"),
    comment_form=("Gửi bình luận", "Ý kiến của bạn sẽ được biên tập trước khi đăng.", "Gửi"),
    comment_texts=(
        "Bài viết rất hay, cảm ơn tác giả.",
        "Tôi không đồng ý với quan điểm này.",
        "Cuối cùng cũng có người lên tiếng.",
        "Ai sẽ trả tiền cho việc này?",
        "Năm nào cũng vậy.",
        "Quá đúng.",
    ),
    copyright=("© {y} {site}. Bảo lưu mọi quyền.", "Bản quyền © {y} {site}", "© {site} {y}"),
    cookie=("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.", "Đồng ý / Tùy chỉnh"),
    caption=("Ảnh: {agency}", "Ảnh: {author}/{agency}", "(Ảnh minh họa: {agency})", "{agency}"),
    breadcrumb_home="Trang chủ",
    disclaimer=("Bài viết thể hiện quan điểm riêng của tác giả.",),
    app=("Tải ứng dụng {site}", "Tải app"),
    pagination=("Bài tiếp theo", "Bài trước"),
)

UK = Words(
    months=(
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ),
    weekdays=("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
    dates=("{d} {month} {y}, {h}:{mi}", "{dd}.{mm}.{y} {h}:{mi}", "{weekday}, {d} {month} {y}", "{dd}.{mm}.{y}"),
    ago=("{n} хвилин тому", "{n} годин тому", "{n} днів тому", "годину тому"),
    nav=(
        "Головна",
        "Новини",
        "Україна",
        "Світ",
        "Політика",
        "Економіка",
        "Суспільство",
        "Спорт",
        "Культура",
        "Здоровʼя",
        "Технології",
        "Наука",
        "Думки",
        "Відео",
        "Регіони",
    ),
    footer_nav=(
        "Про нас",
        "Контакти",
        "Реклама",
        "Політика конфіденційності",
        "Налаштування cookie",
        "Умови використання",
        "Редакція",
        "Вакансії",
        "Передплата",
    ),
    account=("Увійти", "Передплатити", "Пошук", "Меню", "Мій кабінет"),
    authors=(
        "Олена Коваленко",
        "Андрій Шевчук",
        "Ірина Бондаренко",
        "Тарас Мельник",
        "Наталія Кравчук",
        "Олександр Ткаченко",
        "Юлія Савчук",
        "Дмитро Гончаренко",
    ),
    agencies=("Укрінформ", "УНІАН", "Reuters", "AFP", "AP", "Getty Images"),
    site_names=("Вісник Полтавщини", "Дніпровська правда", "Новини Поділля", "Львівський оглядач"),
    taglines=("Новини регіону щодня", "Незалежне видання"),
    byline=("Автор: {author}", "{author}", "Текст: {author}", "АВТОР: {author_upper}"),
    published=("Опубліковано: {date}", "{date}", "Опубліковано {date}"),
    updated=("Оновлено {ago}", "Оновлено: {date}", "Останнє оновлення: {date}"),
    views=("{n} переглядів", "Переглядів: {n}"),
    reading=("{n} хв читання", "Час читання: {n} хв", "Читати {n} хвилин"),
    ad=("Реклама", "РЕКЛАМА", "- Реклама -"),
    ad_continue=("Продовження статті після реклами", "Читайте далі під рекламою"),
    read_also=("Читайте також:", "ЧИТАЙТЕ ТАКОЖ:", "Дивіться також:", "Раніше:", "Читайте також |"),
    share_a=("Поділитися", "Facebook", "Telegram", "Viber", "X"),
    share_b=("Поділитися статтею", "Поширити у Facebook", "Надіслати в Telegram", "Копіювати посилання"),
    share_end=("Поділитися", "Поділіться статтею:", "Поділитися новиною"),
    newsletter=(
        "Підпишіться на нашу розсилку і щоранку отримуйте головні новини дня.",
        "Отримуйте найважливіші новини на пошту щодня. Підписка безкоштовна.",
        "Хочете бути в курсі? Підписуйтеся на Telegram-канал {site}.",
    ),
    channel=("Стежте за {site} у Google News", "Підписуйтеся на нас у Telegram, Facebook та Instagram"),
    tags=("Теги: {tags}", "Теми: {tags}", "Більше на тему: {tags}"),
    topics=(
        "вибори",
        "клімат",
        "житло",
        "освіта",
        "транспорт",
        "інфляція",
        "медицина",
        "суди",
        "енергетика",
        "технології",
        "поліція",
        "бюджет",
        "торгівля",
        "аграрії",
    ),
    trending=("Найпопулярніше", "Найчитаніше", "Зараз читають", "Популярне"),
    related=("Повʼязані статті", "Вас може зацікавити", "Інші новини", "Рекомендуємо"),
    more_from=("Більше з розділу {category}", "Ще новини: {category}"),
    comments_head=("{n} коментарів", "Коментарі ({n})", "Обговорення"),
    comment_meta=("{name} · {ago}", "{name} пише:", "{name}, {date}"),
    comment_actions=("Відповісти", "Поскаржитися", "Подобається"),
    comment_form=("Залишити коментар", "Ваша електронна адреса не буде опублікована.", "Надіслати"),
    comment_texts=(
        "Дуже слушна стаття, дякую.",
        "Зовсім не погоджуюся.",
        "Нарешті хтось про це написав.",
        "А хто за це все заплатить?",
        "Як завжди.",
        "Саме так.",
    ),
    copyright=("© {y} {site}. Усі права захищено.", "Copyright © {y} ТОВ «{site}»", "© {site} {y}"),
    cookie=("Ми використовуємо файли cookie, щоб покращити роботу сайту.", "Прийняти все / Налаштування"),
    caption=("Фото: {agency}", "Фото: {author}/{agency}", "Ілюстративне фото: {agency}", "{agency}"),
    breadcrumb_home="Головна",
    disclaimer=("Думки, висловлені в колонці, належать авторові й можуть не збігатися з позицією редакції.",),
    app=("Завантажте застосунок {site}", "Завантажити застосунок"),
    pagination=("Наступна стаття", "Попередня стаття"),
)

MORE |= {
    "sv": More(
        weather=("{t}° Halvklart", "{t}° Sol", "{t}° Lätt regn"),
        subscribe_cta=("Prenumerera för 1 kr", "Dagens tidning", "E-tidning"),
        listen=("Lyssna på artikeln", "Lyssna", "Lyssna på nyheten"),
        support=(
            "Lokal journalistik behöver ditt stöd. Prenumerera i dag för 1 kr första månaden.",
            "Vår journalistik finansieras av läsare som du. Bli prenumerant på {site}.",
        ),
        report_error=("Rapportera fel", "Hittat ett fel? Hör av dig till oss."),
        bio=(
            "{author} är reporter på {site} och bevakar {topic}.",
            "{author} skriver om {topic} för {site}. Kontakt: {email}",
        ),
        about_author=("Om skribenten", "Om författaren"),
        helpful=("Var artikeln till hjälp?", "Gillade du artikeln?"),
        yes_no=("Ja", "Nej"),
        contents=("Innehåll", "I den här artikeln"),
        key_points=("Kortfattat", "Det här behöver du veta", "Viktigast i korthet"),
        tips=("Har du tips? Mejla {email}", "Tipsa redaktionen: {email} eller ring {phone}."),
        shares=("{n} delningar", "Delad {n} gånger", "{n}"),
        view_comments=("Visa kommentarer", "Kommentarer", "Delta i diskussionen"),
        obituaries=("Dödsannonser", "Familjesidan"),
        died=("Avled {date}", "{date}"),
        email_field=("E-postadress", "Din e-post"),
        consent=(
            "Genom att prenumerera godkänner du våra villkor och vår integritetspolicy.",
            "Du kan avsluta prenumerationen när som helst.",
        ),
        address=("Hamngatan {num}, {town}", "Storgatan {num}, {town}"),
        phone="099-999 99 99",
        related_inline=("LÄS OCKSÅ", "Relaterat", "Mer om ämnet"),
        previous_next=("Föregående", "Nästa"),
        blog="Blogg",
        cta=("Testa gratis", "Boka en demo", "Skapa konto gratis", "Kom igång"),
    ),
    "ro": More(
        weather=("{t}°C Parțial noros", "{t}°C Însorit", "{t}°C Ploaie slabă"),
        subscribe_cta=("Abonează-te cu 1 leu", "Ediția de azi", "Ediția digitală"),
        listen=("Ascultă articolul", "Ascultă", "Ascultă știrea"),
        support=(
            "Jurnalismul local are nevoie de sprijinul tău. Abonează-te acum cu 1 leu în prima lună.",
            "Jurnalismul nostru este susținut de cititori ca tine. Susține {site}.",
        ),
        report_error=("Semnalează o greșeală", "Ai găsit o greșeală? Scrie-ne."),
        bio=(
            "{author} este jurnalist la {site} și scrie despre {topic}.",
            "{author} scrie despre {topic} pentru {site}. Contact: {email}",
        ),
        about_author=("Despre autor", "Autorul articolului"),
        helpful=("Ți-a fost util acest articol?", "Ți-a plăcut articolul?"),
        yes_no=("Da", "Nu"),
        contents=("Cuprins", "În acest articol"),
        key_points=("Pe scurt", "Ce trebuie să știi", "Puncte cheie"),
        tips=("Ai un pont pentru noi? Scrie-ne la {email}", "Contact redacție: {email}, telefon {phone}"),
        shares=("{n} distribuiri", "Distribuit de {n} ori", "{n}"),
        view_comments=("Vezi comentariile", "Comentarii", "Intră în discuție"),
        obituaries=("Anunțuri de deces", "Decese"),
        died=("Decedat la {date}", "{date}"),
        email_field=("Adresa de email", "Emailul tău"),
        consent=("Prin abonare ești de acord cu Politica de confidențialitate.", "Te poți dezabona oricând."),
        address=("Strada Portului {num}, {town}", "Bulevardul Unirii {num}, {town}"),
        phone="0299 999 999",
        related_inline=("ARTICOLE SIMILARE", "Citește și", "Pe aceeași temă"),
        previous_next=("Anterior", "Următor"),
        blog="Blog",
        cta=("Încearcă gratuit", "Programează o demonstrație", "Creează cont gratuit", "Începe acum"),
    ),
    "uk": More(
        weather=("{t}°C Хмарно", "{t}°C Сонячно", "{t}°C Невеликий дощ"),
        subscribe_cta=("Передплата за 1 грн", "Свіжий номер", "Електронна версія"),
        listen=("Прослухати статтю", "Слухати", "Прослухати новину"),
        support=(
            "Незалежна журналістика потребує вашої підтримки. Оформіть підписку вже сьогодні.",
            "Нашу роботу фінансують читачі. Підтримайте {site}.",
        ),
        report_error=("Повідомити про помилку", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter."),
        bio=(
            "{author} — оглядач {site}, пише на тему «{topic}».",
            "{author} пише про {topic} для {site}. Контакт: {email}",
        ),
        about_author=("Про автора", "Автор"),
        helpful=("Чи була ця стаття корисною?", "Вам сподобалася стаття?"),
        yes_no=("Так", "Ні"),
        contents=("Зміст", "У цій статті"),
        key_points=("Коротко", "Головне", "Що треба знати"),
        tips=("Маєте новину? Пишіть на {email}", "Звʼязатися з редакцією: {email}, {phone}"),
        shares=("{n} поширень", "Поширили {n} разів", "{n}"),
        view_comments=("Дивитися коментарі", "Коментарі", "Долучитися до обговорення"),
        obituaries=("Некрологи", "Памʼять"),
        died=("Помер(ла) {date}", "{date}"),
        email_field=("Електронна пошта", "Ваш email"),
        consent=("Підписуючись, ви погоджуєтеся з політикою конфіденційності.", "Відписатися можна будь-коли."),
        address=("вул. Соборна, {num}, {town}", "просп. Свободи, {num}, {town}"),
        phone="+380 99 999 99 99",
        related_inline=("ЧИТАЙТЕ ТАКОЖ", "Повʼязане", "На цю тему"),
        previous_next=("Попередня", "Наступна"),
        blog="Блог",
        cta=("Спробувати безкоштовно", "Замовити демо", "Зареєструватися", "Почати"),
    ),
}
TOWNS |= {
    "sv": ("Umeå", "Falun", "Kalmar"),
    "ro": ("Sibiu", "Oradea", "Brașov"),
    "vi": ("Huế", "Cần Thơ", "Đà Lạt"),
    "uk": ("Полтава", "Вінниця", "Чернігів"),
}
TLDS |= {"sv": ".se", "ro": ".ro", "vi": ".vn", "uk": ".ua"}
WORDS |= {"sv": SV, "ro": RO, "vi": VI, "uk": UK}


@dataclass(frozen=True)
class Third:
    """Wording for the templates of the third held-out split (broadcaster, sports, business, opinion):
    comment threads as the big comment systems print them, photo credits and galleries, social
    embeds and their consent placeholders, fact boxes, machine-made summaries, scores and tables,
    market tickers, columnists' furniture."""

    live: tuple[str, ...]  # a live-TV button in the header
    video: tuple[str, ...]  # the label over a video, its title and length follow
    embed_consent: tuple[str, ...]  # what stands in for an embed until cookies are accepted ({platform})
    embed_accept: tuple[str, ...]
    instagram: tuple[str, str]  # "View this post on Instagram", "A post shared by {who} (@{handle})"
    schedule: tuple[str, str]  # "Now: {show}", "Next {time}: {show}"
    shows: tuple[str, ...]
    most_watched: tuple[str, ...]
    gallery: tuple[str, ...]  # "Photo {i} of {k}"
    photo: tuple[str, ...]  # the word before a photo credit
    fact_box: tuple[str, ...]  # a fact box's heading
    facts: tuple[str, ...]  # "Founded: {y}", "Residents: {n}"
    summary: tuple[str, ...]  # a machine-made summary's heading
    summary_note: tuple[str, ...]  # the sentence under it
    thread_head: tuple[str, ...]  # "{n} comments"
    no_comments: tuple[str, ...]
    sort: tuple[str, ...]  # "Newest | Oldest | Most liked"
    votes: tuple[str, ...]  # "{a} likes"; {b} a second counter
    reply: tuple[str, ...]
    replying_to: str  # "replying to {name}"
    more_replies: tuple[str, ...]  # "Show {n} more replies"
    load_more: tuple[str, ...]  # "Load more comments"
    login: tuple[str, ...]  # "You must be logged in to post a comment."
    moderated: tuple[str, ...]  # a sentence on the thread's rules
    removed: tuple[str, ...]  # what stands for a removed comment
    long_comments: tuple[str, ...]  # comments that read like sentences
    teams: tuple[str, ...]
    leagues: tuple[str, ...]
    full_time: tuple[str, ...]
    goals: tuple[str, ...]  # "Goals: {goals}"
    standings: tuple[str, ...]
    points: tuple[str, ...]  # "{n} pts"
    scores_label: tuple[str, ...]
    betting: tuple[str, ...]
    indices: tuple[str, ...]
    companies_label: tuple[str, ...]
    companies: tuple[str, ...]
    currency: str
    not_advice: tuple[str, ...]
    gift: tuple[str, ...]
    premium: tuple[str, ...]
    opinion: tuple[str, ...]
    columnist: tuple[str, ...]  # the columnist's title under the name
    views_own: tuple[str, ...]
    follow: tuple[str, ...]  # "Follow {author}"
    letters: tuple[str, ...]  # "Send us a letter: {email}"
    poll: tuple[str, ...]  # the poll's question
    poll_answers: tuple[str, ...]
    poll_votes: tuple[str, ...]  # "{n} votes"


THIRD: dict[str, Third] = {
    "en": Third(
        live=("LIVE", "Watch live", "Live TV"),
        video=("Video", "WATCH", "Watch:"),
        embed_consent=(
            "This content is provided by {platform}. To show it, you need to accept {platform} cookies.",
            "To view this video, please allow cookies in your privacy settings.",
        ),
        embed_accept=("Accept and continue", "Show content", "Manage cookies"),
        instagram=("View this post on Instagram", "A post shared by {who} (@{handle})"),
        schedule=("Now: {show}", "Next {time}: {show}"),
        shows=("Evening News", "Morning Report", "The Week in Review", "Weather", "Sport Tonight"),
        most_watched=("Most watched", "Popular videos", "Watch next"),
        gallery=("Photo {i} of {k}", "{i}/{k}", "Image {i} of {k}"),
        photo=("Photo", "PHOTO", "Image", "Picture"),
        fact_box=("Fact box", "In numbers", "The facts"),
        facts=("Founded: {y}", "Residents: {n}", "Cost: {n} million", "Staff: {n}", "Opening: {y}"),
        summary=("Summary", "AI summary", "The short version"),
        summary_note=(
            "This summary was generated with the help of AI and checked by our editors.",
            "Summary created automatically. Read the full article for context.",
        ),
        thread_head=("{n} comments", "Comments ({n})", "Show comments ({n})", "Join the conversation ({n})"),
        no_comments=("No comments yet", "Be the first to comment"),
        sort=("Newest | Oldest | Most liked", "Sort by: Best", "Top comments"),
        votes=("{a} likes", "Like ({a})", "{a} points", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Reply", "Reply · Report", "Respond"),
        replying_to="replying to {name}",
        more_replies=("Show {n} more replies", "View {n} replies", "{n} replies"),
        load_more=("Load more comments", "Show all {n} comments", "Show more"),
        login=("You must be logged in to post a comment.", "Log in or register to join the discussion."),
        moderated=(
            "Comments are moderated. Please keep the discussion civil and on topic.",
            "Read our community guidelines before you comment.",
        ),
        removed=("This comment has been removed by a moderator.", "[deleted]"),
        long_comments=(
            "I have lived here for thirty years and every council has promised exactly this before an election.",
            "Interesting article, but it leaves out the people who will actually have to pay for all of it.",
            "My daughter's school went through the same thing last year and nobody asked the parents anything.",
            "Does anyone know whether the changes apply to the northern side of the river as well?",
            "This is the third time this year that the same problem has made the news, and nothing changes.",
            "Good to see some proper reporting on this instead of the usual press release copied word for word.",
        ),
        teams=(
            "Riverton United",
            "Eastport City",
            "Millbrook Rovers",
            "Harbour Athletic",
            "Northgate FC",
            "Pine Valley Town",
            "Lakeside Wanderers",
            "Civic Albion",
        ),
        leagues=("Premier League", "Championship", "Champions League", "FA Cup", "League One"),
        full_time=("FT", "Full time", "Final"),
        goals=("Goals: {goals}", "Scorers: {goals}"),
        standings=("Standings", "League table", "Table"),
        points=("{n} pts", "{n}"),
        scores_label=("Live scores", "Latest results", "Scores"),
        betting=("18+ | Gamble responsibly | T&Cs apply", "Please bet responsibly. 18+ only."),
        indices=("FTSE 100", "S&P 500", "Brent crude", "GBP/USD", "Gold"),
        companies_label=("Companies in this article", "Stocks mentioned", "In this story"),
        companies=("Harbour Energy", "Northgate Bank", "Civic Motors", "Pine Valley Foods", "Eastport Telecom"),
        currency="GBP",
        not_advice=(
            "This article is for information only and does not constitute investment advice.",
            "The author holds no positions in the companies mentioned.",
        ),
        gift=("Gift this article", "Share as a gift"),
        premium=("Premium", "Subscribers only", "PLUS"),
        opinion=("Opinion", "Column", "Comment"),
        columnist=("Columnist", "Guest columnist", "Contributing writer"),
        views_own=(
            "This is an opinion piece. The views expressed are the author's own.",
            "Opinions expressed in this column do not necessarily reflect those of the newspaper.",
        ),
        follow=("Follow {author}", "Follow {author} on X"),
        letters=("Have your say: send a letter to the editor at {email}.", "Write to us: {email}"),
        poll=("Do you agree with the author?", "What do you think?"),
        poll_answers=("Yes", "No", "Not sure"),
        poll_votes=("{n} votes", "Total votes: {n}"),
    ),
    "sv": Third(
        live=("DIREKT", "Se direkt", "Play"),
        video=("Video", "SE KLIPPET", "Se:"),
        embed_consent=(
            "Det här innehållet kommer från {platform}. Godkänn cookies från {platform} för att visa det.",
            "För att se videon måste du godkänna kakor i dina integritetsinställningar.",
        ),
        embed_accept=("Godkänn och visa", "Visa innehåll", "Hantera cookies"),
        instagram=("Visa det här inlägget på Instagram", "Ett inlägg delat av {who} (@{handle})"),
        schedule=("Nu: {show}", "Härnäst {time}: {show}"),
        shows=("Kvällsnytt", "Morgonstudion", "Veckans nyheter", "Vädret", "Sportnytt"),
        most_watched=("Mest sedda", "Populära klipp", "Se också"),
        gallery=("Bild {i} av {k}", "{i}/{k}"),
        photo=("Foto", "FOTO", "Bild"),
        fact_box=("Fakta", "FAKTA", "Så funkar det"),
        facts=("Grundad: {y}", "Invånare: {n}", "Kostnad: {n} miljoner kronor", "Anställda: {n}", "Klart: {y}"),
        summary=("Sammanfattning", "AI-sammanfattning", "Snabbversionen"),
        summary_note=(
            "Sammanfattningen är gjord med hjälp av AI och granskad av redaktionen.",
            "Sammanfattningen skapas automatiskt. Läs hela artikeln för sammanhanget.",
        ),
        thread_head=("{n} kommentarer", "Kommentarer ({n})", "Visa kommentarer ({n})"),
        no_comments=("Inga kommentarer ännu", "Bli först att kommentera"),
        sort=("Nyaste | Äldsta | Mest gillade", "Sortera: Bäst", "Toppkommentarer"),
        votes=("{a} gillar", "Gilla ({a})", "{a} poäng", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Svara", "Svara · Anmäl"),
        replying_to="svar till {name}",
        more_replies=("Visa {n} svar till", "Visa {n} svar"),
        load_more=("Visa fler kommentarer", "Visa alla {n} kommentarer", "Visa fler"),
        login=("Du måste vara inloggad för att kommentera.", "Logga in för att delta i diskussionen."),
        moderated=(
            "Kommentarerna modereras. Håll god ton och håll dig till ämnet.",
            "Läs våra regler för kommentarer innan du skriver.",
        ),
        removed=("Kommentaren har tagits bort av en moderator.", "[borttagen]"),
        long_comments=(
            "Jag har bott här i trettio år och varje kommunledning har lovat precis det här inför valet.",
            "Intressant artikel, men den glömmer bort de som faktiskt ska betala för alltihop.",
            "Min dotters skola gick igenom samma sak förra året och ingen frågade föräldrarna något.",
            "Vet någon om ändringarna gäller norra sidan av älven också?",
            "Tredje gången i år som samma problem hamnar i tidningen, och ingenting händer.",
            "Skönt med riktig journalistik om det här i stället för ett pressmeddelande rakt av.",
        ),
        teams=("Umeå IK", "Falu BS", "Kalmar AIF", "Hamnens FF", "Norrby IF", "Sjöstadens BK", "Dalens IK", "Åsa GoIF"),
        leagues=("Allsvenskan", "Superettan", "Svenska cupen", "SHL", "Damallsvenskan"),
        full_time=("Slut", "Full tid", "SLUT"),
        goals=("Mål: {goals}", "Målskyttar: {goals}"),
        standings=("Tabell", "Tabellen", "Serietabell"),
        points=("{n} p", "{n}"),
        scores_label=("Resultat", "Senaste resultaten", "Livescore"),
        betting=("18+ | Spela ansvarsfullt | Stödlinjen.se", "Spel kan vara beroendeframkallande. 18+."),
        indices=("OMXS30", "Stockholmsbörsen", "Brent", "EUR/SEK", "Guld"),
        companies_label=("Bolag i artikeln", "Aktier i texten", "Nämnda bolag"),
        companies=("Norrlandskraft", "Hamnbanken", "Sjöstad Motor", "Dalens Livs", "Kustnät Telekom"),
        currency="SEK",
        not_advice=(
            "Artikeln är endast information och ska inte ses som en investeringsrekommendation.",
            "Skribenten äger inga aktier i de nämnda bolagen.",
        ),
        gift=("Ge bort artikeln", "Dela som gåva"),
        premium=("Premium", "För prenumeranter", "PLUS"),
        opinion=("Debatt", "Krönika", "Ledare"),
        columnist=("Krönikör", "Gästkrönikör", "Debattör"),
        views_own=(
            "Detta är en opinionstext. Åsikterna är skribentens egna.",
            "Krönikan uttrycker skribentens åsikter, inte tidningens.",
        ),
        follow=("Följ {author}", "Följ {author} på X"),
        letters=("Vill du skriva en replik? Mejla {email}.", "Skriv till oss: {email}"),
        poll=("Håller du med skribenten?", "Vad tycker du?"),
        poll_answers=("Ja", "Nej", "Vet inte"),
        poll_votes=("{n} röster", "Antal röster: {n}"),
    ),
    "ro": Third(
        live=("LIVE", "Urmărește live", "În direct"),
        video=("Video", "VIDEO", "Urmărește:"),
        embed_consent=(
            "Acest conținut este furnizat de {platform}. Pentru a-l vedea, acceptă cookie-urile {platform}.",
            "Pentru a viziona clipul, permite cookie-urile din setările de confidențialitate.",
        ),
        embed_accept=("Accept și continui", "Afișează conținutul", "Setări cookie"),
        instagram=("Vezi această postare pe Instagram", "O postare distribuită de {who} (@{handle})"),
        schedule=("Acum: {show}", "Urmează la {time}: {show}"),
        shows=("Jurnalul de seară", "Matinal", "Săptămâna în revistă", "Meteo", "Sport la zi"),
        most_watched=("Cele mai vizionate", "Clipuri populare", "Urmărește și"),
        gallery=("Foto {i} din {k}", "{i}/{k}"),
        photo=("Foto", "FOTO", "Sursa foto"),
        fact_box=("Pe scurt", "Date", "Cifrele"),
        facts=("Înființat: {y}", "Locuitori: {n}", "Cost: {n} milioane lei", "Angajați: {n}", "Termen: {y}"),
        summary=("Rezumat", "Rezumat AI", "Pe scurt"),
        summary_note=(
            "Rezumatul a fost generat cu ajutorul inteligenței artificiale și verificat de redacție.",
            "Rezumat creat automat. Citește articolul complet pentru context.",
        ),
        thread_head=("{n} comentarii", "Comentarii ({n})", "Vezi comentariile ({n})"),
        no_comments=("Niciun comentariu încă", "Fii primul care comentează"),
        sort=("Cele mai noi | Cele mai vechi | Cele mai apreciate", "Sortează: Relevante"),
        votes=("{a} aprecieri", "Îmi place ({a})", "{a} puncte", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Răspunde", "Răspunde · Raportează"),
        replying_to="răspuns pentru {name}",
        more_replies=("Vezi încă {n} răspunsuri", "{n} răspunsuri"),
        load_more=("Încarcă mai multe comentarii", "Vezi toate cele {n} comentarii", "Mai multe"),
        login=("Trebuie să fii autentificat pentru a comenta.", "Autentifică-te pentru a intra în discuție."),
        moderated=(
            "Comentariile sunt moderate. Te rugăm să păstrezi un ton civilizat.",
            "Citește regulamentul comentariilor înainte să scrii.",
        ),
        removed=("Acest comentariu a fost șters de un moderator.", "[șters]"),
        long_comments=(
            "Locuiesc aici de treizeci de ani și fiecare primar a promis exact asta înainte de alegeri.",
            "Articol interesant, dar uită de oamenii care vor plăti de fapt pentru toate astea.",
            "Școala fiicei mele a trecut prin același lucru anul trecut și nimeni nu i-a întrebat pe părinți.",
            "Știe cineva dacă schimbările se aplică și pe malul de nord al râului?",
            "A treia oară anul acesta când aceeași problemă apare în presă și nu se schimbă nimic.",
            "Bine că mai citim și jurnalism adevărat, nu doar comunicate copiate cuvânt cu cuvânt.",
        ),
        teams=(
            "CS Sibiu",
            "FC Oradea",
            "Brașov United",
            "Portul Constanța",
            "Unirea Vest",
            "Dinamo Ardeal",
            "Olimpia Nord",
            "Viitorul Sud",
        ),
        leagues=("Liga 1", "Liga 2", "Cupa României", "Liga Campionilor", "Superliga"),
        full_time=("Final", "FINAL", "Final de meci"),
        goals=("Goluri: {goals}", "Marcatori: {goals}"),
        standings=("Clasament", "Clasamentul", "Clasament Liga 1"),
        points=("{n} pct", "{n}"),
        scores_label=("Rezultate live", "Ultimele rezultate", "Scoruri"),
        betting=(
            "18+ | Joacă responsabil | Se aplică termeni și condiții",
            "Jocurile de noroc pot crea dependență. 18+.",
        ),
        indices=("BET", "BET-TR", "EUR/RON", "Petrol Brent", "Aur"),
        companies_label=("Companii din articol", "Acțiuni menționate"),
        companies=("Energia Vest", "Banca Ardealului", "Auto Carpați", "Alimentara Sud", "Telecom Delta"),
        currency="RON",
        not_advice=(
            "Acest articol are caracter informativ și nu reprezintă o recomandare de investiții.",
            "Autorul nu deține acțiuni la companiile menționate.",
        ),
        gift=("Oferă articolul cadou", "Trimite ca dar"),
        premium=("Premium", "Pentru abonați", "PLUS"),
        opinion=("Opinie", "Editorial", "Comentariu"),
        columnist=("Editorialist", "Invitat", "Colaborator"),
        views_own=(
            "Acesta este un articol de opinie. Punctele de vedere aparțin autorului.",
            "Opiniile exprimate nu reflectă neapărat poziția redacției.",
        ),
        follow=("Urmărește-l pe {author}", "Urmărește {author} pe X"),
        letters=("Ai o părere? Scrie-ne la {email}.", "Scrisori către redacție: {email}"),
        poll=("Ești de acord cu autorul?", "Tu ce crezi?"),
        poll_answers=("Da", "Nu", "Nu știu"),
        poll_votes=("{n} voturi", "Total voturi: {n}"),
    ),
    "vi": Third(
        live=("TRỰC TIẾP", "Xem trực tiếp", "Truyền hình"),
        video=("Video", "VIDEO", "Xem:"),
        embed_consent=(
            "Nội dung này do {platform} cung cấp. Để xem, bạn cần chấp nhận cookie của {platform}.",
            "Để xem video, vui lòng cho phép cookie trong phần cài đặt quyền riêng tư.",
        ),
        embed_accept=("Đồng ý và xem", "Hiển thị nội dung", "Cài đặt cookie"),
        instagram=("Xem bài viết này trên Instagram", "Bài viết do {who} (@{handle}) chia sẻ"),
        schedule=("Đang phát: {show}", "Tiếp theo {time}: {show}"),
        shows=("Thời sự 19h", "Chào buổi sáng", "Toàn cảnh tuần qua", "Dự báo thời tiết", "Thể thao 24h"),
        most_watched=("Xem nhiều nhất", "Video nổi bật", "Xem tiếp"),
        gallery=("Ảnh {i}/{k}", "{i}/{k}"),
        photo=("Ảnh", "ẢNH", "Nguồn ảnh"),
        fact_box=("Thông tin", "Số liệu", "Tóm tắt sự kiện"),
        facts=("Thành lập: {y}", "Dân số: {n}", "Chi phí: {n} tỷ đồng", "Nhân viên: {n}", "Hoàn thành: {y}"),
        summary=("Tóm tắt", "Tóm tắt bằng AI", "Nội dung chính"),
        summary_note=(
            "Bản tóm tắt được tạo bằng trí tuệ nhân tạo và đã được biên tập viên kiểm tra.",
            "Tóm tắt tự động. Vui lòng đọc toàn bộ bài viết để hiểu rõ bối cảnh.",
        ),
        thread_head=("{n} bình luận", "Bình luận ({n})", "Xem {n} bình luận"),
        no_comments=("Chưa có bình luận", "Hãy là người đầu tiên bình luận"),
        sort=("Mới nhất | Cũ nhất | Quan tâm nhất", "Sắp xếp: Quan tâm nhất"),
        votes=("{a} thích", "Thích ({a})", "{a} điểm", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Trả lời", "Trả lời · Báo vi phạm"),
        replying_to="trả lời {name}",
        more_replies=("Xem thêm {n} trả lời", "{n} trả lời"),
        load_more=("Xem thêm bình luận", "Xem tất cả {n} bình luận", "Xem thêm"),
        login=("Bạn cần đăng nhập để bình luận.", "Đăng nhập để tham gia thảo luận."),
        moderated=(
            "Bình luận được kiểm duyệt trước khi đăng. Vui lòng sử dụng ngôn từ văn minh.",
            "Hãy đọc quy định bình luận trước khi gửi.",
        ),
        removed=("Bình luận này đã bị quản trị viên xóa.", "[đã xóa]"),
        long_comments=(
            "Tôi sống ở đây ba mươi năm và lần nào trước bầu cử chính quyền cũng hứa đúng như vậy.",
            "Bài viết hay nhưng quên mất những người thực sự phải trả tiền cho tất cả chuyện này.",
            "Trường của con gái tôi năm ngoái cũng gặp chuyện y hệt và không ai hỏi ý kiến phụ huynh.",
            "Có ai biết thay đổi này có áp dụng cho phía bắc con sông không?",
            "Lần thứ ba trong năm nay cùng một vấn đề lên báo mà vẫn chẳng có gì thay đổi.",
            "Mừng là còn có bài báo tử tế thay vì chép nguyên thông cáo báo chí.",
        ),
        teams=(
            "Sông Hàn FC",
            "Cảng Sài Gòn",
            "Thép Phương Nam",
            "Đồng Bằng United",
            "Cao Nguyên FC",
            "Hà Thành",
            "Miền Trung",
            "Phố Núi",
        ),
        leagues=("V.League 1", "Hạng Nhất", "Cúp Quốc gia", "AFC Champions League", "Ngoại hạng Anh"),
        full_time=("Kết thúc", "KT", "Hết giờ"),
        goals=("Bàn thắng: {goals}", "Ghi bàn: {goals}"),
        standings=("Bảng xếp hạng", "BXH", "Bảng điểm"),
        points=("{n} điểm", "{n}"),
        scores_label=("Tỷ số trực tuyến", "Kết quả mới nhất", "Tỷ số"),
        betting=("18+ | Chơi có trách nhiệm", "Cá cược có thể gây nghiện. Chỉ dành cho người trên 18 tuổi."),
        indices=("VN-Index", "HNX-Index", "USD/VND", "Vàng SJC", "Dầu Brent"),
        companies_label=("Doanh nghiệp trong bài", "Cổ phiếu được nhắc đến"),
        companies=("Điện Lực Nam", "Ngân hàng Hà Thành", "Ô tô Sông Hàn", "Thực phẩm Cửu Long", "Viễn thông Biển Đông"),
        currency="VND",
        not_advice=(
            "Bài viết chỉ mang tính chất tham khảo, không phải là khuyến nghị đầu tư.",
            "Tác giả không nắm giữ cổ phiếu của các doanh nghiệp được nhắc đến.",
        ),
        gift=("Tặng bài viết", "Gửi tặng bạn bè"),
        premium=("Premium", "Dành cho hội viên", "PLUS"),
        opinion=("Góc nhìn", "Ý kiến", "Bình luận"),
        columnist=("Chuyên gia", "Cộng tác viên", "Bình luận viên"),
        views_own=(
            "Bài viết thể hiện quan điểm riêng của tác giả.",
            "Quan điểm trong bài không nhất thiết phản ánh quan điểm của tòa soạn.",
        ),
        follow=("Theo dõi {author}", "Theo dõi {author} trên Facebook"),
        letters=("Bạn có ý kiến khác? Gửi bài về {email}.", "Gửi ý kiến: {email}"),
        poll=("Bạn có đồng ý với tác giả?", "Bạn nghĩ sao?"),
        poll_answers=("Đồng ý", "Không đồng ý", "Chưa rõ"),
        poll_votes=("{n} lượt bình chọn", "Tổng số phiếu: {n}"),
    ),
    "uk": Third(
        live=("НАЖИВО", "Дивитися ефір", "Прямий ефір"),
        video=("Відео", "ВІДЕО", "Дивіться:"),
        embed_consent=(
            "Цей вміст надає {platform}. Щоб його побачити, дозвольте файли cookie {platform}.",
            "Щоб переглянути відео, дозвольте cookie у налаштуваннях конфіденційності.",
        ),
        embed_accept=("Дозволити й показати", "Показати вміст", "Налаштування cookie"),
        instagram=("Переглянути цей допис в Instagram", "Допис, поширений {who} (@{handle})"),
        schedule=("Зараз: {show}", "Далі о {time}: {show}"),
        shows=("Вечірні новини", "Ранок", "Підсумки тижня", "Погода", "Спорт"),
        most_watched=("Найпопулярніші відео", "Дивіться також", "Найбільше переглядів"),
        gallery=("Фото {i} з {k}", "{i}/{k}"),
        photo=("Фото", "ФОТО", "Світлина"),
        fact_box=("Довідка", "Цифри", "Факти"),
        facts=("Засновано: {y}", "Мешканців: {n}", "Вартість: {n} млн грн", "Працівників: {n}", "Завершення: {y}"),
        summary=("Коротко", "Підсумок від ШІ", "Головне"),
        summary_note=(
            "Підсумок створено за допомогою штучного інтелекту й перевірено редакцією.",
            "Підсумок згенеровано автоматично. Читайте повний текст, щоб зрозуміти контекст.",
        ),
        thread_head=("{n} коментарів", "Коментарі ({n})", "Показати коментарі ({n})"),
        no_comments=("Коментарів поки немає", "Залиште перший коментар"),
        sort=("Нові | Старі | Популярні", "Сортувати: Найкращі"),
        votes=("{a} вподобань", "Подобається ({a})", "{a} балів", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Відповісти", "Відповісти · Поскаржитися"),
        replying_to="у відповідь {name}",
        more_replies=("Показати ще {n} відповідей", "{n} відповідей"),
        load_more=("Завантажити ще коментарі", "Показати всі {n} коментарів", "Ще"),
        login=("Щоб коментувати, потрібно увійти.", "Увійдіть, щоб долучитися до обговорення."),
        moderated=(
            "Коментарі модеруються. Будь ласка, дотримуйтеся правил спільноти.",
            "Ознайомтеся з правилами коментування, перш ніж писати.",
        ),
        removed=("Коментар видалено модератором.", "[видалено]"),
        long_comments=(
            "Я живу тут тридцять років, і кожна міська влада обіцяла саме це перед виборами.",
            "Цікава стаття, але в ній забули про людей, які насправді за все це платитимуть.",
            "У школі моєї доньки торік було те саме, і батьків ніхто ні про що не питав.",
            "Хтось знає, чи зміни стосуються і лівого берега?",
            "Утретє цього року та сама проблема потрапляє в новини, і нічого не змінюється.",
            "Добре, що є нормальна журналістика, а не передрук прес-релізу слово в слово.",
        ),
        teams=("Ворскла", "Поділля", "Дніпро-Схід", "Карпати-2", "Сокіл", "Буковина", "Полісся", "Таврія"),
        leagues=("УПЛ", "Перша ліга", "Кубок України", "Ліга чемпіонів", "Ліга конференцій"),
        full_time=("Кінець матчу", "Завершено", "Фінал"),
        goals=("Голи: {goals}", "Забили: {goals}"),
        standings=("Турнірна таблиця", "Таблиця", "Таблиця УПЛ"),
        points=("{n} очок", "{n}"),
        scores_label=("Онлайн-результати", "Останні результати", "Рахунки"),
        betting=("18+ | Грайте відповідально", "Азартні ігри можуть викликати залежність. 18+."),
        indices=("ПФТС", "USD/UAH", "EUR/UAH", "Нафта Brent", "Золото"),
        companies_label=("Компанії в тексті", "Згадані акції"),
        companies=("Енерго-Захід", "Банк Поділля", "АвтоДніпро", "Харчовик", "Телеком-Схід"),
        currency="UAH",
        not_advice=(
            "Матеріал має інформаційний характер і не є інвестиційною рекомендацією.",
            "Автор не володіє акціями згаданих компаній.",
        ),
        gift=("Подарувати статтю", "Надіслати в подарунок"),
        premium=("Преміум", "Для передплатників", "PLUS"),
        opinion=("Думка", "Колонка", "Погляд"),
        columnist=("Оглядач", "Колумніст", "Гостьовий автор"),
        views_own=(
            "Це колонка. Редакція може не поділяти думку автора.",
            "Погляди, висловлені в тексті, належать авторові.",
        ),
        follow=("Стежити за {author}", "Читайте {author} у Telegram"),
        letters=("Маєте що сказати? Пишіть нам на {email}.", "Листи до редакції: {email}"),
        poll=("Чи погоджуєтеся ви з автором?", "А що думаєте ви?"),
        poll_answers=("Так", "Ні", "Важко сказати"),
        poll_votes=("{n} голосів", "Усього голосів: {n}"),
    ),
    "de": Third(
        live=("LIVE", "Live-TV", "Jetzt live"),
        video=("Video", "VIDEO", "Sehen Sie:"),
        embed_consent=(
            "An dieser Stelle finden Sie Inhalte von {platform}. Um sie zu sehen, stimmen Sie den Cookies zu.",
            "Um das Video anzusehen, erlauben Sie bitte Cookies in den Datenschutzeinstellungen.",
        ),
        embed_accept=("Zustimmen und anzeigen", "Inhalt anzeigen", "Einstellungen"),
        instagram=("Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von {who} (@{handle})"),
        schedule=("Jetzt: {show}", "Danach {time}: {show}"),
        shows=("Abendschau", "Morgenmagazin", "Die Woche", "Wetter", "Sport am Abend"),
        most_watched=("Meistgesehen", "Beliebte Videos", "Weitere Videos"),
        gallery=("Bild {i} von {k}", "{i}/{k}", "Foto {i} von {k}"),
        photo=("Foto", "FOTO", "Bild"),
        fact_box=("Fakten", "In Zahlen", "Hintergrund"),
        facts=("Gegründet: {y}", "Einwohner: {n}", "Kosten: {n} Millionen Euro", "Mitarbeiter: {n}", "Fertig: {y}"),
        summary=("Zusammenfassung", "KI-Zusammenfassung", "Das Wichtigste in Kürze"),
        summary_note=(
            "Diese Zusammenfassung wurde mit Hilfe von KI erstellt und von der Redaktion geprüft.",
            "Automatisch erstellte Zusammenfassung. Lesen Sie den ganzen Artikel für den Zusammenhang.",
        ),
        thread_head=("{n} Kommentare", "Kommentare ({n})", "Kommentare anzeigen ({n})"),
        no_comments=("Noch keine Kommentare", "Schreiben Sie den ersten Kommentar"),
        sort=("Neueste | Älteste | Beliebteste", "Sortieren: Relevanz"),
        votes=("{a} Likes", "Gefällt mir ({a})", "{a} Punkte", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Antworten", "Antworten · Melden"),
        replying_to="Antwort an {name}",
        more_replies=("{n} weitere Antworten anzeigen", "{n} Antworten"),
        load_more=("Weitere Kommentare laden", "Alle {n} Kommentare anzeigen", "Mehr anzeigen"),
        login=(
            "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
            "Melden Sie sich an, um mitzudiskutieren.",
        ),
        moderated=(
            "Kommentare werden moderiert. Bitte bleiben Sie sachlich und beim Thema.",
            "Bitte beachten Sie unsere Netiquette.",
        ),
        removed=("Dieser Kommentar wurde von der Moderation entfernt.", "[gelöscht]"),
        long_comments=(
            "Ich wohne seit dreißig Jahren hier und jeder Gemeinderat hat genau das vor der Wahl versprochen.",
            "Interessanter Artikel, aber er vergisst die Leute, die das alles am Ende bezahlen müssen.",
            "Die Schule meiner Tochter hat letztes Jahr dasselbe erlebt und niemand hat die Eltern gefragt.",
            "Weiß jemand, ob die Änderungen auch für die Nordseite des Flusses gelten?",
            "Zum dritten Mal in diesem Jahr steht dasselbe Problem in der Zeitung, und nichts passiert.",
            "Schön, dass es noch echte Recherche gibt statt einer abgeschriebenen Pressemitteilung.",
        ),
        teams=(
            "SV Neustadt",
            "FC Bergheim",
            "TSV Lindau",
            "Hafen 04",
            "Eintracht Nord",
            "VfB Talstadt",
            "SC Seeufer",
            "Union Ost",
        ),
        leagues=("Bundesliga", "2. Bundesliga", "DFB-Pokal", "Champions League", "Regionalliga"),
        full_time=("Abpfiff", "Endstand", "Beendet"),
        goals=("Tore: {goals}", "Torschützen: {goals}"),
        standings=("Tabelle", "Die Tabelle", "Tabellenstand"),
        points=("{n} Pkt.", "{n}"),
        scores_label=("Live-Ergebnisse", "Aktuelle Ergebnisse", "Spielstände"),
        betting=(
            "18+ | Glücksspiel kann süchtig machen | Hilfe unter buwei.de",
            "Bitte spielen Sie verantwortungsvoll. 18+.",
        ),
        indices=("DAX", "MDax", "Euro Stoxx 50", "EUR/USD", "Gold"),
        companies_label=("Unternehmen in diesem Artikel", "Erwähnte Aktien"),
        companies=("Nordstrom Energie", "Talbank", "Seeufer Motoren", "Bergheim Lebensmittel", "Hafen Telekom"),
        currency="EUR",
        not_advice=(
            "Dieser Artikel dient nur der Information und stellt keine Anlageberatung dar.",
            "Der Autor besitzt keine Aktien der genannten Unternehmen.",
        ),
        gift=("Artikel verschenken", "Als Geschenk teilen"),
        premium=("Plus", "Für Abonnenten", "Premium"),
        opinion=("Meinung", "Kolumne", "Kommentar"),
        columnist=("Kolumnist", "Gastautor", "Kommentator"),
        views_own=(
            "Dies ist ein Meinungsbeitrag. Er gibt die Ansicht des Autors wieder.",
            "Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.",
        ),
        follow=("{author} folgen", "Folgen Sie {author} auf X"),
        letters=("Ihre Meinung? Schreiben Sie uns an {email}.", "Leserbriefe an: {email}"),
        poll=("Stimmen Sie dem Autor zu?", "Was meinen Sie?"),
        poll_answers=("Ja", "Nein", "Weiß nicht"),
        poll_votes=("{n} Stimmen", "Abgegebene Stimmen: {n}"),
    ),
    "es": Third(
        live=("EN DIRECTO", "Ver en directo", "Directo"),
        video=("Vídeo", "VÍDEO", "Mira:"),
        embed_consent=(
            "Este contenido lo proporciona {platform}. Para verlo, acepta las cookies de {platform}.",
            "Para ver este vídeo, permite las cookies en tu configuración de privacidad.",
        ),
        embed_accept=("Aceptar y ver", "Mostrar contenido", "Configurar cookies"),
        instagram=("Ver esta publicación en Instagram", "Una publicación compartida por {who} (@{handle})"),
        schedule=("Ahora: {show}", "A continuación {time}: {show}"),
        shows=("Telediario", "La Mañana", "Resumen semanal", "El Tiempo", "Deportes"),
        most_watched=("Lo más visto", "Vídeos populares", "Sigue viendo"),
        gallery=("Foto {i} de {k}", "{i}/{k}", "Imagen {i} de {k}"),
        photo=("Foto", "FOTO", "Imagen"),
        fact_box=("Datos", "En cifras", "Claves"),
        facts=("Fundado: {y}", "Habitantes: {n}", "Coste: {n} millones de euros", "Empleados: {n}", "Fin: {y}"),
        summary=("Resumen", "Resumen IA", "En breve"),
        summary_note=(
            "Este resumen se ha generado con ayuda de IA y ha sido revisado por la redacción.",
            "Resumen generado automáticamente. Lee el artículo completo para el contexto.",
        ),
        thread_head=("{n} comentarios", "Comentarios ({n})", "Ver comentarios ({n})"),
        no_comments=("Todavía no hay comentarios", "Sé el primero en comentar"),
        sort=("Más recientes | Más antiguos | Más valorados", "Ordenar: Destacados"),
        votes=("{a} me gusta", "Me gusta ({a})", "{a} puntos", "\N{THUMBS UP SIGN} {a} \N{THUMBS DOWN SIGN} {b}"),
        reply=("Responder", "Responder · Denunciar"),
        replying_to="en respuesta a {name}",
        more_replies=("Ver {n} respuestas más", "{n} respuestas"),
        load_more=("Cargar más comentarios", "Ver los {n} comentarios", "Ver más"),
        login=("Debes iniciar sesión para comentar.", "Inicia sesión para participar en el debate."),
        moderated=(
            "Los comentarios están moderados. Mantén un tono respetuoso.",
            "Lee nuestras normas de participación antes de comentar.",
        ),
        removed=("Este comentario ha sido eliminado por un moderador.", "[eliminado]"),
        long_comments=(
            "Vivo aquí desde hace treinta años y cada alcalde ha prometido esto mismo antes de las elecciones.",
            "Artículo interesante, pero se olvida de quienes realmente van a pagar todo esto.",
            "En el colegio de mi hija pasó lo mismo el año pasado y nadie preguntó nada a los padres.",
            "¿Alguien sabe si los cambios se aplican también a la orilla norte del río?",
            "Tercera vez este año que el mismo problema sale en las noticias y no cambia nada.",
            "Da gusto leer periodismo de verdad y no una nota de prensa copiada palabra por palabra.",
        ),
        teams=(
            "CD Villanueva",
            "Real San Pedro",
            "Atlético Alcalá",
            "Puerto CF",
            "UD Ribera",
            "Sporting Sierra",
            "CF Costa Norte",
            "Racing Vega",
        ),
        leagues=("LaLiga", "Segunda División", "Copa del Rey", "Champions League", "Primera RFEF"),
        full_time=("Final", "FINAL", "Terminado"),
        goals=("Goles: {goals}", "Goleadores: {goals}"),
        standings=("Clasificación", "La clasificación", "Tabla"),
        points=("{n} ptos.", "{n}"),
        scores_label=("Resultados en directo", "Últimos resultados", "Marcadores"),
        betting=("+18 | Juega con responsabilidad | jugarbien.es", "El juego puede crear adicción. Solo +18."),
        indices=("IBEX 35", "Euro Stoxx 50", "EUR/USD", "Brent", "Oro"),
        companies_label=("Empresas de esta noticia", "Valores citados"),
        companies=("Energía Ribera", "Banco Sierra", "Motores Vega", "Alimentos del Sur", "Telecom Costa"),
        currency="EUR",
        not_advice=(
            "Este artículo es solo informativo y no constituye una recomendación de inversión.",
            "El autor no tiene acciones de las empresas mencionadas.",
        ),
        gift=("Regalar artículo", "Compartir como regalo"),
        premium=("Premium", "Exclusivo suscriptores", "PLUS"),
        opinion=("Opinión", "Tribuna", "Columna"),
        columnist=("Columnista", "Colaborador", "Articulista"),
        views_own=(
            "Este es un artículo de opinión. Las opiniones son responsabilidad de su autor.",
            "El periódico no comparte necesariamente las opiniones de sus colaboradores.",
        ),
        follow=("Seguir a {author}", "Sigue a {author} en X"),
        letters=("¿Quieres replicar? Escríbenos a {email}.", "Cartas al director: {email}"),
        poll=("¿Estás de acuerdo con el autor?", "¿Tú qué opinas?"),
        poll_answers=("Sí", "No", "No lo sé"),
        poll_votes=("{n} votos", "Total de votos: {n}"),
    ),
}


# --- the fourth held-out split: three more languages, and wording for its new templates ---------------
# (local news, a science and health desk, a travel section). Written before the learner was worked on
# against it; the phrasing is new, not translated from the earlier splits' wording.

FI = Words(
    months=(
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ),
    weekdays=("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    dates=("{d}.{m}.{y} {h}:{mi}", "{d}.{m}.{y} klo {h}.{mi}", "{weekday} {d}. {month} {y}", "{dd}.{mm}.{y}"),
    ago=("{n} minuuttia sitten", "{n} tuntia sitten", "{n} päivää sitten", "tunti sitten"),
    nav=(
        "Etusivu",
        "Uutiset",
        "Kotimaa",
        "Ulkomaat",
        "Talous",
        "Politiikka",
        "Urheilu",
        "Kulttuuri",
        "Tiede",
        "Terveys",
        "Matkailu",
        "Mielipide",
        "Asuminen",
        "Autot",
        "Paikalliset",
    ),
    footer_nav=(
        "Tietoa meistä",
        "Yhteystiedot",
        "Ilmoita meillä",
        "Tietosuojaseloste",
        "Evästeasetukset",
        "Käyttöehdot",
        "Avoimet työpaikat",
        "Asiakaspalvelu",
        "Lähetä vinkki",
    ),
    account=("Kirjaudu", "Tilaa", "Haku", "Valikko", "Oma tili", "Näköislehti"),
    authors=(
        "Aino Virtanen",
        "Mikko Korhonen",
        "Laura Nieminen",
        "Juha Mäkelä",
        "Sanna Heikkinen",
        "Pekka Laine",
        "Elina Koskinen",
        "Tuomas Järvinen",
    ),
    agencies=("STT", "Lehtikuva", "Reuters", "AFP", "AP", "Compic"),
    site_names=("Pohjolan Sanomat", "Järviseudun Lehti", "Kaupunkiuutiset", "Saaristo Nyt"),
    taglines=("Lähellä sinua joka päivä", "Riippumaton maakuntalehti"),
    byline=("Teksti: {author}", "{author}", "{author}, toimittaja", "Kirjoittanut {author}"),
    published=("Julkaistu {date}", "Julkaistu: {date}", "{date}"),
    updated=("Päivitetty {ago}", "Päivitetty {date}", "Viimeksi päivitetty {date}"),
    views=("{n} lukukertaa", "Luettu {n} kertaa"),
    reading=("Lukuaika {n} min", "{n} minuutin luku", "Lukuaika: {n} minuuttia"),
    ad=("Mainos", "MAINOS", "Kaupallinen yhteistyö", "- mainos -"),
    ad_continue=("Juttu jatkuu mainoksen jälkeen", "Artikkeli jatkuu alla"),
    read_also=("Lue myös:", "LUE MYÖS", "Katso myös:", "Aiheesta lisää:"),
    share_a=("Jaa", "Facebook", "X", "WhatsApp", "Sähköposti"),
    share_b=("Jaa juttu", "Jaa Facebookissa", "Jaa X:ssä", "Kopioi linkki"),
    share_end=("Jaa juttu", "Jaa:", "Jaa"),
    newsletter=(
        "Tilaa aamun uutiskirje ja saat päivän tärkeimmät jutut sähköpostiisi ennen kahdeksaa.",
        "Haluatko lukea lisää? Kokeile {site} Digiä kuukauden ajan veloituksetta.",
    ),
    channel=("Seuraa {site}a WhatsAppissa", "Seuraa meitä Facebookissa ja Instagramissa"),
    tags=("Aiheet: {tags}", "Avainsanat: {tags}", "Lisää aiheesta: {tags}"),
    topics=(
        "kuntavaalit",
        "ilmasto",
        "asuntomarkkinat",
        "koulut",
        "joukkoliikenne",
        "hinnat",
        "terveydenhuolto",
        "oikeudenkäynti",
        "sähkö",
        "teknologia",
        "poliisi",
        "talousarvio",
        "metsät",
        "matkailu",
    ),
    trending=("Luetuimmat", "Suosituimmat nyt", "Luetuimmat juuri nyt", "Puhutuimmat"),
    related=("Aiheeseen liittyvät", "Saatat olla kiinnostunut myös", "Lisää uutisia", "Suosittelemme"),
    more_from=("Lisää osastolta {category}", "Uusimmat: {category}", "Lisää aiheesta {category}"),
    comments_head=("{n} kommenttia", "Kommentit ({n})", "Kommentoi"),
    comment_meta=("{name} · {ago}", "{name} kirjoitti:", "{name}, {date}"),
    comment_actions=("Vastaa", "Ilmoita asiaton viesti", "Tykkää"),
    comment_form=("Kirjoita kommentti", "Sähköpostiosoitettasi ei julkaista.", "Lähetä"),
    comment_texts=(
        "Hyvä juttu, kiitos.",
        "Olen täysin eri mieltä.",
        "Vihdoinkin joku kirjoittaa tästä.",
        "Kuka tämän kaiken maksaa?",
        "Niinpä.",
        "Juuri näin.",
    ),
    copyright=("© {y} {site}. Kaikki oikeudet pidätetään.", "Copyright © {y} {site} Oy", "© {site} {y}"),
    cookie=(
        "Käytämme evästeitä parantaaksemme palvelun käyttökokemusta.",
        "Hyväksy kaikki / Asetukset",
    ),
    caption=("Kuva: {agency}", "Kuva: {author}/{agency}", "KUVA: {agency}", "{agency}"),
    breadcrumb_home="Etusivu",
    disclaimer=("Tämä on mielipidekirjoitus. Näkemykset ovat kirjoittajan omia.",),
    app=("Lataa {site}-sovellus", "Hae sovellus"),
    pagination=("Seuraava juttu", "Edellinen juttu"),
)

TR = Words(
    months=(
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
    weekdays=("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    dates=("{dd}.{mm}.{y} {h}:{mi}", "{d} {month} {y} {weekday} {h}:{mi}", "{d} {month} {y}", "{dd}/{mm}/{y}"),
    ago=("{n} dakika önce", "{n} saat önce", "{n} gün önce", "1 saat önce"),
    nav=(
        "Anasayfa",
        "Gündem",
        "Dünya",
        "Ekonomi",
        "Politika",
        "Spor",
        "Kültür-Sanat",
        "Bilim",
        "Sağlık",
        "Seyahat",
        "Yaşam",
        "Teknoloji",
        "Yazarlar",
        "Otomobil",
        "Yerel",
    ),
    footer_nav=(
        "Hakkımızda",
        "İletişim",
        "Reklam",
        "Gizlilik Politikası",
        "Çerez Politikası",
        "Kullanım Koşulları",
        "Künye",
        "KVKK Aydınlatma Metni",
        "Kariyer",
    ),
    account=("Giriş Yap", "Abone Ol", "Ara", "Menü", "Hesabım", "E-Gazete"),
    authors=(
        "Ayşe Yılmaz",
        "Mehmet Kaya",
        "Elif Demir",
        "Can Şahin",
        "Zeynep Çelik",
        "Burak Aydın",
        "Selin Öztürk",
        "Emre Arslan",
    ),
    agencies=("AA", "DHA", "İHA", "Reuters", "AFP", "AP"),
    site_names=("Ege Postası", "Kent Haber", "Boğaziçi Gazetesi", "Anadolu Sesi"),
    taglines=("Doğru haberin adresi", "Bağımsız yerel gazete"),
    byline=("{author}", "Haber: {author}", "{author} / Muhabir", "Yazan: {author}"),
    published=("Yayınlanma: {date}", "Yayınlanma Tarihi: {date}", "{date}"),
    updated=("Güncelleme: {date}", "Son güncelleme: {ago}", "Güncellendi {ago}"),
    views=("{n} okunma", "{n} kez okundu"),
    reading=("Okuma süresi: {n} dk", "{n} dakikalık okuma", "{n} dk okuma"),
    ad=("Reklam", "REKLAM", "Sponsorlu", "- Reklam -"),
    ad_continue=("Haberin devamı reklamdan sonra", "Haber aşağıda devam ediyor"),
    read_also=("İlginizi çekebilir:", "AYRICA OKUYUN", "Bunu da okuyun:", "İlgili haber:"),
    share_a=("Paylaş", "Facebook", "X", "WhatsApp", "Telegram"),
    share_b=("Haberi paylaş", "Facebook'ta paylaş", "X'te paylaş", "Bağlantıyı kopyala"),
    share_end=("Haberi paylaş", "Paylaş:", "Paylaş"),
    newsletter=(
        "Günün öne çıkan haberleri her sabah e-posta kutunuzda. Hemen ücretsiz kaydolun.",
        "Bültenimize abone olun, hiçbir gelişmeyi kaçırmayın.",
    ),
    channel=("{site}'yı Google Haberler'de takip edin", "Bizi Instagram ve YouTube'da takip edin"),
    tags=("Etiketler: {tags}", "İlgili konular: {tags}", "Konu: {tags}"),
    topics=(
        "seçim",
        "iklim",
        "konut",
        "eğitim",
        "ulaşım",
        "enflasyon",
        "sağlık",
        "mahkeme",
        "enerji",
        "teknoloji",
        "emniyet",
        "bütçe",
        "turizm",
        "tarım",
    ),
    trending=("En çok okunanlar", "Şu an gündemde", "Popüler haberler", "Çok okunanlar"),
    related=("İlgili haberler", "Bunlar da ilginizi çekebilir", "Diğer haberler", "Önerilen içerikler"),
    more_from=("{category} haberleri", "{category} kategorisinden daha fazlası", "Son dakika: {category}"),
    comments_head=("{n} yorum", "Yorumlar ({n})", "Yorum yap"),
    comment_meta=("{name} · {ago}", "{name} yazdı:", "{name}, {date}"),
    comment_actions=("Yanıtla", "Şikayet et", "Beğen"),
    comment_form=("Yorumunuzu yazın", "E-posta adresiniz yayınlanmayacaktır.", "Gönder"),
    comment_texts=(
        "Eline sağlık, güzel haber.",
        "Hiç katılmıyorum.",
        "Sonunda biri bunu yazdı.",
        "Bunun faturasını kim ödeyecek?",
        "Tabii ki.",
        "Aynen öyle.",
    ),
    copyright=("© {y} {site}. Tüm hakları saklıdır.", "Copyright © {y} {site} A.Ş.", "© {site} {y}"),
    cookie=(
        "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
        "Kabul et / Ayarlar",
    ),
    caption=("Fotoğraf: {agency}", "Fotoğraf: {author}/{agency}", "FOTO: {agency}", "{agency}"),
    breadcrumb_home="Anasayfa",
    disclaimer=("Köşe yazısındaki görüşler yazara aittir, gazetemizi bağlamaz.",),
    app=("{site} uygulamasını indirin", "Uygulamayı indir"),
    pagination=("Sonraki haber", "Önceki haber"),
)

DA = Words(
    months=(
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    dates=(
        "{d}. {month} {y} kl. {h}.{mi}",
        "{dd}.{mm}.{y} {h}:{mi}",
        "{weekday} d. {d}. {month} {y}",
        "{d}. {mon}. {y}",
    ),
    ago=("for {n} minutter siden", "for {n} timer siden", "for {n} dage siden", "for en time siden"),
    nav=(
        "Forside",
        "Nyheder",
        "Indland",
        "Udland",
        "Erhverv",
        "Politik",
        "Sport",
        "Kultur",
        "Viden",
        "Sundhed",
        "Rejser",
        "Debat",
        "Bolig",
        "Motor",
        "Lokalt",
    ),
    footer_nav=(
        "Om os",
        "Kontakt",
        "Annoncering",
        "Privatlivspolitik",
        "Cookiepolitik",
        "Vilkår",
        "Job",
        "Kundeservice",
        "Giv os et tip",
    ),
    account=("Log ind", "Køb abonnement", "Søg", "Menu", "Min profil", "E-avis"),
    authors=(
        "Mette Hansen",
        "Lars Nielsen",
        "Sofie Jensen",
        "Anders Pedersen",
        "Camilla Møller",
        "Rasmus Kristensen",
        "Ida Larsen",
        "Jonas Sørensen",
    ),
    agencies=("Ritzau", "Ritzau Scanpix", "Reuters", "AFP", "AP", "Polfoto"),
    site_names=("Vestkysten Nu", "Fjordbladet", "Byens Avis", "Sjællands Tidende"),
    taglines=("Nyheder fra din egn", "Uafhængigt dagblad"),
    byline=("Af {author}", "{author}", "{author}, journalist", "Skrevet af {author}"),
    published=("Publiceret {date}", "Offentliggjort {date}", "{date}"),
    updated=("Opdateret {ago}", "Opdateret {date}", "Senest opdateret {date}"),
    views=("{n} visninger", "Læst {n} gange"),
    reading=("{n} min. læsning", "Læsetid: {n} min.", "{n} minutters læsning"),
    ad=("Annonce", "ANNONCE", "Reklame", "- annonce -"),
    ad_continue=("Artiklen fortsætter efter annoncen", "Læs videre herunder"),
    read_also=("Læs også:", "LÆS OGSÅ", "Se også:", "Mere om emnet:"),
    share_a=("Del", "Facebook", "X", "LinkedIn", "Mail"),
    share_b=("Del artiklen", "Del på Facebook", "Del på X", "Kopiér link"),
    share_end=("Del artiklen", "Del:", "Del"),
    newsletter=(
        "Tilmeld dig vores morgenbrev og få dagens vigtigste historier, før du drikker din kaffe.",
        "Vil du læse videre? Prøv {site}+ gratis i 14 dage.",
    ),
    channel=("Følg {site} på Facebook", "Følg os på Instagram og LinkedIn"),
    tags=("Emner: {tags}", "Tags: {tags}", "Læs mere om: {tags}"),
    topics=(
        "valg",
        "klima",
        "boliger",
        "skole",
        "trafik",
        "inflation",
        "sundhed",
        "retssag",
        "energi",
        "teknologi",
        "politi",
        "finanslov",
        "landbrug",
        "turisme",
    ),
    trending=("Mest læste", "Populært lige nu", "Mest læst i dag", "Andre læser"),
    related=("Relaterede artikler", "Du vil måske også læse", "Flere nyheder", "Anbefalet til dig"),
    more_from=("Mere fra {category}", "Seneste nyt: {category}", "Flere artikler om {category}"),
    comments_head=("{n} kommentarer", "Kommentarer ({n})", "Skriv en kommentar"),
    comment_meta=("{name} · {ago}", "{name} skriver:", "{name}, {date}"),
    comment_actions=("Svar", "Anmeld", "Synes godt om"),
    comment_form=("Skriv din kommentar", "Din e-mailadresse bliver ikke offentliggjort.", "Send"),
    comment_texts=(
        "God artikel, tak.",
        "Helt uenig.",
        "Endelig nogen der skriver om det.",
        "Hvem skal betale for det hele?",
        "Typisk.",
        "Netop.",
    ),
    copyright=("© {y} {site}. Alle rettigheder forbeholdes.", "Copyright © {y} {site} A/S", "© {site} {y}"),
    cookie=(
        "Vi bruger cookies for at give dig den bedste oplevelse på vores site.",
        "Accepter alle / Indstillinger",
    ),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}", "{agency}"),
    breadcrumb_home="Forside",
    disclaimer=("Dette er et debatindlæg. Holdningerne er skribentens egne.",),
    app=("Hent {site}s app", "Download appen"),
    pagination=("Næste artikel", "Forrige artikel"),
)

WORDS |= {"fi": FI, "tr": TR, "da": DA}
TOWNS |= {
    "fi": ("Kuopio", "Lahti", "Porvoo"),
    "tr": ("Bursa", "Eskişehir", "Trabzon"),
    "da": ("Esbjerg", "Vejle", "Roskilde"),
}
TLDS |= {"fi": ".fi", "tr": ".com.tr", "da": ".dk"}


@dataclass(frozen=True)
class Fourth:
    """Wording for the templates of the fourth held-out split (local news, science and health, travel):
    live updates with their times, video clips, sponsors and affiliate notes, info boxes, summaries,
    study references and medical reviews, price boxes, ratings, galleries and event listings."""

    live: tuple[str, ...]  # the label over a live-updates page
    key_events: tuple[str, ...]  # the heading over the live page's key moments
    clip: tuple[str, ...]  # "{title} | {duration}" shapes of a video clip line; {title} {dur}
    play: tuple[str, ...]  # the button or label before a clip
    photos: tuple[str, ...]  # "{k} photos"
    sponsor: tuple[str, ...]  # "Supported by {brand}"
    brands: tuple[str, ...]
    infobox: tuple[str, ...]  # an info box's heading
    info: tuple[str, ...]  # "Area: {n} km²", lines of an info box
    recap: tuple[str, ...]  # a summary's heading
    recap_note: tuple[str, ...]  # the line under it
    sources: tuple[str, ...]  # "Sources", the label over references
    study: tuple[str, ...]  # a reference line: {journal} {y} {doi}
    journals: tuple[str, ...]
    reviewed: tuple[str, ...]  # "Medically reviewed by {author}"
    health_note: tuple[str, ...]
    affiliate: tuple[str, ...]
    price: tuple[str, ...]  # "Hotels in {town} from {amount}"
    book: tuple[str, ...]
    rating: tuple[str, ...]  # "{r}/5 ({n} reviews)"
    best_time: tuple[str, ...]  # "Best time to go: {month}"
    save: tuple[str, ...]
    events: tuple[str, ...]  # the heading over local events
    tip: tuple[str, ...]  # "Send us your photos: {email}"
    money: str  # "€{a}" shape


FOURTH: dict[str, Fourth] = {
    "en": Fourth(
        live=("LIVE UPDATES", "Live blog", "Follow live"),
        key_events=("Key moments", "Catch up on the main points"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Video: {title}, {dur}"),
        play=("Play video", "Watch the clip", "Now playing"),
        photos=("{k} photos", "See all {k} pictures", "Gallery ({k})"),
        sponsor=("Supported by {brand}", "In association with {brand}", "Paid content from {brand}"),
        brands=("Northwind Insurance", "Greenleaf Energy", "Bluebird Travel", "Atlas Pharmacy"),
        infobox=("Good to know", "Background", "Did you know?"),
        info=("Area: {n} km\N{SUPERSCRIPT TWO}", "Population: {n}", "Built in {y}", "Budget: {n} million", "Beds: {n}"),
        recap=("Quick read", "In brief", "Story at a glance"),
        recap_note=(
            "These points were drafted by an automated tool and reviewed by an editor.",
            "Short on time? Read these points first.",
        ),
        sources=("Sources", "References", "Further reading"),
        study=("{journal}, {y}. DOI: {doi}", "Study published in {journal} ({y}), doi:{doi}"),
        journals=("The Lancet", "Nature Medicine", "BMJ Open", "PLOS ONE", "JAMA Network Open"),
        reviewed=("Medically reviewed by {author}, MD", "Fact-checked by {author}"),
        health_note=(
            "This article is for general information and does not replace advice from your doctor.",
            "If you are worried about your health, speak to a GP or pharmacist.",
        ),
        affiliate=(
            "We may earn a commission when you book through links on this page.",
            "This post contains affiliate links; our picks are made independently.",
        ),
        price=("Hotels in {town} from {amount} a night", "Flights to {town} from {amount}", "Tours from {amount}"),
        book=("Check availability", "Book now", "See deals"),
        rating=("{r} out of 5 ({n} reviews)", "Rated {r}/5 by {n} travellers"),
        best_time=("Best time to visit: {month}", "When to go: {month}"),
        save=("Save to my trips", "Save for later", "Bookmark"),
        events=("What's on this week", "Events near you", "Coming up in {town}"),
        tip=("Seen something? Send us your photos and videos at {email}.", "News tip? Message us on {phone}."),
        money="\N{POUND SIGN}{a}",
    ),
    "fi": Fourth(
        live=("SEURANTA", "Hetki hetkeltä", "Suora seuranta"),
        key_events=("Tärkeimmät tapahtumat", "Näin tilanne on edennyt"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Video: {title}, kesto {dur}"),
        play=("Katso video", "Toista", "Katso klippi"),
        photos=("{k} kuvaa", "Katso kaikki {k} kuvaa", "Kuvagalleria ({k})"),
        sponsor=("Yhteistyössä: {brand}", "Tämän sisällön tarjoaa {brand}", "Kaupallinen yhteistyö: {brand}"),
        brands=("Pohjola Vakuutus", "Lähienergia", "Matkatoimisto Aalto", "Apteekki Kunto"),
        infobox=("Hyvä tietää", "Taustaa", "Tiesitkö?"),
        info=(
            "Pinta-ala: {n} km\N{SUPERSCRIPT TWO}",
            "Asukkaita: {n}",
            "Rakennettu: {y}",
            "Budjetti: {n} miljoonaa euroa",
        ),
        recap=("Lyhyesti", "Tiivistelmä", "Pikaluku"),
        recap_note=(
            "Tiivistelmä on tehty tekoälyn avulla, ja toimittaja on tarkistanut sen.",
            "Kiire? Lue ensin nämä kohdat.",
        ),
        sources=("Lähteet", "Lähde", "Lisätietoa"),
        study=("{journal}, {y}. DOI: {doi}", "Tutkimus julkaistiin lehdessä {journal} ({y}), doi:{doi}"),
        journals=("The Lancet", "Duodecim", "BMJ Open", "PLOS ONE", "Nature Medicine"),
        reviewed=("Asiantuntija: {author}, LL", "Tarkistanut: {author}"),
        health_note=(
            "Artikkeli on yleistä tietoa eikä korvaa lääkärin neuvoja.",
            "Jos olet huolissasi terveydestäsi, ota yhteyttä terveyskeskukseen.",
        ),
        affiliate=(
            "Saatamme saada palkkion, jos varaat tämän sivun linkkien kautta.",
            "Juttu sisältää kumppanilinkkejä. Valinnat on tehty toimituksessa.",
        ),
        price=(
            "Hotellit: {town} alkaen {amount}/yö",
            "Lennot kohteeseen {town} alkaen {amount}",
            "Retket alkaen {amount}",
        ),
        book=("Tarkista saatavuus", "Varaa nyt", "Katso tarjoukset"),
        rating=("{r}/5 ({n} arvostelua)", "Arvio {r}/5, {n} matkaajaa"),
        best_time=("Paras matka-aika: {month}", "Milloin mennä: {month}"),
        save=("Tallenna matkoihini", "Tallenna myöhemmäksi", "Kirjanmerkki"),
        events=("Tapahtumat tällä viikolla", "Menovinkit", "Tulossa: {town}"),
        tip=("Näitkö jotain? Lähetä kuvat ja videot osoitteeseen {email}.", "Uutisvinkki? Soita {phone}."),
        money="{a}\N{NO-BREAK SPACE}\N{EURO SIGN}",
    ),
    "tr": Fourth(
        live=("CANLI", "Canlı blog", "Anbean gelişmeler"),
        key_events=("Öne çıkan gelişmeler", "Şu ana kadar neler oldu"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Video: {title}, {dur}"),
        play=("Videoyu izle", "Oynat", "İzle"),
        photos=("{k} fotoğraf", "Tüm {k} fotoğrafı gör", "Foto galeri ({k})"),
        sponsor=("{brand} katkılarıyla", "Bu içerik {brand} iş birliğiyle hazırlanmıştır", "Sponsor: {brand}"),
        brands=("Marmara Sigorta", "Yeşil Enerji", "Turkuaz Turizm", "Şifa Eczanesi"),
        infobox=("Bilmeniz gerekenler", "Arka plan", "Biliyor muydunuz?"),
        info=("Yüzölçümü: {n} km\N{SUPERSCRIPT TWO}", "Nüfus: {n}", "Yapım yılı: {y}", "Bütçe: {n} milyon TL"),
        recap=("Kısaca", "Özetle", "Haberin özeti"),
        recap_note=(
            "Bu özet yapay zekâ desteğiyle hazırlanmış ve editörlerimizce kontrol edilmiştir.",
            "Vaktiniz yoksa önce bu maddeleri okuyun.",
        ),
        sources=("Kaynaklar", "Kaynak", "Ek okuma"),
        study=("{journal}, {y}. DOI: {doi}", "Araştırma {journal} dergisinde yayımlandı ({y}), doi:{doi}"),
        journals=("The Lancet", "Nature Medicine", "BMJ Open", "PLOS ONE", "JAMA Network Open"),
        reviewed=("Tıbbi kontrol: Dr. {author}", "Doğrulayan: {author}"),
        health_note=(
            "Bu makale genel bilgilendirme amaçlıdır, hekim tavsiyesinin yerini tutmaz.",
            "Sağlığınızla ilgili endişeleriniz varsa bir doktora başvurun.",
        ),
        affiliate=(
            "Bu sayfadaki bağlantılar üzerinden yapılan rezervasyonlardan komisyon alabiliriz.",
            "Bu yazı ortaklık bağlantıları içerir; seçimlerimiz bağımsızdır.",
        ),
        price=(
            "{town} otelleri gecelik {amount}'den başlayan fiyatlarla",
            "{town} uçuşları {amount}'den başlayan fiyatlarla",
            "Turlar {amount}'den başlayan fiyatlarla",
        ),
        book=("Müsaitlik durumunu gör", "Hemen rezervasyon yap", "Fırsatları gör"),
        rating=("5 üzerinden {r} ({n} değerlendirme)", "{n} gezgin {r}/5 puan verdi"),
        best_time=("En iyi ziyaret zamanı: {month}", "Ne zaman gidilir: {month}"),
        save=("Seyahatlerime kaydet", "Sonra oku", "Kaydet"),
        events=("Bu hafta neler var", "Yakınınızdaki etkinlikler", "{town}'da bu hafta"),
        tip=("Bir şey mi gördünüz? Fotoğraf ve videolarınızı {email} adresine gönderin.", "İhbar hattı: {phone}"),
        money="{a} TL",
    ),
    "da": Fourth(
        live=("LIVE", "Følg med her", "Liveblog"),
        key_events=("Overblik", "Det vigtigste indtil nu"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Video: {title}, {dur}"),
        play=("Afspil video", "Se klippet", "Afspiller nu"),
        photos=("{k} billeder", "Se alle {k} billeder", "Billedserie ({k})"),
        sponsor=("I samarbejde med {brand}", "Sponsoreret af {brand}", "Annoncørbetalt indhold fra {brand}"),
        brands=("Nordkyst Forsikring", "Grøn Energi", "Blåfugl Rejser", "Sund Apotek"),
        infobox=("Godt at vide", "Baggrund", "Vidste du?"),
        info=("Areal: {n} km\N{SUPERSCRIPT TWO}", "Indbyggere: {n}", "Opført: {y}", "Budget: {n} mio. kr."),
        recap=("Kort fortalt", "Hurtigt overblik", "Det korte svar"),
        recap_note=(
            "Punkterne er lavet med hjælp fra kunstig intelligens og gennemlæst af en redaktør.",
            "Har du travlt? Læs disse punkter først.",
        ),
        sources=("Kilder", "Kilde", "Læs mere"),
        study=("{journal}, {y}. DOI: {doi}", "Studiet er offentliggjort i {journal} ({y}), doi:{doi}"),
        journals=("The Lancet", "Ugeskrift for Læger", "BMJ Open", "PLOS ONE", "Nature Medicine"),
        reviewed=("Fagligt gennemlæst af {author}, læge", "Faktatjekket af {author}"),
        health_note=(
            "Artiklen er generel information og erstatter ikke råd fra din læge.",
            "Er du bekymret for dit helbred, så kontakt din læge.",
        ),
        affiliate=(
            "Vi kan modtage provision, hvis du bestiller via links på denne side.",
            "Artiklen indeholder affiliate-links. Redaktionen har valgt produkterne uafhængigt.",
        ),
        price=("Hoteller i {town} fra {amount} pr. nat", "Fly til {town} fra {amount}", "Udflugter fra {amount}"),
        book=("Se ledige værelser", "Book nu", "Se tilbud"),
        rating=("{r} ud af 5 ({n} anmeldelser)", "Bedømt {r}/5 af {n} rejsende"),
        best_time=("Bedste rejsetid: {month}", "Hvornår skal man rejse: {month}"),
        save=("Gem på min liste", "Gem til senere", "Bogmærke"),
        events=("Det sker i denne uge", "Arrangementer i nærheden", "Det sker i {town}"),
        tip=("Har du set noget? Send billeder og video til {email}.", "Tip os på {phone}."),
        money="{a} kr.",
    ),
    "it": Fourth(
        live=("DIRETTA", "Live", "Aggiornamenti in tempo reale"),
        key_events=("I momenti chiave", "Cosa è successo finora"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Video: {title}, {dur}"),
        play=("Guarda il video", "Riproduci", "In riproduzione"),
        photos=("{k} foto", "Guarda tutte le {k} foto", "Fotogallery ({k})"),
        sponsor=("In collaborazione con {brand}", "Contenuto offerto da {brand}", "Sponsorizzato da {brand}"),
        brands=("Assicurazioni Tirreno", "Energia Verde", "Viaggi Libeccio", "Farmacia Salus"),
        infobox=("Da sapere", "Il contesto", "Lo sapevi?"),
        info=(
            "Superficie: {n} km\N{SUPERSCRIPT TWO}",
            "Abitanti: {n}",
            "Costruito nel {y}",
            "Costo: {n} milioni di euro",
        ),
        recap=("In breve", "Il riassunto", "In pillole"),
        recap_note=(
            "Questi punti sono stati generati con l'aiuto dell'intelligenza artificiale e verificati dalla redazione.",
            "Poco tempo? Leggi prima questi punti.",
        ),
        sources=("Fonti", "Bibliografia", "Per approfondire"),
        study=("{journal}, {y}. DOI: {doi}", "Lo studio è pubblicato su {journal} ({y}), doi:{doi}"),
        journals=("The Lancet", "Nature Medicine", "BMJ Open", "PLOS ONE", "Recenti Progressi in Medicina"),
        reviewed=("Revisione medica: dott. {author}", "Verificato da {author}"),
        health_note=(
            "Le informazioni di questo articolo non sostituiscono il parere del medico.",
            "In caso di dubbi sulla tua salute, rivolgiti al tuo medico di base.",
        ),
        affiliate=(
            "Potremmo ricevere una commissione se prenoti tramite i link di questa pagina.",
            "Questo articolo contiene link di affiliazione; le scelte sono indipendenti.",
        ),
        price=("Hotel a {town} da {amount} a notte", "Voli per {town} da {amount}", "Escursioni da {amount}"),
        book=("Verifica disponibilità", "Prenota ora", "Vedi le offerte"),
        rating=("{r} su 5 ({n} recensioni)", "Voto {r}/5 da {n} viaggiatori"),
        best_time=("Periodo migliore: {month}", "Quando andare: {month}"),
        save=("Salva nei miei viaggi", "Salva per dopo", "Segnalibro"),
        events=("Gli appuntamenti della settimana", "Eventi vicino a te", "Cosa fare a {town}"),
        tip=("Hai visto qualcosa? Manda foto e video a {email}.", "Segnalazioni al {phone}."),
        money="{a}\N{NO-BREAK SPACE}\N{EURO SIGN}",
    ),
    "pt": Fourth(
        live=("AO VIVO", "Tempo real", "Acompanhe ao vivo"),
        key_events=("Principais momentos", "O que aconteceu até agora"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Vídeo: {title}, {dur}"),
        play=("Assista ao vídeo", "Reproduzir", "Assista"),
        photos=("{k} fotos", "Veja todas as {k} fotos", "Galeria ({k})"),
        sponsor=("Oferecido por {brand}", "Em parceria com {brand}", "Conteúdo patrocinado por {brand}"),
        brands=("Seguros Atlântico", "Energia Limpa", "Viagens Bem-te-vi", "Drogaria Vida"),
        infobox=("Saiba mais", "Entenda", "Você sabia?"),
        info=("Área: {n} km\N{SUPERSCRIPT TWO}", "População: {n}", "Inaugurado em {y}", "Orçamento: R$ {n} milhões"),
        recap=("Resumo", "Em poucas palavras", "Leitura rápida"),
        recap_note=(
            "Este resumo foi gerado com ajuda de inteligência artificial e revisado pela redação.",
            "Sem tempo? Leia estes pontos primeiro.",
        ),
        sources=("Fontes", "Referências", "Para saber mais"),
        study=("{journal}, {y}. DOI: {doi}", "Estudo publicado na revista {journal} ({y}), doi:{doi}"),
        journals=("The Lancet", "Nature Medicine", "BMJ Open", "PLOS ONE", "Revista de Saúde Pública"),
        reviewed=("Revisão médica: Dr. {author}", "Checado por {author}"),
        health_note=(
            "Este conteúdo é informativo e não substitui a orientação de um médico.",
            "Em caso de dúvida sobre sua saúde, procure um profissional.",
        ),
        affiliate=(
            "Podemos receber comissão por reservas feitas pelos links desta página.",
            "Este texto contém links de afiliados; nossas escolhas são independentes.",
        ),
        price=(
            "Hotéis em {town} a partir de {amount} a diária",
            "Voos para {town} a partir de {amount}",
            "Passeios a partir de {amount}",
        ),
        book=("Ver disponibilidade", "Reserve agora", "Ver ofertas"),
        rating=("{r} de 5 ({n} avaliações)", "Nota {r}/5 de {n} viajantes"),
        best_time=("Melhor época para ir: {month}", "Quando ir: {month}"),
        save=("Salvar nas minhas viagens", "Ler depois", "Salvar"),
        events=("Agenda da semana", "Eventos perto de você", "O que fazer em {town}"),
        tip=("Viu algo? Envie fotos e vídeos para {email}.", "Denúncias pelo WhatsApp {phone}."),
        money="R$\N{NO-BREAK SPACE}{a}",
    ),
    "pl": Fourth(
        live=("NA ŻYWO", "Relacja na żywo", "Minuta po minucie"),
        key_events=("Najważniejsze wydarzenia", "Co się do tej pory wydarzyło"),
        clip=("\N{BLACK RIGHT-POINTING TRIANGLE} {title} ({dur})", "{title} | {dur}", "Wideo: {title}, {dur}"),
        play=("Obejrzyj wideo", "Odtwórz", "Zobacz nagranie"),
        photos=("{k} zdjęć", "Zobacz wszystkie {k} zdjęć", "Galeria ({k})"),
        sponsor=("Partnerem materiału jest {brand}", "Materiał sponsorowany: {brand}", "We współpracy z {brand}"),
        brands=("Bałtyk Ubezpieczenia", "Zielona Energia", "Biuro Podróży Jaskółka", "Apteka Zdrowie"),
        infobox=("Warto wiedzieć", "Tło", "Czy wiesz, że?"),
        info=("Powierzchnia: {n} km\N{SUPERSCRIPT TWO}", "Mieszkańcy: {n}", "Rok budowy: {y}", "Koszt: {n} mln zł"),
        recap=("W skrócie", "Najważniejsze", "Szybka lektura"),
        recap_note=(
            "Podsumowanie przygotowano z pomocą sztucznej inteligencji i sprawdzono w redakcji.",
            "Nie masz czasu? Przeczytaj najpierw te punkty.",
        ),
        sources=("Źródła", "Źródło", "Więcej informacji"),
        study=("{journal}, {y}. DOI: {doi}", "Badanie opublikowano w {journal} ({y}), doi:{doi}"),
        journals=("The Lancet", "Nature Medicine", "BMJ Open", "PLOS ONE", "Polski Przegląd Kardiologiczny"),
        reviewed=("Konsultacja medyczna: lek. {author}", "Sprawdził(a): {author}"),
        health_note=(
            "Artykuł ma charakter informacyjny i nie zastępuje porady lekarza.",
            "Jeśli niepokoi cię stan zdrowia, skontaktuj się z lekarzem.",
        ),
        affiliate=(
            "Możemy otrzymać prowizję za rezerwacje dokonane przez linki na tej stronie.",
            "Tekst zawiera linki afiliacyjne; wybór jest niezależny.",
        ),
        price=("Hotele: {town} od {amount} za noc", "Loty do {town} od {amount}", "Wycieczki od {amount}"),
        book=("Sprawdź dostępność", "Zarezerwuj teraz", "Zobacz oferty"),
        rating=("{r} na 5 ({n} opinii)", "Ocena {r}/5 od {n} podróżnych"),
        best_time=("Najlepszy czas na wyjazd: {month}", "Kiedy jechać: {month}"),
        save=("Zapisz w moich podróżach", "Przeczytaj później", "Zapisz"),
        events=("Co się dzieje w tym tygodniu", "Wydarzenia w okolicy", "Co robić: {town}"),
        tip=("Widziałeś coś? Wyślij zdjęcia i filmy na {email}.", "Alarm dla redakcji: {phone}"),
        money="{a} z\N{LATIN SMALL LETTER L WITH STROKE}",
    ),
}
PHONES = {"fi": "099 999 9999", "tr": "0999 999 99 99", "da": "99 99 99 99", "en": "0999 999 9999"}
PHONES |= {"it": "999 999 9999", "pt": "(99) 99999-9999", "pl": "999 999 999"}


# --- the fifth held-out split: three more languages, and wording for its new templates -------------------

HU = Words(
    months=(
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ),
    weekdays=("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    dates=("{y}. {month} {d}. {h}:{mi}", "{y}.{mm}.{dd}. {h}:{mi}", "{y}. {month} {d}., {weekday}", "{y}.{mm}.{dd}."),
    ago=("{n} perce", "{n} órája", "{n} napja", "egy órája"),
    nav=(
        "Címlap",
        "Belföld",
        "Külföld",
        "Gazdaság",
        "Kultúra",
        "Sport",
        "Tudomány",
        "Életmód",
        "Vélemény",
        "Tech",
        "Autó",
        "Időjárás",
    ),
    footer_nav=(
        "Impresszum",
        "Kapcsolat",
        "Médiaajánlat",
        "Adatvédelem",
        "Süti beállítások",
        "Felhasználási feltételek",
    ),
    account=("Belépés", "Előfizetés", "Keresés", "Menü", "Profilom"),
    authors=("Kovács Anna", "Nagy Péter", "Tóth Eszter", "Szabó Gergely", "Horváth Zsófia", "Varga Bence"),
    agencies=("MTI", "Reuters", "AFP", "AP", "Getty Images"),
    site_names=("Hírvilág", "Duna Napló", "Alföldi Hírek", "Pesti Figyelő"),
    taglines=("Független hírportál", "Minden, ami ma számít"),
    byline=("Szerző: {author}", "{author}", "Írta: {author}"),
    published=("Közzétéve: {date}", "{date}", "Megjelent: {date}"),
    updated=("Frissítve: {ago}", "Frissítve: {date}", "Utolsó frissítés: {date}"),
    views=("{n} megtekintés", "Olvasták: {n}"),
    reading=("Olvasási idő: {n} perc", "{n} perces olvasmány"),
    ad=("Hirdetés", "HIRDETÉS", "Szponzorált tartalom"),
    ad_continue=("A cikk a hirdetés után folytatódik", "Folytatás lent"),
    read_also=("Ezt is ajánljuk:", "OLVASSA EL EZT IS", "Kapcsolódó:", "Ez is érdekelheti"),
    share_a=("Megosztás", "Facebook", "X", "Messenger", "E-mail"),
    share_b=("Cikk megosztása", "Megosztom Facebookon", "Link másolása"),
    share_end=("Megosztás", "Ossza meg:", "Tetszett a cikk? Ossza meg!"),
    newsletter=(
        "Iratkozzon fel reggeli hírlevelünkre, és a nap legfontosabb hírei hét órakor a postafiókjában lesznek.",
        "Ne maradjon le semmiről: kövesse a {site} friss híreit az alkalmazásban is.",
    ),
    channel=("Kövessen minket a Google Hírekben", "Kövesse a {site} oldalát a Facebookon"),
    tags=("Címkék: {tags}", "Témák: {tags}"),
    topics=("választás", "infláció", "oktatás", "egészségügy", "közlekedés", "energia", "lakhatás", "időjárás"),
    trending=("Legolvasottabb", "Most népszerű", "A nap legjobbjai"),
    related=("Kapcsolódó cikkek", "Ezek is érdekelhetik", "További híreink"),
    more_from=("Még több {category}", "Friss hírek: {category}"),
    comments_head=("{n} hozzászólás", "Hozzászólások ({n})"),
    comment_meta=("{name} · {ago}", "{name} írta:"),
    comment_actions=("Válasz", "Jelentés"),
    comment_form=("Szóljon hozzá!", "Az e-mail címét nem tesszük közzé.", "Küldés"),
    comment_texts=("Jó cikk, köszönöm.", "Ezzel nem értek egyet.", "Végre valaki leírta.", "Ki fizeti ezt meg?"),
    copyright=("© {y} {site}. Minden jog fenntartva.", "Copyright © {y} {site} Kft."),
    cookie=("Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.", "Elfogadom / Beállítások"),
    caption=("Fotó: {agency}", "Fotó: {author}/{agency}", "FOTÓ: {agency}"),
    breadcrumb_home="Címlap",
    disclaimer=("A véleménycikk a szerző álláspontját tükrözi.",),
    app=("Töltse le a {site} alkalmazást", "Letöltés"),
    pagination=("Következő cikk", "Előző cikk"),
)

NB = Words(
    months=(
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    dates=("{d}. {month} {y} kl. {h}.{mi}", "{dd}.{mm}.{y} {h}:{mi}", "{weekday} {d}. {month} {y}", "{dd}.{mm}.{y}"),
    ago=("for {n} minutter siden", "for {n} timer siden", "for {n} dager siden", "for en time siden"),
    nav=(
        "Forsiden",
        "Nyheter",
        "Innenriks",
        "Utenriks",
        "Økonomi",
        "Sport",
        "Kultur",
        "Debatt",
        "Helse",
        "Reise",
        "Bolig",
        "Motor",
        "Vær",
    ),
    footer_nav=("Om oss", "Kontakt oss", "Annonser hos oss", "Personvern", "Informasjonskapsler", "Vilkår", "Tips oss"),
    account=("Logg inn", "Abonner", "Søk", "Meny", "Min side"),
    authors=("Ingrid Hansen", "Lars Johansen", "Kari Olsen", "Ola Berg", "Silje Haugen", "Eirik Dahl"),
    agencies=("NTB", "Reuters", "AFP", "AP", "Scanpix"),
    site_names=("Fjordposten", "Bygdenytt", "Nordlys Avis", "Vestlandsbladet"),
    taglines=("Uavhengig og nær", "Nyheter fra hele landet"),
    byline=("Av {author}", "{author}", "Tekst: {author}", "{author}, journalist"),
    published=("Publisert {date}", "Publisert: {date}", "{date}"),
    updated=("Oppdatert {ago}", "Oppdatert {date}", "Sist oppdatert: {date}"),
    views=("{n} lesere", "Lest {n} ganger"),
    reading=("Lesetid: {n} min", "{n} minutters lesing"),
    ad=("Annonse", "ANNONSE", "Annonsørinnhold"),
    ad_continue=("Saken fortsetter under annonsen", "Artikkelen fortsetter"),
    read_also=("Les også:", "LES OGSÅ", "Se også:", "Mer om saken"),
    share_a=("Del", "Facebook", "X", "Messenger", "E-post"),
    share_b=("Del saken", "Del på Facebook", "Kopier lenke"),
    share_end=("Del saken", "Del:", "Del"),
    newsletter=(
        "Meld deg på morgenbrevet vårt og få dagens viktigste saker i innboksen før klokka sju.",
        "Få med deg alt: last ned {site}-appen og slå på varsler.",
    ),
    channel=("Følg {site} på Facebook", "Følg oss på Instagram og TikTok"),
    tags=("Emner: {tags}", "Stikkord: {tags}"),
    topics=("valg", "strømpris", "skole", "sykehus", "samferdsel", "klima", "boligmarkedet", "fiskeri"),
    trending=("Mest lest", "Populært nå", "Mest lest akkurat nå"),
    related=("Relaterte saker", "Les mer om dette", "Flere nyheter"),
    more_from=("Mer fra {category}", "Siste fra {category}"),
    comments_head=("{n} kommentarer", "Kommentarer ({n})"),
    comment_meta=("{name} · {ago}", "{name} skrev:"),
    comment_actions=("Svar", "Rapporter"),
    comment_form=("Skriv en kommentar", "E-postadressen din blir ikke publisert.", "Send"),
    comment_texts=("Bra sak, takk.", "Helt uenig.", "Endelig noen som tar opp dette.", "Hvem skal betale?"),
    copyright=("© {y} {site}. Alle rettigheter forbeholdt.", "Copyright © {y} {site} AS"),
    cookie=("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "Godta alle / Innstillinger"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Forsiden",
    disclaimer=("Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens holdninger.",),
    app=("Last ned {site}-appen", "Hent appen"),
    pagination=("Neste sak", "Forrige sak"),
)

EL = Words(
    months=(
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    ),
    weekdays=("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"),
    dates=("{d} {month} {y}, {h}:{mi}", "{dd}/{mm}/{y} {h}:{mi}", "{weekday} {d} {month} {y}", "{dd}.{mm}.{y}"),
    ago=("πριν από {n} λεπτά", "πριν από {n} ώρες", "πριν από {n} ημέρες", "πριν από μία ώρα"),
    nav=(
        "Αρχική",
        "Ειδήσεις",
        "Πολιτική",
        "Οικονομία",
        "Κόσμος",
        "Αθλητισμός",
        "Πολιτισμός",
        "Υγεία",
        "Τεχνολογία",
        "Απόψεις",
        "Ταξίδια",
        "Καιρός",
    ),
    footer_nav=("Ποιοι είμαστε", "Επικοινωνία", "Διαφήμιση", "Πολιτική απορρήτου", "Cookies", "Όροι χρήσης"),
    account=("Σύνδεση", "Συνδρομή", "Αναζήτηση", "Μενού", "Ο λογαριασμός μου"),
    authors=("Μαρία Παπαδοπούλου", "Γιώργος Νικολάου", "Ελένη Γεωργίου", "Δημήτρης Οικονόμου", "Κατερίνα Ιωάννου"),
    agencies=("ΑΠΕ-ΜΠΕ", "Reuters", "AFP", "AP", "Eurokinissi"),
    site_names=("Ημερήσια Νέα", "Αιγαίο Σήμερα", "Ο Παρατηρητής", "Νέα της Πόλης"),
    taglines=("Ανεξάρτητη ενημέρωση", "Η είδηση όπως είναι"),
    byline=("Του {author}", "{author}", "Γράφει: {author}"),
    published=("Δημοσιεύθηκε: {date}", "{date}", "Δημοσίευση {date}"),
    updated=("Ενημερώθηκε {ago}", "Τελευταία ενημέρωση: {date}"),
    views=("{n} προβολές", "Διαβάστηκε {n} φορές"),
    reading=("Χρόνος ανάγνωσης: {n} λεπτά", "{n}' ανάγνωση"),
    ad=("Διαφήμιση", "ΔΙΑΦΗΜΙΣΗ", "Χορηγούμενο"),
    ad_continue=("Το άρθρο συνεχίζεται μετά τη διαφήμιση", "Συνέχεια παρακάτω"),
    read_also=("Διαβάστε επίσης:", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ", "Δείτε επίσης:", "Σχετικό:"),
    share_a=("Κοινοποίηση", "Facebook", "X", "Viber", "Email"),
    share_b=("Μοιραστείτε το", "Στο Facebook", "Αντιγραφή συνδέσμου"),
    share_end=("Κοινοποίηση", "Μοιραστείτε:", "Μοιράσου το άρθρο"),
    newsletter=(
        "Εγγραφείτε στο πρωινό μας newsletter και λάβετε τις σημαντικότερες ειδήσεις της ημέρας στο email σας.",
        "Μείνετε ενημερωμένοι: κατεβάστε την εφαρμογή του {site} και ενεργοποιήστε τις ειδοποιήσεις.",
    ),
    channel=("Ακολουθήστε το {site} στο Google News", "Ακολουθήστε μας στο Facebook και στο Instagram"),
    tags=("Ετικέτες: {tags}", "Θέματα: {tags}"),
    topics=("εκλογές", "ακρίβεια", "παιδεία", "υγεία", "μεταφορές", "ενέργεια", "στέγαση", "τουρισμός"),
    trending=("Δημοφιλή", "Τα πιο διαβασμένα", "Τώρα διαβάζουν"),
    related=("Σχετικά άρθρα", "Μπορεί να σας ενδιαφέρει", "Περισσότερες ειδήσεις"),
    more_from=("Περισσότερα από {category}", "Τελευταία: {category}"),
    comments_head=("{n} σχόλια", "Σχόλια ({n})"),
    comment_meta=("{name} · {ago}", "Ο/Η {name} έγραψε:"),
    comment_actions=("Απάντηση", "Αναφορά"),
    comment_form=("Γράψτε ένα σχόλιο", "Η διεύθυνση email σας δεν θα δημοσιευτεί.", "Αποστολή"),
    comment_texts=("Πολύ καλό άρθρο.", "Διαφωνώ κάθετα.", "Επιτέλους κάποιος το γράφει.", "Ποιος θα πληρώσει;"),
    copyright=("© {y} {site}. Με την επιφύλαξη παντός δικαιώματος.", "Copyright © {y} {site}"),
    cookie=("Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "Αποδοχή όλων / Ρυθμίσεις"),
    caption=("Φωτογραφία: {agency}", "Φωτ.: {author}/{agency}", "ΦΩΤΟ: {agency}"),
    breadcrumb_home="Αρχική",
    disclaimer=("Οι απόψεις του άρθρου εκφράζουν αποκλειστικά τον συντάκτη.",),
    app=("Κατεβάστε την εφαρμογή του {site}", "Λήψη εφαρμογής"),
    pagination=("Επόμενο άρθρο", "Προηγούμενο άρθρο"),
)
WORDS |= {"hu": HU, "nb": NB, "el": EL}
TLDS |= {"hu": ".hu", "nb": ".no", "el": ".gr"}
TOWNS |= {
    "hu": ("Kecskemét", "Szolnok", "Eger"),
    "nb": ("Bodø", "Hamar", "Molde"),
    "el": ("Λάρισα", "Καλαμάτα", "Βόλος"),
}
PHONES |= {"hu": "+36 99 999 9999", "nb": "999 99 999", "el": "299 999 9999", "cs": "999 999 999"}


@dataclass(frozen=True)
class Fifth:
    """Wording for the templates of the fifth held-out split (a weekly magazine, a town hall's press
    room, a tech review site, a radio station): print-issue notes, press contacts and attachments,
    ratings, pros and cons and spec boxes, podcast players, what is on air."""

    issue: tuple[str, ...]  # "Issue {k}/{y}"
    photos_by: tuple[str, ...]  # "Photographs by {author}"
    audio: tuple[str, ...]  # "Listen to this story ({k} min)"
    print_note: tuple[str, ...]  # a sentence: where the story ran in print; {date}
    gift: tuple[str, ...]  # "Gift this article"
    bio_line: tuple[str, ...]  # a sentence about the author; {author} {site}
    offer: tuple[str, ...]  # "{k} issues for {amount}"
    press: tuple[str, ...]  # "Press release"
    ref: tuple[str, ...]  # "Ref. {ref}"
    contact_head: tuple[str, ...]  # "Media contact"
    contact_role: tuple[str, ...]  # "{author}, press officer"
    attachments: tuple[str, ...]  # "Attachments"
    attachment: tuple[str, ...]  # "{file}.pdf ({kb} kB)"
    files: tuple[str, ...]
    modified: tuple[str, ...]  # "Last modified {date}"
    useful: tuple[str, ...]  # "Was this page helpful?"
    yes_no: tuple[str, str]
    print_share: tuple[str, ...]  # "Print", "Download as PDF", "Share"
    ends: tuple[str, ...]  # the end mark of a release
    rating: tuple[str, ...]  # "Rating: {r}/5"
    verdict: tuple[str, ...]  # the heading over the verdict
    pros: tuple[str, ...]  # the label over the good points
    cons: tuple[str, ...]
    good: tuple[str, ...]  # short points
    bad: tuple[str, ...]
    specs: tuple[str, ...]  # the heading over the spec box
    spec: tuple[str, ...]  # "Weight: {g} g" lines; {a} {g} {mah} {gb}
    buy: tuple[str, ...]  # "{amount} at {shop}"
    shops: tuple[str, ...]
    tested: tuple[str, ...]  # "Review unit provided by the manufacturer."
    on_air: tuple[str, ...]  # "On air now: {show}"
    shows: tuple[str, ...]
    listen_live: tuple[str, ...]
    episode: tuple[str, ...]  # "Episode {k} · {dur}"
    subscribe: tuple[str, ...]  # "Subscribe: Apple Podcasts · Spotify · RSS"
    download: tuple[str, ...]  # "Download MP3 ({mb} MB)"
    transcript: tuple[str, ...]  # a note over a transcript
    money: str  # "{a} €" shape


FIFTH: dict[str, Fifth] = {
    "en": Fifth(
        issue=("Issue {k} / {y}", "From the {month} {y} issue", "Vol. {v}, No. {k}"),
        photos_by=("Photographs by {author}", "Illustrations by {author}"),
        audio=("Listen to this story \N{MIDDLE DOT} {k} min", "Audio version ({k} minutes)"),
        print_note=(
            "A version of this article appears in the print edition of {date}.",
            "This story ran in our weekly issue dated {date}.",
        ),
        gift=("Gift this article", "Give this story to a friend"),
        bio_line=("{author} is a senior writer at {site}.", "{author} writes about culture and ideas for {site}."),
        offer=("Subscribe: {k} issues for {amount}", "Get {k} weeks for {amount}"),
        press=("Press release", "News release", "PRESS RELEASE"),
        ref=("Ref. {ref}", "Reference: {ref}", "Release no. {ref}"),
        contact_head=("Media contact", "For further information, contact:", "Press enquiries"),
        contact_role=("{author}, Communications Officer", "{author}, press office"),
        attachments=("Attachments", "Related documents", "Downloads"),
        attachment=("{file}.pdf ({kb} KB)", "{file} (PDF, {kb} kB)"),
        files=("council-minutes", "budget-summary", "consultation-report", "site-plan", "fact-sheet"),
        modified=("Last modified {date}", "Page last updated: {date}"),
        useful=("Was this page helpful?", "Did you find what you were looking for?"),
        yes_no=("Yes", "No"),
        print_share=("Print", "Download as PDF", "Share this page"),
        ends=("ENDS", "###", "- Ends -"),
        rating=("Rating: {r}/5", "Our score: {r} out of 10", "{r}/10"),
        verdict=("Verdict", "The bottom line", "Should you buy it?"),
        pros=("Pros", "What we like", "For"),
        cons=("Cons", "What we don't like", "Against"),
        good=("Bright, sharp screen", "Long battery life", "Fast charging", "Solid build", "Great price"),
        bad=("No headphone jack", "Heavy", "Slow updates", "Pricey accessories", "Average camera"),
        specs=("Specifications", "Tech specs", "Key specs"),
        spec=("Display: {a} inches", "Weight: {g} g", "Battery: {mah} mAh", "Storage: {gb} GB", "Price: {amount}"),
        buy=("{amount} at {shop}", "Buy at {shop} for {amount}", "Check price at {shop}"),
        shops=("Currys", "Amazon", "Argos", "John Lewis"),
        tested=("Review unit provided by the manufacturer.", "We tested this product for two weeks."),
        on_air=("On air now: {show}", "Now playing: {show}", "Live: {show}"),
        shows=("The Morning Drive", "Afternoon Talk", "Late Night Jazz", "The Weekend Show"),
        listen_live=("Listen live", "\N{BLACK RIGHT-POINTING TRIANGLE} Listen now", "Radio player"),
        episode=("Episode {k} \N{MIDDLE DOT} {dur}", "Ep. {k} | {dur}", "Podcast: episode {k}, {dur}"),
        subscribe=("Subscribe: Apple Podcasts \N{MIDDLE DOT} Spotify \N{MIDDLE DOT} RSS", "Follow the podcast"),
        download=("Download MP3 ({mb} MB)", "Download episode"),
        transcript=(
            "This transcript was generated automatically and may contain errors.",
            "Transcript edited for clarity.",
        ),
        money="\N{POUND SIGN}{a}",
    ),
    "hu": Fifth(
        issue=("{y}/{k}. szám", "Megjelent a {y}/{k}. lapszámban", "{v}. évfolyam, {k}. szám"),
        photos_by=("Fotók: {author}", "Illusztráció: {author}"),
        audio=("Hallgassa meg a cikket \N{MIDDLE DOT} {k} perc", "Hangos változat ({k} perc)"),
        print_note=(
            "A cikk nyomtatott változata a {date} lapszámban jelent meg.",
            "Ez az írás a hetilap {date} számában olvasható.",
        ),
        gift=("Ajándékozza a cikket", "Küldje el egy barátjának"),
        bio_line=("{author} a {site} főmunkatársa.", "{author} kultúráról és társadalomról ír a {site} számára."),
        offer=("Előfizetés: {k} lapszám {amount}", "{k} hét csak {amount}"),
        press=("Sajtóközlemény", "SAJTÓKÖZLEMÉNY", "Közlemény"),
        ref=("Iktatószám: {ref}", "Ügyszám: {ref}"),
        contact_head=("Sajtókapcsolat", "További információ:", "Sajtóérdeklődés"),
        contact_role=("{author}, kommunikációs referens", "{author}, sajtóiroda"),
        attachments=("Mellékletek", "Letölthető dokumentumok"),
        attachment=("{file}.pdf ({kb} kB)", "{file} (PDF, {kb} kB)"),
        files=("kozgyulesi-jegyzokonyv", "koltsegvetes", "tajekoztato", "helyszinrajz"),
        modified=("Utolsó módosítás: {date}", "Oldal frissítve: {date}"),
        useful=("Hasznos volt ez az oldal?", "Megtalálta, amit keresett?"),
        yes_no=("Igen", "Nem"),
        print_share=("Nyomtatás", "Letöltés PDF-ben", "Megosztás"),
        ends=("###", "- vége -"),
        rating=("Értékelés: {r}/5", "Pontszám: {r}/10", "{r}/10"),
        verdict=("Összegzés", "Ítélet", "Megéri megvenni?"),
        pros=("Előnyök", "Ami tetszett", "Pro"),
        cons=("Hátrányok", "Ami nem tetszett", "Kontra"),
        good=("Éles, fényes kijelző", "Hosszú üzemidő", "Gyors töltés", "Strapabíró ház", "Jó ár"),
        bad=("Nincs jack csatlakozó", "Nehéz", "Lassú frissítések", "Drága tartozékok", "Közepes kamera"),
        specs=("Műszaki adatok", "Specifikáció"),
        spec=("Kijelző: {a} hüvelyk", "Tömeg: {g} g", "Akkumulátor: {mah} mAh", "Tárhely: {gb} GB", "Ár: {amount}"),
        buy=("{amount} – {shop}", "Megvásárolható: {shop}, {amount}", "Árak megtekintése: {shop}"),
        shops=("eMAG", "MediaMarkt", "Alza", "Euronics"),
        tested=("A tesztkészüléket a gyártó biztosította.", "A terméket két hétig teszteltük."),
        on_air=("Most az adásban: {show}", "Élő adás: {show}"),
        shows=("Reggeli járat", "Délutáni beszélgetés", "Éjszakai jazz", "Hétvégi magazin"),
        listen_live=("Élő adás hallgatása", "\N{BLACK RIGHT-POINTING TRIANGLE} Hallgassa most"),
        episode=("{k}. epizód \N{MIDDLE DOT} {dur}", "{k}. rész | {dur}"),
        subscribe=("Feliratkozás: Apple Podcasts \N{MIDDLE DOT} Spotify \N{MIDDLE DOT} RSS", "Kövesse a podcastot"),
        download=("MP3 letöltése ({mb} MB)", "Epizód letöltése"),
        transcript=("Az átiratot gép készítette, hibákat tartalmazhat.", "Az átiratot szerkesztettük."),
        money="{a} Ft",
    ),
    "nb": Fifth(
        issue=("Nr. {k} / {y}", "Fra utgave {k}, {y}", "Årgang {v}, nr. {k}"),
        photos_by=("Foto: {author}", "Illustrasjon: {author}"),
        audio=("Lytt til saken \N{MIDDLE DOT} {k} min", "Lydversjon ({k} minutter)"),
        print_note=(
            "Denne saken sto på trykk i papirutgaven {date}.",
            "Artikkelen ble først publisert i ukeutgaven {date}.",
        ),
        gift=("Gi bort denne saken", "Del med en venn"),
        bio_line=("{author} er journalist i {site}.", "{author} skriver om kultur og samfunn for {site}."),
        offer=("Abonner: {k} utgaver for {amount}", "{k} uker for {amount}"),
        press=("Pressemelding", "PRESSEMELDING", "Nyhetsmelding"),
        ref=("Saksnr. {ref}", "Referanse: {ref}"),
        contact_head=("Pressekontakt", "For mer informasjon, kontakt:", "Henvendelser fra presse"),
        contact_role=("{author}, kommunikasjonsrådgiver", "{author}, presseavdelingen"),
        attachments=("Vedlegg", "Dokumenter"),
        attachment=("{file}.pdf ({kb} kB)", "{file} (PDF, {kb} kB)"),
        files=("kommunestyre-protokoll", "budsjett", "horingsnotat", "reguleringsplan", "faktaark"),
        modified=("Sist endret {date}", "Siden ble oppdatert {date}"),
        useful=("Var denne siden nyttig?", "Fant du det du lette etter?"),
        yes_no=("Ja", "Nei"),
        print_share=("Skriv ut", "Last ned som PDF", "Del siden"),
        ends=("###", "- Slutt -"),
        rating=("Karakter: {r}/6", "Terningkast {k}", "{r}/10"),
        verdict=("Konklusjon", "Vår dom", "Bør du kjøpe den?"),
        pros=("Pluss", "Dette liker vi", "Fordeler"),
        cons=("Minus", "Dette liker vi ikke", "Ulemper"),
        good=("Skarp og lys skjerm", "Lang batteritid", "Rask lading", "Solid bygget", "God pris"),
        bad=("Mangler minijack", "Tung", "Trege oppdateringer", "Dyrt tilbehør", "Middels kamera"),
        specs=("Spesifikasjoner", "Tekniske data"),
        spec=("Skjerm: {a} tommer", "Vekt: {g} g", "Batteri: {mah} mAh", "Lagring: {gb} GB", "Pris: {amount}"),
        buy=("{amount} hos {shop}", "Kjøp hos {shop} for {amount}", "Sjekk pris hos {shop}"),
        shops=("Elkjøp", "Power", "Komplett", "Proshop"),
        tested=("Testeksemplaret er lånt ut av produsenten.", "Vi har testet produktet i to uker."),
        on_air=("På lufta nå: {show}", "Nå: {show}"),
        shows=("Morgensending", "Ettermiddagspraten", "Nattjazz", "Helgemiks"),
        listen_live=("Hør direkte", "\N{BLACK RIGHT-POINTING TRIANGLE} Lytt nå", "Radiospiller"),
        episode=("Episode {k} \N{MIDDLE DOT} {dur}", "Ep. {k} | {dur}"),
        subscribe=("Abonner: Apple Podcasts \N{MIDDLE DOT} Spotify \N{MIDDLE DOT} RSS", "Følg podkasten"),
        download=("Last ned MP3 ({mb} MB)", "Last ned episoden"),
        transcript=("Transkripsjonen er maskinlaget og kan inneholde feil.", "Transkripsjonen er redigert."),
        money="{a} kr",
    ),
    "el": Fifth(
        issue=("Τεύχος {k} / {y}", "Από το τεύχος {k} ({y})"),
        photos_by=("Φωτογραφίες: {author}", "Εικονογράφηση: {author}"),
        audio=("Ακούστε το άρθρο \N{MIDDLE DOT} {k} λεπτά", "Ηχητική εκδοχή ({k} λεπτά)"),
        print_note=(
            "Το άρθρο δημοσιεύθηκε στην έντυπη έκδοση της {date}.",
            "Το κείμενο φιλοξενήθηκε στο εβδομαδιαίο τεύχος της {date}.",
        ),
        gift=("Χαρίστε το άρθρο", "Στείλτε το σε έναν φίλο"),
        bio_line=("Ο/Η {author} είναι αρθρογράφος του {site}.", "Ο/Η {author} γράφει για τον πολιτισμό στο {site}."),
        offer=("Συνδρομή: {k} τεύχη με {amount}", "{k} εβδομάδες με {amount}"),
        press=("Δελτίο Τύπου", "ΔΕΛΤΙΟ ΤΥΠΟΥ", "Ανακοίνωση"),
        ref=("Αρ. πρωτ. {ref}", "Αριθμός: {ref}"),
        contact_head=("Γραφείο Τύπου", "Για περισσότερες πληροφορίες:", "Επικοινωνία με τα ΜΜΕ"),
        contact_role=("{author}, υπεύθυνος επικοινωνίας", "{author}, γραφείο Τύπου"),
        attachments=("Συνημμένα", "Σχετικά έγγραφα"),
        attachment=("{file}.pdf ({kb} KB)", "{file} (PDF, {kb} KB)"),
        files=("apofasi-dimotikou-symvouliou", "proypologismos", "diavoulefsi", "topografiko"),
        modified=("Τελευταία τροποποίηση: {date}", "Ενημέρωση σελίδας: {date}"),
        useful=("Σας φάνηκε χρήσιμη αυτή η σελίδα;", "Βρήκατε αυτό που ψάχνατε;"),
        yes_no=("Ναι", "Όχι"),
        print_share=("Εκτύπωση", "Λήψη σε PDF", "Κοινοποίηση σελίδας"),
        ends=("###", "- ΤΕΛΟΣ -"),
        rating=("Βαθμολογία: {r}/5", "Η βαθμολογία μας: {r}/10", "{r}/10"),
        verdict=("Συμπέρασμα", "Η ετυμηγορία", "Αξίζει να το αγοράσετε;"),
        pros=("Υπέρ", "Μας άρεσε", "Θετικά"),
        cons=("Κατά", "Δεν μας άρεσε", "Αρνητικά"),
        good=("Φωτεινή οθόνη", "Μεγάλη αυτονομία", "Γρήγορη φόρτιση", "Στιβαρή κατασκευή", "Καλή τιμή"),
        bad=("Χωρίς υποδοχή ακουστικών", "Βαρύ", "Αργές ενημερώσεις", "Ακριβά αξεσουάρ", "Μέτρια κάμερα"),
        specs=("Προδιαγραφές", "Τεχνικά χαρακτηριστικά"),
        spec=("Οθόνη: {a} ίντσες", "Βάρος: {g} g", "Μπαταρία: {mah} mAh", "Αποθήκευση: {gb} GB", "Τιμή: {amount}"),
        buy=("{amount} στο {shop}", "Αγορά από {shop} με {amount}", "Δείτε την τιμή στο {shop}"),
        shops=("Public", "Κωτσόβολος", "Plaisio", "Skroutz"),
        tested=("Το δοκιμαστικό δείγμα παραχωρήθηκε από τον κατασκευαστή.", "Δοκιμάσαμε το προϊόν για δύο εβδομάδες."),
        on_air=("Τώρα στον αέρα: {show}", "Ζωντανά: {show}"),
        shows=("Πρωινή ζώνη", "Απογευματινή κουβέντα", "Νυχτερινή τζαζ", "Σαββατοκύριακο"),
        listen_live=("Ακούστε ζωντανά", "\N{BLACK RIGHT-POINTING TRIANGLE} Ακούστε τώρα"),
        episode=("Επεισόδιο {k} \N{MIDDLE DOT} {dur}", "Επ. {k} | {dur}"),
        subscribe=("Εγγραφή: Apple Podcasts \N{MIDDLE DOT} Spotify \N{MIDDLE DOT} RSS", "Ακολουθήστε το podcast"),
        download=("Λήψη MP3 ({mb} MB)", "Λήψη επεισοδίου"),
        transcript=("Η απομαγνητοφώνηση έγινε αυτόματα και μπορεί να περιέχει λάθη.", "Το κείμενο έχει επιμεληθεί."),
        money="{a} \N{EURO SIGN}",
    ),
    "cs": Fifth(
        issue=("Číslo {k}/{y}", "Z vydání {k}/{y}", "Ročník {v}, číslo {k}"),
        photos_by=("Fotografie: {author}", "Ilustrace: {author}"),
        audio=("Poslechněte si článek \N{MIDDLE DOT} {k} min", "Audioverze ({k} minut)"),
        print_note=(
            "Text vyšel v tištěném vydání {date}.",
            "Článek byl poprvé otištěn v týdeníku {date}.",
        ),
        gift=("Darovat článek", "Poslat článek příteli"),
        bio_line=("{author} je redaktorem týdeníku {site}.", "{author} píše o kultuře a společnosti pro {site}."),
        offer=("Předplatné: {k} čísel za {amount}", "{k} týdnů za {amount}"),
        press=("Tisková zpráva", "TISKOVÁ ZPRÁVA", "Oznámení"),
        ref=("Č. j. {ref}", "Spisová značka: {ref}"),
        contact_head=("Kontakt pro média", "Další informace:", "Tiskové oddělení"),
        contact_role=("{author}, tisková mluvčí", "{author}, oddělení komunikace"),
        attachments=("Přílohy", "Dokumenty ke stažení"),
        attachment=("{file}.pdf ({kb} kB)", "{file} (PDF, {kb} kB)"),
        files=("usneseni-zastupitelstva", "rozpocet", "zamer", "situacni-plan"),
        modified=("Poslední změna: {date}", "Stránka aktualizována {date}"),
        useful=("Byla pro vás tato stránka užitečná?", "Našli jste, co jste hledali?"),
        yes_no=("Ano", "Ne"),
        print_share=("Tisk", "Stáhnout PDF", "Sdílet stránku"),
        ends=("###", "- konec -"),
        rating=("Hodnocení: {r}/5", "Naše hodnocení: {r}/10", "{r} %"),
        verdict=("Verdikt", "Závěr", "Vyplatí se koupit?"),
        pros=("Klady", "Líbí se nám", "Plusy"),
        cons=("Zápory", "Nelíbí se nám", "Minusy"),
        good=("Jasný displej", "Dlouhá výdrž", "Rychlé nabíjení", "Pevná konstrukce", "Dobrá cena"),
        bad=("Chybí jack", "Vysoká hmotnost", "Pomalé aktualizace", "Drahé příslušenství", "Průměrný fotoaparát"),
        specs=("Parametry", "Technické údaje"),
        spec=("Displej: {a} palců", "Hmotnost: {g} g", "Baterie: {mah} mAh", "Úložiště: {gb} GB", "Cena: {amount}"),
        buy=("{amount} na {shop}", "Koupit na {shop} za {amount}", "Porovnat ceny na {shop}"),
        shops=("Alza.cz", "CZC.cz", "Datart", "Mall.cz"),
        tested=("Testovací kus zapůjčil výrobce.", "Produkt jsme testovali dva týdny."),
        on_air=("Právě vysíláme: {show}", "Živě: {show}"),
        shows=("Ranní proud", "Odpolední povídání", "Noční jazz", "Víkendový magazín"),
        listen_live=("Poslouchat živě", "\N{BLACK RIGHT-POINTING TRIANGLE} Poslechnout"),
        episode=("Díl {k} \N{MIDDLE DOT} {dur}", "Ep. {k} | {dur}"),
        subscribe=("Odebírat: Apple Podcasts \N{MIDDLE DOT} Spotify \N{MIDDLE DOT} RSS", "Sledovat podcast"),
        download=("Stáhnout MP3 ({mb} MB)", "Stáhnout díl"),
        transcript=("Přepis vznikl automaticky a může obsahovat chyby.", "Přepis byl redakčně upraven."),
        money="{a} Kč",
    ),
}


# --- the sixth held-out split: three more languages, and wording for its new templates -------------------
# (a fact-checking desk, a metered regional daily, an aid organisation's newsroom, an academics' explainer
# site). Written before the learner was run on it; the phrasing is new, not translated from the earlier
# splits' wording.

HR = Words(
    months=(
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    ),
    weekdays=("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
    dates=("{d}. {month} {y}. u {h}:{mi}", "{dd}.{mm}.{y}. {h}:{mi}", "{weekday}, {d}. {month} {y}.", "{dd}.{mm}.{y}."),
    ago=("prije {n} minuta", "prije {n} sati", "prije {n} dana", "prije sat vremena"),
    nav=(
        "Naslovnica",
        "Vijesti",
        "Hrvatska",
        "Svijet",
        "Politika",
        "Gospodarstvo",
        "Sport",
        "Kultura",
        "Zdravlje",
        "Tehnologija",
        "Komentari",
        "Lifestyle",
        "Vrijeme",
    ),
    footer_nav=(
        "Impressum",
        "Kontakt",
        "Oglašavanje",
        "Pravila privatnosti",
        "Kolačići",
        "Uvjeti korištenja",
        "Pošaljite vijest",
    ),
    account=("Prijava", "Pretplata", "Traži", "Izbornik", "Moj profil"),
    authors=("Ivana Horvat", "Marko Kovačević", "Petra Babić", "Tomislav Marić", "Ana Jurić", "Luka Novak"),
    agencies=("HINA", "Reuters", "AFP", "AP", "Pixsell"),
    site_names=("Jadranski dnevnik", "Slavonski glas", "Novi zagrebački list", "Dalmacija danas"),
    taglines=("Neovisni portal", "Vijesti iz prve ruke"),
    byline=("Autor: {author}", "{author}", "Piše: {author}"),
    published=("Objavljeno: {date}", "{date}", "Objavljeno {date}"),
    updated=("Ažurirano {ago}", "Ažurirano: {date}", "Zadnja izmjena: {date}"),
    views=("{n} pregleda", "Pročitano {n} puta"),
    reading=("Vrijeme čitanja: {n} min", "{n} min čitanja"),
    ad=("Oglas", "OGLAS", "Sponzorirani sadržaj"),
    ad_continue=("Članak se nastavlja ispod oglasa", "Nastavak ispod"),
    read_also=("Pročitajte i:", "PROČITAJTE JOŠ", "Povezano:", "Vezano uz temu:"),
    share_a=("Podijeli", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Podijelite članak", "Podijeli na Facebooku", "Kopiraj poveznicu"),
    share_end=("Podijeli", "Podijelite:", "Svidio vam se članak? Podijelite ga!"),
    newsletter=(
        "Prijavite se na naš jutarnji newsletter i najvažnije vijesti dana stići će vam u inbox prije sedam sati.",
        "Budite u tijeku: preuzmite aplikaciju {site} i uključite obavijesti.",
    ),
    channel=("Pratite {site} na Google Vijestima", "Pridružite se našem kanalu na WhatsAppu"),
    tags=("Oznake: {tags}", "Teme: {tags}"),
    topics=("izbori", "inflacija", "školstvo", "zdravstvo", "promet", "energetika", "stanovanje", "turizam"),
    trending=("Najčitanije", "Popularno", "Upravo čitaju"),
    related=("Povezani članci", "Možda vas zanima", "Još vijesti"),
    more_from=("Još iz rubrike {category}", "Najnovije: {category}"),
    comments_head=("{n} komentara", "Komentari ({n})"),
    comment_meta=("{name} · {ago}", "{name} piše:"),
    comment_actions=("Odgovori", "Prijavi"),
    comment_form=("Napišite komentar", "Vaša e-mail adresa neće biti objavljena.", "Pošalji"),
    comment_texts=("Odličan članak, hvala.", "Uopće se ne slažem.", "Napokon netko o tome piše.", "Tko će to platiti?"),
    copyright=("© {y} {site}. Sva prava pridržana.", "Copyright © {y} {site} d.o.o."),
    cookie=("Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.", "Prihvaćam sve / Postavke"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Naslovnica",
    disclaimer=("Stavovi izneseni u komentaru osobni su stavovi autora.",),
    app=("Preuzmite aplikaciju {site}", "Preuzmi"),
    pagination=("Sljedeći članak", "Prethodni članak"),
)

BG = Words(
    months=(
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ),
    weekdays=("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    dates=(
        "{d} {month} {y} г., {h}:{mi}",
        "{dd}.{mm}.{y} {h}:{mi}",
        "{weekday}, {d} {month} {y} г.",
        "{dd}.{mm}.{y} г.",
    ),
    ago=("преди {n} минути", "преди {n} часа", "преди {n} дни", "преди час"),
    nav=(
        "Начало",
        "Новини",
        "България",
        "Свят",
        "Политика",
        "Икономика",
        "Спорт",
        "Култура",
        "Здраве",
        "Технологии",
        "Мнения",
        "Любопитно",
        "Времето",
    ),
    footer_nav=("За нас", "Контакти", "Реклама", "Политика за поверителност", "Бисквитки", "Общи условия"),
    account=("Вход", "Абонамент", "Търсене", "Меню", "Моят профил"),
    authors=(
        "Мария Иванова",
        "Георги Петров",
        "Елена Димитрова",
        "Николай Стоянов",
        "Десислава Георгиева",
        "Иван Тодоров",
    ),
    agencies=("БТА", "Reuters", "AFP", "AP", "БГНЕС"),
    site_names=("Дневен вестник", "Пловдивски новини", "Черноморски глас", "Софийски куриер"),
    taglines=("Независими новини", "Новините, които имат значение"),
    byline=("Автор: {author}", "{author}", "Пише: {author}"),
    published=("Публикувано: {date}", "{date}", "Публикувана на {date}"),
    updated=("Обновена {ago}", "Последна актуализация: {date}"),
    views=("{n} прочитания", "Прочетена {n} пъти"),
    reading=("Време за четене: {n} мин.", "{n} мин. четене"),
    ad=("Реклама", "РЕКЛАМА", "Платена публикация"),
    ad_continue=("Статията продължава след рекламата", "Продължава по-долу"),
    read_also=("Прочетете още:", "ОЩЕ ПО ТЕМАТА", "Вижте също:", "Свързано:"),
    share_a=("Сподели", "Facebook", "X", "Viber", "Имейл"),
    share_b=("Споделете статията", "Сподели във Facebook", "Копирай линка"),
    share_end=("Сподели", "Споделете:", "Хареса ли ви статията? Споделете я!"),
    newsletter=(
        "Абонирайте се за сутрешния ни бюлетин и получавайте най-важните новини на деня в пощата си.",
        "Бъдете в течение: изтеглете приложението на {site} и включете известията.",
    ),
    channel=("Последвайте {site} в Google Новини", "Присъединете се към канала ни във Viber"),
    tags=("Етикети: {tags}", "Теми: {tags}"),
    topics=("избори", "инфлация", "образование", "здравеопазване", "транспорт", "енергетика", "жилища", "туризъм"),
    trending=("Най-четени", "Популярни", "В момента четат"),
    related=("Свързани статии", "Може да ви интересува", "Още новини"),
    more_from=("Още от {category}", "Последно в {category}"),
    comments_head=("{n} коментара", "Коментари ({n})"),
    comment_meta=("{name} · {ago}", "{name} написа:"),
    comment_actions=("Отговори", "Сигнализирай"),
    comment_form=("Напишете коментар", "Имейл адресът ви няма да бъде публикуван.", "Изпрати"),
    comment_texts=("Много добра статия.", "Не съм съгласен.", "Най-сетне някой го написа.", "Кой ще плати за това?"),
    copyright=("© {y} {site}. Всички права запазени.", "Copyright © {y} {site} ЕООД"),
    cookie=("Този сайт използва бисквитки, за да подобри вашето изживяване.", "Приемам всички / Настройки"),
    caption=("Снимка: {agency}", "Снимка: {author}/{agency}", "СНИМКА: {agency}"),
    breadcrumb_home="Начало",
    disclaimer=("Мненията в статията са на автора и не отразяват позицията на редакцията.",),
    app=("Изтеглете приложението на {site}", "Изтегли"),
    pagination=("Следваща статия", "Предишна статия"),
)

CA = Words(
    months=(
        "gener",
        "febrer",
        "març",
        "abril",
        "maig",
        "juny",
        "juliol",
        "agost",
        "setembre",
        "octubre",
        "novembre",
        "desembre",
    ),
    weekdays=("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    # Numeric dates: "12 de gener" but "12 d'abril", which a plain month field cannot write.
    dates=("{dd}/{mm}/{y} {h}:{mi}", "{d}.{mm}.{y} - {h}:{mi} h", "{weekday}, {dd}/{mm}/{y}", "{dd}.{mm}.{y}"),
    ago=("fa {n} minuts", "fa {n} hores", "fa {n} dies", "fa una hora"),
    nav=(
        "Portada",
        "Notícies",
        "Política",
        "Societat",
        "Economia",
        "Món",
        "Cultura",
        "Esports",
        "Opinió",
        "Salut",
        "Ciència",
        "Territori",
        "Temps",
    ),
    footer_nav=("Qui som", "Contacte", "Publicitat", "Política de privacitat", "Galetes", "Avís legal"),
    account=("Inicia sessió", "Subscriu-te", "Cerca", "Menú", "El meu compte"),
    authors=("Marta Puig", "Jordi Soler", "Núria Vidal", "Pere Ferrer", "Laia Serra", "Oriol Roca"),
    agencies=("ACN", "EFE", "Reuters", "AFP", "Europa Press"),
    site_names=("Diari del Vallès", "La Veu de Girona", "El Punt del Migdia", "Notícies de Ponent"),
    taglines=("El diari digital de referència", "Informació de proximitat"),
    byline=("Per {author}", "{author}", "Text: {author}"),
    published=("Publicat: {date}", "{date}", "Publicat el {date}"),
    updated=("Actualitzat {ago}", "Actualitzat: {date}", "Darrera actualització: {date}"),
    views=("{n} lectures", "Llegit {n} vegades"),
    reading=("Temps de lectura: {n} min", "{n} min de lectura"),
    ad=("Publicitat", "PUBLICITAT", "Contingut patrocinat"),
    ad_continue=("L'article continua després de la publicitat", "Continua més avall"),
    read_also=("Llegeix també:", "LLEGEIX MÉS", "Relacionat:", "Et pot interessar:"),
    share_a=("Comparteix", "Facebook", "X", "WhatsApp", "Correu"),
    share_b=("Comparteix l'article", "Comparteix a Facebook", "Copia l'enllaç"),
    share_end=("Comparteix", "Comparteix:", "T'ha agradat? Comparteix-ho!"),
    newsletter=(
        "Subscriu-te al butlletí del matí i rep les notícies més importants del dia al correu abans de les set.",
        "No et perdis res: descarrega't l'app de {site} i activa les notificacions.",
    ),
    channel=("Segueix {site} a Google Notícies", "Uneix-te al nostre canal de WhatsApp"),
    tags=("Etiquetes: {tags}", "Temes: {tags}"),
    topics=("eleccions", "inflació", "educació", "sanitat", "mobilitat", "energia", "habitatge", "sequera"),
    trending=("El més llegit", "Ara és tendència", "Els més vistos"),
    related=("Notícies relacionades", "També et pot interessar", "Més notícies"),
    more_from=("Més de {category}", "Últimes notícies de {category}"),
    comments_head=("{n} comentaris", "Comentaris ({n})"),
    comment_meta=("{name} · {ago}", "{name} ha escrit:"),
    comment_actions=("Respon", "Denuncia"),
    comment_form=("Deixa un comentari", "La teva adreça electrònica no es publicarà.", "Envia"),
    comment_texts=(
        "Molt bon article, gràcies.",
        "No hi estic gens d'acord.",
        "Per fi algú ho explica.",
        "Qui ho pagarà?",
    ),
    copyright=("© {y} {site}. Tots els drets reservats.", "Copyright © {y} {site} SL"),
    cookie=("Aquest web utilitza galetes per millorar la teva experiència.", "Accepta-les totes / Configuració"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Portada",
    disclaimer=("Els articles d'opinió expressen el punt de vista dels seus autors.",),
    app=("Descarrega't l'app de {site}", "Descarrega"),
    pagination=("Article següent", "Article anterior"),
)
WORDS |= {"hr": HR, "bg": BG, "ca": CA}
TLDS |= {"hr": ".hr", "bg": ".bg", "ca": ".cat"}
TOWNS |= {
    "hr": ("Osijek", "Zadar", "Varaždin"),
    "bg": ("Пловдив", "Варна", "Русе"),
    "ca": ("Girona", "Lleida", "Vic"),
}
PHONES |= {"hr": "099 999 9999", "bg": "0899 999 999", "ca": "699 99 99 99", "de": "0999 9999999"}


@dataclass(frozen=True)
class Sixth:
    """Wording for the templates of the sixth held-out split (a fact-checking desk, a metered regional
    daily, an aid organisation's newsroom, an academics' explainer site): claim boxes and ratings,
    sources, metered-paywall notices and e-paper links, job listings, donation appeals and petitions,
    disclosure statements and republishing notes."""

    fact_check: tuple[str, ...]  # the label over a fact-check's headline
    claim: tuple[str, ...]  # the label before the claim checked
    claimed_by: tuple[str, ...]  # where the claim was seen; {platform} {date}
    rating_label: tuple[str, ...]  # the label before the rating: "Our rating:"
    ratings: tuple[str, ...]  # "False", "Misleading"...
    scale: tuple[str, ...]  # a line after the story pointing to the rating scale
    sources: tuple[str, ...]  # the heading over the sources
    source: tuple[str, ...]  # a source line: {outlet} {title} {date}
    outlets: tuple[str, ...]
    signatory: tuple[str, ...]  # "{site} is a verified signatory of ..."
    programme: tuple[str, ...]  # the partnership a fact-check was written for
    claim_tip: tuple[str, ...]  # where to send claims: {phone} {email}
    screenshot: tuple[str, ...]  # the caption of a screenshot of the claim: {platform} {date}
    archived: tuple[str, ...]  # "Archived: {link}"
    more_checks: tuple[str, ...]  # the heading over other fact-checks
    meter: tuple[str, ...]  # "You have {k} free articles left this month."
    meter_last: tuple[str, ...]  # what the meter says at the last free article
    meter_cta: tuple[str, ...]
    epaper: tuple[str, ...]  # "E-paper: {date}"
    forecast: tuple[str, ...]  # "{town} {t}° {sky}"
    skies: tuple[str, ...]
    plus: tuple[str, ...]  # the subscribers' badge
    push: tuple[str, ...]  # the push-notification prompt: {town}
    push_buttons: tuple[str, str]
    local_more: tuple[str, ...]  # "More from {town}"
    jobs: tuple[str, ...]  # "Jobs in {town}"
    job_titles: tuple[str, ...]
    employers: tuple[str, ...]
    commented: tuple[str, ...]  # the heading over the most commented stories
    publisher: tuple[str, ...]  # "{site} is published by {publisher}"
    publishers: tuple[str, ...]
    donate: tuple[str, ...]  # the donate button
    appeal_head: tuple[str, ...]
    appeal: tuple[str, ...]  # what a gift pays for: {amount}
    other_amount: tuple[str, ...]
    names_changed: tuple[str, ...]
    petition: tuple[str, ...]  # "{n} people have signed ... {goal}"
    sign: tuple[str, ...]
    charity_no: tuple[str, ...]  # "Registered charity no. {reg}"
    tax: tuple[str, ...]
    reporting_from: tuple[str, ...]  # "{author} reports from {country}"
    countries: tuple[str, ...]
    credit: tuple[str, ...]  # "Photo: © {site}/{author}"
    field_stories: tuple[str, ...]
    edition: tuple[str, ...]  # "Edition: {edition}"
    editions: tuple[str, ...]
    position: tuple[str, ...]  # "Associate Professor of {field}, {university}"
    fields: tuple[str, ...]
    universities: tuple[str, ...]
    disclosure_head: tuple[str, ...]
    disclosure: tuple[str, ...]  # "{author} ..."; {funder}
    funders: tuple[str, ...]
    partners: tuple[str, ...]  # the heading over the partner line
    partner: tuple[str, ...]  # "{university} provides funding as a member of {site}."
    republish: tuple[str, ...]  # the republishing box's heading
    republish_note: tuple[str, ...]
    write: tuple[str, ...]  # an invitation to academics: {n} {k}
    register: tuple[str, ...]
    chart: tuple[str, ...]  # the line under a chart: {site} {source}
    data_sources: tuple[str, ...]
    money: str  # "€{a}" shape


SIXTH: dict[str, Sixth] = {
    "en": Sixth(
        fact_check=("Fact check", "FACT CHECK", "Fact-check"),
        claim=("Claim:", "The claim:", "What was claimed:"),
        claimed_by=("Shared on {platform}, {date}", "Source of the claim: a {platform} post", "Seen on {platform}"),
        rating_label=("Our rating:", "Rating:", "Verdict:"),
        ratings=("False", "Misleading", "Missing context", "Partly false", "Mostly true", "True", "Unproven"),
        scale=("Read how we rate claims.", "What do our ratings mean? See our methodology.", "About our ratings"),
        sources=("Sources", "Our sources", "References"),
        source=("{outlet}: {title} ({date})", "{title}, {outlet}, accessed {date}"),
        outlets=("Office for National Statistics", "World Health Organization", "Reuters", "Hansard", "Eurostat"),
        signatory=(
            "{site} is a verified signatory of the International Fact-Checking Network's Code of Principles.",
            "We are a signatory of the IFCN Code of Principles.",
        ),
        programme=(
            "This article was written as part of our work with Meta's third-party fact-checking programme.",
            "This fact-check is part of our partnership with TikTok.",
        ),
        claim_tip=(
            "Seen a claim you want us to check? Message us on WhatsApp at {phone}.",
            "Spotted something that looks wrong? Send it to {email}.",
        ),
        screenshot=("Screenshot of the {platform} post, taken {date}", "The claim as it was shared on {platform}"),
        archived=("Archived version: {link}", "(archived here: {link})"),
        more_checks=("More fact-checks", "Latest fact-checks", "Recently checked"),
        meter=("You have {k} free articles left this month.", "{k} free stories remaining this month"),
        meter_last=("This is your last free article this month.", "You've reached your last free story."),
        meter_cta=("Subscribe for unlimited access", "Subscribe now", "Already a subscriber? Log in"),
        epaper=("Today's e-paper: {date}", "Read the print edition of {date}", "E-edition: {date}"),
        forecast=("{town} {t}°C, {sky}", "Weather: {sky}, {t}°"),
        skies=("sunny", "cloudy", "showers", "partly cloudy", "windy", "fog"),
        plus=("Subscriber exclusive", "PREMIUM", "For subscribers"),
        push=("Get breaking news from {town} straight to your phone.", "Turn on alerts for {town} news?"),
        push_buttons=("Allow", "Not now"),
        local_more=("More from {town}", "Around {town}", "In your area"),
        jobs=("Jobs in {town}", "Local jobs", "Careers near you"),
        job_titles=("Registered nurse", "Bus driver", "Accountant", "Warehouse operative", "Teaching assistant"),
        employers=("County Hospital", "City Transit", "Harper & Co.", "Riverside Logistics", "St Mary's School"),
        commented=("Most commented", "Readers are talking about", "Hot discussions"),
        publisher=("{site} is published by {publisher}.", "A {publisher} publication"),
        publishers=("Lakeshore Media Group", "Heritage Newspapers LLC", "Tri-County Press Inc."),
        donate=("Donate", "Give now", "Donate today"),
        appeal_head=("You can help", "Support our work", "Help us reach more people"),
        appeal=(
            "{amount} can provide clean water for a family for a month.",
            "A gift of {amount} pays for a week of school meals for a child.",
            "With {amount} we can supply a health clinic with basic medicines for a day.",
        ),
        other_amount=("Other amount", "Choose your amount"),
        names_changed=("Names have been changed to protect identities.", "*Some names have been changed for safety."),
        petition=("{n} people have signed. Help us reach {goal}!", "{n} signatures so far. Our goal: {goal}"),
        sign=("Sign the petition", "Add your name"),
        charity_no=("Registered charity no. {reg}", "{site} is a registered charity (no. {reg})."),
        tax=("Your donation may be tax-deductible.", "Gift Aid can add 25% to your donation at no cost to you."),
        reporting_from=("{author} reports from {country}", "{author}, field officer in {country}"),
        countries=("Kenya", "Bangladesh", "Yemen", "Haiti", "South Sudan", "Ukraine", "Guatemala"),
        credit=("Photo: © {site}/{author}", "© {author}/{site}"),
        field_stories=("Stories from the field", "More stories", "Latest from our teams"),
        edition=("Edition: {edition}", "{edition} edition"),
        editions=("UK", "US", "Global", "Africa", "Australia", "Canada"),
        position=("Associate Professor of {field}, {university}", "Senior Lecturer in {field}, {university}"),
        fields=("History", "Economics", "Public Health", "Climate Science", "Sociology", "Marine Biology"),
        universities=("University of Leeds", "Monash University", "University of Toronto", "Cardiff University"),
        disclosure_head=("Disclosure statement",),
        disclosure=(
            "{author} does not work for, consult, own shares in or receive funding from any company or organisation "
            "that would benefit from this article, and has disclosed no relevant affiliations beyond their academic "
            "appointment.",
            "{author} receives funding from {funder}.",
        ),
        funders=(
            "the Wellcome Trust",
            "the European Research Council",
            "the Leverhulme Trust",
            "UK Research and Innovation",
        ),
        partners=("Partners",),
        partner=(
            "{university} provides funding as a member of {site}.",
            "{university} is a founding partner of {site}.",
        ),
        republish=("Republish this article", "Republish"),
        republish_note=(
            "Republish our articles for free, online or in print, under a Creative Commons licence.",
            "You may republish this article under our Creative Commons licence.",
        ),
        write=(
            "Write an article and join a growing community of more than {n} academics and researchers from {k} "
            "institutions.",
            "Are you a researcher? Join {n} academics who write for us.",
        ),
        register=("Register now", "Pitch an idea"),
        chart=(
            "Chart: {site} \N{BULLET} Source: {source} \N{BULLET} Get the data",
            "Source: {source}. Graphic: {site}",
        ),
        data_sources=("OECD", "World Bank", "Office for National Statistics", "Eurostat", "IMF"),
        money="${a}",
    ),
}
SIXTH |= {
    "de": Sixth(
        fact_check=("Faktencheck", "FAKTENCHECK", "Faktenprüfung"),
        claim=("Behauptung:", "Die Behauptung:", "Was behauptet wird:"),
        claimed_by=(
            "Verbreitet auf {platform}, {date}",
            "Quelle der Behauptung: ein Beitrag auf {platform}",
            "Gesehen auf {platform}",
        ),
        rating_label=("Unsere Bewertung:", "Bewertung:", "Fazit:"),
        ratings=("Falsch", "Irreführend", "Fehlender Kontext", "Teilweise falsch", "Größtenteils richtig", "Richtig"),
        scale=(
            "So bewerten wir Behauptungen.",
            "Was bedeuten unsere Bewertungen? Zu unserer Methodik.",
            "Über unsere Bewertungsskala",
        ),
        sources=("Quellen", "Unsere Quellen", "Belege"),
        source=("{outlet}: {title} ({date})", "{title}, {outlet}, abgerufen am {date}"),
        outlets=("Statistisches Bundesamt", "Robert Koch-Institut", "dpa", "Deutscher Bundestag", "Eurostat"),
        signatory=(
            "{site} ist zertifiziertes Mitglied des International Fact-Checking Network (IFCN).",
            "Wir haben den Verhaltenskodex des IFCN unterzeichnet.",
        ),
        programme=(
            "Dieser Artikel entstand im Rahmen unserer Zusammenarbeit mit dem Faktencheck-Programm von Meta.",
            "Dieser Faktencheck ist Teil unserer Kooperation mit TikTok.",
        ),
        claim_tip=(
            "Ist Ihnen eine Behauptung aufgefallen, die wir prüfen sollen? Schreiben Sie uns per WhatsApp: {phone}.",
            "Verdächtige Inhalte gesehen? Schicken Sie sie an {email}.",
        ),
        screenshot=(
            "Screenshot des Beitrags auf {platform}, aufgenommen am {date}",
            "Die Behauptung, wie sie auf {platform} geteilt wurde",
        ),
        archived=("Archivierte Version: {link}", "(hier archiviert: {link})"),
        more_checks=("Weitere Faktenchecks", "Neueste Faktenchecks", "Zuletzt geprüft"),
        meter=("Sie haben diesen Monat noch {k} kostenlose Artikel.", "Noch {k} freie Artikel in diesem Monat"),
        meter_last=(
            "Dies ist Ihr letzter kostenloser Artikel in diesem Monat.",
            "Sie lesen Ihren letzten freien Artikel.",
        ),
        meter_cta=("Jetzt abonnieren und unbegrenzt lesen", "Jetzt abonnieren", "Schon Abonnent? Anmelden"),
        epaper=("E-Paper vom {date}", "Die heutige Ausgabe als E-Paper: {date}", "Zur digitalen Zeitung vom {date}"),
        forecast=("{town} {t} °C, {sky}", "Wetter: {sky}, {t}°"),
        skies=("sonnig", "bewölkt", "Regenschauer", "heiter", "windig", "Nebel"),
        plus=("Nur für Abonnenten", "PLUS", "Exklusiv für Abonnenten"),
        push=(
            "Eilmeldungen aus {town} direkt aufs Handy?",
            "Benachrichtigungen für Nachrichten aus {town} aktivieren?",
        ),
        push_buttons=("Erlauben", "Später"),
        local_more=("Mehr aus {town}", "Rund um {town}", "Aus Ihrer Region"),
        jobs=("Jobs in {town}", "Stellenangebote in der Region", "Jobs in Ihrer Nähe"),
        job_titles=(
            "Pflegefachkraft (m/w/d)",
            "Busfahrer (m/w/d)",
            "Buchhalter (m/w/d)",
            "Lagerhelfer (m/w/d)",
            "Erzieher (m/w/d)",
        ),
        employers=("Kreisklinikum", "Stadtwerke", "Bäckerei Huber", "Spedition Maier", "Gemeindeverwaltung"),
        commented=("Meistkommentiert", "Darüber wird diskutiert", "Viel diskutiert"),
        publisher=("{site} ist ein Angebot der {publisher}.", "Ein Angebot von {publisher}"),
        publishers=("Mediengruppe Süd GmbH & Co. KG", "Verlagshaus Nordwest GmbH", "Heimatzeitungen Verlag GmbH"),
        donate=("Spenden", "Jetzt spenden", "Helfen Sie mit"),
        appeal_head=(
            "So können Sie helfen",
            "Unterstützen Sie unsere Arbeit",
            "Helfen Sie uns, mehr Menschen zu erreichen",
        ),
        appeal=(
            "Mit {amount} versorgen Sie eine Familie einen Monat lang mit sauberem Wasser.",
            "{amount} finanzieren eine Woche Schulessen für ein Kind.",
            "Mit {amount} erhält eine Gesundheitsstation einen Tag lang die wichtigsten Medikamente.",
        ),
        other_amount=("Anderer Betrag", "Betrag frei wählen"),
        names_changed=("Die Namen wurden zum Schutz der Betroffenen geändert.", "*Name von der Redaktion geändert."),
        petition=(
            "{n} Menschen haben bereits unterschrieben. Helfen Sie uns, {goal} zu erreichen!",
            "Bisher {n} Unterschriften. Unser Ziel: {goal}",
        ),
        sign=("Petition unterschreiben", "Jetzt unterzeichnen"),
        charity_no=("Vereinsregister: VR {reg}", "{site} ist als gemeinnützig anerkannt (VR {reg})."),
        tax=("Ihre Spende ist steuerlich absetzbar.", "Sie erhalten automatisch eine Zuwendungsbestätigung."),
        reporting_from=("{author} berichtet aus {country}", "{author}, Projektkoordination {country}"),
        countries=("Kenia", "Bangladesch", "Jemen", "Haiti", "Südsudan", "Ukraine", "Guatemala"),
        credit=("Foto: © {site}/{author}", "© {author}/{site}"),
        field_stories=("Geschichten aus unseren Projekten", "Weitere Berichte", "Neues aus den Projekten"),
        edition=("Ausgabe: {edition}", "Ausgabe {edition}"),
        editions=("Deutschland", "Österreich", "Schweiz", "International"),
        position=("Lehrstuhl für {field}, {university}", "Institut für {field}, {university}"),
        fields=(
            "Geschichte",
            "Volkswirtschaftslehre",
            "Public Health",
            "Klimaforschung",
            "Soziologie",
            "Meeresbiologie",
        ),
        universities=("Universität Leipzig", "Universität Hamburg", "Ruhr-Universität Bochum", "Universität Freiburg"),
        disclosure_head=("Interessenkonflikte", "Offenlegung"),
        disclosure=(
            "{author} arbeitet nicht für, berät nicht, besitzt keine Anteile an und erhält keine Finanzierung von "
            "einem Unternehmen oder einer Organisation, die von diesem Artikel profitieren würde, und hat keine "
            "relevanten Verbindungen über die akademische Anstellung hinaus offengelegt.",
            "{author} erhält Fördermittel von {funder}.",
        ),
        funders=("der Deutschen Forschungsgemeinschaft", "der VolkswagenStiftung", "dem Europäischen Forschungsrat"),
        partners=("Partner",),
        partner=("{university} unterstützt {site} als Mitglied.", "{university} ist Gründungspartner von {site}."),
        republish=("Artikel wiederveröffentlichen", "Wiederveröffentlichen"),
        republish_note=(
            "Sie dürfen unsere Artikel kostenlos online oder gedruckt unter einer Creative-Commons-Lizenz "
            "wiederveröffentlichen.",
            "Dieser Artikel darf unter unserer Creative-Commons-Lizenz weiterverbreitet werden.",
        ),
        write=(
            "Schreiben Sie einen Artikel und werden Sie Teil einer wachsenden Gemeinschaft von mehr als {n} "
            "Forschenden aus {k} Einrichtungen.",
            "Sie forschen? Schreiben Sie mit {n} Wissenschaftlerinnen und Wissenschaftlern für uns.",
        ),
        register=("Jetzt registrieren", "Thema vorschlagen"),
        chart=(
            "Grafik: {site} \N{BULLET} Quelle: {source} \N{BULLET} Daten herunterladen",
            "Quelle: {source}. Grafik: {site}",
        ),
        data_sources=("OECD", "Weltbank", "Statistisches Bundesamt", "Eurostat", "IWF"),
        money="{a} \N{EURO SIGN}",
    ),
    "hr": Sixth(
        fact_check=("Provjera činjenica", "PROVJERA", "Fact-check"),
        claim=("Tvrdnja:", "Što se tvrdi:", "Tvrdnja koju provjeravamo:"),
        claimed_by=(
            "Platforma: {platform}, {date}",
            "Izvor tvrdnje: objava ({platform})",
            "Viđeno na mreži {platform}",
        ),
        rating_label=("Naša ocjena:", "Ocjena:", "Zaključak:"),
        ratings=("Netočno", "Obmanjujuće", "Nedostaje kontekst", "Djelomično netočno", "Uglavnom točno", "Točno"),
        scale=(
            "Pročitajte kako ocjenjujemo tvrdnje.",
            "Što znače naše ocjene? Pogledajte metodologiju.",
            "O našim ocjenama",
        ),
        sources=("Izvori", "Naši izvori", "Literatura"),
        source=("{outlet}: {title} ({date})", "{title}, {outlet}, pristupljeno {date}"),
        outlets=(
            "Državni zavod za statistiku",
            "Svjetska zdravstvena organizacija",
            "HINA",
            "Hrvatski sabor",
            "Eurostat",
        ),
        signatory=(
            "{site} je verificirani potpisnik Kodeksa načela Međunarodne mreže provjeravatelja činjenica (IFCN).",
            "Potpisnici smo Kodeksa načela IFCN-a.",
        ),
        programme=(
            "Ovaj članak nastao je u sklopu Metina programa provjere činjenica trećih strana.",
            "Ova provjera dio je naše suradnje s TikTokom.",
        ),
        claim_tip=(
            "Vidjeli ste tvrdnju koju bismo trebali provjeriti? Pišite nam na WhatsApp: {phone}.",
            "Primijetili ste nešto sumnjivo? Pošaljite na {email}.",
        ),
        screenshot=("Snimka zaslona objave ({platform}), {date}", "Tvrdnja kako je podijeljena ({platform})"),
        archived=("Arhivirana verzija: {link}", "(arhivirano ovdje: {link})"),
        more_checks=("Još provjera", "Najnovije provjere", "Nedavno provjereno"),
        meter=(
            "Besplatni članci koji su vam preostali ovaj mjesec: {k}",
            "Preostalo besplatnih članaka ovaj mjesec: {k}",
        ),
        meter_last=("Ovo je vaš posljednji besplatni članak ovaj mjesec.", "Čitate svoj posljednji besplatni članak."),
        meter_cta=("Pretplatite se za neograničen pristup", "Pretplatite se", "Već ste pretplatnik? Prijavite se"),
        epaper=("Današnje e-izdanje: {date}", "Tiskano izdanje od {date}", "E-novine: {date}"),
        forecast=("{town} {t} °C, {sky}", "Vrijeme: {sky}, {t}°"),
        skies=("sunčano", "oblačno", "pljuskovi", "djelomično oblačno", "vjetrovito", "magla"),
        plus=("Samo za pretplatnike", "PREMIUM", "Ekskluzivno za pretplatnike"),
        push=(
            "Najnovije vijesti iz grada {town} izravno na vaš mobitel.",
            "Uključiti obavijesti za vijesti iz grada {town}?",
        ),
        push_buttons=("Dopusti", "Ne sada"),
        local_more=("Još iz grada {town}", "Iz vašeg kraja", "Lokalne vijesti: {town}"),
        jobs=("Poslovi: {town}", "Oglasi za posao u regiji", "Poslovi u vašoj blizini"),
        job_titles=(
            "Medicinska sestra/tehničar",
            "Vozač autobusa (m/ž)",
            "Računovođa (m/ž)",
            "Skladištar (m/ž)",
            "Odgojitelj/ica",
        ),
        employers=("Opća bolnica", "Gradski prijevoz", "Knjigovodstvo Perić", "Logistika Jadran", "Dječji vrtić Sunce"),
        commented=("Najkomentiranije", "O ovome se raspravlja", "Vruće rasprave"),
        publisher=("Izdavač: {publisher}", "{site} izdaje {publisher}."),
        publishers=("Regionalni mediji d.o.o.", "Novinska kuća Jug d.d.", "Tisak i mediji d.o.o."),
        donate=("Doniraj", "Donirajte sada", "Pomozite"),
        appeal_head=("Vi možete pomoći", "Podržite naš rad", "Pomozite nam da dođemo do više ljudi"),
        appeal=(
            "{amount} osigurava čistu vodu za jednu obitelj tijekom mjesec dana.",
            "Donacija od {amount} plaća tjedan dana školskih obroka za jedno dijete.",
            "S {amount} jedna ambulanta dobiva osnovne lijekove za cijeli dan.",
        ),
        other_amount=("Drugi iznos", "Odaberite iznos"),
        names_changed=(
            "Imena su promijenjena radi zaštite identiteta.",
            "*Neka su imena promijenjena iz sigurnosnih razloga.",
        ),
        petition=(
            "Peticiju je potpisalo {n} ljudi. Pomozite nam doći do {goal}!",
            "Dosad {n} potpisa. Naš cilj: {goal}",
        ),
        sign=("Potpiši peticiju", "Dodaj svoje ime"),
        charity_no=("Registarski broj udruge: {reg}", "{site} je udruga upisana u Registar udruga (br. {reg})."),
        tax=("Donacije tvrtki porezno su priznat rashod.", "Za svaku donaciju dobit ćete potvrdu."),
        reporting_from=("{author}, terenski ured: {country}", "Izvještava: {author} ({country})"),
        countries=("Kenija", "Bangladeš", "Jemen", "Haiti", "Južni Sudan", "Ukrajina", "Gvatemala"),
        credit=("Foto: © {site}/{author}", "© {author}/{site}"),
        field_stories=("Priče s terena", "Još priča", "Novosti iz naših timova"),
        edition=("Izdanje: {edition}",),
        editions=("Hrvatska", "Regija", "Europa", "Globalno"),
        position=("izv. prof. dr. sc. ({field}), {university}", "doc. dr. sc. ({field}), {university}"),
        fields=("povijest", "ekonomija", "javno zdravstvo", "klimatologija", "sociologija", "biologija mora"),
        universities=(
            "Sveučilište u Zagrebu",
            "Sveučilište u Splitu",
            "Sveučilište u Rijeci",
            "Sveučilište J. J. Strossmayera u Osijeku",
        ),
        disclosure_head=("Izjava o sukobu interesa",),
        disclosure=(
            "{author} ne radi za, ne savjetuje, ne posjeduje udjele niti prima sredstva od tvrtke ili organizacije "
            "koja bi imala koristi od ovog članka te nije prijavio/la povezanosti osim svoje akademske pozicije.",
            "{author} prima sredstva od {funder}.",
        ),
        funders=("Hrvatske zaklade za znanost", "Europskog istraživačkog vijeća", "Europske komisije"),
        partners=("Partneri",),
        partner=(
            "{university} financijski podupire {site} kao članica.",
            "{university} je partner osnivač portala {site}.",
        ),
        republish=("Prenesite ovaj članak", "Preuzimanje članka"),
        republish_note=(
            "Naše članke možete besplatno prenijeti, online ili u tisku, pod licencom Creative Commons.",
            "Ovaj članak smijete prenijeti pod našom licencom Creative Commons.",
        ),
        write=(
            "Napišite članak i pridružite se rastućoj zajednici od više od {n} znanstvenika i istraživača iz {k} "
            "ustanova.",
            "Bavite se istraživanjem? Pridružite se zajednici od {n} znanstvenika koji pišu za nas.",
        ),
        register=("Registrirajte se", "Predložite temu"),
        chart=(
            "Grafikon: {site} \N{BULLET} Izvor: {source} \N{BULLET} Preuzmite podatke",
            "Izvor: {source}. Grafika: {site}",
        ),
        data_sources=("OECD", "Svjetska banka", "DZS", "Eurostat", "MMF"),
        money="{a} \N{EURO SIGN}",
    ),
    "bg": Sixth(
        fact_check=("Проверка на факти", "ФАКТЧЕК", "Проверка"),
        claim=("Твърдение:", "Какво се твърди:", "Проверяваното твърдение:"),
        claimed_by=(
            "Споделено в {platform}, {date}",
            "Източник на твърдението: публикация в {platform}",
            "Видяно в {platform}",
        ),
        rating_label=("Нашата оценка:", "Оценка:", "Заключение:"),
        ratings=(
            "Невярно",
            "Подвеждащо",
            "Липсва контекст",
            "Частично невярно",
            "По-скоро вярно",
            "Вярно",
            "Недоказано",
        ),
        scale=(
            "Вижте как оценяваме твърденията.",
            "Какво означават нашите оценки? Вижте методологията.",
            "За нашите оценки",
        ),
        sources=("Източници", "Нашите източници", "Използвани източници"),
        source=("{outlet}: {title} ({date})", "{title}, {outlet}, достъпено на {date}"),
        outlets=("Национален статистически институт", "Световна здравна организация", "БТА", "Народно събрание"),
        signatory=(
            "{site} е верифициран член на Международната мрежа за проверка на факти (IFCN).",
            "Ние сме подписали Кодекса на принципите на IFCN.",
        ),
        programme=(
            "Тази статия е написана в рамките на програмата на Meta за независима проверка на факти.",
            "Тази проверка е част от партньорството ни с TikTok.",
        ),
        claim_tip=(
            "Видяхте твърдение, което да проверим? Пишете ни във Viber: {phone}.",
            "Забелязахте нещо съмнително? Изпратете го на {email}.",
        ),
        screenshot=(
            "Екранна снимка на публикацията в {platform}, направена на {date}",
            "Твърдението, както е споделено в {platform}",
        ),
        archived=("Архивирана версия: {link}", "(архивирано тук: {link})"),
        more_checks=("Още проверки", "Последни проверки", "Наскоро проверени"),
        meter=("Имате още {k} безплатни статии този месец.", "Остават ви {k} безплатни статии този месец"),
        meter_last=("Това е последната ви безплатна статия за месеца.", "Четете последната си безплатна статия."),
        meter_cta=("Абонирайте се за неограничен достъп", "Абонирайте се сега", "Вече сте абонат? Влезте"),
        epaper=("Днешният брой в PDF: {date}", "Печатното издание от {date}", "Е-вестник: {date}"),
        forecast=("{town} {t}°C, {sky}", "Времето: {sky}, {t}°"),
        skies=("слънчево", "облачно", "превалявания", "разкъсана облачност", "ветровито", "мъгла"),
        plus=("Само за абонати", "ПРЕМИУМ", "Ексклузивно за абонати"),
        push=(
            "Получавайте извънредни новини от {town} директно на телефона си.",
            "Да включим ли известията за новини от {town}?",
        ),
        push_buttons=("Разреши", "Не сега"),
        local_more=("Още от {town}", "Около {town}", "От вашия район"),
        jobs=("Работа в {town}", "Обяви за работа в региона", "Работа близо до вас"),
        job_titles=("Медицинска сестра", "Шофьор на автобус", "Счетоводител", "Складов работник", "Учител"),
        employers=(
            "Областна болница",
            "Градски транспорт",
            "Счетоводна къща Иванов",
            "Логистик ООД",
            "ОУ „Христо Ботев“",
        ),
        commented=("Най-коментирани", "За това се говори", "Горещи дискусии"),
        publisher=("{site} се издава от {publisher}.", "Издание на {publisher}"),
        publishers=("Регионални медии ЕООД", "Медийна група Юг АД", "Вестникарска къща ООД"),
        donate=("Дарете", "Дарете сега", "Помогнете"),
        appeal_head=("Вие можете да помогнете", "Подкрепете работата ни", "Помогнете ни да достигнем до повече хора"),
        appeal=(
            "{amount} осигуряват чиста вода за едно семейство за месец.",
            "Дарение от {amount} плаща седмица училищно хранене за едно дете.",
            "С {amount} една здравна служба получава основни лекарства за цял ден.",
        ),
        other_amount=("Друга сума", "Изберете сума"),
        names_changed=(
            "Имената са променени с цел защита на самоличността.",
            "*Някои имена са променени от съображения за сигурност.",
        ),
        petition=("{n} души вече подписаха. Помогнете ни да стигнем {goal}!", "Досега {n} подписа. Нашата цел: {goal}"),
        sign=("Подпишете петицията", "Добавете името си"),
        charity_no=("ЕИК {reg}", "{site} е сдружение в обществена полза, ЕИК {reg}."),
        tax=("Даренията се признават като данъчно облекчение.", "За всяко дарение издаваме документ."),
        reporting_from=("{author} отразява събитията от {country}", "{author}, теренен екип, {country}"),
        countries=("Кения", "Бангладеш", "Йемен", "Хаити", "Южен Судан", "Украйна", "Гватемала"),
        credit=("Снимка: © {site}/{author}", "© {author}/{site}"),
        field_stories=("Истории от терена", "Още истории", "Новини от нашите екипи"),
        edition=("Издание: {edition}",),
        editions=("България", "Европа", "Свят"),
        position=(
            "доц. д-р, {field}, {university}",
            "гл. ас. д-р, {field}, {university}",
            "проф. д-р, {field}, {university}",
        ),
        fields=("история", "икономика", "обществено здраве", "климатология", "социология", "морска биология"),
        universities=(
            "Софийски университет „Св. Климент Охридски“",
            "Пловдивски университет „Паисий Хилендарски“",
            "Университет за национално и световно стопанство",
            "Медицински университет – Варна",
        ),
        disclosure_head=("Декларация за конфликт на интереси",),
        disclosure=(
            "{author} не работи за, не консултира, не притежава дялове и не получава финансиране от компания или "
            "организация, която би имала полза от тази статия, и не е декларирал(а) други връзки освен академичната "
            "си позиция.",
            "{author} получава финансиране от {funder}.",
        ),
        funders=("Фонд „Научни изследвания“", "Европейския научноизследователски съвет", "Европейската комисия"),
        partners=("Партньори",),
        partner=("{university} подкрепя {site} като член.", "{university} е партньор основател на {site}."),
        republish=("Препубликувайте статията", "Препубликуване"),
        republish_note=(
            "Можете да препубликувате нашите статии безплатно, онлайн или в печат, под лиценз Creative Commons.",
            "Тази статия може да бъде препубликувана под нашия лиценз Creative Commons.",
        ),
        write=(
            "Напишете статия и се присъединете към общност от над {n} учени и изследователи от {k} институции.",
            "Изследовател ли сте? Присъединете се към {n} учени, които пишат за нас.",
        ),
        register=("Регистрирайте се", "Предложете тема"),
        chart=(
            "Графика: {site} \N{BULLET} Източник: {source} \N{BULLET} Изтеглете данните",
            "Източник: {source}. Графика: {site}",
        ),
        data_sources=("ОИСР", "Световната банка", "НСИ", "Евростат", "МВФ"),
        money="{a} лв.",
    ),
    "ca": Sixth(
        fact_check=("Verificació", "VERIFICACIÓ", "Comprovem-ho"),
        claim=("Afirmació:", "Què es diu:", "L'afirmació verificada:"),
        claimed_by=(
            "Difós a {platform}, {date}",
            "Origen de l'afirmació: una publicació a {platform}",
            "Vist a {platform}",
        ),
        rating_label=("La nostra valoració:", "Valoració:", "Veredicte:"),
        ratings=(
            "Fals",
            "Enganyós",
            "Falta context",
            "Parcialment fals",
            "Majoritàriament cert",
            "Cert",
            "No demostrat",
        ),
        scale=(
            "Llegeix com valorem les afirmacions.",
            "Què volen dir les nostres valoracions? Consulta la metodologia.",
            "Sobre les nostres valoracions",
        ),
        sources=("Fonts", "Les nostres fonts", "Referències"),
        source=("{outlet}: {title} ({date})", "{title}, {outlet}, consultat el {date}"),
        outlets=("Idescat", "Organització Mundial de la Salut", "ACN", "Parlament de Catalunya", "Eurostat"),
        signatory=(
            "{site} és signant verificat del Codi de principis de la Xarxa Internacional de Verificació (IFCN).",
            "Som signants del Codi de principis de l'IFCN.",
        ),
        programme=(
            "Aquest article s'ha escrit dins del programa de verificació independent de Meta.",
            "Aquesta verificació forma part del nostre acord amb TikTok.",
        ),
        claim_tip=(
            "Has vist una afirmació que vols que comprovem? Escriu-nos per WhatsApp al {phone}.",
            "Has detectat alguna cosa sospitosa? Envia-la a {email}.",
        ),
        screenshot=(
            "Captura de pantalla de la publicació a {platform}, feta el {date}",
            "L'afirmació tal com es va compartir a {platform}",
        ),
        archived=("Versió arxivada: {link}", "(arxivat aquí: {link})"),
        more_checks=("Més verificacions", "Últimes verificacions", "Verificat recentment"),
        meter=("Et queden {k} articles gratuïts aquest mes.", "Articles gratuïts restants aquest mes: {k}"),
        meter_last=("Aquest és el teu últim article gratuït del mes.", "Estàs llegint el teu últim article gratuït."),
        meter_cta=("Subscriu-te per llegir sense límits", "Subscriu-te ara", "Ja ets subscriptor? Inicia sessió"),
        epaper=("L'edició en paper d'avui: {date}", "Llegeix l'edició impresa del {date}", "Quiosc digital: {date}"),
        forecast=("{town} {t} °C, {sky}", "El temps: {sky}, {t}°"),
        skies=("assolellat", "ennuvolat", "ruixats", "parcialment ennuvolat", "vent", "boira"),
        plus=("Només per a subscriptors", "PREMIUM", "Exclusiu per a subscriptors"),
        push=("Rep les notícies d'última hora de {town} al mòbil.", "Vols activar les notificacions de {town}?"),
        push_buttons=("Permet", "Ara no"),
        local_more=("Més notícies de {town}", "Al voltant de {town}", "A la teva comarca"),
        jobs=("Feina a {town}", "Ofertes de feina a la comarca", "Feina a prop teu"),
        job_titles=("Infermer/a", "Conductor/a d'autobús", "Comptable", "Mosso/a de magatzem", "Educador/a infantil"),
        employers=(
            "Hospital Comarcal",
            "Transports Urbans",
            "Assessoria Puig",
            "Logística del Vallès",
            "Escola Bressol Els Pins",
        ),
        commented=("El més comentat", "Se'n parla", "Debats calents"),
        publisher=("{site} és una publicació de {publisher}.", "Edita: {publisher}"),
        publishers=("Mitjans Comarcals SL", "Grup Editorial del Nord SA", "Premsa de Proximitat SCCL"),
        donate=("Fes un donatiu", "Dona ara", "Col·labora"),
        appeal_head=("Tu pots ajudar", "Dona suport a la nostra feina", "Ajuda'ns a arribar a més gent"),
        appeal=(
            "Amb {amount} una família té aigua potable durant un mes.",
            "Un donatiu de {amount} paga una setmana d'àpats escolars per a un infant.",
            "Amb {amount} un centre de salut disposa de medicaments bàsics durant un dia.",
        ),
        other_amount=("Un altre import", "Tria l'import"),
        names_changed=(
            "S'han canviat els noms per protegir-ne la identitat.",
            "*Alguns noms s'han canviat per motius de seguretat.",
        ),
        petition=(
            "{n} persones ja han signat. Ajuda'ns a arribar a {goal}!",
            "{n} signatures fins ara. Objectiu: {goal}",
        ),
        sign=("Signa la petició", "Afegeix-hi el teu nom"),
        charity_no=(
            "Inscrita al Registre d'Entitats amb el número {reg}",
            "{site} és una fundació inscrita amb el núm. {reg}.",
        ),
        tax=("Els donatius desgraven fins a un 80% a la declaració de la renda.", "Rebràs el certificat de donació."),
        reporting_from=("{author} informa des de: {country}", "{author}, equip de terreny ({country})"),
        countries=("Kenya", "Bangladesh", "Iemen", "Haití", "Sudan del Sud", "Ucraïna", "Guatemala"),
        credit=("Foto: © {site}/{author}", "© {author}/{site}"),
        field_stories=("Històries des del terreny", "Més històries", "Notícies dels nostres equips"),
        edition=("Edició: {edition}",),
        editions=("Catalunya", "País Valencià", "Illes Balears", "Internacional"),
        position=("Departament {field}, {university}", "Grup de recerca {field}, {university}"),
        fields=(
            "d'Història",
            "d'Economia",
            "de Salut Pública",
            "de Ciències del Clima",
            "de Sociologia",
            "de Biologia Marina",
        ),
        universities=(
            "Universitat de Barcelona",
            "Universitat de Girona",
            "Universitat de Lleida",
            "Universitat Pompeu Fabra",
        ),
        disclosure_head=("Declaració d'interessos",),
        disclosure=(
            "{author} no treballa per a cap empresa o organització que es pugui beneficiar d'aquest article, ni n'és "
            "assessor, accionista o en rep finançament, i no ha declarat cap vinculació rellevant més enllà del seu "
            "càrrec acadèmic.",
            "{author} rep finançament de {funder}.",
        ),
        funders=("la Fundació la Caixa", "l'Agència Estatal de Recerca", "la Comissió Europea", "l'AGAUR"),
        partners=("Socis",),
        partner=("{university} hi col·labora com a membre de {site}.", "{university} és soci fundador de {site}."),
        republish=("Republica aquest article", "Republicar"),
        republish_note=(
            "Pots republicar els nostres articles de franc, en línia o en paper, sota una llicència Creative Commons.",
            "Aquest article es pot republicar sota la nostra llicència Creative Commons.",
        ),
        write=(
            "Escriu un article i uneix-te a una comunitat creixent de més de {n} acadèmics i investigadors de {k} "
            "institucions.",
            "Fas recerca? Uneix-te als {n} acadèmics que escriuen amb nosaltres.",
        ),
        register=("Registra't", "Proposa un tema"),
        chart=(
            "Gràfic: {site} \N{BULLET} Font: {source} \N{BULLET} Descarrega les dades",
            "Font: {source}. Gràfic: {site}",
        ),
        data_sources=("OCDE", "Banc Mundial", "Idescat", "Eurostat", "FMI"),
        money="{a} \N{EURO SIGN}",
    ),
}
# What the sixth split's fact-checking desks, aid organisations and academics' sites are called (a
# metered daily takes a newspaper's name from its language's site_names).
SIXTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "factcheck": ("Verify Desk", "Claimcheck"),
        "charity": ("Water for Life", "Hope Relief International"),
        "academic": ("The Scholar's Brief", "Research Matters"),
    },
    "de": {
        "factcheck": ("Prüfstand", "Faktenwache"),
        "charity": ("Hilfe direkt e.V.", "Brunnen für alle"),
        "academic": ("Wissen erklärt", "Forschung kompakt"),
    },
    "hr": {
        "factcheck": ("Provjereno", "Činjenice na stolu"),
        "charity": ("Ruka pomoći", "Voda za sve"),
        "academic": ("Znanost objašnjava", "Akademski glas"),
    },
    "bg": {
        "factcheck": ("Факт или фейк", "Проверено"),
        "charity": ("Ръка за помощ", "Вода за всички"),
        "academic": ("Наука отблизо", "Академичен глас"),
    },
    "ca": {
        "factcheck": ("Verifica't", "Fets i dades"),
        "charity": ("Mans Solidàries", "Aigua per a tothom"),
        "academic": ("Ciència explicada", "La Veu Acadèmica"),
    },
}
# A day's date without the time, as each of the sixth split's languages writes it.
DAY_DATES = {"en": "{month} {d}, {y}", "de": "{d}.{m}.{y}", "hr": "{d}. {month} {y}.", "bg": "{d} {month} {y} г."}
DAY_DATES |= {"ca": "{dd}/{mm}/{y}"}
# ... and the lines under their names.
SIXTH_TAGLINES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "factcheck": ("Checking claims so you don't have to", "Independent fact-checking since 2016"),
        "academic": ("Academic rigour, journalistic flair", "Expert analysis from researchers"),
    },
    "de": {
        "factcheck": ("Wir prüfen Behauptungen", "Unabhängige Faktenchecks seit 2017"),
        "academic": ("Wissenschaft verständlich erklärt", "Analysen aus der Forschung"),
    },
    "hr": {
        "factcheck": ("Provjeravamo tvrdnje umjesto vas", "Neovisna provjera činjenica od 2015."),
        "academic": ("Znanost jasno i stručno", "Analize iz prve znanstvene ruke"),
    },
    "bg": {
        "factcheck": ("Проверяваме твърденията вместо вас", "Независима проверка на факти от 2017 г."),
        "academic": ("Науката, обяснена ясно", "Анализи от първо лице"),
    },
    "ca": {
        "factcheck": ("Comprovem les afirmacions per tu", "Verificació independent des del 2017"),
        "academic": ("Rigor acadèmic, estil periodístic", "Anàlisis des de la recerca"),
    },
}


# --- the seventh held-out split: three more languages, and wording for its new templates ------------------
# (a press-release newswire, a newspaper's food section with its recipes, a traffic, transit and weather
# alert desk; a football club's news pages, in Club). Written before the learner was run on it; the
# phrasing is new, not translated from the earlier splits' wording.

SK = Words(
    months=(
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ),
    weekdays=("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"),
    dates=("{d}. {month} {y}, {h}:{mi}", "{dd}.{mm}.{y} o {h}:{mi}", "{weekday} {d}. {month} {y}", "{d}. {m}. {y}"),
    ago=("pred {n} minútami", "pred {n} hodinami", "pred {n} dňami", "pred hodinou"),
    nav=(
        "Domov",
        "Správy",
        "Slovensko",
        "Zahraničie",
        "Ekonomika",
        "Šport",
        "Kultúra",
        "Zdravie",
        "Tech",
        "Názory",
        "Bývanie",
        "Auto",
        "Počasie",
    ),
    footer_nav=("O nás", "Kontakt", "Inzercia", "Ochrana osobných údajov", "Cookies", "Podmienky používania"),
    account=("Prihlásiť sa", "Predplatné", "Hľadať", "Menu", "Môj účet"),
    authors=("Zuzana Kováčová", "Martin Horváth", "Lucia Vargová", "Peter Tóth", "Katarína Nagyová", "Juraj Baláž"),
    agencies=("TASR", "SITA", "Reuters", "AFP", "AP"),
    site_names=("Denník Východ", "Trnavské noviny", "Žilinský hlas", "Správy z Považia"),
    taglines=("Nezávislý spravodajský denník", "Správy, ktorým môžete veriť"),
    byline=("Autor: {author}", "{author}", "Text: {author}"),
    published=("Publikované: {date}", "{date}", "Uverejnené {date}"),
    updated=("Aktualizované {ago}", "Aktualizované: {date}"),
    views=("{n} zobrazení", "Prečítané {n}-krát"),
    reading=("Čas čítania: {n} min", "{n} min čítania"),
    ad=("Reklama", "REKLAMA", "Komerčný obsah"),
    ad_continue=("Článok pokračuje pod reklamou", "Pokračovanie nižšie"),
    read_also=("Prečítajte si aj:", "ČÍTAJTE TIEŽ", "Súvisiaci článok:", "K téme:"),
    share_a=("Zdieľať", "Facebook", "X", "WhatsApp", "E-mail"),
    share_b=("Zdieľajte článok", "Zdieľať na Facebooku", "Skopírovať odkaz"),
    share_end=("Zdieľať", "Zdieľajte:", "Páčil sa vám článok? Pošlite ho ďalej!"),
    newsletter=(
        "Prihláste sa na odber ranného newslettera a najdôležitejšie správy dňa vám prídu ešte pred raňajkami.",
        "Majte prehľad: stiahnite si aplikáciu {site} a zapnite si upozornenia.",
    ),
    channel=("Sledujte {site} na Google News", "Pridajte sa k nášmu kanálu na WhatsAppe"),
    tags=("Témy: {tags}", "Kľúčové slová: {tags}"),
    topics=("voľby", "inflácia", "školstvo", "nemocnice", "diaľnice", "energie", "nájomné byty", "cestovný ruch"),
    trending=("Najčítanejšie", "Práve sa číta", "Populárne"),
    related=("Súvisiace články", "Mohlo by vás zaujímať", "Ďalšie správy"),
    more_from=("Ďalšie z rubriky {category}", "Najnovšie: {category}"),
    comments_head=("{n} komentárov", "Diskusia ({n})"),
    comment_meta=("{name} · {ago}", "{name} napísal(a):"),
    comment_actions=("Odpovedať", "Nahlásiť"),
    comment_form=("Pridajte komentár", "Vaša e-mailová adresa nebude zverejnená.", "Odoslať"),
    comment_texts=(
        "Výborný článok, ďakujem.",
        "S tým vôbec nesúhlasím.",
        "Konečne o tom niekto píše.",
        "A kto to zaplatí?",
    ),
    copyright=("© {y} {site}. Všetky práva vyhradené.", "Copyright © {y} {site}, s. r. o."),
    cookie=("Táto stránka používa súbory cookie na zlepšenie vašej skúsenosti.", "Prijať všetko / Nastavenia"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Domov",
    disclaimer=("Názory uverejnené v komentároch nevyjadrujú stanovisko redakcie.",),
    app=("Stiahnite si aplikáciu {site}", "Stiahnuť"),
    pagination=("Ďalší článok", "Predchádzajúci článok"),
)

SL = Words(
    months=(
        "januarja",
        "februarja",
        "marca",
        "aprila",
        "maja",
        "junija",
        "julija",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ),
    weekdays=("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"),
    dates=("{d}. {month} {y} ob {h}:{mi}", "{dd}. {mm}. {y}, {h}.{mi}", "{weekday}, {d}. {month} {y}", "{d}. {m}. {y}"),
    ago=("pred {n} minutami", "pred {n} urami", "pred {n} dnevi", "pred eno uro"),
    nav=(
        "Domov",
        "Novice",
        "Slovenija",
        "Svet",
        "Gospodarstvo",
        "Šport",
        "Kultura",
        "Zdravje",
        "Znanost",
        "Mnenja",
        "Okusno",
        "Promet",
        "Vreme",
    ),
    footer_nav=("O nas", "Kontakt", "Oglaševanje", "Varstvo osebnih podatkov", "Piškotki", "Pogoji uporabe"),
    account=("Prijava", "Naročnina", "Iskanje", "Meni", "Moj račun"),
    authors=("Maja Novak", "Luka Kranjc", "Nina Zupan", "Matej Potočnik", "Eva Kos", "Rok Vidmar"),
    agencies=("STA", "Reuters", "AFP", "AP", "Bobo"),
    site_names=("Štajerski dnevnik", "Gorenjske novice", "Primorski utrip", "Dolenjski glasnik"),
    taglines=("Neodvisni dnevnik", "Novice iz domačega kraja"),
    byline=("Avtor: {author}", "{author}", "Piše: {author}"),
    published=("Objavljeno: {date}", "{date}", "Objavljeno {date}"),
    updated=("Posodobljeno {ago}", "Posodobljeno: {date}"),
    views=("{n} ogledov", "Prebrano {n}-krat"),
    reading=("Čas branja: {n} min", "{n} min branja"),
    ad=("Oglas", "OGLASNO SPOROČILO", "Plačana objava"),
    ad_continue=("Članek se nadaljuje pod oglasom", "Nadaljevanje spodaj"),
    read_also=("Preberite tudi:", "PREBERITE ŠE", "Povezano:", "Na to temo:"),
    share_a=("Deli", "Facebook", "X", "Viber", "E-pošta"),
    share_b=("Delite članek", "Deli na Facebooku", "Kopiraj povezavo"),
    share_end=("Deli", "Delite:", "Vam je bil članek všeč? Delite ga!"),
    newsletter=(
        "Naročite se na naše jutranje e-novice in najpomembnejše novice dneva boste prejeli že ob sedmih.",
        "Bodite na tekočem: naložite aplikacijo {site} in vklopite obvestila.",
    ),
    channel=("Spremljajte {site} na Google Novicah", "Pridružite se našemu kanalu na Viberju"),
    tags=("Oznake: {tags}", "Teme: {tags}"),
    topics=("volitve", "draginja", "šolstvo", "zdravstvo", "avtoceste", "energija", "stanovanja", "turizem"),
    trending=("Najbolj brano", "Ravno berejo", "Priljubljeno"),
    related=("Sorodni članki", "Morda vas zanima", "Še novic"),
    more_from=("Več iz rubrike {category}", "Najnovejše: {category}"),
    comments_head=("{n} komentarjev", "Komentarji ({n})"),
    comment_meta=("{name} · {ago}", "{name} je zapisal(a):"),
    comment_actions=("Odgovori", "Prijavi"),
    comment_form=("Napišite komentar", "Vaš e-poštni naslov ne bo objavljen.", "Pošlji"),
    comment_texts=("Odličen članek, hvala.", "Se ne strinjam.", "Končno nekdo piše o tem.", "Kdo bo to plačal?"),
    copyright=("© {y} {site}. Vse pravice pridržane.", "Copyright © {y} {site} d.o.o."),
    cookie=("Spletno mesto uporablja piškotke za boljšo uporabniško izkušnjo.", "Sprejmi vse / Nastavitve"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Domov",
    disclaimer=("Mnenja v komentarjih niso stališča uredništva.",),
    app=("Naložite aplikacijo {site}", "Naloži"),
    pagination=("Naslednji članek", "Prejšnji članek"),
)

LT = Words(
    months=(
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ),
    weekdays=(
        "pirmadienis",
        "antradienis",
        "trečiadienis",
        "ketvirtadienis",
        "penktadienis",
        "šeštadienis",
        "sekmadienis",
    ),
    dates=("{y}-{mm}-{dd} {h}:{mi}", "{y} m. {month} {d} d. {h}:{mi}", "{weekday}, {y}-{mm}-{dd}", "{y}-{mm}-{dd}"),
    ago=("prieš {n} min.", "prieš {n} val.", "prieš {n} d.", "prieš valandą"),
    nav=(
        "Pradžia",
        "Naujienos",
        "Lietuvoje",
        "Pasaulyje",
        "Verslas",
        "Sportas",
        "Kultūra",
        "Sveikata",
        "Mokslas",
        "Nuomonės",
        "Maistas",
        "Eismas",
        "Orai",
    ),
    footer_nav=("Apie mus", "Kontaktai", "Reklama", "Privatumo politika", "Slapukai", "Naudojimosi taisyklės"),
    account=("Prisijungti", "Prenumerata", "Paieška", "Meniu", "Mano paskyra"),
    authors=(
        "Rūta Kazlauskienė",
        "Tomas Petrauskas",
        "Eglė Jankauskaitė",
        "Mantas Stankevičius",
        "Inga Vaitkutė",
        "Darius Žukauskas",
    ),
    agencies=("ELTA", "BNS", "Reuters", "AFP", "AP"),
    site_names=("Kauno diena šiandien", "Žemaičių žinios", "Vilniaus aidas", "Pajūrio naujienos"),
    taglines=("Nepriklausomas naujienų portalas", "Žinios, kurios svarbios"),
    byline=("Autorius: {author}", "{author}", "Rašo {author}"),
    published=("Paskelbta: {date}", "{date}", "Publikuota {date}"),
    updated=("Atnaujinta {ago}", "Atnaujinta: {date}"),
    views=("{n} peržiūrų", "Perskaityta {n} kartų"),
    reading=("Skaitymo laikas: {n} min.", "{n} min. skaitymo"),
    ad=("Reklama", "REKLAMA", "Remiamas turinys"),
    ad_continue=("Straipsnis tęsiamas po reklamos", "Tęsinys žemiau"),
    read_also=("Taip pat skaitykite:", "SKAITYKITE DAR", "Susiję:", "Šia tema:"),
    share_a=("Dalintis", "Facebook", "X", "Messenger", "El. paštas"),
    share_b=("Dalinkitės straipsniu", "Dalintis per Facebook", "Kopijuoti nuorodą"),
    share_end=("Dalintis", "Dalinkitės:", "Patiko straipsnis? Pasidalinkite!"),
    newsletter=(
        "Užsisakykite rytinį naujienlaiškį ir svarbiausias dienos žinias gausite dar prieš pusryčius.",
        "Būkite įvykių centre: atsisiųskite {site} programėlę ir įjunkite pranešimus.",
    ),
    channel=("Sekite {site} Google naujienose", "Prisijunkite prie mūsų kanalo Telegram"),
    tags=("Žymės: {tags}", "Temos: {tags}"),
    topics=("rinkimai", "infliacija", "švietimas", "sveikatos apsauga", "keliai", "energetika", "būstas", "turizmas"),
    trending=("Skaitomiausi", "Dabar skaito", "Populiaru"),
    related=("Susiję straipsniai", "Jus gali sudominti", "Daugiau naujienų"),
    more_from=("Daugiau: {category}", "Naujausi: {category}"),
    comments_head=("{n} komentarai", "Komentarai ({n})"),
    comment_meta=("{name} · {ago}", "{name} rašo:"),
    comment_actions=("Atsakyti", "Pranešti"),
    comment_form=("Parašykite komentarą", "Jūsų el. pašto adresas nebus skelbiamas.", "Siųsti"),
    comment_texts=(
        "Puikus straipsnis, ačiū.",
        "Visiškai nesutinku.",
        "Pagaliau kažkas apie tai rašo.",
        "O kas už tai sumokės?",
    ),
    copyright=("© {y} {site}. Visos teisės saugomos.", "Copyright © {y} UAB „{site}“"),
    cookie=("Ši svetainė naudoja slapukus, kad pagerintų jūsų patirtį.", "Sutinku su visais / Nustatymai"),
    caption=("Nuotr. {agency}", "{author}/{agency} nuotr.", "Nuotrauka: {agency}"),
    breadcrumb_home="Pradžia",
    disclaimer=("Komentaruose išsakyta nuomonė nebūtinai sutampa su redakcijos pozicija.",),
    app=("Atsisiųskite {site} programėlę", "Atsisiųsti"),
    pagination=("Kitas straipsnis", "Ankstesnis straipsnis"),
)
WORDS |= {"sk": SK, "sl": SL, "lt": LT}
TLDS |= {"sk": ".sk", "sl": ".si", "lt": ".lt"}
TOWNS |= {
    "sk": ("Prešov", "Nitra", "Banská Bystrica"),
    "sl": ("Celje", "Kranj", "Novo mesto"),
    "lt": ("Šiauliai", "Panevėžys", "Alytus"),
}
PHONES |= {"sk": "+421 999 999 999", "sl": "01 999 99 99", "lt": "+370 699 99999", "es": "699 99 99 99"}


@dataclass(frozen=True)
class Seventh:
    """Wording for the templates of the seventh held-out split (a press-release newswire, a newspaper's
    food section, a traffic, transit and weather alert desk): the distributor's lines around a release
    (who it is from, the dateline, the company's boilerplate, forward-looking statements, contacts,
    the source line), recipe boxes (times, ingredients, method, nutrition, ratings, save buttons) and
    alert boxes (warning levels, validity, affected lines and roads, the time of the last check)."""

    release: tuple[str, ...]  # the label over a release's headline
    provided_by: tuple[str, ...]  # "News provided by", the company on the line under it
    companies: tuple[str, ...]
    sectors: tuple[str, ...]
    dateline: tuple[str, ...]  # "{city}, {date} /{site}/ --"
    about: tuple[str, ...]  # "About {company}"
    boilerplate: tuple[str, ...]  # the company's own paragraph: {company} {sector} {city} {n} {k} {y}
    fls_head: tuple[str, ...]
    fls: tuple[str, ...]  # a forward-looking statements paragraph: {company}
    contact_head: tuple[str, ...]
    source_line: tuple[str, ...]  # "SOURCE {company}"
    original: tuple[str, ...]  # "View original content: {url}"
    also_from: tuple[str, ...]  # the heading over the company's other releases
    industry: tuple[str, ...]  # "Industry: {sectors}"
    not_responsible: tuple[str, ...]  # the distributor's note: {site}
    logo: tuple[str, ...]  # the caption of a company's picture: {company}
    food: tuple[str, ...]  # the section's label
    dishes: tuple[str, ...]
    jump: tuple[str, ...]  # "Jump to recipe"
    save: tuple[str, ...]  # "Save recipe"
    print_recipe: tuple[str, ...]
    times: tuple[str, ...]  # "Prep: {a} min | Cook: {b} min | Serves {c}"
    level: tuple[str, ...]  # "Easy", "Medium"
    ingredients: tuple[str, ...]  # the heading
    items: tuple[str, ...]  # ingredient lines
    method: tuple[str, ...]  # the heading
    steps: tuple[str, ...]  # short steps
    nutrition: tuple[str, ...]  # {kcal} {p} {f} {c}
    stars: tuple[str, ...]  # "{r} ({n} ratings)"
    rate: tuple[str, ...]
    recipe_by: tuple[str, ...]  # "Recipe: {author}"
    tip: tuple[str, ...]  # a tip sentence with the dish: {dish} {n}
    more_recipes: tuple[str, ...]
    levels: tuple[str, ...]  # warning levels
    hazards: tuple[str, ...]
    warning: tuple[str, ...]  # "{level}: {hazard}"
    valid: tuple[str, ...]  # "Valid from {start} to {end}"
    status: tuple[str, ...]  # "Status: {state}"
    states: tuple[str, ...]
    affected: tuple[str, ...]  # "Affected lines: {lines}"
    closure: tuple[str, ...]  # "{road} closed between {a} and {b}"
    roads: tuple[str, ...]
    checked: tuple[str, ...]  # "Last checked at {h}:{mi}"
    live_map: tuple[str, ...]  # the map button
    delay: tuple[str, ...]  # "Report a delay: {phone}"
    advice: tuple[str, ...]  # a sentence: "Drivers heading to {town} should allow {n} extra minutes."
    planner: tuple[str, ...]  # "Journey planner", "From", "To", "Search"
    current: tuple[str, ...]  # the heading over the current alerts
    alert_source: tuple[str, ...]  # "Source: {service}"
    service: str  # the weather service


SEVENTH: dict[str, Seventh] = {
    "en": Seventh(
        release=("Press release", "NEWS RELEASE", "Corporate news"),
        provided_by=("News provided by", "Distributed by", "From"),
        companies=(
            "Northgate Analytics Inc.",
            "Bluefin Therapeutics",
            "Cobalt Ridge Mining Corp.",
            "Harbor & Vine Foods",
            "Solvane Energy plc",
            "Quillon Software",
            "Tidewater Logistics Group",
        ),
        sectors=("data analytics", "biotechnology", "mining", "consumer foods", "renewable energy", "software"),
        dateline=("{city}, {date} /{site}/ --", "{city} \N{EM DASH} {date} \N{EM DASH}", "{date} \N{EN DASH} {city}"),
        about=("About {company}", "ABOUT {company_upper}", "About {company}:"),
        boilerplate=(
            "{company} is a leading provider of {sector} solutions headquartered in {city}. Founded in {y}, the "
            "company employs more than {n} people in {k} countries.",
            "Headquartered in {city}, {company} develops {sector} products for customers in {k} markets. The "
            "company was founded in {y} and has around {n} employees.",
        ),
        fls_head=("Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements"),
        fls=(
            "This press release contains forward-looking statements within the meaning of applicable securities "
            "laws. Actual results may differ materially from those expressed or implied, and {company} undertakes "
            "no obligation to update any forward-looking statement, except as required by law.",
            "Statements in this release that are not historical facts are forward-looking statements. They "
            "involve risks and uncertainties, and {company} assumes no duty to revise them after the date of "
            "this release.",
        ),
        contact_head=("Media contact:", "Contact:", "For more information, contact:"),
        source_line=("SOURCE {company}", "Source: {company}"),
        original=(
            "View original content: https://www.{domain}/news-releases/{slug}.html",
            "View original content to download multimedia: https://www.{domain}/news/{slug}",
        ),
        also_from=("Also from this source", "More news from {company}"),
        industry=("Industry: {sectors}", "Subjects: {sectors}"),
        not_responsible=(
            "{site} is not responsible for the content of releases distributed on its wire.",
            "The issuer is solely responsible for the content of this announcement.",
        ),
        logo=("{company} logo", "Photo courtesy of {company}", "(Photo: Business Wire / {company})"),
        food=("Food & Drink", "Recipes", "Cooking"),
        dishes=(
            "lemon chicken traybake",
            "mushroom risotto",
            "spiced lentil soup",
            "plum crumble",
            "garlic prawn pasta",
            "roast squash salad",
        ),
        jump=("Jump to recipe", "Skip to the recipe"),
        save=("Save recipe", "Save to my recipes", "\N{BLACK HEART SUIT} Save"),
        print_recipe=("Print", "Print recipe"),
        times=(
            "Prep: {a} min | Cook: {b} min | Serves {c}",
            "Prep time {a} mins \N{MIDDLE DOT} Cook time {b} mins \N{MIDDLE DOT} Serves {c}",
        ),
        level=("Easy", "Medium", "A little effort"),
        ingredients=("Ingredients", "You will need"),
        items=(
            "2 tbsp olive oil",
            "1 onion, finely chopped",
            "3 garlic cloves, crushed",
            "400 g tin chopped tomatoes",
            "250 g plain flour",
            "100 g butter, cubed",
            "1 lemon, zested and juiced",
            "a small bunch of parsley",
            "salt and black pepper",
        ),
        method=("Method", "How to make it", "Steps"),
        steps=(
            "Heat the oven to 200C/180C fan.",
            "Fry the onion in the oil for 8 minutes until soft.",
            "Stir in the garlic and cook for a minute more.",
            "Add the tomatoes and simmer for 15 minutes.",
            "Season well and scatter over the parsley.",
            "Bake for 25 minutes until golden.",
        ),
        nutrition=(
            "Per serving: {kcal} kcal, {p} g protein, {f} g fat, {c} g carbs",
            "Nutrition per serving: kcal {kcal} \N{MIDDLE DOT} protein {p}g \N{MIDDLE DOT} fat {f}g "
            "\N{MIDDLE DOT} carbs {c}g",
        ),
        stars=("{r} ({n} ratings)", "Rated {r} out of 5 by {n} readers"),
        rate=("Rate this recipe", "Have you made this? Leave a rating"),
        recipe_by=("Recipe by {author}", "Recipe and styling: {author}", "By {author} for {site} Food"),
        tip=(
            "Tip: the {dish} keeps for up to {n} days in the fridge.",
            "Cook's note: make the {dish} a day ahead and reheat gently.",
        ),
        more_recipes=("More recipes", "You might also like", "More from Food & Drink"),
        levels=("Yellow warning", "Amber warning", "Red warning"),
        hazards=("wind", "heavy rain", "snow and ice", "thunderstorms", "fog", "extreme heat"),
        warning=("{level}: {hazard}", "{level} for {hazard}"),
        valid=("Valid from {start} to {end}", "In force {start} \N{EN DASH} {end}"),
        status=("Status: {state}", "{state}"),
        states=("Ongoing", "Planned", "Resolved", "Delays expected"),
        affected=("Affected routes: {lines}", "Lines affected: {lines}"),
        closure=("{road} closed between {a} and {b}", "{road}: lane closures near {a}"),
        roads=("A14", "M6", "Ring Road", "Harbour Bridge", "B1120"),
        checked=("Last checked at {h}:{mi}", "Updated {h}:{mi}", "Information as of {h}:{mi}"),
        live_map=("Live traffic map", "Open the live map", "See all disruptions on the map"),
        delay=("Stuck in traffic? Tell us: {phone}", "Report a delay on {phone}"),
        advice=(
            "Drivers heading to {town} should allow an extra {n} minutes.",
            "Passengers travelling through {town} are advised to check before they leave.",
        ),
        planner=("Journey planner", "From", "To", "Search"),
        current=("Current alerts", "Travel disruption now", "Live travel"),
        alert_source=("Source: {service}", "Warnings: {service}"),
        service="Met Office",
    ),
    "es": Seventh(
        release=("Nota de prensa", "COMUNICADO", "Comunicado de empresa"),
        provided_by=("Noticia distribuida por", "Publicado por", "Fuente:"),
        companies=(
            "Grupo Alcántara Energía",
            "Biofarma Levante S.A.",
            "Transportes Nervión",
            "Viñedos del Duero",
            "Inmobiliaria Costa Norte",
            "Datasur Tecnologías",
        ),
        sectors=("energía renovable", "farmacia", "logística", "vinos", "inmobiliario", "software"),
        dateline=("{city}, {date} /{site}/ --", "{city} ({site}), {date}.-", "{date} \N{EN DASH} {city}"),
        about=("Sobre {company}", "Acerca de {company}", "SOBRE {company_upper}"),
        boilerplate=(
            "{company} es una compañía de {sector} con sede en {city}. Fundada en {y}, cuenta con más de {n} "
            "empleados y presencia en {k} países.",
            "Con sede central en {city}, {company} opera en el sector de {sector} en {k} mercados. La empresa, "
            "creada en {y}, da empleo a unas {n} personas.",
        ),
        fls_head=("Declaraciones prospectivas", "Aviso legal sobre previsiones"),
        fls=(
            "Este comunicado contiene declaraciones sobre previsiones futuras que están sujetas a riesgos e "
            "incertidumbres. Los resultados reales pueden diferir, y {company} no asume la obligación de "
            "actualizarlas salvo cuando lo exija la ley.",
            "Las afirmaciones de este comunicado que no se refieren a hechos pasados son previsiones. {company} "
            "no se compromete a revisarlas tras la fecha de publicación.",
        ),
        contact_head=("Contacto de prensa:", "Contacto:", "Para más información:"),
        source_line=("FUENTE {company}", "Fuente: {company}"),
        original=(
            "Ver contenido original: https://www.{domain}/notas-de-prensa/{slug}.html",
            "Contenido original y material gráfico: https://www.{domain}/comunicados/{slug}",
        ),
        also_from=("Otras notas de esta fuente", "Más noticias de {company}"),
        industry=("Sector: {sectors}", "Temas: {sectors}"),
        not_responsible=(
            "{site} no se hace responsable del contenido de las notas que distribuye.",
            "El emisor es el único responsable del contenido de este comunicado.",
        ),
        logo=("Logotipo de {company}", "Foto cedida por {company}", "(Foto: {company})"),
        food=("Gastronomía", "Recetas", "Cocina"),
        dishes=(
            "tortilla de calabacín",
            "arroz con verduras",
            "crema de puerros",
            "bizcocho de naranja",
            "lentejas estofadas",
        ),
        jump=("Ir a la receta", "Saltar a la receta"),
        save=("Guardar receta", "Guardar en mis recetas"),
        print_recipe=("Imprimir", "Imprimir receta"),
        times=(
            "Preparación: {a} min | Cocción: {b} min | {c} raciones",
            "Tiempo total: {a} min \N{MIDDLE DOT} Para {c} personas",
        ),
        level=("Fácil", "Media", "Muy fácil"),
        ingredients=("Ingredientes", "Qué necesitas"),
        items=(
            "2 cucharadas de aceite de oliva virgen extra",
            "1 cebolla picada",
            "2 dientes de ajo",
            "400 g de tomate triturado",
            "4 huevos",
            "200 ml de caldo de verduras",
            "un puñado de perejil",
            "sal y pimienta",
        ),
        method=("Elaboración", "Paso a paso", "Preparación"),
        steps=(
            "Pocha la cebolla a fuego lento durante 10 minutos.",
            "Añade el ajo y rehoga un minuto más.",
            "Incorpora el tomate y deja reducir 15 minutos.",
            "Precalienta el horno a 190 grados.",
            "Salpimienta y sirve con el perejil por encima.",
        ),
        nutrition=(
            "Por ración: {kcal} kcal, {p} g de proteínas, {f} g de grasas, {c} g de hidratos",
            "Valor nutricional por ración: {kcal} kcal",
        ),
        stars=("{r} ({n} valoraciones)", "Valoración: {r} de 5 ({n} votos)"),
        rate=("Valora esta receta", "¿La has preparado? Déjanos tu nota"),
        recipe_by=("Receta de {author}", "Receta y estilismo: {author}"),
        tip=(
            "Truco: esta receta de {dish} aguanta hasta {n} días en la nevera.",
            "Consejo: puedes preparar la receta de {dish} la víspera y calentarla a fuego suave.",
        ),
        more_recipes=("Más recetas", "También te puede gustar", "Más de Gastronomía"),
        levels=("Aviso amarillo", "Aviso naranja", "Aviso rojo"),
        hazards=("viento", "lluvias intensas", "nevadas", "tormentas", "niebla", "calor extremo"),
        warning=("{level} por {hazard}", "{level}: {hazard}"),
        valid=("Vigente desde {start} hasta {end}", "Activo: {start} \N{EN DASH} {end}"),
        status=("Estado: {state}", "{state}"),
        states=("Activo", "Previsto", "Finalizado", "Retrasos"),
        affected=("Líneas afectadas: {lines}", "Afecta a las líneas {lines}"),
        closure=("{road} cortada entre {a} y {b}", "{road}: obras a la altura de {a}"),
        roads=("A-7", "N-340", "M-30", "AP-6", "Ronda Sur"),
        checked=("Última comprobación: {h}:{mi}", "Actualizado a las {h}:{mi}"),
        live_map=("Mapa del tráfico en directo", "Ver el mapa de incidencias"),
        delay=("¿Atascado? Avísanos en el {phone}", "Comunica una incidencia: {phone}"),
        advice=(
            "Los conductores que se dirijan a {town} deben contar con {n} minutos más de viaje.",
            "Se recomienda a los viajeros con destino {town} consultar antes de salir.",
        ),
        planner=("Planificador de rutas", "Origen", "Destino", "Buscar"),
        current=("Avisos activos", "Incidencias ahora", "Tráfico en directo"),
        alert_source=("Fuente: {service}", "Avisos: {service}"),
        service="AEMET",
    ),
    "sk": Seventh(
        release=("Tlačová správa", "TLAČOVÁ SPRÁVA", "Firemné správy"),
        provided_by=("Správu poskytla spoločnosť", "Zdroj správy:", "Zverejnil"),
        companies=(
            "Tatra Data, a. s.",
            "Slovfarma Group",
            "Východoslovenské strojárne",
            "Dunaj Logistics, s. r. o.",
            "Zelená energia Slovensko",
            "Vinárstvo Malé Karpaty",
        ),
        sectors=("softvéru", "farmácie", "strojárstva", "logistiky", "obnoviteľnej energie", "vinárstva"),
        dateline=("{city}, {date} /{site}/ --", "{city} {date} \N{EN DASH}", "{date}, {city} \N{EN DASH}"),
        about=("O spoločnosti {company}", "{company} v skratke", "O SPOLOČNOSTI {company_upper}"),
        boilerplate=(
            "{company} pôsobí v oblasti {sector} so sídlom v meste {city}. Spoločnosť vznikla v roku {y}, "
            "zamestnáva viac ako {n} ľudí a pôsobí v {k} krajinách.",
            "Spoločnosť {company} so sídlom v meste {city} patrí k lídrom v oblasti {sector}. Od roku {y} rozšírila "
            "pôsobenie do {k} krajín a má približne {n} zamestnancov.",
        ),
        fls_head=("Výhľadové vyhlásenia", "Upozornenie k výhľadovým vyhláseniam"),
        fls=(
            "Táto tlačová správa obsahuje výhľadové vyhlásenia, ktoré podliehajú rizikám a neistotám. Skutočné "
            "výsledky sa môžu líšiť a spoločnosť {company} nie je povinná tieto vyhlásenia aktualizovať.",
            "Vyhlásenia v tejto správe, ktoré sa netýkajú minulých udalostí, sú výhľadové. {company} ich po dni "
            "zverejnenia nebude revidovať, pokiaľ to nevyžaduje zákon.",
        ),
        contact_head=("Kontakt pre médiá:", "Kontakt:", "Ďalšie informácie poskytne:"),
        source_line=("ZDROJ {company}", "Zdroj: {company}"),
        original=(
            "Pôvodný obsah: https://www.{domain}/tlacove-spravy/{slug}.html",
            "Pôvodná správa s multimédiami: https://www.{domain}/spravy/{slug}",
        ),
        also_from=("Ďalšie správy z tohto zdroja", "Viac správ od {company}"),
        industry=("Odvetvie: {sectors}", "Témy: {sectors}"),
        not_responsible=(
            "Za obsah tlačovej správy zodpovedá jej zadávateľ, nie {site}.",
            "{site} nezodpovedá za obsah správ, ktoré distribuuje.",
        ),
        logo=("Logo spoločnosti {company}", "Foto: {company}", "(Foto: archív {company})"),
        food=("Recepty", "Varenie", "Jedlo a pitie"),
        dishes=("bryndzové halušky", "kapustnica", "hubové rizoto", "slivkový koláč", "šošovicový prívarok"),
        jump=("Prejsť na recept", "Rovno na recept"),
        save=("Uložiť recept", "Pridať do obľúbených"),
        print_recipe=("Tlačiť", "Vytlačiť recept"),
        times=("Príprava: {a} min | Varenie: {b} min | Porcie: {c}", "Čas prípravy {a} min \N{MIDDLE DOT} {c} porcie"),
        level=("Jednoduché", "Stredne náročné"),
        ingredients=("Suroviny", "Potrebujeme"),
        items=(
            "2 lyžice oleja",
            "1 cibuľa, nadrobno nakrájaná",
            "2 strúčiky cesnaku",
            "300 g hladkej múky",
            "500 g zemiakov",
            "250 ml smotany",
            "1 lyžička mletej papriky",
            "soľ a čierne korenie",
        ),
        method=("Postup", "Postup prípravy"),
        steps=(
            "Cibuľu speníme na oleji do zlatista.",
            "Pridáme cesnak a krátko opražíme.",
            "Zalejeme vodou a varíme 20 minút.",
            "Rúru predhrejeme na 180 stupňov.",
            "Dochutíme soľou a korením a podávame teplé.",
        ),
        nutrition=(
            "Na porciu: {kcal} kcal, bielkoviny {p} g, tuky {f} g, sacharidy {c} g",
            "Výživové hodnoty na porciu: {kcal} kcal",
        ),
        stars=("{r} ({n} hodnotení)", "Hodnotenie {r}/5 \N{MIDDLE DOT} {n} hlasov"),
        rate=("Ohodnoťte recept", "Varili ste podľa receptu? Dajte mu hviezdičky"),
        recipe_by=("Recept: {author}", "Recept pripravil(a) {author}"),
        tip=(
            "Tip: jedlo ({dish}) vydrží v chladničke až {n} dni.",
            "Rada na záver \N{EN DASH} {dish}: najlepšie chutí na druhý deň.",
        ),
        more_recipes=("Ďalšie recepty", "Mohlo by vám chutiť"),
        levels=("Výstraha 1. stupňa", "Výstraha 2. stupňa", "Výstraha 3. stupňa"),
        hazards=("vietor", "silný dážď", "sneženie", "búrky", "hmla", "vysoké teploty", "poľadovica"),
        warning=("{level}: {hazard}", "{level} pred javom {hazard}"),
        valid=("Platí od {start} do {end}", "Platnosť: {start} \N{EN DASH} {end}"),
        status=("Stav: {state}", "{state}"),
        states=("Prebieha", "Plánované", "Ukončené", "Meškania"),
        affected=("Dotknuté linky: {lines}", "Obmedzenie sa týka liniek {lines}"),
        closure=("{road} uzavretá medzi {a} a {b}", "{road}: práce pri obci {a}"),
        roads=("D1", "R1", "I/18", "D2", "Prístavný most"),
        checked=("Naposledy overené o {h}:{mi}", "Aktualizované o {h}:{mi}"),
        live_map=("Dopravná mapa naživo", "Otvoriť mapu obmedzení"),
        delay=("Stojíte v kolóne? Napíšte nám: {phone}", "Nahláste obmedzenie: {phone}"),
        advice=(
            "Vodiči smerujúci do mesta {town} by mali počítať s meškaním až {n} minút.",
            "Cestujúcim do mesta {town} odporúčame overiť si spoje pred odchodom.",
        ),
        planner=("Vyhľadávač spojení", "Odkiaľ", "Kam", "Hľadať"),
        current=("Aktuálne výstrahy", "Obmedzenia v doprave", "Doprava naživo"),
        alert_source=("Zdroj: {service}", "Výstrahy: {service}"),
        service="SHMÚ",
    ),
    "sl": Seventh(
        release=("Sporočilo za javnost", "SPOROČILO ZA MEDIJE", "Poslovne novice"),
        provided_by=("Novico objavlja", "Vir sporočila:", "Posredoval"),
        companies=(
            "Alpina Data d.o.o.",
            "Krka Bio Lab",
            "Savinjske elektrarne",
            "Luka Logistika d.d.",
            "Vinska klet Brda",
            "Triglav Robotika",
        ),
        sectors=("programske opreme", "farmacije", "energetike", "logistike", "vinarstva", "robotike"),
        dateline=("{city}, {date} /{site}/ --", "{city}, {date} \N{EN DASH}", "{date} \N{EN DASH} {city}"),
        about=("O podjetju {company}", "Več o {company}", "O DRUŽBI {company_upper}"),
        boilerplate=(
            "{company} s sedežem v kraju {city} deluje na področju {sector}. Podjetje, ustanovljeno leta {y}, "
            "zaposluje več kot {n} ljudi in je prisotno v {k} državah.",
            "Družba {company} je eden vodilnih ponudnikov na področju {sector}. Ustanovljena je bila leta {y}, "
            "ima približno {n} zaposlenih in posluje na {k} trgih.",
        ),
        fls_head=("Izjave o prihodnosti", "Opozorilo glede napovedi"),
        fls=(
            "To sporočilo vsebuje izjave o prihodnosti, ki so povezane s tveganji in negotovostmi. Dejanski "
            "rezultati se lahko razlikujejo, {company} pa teh izjav ni dolžna posodabljati.",
            "Izjave v tem sporočilu, ki se ne nanašajo na pretekla dejstva, so napovedi. {company} jih po dnevu "
            "objave ne bo popravljala, razen če to zahteva zakon.",
        ),
        contact_head=("Kontakt za medije:", "Kontakt:", "Za dodatne informacije:"),
        source_line=("VIR {company}", "Vir: {company}"),
        original=(
            "Izvirna vsebina: https://www.{domain}/sporocila/{slug}.html",
            "Izvirno sporočilo z gradivom: https://www.{domain}/novice/{slug}",
        ),
        also_from=("Več sporočil iz tega vira", "Druge novice družbe {company}"),
        industry=("Panoga: {sectors}", "Teme: {sectors}"),
        not_responsible=(
            "Za vsebino sporočila je odgovoren izdajatelj, ne {site}.",
            "{site} ne odgovarja za vsebino sporočil, ki jih posreduje.",
        ),
        logo=("Logotip družbe {company}", "Foto: {company}", "(Fotografija: arhiv {company})"),
        food=("Okusno", "Recepti", "Kulinarika"),
        dishes=("ajdovi žganci", "gobova juha", "jabolčni zavitek", "rižota z bučo", "ričet"),
        jump=("Na recept", "Skoči na recept"),
        save=("Shrani recept", "Dodaj med priljubljene"),
        print_recipe=("Natisni", "Natisni recept"),
        times=("Priprava: {a} min | Kuhanje: {b} min | Porcije: {c}", "Skupni čas {a} min \N{MIDDLE DOT} za {c} osebe"),
        level=("Enostavno", "Srednje zahtevno"),
        ingredients=("Sestavine", "Potrebujemo"),
        items=(
            "2 žlici olivnega olja",
            "1 čebula, drobno sesekljana",
            "2 stroka česna",
            "300 g moke",
            "500 g krompirja",
            "2 dl sladke smetane",
            "šopek peteršilja",
            "sol in poper",
        ),
        method=("Postopek", "Priprava"),
        steps=(
            "Čebulo na olju prepražimo do mehkega.",
            "Dodamo česen in pražimo še minuto.",
            "Prilijemo vodo in kuhamo 20 minut.",
            "Pečico segrejemo na 180 stopinj.",
            "Solimo, popramo in postrežemo toplo.",
        ),
        nutrition=(
            "Na porcijo: {kcal} kcal, beljakovine {p} g, maščobe {f} g, ogljikovi hidrati {c} g",
            "Hranilna vrednost na porcijo: {kcal} kcal",
        ),
        stars=("{r} ({n} ocen)", "Ocena {r}/5 \N{MIDDLE DOT} {n} glasov"),
        rate=("Ocenite recept", "Ste ga pripravili? Oddajte oceno"),
        recipe_by=("Recept: {author}", "Recept in fotografija: {author}"),
        tip=(
            "Namig \N{EN DASH} {dish}: jed v hladilniku zdrži do {n} dni.",
            "Nasvet \N{EN DASH} {dish}: naslednji dan je jed še boljša.",
        ),
        more_recipes=("Še več receptov", "Morda vam bo teknilo"),
        levels=("Rumeno opozorilo", "Oranžno opozorilo", "Rdeče opozorilo"),
        hazards=("veter", "močan dež", "sneg", "nevihte", "megla", "vročina", "poledica"),
        warning=("{level}: {hazard}", "{level} \N{EN DASH} {hazard}"),
        valid=("Velja od {start} do {end}", "Veljavnost: {start} \N{EN DASH} {end}"),
        status=("Stanje: {state}", "{state}"),
        states=("V teku", "Napovedano", "Končano", "Zamude"),
        affected=("Prizadete linije: {lines}", "Spremembe na linijah {lines}"),
        closure=("{road} zaprta med {a} in {b}", "{road}: dela pri {a}"),
        roads=("A1", "A2", "H4", "ljubljanska obvoznica", "G1-5"),
        checked=("Nazadnje preverjeno ob {h}.{mi}", "Posodobljeno ob {h}.{mi}"),
        live_map=("Prometna karta v živo", "Odpri zemljevid zapor"),
        delay=("Stojite v koloni? Sporočite nam: {phone}", "Prijavite zamudo: {phone}"),
        advice=(
            "Vozniki, ki so namenjeni v {town}, naj računajo na {n} minut zamude.",
            "Potnikom proti kraju {town} svetujemo, naj pred odhodom preverijo vozni red.",
        ),
        planner=("Iskalnik povezav", "Od", "Do", "Išči"),
        current=("Aktualna opozorila", "Stanje na cestah", "Promet v živo"),
        alert_source=("Vir: {service}", "Opozorila: {service}"),
        service="ARSO",
    ),
    "lt": Seventh(
        release=("Pranešimas spaudai", "PRANEŠIMAS SPAUDAI", "Verslo naujienos"),
        provided_by=("Naujieną pateikė", "Platina", "Šaltinis:"),
        companies=(
            "UAB „Baltijos duomenys“",
            "AB „Nemuno energija“",
            "UAB „Žalias laukas“",
            "Vilnius Biotech",
            "AB „Klaipėdos logistika“",
            "UAB „Gintaro robotai“",
        ),
        sectors=("duomenų analitikos", "energetikos", "žemės ūkio", "biotechnologijų", "logistikos", "robotikos"),
        dateline=("{city}, {date} /{site}/ --", "{city}, {date} \N{EN DASH}", "{date} \N{EN DASH} {city}"),
        about=("Apie {company}", "APIE {company_upper}", "Trumpai apie {company}"),
        boilerplate=(
            "{company} \N{EN DASH} {sector} srities įmonė, kurios būstinė yra {city}. Įmonė įkurta {y} m., joje "
            "dirba daugiau nei {n} darbuotojų, veikla vykdoma {k} šalyse.",
            "{company} veikia {sector} srityje nuo {y} m. Bendrovėje dirba apie {n} žmonių, o jos produktai "
            "parduodami {k} rinkose.",
        ),
        fls_head=("Į ateitį orientuoti teiginiai", "Įspėjimas dėl prognozių"),
        fls=(
            "Šiame pranešime pateikiami į ateitį orientuoti teiginiai, susiję su rizika ir neapibrėžtumu. "
            "Faktiniai rezultatai gali skirtis, o {company} neįsipareigoja šių teiginių atnaujinti.",
            "Teiginiai, kurie nėra praeities faktai, yra prognozės. {company} jų nekeis po paskelbimo dienos, "
            "išskyrus įstatymų numatytus atvejus.",
        ),
        contact_head=("Kontaktai žiniasklaidai:", "Kontaktai:", "Daugiau informacijos:"),
        source_line=("ŠALTINIS {company}", "Šaltinis: {company}"),
        original=(
            "Originalus turinys: https://www.{domain}/pranesimai/{slug}.html",
            "Originalus pranešimas su nuotraukomis: https://www.{domain}/naujienos/{slug}",
        ),
        also_from=("Daugiau iš šio šaltinio", "Kiti {company} pranešimai"),
        industry=("Sritis: {sectors}", "Temos: {sectors}"),
        not_responsible=(
            "Už pranešimo turinį atsako jį pateikusi įmonė, o ne {site}.",
            "{site} neatsako už platinamų pranešimų turinį.",
        ),
        logo=("{company} logotipas", "{company} nuotr.", "(Nuotrauka: {company})"),
        food=("Maistas", "Receptai", "Virtuvė"),
        dishes=("cepelinai", "šaltibarščiai", "kugelis", "grybų sriuba", "obuolių pyragas"),
        jump=("Pereiti prie recepto", "Tiesiai į receptą"),
        save=("Išsaugoti receptą", "Į mėgstamiausius"),
        print_recipe=("Spausdinti", "Spausdinti receptą"),
        times=(
            "Paruošimas: {a} min. | Gaminimas: {b} min. | Porcijos: {c}",
            "Iš viso {a} min. \N{MIDDLE DOT} {c} porcijos",
        ),
        level=("Lengva", "Vidutiniškai sudėtinga"),
        ingredients=("Ingredientai", "Reikės"),
        items=(
            "2 šaukštai aliejaus",
            "1 svogūnas, smulkiai supjaustytas",
            "2 česnako skiltelės",
            "1 kg bulvių",
            "200 g grietinės",
            "300 g miltų",
            "krapų",
            "druskos ir pipirų",
        ),
        method=("Gaminimo eiga", "Paruošimas"),
        steps=(
            "Svogūną pakepinkite aliejuje iki auksinės spalvos.",
            "Suberkite česnaką ir kepinkite dar minutę.",
            "Užpilkite vandeniu ir virkite 20 minučių.",
            "Orkaitę įkaitinkite iki 180 laipsnių.",
            "Pagardinkite druska, pipirais ir patiekite šiltą.",
        ),
        nutrition=(
            "Porcijoje: {kcal} kcal, baltymų {p} g, riebalų {f} g, angliavandenių {c} g",
            "Maistinė vertė porcijoje: {kcal} kcal",
        ),
        stars=("{r} ({n} įvert.)", "Įvertinimas {r}/5 \N{MIDDLE DOT} {n} balsai"),
        rate=("Įvertinkite receptą", "Gaminote? Palikite įvertinimą"),
        recipe_by=("Receptas: {author}", "Receptą paruošė {author}"),
        tip=(
            "Patarimas: {dish} šaldytuve išsilaiko iki {n} dienų.",
            "Virėjo pastaba \N{EN DASH} {dish}: kitą dieną patiekalas būna dar skanesnis.",
        ),
        more_recipes=("Daugiau receptų", "Jums gali patikti"),
        levels=("Geltonas įspėjimas", "Oranžinis įspėjimas", "Raudonas įspėjimas"),
        hazards=("vėjas", "smarkus lietus", "snygis", "perkūnija", "rūkas", "karštis", "plikledis"),
        warning=("{level}: {hazard}", "{level} \N{EN DASH} {hazard}"),
        valid=("Galioja nuo {start} iki {end}", "Galiojimas: {start} \N{EN DASH} {end}"),
        status=("Būsena: {state}", "{state}"),
        states=("Vyksta", "Planuojama", "Baigta", "Vėlavimai"),
        affected=("Paveikti maršrutai: {lines}", "Pakeitimai maršrutuose {lines}"),
        closure=("{road} uždarytas ruože {a}\N{EN DASH}{b}", "{road}: darbai ties {a}"),
        roads=("A1", "A2", "Via Baltica", "Vakarinis aplinkkelis", "KK121"),
        checked=("Paskutinį kartą tikrinta {h}:{mi}", "Atnaujinta {h}:{mi}"),
        live_map=("Eismo žemėlapis realiu laiku", "Atverti ribojimų žemėlapį"),
        delay=("Stovite spūstyje? Praneškite: {phone}", "Pranešti apie vėlavimą: {phone}"),
        advice=(
            "Vairuotojai, vykstantys į {town}, turėtų numatyti papildomas {n} minutes.",
            "Keleiviams, keliaujantiems per {town}, patariama prieš kelionę pasitikrinti tvarkaraštį.",
        ),
        planner=("Maršrutų planuoklė", "Iš", "Į", "Ieškoti"),
        current=("Galiojantys įspėjimai", "Eismo ribojimai dabar", "Eismas realiu laiku"),
        alert_source=("Šaltinis: {service}", "Įspėjimai: {service}"),
        service="LHMT",
    ),
}
# What the seventh split's newswires are called (the food sections and alert desks are a newspaper's, named
# from its language's site_names).
SEVENTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"newswire": ("PressLine Wire", "Corporate Newsfeed")},
    "es": {"newswire": ("Difusión Empresarial", "Prensa Corporativa")},
    "sk": {"newswire": ("Tlačové správy SK", "Firemný servis")},
    "sl": {"newswire": ("Poslovni sporočilnik", "PR Servis")},
    "lt": {"newswire": ("Verslo pranešimai", "PR Linija")},
}
# The exchanges a listed company's ticker names.
EXCHANGES = {
    "en": ("NASDAQ", "NYSE", "LSE"),
    "es": ("BME", "MCE"),
    "sk": ("BCPB",),
    "sl": ("LJSE",),
    "lt": ("Nasdaq Vilnius",),
}
# Thousands separators of the seventh split's languages, where they are not a full stop.
SEVENTH_SEPARATORS = {"sk": "\N{NO-BREAK SPACE}", "lt": " "}
DAY_DATES |= {
    "es": "{d} de {month} de {y}",
    "sk": "{d}. {month} {y}",
    "sl": "{d}. {month} {y}",
    "lt": "{y} m. {month} {d} d.",
}


@dataclass(frozen=True)
class Club:
    """Wording for the seventh split's fourth template, a football club's news pages: the next match, the
    results and fixtures, ticket and shop notices, the partners' strip and the club's members' offer."""

    account: tuple[str, ...]  # "Tickets", "Shop", "Membership"
    sections: tuple[str, ...]  # the kicker: "First team", "Academy"...
    media: tuple[str, ...]  # the byline: "{site} Media"
    next_match: tuple[str, ...]  # {us} {them} {day} {time}
    opponents: tuple[str, ...]
    result: tuple[str, ...]  # "FT: {us} {a}-{b} {them}"
    highlights: tuple[str, ...]  # "Watch the highlights ({dur})"
    tickets: tuple[str, ...]  # a sentence naming the next home opponent: {them}
    buy: tuple[str, ...]  # the button
    fixtures: tuple[str, ...]  # the heading
    home_away: tuple[str, str]  # the labels after a fixture
    partners: tuple[str, ...]  # the heading over the sponsors
    sponsors: tuple[str, ...]
    kit: tuple[str, ...]  # the shop's line: {season} {amount}
    member: tuple[str, ...]  # a sentence: {season}
    latest: tuple[str, ...]  # the heading over the club's other news
    money: str


CLUB: dict[str, Club] = {
    "en": Club(
        account=("Tickets", "Shop", "Membership", "Club TV"),
        sections=("First Team", "Academy", "Women", "Club News", "Community"),
        media=("{site} Media", "By {author}", "Words: {author}"),
        next_match=(
            "Next match: {us} v {them} \N{MIDDLE DOT} {day} {time}",
            "Up next: {them} (home) \N{EN DASH} {day}, kick-off {time}",
        ),
        opponents=("Eastport Rovers", "Millbrook Town", "Harlow Athletic", "St Aubyn United", "Kingsbridge FC"),
        result=("FT: {us} {a}\N{EN DASH}{b} {them}", "Full time | {us} {a}-{b} {them}"),
        highlights=(
            "Watch the highlights ({dur})",
            "\N{BLACK RIGHT-POINTING TRIANGLE} Extended highlights \N{MIDDLE DOT} {dur}",
        ),
        tickets=(
            "Tickets for our home game against {them} are on sale now.",
            "Don't miss {them} at home: members' priority window open now.",
        ),
        buy=("Buy tickets", "Get tickets"),
        fixtures=("Upcoming fixtures", "Fixtures"),
        home_away=("(H)", "(A)"),
        partners=("Our partners", "Official partners", "Principal partner"),
        sponsors=("Halden Bank", "Vireo Air", "Coldstream Brewery", "Orbis Telecom", "Marlow Motors", "PlayStrike"),
        kit=("New home shirt {season} \N{EN DASH} {amount}", "Shop the {season} away kit now"),
        member=(
            "Become a {season} member and never miss a home game.",
            "Season tickets for {season} are available from the box office.",
        ),
        latest=("Latest news", "More club news"),
        money="\N{POUND SIGN}{a}",
    ),
    "es": Club(
        account=("Entradas", "Tienda", "Socios", "Club TV"),
        sections=("Primer equipo", "Cantera", "Femenino", "Club", "Fundación"),
        media=("Prensa {site}", "Por {author}", "Texto: {author}"),
        next_match=(
            "Próximo partido: {us} - {them} \N{MIDDLE DOT} {day} {time}",
            "Siguiente rival: {them} (en casa) \N{EN DASH} {day}, {time}",
        ),
        opponents=("CD Alcalá", "Real Villanueva", "UD San Pedro", "Atlético Ribera", "SD Costa Norte"),
        result=("Final: {us} {a}-{b} {them}", "Resultado final | {us} {a}-{b} {them}"),
        highlights=(
            "Mira el resumen ({dur})",
            "\N{BLACK RIGHT-POINTING TRIANGLE} Resumen del partido \N{MIDDLE DOT} {dur}",
        ),
        tickets=(
            "Ya están a la venta las entradas para el partido ante el {them}.",
            "No te pierdas el {them} en casa: venta preferente para socios abierta.",
        ),
        buy=("Comprar entradas", "Entradas"),
        fixtures=("Próximos partidos", "Calendario"),
        home_away=("(L)", "(V)"),
        partners=("Nuestros patrocinadores", "Patrocinadores oficiales", "Patrocinador principal"),
        sponsors=("Banco Ribera", "Aerolíneas Sol", "Cervezas Montaña", "Telenorte", "Motor Levante", "JuegaYa"),
        kit=("Nueva camiseta {season} \N{EN DASH} {amount}", "Ya disponible la segunda equipación {season}"),
        member=(
            "Hazte socio para la temporada {season} y no te pierdas ningún partido en casa.",
            "Los abonos de la temporada {season} ya están disponibles en taquilla.",
        ),
        latest=("Últimas noticias", "Más noticias del club"),
        money="{a} \N{EURO SIGN}",
    ),
    "sk": Club(
        account=("Vstupenky", "Fanshop", "Členstvo", "Klubová TV"),
        sections=("A-tím", "Mládež", "Ženy", "Klub", "Komunita"),
        media=("Tlačové oddelenie {site}", "Autor: {author}"),
        next_match=(
            "Najbližší zápas: {us} \N{EN DASH} {them} \N{MIDDLE DOT} {day} {time}",
            "Ďalší súper: {them} (doma) \N{EN DASH} {day} o {time}",
        ),
        opponents=("MFK Nitra", "FK Prešov", "ŠK Banská Bystrica", "TJ Považie", "FC Tatran Poprad"),
        result=("Koniec: {us} {a}:{b} {them}", "Výsledok | {us} {a}:{b} {them}"),
        highlights=(
            "Pozrite si zostrih ({dur})",
            "\N{BLACK RIGHT-POINTING TRIANGLE} Zostrih zápasu \N{MIDDLE DOT} {dur}",
        ),
        tickets=(
            "Vstupenky na domáci zápas proti súperovi {them} sú už v predaji.",
            "Nenechajte si ujsť zápas so súperom {them}: predpredaj pre členov je otvorený.",
        ),
        buy=("Kúpiť vstupenky", "Vstupenky"),
        fixtures=("Najbližšie zápasy", "Program zápasov"),
        home_away=("(D)", "(V)"),
        partners=("Naši partneri", "Generálny partner", "Oficiálni partneri"),
        sponsors=("Tatra Poisťovňa", "Dunaj Air", "Pivovar Hron", "SlovTel", "Auto Váh", "Tipuj.sk"),
        kit=("Nový domáci dres {season} \N{EN DASH} {amount}", "Vonkajší dres {season} už vo fanshope"),
        member=(
            "Staňte sa členom klubu na sezónu {season} a nezmeškajte žiadny domáci zápas.",
            "Permanentky na sezónu {season} sú v predaji v pokladni štadióna.",
        ),
        latest=("Najnovšie správy", "Ďalšie klubové správy"),
        money="{a} \N{EURO SIGN}",
    ),
    "sl": Club(
        account=("Vstopnice", "Trgovina", "Člani", "Klubska TV"),
        sections=("Člansko moštvo", "Mladinski pogon", "Ženska ekipa", "Klub", "Skupnost"),
        media=("Služba za odnose z javnostmi", "Avtor: {author}"),
        next_match=(
            "Naslednja tekma: {us} \N{EN DASH} {them} \N{MIDDLE DOT} {day} ob {time}",
            "Naslednji tekmec: {them} (doma) \N{EN DASH} {day}, {time}",
        ),
        opponents=("NK Celje", "NK Kranj", "ND Novo mesto", "NK Primorje", "NK Savinja"),
        result=("Konec: {us} {a}:{b} {them}", "Končni izid | {us} {a}:{b} {them}"),
        highlights=(
            "Oglejte si posnetek ({dur})",
            "\N{BLACK RIGHT-POINTING TRIANGLE} Vrhunci tekme \N{MIDDLE DOT} {dur}",
        ),
        tickets=(
            "Vstopnice za domačo tekmo z ekipo {them} so že v prodaji.",
            "Ne zamudite tekme z ekipo {them}: predprodaja za člane je odprta.",
        ),
        buy=("Kupi vstopnice", "Vstopnice"),
        fixtures=("Prihajajoče tekme", "Razpored tekem"),
        home_away=("(D)", "(G)"),
        partners=("Naši partnerji", "Glavni sponzor", "Uradni partnerji"),
        sponsors=("Alpska banka", "Adria Let", "Pivovarna Savinja", "Teleplus", "Avto Krka", "Stavim.si"),
        kit=("Nov domači dres {season} \N{EN DASH} {amount}", "Gostujoči dres {season} že v trgovini"),
        member=(
            "Postanite član za sezono {season} in ne zamudite nobene domače tekme.",
            "Sezonske vstopnice za {season} so na voljo na blagajni stadiona.",
        ),
        latest=("Zadnje novice", "Več klubskih novic"),
        money="{a} \N{EURO SIGN}",
    ),
    "lt": Club(
        account=("Bilietai", "Parduotuvė", "Nariams", "Klubo TV"),
        sections=("Pagrindinė komanda", "Akademija", "Moterys", "Klubas", "Bendruomenė"),
        media=("{site} žiniasklaida", "Autorius: {author}"),
        next_match=(
            "Kitos rungtynės: {us} \N{EN DASH} {them} \N{MIDDLE DOT} {day} {time}",
            "Kitas varžovas: {them} (namuose) \N{EN DASH} {day}, {time}",
        ),
        opponents=("FK Šiauliai", "FK Panevėžys", "Alytaus Dainava", "Kauno Žalgiris", "FK Banga"),
        result=("Pabaiga: {us} {a}:{b} {them}", "Galutinis rezultatas | {us} {a}:{b} {them}"),
        highlights=(
            "Žiūrėkite apžvalgą ({dur})",
            "\N{BLACK RIGHT-POINTING TRIANGLE} Rungtynių apžvalga \N{MIDDLE DOT} {dur}",
        ),
        tickets=(
            "Bilietai į namų rungtynes su {them} jau parduodami.",
            "Nepraleiskite rungtynių su {them}: išankstinė prekyba nariams jau prasidėjo.",
        ),
        buy=("Pirkti bilietus", "Bilietai"),
        fixtures=("Artimiausios rungtynės", "Tvarkaraštis"),
        home_away=("(N)", "(S)"),
        partners=("Mūsų partneriai", "Generalinis rėmėjas", "Oficialūs partneriai"),
        sponsors=(
            "Baltijos bankas",
            "Gintaro avialinijos",
            "Švyturio alus",
            "Telekomas LT",
            "Auto Nemunas",
            "Lažybos.lt",
        ),
        kit=("Nauji namų marškinėliai {season} \N{EN DASH} {amount}", "Išvykos apranga {season} jau parduotuvėje"),
        member=(
            "Tapkite {season} sezono nariu ir nepraleiskite nė vienų namų rungtynių.",
            "{season} sezono abonementai parduodami stadiono kasoje.",
        ),
        latest=("Naujausios žinios", "Daugiau klubo naujienų"),
        money="{a} \N{EURO SIGN}",
    ),
}
SEVENTH_SITE_NAMES["en"] |= {"club": ("Riverton FC", "Millbrook Albion")}
SEVENTH_SITE_NAMES["es"] |= {"club": ("Club Deportivo Villanueva", "Racing San Pedro")}
SEVENTH_SITE_NAMES["sk"] |= {"club": ("FK Tatran Prešov", "MŠK Nitra 1909")}
SEVENTH_SITE_NAMES["sl"] |= {"club": ("NK Celje 1919", "ND Gorica")}
SEVENTH_SITE_NAMES["lt"] |= {"club": ("FK Šiaulių Sakalai", "Panevėžio Ekranas")}


# --- the eighth held-out split: three more languages, and wording for its new templates -------------------
# (a newspaper's courts desk, its property section with listings, a TV and streaming desk, an election
# results desk). Written by a helper not working on the learner, before the learner was run on it; the
# phrasing is new, not translated from the earlier splits' wording.

ET = Words(
    months=(
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ),
    weekdays=("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    dates=("{d}. {month} {y}, {h}:{mi}", "{dd}.{mm}.{y} {h}:{mi}", "{weekday}, {d}. {month} {y}", "{dd}.{mm}.{y}"),
    ago=("{n} minutit tagasi", "{n} tundi tagasi", "{n} päeva tagasi", "tund aega tagasi"),
    nav=(
        "Avaleht",
        "Uudised",
        "Eesti",
        "Maailm",
        "Majandus",
        "Sport",
        "Kultuur",
        "Tervis",
        "Tehnika",
        "Arvamus",
        "Kinnisvara",
        "Auto",
        "Ilm",
    ),
    footer_nav=("Meist", "Kontakt", "Reklaam", "Privaatsuspoliitika", "Küpsised", "Kasutustingimused"),
    account=("Logi sisse", "Telli", "Otsi", "Menüü", "Minu konto"),
    authors=("Kadri Tamm", "Marko Saar", "Liis Kask", "Andres Mägi", "Triin Sepp", "Rein Lepik"),
    agencies=("BNS", "ERR", "Reuters", "AFP", "AP"),
    site_names=("Tartu Teataja", "Virumaa Sõnumid", "Läänlane Täna", "Pärnumaa Päevaleht"),
    taglines=("Sõltumatu uudisteportaal", "Uudised, millele saab loota"),
    byline=("Autor: {author}", "{author}", "Tekst: {author}"),
    published=("Avaldatud: {date}", "{date}", "Avaldatud {date}"),
    updated=("Uuendatud {ago}", "Uuendatud: {date}"),
    views=("{n} vaatamist", "Loetud {n} korda"),
    reading=("Lugemisaeg: {n} min", "{n} min lugemist"),
    ad=("Reklaam", "REKLAAM", "Sisuturundus"),
    ad_continue=("Artikkel jätkub pärast reklaami", "Loe edasi allpool"),
    read_also=("Loe ka:", "LOE KA", "Seotud:", "Samal teemal:"),
    share_a=("Jaga", "Facebook", "X", "WhatsApp", "E-post"),
    share_b=("Jaga artiklit", "Jaga Facebookis", "Kopeeri link"),
    share_end=("Jaga", "Jaga:", "Meeldis lugu? Jaga seda sõpradega!"),
    newsletter=(
        "Telli meie hommikune uudiskiri ja päeva olulisemad uudised jõuavad sinuni enne tööpäeva algust.",
        "Ole kursis: laadi alla {site} äpp ja lülita teavitused sisse.",
    ),
    channel=("Jälgi {site} Google Newsis", "Liitu meie Telegrami kanaliga"),
    tags=("Teemad: {tags}", "Märksõnad: {tags}"),
    topics=("valimised", "hinnatõus", "haridus", "haiglad", "maanteed", "energia", "üürikorterid", "turism"),
    trending=("Loetuimad", "Praegu loetakse", "Populaarne"),
    related=("Seotud artiklid", "Sind võib huvitada", "Veel uudiseid"),
    more_from=("Veel rubriigist {category}", "Uusimad: {category}"),
    comments_head=("{n} kommentaari", "Kommentaarid ({n})"),
    comment_meta=("{name} · {ago}", "{name} kirjutas:"),
    comment_actions=("Vasta", "Teata"),
    comment_form=("Lisa kommentaar", "Sinu e-posti aadressi ei avaldata.", "Saada"),
    comment_texts=(
        "Väga hea artikkel, aitäh.",
        "Ma ei ole sellega üldse nõus.",
        "Lõpuks keegi kirjutab sellest.",
        "Ja kes selle kinni maksab?",
    ),
    copyright=("© {y} {site}. Kõik õigused kaitstud.", "Copyright © {y} {site} AS"),
    cookie=("See veebileht kasutab küpsiseid, et sinu kasutajakogemust parandada.", "Nõustu kõigiga / Seaded"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Avaleht",
    disclaimer=("Kommentaarides avaldatud arvamused ei pruugi ühtida toimetuse seisukohaga.",),
    app=("Laadi alla {site} äpp", "Laadi alla"),
    pagination=("Järgmine artikkel", "Eelmine artikkel"),
)

LV = Words(
    months=(
        "janvāris",
        "februāris",
        "marts",
        "aprīlis",
        "maijs",
        "jūnijs",
        "jūlijs",
        "augusts",
        "septembris",
        "oktobris",
        "novembris",
        "decembris",
    ),
    weekdays=("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"),
    dates=("{d}. {month}, {y} {h}:{mi}", "{dd}.{mm}.{y}. {h}:{mi}", "{weekday}, {d}. {month}", "{dd}.{mm}.{y}."),
    ago=("pirms {n} minūtēm", "pirms {n} stundām", "pirms {n} dienām", "pirms stundas"),
    nav=(
        "Sākums",
        "Ziņas",
        "Latvijā",
        "Pasaulē",
        "Bizness",
        "Sports",
        "Kultūra",
        "Veselība",
        "Tehnoloģijas",
        "Viedokļi",
        "Īpašums",
        "Auto",
        "Laikapstākļi",
    ),
    footer_nav=("Par mums", "Kontakti", "Reklāma", "Privātuma politika", "Sīkdatnes", "Lietošanas noteikumi"),
    account=("Ienākt", "Abonēt", "Meklēt", "Izvēlne", "Mans profils"),
    authors=("Līga Ozola", "Jānis Bērziņš", "Ilze Kalniņa", "Māris Liepiņš", "Dace Zariņa", "Andris Krūmiņš"),
    agencies=("LETA", "BNS", "Reuters", "AFP", "AP"),
    site_names=("Kurzemes Vēstis", "Zemgales Ziņas Šodien", "Latgales Balss", "Vidzemes Avīze"),
    taglines=("Neatkarīgs ziņu portāls", "Ziņas, kurām var uzticēties"),
    byline=("Autors: {author}", "{author}", "Teksts: {author}"),
    published=("Publicēts: {date}", "{date}", "Publicēts {date}"),
    updated=("Atjaunots {ago}", "Atjaunots: {date}"),
    views=("{n} skatījumi", "Lasīts {n} reizes"),
    reading=("Lasīšanas laiks: {n} min", "{n} min lasīšanai"),
    ad=("Reklāma", "REKLĀMA", "Sadarbības materiāls"),
    ad_continue=("Raksts turpinās pēc reklāmas", "Turpinājums zemāk"),
    read_also=("Lasi arī:", "LASI VĒL", "Saistīts:", "Par šo tēmu:"),
    share_a=("Dalīties", "Facebook", "X", "WhatsApp", "E-pasts"),
    share_b=("Dalies ar rakstu", "Dalīties Facebook", "Kopēt saiti"),
    share_end=("Dalīties", "Dalies:", "Patika raksts? Pastāsti draugiem!"),
    newsletter=(
        "Piesakies mūsu rīta jaunumu vēstulei, un dienas svarīgākās ziņas saņemsi jau pirms brokastīm.",
        "Esi lietas kursā: lejupielādē {site} lietotni un ieslēdz paziņojumus.",
    ),
    channel=("Seko {site} Google News", "Pievienojies mūsu Telegram kanālam"),
    tags=("Tēmas: {tags}", "Atslēgvārdi: {tags}"),
    topics=("vēlēšanas", "inflācija", "izglītība", "slimnīcas", "ceļi", "enerģētika", "īres dzīvokļi", "tūrisms"),
    trending=("Lasītākie", "Šobrīd lasa", "Populāri"),
    related=("Saistītie raksti", "Tevi varētu interesēt", "Vēl ziņas"),
    more_from=("Vēl no sadaļas {category}", "Jaunākais: {category}"),
    comments_head=("{n} komentāri", "Komentāri ({n})"),
    comment_meta=("{name} · {ago}", "{name} raksta:"),
    comment_actions=("Atbildēt", "Ziņot"),
    comment_form=("Pievieno komentāru", "Tava e-pasta adrese netiks publicēta.", "Sūtīt"),
    comment_texts=(
        "Lielisks raksts, paldies.",
        "Pilnīgi nepiekrītu.",
        "Beidzot kāds par to raksta.",
        "Un kurš maksās?",
    ),
    copyright=("© {y} {site}. Visas tiesības aizsargātas.", "Copyright © {y} SIA „{site}”"),
    cookie=("Šī vietne izmanto sīkdatnes, lai uzlabotu tavu pieredzi.", "Piekrītu visām / Iestatījumi"),
    caption=("Foto: {agency}", "Foto: {author}/{agency}", "FOTO: {agency}"),
    breadcrumb_home="Sākums",
    disclaimer=("Komentāros paustais viedoklis var nesakrist ar redakcijas viedokli.",),
    app=("Lejupielādē {site} lietotni", "Lejupielādēt"),
    pagination=("Nākamais raksts", "Iepriekšējais raksts"),
)

KO = Words(
    months=("1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월"),
    weekdays=("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    dates=("{y}.{mm}.{dd} {h}:{mi}", "{y}년 {m}월 {d}일 {h}:{mi}", "{y}-{mm}-{dd} {h}:{mi}:{s}", "{y}.{mm}.{dd}"),
    ago=("{n}분 전", "{n}시간 전", "{n}일 전", "1시간 전"),
    nav=(
        "홈",
        "정치",
        "경제",
        "사회",
        "국제",
        "문화",
        "스포츠",
        "연예",
        "IT·과학",
        "오피니언",
        "부동산",
        "생활",
        "날씨",
    ),
    footer_nav=("회사소개", "광고문의", "개인정보처리방침", "청소년보호정책", "이용약관", "고충처리인"),
    account=("로그인", "회원가입", "검색", "전체메뉴", "마이페이지"),
    authors=("김민지", "이준호", "박서연", "최동욱", "정하은", "강태윤"),
    agencies=("연합뉴스", "뉴시스", "뉴스1", "AP", "AFP"),
    site_names=("한빛일보", "동남신문", "새아침뉴스", "바른경제신문"),
    taglines=("정직한 언론, 깨어 있는 시민", "세상을 보는 창"),
    byline=("{author} 기자", "글 {author} 기자", "{author} 기자 {email}"),
    published=("입력 {date}", "등록 {date}", "기사입력 {date}"),
    updated=("수정 {date}", "업데이트 {ago}"),
    views=("조회 {n}", "조회수 {n}"),
    reading=("읽는 시간 {n}분", "{n}분 분량"),
    ad=("광고", "AD", "[광고]"),
    ad_continue=("광고 아래 기사가 계속됩니다", "기사 계속"),
    read_also=("관련기사", "▶ 함께 보면 좋은 기사", "[관련기사]", "같이 읽기:"),
    share_a=("공유", "카카오톡", "페이스북", "X", "링크복사"),
    share_b=("기사 공유하기", "카카오톡 공유", "URL 복사"),
    share_end=("공유", "이 기사를 공유합니다", "기사가 마음에 드셨나요? 공유해 주세요!"),
    newsletter=(
        "매일 아침 7시, 꼭 읽어야 할 뉴스를 뉴스레터로 받아보세요.",
        "{site} 앱을 설치하고 속보 알림을 받아보세요.",
    ),
    channel=("네이버 뉴스에서 {site} 구독하기", "{site} 카카오톡 채널을 추가하세요"),
    tags=("#태그 {tags}", "키워드: {tags}"),
    topics=("총선", "물가", "교육", "의료", "고속도로", "에너지", "전세", "관광"),
    trending=("많이 본 뉴스", "실시간 인기기사", "지금 뜨는 기사"),
    related=("관련 기사", "추천 기사", "이 시각 주요뉴스"),
    more_from=("{category} 최신기사", "{category} 더보기"),
    comments_head=("댓글 {n}", "댓글 ({n})"),
    comment_meta=("{name} · {ago}", "{name}님"),
    comment_actions=("답글", "신고"),
    comment_form=("댓글을 입력하세요", "욕설, 비방 댓글은 삭제될 수 있습니다.", "등록"),
    comment_texts=(
        "좋은 기사 감사합니다.",
        "전혀 동의하지 않습니다.",
        "드디어 이런 기사가 나오네요.",
        "그 돈은 누가 내나요?",
    ),
    copyright=("<저작권자 © {site}, 무단전재 및 재배포 금지>", "Copyright © {y} {site}. All rights reserved."),
    cookie=("이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.", "모두 동의 / 설정"),
    caption=("사진: {agency}", "사진={agency}", "{agency} 제공"),
    breadcrumb_home="홈",
    disclaimer=("댓글은 작성자의 의견이며 본지의 편집 방향과 다를 수 있습니다.",),
    app=("{site} 앱 설치하기", "설치"),
    pagination=("다음 기사", "이전 기사"),
)
WORDS |= {"et": ET, "lv": LV, "ko": KO}
TLDS |= {"et": ".ee", "lv": ".lv", "ko": ".co.kr"}
TOWNS |= {
    "et": ("Tartu", "Pärnu", "Rakvere"),
    "lv": ("Liepāja", "Jelgava", "Valmiera"),
    "ko": ("수원", "청주", "전주"),
}
PHONES |= {"et": "+372 999 9999", "lv": "+371 29 999 999", "ko": "02-999-9999"}
# Thousands separators of the eighth split's languages, where they are not a full stop.
EIGHTH_SEPARATORS = {"et": "\N{NO-BREAK SPACE}", "lv": " ", "ko": ","}


@dataclass(frozen=True)
class Courts:
    """Wording for a newspaper's courts desk: the case box (court, case number, judge, charge, stage), the
    presumption of innocence and "not yet final" notices, reporting restrictions, the next hearing, the
    victims' helpline, comments closed for legal reasons, related rulings and the court-reporting note."""

    desk: tuple[str, ...]  # the kicker
    courts: tuple[str, ...]  # {town}
    judges: tuple[str, ...]
    charges: tuple[str, ...]
    stages: tuple[str, ...]
    labels: tuple[str, str, str, str, str]  # court, case number, judge, charge, stage
    case_no: tuple[str, ...]  # {y} {yy} {a} (three digits) {b} (five digits)
    presumed: tuple[str, ...]  # a sentence
    not_final: tuple[str, ...]  # a sentence: {days}
    next_hearing: tuple[str, ...]  # {date}
    restrictions: tuple[str, ...]  # a sentence
    support: tuple[str, ...]  # a sentence: {phone}
    closed: tuple[str, ...]  # comments closed
    rulings: tuple[str, ...]  # the heading over related rulings
    record: tuple[str, ...]  # the desk's note at the end: {site}


COURTS: dict[str, Courts] = {
    "en": Courts(
        desk=("Courts", "Crime & Courts", "Court Reports"),
        courts=("{town} Crown Court", "{town} Magistrates' Court", "High Court", "Court of Appeal"),
        judges=("Alison Pryce", "Martin Okafor", "Helen Voss", "Richard Hallam"),
        charges=("Fraud by abuse of position", "Dangerous driving", "Assault occasioning ABH", "Burglary", "Arson"),
        stages=("First appearance", "Trial", "Sentencing", "Appeal hearing", "Plea hearing"),
        labels=("Court", "Case no.", "Judge", "Charge", "Stage"),
        case_no=("T{y}{a}{b}", "CR-{y}-{b}", "{a}/{yy}/{b}"),
        presumed=(
            "All defendants are presumed innocent until proven guilty in a court of law.",
            "A charge is an allegation, and the defendant is presumed innocent unless and until proven guilty.",
        ),
        not_final=(
            "The ruling is not final and may be appealed within {days} days.",
            "Either side may appeal the decision within {days} days.",
        ),
        next_hearing=("Next hearing: {date}", "The case returns to court on {date}"),
        restrictions=(
            "Reporting restrictions apply to this case and some details cannot be published.",
            "A court order prevents the identification of the complainant.",
        ),
        support=(
            "If you have been affected by the issues in this story, Victim Support can be reached on {phone}.",
            "Support for victims of crime is available free of charge on {phone}, day and night.",
        ),
        closed=(
            "Comments have been closed on this article for legal reasons.",
            "Comments are disabled on court cases.",
        ),
        rulings=("Related rulings", "More from the courts", "Recent judgments"),
        record=(
            "This report is based on proceedings in open court. {site} follows the Editors' Code on court reporting.",
            "{site} reports court cases as they are heard; where a defendant is acquitted we will publish that too.",
        ),
    ),
    "de": Courts(
        desk=("Justiz", "Gericht", "Polizei & Justiz"),
        courts=("Amtsgericht {town}", "Landgericht {town}", "Oberlandesgericht", "Verwaltungsgericht {town}"),
        judges=("Anja Behrens", "Thomas Kühne", "Elif Yıldız", "Jan Roth"),
        charges=(
            "Betrug",
            "Gefährliche Körperverletzung",
            "Fahrlässige Tötung",
            "Wohnungseinbruchdiebstahl",
            "Untreue",
        ),
        stages=("Prozessauftakt", "Beweisaufnahme", "Plädoyers", "Urteil", "Berufungsverhandlung"),
        labels=("Gericht", "Aktenzeichen", "Vorsitz", "Tatvorwurf", "Verfahrensstand"),
        case_no=("{a} Js {b}/{yy}", "{a} KLs {b}/{yy}", "Az. {a} O {b}/{yy}"),
        presumed=(
            "Für die Angeklagten gilt bis zu einer rechtskräftigen Verurteilung die Unschuldsvermutung.",
            "Bis zu einem rechtskräftigen Urteil gilt die Unschuldsvermutung.",
        ),
        not_final=(
            "Das Urteil ist noch nicht rechtskräftig; die Beteiligten können binnen {days} Tagen Revision einlegen.",
            "Gegen die Entscheidung kann innerhalb von {days} Tagen Berufung eingelegt werden.",
        ),
        next_hearing=("Nächster Verhandlungstag: {date}", "Fortsetzung am {date}"),
        restrictions=(
            "Zum Schutz der Beteiligten nennen wir keine vollständigen Namen.",
            "Die Öffentlichkeit war während der Aussage des Opfers ausgeschlossen.",
        ),
        support=(
            "Opfer von Straftaten erhalten kostenlos Hilfe beim Weissen Ring unter {phone}.",
            "Sie sind selbst betroffen? Das Opfer-Telefon ist unter {phone} täglich erreichbar.",
        ),
        closed=("Die Kommentarfunktion ist bei Gerichtsberichten deaktiviert.", "Kommentare sind hier geschlossen."),
        rulings=("Weitere Urteile", "Mehr aus dem Gerichtssaal", "Aktuelle Entscheidungen"),
        record=(
            "{site} berichtet über Strafverfahren nach den Grundsätzen des Pressekodex.",
            "Die Berichterstattung von {site} stützt sich auf die öffentliche Hauptverhandlung.",
        ),
    ),
    "et": Courts(
        desk=("Kohus", "Krimi ja kohus", "Kohtusaal"),
        courts=("Harju maakohus", "Tartu maakohus", "Pärnu maakohus", "Tallinna ringkonnakohus", "Riigikohus"),
        judges=("Kaja Lind", "Urmas Ots", "Piret Vaher", "Toomas Raud"),
        charges=("kelmus", "joobes juhtimine", "kehaline väärkohtlemine", "vargus", "altkäemaksu võtmine"),
        stages=("eelistung", "kohtuistung", "kohtuotsus", "apellatsioon", "kokkuleppemenetlus"),
        labels=("Kohus", "Kohtuasi", "Kohtunik", "Süüdistus", "Menetluse seis"),
        case_no=("1-{yy}-{b}", "2-{yy}-{b}", "4-{yy}-{b}"),
        presumed=(
            "Kuni süüd tõendava kohtuotsuse jõustumiseni kehtib süütuse presumptsioon.",
            "Kedagi ei tohi käsitleda süüdlasena enne, kui tema kohta on jõustunud süüdimõistev kohtuotsus.",
        ),
        not_final=(
            "Kohtuotsus ei ole jõustunud ja selle saab {days} päeva jooksul edasi kaevata.",
            "Otsuse peale võib {days} päeva jooksul esitada apellatsiooni.",
        ),
        next_hearing=("Järgmine istung: {date}", "Kohtuistung jätkub {date}"),
        restrictions=(
            "Kohus kuulutas istungi osaliselt kinniseks ja kõiki üksikasju ei saa avaldada.",
            "Kannatanu isikuandmeid ei avaldata.",
        ),
        support=(
            "Kui oled ise vägivalla ohver, saad abi ööpäevaringselt ohvriabi telefonil {phone}.",
            "Ohvriabi kriisitelefon {phone} töötab iga päev ja on tasuta.",
        ),
        closed=("Kohtuteemaliste artiklite kommenteerimine on suletud.", "Kommentaarid on välja lülitatud."),
        rulings=("Seotud kohtulahendid", "Veel kohtusaalist", "Värsked kohtuotsused"),
        record=(
            "{site} kajastab kohtuasju avalike istungite ja kohtulahendite põhjal.",
            "{site} avaldab ka õigeksmõistva otsuse, kui kohus süüdistatava õigeks mõistab.",
        ),
    ),
    "lv": Courts(
        desk=("Tiesa", "Kriminālziņas", "Tiesu zāle"),
        courts=("Rīgas rajona tiesa", "Kurzemes rajona tiesa", "Vidzemes apgabaltiesa", "Augstākā tiesa"),
        judges=("Inese Lāce", "Guntis Vītols", "Sandra Ērgle", "Raimonds Kalējs"),
        charges=(
            "krāpšana",
            "transportlīdzekļa vadīšana reibumā",
            "miesas bojājumu nodarīšana",
            "zādzība",
            "kukuļņemšana",
        ),
        stages=("sagatavošanas sēde", "lietas iztiesāšana", "spriedums", "apelācija", "vienošanās process"),
        labels=("Tiesa", "Lietas Nr.", "Tiesnesis", "Apsūdzība", "Procesa stadija"),
        case_no=("K{a}{b}{yy}", "C{a}{b}{yy}", "11{a}0{b}{yy}"),
        presumed=(
            "Personu nevar uzskatīt par vainīgu, kamēr tās vaina nav pierādīta likumā noteiktajā kārtībā.",
            "Līdz sprieduma stāšanās spēkā apsūdzētais uzskatāms par nevainīgu.",
        ),
        not_final=(
            "Spriedums nav stājies spēkā, un to {days} dienu laikā var pārsūdzēt.",
            "Lēmumu var pārsūdzēt {days} dienu laikā.",
        ),
        next_hearing=("Nākamā tiesas sēde: {date}", "Lietas izskatīšana turpināsies {date}"),
        restrictions=(
            "Tiesa lietu skata slēgtā sēdē, tādēļ visas detaļas netiek publiskotas.",
            "Cietušās personas vārds netiek atklāts.",
        ),
        support=(
            "Ja esi cietis no noziedzīga nodarījuma, palīdzību vari saņemt pa tālruni {phone}.",
            "Cietušo atbalsta tālrunis {phone} darbojas katru dienu un ir bezmaksas.",
        ),
        closed=("Rakstu komentēšana par tiesu lietām ir slēgta.", "Komentāri šim rakstam ir izslēgti."),
        rulings=("Saistītie nolēmumi", "Vēl no tiesu zālēm", "Jaunākie spriedumi"),
        record=(
            "{site} atspoguļo tiesu procesus, balstoties uz atklātās tiesas sēdēs dzirdēto.",
            "Ja apsūdzētais tiks attaisnots, {site} par to informēs.",
        ),
    ),
}


@dataclass(frozen=True)
class Estate:
    """Wording for a newspaper's property section: listing boxes set in the story (price, rooms, area,
    floor, energy class, listing number, open house, price cuts), the agent's card, the mortgage
    calculator prompt, the local market figure, the home search, similar homes and the prices note."""

    section: tuple[str, ...]
    money: str  # {a}: an amount as the language writes it
    price: tuple[str, ...]  # "Asking price: {price}"
    facts: tuple[str, ...]  # {rooms} {area} {floor} {floors} {kind}
    kinds: tuple[str, ...]
    streets: tuple[str, ...]  # {num}
    energy: tuple[str, ...]  # {cls}
    listing_id: tuple[str, ...]  # {id}
    view: tuple[str, ...]  # the listing's button
    reduced: tuple[str, ...]  # {pct}
    open_house: tuple[str, ...]  # {day} {h} {h2}
    agent_head: tuple[str, ...]
    agents: tuple[str, ...]
    agencies: tuple[str, ...]
    mortgage: tuple[str, ...]  # a sentence, then the calculator's button
    calculate: tuple[str, ...]
    market: tuple[str, ...]  # {town} {price} {change}
    search: tuple[str, str, str, str, str]  # heading, location, price, rooms, button
    similar: tuple[str, ...]  # the heading
    similar_row: tuple[str, ...]  # {rooms} {kind} {town} {price}
    note: tuple[str, ...]  # the prices note: {site}
    partner: tuple[str, ...]  # {agency}


ESTATE: dict[str, Estate] = {
    "en": Estate(
        section=("Property", "Homes", "Homes & Property"),
        money="£{a}",
        price=("Asking price: {price}", "Guide price {price}", "{price}"),
        facts=("{rooms} bedrooms \N{MIDDLE DOT} {area} sq m \N{MIDDLE DOT} {kind}", "{kind} | {rooms} bed | {area} m²"),
        kinds=("Flat", "Semi-detached house", "Terraced house", "Detached house", "Maisonette"),
        streets=("{num} Orchard Lane", "{num} Station Road", "Flat {num}, Mill Court", "{num} Church View"),
        energy=("EPC rating: {cls}", "Energy rating {cls}"),
        listing_id=("Ref: {id}", "Listing ID {id}"),
        view=("View listing", "See full details", "Book a viewing"),
        reduced=("Reduced by {pct}%", "Price cut: {pct}%"),
        open_house=("Open house: {day}, {h}:00\N{EN DASH}{h2}:00", "Viewings {day} from {h}am"),
        agent_head=("Marketed by", "Contact the agent", "Listed by"),
        agents=("Sarah Whitfield", "Tom Ashdown", "Priya Nair", "Gareth Llewellyn"),
        agencies=("Hartley & Co Estate Agents", "Brook Lettings", "Keystone Homes", "Meridian Property"),
        mortgage=(
            "Find out what you could borrow with our mortgage calculator.",
            "How much would your monthly repayments be? Try our free calculator.",
        ),
        calculate=("Calculate", "Work it out"),
        market=(
            "Average asking price in {town}: {price} ({change} on last year)",
            "{town} house prices: {price} average, {change} in 12 months",
        ),
        search=("Find your next home", "Location", "Max price", "Bedrooms", "Search"),
        similar=("Similar homes for sale", "More properties nearby", "You might also like"),
        similar_row=("{rooms} bed {kind}, {town} \N{EM DASH} {price}", "{kind} in {town}, {price}"),
        note=(
            "Prices shown are asking prices supplied by the agents and may change.",
            "{site} is not responsible for the accuracy of listings supplied by third parties.",
        ),
        partner=("In partnership with {agency}", "Promoted by {agency}"),
    ),
    "et": Estate(
        section=("Kinnisvara", "Kodu", "Kodu ja kinnisvara"),
        money="{a} €",
        price=("Hind: {price}", "Müügihind {price}", "{price}"),
        facts=(
            "{rooms} tuba \N{MIDDLE DOT} {area} m² \N{MIDDLE DOT} {floor}/{floors} korrus",
            "{kind}, {rooms}-toaline, {area} m²",
        ),
        kinds=("korter", "ridaelamuboks", "eramu", "paarismaja", "suvila"),
        streets=("Tähe {num}", "Riia mnt {num}", "Pikk {num}", "Kase {num}"),
        energy=("Energiaklass: {cls}", "Energiamärgis {cls}"),
        listing_id=("Kuulutuse nr {id}", "ID: {id}"),
        view=("Vaata kuulutust", "Kõik andmed", "Broneeri vaatamine"),
        reduced=("Hind alanes {pct}%", "Soodushind: \N{MINUS SIGN}{pct}%"),
        open_house=("Avatud uste päev: {day}, kell {h}\N{EN DASH}{h2}", "Näitamine {day} kell {h}.00"),
        agent_head=("Maakler", "Küsi lisa maaklerilt", "Kuulutaja"),
        agents=("Kristi Org", "Madis Pärn", "Helen Kuusk", "Jaanus Vaher"),
        agencies=("Kodumaakler OÜ", "Pärnu Kinnisvarabüroo", "Lõunakodu", "Linnakodu Maaklerid"),
        mortgage=(
            "Arvuta kodulaenu kalkulaatoriga, kui suur oleks sinu igakuine makse.",
            "Kui palju saaksid laenata? Proovi meie kodulaenu kalkulaatorit.",
        ),
        calculate=("Arvuta", "Arvuta makse"),
        market=(
            "Keskmine ruutmeetri hind: {town} {price} ({change} aastaga)",
            "{town}: ruutmeeter maksab keskmiselt {price}, muutus aastaga {change}",
        ),
        search=("Leia uus kodu", "Asukoht", "Maksimaalne hind", "Tubade arv", "Otsi"),
        similar=("Sarnased kuulutused", "Veel kodusid lähedal", "Sulle võib meeldida"),
        similar_row=("{rooms}-toaline {kind}, {town} \N{EN DASH} {price}", "{kind}, {town}, {price}"),
        note=(
            "Kuulutuste hinnad on müüjate küsitud hinnad ja võivad muutuda.",
            "{site} ei vastuta kolmandate osapoolte esitatud kuulutuste õigsuse eest.",
        ),
        partner=("Koostöös: {agency}", "Sisuturundus koostöös {agency}"),
    ),
    "lv": Estate(
        section=("Īpašums", "Mājoklis", "Nekustamais īpašums"),
        money="{a} €",
        price=("Cena: {price}", "Pārdošanas cena {price}", "{price}"),
        facts=(
            "{rooms} istabas \N{MIDDLE DOT} {area} m² \N{MIDDLE DOT} {floor}/{floors}. stāvs",
            "{kind}, {rooms} ist., {area} m²",
        ),
        kinds=("dzīvoklis", "rindu māja", "privātmāja", "dvīņu māja", "vasarnīca"),
        streets=("Brīvības iela {num}", "Lielā iela {num}", "Dzirnavu iela {num}", "Ezera iela {num}"),
        energy=("Energoefektivitātes klase: {cls}", "Energosertifikāts {cls}"),
        listing_id=("Sludinājuma Nr. {id}", "ID: {id}"),
        view=("Skatīt sludinājumu", "Visa informācija", "Pieteikt apskati"),
        reduced=("Cena samazināta par {pct}%", "Atlaide: {pct}%"),
        open_house=("Atvērto durvju diena: {day}, {h}:00\N{EN DASH}{h2}:00", "Apskate {day} plkst. {h}.00"),
        agent_head=("Mākleris", "Sazinies ar mākleri", "Piedāvā"),
        agents=("Kristīne Vilka", "Edgars Siliņš", "Zane Priede", "Aivars Roze"),
        agencies=("Mājas Nams SIA", "Kurzemes īpašumi", "Baltijas Mājokļi", "Pilsētas Mākleri"),
        mortgage=(
            "Aprēķini ar mūsu kalkulatoru, cik liels būtu tavs ikmēneša hipotekārā kredīta maksājums.",
            "Cik tu varētu aizņemties? Izmēģini mūsu mājokļa kredīta kalkulatoru.",
        ),
        calculate=("Aprēķināt", "Aprēķināt maksājumu"),
        market=(
            "Vidējā kvadrātmetra cena: {town} {price} ({change} gada laikā)",
            "{town}: kvadrātmetrs vidēji maksā {price}, izmaiņas gadā {change}",
        ),
        search=("Atrodi jaunas mājas", "Atrašanās vieta", "Maksimālā cena", "Istabu skaits", "Meklēt"),
        similar=("Līdzīgi sludinājumi", "Vēl mājokļi tuvumā", "Tev varētu patikt"),
        similar_row=("{rooms} istabu {kind}, {town} \N{EN DASH} {price}", "{kind}, {town}, {price}"),
        note=(
            "Norādītās cenas ir pārdevēju prasītās cenas un var mainīties.",
            "{site} neatbild par trešo pušu iesniegto sludinājumu precizitāti.",
        ),
        partner=("Sadarbībā ar {agency}", "Sadarbības materiāls ar {agency}"),
    ),
    "ko": Estate(
        section=("부동산", "부동산·주거", "집코노미"),
        money="{a}만 원",
        price=("매매가 {price}", "호가 {price}", "분양가 {price}"),
        facts=(
            "방 {rooms}개 \N{MIDDLE DOT} 전용 {area}㎡ \N{MIDDLE DOT} {floor}/{floors}층",
            "{kind} | 방 {rooms}개 | {area}㎡",
        ),
        kinds=("아파트", "오피스텔", "빌라", "단독주택", "도시형생활주택"),
        streets=("{town} 중앙로 {num}", "{town} 새말길 {num}", "{town} 한빛로 {num}", "{town} 솔밭길 {num}"),
        energy=("에너지효율등급 {cls}", "에너지 등급: {cls}"),
        listing_id=("매물번호 {id}", "등록번호: {id}"),
        view=("매물 보기", "상세정보", "방문 예약"),
        reduced=("{pct}% 가격 인하", "호가 {pct}% 하락"),
        open_house=("견본주택 개관: {day} {h}시\N{TILDE}{h2}시", "현장 방문 {day} {h}시부터"),
        agent_head=("중개사무소", "담당 공인중개사", "문의"),
        agents=("윤상철", "한지혜", "오세훈", "임수빈"),
        agencies=("한빛공인중개사사무소", "푸른부동산", "행복공인중개사", "미래부동산중개법인"),
        mortgage=(
            "주택담보대출 계산기로 매달 갚아야 할 원리금을 계산해 보세요.",
            "얼마까지 대출받을 수 있을까요? 대출 계산기를 이용해 보세요.",
        ),
        calculate=("계산하기", "대출 계산"),
        market=(
            "{town} 아파트 평균 매매가 {price} (전년 대비 {change})",
            "{town} ㎡당 평균가 {price}, 1년간 {change}",
        ),
        search=("매물 찾기", "지역", "최대 가격", "방 개수", "검색"),
        similar=("비슷한 매물", "주변 매물 더보기", "추천 매물"),
        similar_row=("{town} {kind} 방 {rooms}개 \N{EN DASH} {price}", "{kind}, {town}, {price}"),
        note=(
            "표시된 가격은 중개사가 제공한 호가로 실제 거래가와 다를 수 있습니다.",
            "본지는 제3자가 제공한 매물 정보의 정확성에 대해 책임지지 않습니다.",
        ),
        partner=("{agency} 제휴", "본 기사는 {agency}의 협찬을 받았습니다"),
    ),
}


@dataclass(frozen=True)
class Screen:
    """Wording for a TV and streaming desk: spoiler warnings, where a show is streaming, the episode line,
    the review's stars and verdict, the cast list, age rating and running time, the trailer, tonight's
    listings with channel and time, the affiliate note, the TV guide button and more reviews."""

    section: tuple[str, ...]
    shows: tuple[str, ...]
    channels: tuple[str, ...]
    platforms: tuple[str, ...]
    actors: tuple[str, ...]
    spoiler: tuple[str, ...]  # a warning: {show}
    where: tuple[str, ...]  # {show} {platform} {date}
    episode: tuple[str, ...]  # {s} {e}
    verdict_head: tuple[str, ...]
    stars: tuple[str, ...]  # {stars} (five marks) {r}
    verdicts: tuple[str, ...]  # short lines under the stars
    cast: tuple[str, ...]  # "Cast: {names}"
    age: tuple[str, ...]  # {age}
    ages: tuple[str, ...]
    runtime: tuple[str, ...]  # {n}
    trailer: tuple[str, ...]  # {dur}
    tonight: tuple[str, ...]  # the heading of tonight's listings
    slot: tuple[str, ...]  # {time} {channel} {show}
    affiliate: tuple[str, ...]  # a sentence
    guide: tuple[str, ...]  # the button
    reviews: tuple[str, ...]  # the heading over more reviews


SCREEN: dict[str, Screen] = {
    "en": Screen(
        section=("TV & Streaming", "What to Watch", "Television"),
        shows=("The Harbour Line", "Salt and Stone", "Night Ward", "The Quiet Valley", "Brass Town", "Deep Signal"),
        channels=("BBC One", "ITV1", "Channel 4", "Sky Atlantic", "BBC Two"),
        platforms=("Netflix", "Disney+", "Prime Video", "BBC iPlayer", "Apple TV+"),
        actors=("Olivia Hart", "Daniel Mbeki", "Rosa Quinn", "Callum Reid", "Naomi Frost", "Idris Cole"),
        spoiler=("Warning: this article contains spoilers for {show}.", "SPOILER ALERT for {show}"),
        where=("{show} is streaming on {platform}.", "Where to watch: {platform}, from {date}", "Watch on {platform}"),
        episode=("Series {s}, episode {e}", "S{s} E{e}"),
        verdict_head=("Our verdict", "The verdict", "Rating"),
        stars=("{stars}", "{stars} {r}/5", "Rating: {r} out of 5"),
        verdicts=("Gripping from start to finish", "A slow burn that pays off", "Handsome but hollow", "Unmissable"),
        cast=("Cast: {names}", "Starring {names}"),
        age=("Certificate: {age}", "Rated {age}"),
        ages=("12", "15", "18", "PG"),
        runtime=("{n} minutes", "Running time: {n} mins"),
        trailer=("Watch the trailer ({dur})", "Trailer \N{EN DASH} {dur}"),
        tonight=("On TV tonight", "Tonight's TV picks", "What's on tonight"),
        slot=("{time} {channel}: {show}", "{show} \N{EM DASH} {channel}, {time}"),
        affiliate=(
            "We may earn a commission if you sign up to a service through links in this article.",
            "This article contains affiliate links; our journalism remains independent.",
        ),
        guide=("Full TV guide", "See the TV guide"),
        reviews=("More TV reviews", "Latest reviews", "Read more reviews"),
    ),
    "de": Screen(
        section=("TV & Streaming", "Fernsehen", "Serien"),
        shows=("Die Hafenwache", "Salz und Stein", "Nachtschicht Ost", "Das stille Tal", "Grenzland", "Funkstille"),
        channels=("Das Erste", "ZDF", "RTL", "arte", "ProSieben"),
        platforms=("Netflix", "Disney+", "Prime Video", "ARD Mediathek", "RTL+"),
        actors=("Lena Vogt", "Murat Demir", "Hanna Seidel", "Felix Brandt", "Clara Wolff", "Jonas Reiter"),
        spoiler=("Achtung, Spoiler: Dieser Artikel verrät Details zu {show}.", "SPOILERWARNUNG zu {show}"),
        where=("{show} läuft bei {platform}.", "Zu sehen: {platform}, ab {date}", "Streamen bei {platform}"),
        episode=("Staffel {s}, Folge {e}", "S{s}/F{e}"),
        verdict_head=("Unser Urteil", "Fazit", "Bewertung"),
        stars=("{stars}", "{stars} {r}/5", "Bewertung: {r} von 5"),
        verdicts=("Packend bis zur letzten Minute", "Braucht Zeit, lohnt sich aber", "Schön anzusehen, aber leer"),
        cast=("Mit: {names}", "Besetzung: {names}"),
        age=("FSK {age}", "Freigegeben ab {age} Jahren"),
        ages=("6", "12", "16", "18"),
        runtime=("{n} Minuten", "Laufzeit: {n} Min."),
        trailer=("Trailer ansehen ({dur})", "Trailer \N{EN DASH} {dur}"),
        tonight=("Heute im TV", "TV-Tipps für heute Abend", "Was läuft heute?"),
        slot=("{time} Uhr, {channel}: {show}", "{show} \N{EN DASH} {channel}, {time} Uhr"),
        affiliate=(
            "Wenn Sie über Links in diesem Artikel ein Abo abschließen, erhalten wir eine Provision.",
            "Dieser Artikel enthält Affiliate-Links; unsere Berichterstattung bleibt unabhängig.",
        ),
        guide=("Zum TV-Programm", "Ganzes TV-Programm"),
        reviews=("Weitere Kritiken", "Neueste Serienkritiken", "Mehr Rezensionen"),
    ),
    "lv": Screen(
        section=("TV un straumēšana", "Ko skatīties", "Televīzija"),
        shows=("Ostas sardze", "Sāls un akmens", "Nakts maiņa", "Klusā ieleja", "Pierobeža", "Radio klusums"),
        channels=("LTV1", "TV3", "LTV7", "Rīga TV24", "TV3 Life"),
        platforms=("Netflix", "Go3", "Disney+", "LSM Replay", "Prime Video"),
        actors=("Agnese Zeltiņa", "Kārlis Reijers", "Elīna Vaska", "Artūrs Skrastiņš", "Rēzija Kalniņa"),
        spoiler=("Uzmanību: raksts atklāj seriāla {show} sižetu.", "SPOILERI par {show}"),
        where=("Seriāls {show} pieejams {platform}.", "Skaties: {platform}, no {date}", "Straumē {platform}"),
        episode=("{s}. sezona, {e}. sērija", "S{s} E{e}"),
        verdict_head=("Mūsu vērtējums", "Verdikts", "Vērtējums"),
        stars=("{stars}", "{stars} {r}/5", "Vērtējums: {r} no 5"),
        verdicts=("Aizraujoši līdz pēdējai minūtei", "Lēns sākums, bet atmaksājas", "Skaisti, bet tukši"),
        cast=("Lomās: {names}", "Aktieri: {names}"),
        age=("Vecuma ierobežojums: {age}+", "No {age} gadiem"),
        ages=("7", "12", "16", "18"),
        runtime=("{n} minūtes", "Garums: {n} min"),
        trailer=("Skaties treileri ({dur})", "Treileris \N{EN DASH} {dur}"),
        tonight=("Šovakar TV", "TV ieteikumi šovakar", "Ko rāda šovakar"),
        slot=("{time} {channel}: {show}", "{show} \N{EN DASH} {channel}, plkst. {time}"),
        affiliate=(
            "Ja abonē pakalpojumu, izmantojot saites šajā rakstā, mēs varam saņemt komisiju.",
            "Rakstā ir partneru saites; mūsu žurnālistika paliek neatkarīga.",
        ),
        guide=("TV programma", "Visa TV programma"),
        reviews=("Vēl recenzijas", "Jaunākās recenzijas", "Lasi vairāk recenziju"),
    ),
    "ko": Screen(
        section=("방송·OTT", "연예", "오늘 뭐 볼까"),
        shows=("항구의 밤", "소금과 돌", "야간 병동", "고요한 계곡", "놋쇠 마을", "깊은 신호"),
        channels=("KBS1", "KBS2", "MBC", "SBS", "tvN", "JTBC"),
        platforms=("넷플릭스", "티빙", "디즈니+", "웨이브", "쿠팡플레이"),
        actors=("송지우", "한도윤", "이서아", "김태오", "박나래"),
        spoiler=(
            "※ 이 기사에는 \N{LEFT SINGLE QUOTATION MARK}{show}\N{RIGHT SINGLE QUOTATION MARK}의 "
            "스포일러가 포함돼 있습니다.",
            "[스포 주의] {show}",
        ),
        where=(
            "\N{LEFT SINGLE QUOTATION MARK}{show}\N{RIGHT SINGLE QUOTATION MARK} 전편은 {platform}에서 볼 수 있다.",
            "{platform} 공개: {date}",
            "{platform}에서 시청",
        ),
        episode=("시즌{s} {e}화", "{e}회"),
        verdict_head=("기자 평점", "한줄평", "별점"),
        stars=("{stars}", "{stars} {r}/5", "평점 {r}점"),
        verdicts=("끝까지 눈을 뗄 수 없다", "느리지만 기다린 보람이 있다", "화려하지만 공허하다"),
        cast=("출연: {names}", "주연 {names}"),
        age=("{age}세 이상 관람가", "{age}세 이상 시청가"),
        ages=("12", "15", "19"),
        runtime=("{n}분", "러닝타임 {n}분"),
        trailer=("예고편 보기 ({dur})", "예고편 \N{EN DASH} {dur}"),
        tonight=("오늘의 TV", "오늘 밤 볼만한 방송", "오늘 편성표"),
        slot=(
            "{time} {channel} \N{LEFT SINGLE QUOTATION MARK}{show}\N{RIGHT SINGLE QUOTATION MARK}",
            "{channel} {time} {show}",
        ),
        affiliate=(
            "이 기사의 링크를 통해 서비스에 가입하면 일정액의 수수료를 받을 수 있습니다.",
            "이 기사에는 제휴 링크가 포함돼 있으며 편집 방향과는 무관합니다.",
        ),
        guide=("전체 편성표", "편성표 보기"),
        reviews=("다른 리뷰", "최신 리뷰", "리뷰 더보기"),
    ),
}


@dataclass(frozen=True)
class Ballot:
    """Wording for an election results desk: the live banner, the share of polling stations counted and its
    time, the results table (party, share, seats), the turnout against the last election, the provisional
    results notice, the polling-day notice, the polling-station finder, candidate cards, poll boxes with
    their institute, sample and margin, the seat count and majority line and the methodology note."""

    election: tuple[str, ...]  # the kicker: {y}
    live: tuple[str, ...]
    counted: tuple[str, ...]  # {pct} {time}
    results: tuple[str, ...]  # the table's heading
    parties: tuple[str, ...]
    row: tuple[str, ...]  # {party} {pct} {seats}
    turnout: tuple[str, ...]  # {pct} {prev} {y0}
    provisional: tuple[str, ...]  # a sentence
    polling: tuple[str, ...]  # a sentence: {open} {close}
    finder: tuple[str, str, str]  # heading, field, button
    candidates: tuple[str, ...]
    districts: tuple[str, ...]
    candidate: tuple[str, ...]  # {name} {party} {age} {district}
    poll: tuple[str, ...]  # {institute} {date} {n} {m}
    institutes: tuple[str, ...]
    seats: tuple[str, ...]  # the heading of the seat count
    majority: tuple[str, ...]  # {n}
    method: tuple[str, ...]  # a sentence: {n}


BALLOT: dict[str, Ballot] = {
    "de": Ballot(
        election=("Landtagswahl {y}", "Kommunalwahl {y}", "Wahl {y}"),
        live=("LIVE: Die Ergebnisse im Überblick", "Wahlabend live"),
        counted=("Ausgezählt: {pct} % der Wahlbezirke (Stand {time} Uhr)", "{pct} % ausgezählt \N{EN DASH} {time} Uhr"),
        results=("Vorläufiges Ergebnis", "Ergebnis", "Hochrechnung"),
        parties=("CDU", "SPD", "Grüne", "AfD", "FDP", "Linke", "Freie Wähler"),
        row=("{party} {pct} % \N{MIDDLE DOT} {seats} Sitze", "{party}: {pct} % ({seats} Sitze)"),
        turnout=("Wahlbeteiligung: {pct} % ({y0}: {prev} %)", "Beteiligung {pct} % \N{EN DASH} {y0} waren es {prev} %"),
        provisional=(
            "Alle Angaben sind vorläufig; das amtliche Endergebnis stellt der Wahlausschuss fest.",
            "Das Ergebnis ist vorläufig und kann sich bis zur amtlichen Feststellung noch ändern.",
        ),
        polling=(
            "Die Wahllokale sind von {open} bis {close} Uhr geöffnet; bitte bringen Sie Ihren Ausweis mit.",
            "Wählen können Sie von {open} bis {close} Uhr in Ihrem Wahllokal oder per Briefwahl.",
        ),
        finder=("Wo ist mein Wahllokal?", "Postleitzahl eingeben", "Suchen"),
        candidates=("Sabine Kröger", "Ahmet Kaya", "Ulrich Feld", "Marion Stahl"),
        districts=("Wahlkreis Nord", "Wahlkreis Mitte", "Wahlkreis Süd-West", "Wahlkreis Altstadt"),
        candidate=(
            "{name} ({party}), {age} Jahre \N{MIDDLE DOT} {district}",
            "Kandidat: {name}, {party} \N{EN DASH} {district}",
        ),
        poll=(
            "Umfrage: {institute}, {date}, {n} Befragte, Fehlerbereich \N{PLUS-MINUS SIGN}{m} Prozentpunkte",
            "Quelle: {institute} ({date}), n = {n}",
        ),
        institutes=("Infratest dimap", "Forschungsgruppe Wahlen", "INSA", "Forsa"),
        seats=("Sitzverteilung", "So verteilen sich die Sitze"),
        majority=("Mehrheit: {n} Sitze", "Für eine Mehrheit nötig: {n}"),
        method=(
            "Die Hochrechnung beruht auf Ergebnissen aus {n} repräsentativen Wahlbezirken.",
            "Die Zahlen werden alle paar Minuten aktualisiert, sobald neue Wahlbezirke gemeldet sind.",
        ),
    ),
    "et": Ballot(
        election=("Kohalikud valimised {y}", "Riigikogu valimised {y}", "Valimised {y}"),
        live=("OTSE: valimistulemused", "Valimisõhtu otse"),
        counted=("Loetud {pct}% jaoskondadest (seis kell {time})", "Kell {time}: loetud {pct}% häältest"),
        results=("Esialgsed tulemused", "Tulemused", "Häälte jaotus"),
        parties=("Reformierakond", "Keskerakond", "EKRE", "Isamaa", "Sotsiaaldemokraadid", "Eesti 200", "Valimisliit"),
        row=("{party} {pct}% \N{MIDDLE DOT} {seats} kohta", "{party}: {pct}% ({seats} kohta)"),
        turnout=("Valimisaktiivsus: {pct}% ({y0}: {prev}%)", "Aktiivsus {pct}%, {y0}. aastal {prev}%"),
        provisional=(
            "Tulemused on esialgsed, lõplikud tulemused kinnitab valimiskomisjon.",
            "Esialgsed tulemused võivad kuni ametliku kinnitamiseni muutuda.",
        ),
        polling=(
            "Valimisjaoskonnad on avatud kella {open}\N{EN DASH}{close}; kaasa tuleb võtta isikut tõendav dokument.",
            "Hääletada saab kella {open}\N{EN DASH}{close} oma jaoskonnas või e-valimistel.",
        ),
        finder=("Leia oma valimisjaoskond", "Sisesta aadress", "Otsi"),
        candidates=("Maarja Kuusik", "Priit Raudsepp", "Anneli Kaasik", "Sergei Ivanov"),
        districts=("Tartu linn", "Harju- ja Raplamaa", "Ida-Virumaa", "Pärnumaa"),
        candidate=(
            "{name} ({party}), {age} \N{MIDDLE DOT} {district}",
            "Kandidaat: {name}, {party} \N{EN DASH} {district}",
        ),
        poll=(
            "Küsitlus: {institute}, {date}, {n} vastajat, veamäär \N{PLUS-MINUS SIGN}{m} protsendipunkti",
            "Allikas: {institute} ({date}), n = {n}",
        ),
        institutes=("Kantar Emor", "Norstat", "Turu-uuringute AS"),
        seats=("Kohtade jaotus", "Mandaadid"),
        majority=("Enamuseks on vaja {n} kohta", "Enamus: {n} kohta"),
        method=(
            "Prognoos põhineb {n} jaoskonna tulemustel.",
            "Numbrid uuenevad iga paari minuti järel, kui jaoskonnad tulemused edastavad.",
        ),
    ),
    "lv": Ballot(
        election=("Pašvaldību vēlēšanas {y}", "Saeimas vēlēšanas {y}", "Vēlēšanas {y}"),
        live=("TIEŠRAIDE: vēlēšanu rezultāti", "Vēlēšanu nakts tiešraidē"),
        counted=("Saskaitīti {pct}% iecirkņu (plkst. {time})", "Plkst. {time}: apstrādāti {pct}% protokolu"),
        results=("Provizoriskie rezultāti", "Rezultāti", "Balsu sadalījums"),
        parties=(
            "Jaunā Vienotība",
            "Nacionālā apvienība",
            "ZZS",
            "Progresīvie",
            "Latvija pirmajā vietā",
            "Stabilitātei!",
        ),
        row=("{party} {pct}% \N{MIDDLE DOT} {seats} vietas", "{party}: {pct}% ({seats} vietas)"),
        turnout=("Vēlētāju aktivitāte: {pct}% ({y0}: {prev}%)", "Aktivitāte {pct}%, {y0}. gadā {prev}%"),
        provisional=(
            "Rezultāti ir provizoriski; galīgos rezultātus apstiprinās Centrālā vēlēšanu komisija.",
            "Provizoriskie rezultāti līdz oficiālai apstiprināšanai vēl var mainīties.",
        ),
        polling=(
            "Vēlēšanu iecirkņi ir atvērti no plkst. {open} līdz {close}; līdzi jāņem pase vai personas apliecība.",
            "Balsot var no plkst. {open} līdz {close} jebkurā iecirknī savā pašvaldībā.",
        ),
        finder=("Atrodi savu vēlēšanu iecirkni", "Ievadi adresi", "Meklēt"),
        candidates=("Baiba Strautiņa", "Valdis Pētersons", "Inga Freimane", "Oļegs Kuzņecovs"),
        districts=("Rīgas apgabals", "Kurzemes apgabals", "Vidzemes apgabals", "Latgales apgabals"),
        candidate=(
            "{name} ({party}), {age} \N{MIDDLE DOT} {district}",
            "Kandidāts: {name}, {party} \N{EN DASH} {district}",
        ),
        poll=(
            "Aptauja: {institute}, {date}, {n} respondenti, kļūdas robeža \N{PLUS-MINUS SIGN}{m} procentpunkti",
            "Avots: {institute} ({date}), n = {n}",
        ),
        institutes=("SKDS", "Norstat", "Kantar Latvia"),
        seats=("Vietu sadalījums", "Mandāti"),
        majority=("Vairākumam nepieciešamas {n} vietas", "Vairākums: {n} vietas"),
        method=(
            "Prognoze balstīta uz {n} iecirkņu datiem.",
            "Dati tiek atjaunoti ik pēc dažām minūtēm, kad iecirkņi iesūta protokolus.",
        ),
    ),
    "ko": Ballot(
        election=("제{n}회 지방선거", "{y} 총선", "{y} 재보궐선거"),
        live=("[LIVE] 실시간 개표 현황", "개표 생중계"),
        counted=("개표율 {pct}% ({time} 기준)", "{time} 현재 개표율 {pct}%"),
        results=("개표 결과", "잠정 집계", "득표 현황"),
        parties=("더불어민주당", "국민의힘", "조국혁신당", "개혁신당", "정의당", "무소속"),
        row=("{party} {pct}% \N{MIDDLE DOT} {seats}석", "{party} {pct}% ({seats}석)"),
        turnout=("투표율 {pct}% (지난 {y0}년 {prev}%)", "최종 투표율 {pct}% \N{EN DASH} {y0}년 {prev}%"),
        provisional=(
            "개표 결과는 잠정 집계이며 최종 결과는 선거관리위원회 발표에 따릅니다.",
            "위 수치는 잠정치로, 선관위 공식 발표와 다를 수 있습니다.",
        ),
        polling=(
            "투표는 오전 {open}시부터 오후 {close}시까지이며 신분증을 반드시 지참해야 합니다.",
            "투표 시간은 {open}시부터 {close}시까지이며 지정된 투표소에서만 투표할 수 있습니다.",
        ),
        finder=("내 투표소 찾기", "주소를 입력하세요", "검색"),
        candidates=("조민수", "배은영", "서정훈", "남궁혜진"),
        districts=("수원시갑", "청주시 흥덕구", "전주시을", "서울 종로구"),
        candidate=(
            "{name}({party}) \N{MIDDLE DOT} {age}세 \N{MIDDLE DOT} {district}",
            "후보: {name} {party} \N{EN DASH} {district}",
        ),
        poll=(
            "조사기관: {institute} / 조사일: {date} / 표본 {n}명 / 표본오차 95% 신뢰수준 \N{PLUS-MINUS SIGN}{m}%p",
            "출처: {institute}({date}), 응답자 {n}명",
        ),
        institutes=("한국갤럽", "리얼미터", "엠브레인퍼블릭"),
        seats=("의석 분포", "정당별 의석수"),
        majority=("과반 기준: {n}석", "과반 의석 {n}석"),
        method=(
            "예측은 {n}개 투표구의 개표 결과를 바탕으로 산출했습니다.",
            "수치는 선관위 집계에 따라 몇 분마다 자동으로 갱신됩니다.",
        ),
    ),
}
# What the eighth split's sites are called: each archetype's desk as its newspaper or outlet names itself.
EIGHTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "courts": ("The Courtroom Desk", "Riverton Court Reporter"),
        "estate": ("Homes Weekly", "Millbrook Property Post"),
        "screen": ("Screen Guide", "The Watchlist"),
    },
    "de": {
        "courts": ("Gerichtsreport", "Justizblatt Bergheim"),
        "screen": ("Fernsehwoche Online", "Serienzeit"),
        "ballot": ("Wahlticker Lindau", "Neustädter Wahlbericht"),
    },
    "et": {
        "courts": ("Kohtukroonika", "Õiguse Leht"),
        "estate": ("Kodu Täna", "Kinnisvarauudised"),
        "ballot": ("Valimisleht", "Tartu Valimisuudised"),
    },
    "lv": {
        "courts": ("Tiesu Hronika", "Likums un Ziņas"),
        "estate": ("Mājokļu Vēstnesis", "Īpašuma Avīze"),
        "screen": ("Ekrāns", "TV Nedēļa"),
        "ballot": ("Vēlēšanu Ziņas", "Balss Latgalē"),
    },
    "ko": {
        "estate": ("집과사람", "부동산투데이"),
        "screen": ("스크린가이드", "티비위클리"),
        "ballot": ("선거뉴스24", "동남선거뉴스"),
    },
}
DAY_DATES |= {"et": "{d}. {month} {y}", "lv": "{y}. gada {d}. {month}", "ko": "{y}년 {m}월 {d}일"}


# --- the ninth held-out split: three more languages, and wording for its new templates --------------------
# (a town council's meetings desk, a fashion and lifestyle magazine with shoppable looks, an advice
# column answering readers' letters). Written by a helper not working on the learner, before the learner
# was run on it; the phrasing is new, not translated from the earlier splits' wording.

JA = Words(
    months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
    weekdays=("月", "火", "水", "木", "金", "土", "日"),
    dates=("{y}年{m}月{d}日 {h}:{mi}", "{y}/{mm}/{dd} {h}:{mi}", "{y}年{m}月{d}日({weekday})", "{y}.{mm}.{dd}"),
    ago=("{n}分前", "{n}時間前", "{n}日前", "1時間前"),
    nav=(
        "トップ",
        "国内",
        "国際",
        "経済",
        "政治",
        "社会",
        "スポーツ",
        "エンタメ",
        "ライフ",
        "テクノロジー",
        "地域",
        "オピニオン",
        "天気",
    ),
    footer_nav=("会社概要", "お問い合わせ", "広告掲載", "プライバシーポリシー", "利用規約", "著作権について"),
    account=("ログイン", "会員登録", "検索", "メニュー", "マイページ"),
    authors=("佐藤 美咲", "高橋 健太", "田中 彩", "渡辺 大輔", "伊藤 真由", "山本 翔"),
    agencies=("共同通信", "時事通信", "ロイター", "AFP時事", "AP"),
    site_names=("北辰新報", "みなと日報", "信越タイムス", "東海ニュース"),
    taglines=("地域と世界をつなぐニュース", "確かな情報を、毎日"),
    byline=("{author} 記者", "文・{author}", "（{author}）"),
    published=("公開日：{date}", "{date}", "配信 {date}"),
    updated=("更新 {ago}", "最終更新：{date}"),
    views=("{n}回閲覧", "閲覧数 {n}"),
    reading=("この記事は約{n}分で読めます", "読了時間 {n}分"),
    ad=("広告", "PR", "［広告］"),
    ad_continue=("記事は広告の後に続きます", "この下に記事が続きます"),
    read_also=("関連記事：", "【関連】", "あわせて読みたい：", "こちらもおすすめ："),
    share_a=("シェア", "X", "Facebook", "LINE", "はてなブックマーク"),
    share_b=("この記事をシェア", "LINEで送る", "リンクをコピー"),
    share_end=("シェア", "この記事をシェアする", "記事が役に立ったらシェアしてください"),
    newsletter=(
        "毎朝7時、その日に知っておきたいニュースをメールでお届けします。登録は無料です。",
        "{site}アプリなら、速報をプッシュ通知でいち早くお知らせします。",
    ),
    channel=("{site}のLINE公式アカウントを友だち追加", "Xで{site}をフォロー"),
    tags=("関連キーワード：{tags}", "タグ：{tags}"),
    topics=("物価高", "選挙", "子育て", "医療", "防災", "観光", "円安", "働き方"),
    trending=("アクセスランキング", "よく読まれている記事", "いま話題"),
    related=("関連記事", "おすすめ記事", "こちらの記事もおすすめ"),
    more_from=("{category}の最新記事", "{category}をもっと見る"),
    comments_head=("コメント（{n}件）", "{n}件のコメント"),
    comment_meta=("{name} · {ago}", "{name}さん"),
    comment_actions=("返信", "通報"),
    comment_form=("コメントを書く", "メールアドレスが公開されることはありません。", "送信"),
    comment_texts=(
        "分かりやすい記事をありがとうございます。",
        "この意見には賛成できません。",
        "ようやく取り上げられましたね。",
        "その費用は誰が負担するのでしょうか。",
    ),
    copyright=("© {y} {site} 無断転載を禁じます。", "Copyright © {site} All rights reserved."),
    cookie=("当サイトではサービス向上のためCookieを使用しています。", "同意する / 設定"),
    caption=("写真：{agency}", "（{agency}）", "撮影・{author}"),
    breadcrumb_home="トップ",
    disclaimer=("コメントは投稿者個人の見解であり、当社の見解を示すものではありません。",),
    app=("{site}アプリをダウンロード", "ダウンロード"),
    pagination=("次の記事", "前の記事"),
)

SR = Words(
    months=(
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ),
    weekdays=("понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"),
    dates=("{d}. {month} {y}. у {h}:{mi}", "{dd}.{mm}.{y}. {h}:{mi}", "{weekday}, {d}. {month} {y}.", "{dd}.{mm}.{y}."),
    ago=("пре {n} минута", "пре {n} сати", "пре {n} дана", "пре сат времена"),
    nav=(
        "Почетна",
        "Вести",
        "Србија",
        "Свет",
        "Економија",
        "Спорт",
        "Култура",
        "Здравље",
        "Технологија",
        "Мишљења",
        "Хроника",
        "Региони",
        "Време",
    ),
    footer_nav=("О нама", "Контакт", "Маркетинг", "Политика приватности", "Колачићи", "Услови коришћења"),
    account=("Пријава", "Претплата", "Претрага", "Мени", "Мој налог"),
    authors=(
        "Јелена Петровић",
        "Марко Јовановић",
        "Ана Николић",
        "Никола Стојановић",
        "Милица Ђорђевић",
        "Стефан Илић",
    ),
    agencies=("Танјуг", "Бета", "ФоНет", "Ројтерс", "АФП"),
    site_names=("Нишке вести", "Шумадијски гласник", "Подунавље данас", "Крагујевачки дневник"),
    taglines=("Независни информативни портал", "Вести на које можете да рачунате"),
    byline=("Аутор: {author}", "{author}", "Пише: {author}"),
    published=("Објављено: {date}", "{date}", "Објављено {date}"),
    updated=("Ажурирано {ago}", "Ажурирано: {date}"),
    views=("{n} прегледа", "Прочитано {n} пута"),
    reading=("Време читања: {n} мин", "{n} мин читања"),
    ad=("Реклама", "РЕКЛАМА", "Промо"),
    ad_continue=("Текст се наставља после рекламе", "Наставак испод"),
    read_also=("Прочитајте и:", "ПРОЧИТАЈТЕ ЈОШ", "Повезано:", "На ову тему:"),
    share_a=("Подели", "Facebook", "X", "Viber", "Е-пошта"),
    share_b=("Подели текст", "Подели на Фејсбуку", "Копирај линк"),
    share_end=("Подели", "Подели:", "Свиђа вам се текст? Поделите га са пријатељима!"),
    newsletter=(
        "Пријавите се на наш јутарњи билтен и најважније вести дана стижу вам пре почетка радног дана.",
        "Будите у току: преузмите апликацију {site} и укључите обавештења.",
    ),
    channel=("Пратите {site} на Google вестима", "Придружите се нашем Вајбер каналу"),
    tags=("Теме: {tags}", "Кључне речи: {tags}"),
    topics=("избори", "поскупљења", "школство", "болнице", "аутопут", "струја", "станарине", "туризам"),
    trending=("Најчитаније", "Управо читају", "Популарно"),
    related=("Повезани текстови", "Можда вас занима", "Још вести"),
    more_from=("Још из рубрике {category}", "Најновије: {category}"),
    comments_head=("{n} коментара", "Коментари ({n})"),
    comment_meta=("{name} · {ago}", "{name} пише:"),
    comment_actions=("Одговори", "Пријави"),
    comment_form=("Оставите коментар", "Ваша адреса е-поште неће бити објављена.", "Пошаљи"),
    comment_texts=(
        "Одличан текст, хвала.",
        "Уопште се не слажем.",
        "Коначно неко да пише о овоме.",
        "А ко ће то да плати?",
    ),
    copyright=("© {y} {site}. Сва права задржана.", "Copyright © {y} {site} д.о.о."),
    cookie=("Овај сајт користи колачиће како би вам пружио боље корисничко искуство.", "Прихвати све / Подешавања"),
    caption=("Фото: {agency}", "Фото: {author}/{agency}", "ФОТО: {agency}"),
    breadcrumb_home="Почетна",
    disclaimer=("Ставови изнети у коментарима нису ставови редакције.",),
    app=("Преузмите апликацију {site}", "Преузми"),
    pagination=("Следећи текст", "Претходни текст"),
)

IS = Words(
    months=(
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ),
    weekdays=("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"),
    dates=("{d}. {month} {y} kl. {h}:{mi}", "{dd}.{mm}.{y} {h}:{mi}", "{weekday} {d}. {month} {y}", "{d}.{m}.{y}"),
    ago=("fyrir {n} mínútum", "fyrir {n} klukkustundum", "fyrir {n} dögum", "fyrir klukkustund"),
    nav=(
        "Forsíða",
        "Fréttir",
        "Innlent",
        "Erlent",
        "Viðskipti",
        "Íþróttir",
        "Menning",
        "Heilsa",
        "Tækni",
        "Skoðun",
        "Fólk",
        "Bílar",
        "Veður",
    ),
    footer_nav=("Um okkur", "Hafa samband", "Auglýsingar", "Persónuvernd", "Vafrakökur", "Skilmálar"),
    account=("Innskráning", "Áskrift", "Leit", "Valmynd", "Mínar síður"),
    authors=(
        "Guðrún Jónsdóttir",
        "Sigurður Magnússon",
        "Helga Björnsdóttir",
        "Jón Gunnarsson",
        "Anna Kristjánsdóttir",
        "Ólafur Einarsson",
    ),
    agencies=("RÚV", "Reuters", "AFP", "AP", "NTB"),
    site_names=("Norðanfari", "Vesturland í dag", "Suðurnesjatíðindi", "Héraðsfréttir"),
    taglines=("Óháður fréttamiðill", "Fréttir sem þú getur treyst"),
    byline=("Höfundur: {author}", "{author}", "{author} skrifar"),
    published=("Birt: {date}", "{date}", "Birtist {date}"),
    updated=("Uppfært {ago}", "Uppfært: {date}"),
    views=("{n} lestrar", "Lesið {n} sinnum"),
    reading=("Lestími: {n} mín.", "{n} mín. lestur"),
    ad=("Auglýsing", "AUGLÝSING", "Kynning"),
    ad_continue=("Fréttin heldur áfram fyrir neðan auglýsinguna", "Meira hér fyrir neðan"),
    read_also=("Lestu einnig:", "LESTU MEIRA", "Tengt:", "Um sama efni:"),
    share_a=("Deila", "Facebook", "X", "Messenger", "Tölvupóstur"),
    share_b=("Deila frétt", "Deila á Facebook", "Afrita tengil"),
    share_end=("Deila", "Deila:", "Líkaði þér fréttin? Deildu henni með vinum þínum!"),
    newsletter=(
        "Skráðu þig á morgunpóstinn okkar og fáðu helstu fréttir dagsins áður en vinnudagurinn hefst.",
        "Fylgstu með: sæktu {site} appið og kveiktu á tilkynningum.",
    ),
    channel=("Fylgdu {site} á Google News", "Fylgdu okkur á Instagram"),
    tags=("Efnisorð: {tags}", "Merki: {tags}"),
    topics=(
        "kosningar",
        "verðbólga",
        "skólamál",
        "heilbrigðismál",
        "vegagerð",
        "orkumál",
        "leigumarkaður",
        "ferðaþjónusta",
    ),
    trending=("Mest lesið", "Vinsælt núna", "Mest lesnu fréttirnar"),
    related=("Tengdar fréttir", "Þú gætir haft áhuga á", "Fleiri fréttir"),
    more_from=("Meira úr flokknum {category}", "Nýjast: {category}"),
    comments_head=("{n} athugasemdir", "Athugasemdir ({n})"),
    comment_meta=("{name} · {ago}", "{name} skrifar:"),
    comment_actions=("Svara", "Tilkynna"),
    comment_form=("Skrifa athugasemd", "Netfangið þitt verður ekki birt.", "Senda"),
    comment_texts=(
        "Góð grein, takk fyrir.",
        "Ég er alls ekki sammála þessu.",
        "Loksins fjallar einhver um þetta.",
        "Og hver á að borga fyrir þetta?",
    ),
    copyright=("© {y} {site}. Allur réttur áskilinn.", "Höfundarréttur © {y} {site} ehf."),
    cookie=("Þessi vefur notar vafrakökur til að bæta upplifun þína.", "Samþykkja allt / Stillingar"),
    caption=("Mynd: {agency}", "Mynd: {author}/{agency}", "MYND: {agency}"),
    breadcrumb_home="Forsíða",
    disclaimer=("Skoðanir í athugasemdum eru á ábyrgð þeirra sem þær skrifa, ekki ritstjórnar.",),
    app=("Sæktu {site} appið", "Sækja"),
    pagination=("Næsta frétt", "Fyrri frétt"),
)
WORDS |= {"ja": JA, "sr": SR, "is": IS}
TLDS |= {"ja": ".co.jp", "sr": ".rs", "is": ".is"}
TOWNS |= {
    "ja": ("金沢", "松本", "高松"),
    "sr": ("Ниш", "Крагујевац", "Чачак"),
    "is": ("Akureyri", "Ísafjörður", "Selfoss"),
}
PHONES |= {"ja": "0120-999-999", "sr": "0800 999 999", "is": "999 9999", "fr": "0 800 99 99 99"}
# Thousands separators of the ninth split's languages, where they are not a full stop.
NINTH_SEPARATORS = {"ja": ","}
DAY_DATES |= {"ja": "{y}年{m}月{d}日", "sr": "{d}. {month} {y}.", "is": "{d}. {month} {y}", "fr": "{d} {month} {y}"}


@dataclass(frozen=True)
class Council:
    """Wording for a town council's meetings desk: the meeting box (body, date, agenda item, decision,
    vote), the draft-minutes notice, the recording of the meeting, the next meeting, how residents take
    part, the meeting's documents, councillors' cards and the communications office's line."""

    desk: tuple[str, ...]  # the kicker
    bodies: tuple[str, ...]  # {town}: the council and its committees
    labels: tuple[str, str, str, str]  # meeting, agenda item, decision, vote
    decisions: tuple[str, ...]
    vote: tuple[str, ...]  # {yes} {no} {abst}
    draft: tuple[str, ...]  # a sentence: the minutes are not yet approved
    recording: tuple[str, ...]  # {h} {mi}: the length of the recording
    next_meeting: tuple[str, ...]  # {date} {time} {venue}
    venues: tuple[str, ...]
    have_say: tuple[str, ...]  # a sentence: {date} {email}
    documents: tuple[str, ...]  # the heading over the documents
    docs: tuple[str, ...]
    doc: tuple[str, ...]  # {doc} {kb}
    councillor: tuple[str, ...]  # {name} {party} {ward}
    councillors: tuple[str, ...]
    parties: tuple[str, ...]
    wards: tuple[str, ...]
    more: tuple[str, ...]  # the heading over more council news
    office: tuple[str, ...]  # a sentence: {town} {email}


COUNCIL: dict[str, Council] = {
    "en": Council(
        desk=("Council", "Town Hall", "Council Meetings", "Local Democracy"),
        bodies=(
            "{town} Borough Council",
            "Planning Committee",
            "Finance and Resources Committee",
            "Environment Scrutiny Panel",
        ),
        labels=("Meeting", "Agenda item", "Decision", "Vote"),
        decisions=("Approved", "Deferred", "Refused", "Approved with amendments", "Noted"),
        vote=("{yes} for, {no} against, {abst} abstentions", "For {yes} / Against {no} / Abstained {abst}"),
        draft=(
            "These minutes are a draft and will be formally approved at the next meeting of the council.",
            "The decisions reported here remain subject to the call-in period and to approval of the minutes.",
        ),
        recording=("Watch the meeting again ({h} h {mi} min)", "Webcast recording: {h}:{mi}:00"),
        next_meeting=("Next meeting: {date}, {time}, {venue}", "The committee meets again on {date} at {time}."),
        venues=("Council Chamber, Town Hall", "Committee Room 2, Civic Centre", "Main Hall, Riverside Library"),
        have_say=(
            "Residents can submit a written question for the next meeting until {date} by emailing {email}.",
            "Want to speak at a meeting? Register with democratic services at {email} by {date}.",
        ),
        documents=("Meeting documents", "Papers for this meeting", "Downloads"),
        docs=(
            "Agenda",
            "Report of the Director of Place",
            "Draft minutes",
            "Appendix A: budget tables",
            "Equality impact assessment",
        ),
        doc=("{doc} (PDF, {kb} KB)", "{doc} \N{EN DASH} PDF {kb} KB"),
        councillor=(
            "Cllr {name} ({party}, {ward} ward)",
            "Councillor {name} \N{MIDDLE DOT} {party} \N{MIDDLE DOT} {ward}",
        ),
        councillors=("Sarah Whitcombe", "Dev Chauhan", "Graham Lowe", "Fiona McBride", "Tunde Bakare"),
        parties=("Labour", "Conservative", "Liberal Democrat", "Green", "Independent"),
        wards=("Northfield", "Castle", "St Mary's", "Brookside", "Hill Top"),
        more=("More council news", "Latest from the Town Hall", "Other decisions"),
        office=(
            "This article was published by the communications team of {town} Borough Council.",
            "Media enquiries: {email}",
        ),
    ),
    "fr": Council(
        desk=("Conseil municipal", "Vie municipale", "Délibérations", "Mairie"),
        bodies=(
            "Conseil municipal de {town}",
            "Commission urbanisme",
            "Commission des finances",
            "Conseil communautaire",
        ),
        labels=("Séance", "Point de l'ordre du jour", "Décision", "Vote"),
        decisions=("Adopté", "Reporté", "Rejeté", "Adopté avec amendements", "Pris acte"),
        vote=(
            "{yes} pour, {no} contre, {abst} abstentions",
            "Pour : {yes} \N{EN DASH} Contre : {no} \N{EN DASH} Abstentions : {abst}",
        ),
        draft=(
            "Ce compte rendu est provisoire : il sera soumis à l'approbation du conseil lors de sa prochaine séance.",
            "Les délibérations ne deviennent exécutoires qu'après leur transmission au contrôle de légalité.",
        ),
        recording=("Revoir la séance en vidéo ({h} h {mi})", "Retransmission intégrale : {h} h {mi} min"),
        next_meeting=(
            "Prochaine séance : {date} à {time}, {venue}",
            "Le conseil se réunira de nouveau le {date} à {time}.",
        ),
        venues=("salle du conseil, hôtel de ville", "salle des fêtes", "espace Jean-Moulin"),
        have_say=(
            "Les habitants peuvent adresser leurs questions écrites jusqu'au {date} à l'adresse {email}.",
            "Vous souhaitez intervenir en séance publique ? Inscrivez-vous avant le {date} : {email}.",
        ),
        documents=("Documents de la séance", "Pièces jointes", "À télécharger"),
        docs=(
            "Ordre du jour",
            "Note de synthèse",
            "Procès-verbal provisoire",
            "Annexe budgétaire",
            "Rapport d'orientation",
        ),
        doc=("{doc} (PDF, {kb} Ko)", "{doc} \N{EN DASH} PDF \N{EN DASH} {kb} Ko"),
        councillor=(
            "{name}, conseiller municipal ({party}), quartier {ward}",
            "{name} \N{MIDDLE DOT} {party} \N{MIDDLE DOT} {ward}",
        ),
        councillors=("Claire Fournier", "Mehdi Benali", "Pascal Roux", "Sandrine Lefèvre", "Olivier Garnier"),
        parties=("majorité", "opposition", "Agir pour la ville", "Écologie et solidarités", "non-inscrit"),
        wards=("Centre", "Les Chaumes", "Saint-Martin", "La Gare", "Les Hauts"),
        more=("Autres délibérations", "Toute l'actualité du conseil", "Dernières décisions"),
        office=(
            "Article publié par le service communication de la ville de {town}.",
            "Contact presse : {email}",
        ),
    ),
    "sr": Council(
        desk=("Скупштина града", "Градска власт", "Седнице", "Локална самоуправа"),
        bodies=(
            "Скупштина града",
            "Градско веће",
            "Одбор за урбанизам",
            "Одбор за буџет и финансије",
        ),
        labels=("Седница", "Тачка дневног реда", "Одлука", "Гласање"),
        decisions=("Усвојено", "Одложено", "Одбијено", "Усвојено уз амандмане", "Примљено к знању"),
        vote=("{yes} за, {no} против, {abst} уздржаних", "За: {yes} / Против: {no} / Уздржано: {abst}"),
        draft=(
            "Записник је нацрт и биће усвојен на наредној седници скупштине.",
            "Одлуке ступају на снагу даном објављивања у Службеном листу града.",
        ),
        recording=("Снимак седнице ({h} ч {mi} мин)", "Погледајте цео пренос: {h}:{mi}:00"),
        next_meeting=("Следећа седница: {date}, у {time}, {venue}", "Одборници ће се поново састати {date} у {time}."),
        venues=("велика сала Градске куће", "сала Скупштине града", "мала сала Дома културе"),
        have_say=(
            "Грађани могу да доставе предлоге и примедбе до {date} на адресу {email}.",
            "Јавна расправа траје до {date}; примедбе се шаљу на {email}.",
        ),
        documents=("Документа са седнице", "Материјал за седницу", "Преузимање"),
        docs=(
            "Дневни ред",
            "Предлог одлуке",
            "Нацрт записника",
            "Образложење",
            "Прилог: ребаланс буџета",
        ),
        doc=("{doc} (PDF, {kb} KB)", "{doc} \N{EN DASH} PDF, {kb} KB"),
        councillor=("{name}, одборник ({party}, МЗ {ward})", "Одборник {name} \N{MIDDLE DOT} {party}"),
        councillors=("Драган Милић", "Снежана Павловић", "Иван Костић", "Маја Радовановић", "Бојан Танасковић"),
        parties=("владајућа већина", "опозиција", "група грађана", "независни одборник"),
        wards=("Центар", "Палилула", "Ледена стена", "Бубањ", "Дуваниште"),
        more=("Још вести из Скупштине", "Одлуке градске власти", "Са претходних седница"),
        office=(
            "Текст је припремила Служба за информисање Градске управе.",
            "Контакт за медије: {email}",
        ),
    ),
    "is": Council(
        desk=("Sveitarstjórn", "Bæjarmál", "Fundargerðir", "Úr ráðhúsinu"),
        bodies=(
            "Bæjarstjórn",
            "Bæjarráð",
            "Skipulagsnefnd",
            "Fræðslu- og frístundanefnd",
        ),
        labels=("Fundur", "Dagskrárliður", "Niðurstaða", "Atkvæðagreiðsla"),
        decisions=("Samþykkt", "Frestað", "Hafnað", "Samþykkt með breytingum", "Lagt fram til kynningar"),
        vote=(
            "{yes} með, {no} á móti, {abst} sátu hjá",
            "Já: {yes} \N{EN DASH} Nei: {no} \N{EN DASH} Sátu hjá: {abst}",
        ),
        draft=(
            "Fundargerðin er óstaðfest og verður lögð fram til staðfestingar á næsta fundi bæjarstjórnar.",
            "Ákvarðanir nefnda taka ekki gildi fyrr en bæjarstjórn hefur staðfest þær.",
        ),
        recording=("Upptaka af fundinum ({h} klst. {mi} mín.)", "Horfa á fundinn: {h}:{mi}:00"),
        next_meeting=("Næsti fundur: {date} kl. {time}, {venue}", "Bæjarstjórn kemur næst saman {date} kl. {time}."),
        venues=("fundarsal ráðhússins", "Hofi, menningarhúsi", "fundarsal á 2. hæð"),
        have_say=(
            "Íbúar geta sent inn athugasemdir til {date} á netfangið {email}.",
            "Viltu koma máli á dagskrá? Sendu erindi á {email} fyrir {date}.",
        ),
        documents=("Fundargögn", "Gögn fundarins", "Skjöl til niðurhals"),
        docs=(
            "Dagskrá",
            "Minnisblað bæjarstjóra",
            "Óstaðfest fundargerð",
            "Fylgiskjal: fjárhagsáætlun",
            "Greinargerð skipulagsfulltrúa",
        ),
        doc=("{doc} (PDF, {kb} KB)", "{doc} \N{EN DASH} PDF {kb} KB"),
        councillor=("{name}, bæjarfulltrúi ({party})", "{name} \N{MIDDLE DOT} {party} \N{MIDDLE DOT} {ward}"),
        councillors=("Hildur Pálsdóttir", "Gunnar Þórsson", "Ásdís Ragnarsdóttir", "Bjarki Halldórsson"),
        parties=("meirihluti", "minnihluti", "bæjarlistinn", "óháðir"),
        wards=("Oddeyri", "Brekkan", "Glerárhverfi", "Naustahverfi"),
        more=("Fleiri fréttir úr ráðhúsinu", "Nýjustu fundargerðir", "Aðrar ákvarðanir"),
        office=(
            "Fréttin er frá samskiptadeild sveitarfélagsins.",
            "Fyrirspurnir fjölmiðla: {email}",
        ),
    ),
}


@dataclass(frozen=True)
class Fashion:
    """Wording for a fashion and lifestyle magazine: the commission note, shop-the-look boxes between
    paragraphs (brand, piece, price, shop), single product cards, the prices note, the shoot's credits,
    the save-to-Pinterest button, the gallery's count, the horoscope teaser and the more-stories list."""

    sections: tuple[str, ...]  # the kicker
    commission: tuple[str, ...]  # a sentence
    look: tuple[str, ...]  # the heading of a shop-the-look box
    brands: tuple[str, ...]
    pieces: tuple[str, ...]
    shops: tuple[str, ...]
    item: tuple[str, ...]  # {brand} {piece} {price} {shop}
    money: str  # {a}
    buy: tuple[str, ...]  # the box's button
    card: tuple[str, ...]  # a product card's line: {brand} {piece} {price} {shop}
    prices: tuple[str, ...]  # a sentence: prices at the time of publishing
    credits: tuple[str, str, str]  # photography, styling, hair and make-up: {who}
    crew: tuple[str, ...]
    pin: tuple[str, ...]
    gallery: tuple[str, ...]  # {n}
    horoscope: tuple[str, ...]  # the teaser's heading
    signs: tuple[str, ...]
    all_signs: tuple[str, ...]
    more: tuple[str, ...]


FASHION: dict[str, Fashion] = {
    "en": Fashion(
        sections=("Fashion", "Beauty", "Style", "Living"),
        commission=(
            "We may earn a commission when you buy through links on this page, at no extra cost to you.",
            "Every product is independently selected by our editors; if you buy something, we may earn an affiliate"
            " commission.",
        ),
        look=("Shop the look", "Get the look", "Shop the story"),
        brands=("Arket", "COS", "Jigsaw", "Whistles", "Mango", "Veja", "Toast"),
        pieces=("linen blazer", "leather loafers", "wide-leg trousers", "cashmere jumper", "trench coat", "silk scarf"),
        shops=("Selfridges", "John Lewis", "ASOS", "Net-a-Porter"),
        item=("{brand} {piece}, {price}", "{piece} by {brand} \N{EM DASH} {price} at {shop}"),
        money="£{a}",
        buy=("Shop now", "Buy now", "View at {shop}"),
        card=("{brand} {piece}: {price} at {shop}", "Our pick: {piece}, {brand}, {price}"),
        prices=("Prices correct at the time of publication.", "Prices and availability may change."),
        credits=("Photography: {who}", "Styling: {who}", "Hair and make-up: {who}"),
        crew=("Elena Marsh", "Kofi Adjei", "Hattie Lowe", "Remy Duval", "Saskia Bloom"),
        pin=("Save to Pinterest", "Pin it"),
        gallery=("Gallery: {n} images", "{n} photos"),
        horoscope=("Your horoscope this week", "The stars this week"),
        signs=("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio"),
        all_signs=("All star signs", "Read your full horoscope"),
        more=("More in Fashion", "You might also like", "Trending in Style"),
    ),
    "fr": Fashion(
        sections=("Mode", "Beauté", "Tendances", "Art de vivre"),
        commission=(
            "Cet article contient des liens affiliés : nous pouvons percevoir une commission si vous achetez via ces"
            " liens.",
            "Les produits sont choisis en toute indépendance par la rédaction. Certains liens sont rémunérés.",
        ),
        look=("Le look à shopper", "On craque pour", "Shopping"),
        brands=("Sézane", "Maje", "Sandro", "Petit Bateau", "Rouje", "Jonak", "Aigle"),
        pieces=(
            "veste en lin",
            "mocassins en cuir",
            "pantalon large",
            "pull en cachemire",
            "trench",
            "foulard en soie",
        ),
        shops=("Galeries Lafayette", "Printemps", "La Redoute", "Zalando"),
        item=("{piece} {brand}, {price}", "{piece}, {brand} \N{EN DASH} {price} chez {shop}"),
        money="{a}\N{NO-BREAK SPACE}€",
        buy=("Je craque", "Acheter", "Voir chez {shop}"),
        card=("{piece} {brand} : {price} chez {shop}", "Notre sélection : {piece}, {brand}, {price}"),
        prices=("Prix indiqués au moment de la publication.", "Prix et disponibilités susceptibles de varier."),
        credits=("Photos : {who}", "Stylisme : {who}", "Coiffure et maquillage : {who}"),
        crew=("Léa Castel", "Hugo Marchand", "Inès Carpentier", "Baptiste Morel", "Nina Blanchard"),
        pin=("Épingler sur Pinterest", "Enregistrer"),
        gallery=("Diaporama : {n} photos", "{n} images"),
        horoscope=("Votre horoscope de la semaine", "Les astres cette semaine"),
        signs=("Bélier", "Taureau", "Gémeaux", "Cancer", "Lion", "Vierge", "Balance", "Scorpion"),
        all_signs=("Tous les signes", "Lire votre horoscope complet"),
        more=("Plus de mode", "À lire aussi", "Tendance en ce moment"),
    ),
    "ja": Fashion(
        sections=("ファッション", "ビューティー", "ライフスタイル", "トレンド"),
        commission=(
            "本記事で紹介した商品を購入すると、売上の一部が当サイトに還元されることがあります。",
            "※記事内の商品リンクにはアフィリエイト広告が含まれます。",
        ),
        look=("このコーデをチェック", "着用アイテムはこちら", "SHOP THE LOOK"),
        brands=("ユナイテッドアローズ", "アダム エ ロペ", "スナイデル", "ビームス", "マウジー", "無印良品"),
        pieces=(
            "リネンジャケット",
            "レザーローファー",
            "ワイドパンツ",
            "カシミヤニット",
            "トレンチコート",
            "シルクスカーフ",
        ),
        shops=("ZOZOTOWN", "楽天市場", "Amazon", "公式オンラインストア"),
        item=("{brand}の{piece} {price}", "{piece}（{brand}）{price}／{shop}"),
        money="{a}円（税込）",
        buy=("商品をチェック", "購入する", "{shop}で見る"),
        card=("{piece}／{brand} {price}", "編集部のおすすめ：{brand}の{piece} {price}"),
        prices=("※価格は記事公開時点のものです。", "※価格・在庫は変更になる場合があります。"),
        credits=("撮影：{who}", "スタイリング：{who}", "ヘア&メイク：{who}"),
        crew=("小林 玲奈", "中村 拓海", "吉田 千尋", "松本 蓮", "井上 紗季"),
        pin=("Pinterestに保存", "保存する"),
        gallery=("写真{n}枚", "ギャラリー（全{n}枚）"),
        horoscope=("今週の星占い", "12星座占い"),
        signs=("おひつじ座", "おうし座", "ふたご座", "かに座", "しし座", "おとめ座", "てんびん座", "さそり座"),
        all_signs=("すべての星座を見る", "占いをもっと見る"),
        more=("ファッションの最新記事", "あなたにおすすめ", "人気の記事"),
    ),
    "sr": Fashion(
        sections=("Мода", "Лепота", "Стил живота", "Трендови"),
        commission=(
            "Ако купите производ преко линкова у тексту, можемо добити провизију, без додатног трошка за вас.",
            "Производе бира редакција самостално; неки линкови у тексту су партнерски.",
        ),
        look=("Купите овај стил", "Издвајамо", "Стајлинг из текста"),
        brands=("Zara", "Mango", "Reserved", "Legend", "Tiffany Jeans", "Mona"),
        pieces=("ланени сако", "кожне мокасине", "широке панталоне", "кашмирски џемпер", "мантил", "свилена марама"),
        shops=("Fashion&Friends", "Office Shoes", "Buzz", "Djak"),
        item=("{brand} {piece}, {price}", "{piece} \N{EN DASH} {brand}, {price}, {shop}"),
        money="{a} дин.",
        buy=("Купи", "Погледај понуду", "Купи у {shop}"),
        card=("{piece}, {brand}: {price} ({shop})", "Наш избор: {brand} {piece}, {price}"),
        prices=("Цене су важеће у тренутку објављивања текста.", "Цене и доступност могу да се промене."),
        credits=("Фото: {who}", "Стајлинг: {who}", "Фризура и шминка: {who}"),
        crew=("Теодора Лукић", "Лазар Марковић", "Сара Вуковић", "Вук Ристић", "Нина Симић"),
        pin=("Сачувај на Pinterest", "Сачувај"),
        gallery=("Галерија: {n} фотографија", "{n} фото"),
        horoscope=("Недељни хороскоп", "Шта вам звезде поручују"),
        signs=("Ован", "Бик", "Близанци", "Рак", "Лав", "Девица", "Вага", "Шкорпија"),
        all_signs=("Сви знакови", "Прочитајте цео хороскоп"),
        more=("Још из моде", "Можда ће вам се допасти", "Популарно у рубрици"),
    ),
}


@dataclass(frozen=True)
class Advice:
    """Wording for an advice column answering readers' letters: the column's name, who wrote in, the
    columnist's answer label and card, the note that names were changed, how to write in, the column's
    disclaimer, a helpline on some answers, the was-this-helpful question and earlier letters."""

    columns: tuple[str, ...]  # the column's name, the kicker: {columnist}
    columnists: tuple[str, ...]
    credentials: tuple[str, ...]
    asker: tuple[str, ...]  # who wrote in: {alias} {age} {town}
    aliases: tuple[str, ...]
    answers: tuple[str, ...]  # the label over the answer: {columnist}
    changed: tuple[str, ...]  # a sentence
    write_in: tuple[str, ...]  # a sentence: {columnist} {email}
    not_advice: tuple[str, ...]  # a sentence
    helpline: tuple[str, ...]  # a sentence: {phone}
    helpful: tuple[str, ...]  # the question, yes, no
    all_columns: tuple[str, ...]  # the card's link
    previous: tuple[str, ...]  # the heading over earlier letters: {column}


ADVICE: dict[str, Advice] = {
    "en": Advice(
        columns=("Ask {columnist}", "Dear {columnist}", "The Fix"),
        columnists=("Margaret Hale", "Dr Priya Anand", "Tom Reilly"),
        credentials=("Psychotherapist and author", "Family therapist", "Consumer rights solicitor"),
        asker=("A reader asks \N{EM DASH} {alias}, {age}, {town}", "From {alias} ({age})"),
        aliases=("Worried mum", "Anonymous", "Stuck in a rut", "Name withheld"),
        answers=("{columnist} replies:", "The answer", "{columnist} says"),
        changed=(
            "Letters are edited for length, and names and details changed to protect the privacy of those who write"
            " in.",
        ),
        write_in=(
            "Got a problem you'd like {columnist} to answer? Email {email}. We read every letter but cannot reply"
            " personally.",
            "Send your questions in confidence to {email}.",
        ),
        not_advice=("This column is for general information only and is not a substitute for professional advice.",),
        helpline=("If you need to talk to someone now, Samaritans are available day or night on {phone}.",),
        helpful=("Was this answer helpful?", "Yes", "No"),
        all_columns=("Read all columns", "More from this columnist"),
        previous=("More from {column}", "Previous letters", "Readers also asked"),
    ),
    "fr": Advice(
        columns=("Le courrier de {columnist}", "Chère {columnist}", "Vos questions, nos réponses"),
        columnists=("Isabelle Vernier", "Dr Anne Rocher", "Marc Delorme"),
        credentials=("psychologue clinicienne", "thérapeute de couple", "juriste en droit de la consommation"),
        asker=("La question de {alias}, {age} ans, {town}", "{alias}, {age} ans, nous écrit"),
        aliases=("Sophie", "Un lecteur inquiet", "Anonyme", "Maman débordée"),
        answers=("La réponse de {columnist}", "{columnist} vous répond", "Notre réponse"),
        changed=("Les prénoms ont été modifiés à la demande des lecteurs.",),
        write_in=(
            "Vous aussi, posez votre question à {columnist} : {email}. Les lettres peuvent être raccourcies.",
            "Écrivez-nous en toute confidentialité à {email}.",
        ),
        not_advice=("Les réponses de cette rubrique ne remplacent pas une consultation auprès d'un professionnel.",),
        helpline=("En cas de détresse, le {phone} est joignable 24 heures sur 24, gratuitement.",),
        helpful=("Cette réponse vous a-t-elle aidé ?", "Oui", "Non"),
        all_columns=("Toutes ses chroniques", "Lire les autres réponses"),
        previous=("Plus de {column}", "Les questions précédentes", "D'autres lecteurs ont demandé"),
    ),
    "ja": Advice(
        columns=("{columnist}のお悩み相談室", "人生相談", "教えて！{columnist}さん"),
        columnists=("森田 陽子", "大西 修", "川口 さとみ"),
        credentials=("臨床心理士", "家族問題カウンセラー", "弁護士"),
        asker=("相談者：{alias}（{age}歳・{town}）", "{alias}さん（{age}）からの相談"),
        aliases=("会社員女性", "主婦", "匿名希望", "30代男性"),
        answers=("{columnist}さんの回答", "回答者：{columnist}", "答え"),
        changed=("※相談内容はプライバシーに配慮し、一部を変更しています。",),
        write_in=(
            "{columnist}さんへのご相談は {email} までお寄せください。個別の返信はいたしかねます。",
            "お悩みを募集しています。応募は {email} まで。",
        ),
        not_advice=("※本コラムは一般的な情報提供を目的としており、専門家の助言に代わるものではありません。",),
        helpline=("つらい気持ちを抱えている方は、{phone}（24時間対応）にご相談ください。",),
        helpful=("この記事は役に立ちましたか？", "はい", "いいえ"),
        all_columns=("過去の回答一覧", "この回答者の記事"),
        previous=("{column} バックナンバー", "ほかの相談を読む", "こんな相談も"),
    ),
    "is": Advice(
        columns=("Spurðu {columnist}", "Kæra {columnist}", "Ráð dagsins"),
        columnists=("Ragnheiður Sveinsdóttir", "Kristín Ólafsdóttir", "Páll Hermannsson"),
        credentials=("sálfræðingur", "fjölskylduráðgjafi", "lögfræðingur hjá Neytendasamtökunum"),
        asker=("Spurning frá lesanda: {alias}, {age} ára, {town}", "{alias} ({age}) spyr"),
        aliases=("Áhyggjufull móðir", "Nafnlaus", "Þreyttur faðir", "Ung kona"),
        answers=("{columnist} svarar:", "Svarið", "Svar {columnist}"),
        changed=("Nöfnum og öðrum persónuupplýsingum hefur verið breytt.",),
        write_in=(
            "Ertu með spurningu til {columnist}? Sendu okkur póst á {email}. Bréf geta verið stytt.",
            "Spurningar má senda nafnlaust á {email}.",
        ),
        not_advice=("Svörin eru almenns eðlis og koma ekki í stað faglegrar ráðgjafar.",),
        helpline=("Ef þér líður illa getur þú hringt í hjálparsíma Rauða krossins, {phone}, allan sólarhringinn.",),
        helpful=("Var þetta svar gagnlegt?", "Já", "Nei"),
        all_columns=("Allir pistlar", "Fleiri svör"),
        previous=("Meira úr {column}", "Eldri spurningar", "Aðrir lesendur spurðu"),
    ),
}
# What the ninth split's sites are called: each archetype's outlet as it names itself.
NINTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "council": ("Ashby Town Hall News", "The Civic Ledger"),
        "fashion": ("Wardrobe Edit", "The Style Column"),
        "advice": ("Kitchen Table Post", "Heart & Home"),
    },
    "fr": {
        "council": ("Vivre à Montbrison", "L'Écho de la mairie"),
        "fashion": ("Dressing Parisien", "Mode & Moi"),
        "advice": ("Courrier des lecteurs", "Parlons-en Magazine"),
    },
    "sr": {
        "council": ("Градски информатор", "Општинске новине"),
        "fashion": ("Стил и лепота", "Модни кутак"),
    },
    "is": {
        "council": ("Bæjarfréttir", "Ráðhúsið"),
        "advice": ("Heimilispósturinn", "Spurt og svarað"),
    },
    "ja": {
        "fashion": ("モードの手帖", "スタイルノート"),
        "advice": ("くらしの相談室", "暮らしのこたえ"),
    },
}


# --- the tenth held-out split: three more languages, and wording for its new templates ---------------------
# (a newspaper's motoring section with road tests, an obituaries and death-notices page with its
# guestbook, a personal-finance desk with rate tables). Written by a helper not working on the learner,
# before the learner was run on it; the phrasing is new, not translated from the earlier splits' wording.
# Hebrew sites print abbreviations (shekels, horsepower, the honorific after a name) with a plain ASCII
# double quote, as real ones type them; Thai dates count Buddhist-era years ({be}).

HE = Words(
    months=("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"),
    weekdays=("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"),
    dates=("{dd}.{mm}.{y} {h}:{mi}", "{d} ב{month} {y}", "{weekday}, {d} ב{month} {y}, {h}:{mi}", "{dd}/{mm}/{y}"),
    ago=("לפני {n} דקות", "לפני {n} שעות", "לפני {n} ימים", "לפני שעה"),
    nav=(
        "ראשי",
        "חדשות",
        "בארץ",
        "בעולם",
        "כלכלה",
        "ספורט",
        "תרבות",
        "בריאות",
        "טכנולוגיה",
        "דעות",
        "צרכנות",
        "רכב",
        "מזג אוויר",
    ),
    footer_nav=("אודות", "צור קשר", "פרסמו אצלנו", "מדיניות פרטיות", "תנאי שימוש", "הצהרת נגישות"),
    account=("התחברות", "הרשמה", "חיפוש", "תפריט", "האזור האישי"),
    authors=("נועה כהן", "איתי לוי", "מיכל אברהם", "יונתן מזרחי", "שירה פרץ", "עומר ביטון"),
    agencies=("רויטרס", "AP", "AFP", "פלאש 90", "גטי אימג'ס"),
    site_names=("קול העמק", "השרון היום", "הד הנגב", "זמן הגליל"),
    taglines=("החדשות שלך, כל יום", "עיתונות עצמאית מהשטח"),
    byline=("מאת {author}", "{author}", "{author}, {site}"),
    published=("פורסם: {date}", "{date}", "פורסם ב-{date}"),
    updated=("עודכן {ago}", "עודכן: {date}"),
    views=("{n} צפיות", "נקרא {n} פעמים"),
    reading=("זמן קריאה: {n} דקות", "{n} דק' קריאה"),
    ad=("פרסומת", "- פרסומת -", "מודעה"),
    ad_continue=("הכתבה נמשכת אחרי הפרסומת", "המשך הכתבה למטה"),
    read_also=("קראו גם:", "עוד בנושא:", "כתבות נוספות:", "מומלץ:"),
    share_a=("שתפו", "פייסבוק", "וואטסאפ", "טוויטר", "מייל"),
    share_b=("שתפו את הכתבה", "שליחה בוואטסאפ", "העתקת קישור"),
    share_end=("שתפו", "שתפו:", "אהבתם? שתפו עם חברים"),
    newsletter=(
        "הירשמו לניוזלטר שלנו וקבלו את עיקרי החדשות ישירות למייל בכל בוקר.",
        "רוצים לקבל עדכונים בזמן אמת? הורידו את האפליקציה של {site} והפעילו התראות.",
    ),
    channel=("הצטרפו לערוץ הטלגרם של {site}", "עקבו אחרי {site} בגוגל חדשות"),
    tags=("תגיות: {tags}", "נושאים: {tags}"),
    topics=("יוקר המחיה", "בחירות", "חינוך", "בריאות", "תחבורה ציבורית", "דיור", "ביטחון", "תיירות"),
    trending=("הנקראים ביותר", "הכי חם עכשיו", "פופולרי"),
    related=("כתבות נוספות", "אולי יעניין אותך", "עוד באתר"),
    more_from=("עוד ב{category}", "חדשות {category} נוספות"),
    comments_head=("{n} תגובות", "תגובות ({n})"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("הגב", "דווח"),
    comment_form=("הוספת תגובה", "כתובת המייל לא תפורסם.", "שליחה"),
    comment_texts=("כתבה מצוינת, תודה.", "לא מסכים בכלל.", "סוף סוף מישהו כותב על זה.", "ומי ישלם על כל זה?"),
    copyright=("© {y} {site}. כל הזכויות שמורות.", "כל הזכויות שמורות © {site} {y}"),
    cookie=("אתר זה עושה שימוש בעוגיות כדי לשפר את חוויית הגלישה.", "אישור / הגדרות"),
    caption=("צילום: {agency}", "צילום: {author}", "(צילום: {agency})"),
    breadcrumb_home="ראשי",
    disclaimer=("התגובות מתפרסמות על אחריות הכותבים בלבד ואינן משקפות את עמדת המערכת.",),
    app=("הורידו את האפליקציה של {site}", "להורדה"),
    pagination=("הכתבה הבאה", "הכתבה הקודמת"),
)

TH = Words(
    months=(
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ),
    weekdays=("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"),
    dates=(
        "{d} {month} {be} เวลา {h}:{mi} น.",
        "{dd}/{mm}/{be} {h}:{mi}",
        "{weekday}ที่ {d} {month} {be}",
        "{d} {month} {be}",
    ),
    ago=("{n} นาทีที่แล้ว", "{n} ชั่วโมงที่แล้ว", "{n} วันที่แล้ว", "1 ชั่วโมงที่แล้ว"),
    nav=(
        "หน้าแรก",
        "ข่าว",
        "การเมือง",
        "เศรษฐกิจ",
        "ต่างประเทศ",
        "กีฬา",
        "บันเทิง",
        "สุขภาพ",
        "เทคโนโลยี",
        "ภูมิภาค",
        "ไลฟ์สไตล์",
        "ยานยนต์",
        "อาชญากรรม",
    ),
    footer_nav=("เกี่ยวกับเรา", "ติดต่อเรา", "ติดต่อโฆษณา", "นโยบายความเป็นส่วนตัว", "ข้อกำหนดการใช้งาน", "ร่วมงานกับเรา"),
    account=("เข้าสู่ระบบ", "สมัครสมาชิก", "ค้นหา", "เมนู", "บัญชีของฉัน"),
    authors=(
        "ณัฐวุฒิ ศรีสวัสดิ์",
        "พิมพ์ชนก วงศ์ไทย",
        "ธนพล แก้วมณี",
        "สุภาวดี จันทร์เพ็ญ",
        "กิตติพงษ์ บุญมา",
        "อรอุมา ทองดี",
    ),
    agencies=("รอยเตอร์", "เอเอฟพี", "เอพี", "สำนักข่าวไทย", "กองบรรณาธิการ"),
    site_names=("ข่าวเหนือวันนี้", "อีสานโพสต์", "ปักษ์ใต้รายวัน", "สยามนิวส์ออนไลน์"),
    taglines=("ข่าวจริง ทันทุกเหตุการณ์", "สื่อท้องถิ่นที่คุณไว้ใจ"),
    byline=("โดย {author}", "{author}", "ผู้เขียน: {author}"),
    published=("เผยแพร่: {date}", "{date}", "เผยแพร่เมื่อ {date}"),
    updated=("อัปเดต {ago}", "อัปเดตล่าสุด: {date}"),
    views=("อ่าน {n} ครั้ง", "ผู้เข้าชม {n}"),
    reading=("ใช้เวลาอ่าน {n} นาที", "อ่าน {n} นาที"),
    ad=("โฆษณา", "ADVERTISEMENT", "พื้นที่โฆษณา"),
    ad_continue=("เนื้อหาต่อจากโฆษณา", "อ่านต่อด้านล่าง"),
    read_also=("อ่านเพิ่มเติม:", "ข่าวที่เกี่ยวข้อง:", "อ่านข่าว:", "คลิกอ่าน"),
    share_a=("แชร์", "Facebook", "LINE", "X", "คัดลอกลิงก์"),
    share_b=("แชร์ข่าวนี้", "แชร์ผ่าน LINE", "คัดลอกลิงก์"),
    share_end=("แชร์", "แชร์ข่าวนี้:", "ถูกใจข่าวนี้? แชร์ให้เพื่อนอ่านเลย"),
    newsletter=(
        "สมัครรับจดหมายข่าว รับสรุปข่าวเด่นประจำวันส่งตรงถึงอีเมลของคุณทุกเช้า ฟรี",
        "ไม่พลาดทุกข่าวสำคัญ ดาวน์โหลดแอป {site} แล้วเปิดการแจ้งเตือน",
    ),
    channel=("เพิ่มเพื่อน LINE {site} รับข่าวก่อนใคร", "ติดตาม {site} บน Google News"),
    tags=("แท็ก: {tags}", "คำค้น: {tags}"),
    topics=("ค่าครองชีพ", "เลือกตั้ง", "การศึกษา", "สาธารณสุข", "น้ำท่วม", "ฝุ่น PM2.5", "ท่องเที่ยว", "ราคาน้ำมัน"),
    trending=("ข่าวยอดนิยม", "อ่านมากที่สุด", "กำลังเป็นกระแส"),
    related=("ข่าวที่เกี่ยวข้อง", "ข่าวแนะนำ", "ข่าวล่าสุด"),
    more_from=("ข่าว{category}ล่าสุด", "ดูทั้งหมดในหมวด{category}"),
    comments_head=("ความคิดเห็น ({n})", "{n} ความคิดเห็น"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("ตอบกลับ", "แจ้งลบ"),
    comment_form=("แสดงความคิดเห็น", "อีเมลของคุณจะไม่ถูกเผยแพร่", "ส่ง"),
    comment_texts=(
        "ขอบคุณสำหรับข่าวครับ",
        "ไม่เห็นด้วยเลย",
        "ในที่สุดก็มีคนพูดถึงเรื่องนี้",
        "แล้วใครจะเป็นคนจ่ายล่ะ",
    ),
    copyright=("© {y} {site} สงวนลิขสิทธิ์", "Copyright © {y} {site} All rights reserved."),
    cookie=("เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ", "ยอมรับทั้งหมด / ตั้งค่า"),
    caption=("ภาพ: {agency}", "ภาพจาก {agency}", "ขอบคุณภาพ: {agency}"),
    breadcrumb_home="หน้าแรก",
    disclaimer=("ความคิดเห็นที่แสดงเป็นของผู้แสดงความคิดเห็นเท่านั้น ไม่ใช่ความเห็นของกองบรรณาธิการ",),
    app=("ดาวน์โหลดแอป {site}", "ดาวน์โหลด"),
    pagination=("ข่าวถัดไป", "ข่าวก่อนหน้า"),
)

HI = Words(
    months=("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"),
    weekdays=("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    dates=(
        "{d} {month} {y}, {h}:{mi}",
        "{dd}/{mm}/{y} {h12}:{mi} {ampm}",
        "{weekday}, {d} {month} {y}",
        "{dd}-{mm}-{y}",
    ),
    ago=("{n} मिनट पहले", "{n} घंटे पहले", "{n} दिन पहले", "1 घंटा पहले"),
    nav=(
        "होम",
        "देश",
        "विदेश",
        "राज्य",
        "कारोबार",
        "खेल",
        "मनोरंजन",
        "टेक",
        "सेहत",
        "राय",
        "शिक्षा",
        "ऑटो",
        "मौसम",
    ),
    footer_nav=("हमारे बारे में", "संपर्क करें", "विज्ञापन", "प्राइवेसी पॉलिसी", "नियम और शर्तें", "करियर"),
    account=("लॉग इन", "सब्सक्राइब", "सर्च", "मेन्यू", "मेरा अकाउंट"),
    authors=("राहुल शर्मा", "प्रिया वर्मा", "अमित सिंह", "नेहा गुप्ता", "संजय मिश्रा", "पूजा यादव"),
    agencies=("पीटीआई", "भाषा", "आईएएनएस", "रॉयटर्स", "एएनआई"),
    site_names=("मालवा दर्पण", "अवध केसरी", "मरुधरा समाचार", "गंगा टाइम्स"),
    taglines=("सच के साथ, हर पल", "आपकी खबर, आपकी भाषा"),
    byline=("{author}", "लेखक: {author}", "रिपोर्ट: {author}"),
    published=("प्रकाशित: {date}", "{date}", "पब्लिश्ड: {date}"),
    updated=("अपडेटेड {ago}", "अपडेटेड: {date}"),
    views=("{n} बार पढ़ा गया", "{n} व्यूज"),
    reading=("पढ़ने का समय: {n} मिनट", "{n} मिनट में पढ़ें"),
    ad=("विज्ञापन", "ADVERTISEMENT", "स्पॉन्सर्ड"),
    ad_continue=("खबर विज्ञापन के नीचे जारी है", "आगे पढ़ें"),
    read_also=("यह भी पढ़ें:", "ये भी पढ़ें-", "संबंधित खबर:", "पढ़ें:"),
    share_a=("शेयर", "फेसबुक", "व्हाट्सऐप", "X", "ईमेल"),
    share_b=("खबर शेयर करें", "व्हाट्सऐप पर भेजें", "लिंक कॉपी करें"),
    share_end=("शेयर करें", "शेयर:", "खबर अच्छी लगी? दोस्तों के साथ शेयर करें"),
    newsletter=(
        "हमारे न्यूजलेटर के लिए साइन अप करें और हर सुबह दिन की बड़ी खबरें सीधे अपने इनबॉक्स में पाएं।",
        "ताज़ा अपडेट के लिए {site} ऐप डाउनलोड करें और नोटिफिकेशन ऑन करें।",
    ),
    channel=("{site} को गूगल न्यूज़ पर फॉलो करें", "हमारे व्हाट्सऐप चैनल से जुड़ें"),
    tags=("टैग: {tags}", "विषय: {tags}"),
    topics=("महंगाई", "चुनाव", "शिक्षा", "स्वास्थ्य", "मानसून", "रेलवे", "किसान", "पर्यटन"),
    trending=("सबसे ज्यादा पढ़ी गई", "ट्रेंडिंग", "टॉप खबरें"),
    related=("संबंधित खबरें", "आपके लिए", "और खबरें"),
    more_from=("{category} की और खबरें", "{category} से जुड़ी ताज़ा खबरें"),
    comments_head=("{n} कमेंट", "कमेंट ({n})"),
    comment_meta=("{name} · {ago}", "{name} ने लिखा:"),
    comment_actions=("जवाब दें", "रिपोर्ट करें"),
    comment_form=("अपनी राय दें", "आपका ईमेल पता प्रकाशित नहीं किया जाएगा।", "भेजें"),
    comment_texts=(
        "बढ़िया खबर, धन्यवाद।",
        "मैं इससे बिल्कुल सहमत नहीं हूं।",
        "आखिरकार किसी ने इस पर लिखा।",
        "इसका खर्च कौन उठाएगा?",
    ),
    copyright=("© {y} {site}. सर्वाधिकार सुरक्षित।", "Copyright © {y} {site}. All rights reserved."),
    cookie=("यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।", "स्वीकार करें / सेटिंग्स"),
    caption=("फोटो: {agency}", "फोटो साभार: {agency}", "तस्वीर: {agency}"),
    breadcrumb_home="होम",
    disclaimer=("कमेंट में व्यक्त विचार पाठकों के अपने हैं, संपादकीय टीम का इनसे सहमत होना आवश्यक नहीं।",),
    app=("{site} ऐप डाउनलोड करें", "डाउनलोड"),
    pagination=("अगली खबर", "पिछली खबर"),
)
WORDS |= {"he": HE, "th": TH, "hi": HI}
TLDS |= {"he": ".co.il", "th": ".co.th", "hi": ".in"}
TOWNS |= {
    "he": ("חיפה", "באר שבע", "נתניה"),
    "th": ("เชียงใหม่", "ขอนแก่น", "หาดใหญ่"),
    "hi": ("इंदौर", "लखनऊ", "जयपुर"),
}
PHONES |= {"he": "03-999-9999", "th": "02-999-9999", "hi": "1800-999-9999"}
# Thousands separators and decimal points of the tenth split's languages and of its other sites' languages.
TENTH_SEPARATORS = {"he": ",", "th": ",", "hi": ",", "en": ",", "de": ".", "fr": "\N{NO-BREAK SPACE}"}
TENTH_DECIMALS = {"de": ",", "fr": ","}
DAY_DATES |= {"he": "{d} ב{month} {y}", "th": "{d} {month} {be}", "hi": "{d} {month} {y}"}


@dataclass(frozen=True)
class Motoring:
    """Wording for a newspaper's motoring section: the road test's spec box (engine, power, sprint,
    consumption, price), the rating and verdict, the official-consumption note, the press-car note, the
    dealer box between paragraphs, the gallery's count, the compare prompt and more road tests."""

    desk: tuple[str, ...]  # the kicker
    cars: tuple[str, ...]  # the i-th car has the (i mod len(engines))-th engine
    engines: tuple[str, ...]
    electric: int  # which of `engines` is the electric one (its consumption is in kWh)
    labels: tuple[str, str, str, str, str]  # engine, power, sprint, consumption, price
    power: str  # {hp} {kw}
    sprint: str  # {s}
    consumption: tuple[str, str]  # fuel, electric: {x}
    price: str  # {a}
    rating: tuple[str, ...]  # {stars}
    verdict_head: tuple[str, ...]
    verdicts: tuple[str, ...]  # a sentence
    official: tuple[str, ...]  # a sentence: the consumption figures are the maker's
    loan: tuple[str, ...]  # a sentence: the maker lent the car or paid the trip
    dealer: tuple[str, ...]  # the dealer box's heading
    finance: tuple[str, ...]  # {a}: a month's payment
    dealer_button: tuple[str, ...]
    compare: tuple[str, ...]  # {car}
    gallery: tuple[str, ...]  # {n}
    more: tuple[str, ...]


MOTORING: dict[str, Motoring] = {
    "en": Motoring(
        desk=("Motoring", "Road Test", "First Drive", "Car Reviews"),
        cars=(
            "Volkswagen Golf 1.5 eTSI",
            "Kia Niro Hybrid",
            "Skoda Enyaq 85",
            "Skoda Octavia 2.0 TDI",
            "Dacia Jogger TCe 110",
            "Toyota Yaris Cross Hybrid",
        ),
        engines=("1.5-litre turbo petrol", "1.6 self-charging hybrid", "electric, 77kWh battery", "2.0 TDI diesel"),
        electric=2,
        labels=("Engine", "Power", "0-62mph", "Economy", "Price from"),
        power="{hp}bhp",
        sprint="{s}sec",
        consumption=("{x}mpg", "{x} miles/kWh"),
        price="£{a}",
        rating=("Our rating: {stars}/5", "Rating: {stars} out of 5"),
        verdict_head=("Verdict", "Our verdict"),
        verdicts=(
            "A comfortable, frugal family car that is let down by its price.",
            "Roomy and safe, but the touchscreen-only controls grate.",
            "If most of your driving is in town, few cars are as efficient.",
            "Sensible, solid and unexciting: a car for the head, not the heart.",
        ),
        official=(
            "Fuel economy and CO2 figures are the manufacturer's official WLTP values.",
            "Economy figures are official WLTP combined figures supplied by the manufacturer.",
        ),
        loan=(
            "The car was provided for this test by the manufacturer.",
            "Travel and accommodation for this launch were paid for by the manufacturer.",
        ),
        dealer=("Find a dealer near you", "Get a quote"),
        finance=("PCP deals from £{a} a month", "Lease from £{a} per month"),
        dealer_button=("Book a test drive", "See offers"),
        compare=("Compare the {car} with its rivals", "Compare cars"),
        gallery=("Gallery: {n} photos", "{n} pictures"),
        more=("More car reviews", "Latest motoring news", "Other road tests"),
    ),
    "de": Motoring(
        desk=("Auto", "Fahrbericht", "Autotest", "Mobilität"),
        cars=(
            "VW Golf 1.5 eTSI",
            "Toyota C-HR Hybrid",
            "Cupra Born",
            "Skoda Octavia Combi 2.0 TDI",
            "Seat Leon 1.5 TSI",
            "Toyota Corolla Touring Sports Hybrid",
        ),
        engines=("1,5-Liter-Turbobenziner", "Vollhybrid, 1,8 Liter", "Elektro, 77-kWh-Akku", "2,0-Liter-Diesel"),
        electric=2,
        labels=("Motor", "Leistung", "0\N{EN DASH}100 km/h", "Verbrauch (WLTP)", "Preis ab"),
        power="{hp} PS ({kw} kW)",
        sprint="{s} s",
        consumption=("{x} l/100 km", "{x} kWh/100 km"),
        price="{a} Euro",
        rating=("Unsere Wertung: {stars} von 5 Sternen", "Testnote: {stars}/5"),
        verdict_head=("Fazit", "Unser Urteil"),
        verdicts=(
            "Ein komfortables und sparsames Familienauto, das beim Preis nicht überzeugt.",
            "Viel Platz, gute Assistenten \N{EN DASH} aber die Bedienung über den Touchscreen nervt.",
            "Wer vor allem in der Stadt fährt, bekommt hier ein sehr effizientes Auto.",
            "Solide, sicher, unaufgeregt: ein Auto für Vernunftkäufer.",
        ),
        official=(
            "Kraftstoffverbrauch kombiniert und CO2-Emissionen nach WLTP, Herstellerangaben.",
            "Die Verbrauchswerte wurden nach dem WLTP-Verfahren ermittelt; es handelt sich um Herstellerangaben.",
        ),
        loan=(
            "Das Testfahrzeug wurde uns vom Hersteller zur Verfügung gestellt.",
            "Die Reisekosten für die Präsentation hat der Hersteller übernommen.",
        ),
        dealer=("Händler in Ihrer Nähe finden", "Angebot anfordern"),
        finance=("Leasing ab {a} Euro im Monat", "Finanzierung ab {a} Euro monatlich"),
        dealer_button=("Probefahrt vereinbaren", "Zu den Angeboten"),
        compare=("{car} mit der Konkurrenz vergleichen", "Autos vergleichen"),
        gallery=("Bildergalerie: {n} Fotos", "{n} Bilder"),
        more=("Weitere Tests", "Mehr aus Auto & Mobilität", "Neueste Fahrberichte"),
    ),
    "he": Motoring(
        desk=("רכב", "מבחן דרכים", "נהיגה ראשונה", "רכב ותחבורה"),
        cars=(
            "סקודה אוקטביה",
            "טויוטה קורולה קרוס",
            "יונדאי איוניק 5",
            "סקודה קודיאק דיזל",
            "קיה ספורטאז'",
            "קיה נירו היברידית",
        ),
        engines=("בנזין טורבו 1.5 ליטר", "היברידי 1.8 ליטר", 'חשמלי, סוללה 77 קוט"ש', "דיזל 2.0 ליטר"),
        electric=2,
        labels=("מנוע", "הספק", '0-100 קמ"ש', "צריכה", "מחיר"),
        power='{hp} כ"ס',
        sprint="{s} שניות",
        consumption=('{x} ק"מ לליטר', '{x} קוט"ש ל-100 ק"מ'),
        price='החל מ-{a} ש"ח',
        rating=("הציון שלנו: {stars}/5", "ציון: {stars} מתוך 5"),
        verdict_head=("השורה התחתונה", "סיכום"),
        verdicts=(
            "רכב משפחתי נוח וחסכוני, אבל המחיר גבוה מדי לרמת האבזור.",
            "מרווח, שקט ובטוח, אבל מערכת המולטימדיה מסורבלת.",
            "למי שנוסע בעיקר בעיר, קשה למצוא היום רכב יעיל יותר.",
            "לא מרגש, אבל אמין ושפוי: בחירה של שכל ולא של רגש.",
        ),
        official=(
            "נתוני הצריכה והפליטה הם נתוני היצרן לפי תקן WLTP.",
            "נתוני הצריכה מבוססים על מדידות היצרן ועשויים להשתנות בנהיגה יומיומית.",
        ),
        loan=("הרכב הועמד לרשות המבחן על ידי היבואן.", 'ההשקה התקיימה בחו"ל, על חשבון היבואן.'),
        dealer=("מצאו סוכנות קרובה", "קבלו הצעת מחיר"),
        finance=('ליסינג החל מ-{a} ש"ח לחודש', 'מימון החל מ-{a} ש"ח בחודש'),
        dealer_button=("לתיאום נסיעת מבחן", "לכל המבצעים"),
        compare=("השוו את {car} למתחרים", "השוואת רכבים"),
        gallery=("גלריה: {n} תמונות", "{n} תמונות"),
        more=("מבחנים נוספים", "עוד ברכב", "חדשות רכב אחרונות"),
    ),
    "hi": Motoring(
        desk=("ऑटो", "टेस्ट ड्राइव", "कार रिव्यू", "ऑटो न्यूज़"),
        cars=(
            "टाटा नेक्सन",
            "हुंडई क्रेटा",
            "टाटा नेक्सन ईवी",
            "टोयोटा इनोवा हाइक्रॉस",
            "महिंद्रा XUV 3XO",
            "किआ सोनेट",
        ),
        engines=("1.2 लीटर टर्बो पेट्रोल", "1.5 लीटर डीज़ल", "इलेक्ट्रिक, 40.5 kWh बैटरी", "2.0 लीटर स्ट्रॉन्ग हाइब्रिड"),
        electric=2,
        labels=("इंजन", "पावर", "0-100 किमी/घंटा", "माइलेज (ARAI)", "कीमत"),
        power="{hp} bhp",
        sprint="{s} सेकंड",
        consumption=("{x} किमी/लीटर", "{x} किमी रेंज"),
        price="₹{a} लाख (एक्स-शोरूम)",
        rating=("हमारी रेटिंग: {stars}/5", "रेटिंग: 5 में से {stars}"),
        verdict_head=("फैसला", "हमारा फैसला"),
        verdicts=(
            "आरामदायक और किफायती फैमिली कार, लेकिन कीमत थोड़ी ज़्यादा है।",
            "जगह भरपूर और सेफ्टी फीचर्स अच्छे, पर इंफोटेनमेंट सिस्टम धीमा है।",
            "शहर में रोज़ चलाने के लिए यह अपने सेगमेंट की सबसे समझदार कार है।",
            "दमदार इंजन और अच्छी राइड क्वालिटी, लेकिन पीछे की सीट पर जगह कम है।",
        ),
        official=(
            "माइलेज के आंकड़े कंपनी द्वारा बताए गए ARAI प्रमाणित आंकड़े हैं।",
            "असल माइलेज ड्राइविंग की परिस्थितियों के हिसाब से अलग हो सकता है।",
        ),
        loan=(
            "टेस्ट ड्राइव के लिए कार कंपनी ने उपलब्ध कराई थी।",
            "इस ड्राइव इवेंट के लिए यात्रा और ठहरने का खर्च कंपनी ने उठाया।",
        ),
        dealer=("नज़दीकी डीलर खोजें", "ऑन-रोड कीमत जानें"),
        finance=("EMI ₹{a} प्रति माह से शुरू", "आसान फाइनेंस: ₹{a}/माह से"),
        dealer_button=("टेस्ट ड्राइव बुक करें", "ऑफर देखें"),
        compare=("{car} की तुलना दूसरी कारों से करें", "कारों की तुलना करें"),
        gallery=("फोटो गैलरी: {n} तस्वीरें", "{n} फोटो"),
        more=("और कार रिव्यू", "ऑटो की ताज़ा खबरें", "अन्य टेस्ट ड्राइव"),
    ),
}


@dataclass(frozen=True)
class Obituary:
    """Wording for an obituaries and death-notices page: the life line (name, dates, age), the funeral
    or memorial service, the funeral director's credit, the family's wish (donations, the shiva, wreaths),
    the candles lit, the guestbook (its heading, entries and who signed them), the buttons to sign it and
    to send flowers, how to place a notice, and more notices."""

    desk: tuple[str, ...]  # the kicker
    names: tuple[str, ...]  # the deceased
    life: tuple[str, ...]  # {name} {born} {died} {age}
    funeral: tuple[str, ...]  # a sentence: {weekday} {date} {time} {venue}
    venues: tuple[str, ...]
    home: tuple[str, ...]  # {home} {phone}
    homes: tuple[str, ...]
    wish: tuple[str, ...]  # a sentence: {charity} {town}
    charities: tuple[str, ...]
    candles: tuple[str, ...]  # {n}
    light: tuple[str, ...]  # the button: {first}
    guestbook: tuple[str, ...]  # the heading: {n}
    condolences: tuple[str, ...]  # an entry's text
    signer: tuple[str, ...]  # {who} {town}
    signers: tuple[str, ...]
    sign: tuple[str, ...]  # the button
    flowers: tuple[str, ...]  # the button
    place: tuple[str, ...]  # a sentence: {phone} {email}
    more: tuple[str, ...]


OBITUARY: dict[str, Obituary] = {
    "en": Obituary(
        desk=("Obituaries", "Death Notices", "In Memoriam", "Lives Remembered"),
        names=(
            "Margaret Ann Hollis",
            "Derek John Pryce",
            "Eileen Mary Walsh",
            "Arthur Kenneth Dale",
            "Patricia Joan Burrows",
            "Roy Frederick Hale",
        ),
        life=("{name}, {born} \N{EN DASH} {died}", "{name} (aged {age})", "Died peacefully on {died}, aged {age}."),
        funeral=(
            "The funeral service will take place at {venue} on {weekday} {date} at {time}.",
            "Funeral: {venue}, {date}, {time}. All welcome.",
        ),
        venues=(
            "St Andrew's Church",
            "Westfield Crematorium",
            "the Methodist Chapel, High Street",
            "Hillside Cemetery",
        ),
        home=("Arrangements by {home}.", "Enquiries to {home}, tel. {phone}."),
        homes=("Harper & Sons Funeral Directors", "Co-op Funeralcare", "J. Whitfield Family Funeral Service"),
        wish=(
            "Family flowers only. Donations, if desired, to {charity}.",
            "In lieu of flowers, donations may be made to {charity}.",
        ),
        charities=(
            "the British Heart Foundation",
            "Macmillan Cancer Support",
            "St Luke's Hospice",
            "Alzheimer's Society",
        ),
        candles=("{n} candles lit", "{n} people have lit a candle"),
        light=("Light a candle", "Light a candle for {first}"),
        guestbook=("Guestbook ({n} entries)", "Condolences ({n})", "Messages of sympathy"),
        condolences=(
            "Rest in peace. Thinking of all the family at this sad time.",
            "So sorry to hear this news. A lovely, kind person who will be greatly missed.",
            "Deepest sympathy to you all.",
            "Fond memories of many happy years as neighbours. God bless.",
        ),
        signer=("\N{EM DASH} {who}, {town}", "Posted by {who}"),
        signers=("Jean and Tony", "Sue Carter", "The Robinson family", "Linda P.", "Friends at the bowls club"),
        sign=("Sign the guestbook", "Leave a message of condolence"),
        flowers=("Send flowers to the family", "Send sympathy flowers"),
        place=(
            "To place a death notice, call {phone} or email {email}.",
            "Place a notice online or by phone on {phone}.",
        ),
        more=("Recent death notices", "More obituaries", "Also remembered this week"),
    ),
    "de": Obituary(
        desk=("Traueranzeigen", "Nachrufe", "Trauer", "Gedenken"),
        names=(
            "Gertrud Hoffmann",
            "Heinz-Werner Schulte",
            "Ingrid Maier geb. Koch",
            "Klaus Dieter Brandt",
            "Renate Vogel",
            "Manfred Albrecht",
        ),
        life=("{name} * {born} \N{DAGGER} {died}", "{name} ({age})", "verstorben am {died} im Alter von {age} Jahren"),
        funeral=(
            "Die Trauerfeier findet am {weekday}, {date}, um {time} Uhr in der {venue} statt.",
            "Trauerfeier: {date}, {time} Uhr, {venue}; anschließend Beisetzung.",
        ),
        venues=(
            "Friedhofskapelle Nord",
            "Trauerhalle am Waldfriedhof",
            "Friedhofskapelle St. Josef",
            "Kapelle am Hauptfriedhof",
        ),
        home=("Bestattungen: {home}", "Betreuung: {home}, Telefon {phone}"),
        homes=("Bestattungshaus Lindner", "Pietät Kaiser", "Bestattungen Wagner & Sohn"),
        wish=(
            "Statt Blumen bitten wir um eine Spende an {charity}.",
            "Anstelle von Kränzen und Blumen wird um eine Spende für {charity} gebeten.",
        ),
        charities=(
            "die Deutsche Krebshilfe",
            "das Hospiz am Stadtpark",
            "die Kinderhilfe e.\N{NO-BREAK SPACE}V.",
            "Ärzte ohne Grenzen",
        ),
        candles=("{n} Kerzen wurden angezündet", "{n} Kerzen"),
        light=("Kerze anzünden", "Eine Kerze für {first} anzünden"),
        guestbook=("Kondolenzbuch ({n} Einträge)", "Kondolenzen ({n})", "Beileidsbekundungen"),
        condolences=(
            "Aufrichtige Anteilnahme und viel Kraft in dieser schweren Zeit.",
            "In stillem Gedenken. Wir werden die gemeinsamen Jahre nie vergessen.",
            "Unser herzliches Beileid der ganzen Familie.",
            "Ruhe in Frieden. Du fehlst uns.",
        ),
        signer=("\N{EN DASH} {who}, {town}", "Eintrag von {who}"),
        signers=(
            "Familie Becker",
            "Elke und Jürgen",
            "Die Nachbarn aus der Lindenstraße",
            "Sabine K.",
            "Der Kegelclub",
        ),
        sign=("Kondolieren", "Eintrag ins Kondolenzbuch schreiben"),
        flowers=("Trauerfloristik bestellen", "Blumen zur Trauerfeier senden"),
        place=(
            "Traueranzeige aufgeben: Telefon {phone} oder {email}",
            "Sie möchten eine Traueranzeige aufgeben? Rufen Sie uns an: {phone}.",
        ),
        more=("Aktuelle Traueranzeigen", "Weitere Nachrufe", "Verstorben in dieser Woche"),
    ),
    "th": Obituary(
        desk=("ข่าวมรณกรรม", "ไว้อาลัย", "ประกาศข่าวมรณกรรม", "อนุสรณ์"),
        names=(
            "นายสมชาย ใจดี",
            "นางบุญเรือน แสงทอง",
            "นายประเสริฐ วงศ์สวัสดิ์",
            "นางละเอียด พรหมมา",
            "นายทองใบ ศรีสุข",
            "นางมาลัย คำแก้ว",
        ),
        life=("{name} ({born} \N{EN DASH} {died})", "{name} สิริอายุ {age} ปี", "ถึงแก่กรรมเมื่อวันที่ {died} สิริอายุ {age} ปี"),
        funeral=(
            "กำหนดการสวดพระอภิธรรม ณ {venue} ตั้งแต่{weekday}ที่ {date} เวลา {time} น.",
            "พิธีฌาปนกิจ วันที่ {date} เวลา {time} น. ณ {venue}",
        ),
        venues=("ศาลา 3 วัดพระศรีมหาธาตุ", "วัดโสมนัสราชวรวิหาร", "ศาลา 1 วัดเจดีย์หลวง", "วัดหนองแวง"),
        home=("ดำเนินการโดย {home}", "สอบถามรายละเอียด โทร. {phone}"),
        homes=("ศาลาสุขสันติ", "บริษัท ไว้อาลัยบริการ จำกัด", "มูลนิธิสว่างธรรม"),
        wish=(
            "เจ้าภาพขอรับเป็นพวงหรีดผ้าหรือพวงหรีดต้นไม้ แทนพวงหรีดดอกไม้สด",
            "ผู้ประสงค์จะร่วมทำบุญ สามารถบริจาคให้{charity}ได้",
        ),
        charities=("โรงพยาบาลศิริราช", "สภากาชาดไทย", "มูลนิธิโรงพยาบาลขอนแก่น"),
        candles=("ร่วมจุดเทียนแล้ว {n} คน", "{n} คนร่วมไว้อาลัย"),
        light=("จุดเทียนไว้อาลัย", "ร่วมไว้อาลัย"),
        guestbook=("สมุดไว้อาลัย ({n} ข้อความ)", "ข้อความแสดงความเสียใจ ({n})", "ร่วมแสดงความเสียใจ"),
        condolences=(
            "ขอแสดงความเสียใจกับครอบครัวด้วยนะคะ",
            "ขอให้ดวงวิญญาณไปสู่สุคติ",
            "ขอร่วมแสดงความเสียใจอย่างสุดซึ้ง",
            "ขอให้หลับให้สบาย ขอให้ครอบครัวเข้มแข็งนะครับ",
        ),
        signer=("\N{EN DASH} {who}, {town}", "จาก {who}"),
        signers=("ครอบครัวแก้วประเสริฐ", "เพื่อนร่วมรุ่น ม.6", "คุณสุนีย์", "ชมรมผู้สูงอายุ", "ลูกศิษย์"),
        sign=("เขียนข้อความไว้อาลัย", "ร่วมแสดงความเสียใจ"),
        flowers=("สั่งพวงหรีด", "ส่งพวงหรีดแสดงความอาลัย"),
        place=("ลงประกาศข่าวมรณกรรม ติดต่อ {phone} หรือ {email}", "ต้องการลงประกาศ โทร. {phone}"),
        more=("ข่าวมรณกรรมล่าสุด", "ประกาศไว้อาลัยอื่น ๆ", "ไว้อาลัยสัปดาห์นี้"),
    ),
    "he": Obituary(
        desk=("אבל", "מודעות אבל", "לזכרם", "הלכו לעולמם"),
        names=("שרה לוין", "אברהם כהן", "רחל גולדברג", "משה אזולאי", "חנה פרידמן", "יוסף דהן"),
        life=('{name} ז"ל ({born} \N{EN DASH} {died})', '{name} ז"ל', '{name} ז"ל, בגיל {age}'),
        funeral=(
            "ההלוויה תתקיים ב{weekday}, {date}, בשעה {time} ב{venue}.",
            "הלוויה: {date}, {time}, {venue}.",
        ),
        venues=("בית העלמין הדר יוסף", "בית העלמין ירקון", "בית העלמין החדש בחיפה", "בית העלמין קריית שאול"),
        home=("פרטים נוספים: {home}", "לפרטים: {phone}"),
        homes=('חברה קדישא גחש"א', "חברה קדישא חיפה", "חברה קדישא באר שבע"),
        wish=("השבעה תתקיים בבית המשפחה ב{town}.", "במקום פרחים, ניתן לתרום ל{charity}."),
        charities=("עמותת עזר מציון", "עמותת לתת", "עמותת זכרון מנחם"),
        candles=("{n} נרות הודלקו", "הודלקו {n} נרות"),
        light=("הדליקו נר", "הדלקת נר לזכר {first}"),
        guestbook=("ספר הזיכרון ({n} הודעות)", "תנחומים ({n})", "דברי ניחומים"),
        condolences=(
            "המקום ינחם אתכם בתוך שאר אבלי ציון וירושלים.",
            "משתתפים בצערכם העמוק.",
            "שלא תדעו עוד צער.",
            "נזכור תמיד את החיוך והחום. תנחומים למשפחה.",
        ),
        signer=("\N{EN DASH} {who}, {town}", "נכתב על ידי {who}"),
        signers=("משפחת ברק", "השכנים מרחוב הרצל", "רותי וגדי", "חברי הקיבוץ", "דני ש."),
        sign=("כתבו מילות ניחומים", "הוספת הודעה לספר הזיכרון"),
        flowers=("שליחת מגש ניחומים לבית האבלים", "הזמנת מגש לשבעה"),
        place=("לפרסום מודעת אבל: {phone} או {email}", "לפרסום מודעות אבל וניחומים חייגו {phone}"),
        more=("מודעות אבל אחרונות", "עוד לזכרם", "הלכו לעולמם השבוע"),
    ),
}


@dataclass(frozen=True)
class Money:
    """Wording for a personal-finance desk: the affiliate disclosure, the editorial-independence note,
    who reviewed the piece, rate tables between paragraphs (heading, a row a provider, the date the rates
    were checked, the button), the capital-at-risk warning, the not-advice note, the calculator prompt
    and more from the desk."""

    desk: tuple[str, ...]  # the kicker
    disclosure: tuple[str, ...]  # a sentence
    independence: tuple[str, ...]  # a sentence
    reviewed: tuple[str, ...]  # {expert} {credential}
    experts: tuple[str, ...]
    credentials: tuple[str, ...]
    table: tuple[str, ...]  # a rate table's heading
    providers: tuple[str, ...]
    row: tuple[str, ...]  # {bank} {rate} {min}
    money: str  # {a}
    as_of: tuple[str, ...]  # {date}
    compare: tuple[str, ...]  # the table's button
    risk: tuple[str, ...]  # a sentence
    not_advice: tuple[str, ...]  # a sentence
    calculator: tuple[str, ...]
    more: tuple[str, ...]


MONEY: dict[str, Money] = {
    "en": Money(
        desk=("Money", "Personal Finance", "Savings", "Your Money"),
        disclosure=(
            "Some links in this article are affiliate links: if you open an account through them, we may earn a"
            " commission. This never affects our rankings.",
            "We may receive compensation from partners whose products appear on this page.",
        ),
        independence=(
            "Our journalism is independent: partners cannot pay to appear in our tables or influence what we write.",
            "Editorial independence: the views here are our writers' own and have not been reviewed by any bank.",
        ),
        reviewed=("Reviewed by {expert}, {credential}", "Fact-checked by {expert}"),
        experts=("Hannah Greaves", "Marcus Oyelaran", "Claire Donnelly"),
        credentials=("chartered financial planner", "former bank compliance officer"),
        table=("Best easy-access savings accounts", "Top fixed-rate bonds right now", "Best regular savers"),
        providers=("Chase", "Marcus by Goldman Sachs", "Nationwide", "Zopa", "Atom Bank", "Coventry BS"),
        row=("{bank}: {rate}% AER, minimum deposit {min}", "{bank} \N{EN DASH} {rate}% AER \N{EN DASH} from {min}"),
        money="£{a}",
        as_of=("Rates correct as of {date}.", "Rates checked {date}"),
        compare=("Compare all savings accounts", "See the full table"),
        risk=(
            "Capital at risk. The value of investments can fall as well as rise and you may get back less than you"
            " invest.",
        ),
        not_advice=(
            "This article is for information only and should not be taken as financial advice.",
            "We cannot give personal financial advice; speak to an independent adviser before making decisions.",
        ),
        calculator=("How much could your savings earn? Try our calculator", "Use our mortgage calculator"),
        more=("More from Money", "Latest on savings and mortgages", "Money: most read"),
    ),
    "fr": Money(
        desk=("Argent", "Placements", "Épargne", "Budget"),
        disclosure=(
            "Cet article contient des liens d'affiliation : si vous ouvrez un compte via ces liens, nous pouvons"
            " percevoir une commission, sans incidence sur notre classement.",
            "Certaines offres présentées ici proviennent de partenaires qui nous rémunèrent.",
        ),
        independence=(
            "Nos articles sont rédigés en toute indépendance : aucun partenaire ne peut payer pour figurer dans nos"
            " comparatifs.",
            "La rédaction choisit librement les offres présentées dans cet article.",
        ),
        reviewed=("Relu par {expert}, {credential}", "Vérifié par {expert}"),
        experts=("Sophie Marchal", "Julien Perrault", "Nadia Benhamou"),
        credentials=("conseillère en gestion de patrimoine", "ancien analyste bancaire"),
        table=(
            "Les meilleurs livrets d'épargne du moment",
            "Comparatif : les meilleurs comptes à terme",
            "Livrets boostés : notre sélection",
        ),
        providers=("Boursorama", "Fortuneo", "Hello bank!", "BforBank", "La Banque Postale", "Crédit Agricole"),
        row=(
            "{bank} : {rate}\N{NO-BREAK SPACE}% brut, dès {min}",
            "{bank} \N{EN DASH} taux {rate}\N{NO-BREAK SPACE}% \N{EN DASH} versement minimum {min}",
        ),
        money="{a}\N{NO-BREAK SPACE}€",
        as_of=("Taux en vigueur au {date}.", "Taux relevés le {date}"),
        compare=("Comparer tous les livrets", "Voir le comparatif complet"),
        risk=(
            "Investir comporte un risque de perte en capital. Les performances passées ne préjugent pas des"
            " performances futures.",
        ),
        not_advice=(
            "Cet article est fourni à titre informatif et ne constitue pas un conseil en investissement.",
            "Avant toute décision, rapprochez-vous d'un conseiller financier.",
        ),
        calculator=("Combien vont vous rapporter vos économies ? Faites le calcul", "Simulez votre prêt immobilier"),
        more=("Plus d'articles Argent", "Nos derniers conseils épargne", "Les plus lus de la rubrique"),
    ),
    "th": Money(
        desk=("การเงิน", "เงินทองต้องรู้", "ออมเงิน", "ลงทุน"),
        disclosure=(
            "บทความนี้มีลิงก์พันธมิตร หากคุณสมัครผ่านลิงก์ดังกล่าว เราอาจได้รับค่าตอบแทน โดยไม่มีผลต่อการจัดอันดับ",
            "ผลิตภัณฑ์บางรายการในหน้านี้มาจากพันธมิตรที่จ่ายค่าตอบแทนให้เรา",
        ),
        independence=(
            "กองบรรณาธิการทำงานอย่างเป็นอิสระ พันธมิตรไม่สามารถจ่ายเงินเพื่อให้อยู่ในตารางเปรียบเทียบของเราได้",
            "ความเห็นในบทความเป็นของผู้เขียน ไม่ได้ผ่านการตรวจสอบจากธนาคารใด",
        ),
        reviewed=("ตรวจทานโดย {expert} {credential}", "ตรวจสอบข้อมูลโดย {expert}"),
        experts=("ปิยะพร สุขเจริญ", "วรวุฒิ ธนากร", "ศิริลักษณ์ มั่นคง"),
        credentials=("นักวางแผนการเงิน CFP", "อดีตเจ้าหน้าที่ธนาคาร"),
        table=("บัญชีเงินฝากดอกเบี้ยสูงประจำเดือนนี้", "เปรียบเทียบเงินฝากประจำ 12 เดือน", "บัญชีออมทรัพย์ดิจิทัลน่าสนใจ"),
        providers=("กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "ออมสิน", "ทีทีบี"),
        row=("{bank} ดอกเบี้ย {rate}% ต่อปี ฝากขั้นต่ำ {min}", "{bank}: {rate}% ต่อปี (ขั้นต่ำ {min})"),
        money="{a} บาท",
        as_of=("อัตราดอกเบี้ย ณ วันที่ {date}", "ข้อมูล ณ วันที่ {date}"),
        compare=("เปรียบเทียบบัญชีทั้งหมด", "ดูตารางเต็ม"),
        risk=("การลงทุนมีความเสี่ยง ผู้ลงทุนควรทำความเข้าใจลักษณะสินค้า เงื่อนไขผลตอบแทน และความเสี่ยงก่อนตัดสินใจลงทุน",),
        not_advice=(
            "บทความนี้จัดทำขึ้นเพื่อให้ข้อมูลเท่านั้น ไม่ใช่คำแนะนำในการลงทุน",
            "ก่อนตัดสินใจ ควรปรึกษาผู้เชี่ยวชาญด้านการเงิน",
        ),
        calculator=("เงินออมของคุณจะงอกเงยเท่าไร? ลองคำนวณ", "คำนวณค่างวดสินเชื่อบ้าน"),
        more=("ข่าวการเงินล่าสุด", "บทความออมเงินอื่น ๆ", "ยอดนิยมในหมวดการเงิน"),
    ),
    "hi": Money(
        desk=("पर्सनल फाइनेंस", "बिज़नेस", "बचत", "निवेश"),
        disclosure=(
            "इस लेख में एफिलिएट लिंक हैं: इन लिंक से खाता खोलने पर हमें कमीशन मिल सकता है, इससे हमारी रैंकिंग पर असर नहीं पड़ता।",
            "इस पेज पर दिखाए गए कुछ प्रोडक्ट हमारे पार्टनर्स के हैं।",
        ),
        independence=(
            "हमारी संपादकीय टीम स्वतंत्र है: कोई भी पार्टनर पैसे देकर हमारी सूची में जगह नहीं पा सकता।",
            "लेख में व्यक्त विचार लेखक के अपने हैं।",
        ),
        reviewed=("समीक्षा: {expert}, {credential}", "तथ्यों की जांच: {expert}"),
        experts=("अनुराधा मेहता", "विकास अग्रवाल", "सुनील जोशी"),
        credentials=("सर्टिफाइड फाइनेंशियल प्लानर", "पूर्व बैंक अधिकारी"),
        table=(
            "FD पर सबसे ज्यादा ब्याज देने वाले बैंक",
            "सेविंग्स अकाउंट की ताज़ा ब्याज दरें",
            "1 साल की FD: किसकी दर सबसे अच्छी",
        ),
        providers=("एसबीआई", "एचडीएफसी बैंक", "आईसीआईसीआई बैंक", "एक्सिस बैंक", "पोस्ट ऑफिस", "बैंक ऑफ बड़ौदा"),
        row=("{bank}: {rate}% सालाना, न्यूनतम {min}", "{bank} \N{EN DASH} {rate}% ब्याज (न्यूनतम जमा {min})"),
        money="₹{a}",
        as_of=("ब्याज दरें {date} तक की हैं।", "दरें {date} को अपडेट की गईं"),
        compare=("सभी बैंकों की दरें देखें", "पूरी लिस्ट देखें"),
        risk=("म्यूचुअल फंड निवेश बाजार जोखिमों के अधीन हैं, योजना संबंधी सभी दस्तावेज़ ध्यान से पढ़ें।",),
        not_advice=(
            "डिस्क्लेमर: यह लेख केवल जानकारी के लिए है, इसे निवेश की सलाह न मानें। निवेश से पहले अपने वित्तीय सलाहकार से बात करें।",
            "निवेश से जुड़ा कोई भी फैसला लेने से पहले विशेषज्ञ की राय ज़रूर लें।",
        ),
        calculator=("आपकी बचत पर कितना ब्याज मिलेगा? कैलकुलेटर से जानें", "होम लोन EMI कैलकुलेटर"),
        more=("पर्सनल फाइनेंस की और खबरें", "बचत और निवेश से जुड़ी ताज़ा खबरें", "इस सेक्शन में सबसे ज्यादा पढ़ी गई"),
    ),
}
# What the tenth split's sites are called: each archetype's outlet as it names itself.
TENTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "motoring": ("Torque & Tarmac", "The Road Test Journal"),
        "obituary": ("Valley Notices", "Remembering Lives"),
        "money": ("Pocket & Purse", "The Savings Desk"),
    },
    "de": {
        "motoring": ("Auto-Kurier", "Fahrspaß Magazin"),
        "obituary": ("Trauer im Landkreis", "Gedenkportal Nordheide"),
    },
    "fr": {"money": ("Mon Budget Malin", "Argent & Patrimoine")},
    "he": {"motoring": ("אוטו-דרייב", "גלגלים"), "obituary": ("לזכרם", "נר זיכרון")},
    "th": {"obituary": ("ไว้อาลัยออนไลน์", "อนุสรณ์ไทย"), "money": ("เงินทองดอทคอม", "ออมเก่ง")},
    "hi": {"motoring": ("ऑटो दर्पण", "कार दुनिया"), "money": ("पैसा बचाओ", "धन संवाद")},
}


# --- the eleventh held-out split: three more languages, and wording for its new templates ------------------
# (a video-game news and reviews site, a university's student newspaper, a health desk with medical
# review). Written by a helper not working on the learner, before the learner was run on it; the phrasing
# is new, not translated from the earlier splits' wording. Arabic pages are written right to left; some
# Arabic sites print their numbers in Arabic-Indic digits (sitegen decides per site).

AR = Words(
    months=(
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    weekdays=("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    dates=("{d} {month} {y}", "{weekday} {d} {month} {y} - {h}:{mi}", "{dd}/{mm}/{y} {h}:{mi}", "{y}-{mm}-{dd}"),
    ago=("منذ {n} دقيقة", "منذ {n} ساعات", "منذ {n} أيام", "منذ ساعة"),
    nav=(
        "الرئيسية",
        "أخبار",
        "سياسة",
        "اقتصاد",
        "عربي ودولي",
        "رياضة",
        "ثقافة وفنون",
        "صحة",
        "تكنولوجيا",
        "منوعات",
        "مقالات",
        "محليات",
        "فيديو",
    ),
    footer_nav=("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع"),
    account=("تسجيل الدخول", "اشترك", "بحث", "القائمة", "حسابي"),
    authors=("محمد العمري", "سارة الخطيب", "أحمد منصور", "ليلى حداد", "يوسف الزعبي", "نور الهدى سالم"),
    agencies=("رويترز", "فرانس برس", "أسوشيتد برس", "الأناضول", "وكالات"),
    site_names=("صدى الخليج", "الوطن الآن", "نبض الشارع", "أخبار الضفتين"),
    taglines=("الخبر كما هو", "من قلب الحدث"),
    byline=("بقلم: {author}", "{author}", "كتب: {author}"),
    published=("نُشر في: {date}", "{date}", "تاريخ النشر: {date}"),
    updated=("آخر تحديث: {date}", "تم التحديث {ago}"),
    views=("{n} مشاهدة", "عدد القراءات: {n}"),
    reading=("وقت القراءة: {n} دقائق", "{n} دقائق للقراءة"),
    ad=("إعلان", "- إعلان -", "مساحة إعلانية"),
    ad_continue=("تابع القراءة بعد الإعلان", "يتبع بعد الإعلان"),
    read_also=("اقرأ أيضاً:", "طالع أيضا:", "مواضيع ذات صلة:", "قد يهمك أيضاً:"),
    share_a=("شارك", "فيسبوك", "تويتر", "واتساب", "تيليجرام"),
    share_b=("شارك الخبر", "أرسل عبر واتساب", "نسخ الرابط"),
    share_end=("شارك", "شارك:", "أعجبك الخبر؟ شاركه مع أصدقائك"),
    newsletter=(
        "اشترك في نشرتنا البريدية ليصلك ملخص أهم الأخبار كل صباح.",
        "لمتابعة آخر الأخبار لحظة بلحظة، حمّل تطبيق {site} وفعّل الإشعارات.",
    ),
    channel=("تابعوا {site} عبر قناتنا على واتساب", "تابعونا على أخبار جوجل"),
    tags=("الكلمات المفتاحية: {tags}", "وسوم: {tags}"),
    topics=("غلاء الأسعار", "الانتخابات", "التعليم", "الصحة", "النقل العام", "الإسكان", "السياحة", "الطقس"),
    trending=("الأكثر قراءة", "الأكثر تداولاً", "الأكثر مشاهدة"),
    related=("أخبار ذات صلة", "قد يعجبك أيضاً", "المزيد من الأخبار"),
    more_from=("المزيد من {category}", "آخر أخبار {category}"),
    comments_head=("التعليقات ({n})", "{n} تعليقات"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("رد", "إبلاغ"),
    comment_form=("أضف تعليقك", "لن يتم نشر عنوان بريدك الإلكتروني.", "إرسال"),
    comment_texts=(
        "مقال رائع، شكراً لكم.",
        "لا أتفق مع هذا الرأي إطلاقاً.",
        "أخيراً هناك من يكتب عن هذا الموضوع.",
        "ومن سيدفع ثمن كل هذا؟",
    ),
    copyright=("© {y} {site}. جميع الحقوق محفوظة.", "جميع الحقوق محفوظة لـ{site} © {y}"),
    cookie=("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "موافق / الإعدادات"),
    caption=("تصوير: {agency}", "(الصورة: {agency})", "صورة أرشيفية - {agency}"),
    breadcrumb_home="الرئيسية",
    disclaimer=("التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع.",),
    app=("حمّل تطبيق {site}", "تحميل"),
    pagination=("الخبر التالي", "الخبر السابق"),
)

MS = Words(
    months=(
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ),
    weekdays=("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"),
    dates=(
        "{d} {month} {y}, {h}:{mi}",
        "{month} {d}, {y} @ {h12}:{mi}{ampm}",
        "{weekday}, {d} {month} {y}",
        "{dd}/{mm}/{y}",
    ),
    ago=("{n} minit lalu", "{n} jam lalu", "{n} hari lalu", "sejam lalu"),
    nav=(
        "Utama",
        "Berita",
        "Nasional",
        "Dunia",
        "Bisnes",
        "Sukan",
        "Hiburan",
        "Gaya Hidup",
        "Teknologi",
        "Pendidikan",
        "Agama",
        "Rencana",
        "Video",
    ),
    footer_nav=("Tentang Kami", "Hubungi Kami", "Iklan Bersama Kami", "Dasar Privasi", "Terma & Syarat", "Kerjaya"),
    account=("Log Masuk", "Langgan", "Cari", "Menu", "Akaun Saya"),
    authors=(
        "Nurul Aina Ahmad",
        "Mohd Faizal Ismail",
        "Siti Aisyah Rahman",
        "Ahmad Hafiz Zulkifli",
        "Farah Hanim Yusof",
        "Lim Wei Jie",
    ),
    agencies=("Bernama", "Reuters", "AFP", "AP", "Agensi"),
    site_names=("Suara Semenanjung", "Berita Nusantara Kini", "Warta Utara", "Warta Pantai Timur"),
    taglines=("Berita tepat, pantas dan telus", "Suara rakyat sejak 1998"),
    byline=("Oleh {author}", "{author}", "{author} | {site}"),
    published=("Diterbitkan: {date}", "{date}", "Disiarkan pada {date}"),
    updated=("Dikemas kini {ago}", "Kemas kini: {date}"),
    views=("{n} paparan", "Dibaca {n} kali"),
    reading=("{n} minit bacaan", "Masa membaca: {n} minit"),
    ad=("IKLAN", "Iklan", "- Iklan -"),
    ad_continue=("Artikel bersambung di bawah iklan", "Teruskan membaca di bawah"),
    read_also=("Baca juga:", "BACA:", "Berita berkaitan:", "Jangan lepaskan:"),
    share_a=("Kongsi", "Facebook", "WhatsApp", "X", "Telegram"),
    share_b=("Kongsi artikel ini", "Hantar melalui WhatsApp", "Salin pautan"),
    share_end=("Kongsi", "Kongsi:", "Suka artikel ini? Kongsi dengan rakan anda"),
    newsletter=(
        "Langgan surat berita kami dan terima berita utama terus ke e-mel anda setiap pagi.",
        "Muat turun aplikasi {site} dan aktifkan pemberitahuan untuk berita terkini.",
    ),
    channel=("Ikuti {site} di saluran WhatsApp kami", "Sertai saluran Telegram {site}"),
    tags=("Tag: {tags}", "Topik: {tags}"),
    topics=(
        "kos sara hidup",
        "pilihan raya",
        "pendidikan",
        "kesihatan",
        "banjir",
        "pengangkutan awam",
        "harga minyak",
        "pelancongan",
    ),
    trending=("Paling Popular", "Terhangat", "Paling Banyak Dibaca"),
    related=("Berita Berkaitan", "Anda Mungkin Berminat", "Terkini"),
    more_from=("Lagi berita {category}", "Terkini dari {category}"),
    comments_head=("{n} Komen", "Komen ({n})"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("Balas", "Lapor"),
    comment_form=("Tinggalkan komen", "Alamat e-mel anda tidak akan disiarkan.", "Hantar"),
    comment_texts=(
        "Terima kasih atas perkongsian.",
        "Saya tidak setuju langsung.",
        "Akhirnya ada yang tulis tentang perkara ini.",
        "Siapa yang nak tanggung kosnya?",
    ),
    copyright=("© {y} {site}. Hak cipta terpelihara.", "Hak Cipta Terpelihara © {y} {site}"),
    cookie=("Laman web ini menggunakan kuki untuk menambah baik pengalaman anda.", "Terima / Tetapan"),
    caption=("Foto: {agency}", "Gambar: {agency}", "- Foto {agency}"),
    breadcrumb_home="Utama",
    disclaimer=(
        "Komen yang disiarkan adalah pandangan peribadi pembaca dan tidak mewakili pendirian pihak pengurusan.",
    ),
    app=("Muat turun aplikasi {site}", "Muat turun"),
    pagination=("Artikel seterusnya", "Artikel sebelumnya"),
)

SW = Words(
    months=(
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ),
    weekdays=("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"),
    dates=("{d} {month} {y}", "{weekday}, {month} {d}, {y}", "{dd}/{mm}/{y} {h}:{mi}", "{d} {month} {y} saa {h}:{mi}"),
    ago=("dakika {n} zilizopita", "saa {n} zilizopita", "siku {n} zilizopita", "saa moja iliyopita"),
    nav=(
        "Nyumbani",
        "Habari",
        "Kitaifa",
        "Kimataifa",
        "Siasa",
        "Biashara",
        "Michezo",
        "Burudani",
        "Afya",
        "Teknolojia",
        "Makala",
        "Maoni",
        "Video",
    ),
    footer_nav=("Kuhusu Sisi", "Wasiliana Nasi", "Tangaza Nasi", "Sera ya Faragha", "Vigezo na Masharti", "Ajira"),
    account=("Ingia", "Jisajili", "Tafuta", "Menyu", "Akaunti Yangu"),
    authors=("Juma Mwakyusa", "Neema Mollel", "Baraka Otieno", "Zawadi Mwangi", "Hassan Salim", "Rehema Kisanga"),
    agencies=("AFP", "Reuters", "AP", "Maktaba", "Mtandao"),
    site_names=("Sauti ya Pwani", "Habari Leo Mtandaoni", "Mwangaza wa Kanda", "Kioo cha Jamii"),
    taglines=("Habari kwa wakati", "Sauti ya wananchi"),
    byline=("Na {author}", "{author}", "Imeandikwa na {author}"),
    published=("Imechapishwa: {date}", "{date}", "Ilichapishwa {date}"),
    updated=("Imesasishwa {ago}", "Imehaririwa: {date}"),
    views=("Imesomwa mara {n}", "{n} wamesoma"),
    reading=("Dakika {n} za kusoma", "Muda wa kusoma: dakika {n}"),
    ad=("TANGAZO", "Tangazo", "- Tangazo -"),
    ad_continue=("Habari inaendelea baada ya tangazo", "Endelea kusoma chini"),
    read_also=("Soma pia:", "Soma zaidi:", "Habari zinazohusiana:", "SOMA:"),
    share_a=("Shiriki", "Facebook", "WhatsApp", "X", "Barua pepe"),
    share_b=("Shiriki habari hii", "Tuma kwa WhatsApp", "Nakili kiungo"),
    share_end=("Shiriki", "Shiriki:", "Umependa habari hii? Washirikishe marafiki"),
    newsletter=(
        "Jiunge na jarida letu upate habari kuu kila asubuhi moja kwa moja kwenye barua pepe yako.",
        "Pakua programu ya {site} uwashe arifa upate habari mpya papo hapo.",
    ),
    channel=("Fuatilia {site} kwenye chaneli yetu ya WhatsApp", "Tufuate kwenye Google News"),
    tags=("Lebo: {tags}", "Mada: {tags}"),
    topics=("gharama za maisha", "uchaguzi", "elimu", "afya", "mafuriko", "usafiri", "kilimo", "utalii"),
    trending=("Zinazosomwa zaidi", "Zilizovuma", "Maarufu"),
    related=("Habari zinazohusiana", "Unaweza pia kupenda", "Habari zaidi"),
    more_from=("Zaidi kutoka {category}", "Habari mpya za {category}"),
    comments_head=("Maoni ({n})", "Maoni {n}"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("Jibu", "Ripoti"),
    comment_form=("Toa maoni yako", "Barua pepe yako haitachapishwa.", "Tuma"),
    comment_texts=(
        "Asante kwa habari hii.",
        "Sikubaliani kabisa.",
        "Hatimaye mtu ameandika kuhusu hili.",
        "Na nani atalipia haya yote?",
    ),
    copyright=("© {y} {site}. Haki zote zimehifadhiwa.", "Hakimiliki © {y} {site}"),
    cookie=("Tovuti hii inatumia vidakuzi ili kuboresha matumizi yako.", "Kubali / Mipangilio"),
    caption=("Picha: {agency}", "Picha na {author}", "(Picha: {agency})"),
    breadcrumb_home="Nyumbani",
    disclaimer=("Maoni yanayotolewa ni ya wasomaji wenyewe na si msimamo wa tovuti hii.",),
    app=("Pakua programu ya {site}", "Pakua"),
    pagination=("Habari inayofuata", "Habari iliyotangulia"),
)
WORDS |= {"ar": AR, "ms": MS, "sw": SW}
TLDS |= {"ar": ".ae", "ms": ".my", "sw": ".co.tz"}
TOWNS |= {
    "ar": ("دبي", "الشارقة", "العين"),
    "ms": ("Kota Bharu", "Ipoh", "Johor Bahru"),
    "sw": ("Dodoma", "Arusha", "Mwanza"),
}
PHONES |= {"ar": "800 9999", "ms": "03-9999 9999", "sw": "0800 999 999"}
# Thousands separators and decimal points of the eleventh split's languages and of its other sites'.
ELEVENTH_SEPARATORS = {"ar": ",", "ms": ",", "sw": ",", "en": ",", "de": ".", "fr": "\N{NO-BREAK SPACE}"}
ELEVENTH_DECIMALS = {"de": ",", "fr": ","}
DAY_DATES |= {"ar": "{d} {month} {y}", "ms": "{d} {month} {y}", "sw": "{d} {month} {y}"}
# Arabic-Indic digits, for the Arabic sites that print them.
ARABIC_DIGITS = str.maketrans("0123456789", "".join(chr(ord("\N{ARABIC-INDIC DIGIT ZERO}") + i) for i in range(10)))

# The games, studios and publishers a gaming site writes about: their names are the same in every language.
GAMES = (
    "Ashen Crown",
    "Neon Drift 2",
    "Hollow Tides",
    "Starforge Tactics",
    "Kingdom of Rust",
    "Pixel Harvest",
    "Echoes of Varn",
    "Overclock Arena",
    "Lantern Road",
    "Moonfall Rally",
    "Saltmarsh Chronicles",
    "Iron Vigil",
)
STUDIOS = ("Brightmoor Studio", "Kestrel Games", "Nine Lanterns", "Otsuki Works", "Riverbend Interactive")
PUBLISHERS = ("Halcyon Publishing", "Vantage Entertainment", "Bluequill", "Northpeak Digital")
GAME_PLATFORMS = ("PS5", "Xbox Series X|S", "Nintendo Switch", "PC", "PS4", "Xbox One")


@dataclass(frozen=True)
class Gaming:
    """Wording for a video-game news and reviews site: the game's card (developer, publisher, release,
    platforms, age rating), where the game is out, which platform the reviewer played on and who gave
    the code, the score and verdict, pros and cons, trailer prompts between paragraphs, the wishlist or
    pre-order line and more reviews."""

    desk: tuple[str, ...]  # the kicker
    labels: tuple[str, str, str, str, str]  # developer, publisher, release date, platforms, age rating
    ratings: tuple[str, ...]  # the age ratings the country prints
    available: tuple[str, ...]  # {game} {platforms}
    reviewed_on: tuple[str, ...]  # {platform} {publisher}: a sentence
    verdict_head: tuple[str, ...]
    score: tuple[str, ...]  # {score}
    pros_head: tuple[str, ...]
    cons_head: tuple[str, ...]
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    trailer: tuple[str, ...]  # {game}
    wishlist: tuple[str, ...]  # {game} {price}
    money: str  # {a}
    more: tuple[str, ...]


GAMING: dict[str, Gaming] = {
    "en": Gaming(
        desk=("Reviews", "Game Reviews", "News", "Previews"),
        labels=("Developer", "Publisher", "Release date", "Platforms", "Age rating"),
        ratings=("PEGI 7", "PEGI 12", "PEGI 16", "PEGI 18"),
        available=("{game} is out now on {platforms}.", "Available on: {platforms}"),
        reviewed_on=(
            "Reviewed on {platform}. Review code was provided by {publisher}.",
            "We played {game} on {platform} with a code supplied by the publisher.",
        ),
        verdict_head=("The verdict", "Verdict", "Our take"),
        score=("{score}/10", "Score: {score}/10", "{score} out of 10"),
        pros_head=("Pros", "What we liked"),
        cons_head=("Cons", "What we didn't"),
        pros=(
            "Gorgeous art direction",
            "Tight, responsive combat",
            "A soundtrack worth keeping on",
            "Generous amount of content",
            "Clever level design",
        ),
        cons=(
            "Frame-rate dips in busy scenes",
            "Repetitive side quests",
            "Steep asking price",
            "Clumsy menus",
            "Story runs out of steam",
        ),
        trailer=("Watch: {game} \N{EN DASH} official trailer", "\N{BLACK RIGHT-POINTING TRIANGLE} Trailer: {game}"),
        wishlist=("Pre-order {game} from {price}", "Wishlist {game} on Steam", "Buy {game} now from {price}"),
        money="£{a}",
        more=("More reviews", "Latest game reviews", "Read next"),
    ),
    "de": Gaming(
        desk=("Test", "Spieletest", "News", "Vorschau"),
        labels=("Entwickler", "Publisher", "Release", "Plattformen", "Altersfreigabe"),
        ratings=("USK ab 6", "USK ab 12", "USK ab 16", "USK ab 18"),
        available=("{game} ist ab sofort für {platforms} erhältlich.", "Erhältlich für: {platforms}"),
        reviewed_on=(
            "Getestet auf {platform}. Ein Testmuster wurde uns von {publisher} zur Verfügung gestellt.",
            "Wir haben {game} auf {platform} gespielt; der Key stammt vom Publisher.",
        ),
        verdict_head=("Fazit", "Unser Fazit", "Wertung"),
        score=("{score}/10", "Wertung: {score} von 10", "{score} Punkte"),
        pros_head=("Pro", "Das gefällt uns"),
        cons_head=("Contra", "Das nervt"),
        pros=(
            "Wunderschöne Grafik",
            "Präzises Kampfsystem",
            "Stimmungsvoller Soundtrack",
            "Viel Umfang fürs Geld",
            "Durchdachtes Leveldesign",
        ),
        cons=(
            "Ruckler in hektischen Szenen",
            "Eintönige Nebenaufgaben",
            "Hoher Preis",
            "Umständliche Menüs",
            "Geschichte verliert gegen Ende an Fahrt",
        ),
        trailer=("Video: Der offizielle Trailer zu {game}", "\N{BLACK RIGHT-POINTING TRIANGLE} Trailer: {game}"),
        wishlist=(
            "{game} jetzt vorbestellen ab {price}",
            "{game} auf die Steam-Wunschliste setzen",
            "{game} kaufen ab {price}",
        ),
        money="{a} €",
        more=("Weitere Tests", "Mehr Spieletests", "Auch interessant"),
    ),
    "ar": Gaming(
        desk=("مراجعات", "مراجعات الألعاب", "أخبار الألعاب", "انطباعات"),
        labels=("المطور", "الناشر", "تاريخ الإصدار", "المنصات", "التصنيف العمري"),
        ratings=("PEGI 12", "PEGI 16", "PEGI 18", "+12", "+16", "+18"),
        available=("{game} متوفرة الآن على {platforms}.", "متوفرة على: {platforms}"),
        reviewed_on=(
            "تمت المراجعة على {platform}، بنسخة مقدمة من {publisher}.",
            "لعبنا {game} على {platform} بنسخة مراجعة من الناشر.",
        ),
        verdict_head=("الحكم النهائي", "الخلاصة", "رأينا"),
        score=("{score}/10", "التقييم: {score} من 10", "{score} من 10"),
        pros_head=("الإيجابيات", "ما أعجبنا"),
        cons_head=("السلبيات", "ما لم يعجبنا"),
        pros=("رسومات مذهلة", "نظام قتال سلس ومتقن", "موسيقى تصويرية رائعة", "محتوى وفير", "تصميم مراحل ذكي"),
        cons=(
            "انخفاض معدل الإطارات في المشاهد المزدحمة",
            "مهام جانبية مكررة",
            "سعر مرتفع",
            "قوائم معقدة",
            "قصة تفقد زخمها",
        ),
        trailer=("شاهد: العرض الرسمي للعبة {game}", "\N{BLACK RIGHT-POINTING TRIANGLE} فيديو: {game}"),
        wishlist=(
            "احجز {game} مسبقاً بسعر {price}",
            "أضف {game} إلى قائمة أمنياتك على ستيم",
            "اشترِ {game} الآن بسعر {price}",
        ),
        money="{a} درهم",
        more=("المزيد من المراجعات", "أحدث المراجعات", "اقرأ أيضاً"),
    ),
    "ms": Gaming(
        desk=("Ulasan", "Ulasan Permainan", "Berita Gaming", "Pratonton"),
        labels=("Pembangun", "Penerbit", "Tarikh pelancaran", "Platform", "Rating umur"),
        ratings=("PEGI 12", "PEGI 16", "PEGI 18", "12+", "18+"),
        available=("{game} kini boleh didapati di {platforms}.", "Platform: {platforms}"),
        reviewed_on=(
            "Diulas di {platform}. Kod ulasan disediakan oleh {publisher}.",
            "Kami bermain {game} di {platform} menggunakan kod daripada penerbit.",
        ),
        verdict_head=("Kesimpulan", "Keputusan", "Pendapat kami"),
        score=("{score}/10", "Skor: {score}/10", "{score} daripada 10"),
        pros_head=("Kelebihan", "Apa yang kami suka"),
        cons_head=("Kekurangan", "Apa yang kurang"),
        pros=(
            "Grafik yang memukau",
            "Pertarungan yang lancar",
            "Muzik latar yang mantap",
            "Kandungan yang banyak",
            "Reka bentuk peringkat yang bijak",
        ),
        cons=(
            "Kadar bingkai jatuh dalam babak sibuk",
            "Misi sampingan berulang",
            "Harga agak mahal",
            "Menu yang mengelirukan",
            "Jalan cerita hilang arah",
        ),
        trailer=("Tonton: Treler rasmi {game}", "\N{BLACK RIGHT-POINTING TRIANGLE} Treler: {game}"),
        wishlist=(
            "Tempah awal {game} dari {price}",
            "Tambah {game} ke senarai hajat Steam",
            "Beli {game} sekarang dari {price}",
        ),
        money="RM{a}",
        more=("Lagi ulasan", "Ulasan terkini", "Baca seterusnya"),
    ),
}
# What each country's shops charge for a new game: the range in whole units, and the decimals printed
# (a British or German price ends in .99, a dirham or ringgit price is whole).
GAME_PRICES = {"en": (25, 70, 2), "de": (30, 80, 2), "ar": (99, 299, 0), "ms": (99, 299, 0)}


@dataclass(frozen=True)
class Campus:
    """Wording for a university's student newspaper: the reporter's year and course under the byline or
    in a line after the story, the correction on some stories, the accuracy policy, the print edition a
    story ran in, the support-student-journalism appeal, the paper's independence line and tips line."""

    desk: tuple[str, ...]  # the kicker
    universities: tuple[str, ...]
    roles: tuple[str, ...]  # staff writer...
    years: tuple[str, ...]  # the year of study, as the bio sentence puts it
    majors: tuple[str, ...]
    byline: tuple[str, ...]  # {author} {role} {cls}: the class year, two digits
    bio: tuple[str, ...]  # {author} {year} {major}: a sentence after the story
    correction: tuple[str, ...]  # {what} {date}
    corrected: tuple[str, ...]  # what an earlier version got wrong
    accuracy: tuple[str, ...]  # {site} {email}
    print_run: tuple[str, ...]  # {date}: the print edition
    support: tuple[str, ...]  # the appeal, its button last
    independent: tuple[str, ...]  # {site} {uni} {since}
    tips: tuple[str, ...]  # {email}
    more: tuple[str, ...]


CAMPUS: dict[str, Campus] = {
    "en": Campus(
        desk=("Campus", "News", "Student Life", "Administration", "Arts"),
        universities=("Halverston University", "the University of Ashbourne", "Kingsmere College"),
        roles=("Staff Writer", "News Editor", "Contributing Writer", "Senior Staff Reporter"),
        years=("first-year", "sophomore", "junior", "senior", "graduate student"),
        majors=("economics", "political science", "journalism", "biology", "computer science", "history"),
        byline=("By {author} '{cls}, {role}", "{author}, {role}", "By {author} | {role}"),
        bio=("{author} is a {year} studying {major}.", "{author} is a {year} majoring in {major} and a {role}."),
        correction=(
            "Correction: An earlier version of this article misstated {what}. It was updated on {date}.",
            "Correction ({date}): A previous version of this story misstated {what}.",
        ),
        corrected=(
            "the date of the vote",
            "the dean's title",
            "the size of the tuition increase",
            "a student's class year",
            "the number of signatures",
        ),
        accuracy=(
            "{site} is committed to accuracy. To report an error, email {email}.",
            "Spot a mistake? Write to {email} and we will correct it.",
        ),
        print_run=(
            "This article appeared in the {date} print edition.",
            "A version of this story ran in print on {date}.",
        ),
        support=(
            "Support student journalism. Our reporters are students, and your gift keeps us in print.",
            "Donate",
        ),
        independent=(
            "{site} is the independent student newspaper of {uni}, published since {since}.",
            "Editorially independent since {since}.",
        ),
        tips=("Have a tip? Email us at {email}.", "Got a story? Contact the news desk: {email}"),
        more=("More from Campus", "Latest news", "Also in this issue"),
    ),
    "de": Campus(
        desk=("Campus", "Hochschule", "Studium", "Stadt", "Kultur"),
        universities=("der Universität Lindenau", "der Hochschule Rheinbergen", "der TU Kaltenbrunn"),
        roles=("Redaktion", "Ressortleitung Campus", "freie Mitarbeit", "Chefredaktion"),
        years=("im zweiten Semester", "im vierten Semester", "im sechsten Semester", "im Master"),
        majors=("Politikwissenschaft", "Germanistik", "Jura", "Informatik", "Soziologie", "Medizin"),
        byline=("Von {author}", "{author} ({role})", "Text: {author}"),
        bio=("{author} studiert {major} {year}.", "{author} studiert {major} {year} und schreibt seit 2023 für uns."),
        correction=(
            "Korrektur vom {date}: In einer früheren Version dieses Artikels hieß es fälschlich, {what}.",
            "Anm. d. Red. ({date}): Wir haben eine fehlerhafte Angabe korrigiert ({what}).",
        ),
        corrected=(
            "der Senat habe einstimmig abgestimmt",
            "die Mensa schließe im Sommer",
            "der Semesterbeitrag steige um 40 Euro",
            "die Wahl finde online statt",
        ),
        accuracy=(
            "Fehler gefunden? Schreib uns an {email}.",
            "Wir korrigieren Fehler transparent. Hinweise an {email}.",
        ),
        print_run=("Dieser Artikel erschien in der Printausgabe vom {date}.", "Erschienen in der Ausgabe vom {date}."),
        support=(
            "Studentischer Journalismus braucht Unterstützung: Wir arbeiten ehrenamtlich und finanzieren uns"
            " über Anzeigen und Spenden.",
            "Jetzt unterstützen",
        ),
        independent=(
            "{site} ist die unabhängige Studierendenzeitung {uni} und erscheint seit {since}.",
            "Unabhängig seit {since}.",
        ),
        tips=("Du hast einen Hinweis? Schreib an {email}.", "Themenvorschläge an {email}"),
        more=("Mehr vom Campus", "Neueste Artikel", "Aus der aktuellen Ausgabe"),
    ),
    "sw": Campus(
        desk=("Chuoni", "Habari za Chuo", "Maisha ya Wanafunzi", "Utawala", "Michezo"),
        universities=("Chuo Kikuu cha Pwani", "Chuo Kikuu cha Mlima Meru", "Chuo Kikuu Huria cha Kanda"),
        roles=("Mwandishi Wetu", "Mhariri wa Habari", "Mwandishi Mchangiaji"),
        years=("wa kwanza", "wa pili", "wa tatu", "wa nne"),
        majors=("sheria", "uchumi", "uandishi wa habari", "ualimu", "uhandisi", "sayansi ya kompyuta"),
        byline=("Na {author}, {role}", "{author} | {role}", "Na {author}"),
        bio=(
            "{author} ni mwanafunzi wa mwaka {year} anayesomea {major}.",
            "Mwandishi ni mwanafunzi wa mwaka {year} wa {major}.",
        ),
        correction=(
            "Marekebisho: Toleo la awali la habari hii lilieleza kimakosa {what}. Limesahihishwa {date}.",
            "Sahihisho ({date}): Awali tuliandika kimakosa {what}.",
        ),
        corrected=(
            "tarehe ya uchaguzi wa serikali ya wanafunzi",
            "cheo cha mkuu wa kitivo",
            "kiasi cha ada mpya",
            "idadi ya wanafunzi waliohudhuria",
        ),
        accuracy=(
            "Umeona kosa? Tuandikie kupitia {email}.",
            "{site} inazingatia usahihi. Kuripoti kosa, tuma barua pepe {email}.",
        ),
        print_run=(
            "Habari hii ilichapishwa katika toleo la gazeti la {date}.",
            "Ilichapishwa pia kwenye gazeti la {date}.",
        ),
        support=(
            "Unga mkono uandishi wa habari wa wanafunzi. Mchango wako unatusaidia kuchapisha kila wiki.",
            "Changia sasa",
        ),
        independent=(
            "{site} ni gazeti huru la wanafunzi wa {uni}, linalochapishwa tangu {since}.",
            "Huru tangu {since}.",
        ),
        tips=("Una habari? Tutumie kupitia {email}.", "Wasiliana na dawati la habari: {email}"),
        more=("Habari zaidi za chuo", "Habari mpya", "Katika toleo hili"),
    ),
    "ms": Campus(
        desk=("Kampus", "Berita Kampus", "Mahasiswa", "Pentadbiran", "Sukan"),
        universities=("Universiti Tanjung Seri", "Universiti Teknologi Bukit Indah", "Kolej Universiti Permata"),
        roles=("Wartawan Kampus", "Editor Berita", "Penulis Jemputan"),
        years=("tahun pertama", "tahun kedua", "tahun ketiga", "tahun akhir"),
        majors=("undang-undang", "ekonomi", "komunikasi massa", "kejuruteraan", "sains komputer", "pengajian Islam"),
        byline=("Oleh {author}, {role}", "{author} | {role}", "Oleh {author}"),
        bio=(
            "{author} ialah pelajar {year} jurusan {major}.",
            "Penulis merupakan mahasiswa {year} dalam bidang {major}.",
        ),
        correction=(
            "Pembetulan: Versi awal artikel ini tersilap menyatakan {what}. Artikel dikemas kini pada {date}.",
            "Pembetulan ({date}): Kami tersilap menyatakan {what}.",
        ),
        corrected=(
            "tarikh pilihan raya kampus",
            "jawatan dekan",
            "jumlah kenaikan yuran",
            "bilangan pelajar yang hadir",
        ),
        accuracy=(
            "Jumpa kesilapan? Hubungi kami di {email}.",
            "{site} komited terhadap ketepatan. Laporkan kesilapan ke {email}.",
        ),
        print_run=(
            "Artikel ini diterbitkan dalam edisi cetak {date}.",
            "Versi artikel ini turut disiarkan dalam akhbar edisi {date}.",
        ),
        support=("Sokong kewartawanan pelajar. Sumbangan anda membantu kami terus bersuara.", "Sumbang sekarang"),
        independent=("{site} ialah akhbar bebas pelajar {uni}, diterbitkan sejak {since}.", "Bebas sejak {since}."),
        tips=("Ada maklumat? E-mel kami di {email}.", "Hubungi meja berita: {email}"),
        more=("Lagi berita kampus", "Terkini", "Dalam edisi ini"),
    ),
}


@dataclass(frozen=True)
class Health:
    """Wording for a health desk: who medically reviewed the piece and when, the not-medical-advice
    note, the symptom checker box between paragraphs, the emergency line on some stories, the sources
    a story cites, the related conditions and more from the desk."""

    desk: tuple[str, ...]  # the kicker
    reviewed: tuple[str, ...]  # {expert} {specialty} {date}
    experts: tuple[str, ...]
    specialties: tuple[str, ...]
    disclaimer: tuple[str, ...]  # a sentence
    checker: tuple[str, ...]  # the symptom checker box: its lines, its button last
    emergency: tuple[str, ...]  # a sentence with the number to call
    sources: tuple[str, ...]  # {sources}
    bodies: tuple[str, ...]  # who a story cites
    conditions_head: tuple[str, ...]  # {conditions}
    conditions: tuple[str, ...]
    more: tuple[str, ...]


HEALTH: dict[str, Health] = {
    "en": Health(
        desk=("Health", "Wellbeing", "Health News", "Conditions"),
        reviewed=(
            "Medically reviewed by {expert}, {specialty} \N{EM DASH} {date}",
            "Reviewed by {expert}, {specialty}",
        ),
        experts=("Dr. Amara Okafor", "Dr. Simon Hale", "Dr. Priya Raman"),
        specialties=("GP", "MD, cardiologist", "consultant dermatologist", "registered dietitian"),
        disclaimer=(
            "This article is for general information only and is not a substitute for professional medical advice,"
            " diagnosis or treatment.",
            "Always seek the advice of your doctor with any questions you may have about a medical condition.",
        ),
        checker=(
            "Not sure what's causing your symptoms?",
            "Answer a few questions and our checker will suggest what to do next.",
            "Start symptom checker",
        ),
        emergency=(
            "If you think you or someone else is having a medical emergency, call 999 immediately.",
            "In an emergency, call 999 or go to your nearest A&E.",
        ),
        sources=("Sources: {sources}", "This article draws on: {sources}"),
        bodies=("World Health Organization", "NHS", "CDC", "The Lancet", "BMJ", "NICE"),
        conditions_head=("Related conditions: {conditions}", "See also: {conditions}"),
        conditions=("type 2 diabetes", "high blood pressure", "asthma", "migraine", "anaemia", "insomnia", "eczema"),
        more=("More in Health", "Latest health news", "Popular in Wellbeing"),
    ),
    "fr": Health(
        desk=("Santé", "Bien-être", "Actualités santé", "Maladies"),
        reviewed=("Article validé par {expert}, {specialty}, le {date}", "Relu par {expert}, {specialty}"),
        experts=("Dr Claire Vautrin", "Dr Mehdi Sabri", "Pr Hélène Roussel"),
        specialties=("médecin généraliste", "cardiologue", "dermatologue", "diététicienne-nutritionniste"),
        disclaimer=(
            "Les informations de cet article sont données à titre indicatif et ne remplacent en aucun cas l'avis"
            " d'un médecin.",
            "En cas de doute, consultez votre médecin traitant ou votre pharmacien.",
        ),
        checker=(
            "Vous avez des symptômes ?",
            "Répondez à quelques questions pour savoir s'il faut consulter.",
            "Lancer le test",
        ),
        emergency=(
            "En cas d'urgence, appelez le 15 (Samu) ou le 112.",
            "Si les symptômes s'aggravent brutalement, composez immédiatement le 15.",
        ),
        sources=("Sources : {sources}", "Sources consultées : {sources}"),
        bodies=(
            "Organisation mondiale de la santé",
            "Haute Autorité de santé",
            "Inserm",
            "Santé publique France",
            "Ameli",
        ),
        conditions_head=("Maladies liées : {conditions}", "À lire aussi sur : {conditions}"),
        conditions=("diabète de type 2", "hypertension", "asthme", "migraine", "anémie", "insomnie", "eczéma"),
        more=("Plus d'articles Santé", "Dernières actus santé", "Les plus lus en Bien-être"),
    ),
    "ar": Health(
        desk=("صحة", "صحتك", "أخبار صحية", "أمراض وعلاجات"),
        reviewed=("راجعه طبياً: {expert}، {specialty} - {date}", "المراجعة الطبية: {expert}، {specialty}"),
        experts=("د. رنا الحسيني", "د. خالد النعيمي", "د. مها عبد الرحمن"),
        specialties=("طبيبة عامة", "استشاري أمراض القلب", "أخصائية تغذية", "استشاري الأمراض الجلدية"),
        disclaimer=(
            "المعلومات الواردة في هذا المقال للتثقيف الصحي فقط ولا تغني عن استشارة الطبيب المختص.",
            "لا تتخذ أي قرار علاجي قبل الرجوع إلى طبيبك.",
        ),
        checker=(
            "هل تعاني من أعراض مقلقة؟",
            "أجب عن بضعة أسئلة لمعرفة ما إذا كنت بحاجة إلى زيارة الطبيب.",
            "ابدأ فحص الأعراض",
        ),
        emergency=(
            "في الحالات الطارئة اتصل فوراً بالإسعاف على الرقم 998.",
            "إذا ساءت الأعراض فجأة، توجّه إلى أقرب قسم طوارئ.",
        ),
        sources=("المصادر: {sources}", "المصدر: {sources}"),
        bodies=(
            "منظمة الصحة العالمية",
            "وزارة الصحة ووقاية المجتمع",
            "مايو كلينك",
            "مجلة ذا لانسيت",
            "مراكز السيطرة على الأمراض",
        ),
        conditions_head=("أمراض ذات صلة: {conditions}", "اقرأ أيضاً عن: {conditions}"),
        conditions=(
            "السكري من النوع الثاني",
            "ارتفاع ضغط الدم",
            "الربو",
            "الصداع النصفي",
            "فقر الدم",
            "الأرق",
            "الإكزيما",
        ),
        more=("المزيد من صحة", "أحدث الأخبار الصحية", "الأكثر قراءة في صحتك"),
    ),
    "sw": Health(
        desk=("Afya", "Afya Yako", "Habari za Afya", "Magonjwa"),
        reviewed=("Imekaguliwa kitabibu na {expert}, {specialty} - {date}", "Imehakikiwa na {expert}, {specialty}"),
        experts=("Dkt. Amina Mfinanga", "Dkt. Peter Kimaro", "Dkt. Faraji Athumani"),
        specialties=(
            "daktari bingwa wa moyo",
            "daktari wa familia",
            "mtaalamu wa lishe",
            "daktari wa magonjwa ya ngozi",
        ),
        disclaimer=(
            "Makala hii ni kwa ajili ya elimu ya afya pekee na haichukui nafasi ya ushauri wa daktari.",
            "Kwa ushauri zaidi, muone daktari au mhudumu wa afya aliye karibu nawe.",
        ),
        checker=(
            "Una dalili zinazokutia wasiwasi?",
            "Jibu maswali machache ujue kama unahitaji kumuona daktari.",
            "Anza kukagua dalili",
        ),
        emergency=(
            "Ikiwa ni dharura, piga simu 112 mara moja.",
            "Dalili zikizidi ghafla, nenda kituo cha afya kilicho karibu haraka.",
        ),
        sources=("Vyanzo: {sources}", "Chanzo: {sources}"),
        bodies=("Shirika la Afya Duniani (WHO)", "Wizara ya Afya", "NIMR", "Jarida la The Lancet", "Muhimbili"),
        conditions_head=("Magonjwa yanayohusiana: {conditions}", "Soma pia kuhusu: {conditions}"),
        conditions=(
            "kisukari",
            "shinikizo la damu",
            "pumu",
            "kipandauso",
            "upungufu wa damu",
            "malaria",
            "kifua kikuu",
        ),
        more=("Zaidi kuhusu Afya", "Habari mpya za afya", "Zinazosomwa zaidi Afya"),
    ),
}
# What the eleventh split's sites are called: each archetype's outlet as it names itself.
ELEVENTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "gaming": ("Save Point Weekly", "Respawn Review"),
        "campus": ("The Halverston Herald", "The Quad Courier"),
        "health": ("Pulse Check", "The Wellness Desk"),
    },
    "de": {"gaming": ("Zocker-Zeit", "Pixelpost"), "campus": ("Hörsaal-Kurier", "Campusblatt")},
    "fr": {"health": ("Santé Pratique", "Le Carnet Santé")},
    "ar": {"gaming": ("عالم الألعاب", "جيمرز العرب"), "health": ("صحتك اليوم", "طبيبك")},
    "ms": {"gaming": ("Dunia Gamer", "Pemain Tegar"), "campus": ("Suara Siswa", "Warta Kampus")},
    "sw": {"campus": ("Sauti ya Chuo", "Mwanachuo Leo"), "health": ("Afya Bora", "Daktari Wako")},
}


# --- the twelfth held-out split: three more languages, and wording for its new templates ------------------
# (a university's research newsroom, a church and community weekly, a farming and weather desk). Written by
# a helper not working on the learner, before the learner was run on it; the phrasing is new, not
# translated from the earlier splits' wording. Persian pages are written right to left; some Persian and
# Bengali sites print their numbers in their own digits (sitegen decides per site). The Persian wording
# joins its word parts with the zero-width non-joiner, as Persian is written.

FA = Words(
    months=(
        "ژانویه",
        "فوریه",
        "مارس",
        "آوریل",
        "مه",
        "ژوئن",
        "ژوئیه",
        "اوت",
        "سپتامبر",
        "اکتبر",
        "نوامبر",
        "دسامبر",
    ),
    weekdays=("دوشنبه", "سه\N{ZERO WIDTH NON-JOINER}شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    dates=(
        "{d} {month} {y}",
        "{weekday} {d} {month} {y} - {h}:{mi}",
        "{y}/{mm}/{dd} {h}:{mi}",
        "{d} {month} {y}، ساعت {h}:{mi}",
    ),
    ago=("{n} دقیقه پیش", "{n} ساعت پیش", "{n} روز پیش", "یک ساعت پیش"),
    nav=(
        "صفحه اصلی",
        "ایران",
        "جهان",
        "سیاست",
        "اقتصاد",
        "جامعه",
        "ورزش",
        "فرهنگ و هنر",
        "دانش و فناوری",
        "سلامت",
        "دیدگاه",
        "ویدیو",
        "گزارش تصویری",
    ),
    footer_nav=("درباره ما", "تماس با ما", "تبلیغات", "حریم خصوصی", "شرایط استفاده", "نقشه سایت"),
    account=("ورود", "عضویت", "جستجو", "منو", "حساب کاربری"),
    authors=("مریم احمدی", "علی رضایی", "سارا کریمی", "حسین محمدی", "نگار صادقی", "امید طاهری"),
    agencies=("رویترز", "خبرگزاری فرانسه", "آسوشیتدپرس", "ایسنا", "ایرنا"),
    site_names=("آینه روز", "خبرنامه امروز", "نگاه نو", "صدای شهر"),
    taglines=("خبر را از ما بخواهید", "روایت دقیق رویدادها"),
    byline=("نویسنده: {author}", "{author}", "گزارش از {author}"),
    published=("تاریخ انتشار: {date}", "{date}", "منتشر شده در {date}"),
    updated=(
        "آخرین به\N{ZERO WIDTH NON-JOINER}روزرسانی: {date}",
        "به\N{ZERO WIDTH NON-JOINER}روزرسانی: {ago}",
    ),
    views=("{n} بازدید", "تعداد بازدید: {n}"),
    reading=("زمان مطالعه: {n} دقیقه", "{n} دقیقه مطالعه"),
    ad=("آگهی", "- تبلیغات -", "تبلیغات"),
    ad_continue=("ادامه مطلب پس از آگهی", "ادامه خبر در پایین"),
    read_also=("بیشتر بخوانید:", "بخوانید:", "مطالب مرتبط:", "پیشنهاد ما:"),
    share_a=("اشتراک", "تلگرام", "واتساپ", "ایکس", "فیسبوک"),
    share_b=("این خبر را به اشتراک بگذارید", "ارسال در تلگرام", "کپی لینک"),
    share_end=("اشتراک", "اشتراک:", "این مطلب را با دوستانتان به اشتراک بگذارید"),
    newsletter=(
        "برای دریافت خبرهای مهم روز، در خبرنامه ایمیلی ما عضو شوید.",
        "اپلیکیشن {site} را نصب کنید تا خبرهای فوری را زودتر از همه دریافت کنید.",
    ),
    channel=("کانال تلگرام {site} را دنبال کنید", "ما را در اینستاگرام دنبال کنید"),
    tags=("برچسب\N{ZERO WIDTH NON-JOINER}ها: {tags}", "کلیدواژه: {tags}"),
    topics=(
        "گرانی",
        "انتخابات",
        "آموزش",
        "سلامت",
        "حمل و نقل عمومی",
        "مسکن",
        "گردشگری",
        "کم\N{ZERO WIDTH NON-JOINER}آبی",
    ),
    trending=("پربازدیدترین", "خبرهای داغ", "بیشترین بازدید"),
    related=("خبرهای مرتبط", "شاید بپسندید", "مطالب بیشتر"),
    more_from=("بیشتر از {category}", "آخرین خبرهای {category}"),
    comments_head=("نظرات ({n})", "{n} نظر"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("پاسخ", "گزارش تخلف"),
    comment_form=("نظر خود را بنویسید", "نشانی ایمیل شما منتشر نخواهد شد.", "ارسال"),
    comment_texts=(
        "گزارش خوبی بود، ممنون.",
        "اصلاً با این نظر موافق نیستم.",
        "بالاخره یکی درباره این موضوع نوشت.",
        "چه کسی هزینه این کارها را خواهد داد؟",
    ),
    copyright=("© {y} {site}. تمامی حقوق محفوظ است.", "کلیه حقوق برای {site} محفوظ است © {y}"),
    cookie=(
        "این سایت برای بهبود تجربه کاربری از کوکی استفاده می\N{ZERO WIDTH NON-JOINER}کند.",
        "می\N{ZERO WIDTH NON-JOINER}پذیرم / تنظیمات",
    ),
    caption=("عکس: {agency}", "(عکس: {agency})", "عکس آرشیوی - {agency}"),
    breadcrumb_home="صفحه اصلی",
    disclaimer=("مسئولیت نظرات منتشرشده بر عهده نویسندگان آنهاست و بیانگر دیدگاه این رسانه نیست.",),
    app=("اپلیکیشن {site} را دانلود کنید", "دانلود"),
    pagination=("خبر بعدی", "خبر قبلی"),
)

BN = Words(
    months=(
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ),
    weekdays=("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    dates=("{d} {month} {y}", "{d} {month} {y}, {h}:{mi}", "{weekday}, {d} {month} {y}", "{dd}/{mm}/{y} {h}:{mi}"),
    ago=("{n} মিনিট আগে", "{n} ঘণ্টা আগে", "{n} দিন আগে", "এক ঘণ্টা আগে"),
    nav=(
        "প্রচ্ছদ",
        "সর্বশেষ",
        "বাংলাদেশ",
        "রাজনীতি",
        "বিশ্ব",
        "বাণিজ্য",
        "খেলা",
        "বিনোদন",
        "প্রযুক্তি",
        "শিক্ষা",
        "জীবনযাপন",
        "মতামত",
        "ভিডিও",
    ),
    footer_nav=("আমাদের সম্পর্কে", "যোগাযোগ", "বিজ্ঞাপন", "গোপনীয়তা নীতি", "ব্যবহারের শর্তাবলি", "সাইটম্যাপ"),
    account=("লগইন", "সাবস্ক্রাইব", "অনুসন্ধান", "মেনু", "আমার অ্যাকাউন্ট"),
    authors=("তানজিলা রহমান", "মাহমুদুল হাসান", "ফারহানা ইসলাম", "সাকিব আহমেদ", "নুসরাত জাহান", "রফিকুল ইসলাম"),
    agencies=("বাসস", "রয়টার্স", "এএফপি", "এপি", "ইউএনবি"),
    site_names=("দৈনিক আলোকবর্তিকা", "সময়ের কণ্ঠস্বর", "পূর্বাভাস বার্তা", "জনপদের খবর"),
    taglines=("সত্যের সন্ধানে প্রতিদিন", "নির্ভীক সাংবাদিকতার অঙ্গীকার"),
    byline=("{author}", "{author}, ঢাকা", "নিজস্ব প্রতিবেদক"),
    published=("প্রকাশ: {date}", "{date}", "প্রকাশিত: {date}"),
    updated=("আপডেট: {date}", "হালনাগাদ {ago}"),
    views=("{n} বার পড়া হয়েছে", "পাঠক: {n}"),
    reading=("পড়তে সময় লাগবে {n} মিনিট", "{n} মিনিটে পড়ুন"),
    ad=("বিজ্ঞাপন", "- বিজ্ঞাপন -", "Advertisement"),
    ad_continue=("বিজ্ঞাপনের পর খবরের বাকি অংশ", "নিচে পড়া চালিয়ে যান"),
    read_also=("আরও পড়ুন:", "আরও পড়ুন", "পড়ুন:", "সম্পর্কিত খবর:"),
    share_a=("শেয়ার", "ফেসবুক", "হোয়াটসঅ্যাপ", "এক্স", "মেসেঞ্জার"),
    share_b=("খবরটি শেয়ার করুন", "হোয়াটসঅ্যাপে পাঠান", "লিংক কপি করুন"),
    share_end=("শেয়ার", "শেয়ার করুন:", "খবরটি ভালো লাগলে বন্ধুদের সঙ্গে শেয়ার করুন"),
    newsletter=(
        "প্রতিদিন সকালে গুরুত্বপূর্ণ খবর পেতে আমাদের নিউজলেটারে সাবস্ক্রাইব করুন।",
        "সর্বশেষ খবর সবার আগে পেতে {site}-এর অ্যাপ ডাউনলোড করুন।",
    ),
    channel=("{site}-এর ইউটিউব চ্যানেল সাবস্ক্রাইব করুন", "গুগল নিউজে আমাদের ফলো করুন"),
    tags=("বিষয়: {tags}", "ট্যাগ: {tags}"),
    topics=("দ্রব্যমূল্য", "নির্বাচন", "শিক্ষা", "স্বাস্থ্য", "বন্যা", "গণপরিবহন", "রেমিট্যান্স", "পর্যটন"),
    trending=("সর্বাধিক পঠিত", "সর্বশেষ", "আলোচিত"),
    related=("সম্পর্কিত খবর", "আরও খবর", "এ বিভাগের আরও খবর"),
    more_from=("{category} নিয়ে আরও", "{category} বিভাগের আরও খবর"),
    comments_head=("মন্তব্য ({n})", "{n}টি মন্তব্য"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("উত্তর দিন", "রিপোর্ট"),
    comment_form=("আপনার মন্তব্য লিখুন", "আপনার ই-মেইল ঠিকানা প্রকাশ করা হবে না।", "পাঠান"),
    comment_texts=("চমৎকার প্রতিবেদন, ধন্যবাদ।", "আমি একদম একমত নই।", "অবশেষে কেউ এ বিষয়ে লিখল।", "এর খরচ কে দেবে?"),
    copyright=("© {y} {site}। সর্বস্বত্ব সংরক্ষিত।", "স্বত্ব © {y} {site}"),
    cookie=("এই ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে।", "সম্মতি দিন / সেটিংস"),
    caption=("ছবি: {agency}", "ছবি: সংগৃহীত", "(ছবি: {agency})"),
    breadcrumb_home="প্রচ্ছদ",
    disclaimer=("মন্তব্যের দায় মন্তব্যকারীর, এর জন্য কর্তৃপক্ষ দায়ী নয়।",),
    app=("{site}-এর অ্যাপ ডাউনলোড করুন", "ডাউনলোড"),
    pagination=("পরের খবর", "আগের খবর"),
)

AF = Words(
    months=(
        "Januarie",
        "Februarie",
        "Maart",
        "April",
        "Mei",
        "Junie",
        "Julie",
        "Augustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    weekdays=("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag"),
    dates=(
        "{d} {month} {y}",
        "{weekday} {d} {month} {y}, {h}:{mi}",
        "{dd}/{mm}/{y} {h}:{mi}",
        "{d} {month} {y} om {h}:{mi}",
    ),
    ago=("{n} minute gelede", "{n} uur gelede", "{n} dae gelede", "'n uur gelede"),
    nav=(
        "Tuis",
        "Nuus",
        "Suid-Afrika",
        "Wêreld",
        "Sake",
        "Sport",
        "Vermaak",
        "Leefstyl",
        "Tegnologie",
        "Landbou",
        "Rubrieke",
        "Briewe",
        "Video",
    ),
    footer_nav=("Oor ons", "Kontak ons", "Adverteer", "Privaatheidsbeleid", "Gebruiksvoorwaardes", "Werksgeleenthede"),
    account=("Teken in", "Teken aan", "Soek", "Kieslys", "My rekening"),
    authors=(
        "Marieta van der Merwe",
        "Johan Botha",
        "Elmarie Pretorius",
        "Pieter du Toit",
        "Annelie Steyn",
        "Thabo Mokoena",
    ),
    agencies=("ANA", "Reuters", "AFP", "AP", "Argief"),
    site_names=("Die Bosveldnuus", "Kaapse Koerant", "Die Hoëveld Stem", "Die Karoo Kroniek"),
    taglines=("Nuus wat saak maak", "Jou stem sedert 1962"),
    byline=("Deur {author}", "{author}", "{author} | {site}"),
    published=("Gepubliseer: {date}", "{date}", "Geplaas op {date}"),
    updated=("Bygewerk {ago}", "Laas bygewerk: {date}"),
    views=("{n} keer gelees", "{n} lesers"),
    reading=("{n} min. leestyd", "Leestyd: {n} minute"),
    ad=("ADVERTENSIE", "Advertensie", "- Advertensie -"),
    ad_continue=("Artikel gaan voort ná die advertensie", "Lees verder hieronder"),
    read_also=("Lees ook:", "LEES OOK:", "Verwante berig:", "Moenie mis nie:"),
    share_a=("Deel", "Facebook", "WhatsApp", "X", "E-pos"),
    share_b=("Deel hierdie artikel", "Stuur via WhatsApp", "Kopieer skakel"),
    share_end=("Deel", "Deel:", "Hou jy van dié artikel? Deel dit met jou vriende"),
    newsletter=(
        "Teken in op ons nuusbrief en ontvang elke oggend die belangrikste nuus in jou inkassie.",
        "Laai die {site}-toep af en skakel kennisgewings aan vir die nuutste nuus.",
    ),
    channel=("Volg {site} op WhatsApp", "Sluit aan by ons Telegram-kanaal"),
    tags=("Etikette: {tags}", "Onderwerpe: {tags}"),
    topics=("lewenskoste", "verkiesing", "onderwys", "gesondheid", "beurtkrag", "misdaad", "droogte", "toerisme"),
    trending=("Mees gelees", "Gewild nou", "Topstories"),
    related=("Verwante berigte", "Jy sal dalk ook hou van", "Meer nuus"),
    more_from=("Meer oor {category}", "Nuutste uit {category}"),
    comments_head=("{n} kommentare", "Kommentaar ({n})"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("Antwoord", "Rapporteer"),
    comment_form=("Lewer kommentaar", "Jou e-posadres sal nie gepubliseer word nie.", "Plaas"),
    comment_texts=(
        "Dankie vir die berig.",
        "Ek stem glad nie saam nie.",
        "Eindelik skryf iemand hieroor.",
        "En wie gaan dit alles betaal?",
    ),
    copyright=("© {y} {site}. Alle regte voorbehou.", "Kopiereg © {y} {site}"),
    cookie=("Hierdie webwerf gebruik koekies om jou ervaring te verbeter.", "Aanvaar / Instellings"),
    caption=("Foto: {agency}", "Foto verskaf", "(Foto: {agency})"),
    breadcrumb_home="Tuis",
    disclaimer=("Kommentaar weerspieël die lesers se eie menings en nie noodwendig dié van die redaksie nie.",),
    app=("Laai die {site}-toep af", "Laai af"),
    pagination=("Volgende artikel", "Vorige artikel"),
)
WORDS |= {"fa": FA, "bn": BN, "af": AF}
TLDS |= {"fa": ".ir", "bn": ".com.bd", "af": ".co.za"}
TOWNS |= {
    "fa": ("شیراز", "تبریز", "رشت"),
    "bn": ("সিলেট", "রাজশাহী", "খুলনা"),
    "af": ("Stellenbosch", "Bethlehem", "Upington"),
}
PHONES |= {"fa": "021-9999 9999", "bn": "01799-999999", "af": "021 999 9999"}
# Thousands separators and decimal points of the twelfth split's languages and of its other sites'.
TWELFTH_SEPARATORS = {"fa": ",", "bn": ",", "af": " ", "en": ",", "de": ".", "fr": "\N{NO-BREAK SPACE}"}
TWELFTH_DECIMALS = {"af": ",", "de": ",", "fr": ","}
DAY_DATES |= {"fa": "{d} {month} {y}", "bn": "{d} {month} {y}", "af": "{d} {month} {y}"}
# The digits of the Persian and Bengali sites that print their own, and the Persian thousands separator and
# decimal point that go with them.
NATIVE_DIGITS = {
    "fa": str.maketrans("0123456789", "".join(chr(ord("\N{EXTENDED ARABIC-INDIC DIGIT ZERO}") + i) for i in range(10))),
    "bn": str.maketrans("0123456789", "".join(chr(ord("\N{BENGALI DIGIT ZERO}") + i) for i in range(10))),
}
NATIVE_SEPARATORS = {"fa": ("\N{ARABIC THOUSANDS SEPARATOR}", "\N{ARABIC DECIMAL SEPARATOR}")}


@dataclass(frozen=True)
class Twelfth:
    """What the twelfth split's three archetypes print alike in one language: the consent banner and its
    buttons, a correction's wording and what an earlier version got wrong, the end-of-article mark."""

    consent: tuple[str, ...]  # the banner's sentence, a few wordings
    consent_buttons: tuple[str, ...]  # the banner's buttons on one line
    correction: tuple[str, ...]  # {what} {date}
    corrected: tuple[str, ...]
    end_marks: tuple[str, ...]


TWELFTH: dict[str, Twelfth] = {
    "en": Twelfth(
        consent=(
            "We use cookies to give you the best experience on our website.",
            "This site uses cookies. By continuing to browse you agree to our use of cookies.",
            "We and our partners use cookies to personalise content and to measure traffic.",
        ),
        consent_buttons=("Accept all | Reject all | Manage preferences", "OK, got it", "Accept | Settings"),
        correction=(
            "Correction: An earlier version of this article misstated the {what}. This was corrected on {date}.",
            "Correction ({date}): A previous version of this story gave the wrong {what}.",
        ),
        corrected=("date of the event", "speaker's name", "size of the grant", "title of the report"),
        end_marks=("-ENDS-", "###", "\N{BLACK SQUARE}"),
    ),
    "de": Twelfth(
        consent=(
            "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
            "Diese Website nutzt Cookies. Mit der weiteren Nutzung stimmen Sie dem zu.",
            "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
        ),
        consent_buttons=("Alle akzeptieren | Ablehnen | Einstellungen", "Verstanden", "Zustimmen | Anpassen"),
        correction=(
            "Korrektur: In einer früheren Fassung dieses Artikels war {what} falsch angegeben. Korrigiert am {date}.",
            "Korrektur vom {date}: Wir hatten {what} falsch angegeben.",
        ),
        corrected=(
            "das Datum der Veranstaltung",
            "die Höhe der Fördersumme",
            "die Zahl der Teilnehmenden",
            "die Funktion einer Referentin",
        ),
        end_marks=("\N{EN DASH} Ende \N{EN DASH}", "###", "\N{BLACK SQUARE}"),
    ),
    "fr": Twelfth(
        consent=(
            "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.",
            "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
            "Nos partenaires et nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
        ),
        consent_buttons=("Tout accepter | Tout refuser | Paramétrer", "J'ai compris", "Accepter | Personnaliser"),
        correction=(
            "Rectificatif : une version précédente de cet article indiquait par erreur {what}. Corrigé le {date}.",
            "Erratum ({date}) : nous avions mal indiqué {what}.",
        ),
        corrected=(
            "la date de la rencontre",
            "le nom de l'intervenante",
            "le montant de la collecte",
            "l'horaire de la messe",
        ),
        end_marks=("\N{BLACK SQUARE}", "FIN", "\N{EM DASH}"),
    ),
    "af": Twelfth(
        consent=(
            "Ons gebruik koekies om jou die beste ervaring op ons webwerf te gee.",
            "Hierdie werf gebruik koekies. Deur voort te gaan, stem jy in tot ons gebruik daarvan.",
            "Ons en ons vennote gebruik koekies om inhoud te verpersoonlik en verkeer te meet.",
        ),
        consent_buttons=("Aanvaar alles | Weier | Instellings", "Reg so", "Aanvaar | Bestuur voorkeure"),
        correction=(
            "Regstelling: 'n Vroeër weergawe van hierdie artikel het {what} verkeerd vermeld. Reggestel op {date}.",
            "Regstelling ({date}): Ons het {what} verkeerd aangegee.",
        ),
        corrected=(
            "die datum van die geleentheid",
            "die spreker se naam",
            "die bedrag van die skenking",
            "die titel van die verslag",
        ),
        end_marks=("- Einde -", "###", "\N{BLACK SQUARE}"),
    ),
    "bn": Twelfth(
        consent=(
            "আপনার অভিজ্ঞতা আরও ভালো করতে আমরা কুকি ব্যবহার করি।",
            "এই সাইট কুকি ব্যবহার করে। ব্রাউজ করা চালিয়ে গেলে আপনি এতে সম্মতি দিচ্ছেন।",
            "কনটেন্ট ব্যক্তিগতকরণ ও ট্রাফিক বিশ্লেষণের জন্য আমরা ও আমাদের অংশীদারেরা কুকি ব্যবহার করি।",
        ),
        consent_buttons=("সব গ্রহণ করুন | প্রত্যাখ্যান | সেটিংস", "ঠিক আছে", "সম্মত | পছন্দ ঠিক করুন"),
        correction=(
            "সংশোধনী: এই প্রতিবেদনের আগের সংস্করণে {what} ভুলভাবে উল্লেখ করা হয়েছিল। {date} তারিখে তা সংশোধন করা হয়েছে।",
            "সংশোধনী ({date}): আগে {what} ভুল লেখা হয়েছিল।",
        ),
        corrected=("অনুষ্ঠানের তারিখ", "বক্তার নাম", "অনুদানের পরিমাণ", "প্রতিবেদনের শিরোনাম"),
        end_marks=("\N{BLACK SQUARE}", "###", "\N{EM DASH}\N{EM DASH}"),
    ),
    "fa": Twelfth(
        consent=(
            "این سایت برای بهبود تجربه شما از کوکی استفاده می\N{ZERO WIDTH NON-JOINER}کند.",
            "با ادامه مرور این سایت، با استفاده ما از کوکی\N{ZERO WIDTH NON-JOINER}ها موافقت"
            " می\N{ZERO WIDTH NON-JOINER}کنید.",
            "ما و شرکای ما برای شخصی\N{ZERO WIDTH NON-JOINER}سازی محتوا و سنجش بازدید از کوکی استفاده"
            " می\N{ZERO WIDTH NON-JOINER}کنیم.",
        ),
        consent_buttons=("پذیرفتن همه | رد کردن | تنظیمات", "متوجه شدم", "موافقم | تنظیمات"),
        correction=(
            "اصلاحیه: در نسخه قبلی این مطلب {what} نادرست ذکر شده بود. این خطا در {date} اصلاح شد.",
            "اصلاحیه ({date}): پیش\N{ZERO WIDTH NON-JOINER}تر {what} اشتباه نوشته شده بود.",
        ),
        corrected=("تاریخ برگزاری همایش", "نام سخنران", "مبلغ اعتبار طرح", "عنوان گزارش"),
        end_marks=("انتهای پیام/", "پایان پیام", "\N{BLACK SQUARE}"),
    ),
}

# The journals a research newsroom cites, and its papers' titles: in English, whatever the site's language,
# as the papers are published.
JOURNALS = (
    "Nature Communications",
    "Science Advances",
    "PLOS ONE",
    "The Lancet Planetary Health",
    "Journal of Ecology",
    "Physical Review Letters",
    "Cell Reports",
)
PAPERS = (
    "Soil microbial diversity predicts drought resilience in smallholder farms",
    "A low-cost sensor network for urban heat mapping",
    "Long-term exposure to fine particulate matter and cognitive decline",
    "Coastal wetland loss under accelerated sea-level rise",
    "Machine-learning screening of antibiotic candidates from marine bacteria",
    "Sleep duration and academic performance in adolescents: a cohort study",
    "Pollinator decline and crop yield stability across three continents",
)
# Each journal's DOI prefix, in the order of JOURNALS.
DOI_PREFIXES = (
    "10.1038/s41467-024-",
    "10.1126/sciadv.",
    "10.1371/journal.pone.",
    "10.1016/S2542-5196(24)",
    "10.1111/1365-2745.",
    "10.1103/PhysRevLett.",
    "10.1016/j.celrep.2024.",
)


@dataclass(frozen=True)
class Research:
    """Wording for a university's research newsroom: the byline that is a name, or a name and the press
    office's role, the image credit, the paper a story reports (journal reference, DOI), the funders, the
    notes to editors, the media contact, the university's boilerplate, the writer's bio, the notice that a
    release is old or was first issued elsewhere, the podcast promo between paragraphs, more research news."""

    desk: tuple[str, ...]  # the kicker
    byline: tuple[str, ...]  # {author} {role}
    roles: tuple[str, ...]
    image: tuple[str, ...]  # {who}
    universities: tuple[str, ...]
    researchers: tuple[str, ...]  # the lead authors' surnames
    journal_ref: tuple[str, ...]  # {lead} {paper} {journal} {y} {doi}
    funding: tuple[str, ...]  # {funders}
    funders: tuple[str, ...]
    notes_head: tuple[str, ...]
    contact: tuple[str, ...]  # {contact} {email} {phone}
    about: tuple[str, ...]  # {uni} {since} {students}
    bio: tuple[str, ...]  # {author} {site}
    notice: tuple[str, ...]  # {date}: a notice some pages carry
    podcast: tuple[str, ...]
    more: tuple[str, ...]


RESEARCH: dict[str, Research] = {
    "en": Research(
        desk=("Research", "News", "Science", "Health and Medicine", "Engineering"),
        byline=("{author}", "By {author}", "{author}, {role}"),
        roles=("Media Relations", "Science Writer", "Communications Officer"),
        image=("Image: {who}", "Credit: {who}", "Photo credit: {who}"),
        universities=("Northgate University", "Calder University", "Ashby Institute of Technology"),
        researchers=("Okafor", "Lindqvist", "Marsh", "Chen"),
        journal_ref=(
            "Journal reference: {lead} et al., '{paper}', {journal} ({y}). DOI: {doi}",
            "The paper, '{paper}', is published in {journal}. DOI: {doi}",
        ),
        funding=("The research was funded by {funders}.", "Funding: {funders}"),
        funders=(
            "the Wellcome Trust",
            "UK Research and Innovation",
            "the European Research Council",
            "the National Institutes of Health",
        ),
        notes_head=("Notes to editors", "Notes for editors"),
        contact=(
            "Media contact: {contact}, {email}, {phone}",
            "For media enquiries, contact the press office: {email}",
        ),
        about=(
            "{uni} was founded in {since} and is home to more than {students} students.",
            "About {uni}: a research-intensive university ranked among the top 200 in the world.",
        ),
        bio=(
            "{author} is a science writer in the university's communications team.",
            "{author} covers health and the life sciences for {site}.",
        ),
        notice=(
            "This press release was originally issued on {date}.",
            "Please note: this news story is more than a year old.",
        ),
        podcast=("Listen: the researchers talk about the study in our podcast.",),
        more=("Related research news", "More research stories", "Latest news"),
    ),
    "de": Research(
        desk=("Forschung", "Pressemitteilung", "Wissenschaft", "Aus den Fakultäten"),
        byline=("{author}", "Von {author}", "{author}, {role}"),
        roles=("Pressestelle", "Wissenschaftskommunikation"),
        image=("Bild: {who}", "Foto: {who}"),
        universities=("Universität Rheinau", "Technische Universität Nordhagen", "Hochschule Elbmark"),
        researchers=("Hartmann", "Yılmaz", "Krüger", "Lindner"),
        journal_ref=(
            "Originalpublikation: {lead} et al.: {paper}. {journal} ({y}). DOI: {doi}",
            "Die Studie \N{DOUBLE LOW-9 QUOTATION MARK}{paper}\N{LEFT DOUBLE QUOTATION MARK} ist in der Fachzeitschrift"
            " {journal} erschienen, DOI: {doi}.",
        ),
        funding=("Förderung: {funders}", "Die Studie wurde finanziell unterstützt von: {funders}"),
        funders=(
            "Deutsche Forschungsgemeinschaft (DFG)",
            "Bundesministerium für Bildung und Forschung (BMBF)",
            "Volkswagenstiftung",
            "Europäischer Forschungsrat (ERC)",
        ),
        notes_head=("Hinweis für Redaktionen", "Für Redaktionen"),
        contact=("Pressekontakt: {contact}, {email}, Tel. {phone}", "Wissenschaftlicher Kontakt: {email}"),
        about=(
            "Die {uni} wurde {since} gegründet und zählt heute rund {students} Studierende.",
            "Über die {uni}: Forschung und Lehre in zehn Fakultäten.",
        ),
        bio=(
            "{author} arbeitet in der Wissenschaftskommunikation der Universität.",
            "{author} schreibt für {site} über Forschung aus den Lebenswissenschaften.",
        ),
        notice=(
            "Diese Pressemitteilung wurde am {date} veröffentlicht.",
            "Hinweis: Diese Meldung ist älter als ein Jahr.",
        ),
        podcast=("Hören Sie das Gespräch mit dem Forschungsteam in unserem Podcast.",),
        more=(
            "Weitere Meldungen aus der Forschung",
            "Das könnte Sie auch interessieren",
            "Aktuelle Pressemitteilungen",
        ),
    ),
    "fa": Research(
        desk=("پژوهش", "خبر دانشگاه", "علم و فناوری", "دستاوردهای پژوهشی"),
        byline=("{author}", "نویسنده: {author}", "{author}، {role}"),
        roles=("روابط عمومی دانشگاه", "دبیر بخش علم"),
        image=("عکس: {who}", "اعتبار تصویر: {who}"),
        universities=("دانشگاه کوهسار", "دانشگاه صنعتی آفتاب", "دانشگاه علوم پزشکی دریا"),
        researchers=("نوروزی", "فرهادی", "شکوهی", "اکبری"),
        journal_ref=(
            "مرجع: {lead} و همکاران، «{paper}»، {journal}، {y}. DOI: {doi}",
            "این پژوهش با عنوان «{paper}» در نشریه {journal} منتشر شده است. (DOI: {doi})",
        ),
        funding=("این پژوهش با حمایت {funders} انجام شده است.", "حامی مالی: {funders}"),
        funders=(
            "صندوق حمایت از پژوهشگران و فناوران کشور",
            "معاونت علمی و فناوری",
            "بنیاد ملی نخبگان",
            "کمیسیون اروپا",
        ),
        notes_head=("یادداشت برای سردبیران", "توضیح برای رسانه\N{ZERO WIDTH NON-JOINER}ها"),
        contact=(
            "تماس با روابط عمومی: {contact}، {email}، تلفن {phone}",
            "برای اطلاعات بیشتر با {email} مکاتبه کنید.",
        ),
        about=(
            "{uni} در سال {since} تأسیس شده و بیش از {students} دانشجو دارد.",
            "درباره {uni}: دانشگاهی دولتی و پژوهش\N{ZERO WIDTH NON-JOINER}محور با ده دانشکده.",
        ),
        bio=(
            "{author} دبیر بخش علم {site} است.",
            "{author} در روابط عمومی دانشگاه درباره پژوهش می\N{ZERO WIDTH NON-JOINER}نویسد.",
        ),
        notice=("این خبر نخستین بار در {date} منتشر شده است.", "توجه: از انتشار این خبر بیش از یک سال گذشته است."),
        podcast=("گفت\N{ZERO WIDTH NON-JOINER}وگوی ما با پژوهشگران این طرح را در پادکست بشنوید.",),
        more=("اخبار پژوهشی مرتبط", "دیگر خبرهای پژوهش", "تازه\N{ZERO WIDTH NON-JOINER}ترین خبرها"),
    ),
    "bn": Research(
        desk=("গবেষণা", "বিজ্ঞান", "ক্যাম্পাস", "উদ্ভাবন"),
        byline=("{author}", "{author}, {role}", "লেখক: {author}"),
        roles=("জনসংযোগ দপ্তর", "বিজ্ঞান প্রতিবেদক"),
        image=("ছবি: {who}", "ছবির সৌজন্যে: {who}"),
        universities=("পদ্মা বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়", "মেঘনা বিশ্ববিদ্যালয়", "সুরমা কৃষি বিশ্ববিদ্যালয়"),
        researchers=("চৌধুরী", "রহমান", "হক", "সরকার"),
        journal_ref=(
            "তথ্যসূত্র: {lead} ও অন্যান্য, “{paper}”, {journal}, {y}। DOI: {doi}",
            "গবেষণাপত্রটি “{paper}” শিরোনামে {journal} সাময়িকীতে প্রকাশিত হয়েছে (DOI: {doi})।",
        ),
        funding=("গবেষণাটিতে অর্থায়ন করেছে {funders}।", "অর্থায়ন: {funders}"),
        funders=(
            "বাংলাদেশ বিশ্ববিদ্যালয় মঞ্জুরী কমিশন",
            "বিজ্ঞান ও প্রযুক্তি মন্ত্রণালয়",
            "বিশ্বব্যাংক",
            "বিল অ্যান্ড মেলিন্ডা গেটস ফাউন্ডেশন",
        ),
        notes_head=("সম্পাদকদের জন্য তথ্য", "গণমাধ্যমের জন্য নোট"),
        contact=("গণমাধ্যম যোগাযোগ: {contact}, {email}, ফোন: {phone}", "বিস্তারিত জানতে যোগাযোগ করুন: {email}"),
        about=(
            "{uni} {since} সালে প্রতিষ্ঠিত একটি গবেষণানির্ভর পাবলিক বিশ্ববিদ্যালয়, শিক্ষার্থী {students} জনের বেশি।",
            "{uni} সম্পর্কে: দেশের অন্যতম শীর্ষ গবেষণা প্রতিষ্ঠান।",
        ),
        bio=("{author} {site}-এর বিজ্ঞানবিষয়ক লেখক।", "{author} বিশ্ববিদ্যালয়ের জনসংযোগ দপ্তরে কর্মরত।"),
        notice=("এই সংবাদটি প্রথম প্রকাশিত হয় {date}।", "লক্ষ্য করুন: এই সংবাদটি এক বছরেরও বেশি পুরোনো।"),
        podcast=("গবেষকদের সঙ্গে আমাদের আলাপ শুনুন পডকাস্টে।",),
        more=("আরও গবেষণা সংবাদ", "সম্পর্কিত গবেষণা", "সর্বশেষ সংবাদ"),
    ),
}


@dataclass(frozen=True)
class Community:
    """Wording for a church and community weekly: the issue line, the byline that is a name, the thought
    or verse for the week, the diary of coming events, notices some pages carry, the appeal for gifts, the
    letters line, the correspondent's bio, more from the issue."""

    desk: tuple[str, ...]  # the kicker
    byline: tuple[str, ...]  # {author} {town}
    issue: tuple[str, ...]  # {issue} {date}
    thought_head: tuple[str, ...]
    thoughts: tuple[str, ...]  # one a week, with where it comes from
    diary_head: tuple[str, ...]
    diary_line: tuple[str, ...]  # {day} {time} {event} {venue}
    events: tuple[str, ...]
    venues: tuple[str, ...]
    notice: tuple[str, ...]  # {date} {site}
    appeal: tuple[str, ...]  # the appeal, its button last
    letters: tuple[str, ...]  # {email}
    bio: tuple[str, ...]  # {author} {town} {site}
    more: tuple[str, ...]


COMMUNITY: dict[str, Community] = {
    "en": Community(
        desk=("Parish News", "Community", "Church Life", "Youth", "Mission"),
        byline=("{author}", "By {author}", "{author} in {town}"),
        issue=("Issue {issue} \N{MIDDLE DOT} {date}", "No. {issue}, {date}"),
        thought_head=("Thought for the week", "Word for the week", "A thought to carry"),
        thoughts=(
            "\N{LEFT DOUBLE QUOTATION MARK}Love your neighbour as yourself.\N{RIGHT DOUBLE QUOTATION MARK}"
            " (Mark 12:31)",
            "\N{LEFT DOUBLE QUOTATION MARK}Be still, and know that I am God.\N{RIGHT DOUBLE QUOTATION MARK}"
            " (Psalm 46:10)",
            "\N{LEFT DOUBLE QUOTATION MARK}Do not be overcome by evil, but overcome evil with good."
            "\N{RIGHT DOUBLE QUOTATION MARK} (Romans 12:21)",
            "\N{LEFT DOUBLE QUOTATION MARK}Blessed are the peacemakers.\N{RIGHT DOUBLE QUOTATION MARK} (Matthew 5:9)",
            "\N{LEFT DOUBLE QUOTATION MARK}The Lord is my shepherd; I shall not want.\N{RIGHT DOUBLE QUOTATION MARK}"
            " (Psalm 23:1)",
        ),
        diary_head=("What's on", "Dates for your diary", "Diary"),
        diary_line=("{day}, {time}: {event}, {venue}", "{event} \N{EN DASH} {day} at {time}, {venue}"),
        events=(
            "Harvest supper",
            "Choir rehearsal",
            "Food bank collection",
            "Youth group",
            "Coffee morning",
            "Bible study",
        ),
        venues=("Church Hall", "St Mark's Church", "the Community Centre", "the Vicarage"),
        notice=(
            "Notice: The parish office will be closed on {date}.",
            "The next edition of {site} appears on {date}.",
            "Please note: copy for the next issue must reach us by {date}.",
        ),
        appeal=(
            "{site} is free and is paid for by the gifts of its readers. Would you help us keep it that way?",
            "Give now",
        ),
        letters=(
            "Letters to the editor: write to {email}. Letters may be shortened.",
            "We welcome your letters at {email}; please include your name and parish.",
        ),
        bio=("{author} is our volunteer correspondent in {town}.", "{author} writes for {site} from {town}."),
        more=("More parish news", "Also in this issue", "From around the parishes"),
    ),
    "af": Community(
        desk=("Gemeentenuus", "Gemeenskap", "Kerklewe", "Jeug", "Uitreik"),
        byline=("{author}", "Deur {author}", "{author}, {town}"),
        issue=("Uitgawe {issue} \N{MIDDLE DOT} {date}", "Nr. {issue}, {date}"),
        thought_head=("Gedagte vir die week", "Woord vir die week", "Bemoediging"),
        thoughts=(
            "\N{LEFT DOUBLE QUOTATION MARK}Jy moet jou naaste liefhê soos jouself.\N{RIGHT DOUBLE QUOTATION MARK}"
            " (Markus 12:31)",
            "\N{LEFT DOUBLE QUOTATION MARK}Die Here is my Herder, ek kom niks kort nie.\N{RIGHT DOUBLE QUOTATION MARK}"
            " (Psalm 23:1)",
            "\N{LEFT DOUBLE QUOTATION MARK}Moenie dat die kwaad jou oorwin nie; nee, oorwin die kwaad deur die goeie."
            "\N{RIGHT DOUBLE QUOTATION MARK} (Romeine 12:21)",
            "\N{LEFT DOUBLE QUOTATION MARK}Gelukkig is dié wat vrede maak.\N{RIGHT DOUBLE QUOTATION MARK}"
            " (Matteus 5:9)",
        ),
        diary_head=("Wat gebeur", "Datums vir jou dagboek", "Kalender"),
        diary_line=("{day} om {time}: {event} in {venue}", "{event} \N{EN DASH} {day}, {time}, {venue}"),
        events=("Basaar", "Koorrepetisie", "Kosbank-insameling", "Jeugaand", "Oggendtee", "Bybelstudie"),
        venues=("die kerksaal", "die gemeenskapsentrum", "die pastorie", "die konsistorie"),
        notice=(
            "Kennisgewing: Die kerkkantoor is op {date} gesluit.",
            "Die volgende uitgawe van {site} verskyn op {date}.",
            "Let wel: Bydraes vir die volgende uitgawe moet ons teen {date} bereik.",
        ),
        appeal=(
            "{site} is gratis danksy die bydraes van ons lesers. Help ons asseblief om dit so te hou.",
            "Skenk nou",
        ),
        letters=(
            "Briewe aan die redakteur: skryf aan {email}. Briewe kan verkort word.",
            "Ons verwelkom jou brief by {email}. Vermeld asseblief jou naam en gemeente.",
        ),
        bio=("{author} is ons vrywillige medewerker in {town}.", "{author} skryf vir {site} uit {town}."),
        more=("Meer gemeentenuus", "Ook in hierdie uitgawe", "Uit die gemeentes"),
    ),
    "bn": Community(
        desk=("এলাকার খবর", "সমাজ", "শিক্ষা", "তরুণ", "সংস্কৃতি"),
        byline=("{author}", "{author}, {town}", "প্রতিবেদক: {author}"),
        issue=("সংখ্যা {issue} \N{MIDDLE DOT} {date}", "{date}, সংখ্যা {issue}"),
        thought_head=("সপ্তাহের ভাবনা", "এ সপ্তাহের উক্তি", "চিন্তার খোরাক"),
        thoughts=(
            "“যদি তোর ডাক শুনে কেউ না আসে তবে একলা চলো রে।” \N{EN DASH} রবীন্দ্রনাথ ঠাকুর",
            "“বিশ্বে যা-কিছু মহান সৃষ্টি চির-কল্যাণকর, অর্ধেক তার করিয়াছে নারী, অর্ধেক তার নর।” \N{EN DASH} কাজী নজরুল ইসলাম",
            "“দশে মিলি করি কাজ, হারি জিতি নাহি লাজ।” \N{EN DASH} প্রবাদ",
            "“সবার উপরে মানুষ সত্য, তাহার উপরে নাই।” \N{EN DASH} চণ্ডীদাস",
        ),
        diary_head=("এই সপ্তাহের আয়োজন", "অনুষ্ঠানসূচি", "যা হচ্ছে"),
        diary_line=("{day}, {time}: {event}, {venue}", "{event} \N{EN DASH} {day}, {time}, {venue}"),
        events=(
            "বইমেলা",
            "রক্তদান কর্মসূচি",
            "বৃক্ষরোপণ অভিযান",
            "বিতর্ক প্রতিযোগিতা",
            "সাংস্কৃতিক সন্ধ্যা",
            "বিনা মূল্যে স্বাস্থ্য পরীক্ষা",
        ),
        venues=("কমিউনিটি সেন্টার", "উপজেলা পরিষদ মিলনায়তন", "স্কুল মাঠ", "পাবলিক লাইব্রেরি"),
        notice=(
            "বিজ্ঞপ্তি: {date} তারিখে আমাদের কার্যালয় বন্ধ থাকবে।",
            "{site}-এর পরবর্তী সংখ্যা প্রকাশিত হবে {date}।",
            "পরবর্তী সংখ্যার জন্য লেখা পাঠানোর শেষ তারিখ {date}।",
        ),
        appeal=("{site} পাঠকদের সহায়তায় বিনা মূল্যে প্রকাশিত হয়। আমাদের পাশে থাকুন।", "সহায়তা করুন"),
        letters=(
            "সম্পাদকের কাছে চিঠি পাঠান: {email}। প্রয়োজনে চিঠি সংক্ষিপ্ত করা হতে পারে।",
            "আপনার মতামত লিখে পাঠান {email} ঠিকানায়, সঙ্গে নাম ও এলাকা উল্লেখ করুন।",
        ),
        bio=("{author} {town} থেকে আমাদের স্বেচ্ছাসেবী প্রতিনিধি।", "{author} {town} থেকে {site}-এর জন্য লেখেন।"),
        more=("এলাকার আরও খবর", "এই সংখ্যায় আরও", "আরও পড়ুন"),
    ),
    "fr": Community(
        desk=("Vie paroissiale", "Communauté", "Jeunes", "Solidarité", "Agenda"),
        byline=("{author}", "Par {author}", "{author}, à {town}"),
        issue=("N° {issue} \N{MIDDLE DOT} {date}", "Numéro {issue}, {date}"),
        thought_head=("La pensée de la semaine", "Parole de la semaine", "Méditation"),
        thoughts=(
            "« Tu aimeras ton prochain comme toi-même. » (Mc 12, 31)",
            "« Ne te laisse pas vaincre par le mal, mais sois vainqueur du mal par le bien. » (Rm 12, 21)",
            "« Heureux les artisans de paix. » (Mt 5, 9)",
            "« Le Seigneur est mon berger : je ne manque de rien. » (Ps 22, 1)",
        ),
        diary_head=("Agenda", "À noter", "Rendez-vous"),
        diary_line=("{day} à {time} : {event} ({venue})", "{event} \N{EN DASH} {day}, {time}, {venue}"),
        events=(
            "Kermesse paroissiale",
            "Répétition de la chorale",
            "Collecte pour la banque alimentaire",
            "Rencontre des jeunes",
            "Café-partage",
            "Groupe biblique",
        ),
        venues=("salle paroissiale", "église Saint-Martin", "maison des associations", "presbytère"),
        notice=(
            "Avis : le secrétariat paroissial sera fermé le {date}.",
            "Le prochain numéro de {site} paraîtra le {date}.",
            "Merci de nous faire parvenir vos articles avant le {date}.",
        ),
        appeal=("{site} est gratuit grâce aux dons de ses lecteurs. Aidez-nous à le rester.", "Faire un don"),
        letters=(
            "Courrier des lecteurs : écrivez-nous à {email}. La rédaction se réserve le droit de raccourcir"
            " les lettres.",
            "Vos réactions sont les bienvenues à {email}.",
        ),
        bio=("{author} suit pour nous la vie de la paroisse à {town}.", "{author} écrit pour {site} depuis {town}."),
        more=("Dans ce numéro", "Autres nouvelles des paroisses", "À lire aussi"),
    ),
}


@dataclass(frozen=True)
class Agri:
    """Wording for a farming and weather desk: the byline that is a name, the weather line for the
    paper's town, the market prices box (crops, prices, the week's change, where and when the prices were
    taken), the agronomy disclaimer on some stories, the next auction, the writer's bio, more farming news."""

    desk: tuple[str, ...]  # the kicker
    byline: tuple[str, ...]  # {author}
    weather: tuple[str, ...]  # {town} {t} {sky} {rain}
    skies: tuple[str, ...]
    prices_head: tuple[str, ...]
    crops: tuple[str, ...]
    money: str  # {a}: a price a unit
    price_range: tuple[int, int]  # a crop's usual price, in the money's unit
    change: str  # {sign} {p}: the change since last week
    prices_note: tuple[str, ...]  # {date} {exchange}
    exchanges: tuple[str, ...]
    advice: tuple[str, ...]
    auction: tuple[str, ...]  # {date} {town}
    bio: tuple[str, ...]  # {author} {town} {site} {since}
    more: tuple[str, ...]


AGRI: dict[str, Agri] = {
    "en": Agri(
        desk=("Farming", "Markets", "Livestock", "Arable", "Weather"),
        byline=("{author}", "By {author}", "{author}, Agriculture Correspondent"),
        weather=("Weather for {town}: {t}°C, {sky}, {rain}% chance of rain", "{town} today: {sky}, high of {t}°C"),
        skies=("sunny", "partly cloudy", "overcast", "light showers", "heavy rain", "frost overnight"),
        prices_head=("Market prices", "This week's prices", "Grain prices"),
        crops=("Feed wheat", "Milling wheat", "Feed barley", "Malting barley", "Oilseed rape", "Oats"),
        money="£{a}/t",
        price_range=(140, 420),
        change="({sign}{p}%)",
        prices_note=("Prices as at {date}, ex-farm. Source: {exchange}", "Source: {exchange}, {date}"),
        exchanges=("AHDB", "ICE Futures Europe"),
        advice=(
            "Always read the label and take advice from a qualified agronomist before applying any product.",
            "This article is for information only and does not replace professional advice.",
        ),
        auction=(
            "Next store cattle sale: {date} at {town} Market.",
            "The next livestock auction in {town} is on {date}.",
        ),
        bio=(
            "{author} farms near {town} and writes about arable farming.",
            "{author} has covered agriculture for {site} since {since}.",
        ),
        more=("More farming news", "Latest from Markets", "Also in Farming"),
    ),
    "de": Agri(
        desk=("Landwirtschaft", "Agrarmarkt", "Tierhaltung", "Ackerbau", "Wetter"),
        byline=("{author}", "Von {author}", "{author}, Agrarredaktion"),
        weather=(
            "Wetter in {town}: {t}\N{NO-BREAK SPACE}°C, {sky}, Regenwahrscheinlichkeit {rain}\N{NO-BREAK SPACE}%",
            "{town} heute: {sky}, bis {t}\N{NO-BREAK SPACE}°C",
        ),
        skies=("sonnig", "teils bewölkt", "bedeckt", "leichte Schauer", "Starkregen", "Bodenfrost in der Nacht"),
        prices_head=("Marktpreise", "Erzeugerpreise der Woche", "Getreidepreise"),
        crops=("Brotweizen", "Futterweizen", "Futtergerste", "Braugerste", "Raps", "Körnermais"),
        money="{a}\N{NO-BREAK SPACE}€/t",
        price_range=(160, 480),
        change="({sign}{p}\N{NO-BREAK SPACE}%)",
        prices_note=("Preise vom {date}, ab Hof. Quelle: {exchange}", "Quelle: {exchange}, Stand {date}"),
        exchanges=("Euronext/Matif", "Landwirtschaftskammer"),
        advice=(
            "Vor dem Einsatz von Pflanzenschutzmitteln stets Gebrauchsanleitung lesen und fachlichen Rat einholen.",
            "Dieser Beitrag dient nur der Information und ersetzt keine Fachberatung.",
        ),
        auction=(
            "Nächste Zuchtviehauktion: {date} in {town}.",
            "Die nächste Viehversteigerung in {town} findet am {date} statt.",
        ),
        bio=(
            "{author} bewirtschaftet einen Ackerbaubetrieb bei {town} und schreibt über Pflanzenbau.",
            "{author} schreibt seit {since} für {site} über Landwirtschaft.",
        ),
        more=("Mehr aus der Landwirtschaft", "Neues vom Agrarmarkt", "Auch interessant"),
    ),
    "af": Agri(
        desk=("Landbou", "Markte", "Vee", "Gewasse", "Weer"),
        byline=("{author}", "Deur {author}", "{author}, landboujoernalis"),
        weather=("Weer vir {town}: {t}°C, {sky}, {rain}% kans vir reën", "{town} vandag: {sky}, maksimum {t}°C"),
        skies=("sonnig", "gedeeltelik bewolk", "bewolk", "ligte buie", "swaar reën", "ryp in die nag"),
        prices_head=("Markpryse", "Pryse dié week", "Graanpryse"),
        crops=("Wit mielies", "Geel mielies", "Koring", "Sojabone", "Sonneblom", "Sorghum"),
        money="R{a}/t",
        price_range=(2800, 9500),
        change="({sign}{p}%)",
        prices_note=("Pryse soos op {date}. Bron: {exchange}", "Bron: {exchange}, {date}"),
        exchanges=("JSE", "Safex"),
        advice=(
            "Raadpleeg altyd 'n gekwalifiseerde landboukundige voordat jy enige middel toedien.",
            "Hierdie artikel is slegs vir inligting en vervang nie professionele advies nie.",
        ),
        auction=(
            "Volgende veiling: {date} by die {town}-veilingskrale.",
            "Die volgende veeveiling in {town} is op {date}.",
        ),
        bio=(
            "{author} boer naby {town} en skryf oor graanverbouing.",
            "{author} skryf sedert {since} oor landbou vir {site}.",
        ),
        more=("Meer landbounuus", "Nuutste uit Markte", "Ook in Landbou"),
    ),
    "fa": Agri(
        desk=("کشاورزی", "بازار", "دام و طیور", "زراعت", "هواشناسی"),
        byline=("{author}", "گزارش: {author}", "{author}، خبرنگار کشاورزی"),
        weather=(
            "هوای {town}: {t} درجه، {sky}، احتمال بارش {rain} درصد",
            "{town} امروز: {sky}، بیشینه دما {t} درجه",
        ),
        skies=("آفتابی", "نیمه\N{ZERO WIDTH NON-JOINER}ابری", "ابری", "بارش پراکنده", "بارش شدید", "یخبندان شبانه"),
        prices_head=("قیمت بازار", "نرخ محصولات کشاورزی", "قیمت غلات"),
        crops=("گندم", "جو", "ذرت دامی", "برنج هاشمی", "سیب\N{ZERO WIDTH NON-JOINER}زمینی", "پیاز"),
        money="هر کیلو {a} تومان",
        price_range=(12000, 220000),
        change="({sign}{p}\N{ARABIC PERCENT SIGN})",
        prices_note=(
            "قیمت\N{ZERO WIDTH NON-JOINER}ها مربوط به {date} است. منبع: {exchange}",
            "منبع: {exchange}، {date}",
        ),
        exchanges=("بورس کالای ایران", "اتحادیه بارفروشان"),
        advice=(
            "پیش از مصرف هر نوع سم یا کود، حتماً با کارشناس کشاورزی مشورت کنید.",
            "این مطلب صرفاً جنبه اطلاع\N{ZERO WIDTH NON-JOINER}رسانی دارد و جایگزین مشاوره تخصصی نیست.",
        ),
        auction=(
            "بازار هفتگی دام {town}: {date}",
            "حراج بعدی دام در {town} روز {date} برگزار می\N{ZERO WIDTH NON-JOINER}شود.",
        ),
        bio=(
            "{author} خبرنگار حوزه کشاورزی {site} در {town} است.",
            "{author} از سال {since} درباره کشاورزی برای {site} می\N{ZERO WIDTH NON-JOINER}نویسد.",
        ),
        more=("اخبار بیشتر کشاورزی", "تازه\N{ZERO WIDTH NON-JOINER}ترین خبرهای بازار", "مطالب مرتبط"),
    ),
}
# What the twelfth split's sites are called: each archetype's outlet as it names itself.
TWELFTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "research": ("Northgate Research News", "Calder Newsroom"),
        "community": ("The Parish Messenger", "Valley Church Times"),
        "agri": ("Farm Gate Weekly", "The Furrow Report"),
    },
    "de": {
        "research": ("Forschung Aktuell Rheinau", "Campusmeldungen Nordhagen"),
        "agri": ("Hof und Markt", "Agrarbote"),
    },
    "fr": {"community": ("Le Lien paroissial", "La Voix du Clocher")},
    "fa": {"research": ("خبرنامه پژوهش", "دانش امروز"), "agri": ("کشاورز امروز", "کشت و دام")},
    "bn": {"research": ("গবেষণা বার্তা", "বিশ্ববিদ্যালয় সংবাদ"), "community": ("সম্প্রীতি সাপ্তাহিক", "পাড়ার খবর")},
    "af": {"community": ("Die Gemeenteblad", "Kerk en Gemeenskap"), "agri": ("Boer en Mark", "Die Plaaskoerant")},
}


# --- the thirteenth held-out split: gl, ur, tl, and wording for its new templates ---------------------

GL = Words(
    months=(
        "xaneiro",
        "febreiro",
        "marzo",
        "abril",
        "maio",
        "xuño",
        "xullo",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "decembro",
    ),
    weekdays=("luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"),
    dates=(
        "{d} de {month} de {y}",
        "{weekday}, {d} de {month} de {y}, {h}:{mi}",
        "{dd}/{mm}/{y} {h}:{mi}",
        "{d}/{m}/{y} - {h}:{mi} h",
    ),
    ago=("hai {n} minutos", "hai {n} horas", "hai {n} días", "hai unha hora"),
    nav=(
        "Portada",
        "Galicia",
        "España",
        "Internacional",
        "Economía",
        "Sociedade",
        "Deportes",
        "Cultura",
        "Opinión",
        "Tecnoloxía",
        "Saúde",
        "Mar",
        "Vídeos",
    ),
    footer_nav=("Quen somos", "Contacto", "Publicidade", "Política de privacidade", "Aviso legal", "Cookies"),
    account=("Entrar", "Subscríbete", "Buscar", "Menú", "A miña conta"),
    authors=("Uxía Castro", "Xosé Manuel Rivas", "Antía Varela", "Brais Otero", "Iria Fernández", "Roi Pazos"),
    agencies=("Europa Press", "EFE", "Reuters", "AFP", "Arquivo"),
    site_names=("O Faro da Mariña", "Xornal do Miño", "A Voz da Ría", "Eco do Morrazo"),
    taglines=("As noticias que importan", "Informando dende 1979"),
    byline=("Por {author}", "{author}", "{author} | {site}"),
    published=("Publicado o {date}", "{date}", "Publicado: {date}"),
    updated=("Actualizado {ago}", "Última actualización: {date}"),
    views=("{n} lecturas", "Lido {n} veces"),
    reading=("{n} min de lectura", "Tempo de lectura: {n} minutos"),
    ad=("Publicidade", "PUBLICIDADE", "- Publicidade -"),
    ad_continue=("A noticia continúa despois da publicidade", "Segue lendo embaixo"),
    read_also=("Le tamén:", "LE TAMÉN:", "Máis información:", "Relacionado:"),
    share_a=("Compartir", "Facebook", "WhatsApp", "X", "Correo"),
    share_b=("Comparte esta noticia", "Enviar por WhatsApp", "Copiar ligazón"),
    share_end=("Compartir", "Comparte:", "Gustouche esta noticia? Compártea cos teus amigos"),
    newsletter=(
        "Subscríbete ao noso boletín e recibe cada mañá as noticias máis importantes no teu correo.",
        "Descarga a app de {site} e activa as notificacións para non perder nada.",
    ),
    channel=("Segue a {site} en WhatsApp", "Únete á nosa canle de Telegram"),
    tags=("Etiquetas: {tags}", "Temas: {tags}"),
    topics=("vivenda", "eleccións", "educación", "sanidade", "incendios", "transporte público", "turismo", "pesca"),
    trending=("O máis lido", "Tendencias", "Destacados"),
    related=("Noticias relacionadas", "Tamén che pode interesar", "Máis noticias"),
    more_from=("Máis de {category}", "Últimas noticias de {category}"),
    comments_head=("{n} comentarios", "Comentarios ({n})"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("Responder", "Denunciar"),
    comment_form=("Deixa un comentario", "O teu enderezo de correo non se publicará.", "Publicar"),
    comment_texts=(
        "Grazas pola información.",
        "Non estou nada de acordo.",
        "Por fin alguén escribe sobre isto.",
        "E quen vai pagar todo isto?",
    ),
    copyright=("© {y} {site}. Todos os dereitos reservados.", "Copyright © {y} {site}"),
    cookie=("Este sitio web utiliza cookies para mellorar a túa experiencia.", "Aceptar / Configuración"),
    caption=("Foto: {agency}", "(Foto: {agency})", "Imaxe de arquivo: {agency}"),
    breadcrumb_home="Portada",
    disclaimer=("Os comentarios son opinión dos seus autores e non reflicten necesariamente a liña deste medio.",),
    app=("Descarga a app de {site}", "Descargar"),
    pagination=("Seguinte noticia", "Noticia anterior"),
)

UR = Words(
    months=("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
    weekdays=("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
    dates=("{d} {month} {y}", "{weekday} {d} {month} {y}، {h}:{mi}", "{dd}/{mm}/{y} {h}:{mi}", "{d} {month}، {y}"),
    ago=("{n} منٹ پہلے", "{n} گھنٹے پہلے", "{n} دن پہلے", "ایک گھنٹہ پہلے"),
    nav=(
        "صفحہ اول",
        "تازہ ترین",
        "پاکستان",
        "دنیا",
        "سیاست",
        "کاروبار",
        "کھیل",
        "شوبز",
        "صحت",
        "سائنس و ٹیکنالوجی",
        "کالم",
        "بلاگ",
        "ویڈیوز",
    ),
    footer_nav=("ہمارے بارے میں", "رابطہ کریں", "اشتہارات", "پرائیویسی پالیسی", "شرائط و ضوابط", "سائٹ میپ"),
    account=("لاگ ان", "سبسکرائب", "تلاش", "مینیو", "میرا اکاؤنٹ"),
    authors=("عائشہ خان", "محمد عمران", "سدرہ بتول", "فیصل قریشی", "نازیہ ملک", "عثمان اعوان"),
    agencies=("اے پی پی", "رائٹرز", "اے ایف پی", "اے پی", "آن لائن"),
    site_names=("روزنامہ آئینہ", "نوائے شہر", "خبر نامہ", "پیغامِ وقت"),
    taglines=("سچ کی آواز", "ہر خبر، ہر لمحہ"),
    byline=("{author}", "رپورٹ: {author}", "تحریر: {author}"),
    published=("شائع {date}", "{date}", "اشاعت: {date}"),
    updated=("اپ ڈیٹ {ago}", "آخری اپ ڈیٹ: {date}"),
    views=("{n} بار پڑھا گیا", "قارئین: {n}"),
    reading=("پڑھنے کا وقت: {n} منٹ", "{n} منٹ میں پڑھیں"),
    ad=("اشتہار", "- اشتہار -", "Advertisement"),
    ad_continue=("خبر اشتہار کے بعد جاری ہے", "نیچے پڑھنا جاری رکھیں"),
    read_also=("یہ بھی پڑھیں:", "مزید پڑھیں:", "متعلقہ خبر:", "یہ بھی پڑھیے"),
    share_a=("شیئر", "فیس بک", "واٹس ایپ", "ایکس", "ای میل"),
    share_b=("یہ خبر شیئر کریں", "واٹس ایپ پر بھیجیں", "لنک کاپی کریں"),
    share_end=("شیئر", "شیئر کریں:", "خبر پسند آئی؟ دوستوں کے ساتھ شیئر کریں"),
    newsletter=(
        "روزانہ اہم خبریں اپنے ای میل میں حاصل کرنے کے لیے ہمارا نیوز لیٹر سبسکرائب کریں۔",
        "تازہ ترین خبروں کے لیے {site} کی ایپ ڈاؤن لوڈ کریں۔",
    ),
    channel=("{site} کا واٹس ایپ چینل فالو کریں", "ہمارا یوٹیوب چینل سبسکرائب کریں"),
    tags=("ٹیگز: {tags}", "موضوعات: {tags}"),
    topics=("مہنگائی", "انتخابات", "تعلیم", "صحت", "سیلاب", "بجلی", "کرکٹ", "سیاحت"),
    trending=("سب سے زیادہ پڑھی گئی", "مقبول خبریں", "ٹرینڈنگ"),
    related=("متعلقہ خبریں", "مزید خبریں", "آپ کی دلچسپی کے لیے"),
    more_from=("{category} کی مزید خبریں", "{category} سے مزید"),
    comments_head=("تبصرے ({n})", "{n} تبصرے"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("جواب دیں", "رپورٹ کریں"),
    comment_form=("اپنا تبصرہ لکھیں", "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔", "بھیجیں"),
    comment_texts=(
        "بہت اچھی رپورٹ، شکریہ۔",
        "میں اس سے بالکل متفق نہیں ہوں۔",
        "آخرکار کسی نے اس موضوع پر لکھا۔",
        "اس سب کا خرچ کون اٹھائے گا؟",
    ),
    copyright=("© {y} {site}۔ جملہ حقوق محفوظ ہیں۔", "جملہ حقوق بحق {site} محفوظ ہیں © {y}"),
    cookie=("یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔", "قبول کریں / ترتیبات"),
    caption=("فوٹو: {agency}", "(فائل فوٹو)", "تصویر: {agency}"),
    breadcrumb_home="صفحہ اول",
    disclaimer=("تبصروں میں ظاہر کی گئی آرا قارئین کی اپنی ہیں، ادارے کا ان سے متفق ہونا ضروری نہیں۔",),
    app=("{site} کی ایپ ڈاؤن لوڈ کریں", "ڈاؤن لوڈ"),
    pagination=("اگلی خبر", "پچھلی خبر"),
)

TL = Words(
    months=(
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ),
    weekdays=("Lunes", "Martes", "Miyerkoles", "Huwebes", "Biyernes", "Sabado", "Linggo"),
    dates=(
        "{month} {d}, {y}",
        "{month} {d}, {y} {h12}:{mi} {ampm}",
        "{mm}/{dd}/{y} {h}:{mi}",
        "{weekday}, {month} {d}, {y}",
    ),
    ago=("{n} minuto ang nakalipas", "{n} oras ang nakalipas", "{n} araw ang nakalipas", "isang oras ang nakalipas"),
    nav=(
        "Home",
        "Balita",
        "Metro",
        "Probinsya",
        "Bansa",
        "Mundo",
        "Negosyo",
        "Palakasan",
        "Showbiz",
        "Opinyon",
        "Lifestyle",
        "Teknolohiya",
        "Video",
    ),
    footer_nav=(
        "Tungkol sa Amin",
        "Makipag-ugnayan",
        "Mag-advertise",
        "Patakaran sa Privacy",
        "Mga Tuntunin ng Paggamit",
        "Sitemap",
    ),
    account=("Mag-log in", "Mag-subscribe", "Maghanap", "Menu", "Aking Account"),
    authors=(
        "Maricel Dela Cruz",
        "Jerome Santos",
        "Kristine Villanueva",
        "Ramon Bautista",
        "Liza Mendoza",
        "Paolo Reyes",
    ),
    agencies=("PNA", "Reuters", "AFP", "AP", "File photo"),
    site_names=("Bantay Balita", "Tinig ng Bayan", "Pahayagang Silangan", "Balitang Lungsod"),
    taglines=("Ang balitang dapat mong malaman", "Tapat na pamamahayag mula 1986"),
    byline=("Ni {author}", "{author}", "Ulat ni {author}"),
    published=("Inilathala: {date}", "{date}", "Nai-post noong {date}"),
    updated=("Na-update {ago}", "Huling update: {date}"),
    views=("{n} views", "Nabasa nang {n} beses"),
    reading=("{n} minutong pagbasa", "Oras ng pagbasa: {n} minuto"),
    ad=("Advertisement", "PATALASTAS", "- Advertisement -"),
    ad_continue=("Nagpapatuloy ang balita sa ibaba", "Ituloy ang pagbasa sa ibaba"),
    read_also=("BASAHIN:", "Basahin din:", "KAUGNAY NA BALITA:", "BASAHIN DIN:"),
    share_a=("I-share", "Facebook", "Messenger", "X", "Viber"),
    share_b=("Ibahagi ang balitang ito", "Ipadala sa Messenger", "Kopyahin ang link"),
    share_end=("I-share", "Ibahagi:", "Nagustuhan mo ba ang balitang ito? Ibahagi sa iyong mga kaibigan"),
    newsletter=(
        "Mag-subscribe sa aming newsletter para sa pinakamahahalagang balita araw-araw.",
        "I-download ang {site} app para sa mga breaking news alert.",
    ),
    channel=("I-follow ang {site} sa Facebook", "Sumali sa aming Viber community"),
    tags=("Mga tag: {tags}", "Paksa: {tags}"),
    topics=("presyo ng bigas", "eleksyon", "edukasyon", "kalusugan", "bagyo", "trapiko", "OFW", "turismo"),
    trending=("Pinakabinasa", "Trending", "Mainit na balita"),
    related=("Kaugnay na balita", "Iba pang balita", "Baka magustuhan mo rin"),
    more_from=("Iba pa mula sa {category}", "Pinakabago sa {category}"),
    comments_head=("Mga komento ({n})", "{n} komento"),
    comment_meta=("{name} · {ago}", "{name}"),
    comment_actions=("Sumagot", "I-report"),
    comment_form=("Mag-iwan ng komento", "Hindi ilalathala ang iyong email address.", "Ipadala"),
    comment_texts=(
        "Salamat sa balita.",
        "Hindi ako sang-ayon dito.",
        "Sa wakas, may sumulat din tungkol dito.",
        "Sino naman ang magbabayad nito?",
    ),
    copyright=("© {y} {site}. Lahat ng karapatan ay nakalaan.", "Copyright © {y} {site}"),
    cookie=("Gumagamit ang website na ito ng cookies para mapabuti ang iyong karanasan.", "Tanggapin / Mga setting"),
    caption=("Larawan: {agency}", "(Kuha ni {author})", "Larawan mula sa {agency}"),
    breadcrumb_home="Home",
    disclaimer=("Ang mga komento ay opinyon ng mga mambabasa at hindi ng pahayagang ito.",),
    app=("I-download ang {site} app", "I-download"),
    pagination=("Susunod na balita", "Nakaraang balita"),
)
WORDS |= {"gl": GL, "ur": UR, "tl": TL}
TLDS |= {"gl": ".gal", "ur": ".pk", "tl": ".ph"}
TOWNS |= {
    "gl": ("Lugo", "Pontevedra", "Ferrol"),
    "ur": ("ملتان", "فیصل آباد", "سیالکوٹ"),
    "tl": ("Batangas", "Lucena", "San Pablo"),
}
PHONES |= {"gl": "981 99 99 99", "ur": "0800-99999", "tl": "(02) 8999 9999"}
# Thousands separators and decimal points of the thirteenth split's languages and of its other sites'.
THIRTEENTH_SEPARATORS = {"gl": ".", "ur": ",", "tl": ",", "en": ",", "de": "."}
THIRTEENTH_DECIMALS = {"gl": ",", "de": ","}
DAY_DATES |= {"gl": "{d} de {month} de {y}", "ur": "{d} {month} {y}", "tl": "{month} {d}, {y}"}
# How the thirteenth split's sites print a time of day.
TIMES13 = {"en": "{h12}:{mi} {ampm}", "tl": "{h12}:{mi} {ampm}", "de": "{h}:{mi}", "gl": "{h}:{mi}", "ur": "{h}:{mi}"}


@dataclass(frozen=True)
class Thirteenth:
    """What the thirteenth split's three archetypes print alike in one language: the consent banner and its
    buttons, the update and first-published lines, editor's notes, a correction's wording and what an
    earlier version got wrong, the end-of-article mark, the "read more" line set between paragraphs, the
    bare photo credit."""

    consent: tuple[str, ...]
    consent_buttons: tuple[str, ...]  # the banner's buttons on one line
    updated: tuple[str, ...]  # {date} {time}
    first_published: tuple[str, ...]  # {date}
    editors_note: tuple[str, ...]
    correction: tuple[str, ...]  # {what} {date}
    corrected: tuple[str, ...]
    end_marks: tuple[str, ...]
    read_more: tuple[str, ...]  # {title}
    photo: tuple[str, ...]  # {who}


THIRTEENTH: dict[str, Thirteenth] = {
    "en": Thirteenth(
        consent=(
            "We value your privacy. We and our partners use cookies and similar technologies on this site.",
            "Our site uses cookies to improve your experience and to show you relevant advertising.",
            "By clicking 'Accept', you agree to the storing of cookies on your device.",
        ),
        consent_buttons=("Accept | Reject | Customise", "I agree", "Accept all cookies | Cookie settings"),
        updated=("Updated {time}", "Last updated: {date}, {time}", "Updated {date} at {time}"),
        first_published=("First published {date}", "Originally published {date}"),
        editors_note=(
            "Editor's note: This article has been updated with new information.",
            "Editor's note: This story has been updated with details that were not available when it was first"
            " published.",
            "Editor's note: A quote in this article has been clarified.",
        ),
        correction=(
            "Correction: An earlier version of this article gave the wrong {what}. It was corrected on {date}.",
            "This article was amended on {date} to correct the {what}.",
        ),
        corrected=("date", "price", "spelling of a name", "figures"),
        end_marks=("\N{BLACK SQUARE}", "-30-", "\N{BLACK DIAMOND}"),
        read_more=("RELATED: {title}", "Read more: {title}", "\N{RIGHTWARDS ARROW} {title}", "See also: {title}"),
        photo=("Photo: {who}", "{who}", "Picture: {who}"),
    ),
    "de": Thirteenth(
        consent=(
            "Wir respektieren Ihre Privatsphäre. Wir und unsere Partner verwenden Cookies und ähnliche Technologien.",
            "Unsere Website verwendet Cookies, um Ihr Nutzungserlebnis zu verbessern und passende Werbung anzuzeigen.",
            "Mit einem Klick auf \N{DOUBLE LOW-9 QUOTATION MARK}Akzeptieren\N{LEFT DOUBLE QUOTATION MARK} stimmen"
            " Sie der Speicherung von Cookies auf Ihrem Gerät zu.",
        ),
        consent_buttons=(
            "Akzeptieren | Ablehnen | Anpassen",
            "Einverstanden",
            "Alle akzeptieren | Cookie-Einstellungen",
        ),
        updated=(
            "Aktualisiert: {time} Uhr",
            "Zuletzt aktualisiert: {date}, {time} Uhr",
            "Aktualisiert am {date} um {time} Uhr",
        ),
        first_published=("Erstveröffentlichung: {date}", "Zuerst erschienen am {date}"),
        editors_note=(
            "Anmerkung der Redaktion: Dieser Artikel wurde um neue Informationen ergänzt.",
            "Anmerkung der Redaktion: Wir haben den Text nach Erscheinen um eine Stellungnahme ergänzt.",
            "Hinweis der Redaktion: Ein Zitat in diesem Artikel wurde präzisiert.",
        ),
        correction=(
            "Korrektur: In einer früheren Version dieses Artikels war {what} falsch angegeben. Korrigiert am {date}.",
            "Korrektur vom {date}: Wir hatten {what} falsch angegeben.",
        ),
        corrected=("das Datum", "die Höhe des Preises", "die Schreibweise eines Namens", "die Zahl der Betroffenen"),
        end_marks=("\N{BLACK SQUARE}", "(Ende)", "\N{BLACK DIAMOND}"),
        read_more=(
            "Lesen Sie auch: {title}",
            "MEHR ZUM THEMA: {title}",
            "\N{RIGHTWARDS ARROW} {title}",
            "Auch interessant: {title}",
        ),
        photo=("Foto: {who}", "{who}", "Bild: {who}"),
    ),
    "gl": Thirteenth(
        consent=(
            "Respectamos a túa privacidade. Nós e os nosos socios usamos cookies e tecnoloxías semellantes.",
            "Esta web usa cookies para mellorar a túa experiencia e amosarche publicidade axeitada.",
            "Ao premer en \N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}Aceptar"
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK} consentes que se garden cookies no teu dispositivo.",
        ),
        consent_buttons=("Aceptar | Rexeitar | Personalizar", "Estou de acordo", "Aceptar todas | Configurar cookies"),
        updated=("Actualizado ás {time}", "Última actualización: {date}, {time}", "Actualizado o {date} ás {time}"),
        first_published=("Publicado orixinalmente o {date}", "Primeira publicación: {date}"),
        editors_note=(
            "Nota da redacción: esta noticia actualizouse con nova información.",
            "Nota da redacción: engadimos detalles que non se coñecían cando se publicou a noticia.",
            "Nota da redacción: precisouse unha cita desta noticia.",
        ),
        correction=(
            "Corrección: unha versión anterior desta noticia indicaba mal {what}. Corrixiuse o {date}.",
            "Esta noticia corrixiuse o {date} para emendar {what}.",
        ),
        corrected=("a data", "unha cifra", "o prezo", "a grafía dun nome"),
        end_marks=("\N{BLACK SQUARE}", "FIN", "\N{BLACK DIAMOND}"),
        read_more=("Podes ler tamén: {title}", "QUIZAIS CHE INTERESE: {title}", "\N{RIGHTWARDS ARROW} {title}"),
        photo=("Foto: {who}", "{who}", "Imaxe: {who}"),
    ),
    "ur": Thirteenth(
        consent=(
            "ہم آپ کی پرائیویسی کا احترام کرتے ہیں۔ ہم اور ہمارے شراکت دار کوکیز اور اسی طرح کی ٹیکنالوجی استعمال"
            " کرتے ہیں۔",
            "ہماری ویب سائٹ آپ کے تجربے کو بہتر بنانے اور متعلقہ اشتہارات دکھانے کے لیے کوکیز استعمال کرتی ہے۔",
            "\N{RIGHT SINGLE QUOTATION MARK}قبول کریں\N{LEFT SINGLE QUOTATION MARK} پر کلک کر کے آپ اپنے آلے پر"
            " کوکیز محفوظ کرنے کی اجازت دیتے ہیں۔",
        ),
        consent_buttons=("قبول کریں | مسترد کریں | ترتیبات", "ٹھیک ہے", "تمام کوکیز قبول کریں | کوکی ترتیبات"),
        updated=("اپ ڈیٹ: {time}", "آخری اپ ڈیٹ: {date}، {time}", "{date} کو {time} بجے اپ ڈیٹ کی گئی"),
        first_published=("پہلی بار شائع: {date}", "اصل اشاعت: {date}"),
        editors_note=(
            "ایڈیٹر کا نوٹ: اس خبر کو نئی معلومات کے ساتھ اپ ڈیٹ کیا گیا ہے۔",
            "ایڈیٹر کا نوٹ: اشاعت کے بعد اس خبر میں مزید تفصیلات شامل کی گئی ہیں۔",
            "ادارتی نوٹ: اس خبر میں ایک اقتباس کی وضاحت کی گئی ہے۔",
        ),
        correction=(
            "تصحیح: اس خبر کے پچھلے ورژن میں {what} غلط درج تھی۔ {date} کو اس کی تصحیح کر دی گئی۔",
            "تصحیح ({date}): پہلے {what} غلط شائع ہوئی تھی۔",
        ),
        corrected=("تاریخ", "قیمت", "تعداد", "کمپنی سے متعلق تفصیل"),
        end_marks=("\N{BLACK SQUARE}", "٭٭٭", "\N{BLACK DIAMOND}"),
        read_more=("مزید پڑھیے: {title}", "متعلقہ: {title}", "\N{LEFTWARDS ARROW} {title}"),
        photo=("فوٹو: {who}", "{who}", "تصویر بشکریہ {who}"),
    ),
    "tl": Thirteenth(
        consent=(
            "Mahalaga sa amin ang iyong privacy. Gumagamit kami at ang aming mga partner ng cookies at katulad na"
            " teknolohiya.",
            "Gumagamit ang aming site ng cookies para mapaganda ang iyong karanasan at magpakita ng angkop na ads.",
            "Sa pag-click ng 'Tanggapin', pumapayag kang mag-imbak ng cookies sa iyong device.",
        ),
        consent_buttons=("Tanggapin | Tanggihan | I-customize", "Sige", "Tanggapin lahat | Mga setting ng cookie"),
        updated=("Na-update: {time}", "Huling update: {date}, {time}", "In-update noong {date}, {time}"),
        first_published=("Unang inilathala: {date}", "Orihinal na nai-post noong {date}"),
        editors_note=(
            "Paalala ng editor: In-update ang balitang ito para isama ang bagong impormasyon.",
            "Paalala ng editor: Dinagdagan ang balitang ito ng mga detalyeng wala pa noong una itong ilathala.",
            "Tala ng editor: Nilinaw ang isang sipi sa balitang ito.",
        ),
        correction=(
            "Pagtatama: Mali ang {what} sa naunang bersyon ng balitang ito. Itinama ito noong {date}.",
            "Itinama noong {date}: mali ang {what} na unang nailathala.",
        ),
        corrected=("petsa", "bilang", "presyo", "baybay ng isang pangalan"),
        end_marks=("\N{BLACK SQUARE}", "\N{EM DASH}WAKAS\N{EM DASH}", "\N{BLACK DIAMOND}"),
        read_more=("BASAHIN: {title}", "Kaugnay: {title}", "\N{RIGHTWARDS ARROW} {title}", "Basahin pa: {title}"),
        photo=("Larawan: {who}", "{who}", "Litrato: {who}"),
    ),
}


@dataclass(frozen=True)
class Culture:
    """Wording for a culture listings and reviews guide: the kicker, the critic's byline (only a name on some
    sites), the star rating, the venue box (venue, dates, tickets, running time, age guidance) and its booking
    button, the critic's pick badge, the line saying which performance was seen, the ticket affiliate note, the
    week's listings, the notice some pages carry (sold out, first published), more reviews."""

    desk: tuple[str, ...]
    byline: tuple[str, ...]  # {author}
    stars: tuple[str, ...]  # {stars} (filled and empty stars) or {n} (out of five)
    labels: tuple[str, str, str, str, str]  # venue, dates, tickets, running time, age guidance
    venues: tuple[str, ...]
    shows: tuple[str, ...]
    run: str  # {start} {end}
    price: tuple[str, ...]  # {a}
    running: tuple[str, ...]  # {h} {m} {total}
    ages: tuple[str, ...]
    book: tuple[str, ...]
    picks: tuple[str, ...]
    seen: tuple[str, ...]  # {venue} {date}
    affiliate: tuple[str, ...]
    listings_head: tuple[str, ...]
    listing: tuple[str, ...]  # {day} {show} {venue} {time}
    notice: tuple[str, ...]  # {date}
    more: tuple[str, ...]


CULTURE: dict[str, Culture] = {
    "en": Culture(
        desk=("Theatre", "Music", "Art", "Comedy", "Dance", "Classical"),
        byline=("{author}", "Review by {author}", "{author}, critic"),
        stars=("{stars}", "{n}/5", "Rating: {n} out of 5"),
        labels=("Venue", "Dates", "Tickets", "Running time", "Age guidance"),
        venues=("Riverside Playhouse", "the Corn Exchange", "Harbour Gallery", "St Cuthbert's Hall"),
        shows=(
            "Hamlet",
            "The Winter's Tale",
            "Songs of the North",
            "Light and Shadow: Prints 1890\N{EN DASH}1930",
            "An Evening of Stand-Up",
            "Swan Lake",
        ),
        run="{start} \N{EN DASH} {end}",
        price=("from \N{POUND SIGN}{a}", "\N{POUND SIGN}{a}"),
        running=("{h}hr {m}min, including an interval", "{total} minutes, no interval"),
        ages=("12+", "Suitable for all ages", "Contains strong language"),
        book=("Book tickets", "Buy tickets"),
        picks=("Critic's pick", "Editor's choice"),
        seen=("Seen at {venue} on {date}.", "Reviewed at a preview performance on {date}."),
        affiliate=(
            "We may earn a commission if you buy tickets through links on this page.",
            "Tickets bought through our links may earn us a small commission.",
        ),
        listings_head=("What's on this week", "This week's listings"),
        listing=("{day}: {show}, {venue}, {time}", "{show} \N{EN DASH} {venue}, {day}, {time}"),
        notice=("All remaining performances are sold out.", "This review was first published on {date}."),
        more=("More reviews", "More from Culture", "You might also like"),
    ),
    "gl": Culture(
        desk=("Teatro", "Música", "Arte", "Danza", "Humor", "Clásica"),
        byline=("{author}", "Crítica: {author}", "Texto: {author}"),
        stars=("{stars}", "{n}/5", "Valoración: {n} de 5"),
        labels=("Lugar", "Datas", "Entradas", "Duración", "Idade recomendada"),
        venues=("Teatro Principal", "Auditorio do Porto", "Sala Nova", "Museo do Mar"),
        shows=(
            "Os vellos non deben de namorarse",
            "Hamlet",
            "Concerto de primavera",
            "Mulleres do mar: fotografías 1900\N{EN DASH}1950",
            "Unha noite de monólogos",
            "O lago dos cisnes",
        ),
        run="do {start} ao {end}",
        price=("desde {a} \N{EURO SIGN}", "{a} \N{EURO SIGN}"),
        running=("{h} h {m} min, con descanso", "{total} minutos, sen descanso"),
        ages=("Maiores de 12 anos", "Todos os públicos", "Recomendada a partir de 16 anos"),
        book=("Mercar entradas", "Reserva a túa entrada"),
        picks=("Recomendación da crítica", "A escolla da redacción"),
        seen=("Función vista o {date} en {venue}.", "Crítica feita na estrea do {date}."),
        affiliate=(
            "Se mercas entradas a través das ligazóns desta páxina, podemos recibir unha comisión.",
            "As entradas mercadas nas nosas ligazóns poden reportarnos unha pequena comisión.",
        ),
        listings_head=("Axenda da semana", "Que facer esta semana"),
        listing=("{day}: {show}, {venue}, ás {time}", "{show} \N{EN DASH} {venue}, {day}, {time}"),
        notice=("Entradas esgotadas para todas as funcións.", "Esta crítica publicouse orixinalmente o {date}."),
        more=("Máis críticas", "Máis cultura", "Tamén che pode interesar"),
    ),
    "ur": Culture(
        desk=("فن و ثقافت", "موسیقی", "تھیٹر", "فلم", "نمائش", "ادب"),
        byline=("{author}", "تبصرہ: {author}", "تحریر: {author}"),
        stars=("{stars}", "{n}/5", "ریٹنگ: 5 میں سے {n}"),
        labels=("مقام", "تاریخیں", "ٹکٹ", "دورانیہ", "عمر"),
        venues=("الحمرا آرٹس کونسل", "آرٹس کونسل کراچی", "نیشنل آرٹ گیلری", "پاک ٹی ہاؤس"),
        shows=("قوالی کی ایک شام", "عالمی مشاعرہ", "رنگوں کی زبان", "انارکلی", "آغا حشر کے ڈرامے", "صوفیانہ کلام"),
        run="{start} تا {end}",
        price=("{a} روپے سے شروع", "{a} روپے"),
        running=("{h} گھنٹے {m} منٹ، وقفے کے ساتھ", "{total} منٹ، بغیر وقفے کے"),
        ages=("ہر عمر کے لیے", "بارہ سال سے زائد عمر کے لیے", "صرف بالغان کے لیے"),
        book=("ٹکٹ خریدیں", "ابھی بک کریں"),
        picks=("ناقد کا انتخاب", "ہماری پسند"),
        seen=("یہ تبصرہ {date} کو {venue} میں پیش کیے گئے شو پر مبنی ہے۔", "یہ شو {date} کو {venue} میں دیکھا گیا۔"),
        affiliate=(
            "اس صفحے کے لنکس کے ذریعے ٹکٹ خریدنے پر ہمیں کمیشن مل سکتا ہے۔",
            "ہمارے لنکس سے ٹکٹ خریدنے پر ادارے کو معمولی کمیشن ملتا ہے۔",
        ),
        listings_head=("اس ہفتے کیا دیکھیں", "ثقافتی سرگرمیاں"),
        listing=("{day}: {show}، {venue}، {time}", "{show} \N{EN DASH} {venue}، {day}، {time}"),
        notice=("تمام شوز کے ٹکٹ فروخت ہو چکے ہیں۔", "یہ تبصرہ پہلی بار {date} کو شائع ہوا۔"),
        more=("مزید تبصرے", "فن و ثقافت کی مزید خبریں", "یہ بھی دیکھیں"),
    ),
    "tl": Culture(
        desk=("Teatro", "Musika", "Sining", "Sayaw", "Komedya", "Pelikula"),
        byline=("{author}", "Review ni {author}", "Ni {author}"),
        stars=("{stars}", "{n}/5", "Marka: {n} sa 5"),
        labels=("Lugar", "Petsa", "Tiket", "Haba", "Edad"),
        venues=("Teatro Lungsod", "Bulwagang Rizal", "Galeriya Silangan", "Tanghalang Bayan"),
        shows=(
            "Noli Me Tangere: Ang Musikal",
            "Himig ng Bayan",
            "Mga Kulay ng Isla",
            "Florante at Laura",
            "Isang Gabi ng Stand-Up",
            "Ibong Adarna",
        ),
        run="{start} hanggang {end}",
        price=("Mula \N{PESO SIGN}{a}", "\N{PESO SIGN}{a}"),
        running=("{h} oras at {m} minuto, may intermission", "{total} minuto, walang intermission"),
        ages=("Para sa lahat ng edad", "13 pataas", "Para sa mga nasa hustong gulang"),
        book=("Bumili ng tiket", "Mag-book na"),
        picks=("Pili ng kritiko", "Rekomendasyon ng editor"),
        seen=("Napanood ang palabas noong {date} sa {venue}.", "Ang review na ito ay mula sa preview noong {date}."),
        affiliate=(
            "Maaaring kumita kami ng komisyon kapag bumili ka ng tiket sa mga link sa pahinang ito.",
            "Maaaring makatanggap kami ng maliit na komisyon mula sa mga tiket na binili sa aming mga link.",
        ),
        listings_head=("Ano ang mapapanood ngayong linggo", "Kalendaryo ng sining"),
        listing=("{day}: {show}, {venue}, {time}", "{show} \N{EN DASH} {venue}, {day}, {time}"),
        notice=("Sold out na ang lahat ng palabas.", "Unang inilathala ang review na ito noong {date}."),
        more=("Iba pang review", "Higit pa sa Sining at Kultura", "Baka magustuhan mo rin"),
    ),
}


@dataclass(frozen=True)
class Bulletin:
    """Wording for a daily email newsletter's web edition: the view-online and forwarded lines, the issue
    line, the greeting, the contents list's heading, the sponsor's block (heading, message), the dividers
    between sections, the sign-off, who wrote it, the reply line, the share line, why the reader gets it and
    the unsubscribe links, the notice some pages carry (an old issue), the past issues."""

    desk: tuple[str, ...]
    view_online: tuple[str, ...]
    forwarded: tuple[str, ...]
    issue: tuple[str, ...]  # {n} {date}
    greeting: tuple[str, ...]
    contents_head: tuple[str, ...]
    sponsor_head: tuple[str, ...]  # {sponsor}
    sponsors: tuple[str, ...]
    sponsor_text: tuple[str, ...]  # {sponsor}: the i-th sponsor's message
    signoff: tuple[str, ...]
    edited: tuple[str, ...]  # {author}
    reply: tuple[str, ...]
    share_line: tuple[str, ...]  # {site}
    reason: tuple[str, ...]  # {site}
    unsubscribe: tuple[str, ...]
    notice: tuple[str, ...]  # {site} {date}
    more: tuple[str, ...]


BULLETIN: dict[str, Bulletin] = {
    "en": Bulletin(
        desk=("Newsletter", "Morning Briefing", "The Daily Brief"),
        view_online=("View this email in your browser", "Having trouble reading this email? View it online"),
        forwarded=("Forwarded this email? Sign up here.", "Did someone forward this to you? Subscribe for free."),
        issue=("Issue #{n} \N{MIDDLE DOT} {date}", "No. {n} | {date}"),
        greeting=("Good morning. Here's what you need to know today.", "Hello, and welcome to today's briefing."),
        contents_head=("In today's edition", "In this issue", "Today's briefing"),
        sponsor_head=("Presented by {sponsor}", "Today's sponsor: {sponsor}", "A message from {sponsor}"),
        sponsors=("Ledgerly", "Brightpath Learning", "Parcelwise"),
        sponsor_text=(
            "{sponsor} sends your invoices in seconds and chases late payments for you. Try it free for 30 days.",
            "Learn a new skill in ten minutes a day with {sponsor}. Your first month is free.",
            "{sponsor} compares couriers and books the cheapest one for every parcel you send.",
        ),
        signoff=(
            "That's all for today. See you tomorrow.",
            "Thanks for reading. We'll be back in your inbox tomorrow.",
        ),
        edited=("Today's newsletter was written by {author}.", "Edited by {author}."),
        reply=("Got a tip or a question? Just reply to this email.", "We read every reply: tell us what you think."),
        share_line=("Enjoying {site}? Forward it to a friend.", "Know someone who'd like this? Share {site}."),
        reason=(
            "You are receiving this email because you subscribed to {site}.",
            "You signed up for {site} on our website.",
        ),
        unsubscribe=(
            "Unsubscribe | Update preferences | View in browser",
            "Manage your subscription \N{MIDDLE DOT} Unsubscribe",
        ),
        notice=(
            "You are reading an archived edition of {site}. Subscribe to get the next one in your inbox.",
            "This edition was sent on {date}.",
        ),
        more=("Past editions", "From the archive"),
    ),
    "de": Bulletin(
        desk=("Newsletter", "Der Morgen", "Das Briefing"),
        view_online=("Newsletter im Browser ansehen", "Wird diese E-Mail nicht richtig angezeigt? Hier online lesen"),
        forwarded=(
            "Wurde Ihnen dieser Newsletter weitergeleitet? Hier kostenlos abonnieren.",
            "Noch kein Abo? Jetzt kostenlos anmelden.",
        ),
        issue=("Ausgabe {n} \N{MIDDLE DOT} {date}", "Nr. {n} | {date}"),
        greeting=("Guten Morgen. Das müssen Sie heute wissen.", "Hallo und willkommen zum heutigen Briefing."),
        contents_head=("Heute in dieser Ausgabe", "Die Themen des Tages", "In dieser Ausgabe"),
        sponsor_head=("Präsentiert von {sponsor}", "Anzeige: {sponsor}", "Unser Partner heute: {sponsor}"),
        sponsors=("Rechnungsfix", "Lernwerk", "Paketpilot"),
        sponsor_text=(
            "Mit {sponsor} schreiben Sie Rechnungen in Sekunden und behalten offene Posten im Blick. Jetzt 30 Tage"
            " kostenlos testen.",
            "Zehn Minuten am Tag für eine neue Sprache: Mit {sponsor} klappt es. Der erste Monat ist gratis.",
            "{sponsor} vergleicht Paketdienste und bucht für jede Sendung den günstigsten.",
        ),
        signoff=(
            "Das war's für heute. Bis morgen!",
            "Danke fürs Lesen. Morgen früh sind wir wieder in Ihrem Postfach.",
        ),
        edited=("Diesen Newsletter hat {author} geschrieben.", "Redaktion: {author}"),
        reply=(
            "Hinweise oder Fragen? Antworten Sie einfach auf diese E-Mail.",
            "Wir lesen jede Antwort: Schreiben Sie uns Ihre Meinung.",
        ),
        share_line=(
            "Gefällt Ihnen {site}? Leiten Sie den Newsletter an Freunde weiter.",
            "Kennen Sie jemanden, dem {site} gefallen könnte? Empfehlen Sie uns weiter.",
        ),
        reason=(
            "Sie erhalten diese E-Mail, weil Sie {site} abonniert haben.",
            "Sie haben sich auf unserer Website für {site} angemeldet.",
        ),
        unsubscribe=("Abmelden | Einstellungen | Im Browser ansehen", "Abo verwalten \N{MIDDLE DOT} Abmelden"),
        notice=(
            "Sie lesen eine ältere Ausgabe von {site}. Abonnieren Sie, um die nächste direkt zu erhalten.",
            "Diese Ausgabe wurde am {date} verschickt.",
        ),
        more=("Frühere Ausgaben", "Aus dem Archiv"),
    ),
    "gl": Bulletin(
        desk=("Boletín", "O resumo da mañá", "Newsletter"),
        view_online=("Ver este correo no navegador", "Non ves ben este correo? Le a versión web"),
        forwarded=("Reenviáronche este correo? Subscríbete aquí.", "Aínda non estás subscrito? Apúntate de balde."),
        issue=("Número {n} \N{MIDDLE DOT} {date}", "N.\N{MASCULINE ORDINAL INDICATOR} {n} | {date}"),
        greeting=("Bos días. Isto é o que tes que saber hoxe.", "Ola! Este é o resumo de hoxe."),
        contents_head=("Na edición de hoxe", "Neste número", "Hoxe contámosche"),
        sponsor_head=("Co patrocinio de {sponsor}", "Patrocinado por {sponsor}"),
        sponsors=("Facturaxa", "Aula Aberta", "Envíos Rías"),
        sponsor_text=(
            "{sponsor} envía as túas facturas en segundos e lembra os pagos pendentes por ti. Próbao de balde durante"
            " 30 días.",
            "Aprende algo novo en dez minutos ao día con {sponsor}. O primeiro mes é gratis.",
            "{sponsor} compara mensaxerías e reserva a máis barata para cada paquete que envíes.",
        ),
        signoff=("Isto é todo por hoxe. Vémonos mañá.", "Grazas por lernos. Mañá volvemos á túa caixa de correo."),
        edited=("O boletín de hoxe escribiuno {author}.", "Edición: {author}."),
        reply=(
            "Tes unha pista ou unha pregunta? Responde a este correo.",
            "Lemos todas as respostas: cóntanos que pensas.",
        ),
        share_line=("Gústache {site}? Reenvíallo a alguén.", "Coñeces a alguén ao que lle gustaría? Comparte {site}."),
        reason=("Recibes este correo porque te subscribiches a {site}.", "Apuntácheste a {site} na nosa web."),
        unsubscribe=(
            "Darse de baixa | Preferencias | Ver no navegador",
            "Xestionar a subscrición \N{MIDDLE DOT} Darse de baixa",
        ),
        notice=(
            "Estás a ler un número antigo de {site}. Subscríbete para recibir o seguinte.",
            "Este número enviouse o {date}.",
        ),
        more=("Números anteriores", "Do arquivo"),
    ),
    "tl": Bulletin(
        desk=("Newsletter", "Umagang Balita", "Balita sa Umaga"),
        view_online=("Buksan ang email na ito sa browser", "Hindi mabasa nang maayos? Tingnan online"),
        forwarded=(
            "Ipinasa lang ba ito sa iyo? Mag-subscribe dito.",
            "Hindi ka pa subscriber? Mag-sign up nang libre.",
        ),
        issue=("Isyu #{n} \N{MIDDLE DOT} {date}", "Blg. {n} | {date}"),
        greeting=(
            "Magandang umaga! Narito ang mga balitang dapat mong malaman ngayong araw.",
            "Kumusta! Ito ang iyong balita para sa araw na ito.",
        ),
        contents_head=("Sa isyung ito", "Ngayong araw", "Mga laman ngayong araw"),
        sponsor_head=("Hatid sa inyo ng {sponsor}", "Sponsor ngayong araw: {sponsor}"),
        sponsors=("PadalaPlus", "Tindahan Online", "Aral Academy"),
        sponsor_text=(
            "Magpadala ng pera sa pamilya sa probinsya nang mabilis at walang dagdag na bayad gamit ang {sponsor}.",
            "Magbukas ng sariling online na tindahan sa loob lang ng isang araw gamit ang {sponsor}.",
            "Matuto ng bagong kasanayan sa loob ng sampung minuto bawat araw kasama ang {sponsor}.",
        ),
        signoff=(
            "Iyan muna para sa araw na ito. Hanggang bukas!",
            "Salamat sa pagbabasa. Babalik kami sa inbox mo bukas.",
        ),
        edited=("Isinulat ni {author} ang newsletter ngayong araw.", "Inedit ni {author}."),
        reply=(
            "May tip o tanong ka? Sumagot lang sa email na ito.",
            "Binabasa namin ang bawat sagot, kaya sabihin mo ang iyong opinyon.",
        ),
        share_line=(
            "Nagustuhan mo ba ang {site}? Ipasa ito sa isang kaibigan.",
            "Ibahagi ang {site} sa mga kakilala mo.",
        ),
        reason=(
            "Natanggap mo ang email na ito dahil nag-subscribe ka sa {site}.",
            "Nag-sign up ka sa {site} sa aming website.",
        ),
        unsubscribe=(
            "Mag-unsubscribe | Baguhin ang mga setting | Buksan sa browser",
            "I-manage ang subscription \N{MIDDLE DOT} Mag-unsubscribe",
        ),
        notice=(
            "Binabasa mo ang isang lumang isyu ng {site}. Mag-subscribe para matanggap ang susunod.",
            "Ipinadala ang isyung ito noong {date}.",
        ),
        more=("Mga nakaraang isyu", "Mula sa archive"),
    ),
}


@dataclass(frozen=True)
class Recall:
    """Wording for a consumer desk's product recalls: the kicker, the byline (only a name on some sites), the
    recall box (product, brand, batch, best before, reason) under its heading, what customers should do, the
    regulator's notice as the source, the line that the maker was asked for comment, the update note once it
    answered, the link to all recalls, the consumer helpline and tips line, the notice some pages carry (the
    recall extended), more consumer news."""

    desk: tuple[str, ...]
    byline: tuple[str, ...]  # {author}
    box_head: tuple[str, ...]
    labels: tuple[str, str, str, str, str]  # product, brand, batch, best before, reason
    products: tuple[str, ...]
    brands: tuple[str, ...]  # the i-th product's maker
    reasons: tuple[str, ...]
    action: tuple[str, ...]
    source: tuple[str, ...]  # {regulator} {date}
    regulators: tuple[str, ...]
    contacted: tuple[str, ...]  # {brand} {site}
    answered: tuple[str, ...]  # {brand} {date}
    all_recalls: tuple[str, ...]
    helpline: tuple[str, ...]  # {phone} {email}
    notice: tuple[str, ...]  # {date}
    more: tuple[str, ...]


RECALL: dict[str, Recall] = {
    "en": Recall(
        desk=("Consumer", "Product recalls", "Your money"),
        byline=("{author}", "By {author}", "{author}, consumer affairs reporter"),
        box_head=("Product recall", "Recall details", "What is affected"),
        labels=("Product", "Brand", "Batch code", "Best before", "Reason"),
        products=(
            "Smoked salmon slices 200g",
            "Oat and honey granola 500g",
            "Infant formula 800g",
            "Sesame paste 300g",
        ),
        brands=("Harbour & Co", "Northfield Foods", "Little Acorn", "Olive Grove Kitchen"),
        reasons=(
            "Listeria monocytogenes detected",
            "Pieces of plastic found",
            "Incorrect allergen labelling",
            "Salmonella detected",
        ),
        action=(
            "Customers should not eat the product and should return it to the store where it was bought for a full"
            " refund.",
            "Do not eat it: return it to any store for a full refund, with or without a receipt.",
        ),
        source=("Source: {regulator}, {date}", "Information from {regulator}"),
        regulators=("the Food Standards Agency", "Food Standards Scotland", "the Office for Product Safety"),
        contacted=(
            "{brand} has been contacted for comment.",
            "{brand} did not respond to a request for comment by the time of publication.",
        ),
        answered=("This article was updated on {date} to include a statement from {brand}.",),
        all_recalls=("See all current product recalls", "Check the full list of recalls"),
        helpline=("Consumer helpline: {phone}", "Got a consumer problem? Email us at {email}."),
        notice=("This recall was extended to further batches on {date}.", "The recall was first announced on {date}."),
        more=("More consumer news", "Latest recalls", "More from Your money"),
    ),
    "de": Recall(
        desk=("Verbraucher", "Rückrufe", "Geld & Recht"),
        byline=("{author}", "Von {author}", "{author}, Verbraucherredaktion"),
        box_head=("Rückruf im Überblick", "Das ist betroffen", "Produktwarnung"),
        labels=("Produkt", "Hersteller", "Charge", "Mindesthaltbarkeitsdatum", "Grund"),
        products=(
            "Räucherlachs in Scheiben, 200 g",
            "Bio-Haferflocken, 500 g",
            "Babybrei Apfel-Banane, 190 g",
            "Sesampaste, 300 g",
        ),
        brands=("Nordhof Feinkost", "Lindenmühle", "Kleiner Spatz", "Levante Feinkost"),
        reasons=(
            "Listerien nachgewiesen",
            "Kunststoffteile im Produkt",
            "Fehlerhafte Allergenkennzeichnung",
            "Salmonellen nachgewiesen",
        ),
        action=(
            "Kundinnen und Kunden können das Produkt in allen Filialen zurückgeben; der Kaufpreis wird erstattet, auch"
            " ohne Kassenbon.",
            "Das Produkt sollte nicht verzehrt werden. Es kann im Handel zurückgegeben werden.",
        ),
        source=("Quelle: {regulator}, {date}", "Angaben von {regulator}"),
        regulators=("lebensmittelwarnung.de", "Bundesamt für Verbraucherschutz und Lebensmittelsicherheit"),
        contacted=(
            "{brand} hat auf eine Anfrage unserer Redaktion bis Redaktionsschluss nicht reagiert.",
            "Wir haben {brand} um eine Stellungnahme gebeten.",
        ),
        answered=("Aktualisiert am {date}: Stellungnahme von {brand} ergänzt.",),
        all_recalls=("Alle aktuellen Rückrufe im Überblick", "Zur Übersicht aller Produktwarnungen"),
        helpline=("Verbraucher-Hotline: {phone}", "Ärger mit einem Produkt? Schreiben Sie uns: {email}"),
        notice=(
            "Der Rückruf wurde am {date} auf weitere Chargen ausgeweitet.",
            "Der Rückruf wurde erstmals am {date} veröffentlicht.",
        ),
        more=("Mehr Verbraucherthemen", "Weitere Rückrufe", "Mehr aus Geld & Recht"),
    ),
    "ur": Recall(
        desk=("صارفین", "صحت", "مارکیٹ"),
        byline=("{author}", "رپورٹ: {author}", "{author}، لاہور"),
        box_head=("پروڈکٹ واپسی کا اعلان", "ریکال کی تفصیلات", "متاثرہ پروڈکٹ"),
        labels=("پروڈکٹ", "کمپنی", "بیچ نمبر", "میعاد", "وجہ"),
        products=(
            "کھانسی کا شربت 120 ملی لیٹر",
            "بچوں کا فارمولا دودھ 400 گرام",
            "سرخ مرچ پاؤڈر 200 گرام",
            "پیراسیٹامول گولیاں",
        ),
        brands=("ہلال فارما", "ستارہ ڈیری", "گلشن فوڈز", "نور لیبارٹریز"),
        reasons=(
            "لیبارٹری ٹیسٹ میں غیر معیاری قرار",
            "مضر صحت اجزا کی موجودگی",
            "پیکنگ پر غلط معلومات",
            "ملاوٹ ثابت ہونے پر",
        ),
        action=(
            "صارفین یہ پروڈکٹ استعمال نہ کریں اور اسے خریداری کی جگہ پر واپس کر دیں۔",
            "شہریوں سے کہا گیا ہے کہ یہ پروڈکٹ استعمال کرنے کی صورت میں فوری طور پر ڈاکٹر سے رجوع کریں۔",
        ),
        source=("ماخذ: {regulator}، {date}", "بشکریہ: {regulator}"),
        regulators=("ڈریپ", "پنجاب فوڈ اتھارٹی", "سندھ فوڈ اتھارٹی"),
        contacted=(
            "{brand} سے مؤقف کے لیے رابطہ کیا گیا، تاہم خبر کی اشاعت تک کوئی جواب موصول نہیں ہوا۔",
            "{site} نے اس معاملے پر {brand} کا مؤقف جاننے کے لیے رابطہ کیا ہے۔",
        ),
        answered=("اس خبر کو {date} کو {brand} کے مؤقف کے ساتھ اپ ڈیٹ کیا گیا۔",),
        all_recalls=("واپس منگوائی گئی تمام مصنوعات کی فہرست دیکھیں", "تمام ریکال"),
        helpline=("صارف ہیلپ لائن: {phone}", "کوئی شکایت ہے؟ ہمیں {email} پر لکھیں۔"),
        notice=("{date} کو اس ریکال میں مزید بیچ شامل کیے گئے۔", "اس ریکال کا اعلان پہلی بار {date} کو کیا گیا تھا۔"),
        more=("صارفین سے متعلق مزید خبریں", "تازہ ترین ریکال", "مزید خبریں"),
    ),
    "tl": Recall(
        desk=("Consumer", "Kalusugan", "Negosyo"),
        byline=("{author}", "Ni {author}", "Ulat ni {author}"),
        box_head=("Product recall", "Detalye ng recall", "Apektadong produkto"),
        labels=("Produkto", "Brand", "Lot No.", "Expiration date", "Dahilan"),
        products=(
            "Sardinas sa tomato sauce, 155g",
            "Gatas para sa sanggol, 900g",
            "Cough syrup, 60 mL",
            "Instant pancit canton",
        ),
        brands=("Dagat Canning", "Silangan Dairy", "Bituin Pharma", "Magiting Foods"),
        reasons=(
            "May nakitang bacteria sa laboratory test",
            "Walang rehistro sa FDA",
            "Maling nakasulat na sangkap sa label",
        ),
        action=(
            "Pinapayuhan ang publiko na huwag bilhin o gamitin ang produkto at ibalik ito sa pinagbilhan.",
            "Huwag itong kainin o inumin; maaari itong ibalik sa tindahan para sa refund.",
        ),
        source=("Pinagmulan: {regulator}, {date}", "Mula sa advisory ng {regulator}"),
        regulators=("Food and Drug Administration (FDA)", "Department of Trade and Industry (DTI)"),
        contacted=(
            "Sinubukang kunin ng {site} ang panig ng {brand} ngunit wala pa itong tugon hanggang sa isinusulat ang"
            " balitang ito.",
            "Hinihingan pa ng pahayag ang {brand}.",
        ),
        answered=("In-update ang balitang ito noong {date} para isama ang pahayag ng {brand}.",),
        all_recalls=("Tingnan ang lahat ng FDA advisory", "Listahan ng mga na-recall na produkto"),
        helpline=("Consumer hotline: {phone}", "May reklamo ka bilang consumer? Mag-email sa {email}."),
        notice=("Pinalawak ang recall sa iba pang lot noong {date}.", "Unang inanunsyo ang recall noong {date}."),
        more=("Iba pang balitang pang-consumer", "Pinakabagong recall", "Higit pa sa Consumer"),
    ),
}
# What the thirteenth split's sites are called: each archetype's outlet as it names itself.
THIRTEENTH_SITE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "culture": ("Stalls and Galleries", "Curtain Call Guide"),
        "bulletin": ("The Morning Dispatch", "Five Things Today"),
        "recall": ("Consumer Watch", "The Shopper's Desk"),
    },
    "de": {"bulletin": ("Der Frühbote", "Morgenlage"), "recall": ("Verbraucherwarte", "Rückruf-Radar")},
    "gl": {"culture": ("Axenda Cultural", "Patio de Butacas"), "bulletin": ("O Resumo", "Catro Cousas")},
    "ur": {"culture": ("فن و ادب", "ثقافت نامہ"), "recall": ("صارف نامہ", "خریدار")},
    "tl": {
        "culture": ("Entablado", "Sining Ngayon"),
        "bulletin": ("Umagang Balita", "Limang Balita"),
        "recall": ("Bantay Konsyumer", "Tapat na Presyo"),
    },
}
