# ruff: noqa: RUF001 -- multilingual test text is full of letters that look like Latin ones
"""Text mode: whole pages stored as text, in many languages, and clean articles that must pass."""

from __future__ import annotations

import bisect
import itertools
import textwrap
from collections import Counter
from dataclasses import dataclass

import pytest
from conftest import FIXTURES
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import textmode
from cleaner.result import RemovedSpan
from cleaner.textmode import REASONS, find_body


@dataclass(frozen=True)
class Page:
    """A news page in parts (original text written for these tests)."""

    nav: tuple[str, ...]
    cookie: str
    title: str
    byline: tuple[str, ...]
    article: tuple[str, ...]  # paragraphs, a subheading and a one-line quote, in order
    share: tuple[str, ...]
    related: tuple[str, ...]  # a section header, then headlines
    comments: tuple[str, ...]  # a comments header, then author, date and text lines
    footer: tuple[str, ...]  # ends with the copyright line

    def blocks(self) -> list[tuple[str, ...]]:
        return [
            self.nav,
            (self.cookie,),
            (self.title,),
            self.byline,
            *((line,) for line in self.article),
            self.share,
            self.related,
            self.comments,
            self.footer,
        ]

    def chrome(self) -> list[str]:
        return [*self.nav, self.cookie, *self.share, *self.related, *self.comments, *self.footer]


PAGES: dict[str, Page] = {
    "en": Page(
        nav=("Home", "World", "Business", "Sport", "Culture", "Search", "Log in"),
        cookie="We use cookies to improve your experience on our site. By continuing to browse, you agree "
        "to our use of cookies.",
        title="City opens its first floating library on the old harbour",
        byline=("By Anna Reed", "12 March 2024, 09:15"),
        article=(
            "The city opened a library on a converted cargo barge on Saturday, moored at the old harbour "
            "where ships once unloaded grain and coal.",
            "About two thousand people visited on the first day, according to the council, and the queue "
            "stretched along the quay for most of the afternoon.",
            "A reading room on the water",
            "The barge holds around eight thousand books, a children's corner and a small café on the upper "
            "deck, with large windows facing the river.",
            "“It feels like the harbour has a purpose again,” said one visitor.",
            "The council said the library would stay open every day except Monday and that school groups "
            "could book free visits from next month.",
        ),
        share=("Share", "Facebook", "Twitter", "Email"),
        related=(
            "Related stories",
            "Council approves new cycle lanes for the city centre",
            "Old cinema to reopen as a music venue",
            "Why the harbour bridge will close for two weeks",
        ),
        comments=(
            "Comments (2)",
            "Mark T",
            "12 March 2024 at 10:02",
            "What a great idea, I hope they add more events for teenagers in the evenings.",
            "Sara",
            "12 March 2024 at 11:40",
            "We went with the kids and loved the café upstairs, but parking was a nightmare all day.",
        ),
        footer=("About us", "Contact", "Privacy policy", "© 2024 Harbour Times. All rights reserved."),
    ),
    "de": Page(
        nav=("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Suche", "Anmelden"),
        cookie="Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten. Mit der "
        "weiteren Nutzung stimmen Sie dem zu.",
        title="Stadt eröffnet erste schwimmende Bibliothek im alten Hafen",
        byline=("Von Anna Roth", "12.03.2024, 09:15 Uhr"),
        article=(
            "Die Stadt hat am Samstag eine Bibliothek auf einem umgebauten Frachtkahn eröffnet, der im alten "
            "Hafen liegt, wo früher Getreide und Kohle entladen wurden.",
            "Nach Angaben der Verwaltung kamen am ersten Tag rund zweitausend Besucher, und die Schlange "
            "reichte fast den ganzen Nachmittag über den Kai.",
            "Ein Lesesaal auf dem Wasser",
            "Auf dem Kahn stehen etwa achttausend Bücher, es gibt eine Kinderecke und ein kleines Café "
            "auf dem "
            "Oberdeck mit großen Fenstern zum Fluss.",
            "„Der Hafen hat endlich wieder eine Aufgabe“, sagte eine Besucherin.",
            "Die Bibliothek soll außer montags jeden Tag geöffnet sein, und Schulklassen können ab dem "
            "nächsten Monat kostenlose Besuche buchen.",
        ),
        share=("Teilen", "Facebook", "Twitter", "E-Mail"),
        related=(
            "Mehr zum Thema",
            "Stadtrat beschließt neue Radwege für die Innenstadt",
            "Altes Kino wird zur Konzerthalle",
            "Hafenbrücke wird zwei Wochen lang gesperrt",
        ),
        comments=(
            "Kommentare",
            "Markus",
            "12.03.2024 um 10:02",
            "Eine tolle Idee, hoffentlich gibt es bald auch Abendveranstaltungen für Jugendliche.",
            "Sabine",
            "12.03.2024 um 11:40",
            "Wir waren mit den Kindern dort und fanden das Café oben sehr schön, nur Parkplätze gab es keine.",
        ),
        footer=("Impressum", "Datenschutz", "Kontakt", "© 2024 Hafenbote GmbH. Alle Rechte vorbehalten."),
    ),
    "fr": Page(
        nav=("Accueil", "International", "Économie", "Sport", "Culture", "Rechercher", "Connexion"),
        cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, "
        "vous acceptez leur utilisation.",
        title="La ville ouvre sa première bibliothèque flottante dans le vieux port",
        byline=("Par Anne Roux", "12 mars 2024 à 09h15"),
        article=(
            "La ville a inauguré samedi une bibliothèque installée sur une ancienne péniche de transport, "
            "amarrée dans le vieux port où l'on déchargeait autrefois le grain et le charbon.",
            "Selon la mairie, environ deux mille personnes sont venues le premier jour, et la file d'attente "
            "s'étendait le long du quai pendant presque tout l'après-midi.",
            "Une salle de lecture sur l'eau",
            "La péniche contient près de huit mille livres, un coin pour les enfants et un petit café sur le "
            "pont supérieur, avec de grandes fenêtres donnant sur le fleuve.",
            "« Le port a enfin retrouvé une raison d'être », a confié une visiteuse.",
            "La bibliothèque sera ouverte tous les jours sauf le lundi, et les écoles pourront réserver des "
            "visites gratuites dès le mois prochain.",
        ),
        share=("Partager", "Facebook", "Twitter", "E-mail"),
        related=(
            "À lire aussi",
            "Le conseil municipal vote de nouvelles pistes cyclables",
            "L'ancien cinéma deviendra une salle de concert",
            "Le pont du port fermé pendant deux semaines",
        ),
        comments=(
            "Commentaires",
            "Marc",
            "12 mars 2024 à 10h02",
            "Excellente idée, j'espère qu'il y aura aussi des soirées pour les adolescents.",
            "Sophie",
            "12 mars 2024 à 11h40",
            "Nous y sommes allés avec les enfants et le café du pont est charmant, mais impossible de se garer.",
        ),
        footer=("Mentions légales", "Contact", "© 2024 Le Journal du Port. Tous droits réservés."),
    ),
    "es": Page(
        nav=("Inicio", "Internacional", "Economía", "Deportes", "Cultura", "Buscar", "Iniciar sesión"),
        cookie="Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
        title="La ciudad abre su primera biblioteca flotante en el puerto viejo",
        byline=("Por Ana Ruiz", "12 de marzo de 2024, 09:15"),
        article=(
            "La ciudad inauguró el sábado una biblioteca instalada en una antigua barcaza de carga, amarrada "
            "en el puerto viejo donde antes se descargaban grano y carbón.",
            "Según el ayuntamiento, unas dos mil personas la visitaron el primer día, y la fila se "
            "extendió a "
            "lo largo del muelle durante casi toda la tarde.",
            "Una sala de lectura sobre el agua",
            "La barcaza alberga unos ocho mil libros, un rincón infantil y una pequeña cafetería en la "
            "cubierta "
            "superior, con grandes ventanales que dan al río.",
            "«Parece que el puerto vuelve a tener sentido», dijo una visitante.",
            "La biblioteca abrirá todos los días excepto los lunes, y los colegios podrán reservar visitas "
            "gratuitas a partir del mes que viene.",
        ),
        share=("Compartir", "Facebook", "Twitter", "WhatsApp"),
        related=(
            "Noticias relacionadas",
            "El ayuntamiento aprueba nuevos carriles bici en el centro",
            "El antiguo cine se convertirá en sala de conciertos",
            "El puente del puerto cerrará durante dos semanas",
        ),
        comments=(
            "Comentarios",
            "Marcos",
            "12/03/2024 10:02",
            "Qué buena idea, ojalá organicen también actividades por la tarde para los jóvenes.",
            "Lucía",
            "12/03/2024 11:40",
            "Fuimos con los niños y la cafetería de arriba es preciosa, pero no había dónde aparcar.",
        ),
        footer=("Aviso legal", "Contacto", "© 2024 Diario del Puerto. Todos los derechos reservados."),
    ),
    "pt": Page(
        nav=("Início", "Mundo", "Economia", "Esportes", "Cultura", "Pesquisar", "Entrar"),
        cookie="Usamos cookies para melhorar a sua experiência. Ao continuar navegando, você concorda com o seu uso.",
        title="Cidade abre sua primeira biblioteca flutuante no porto antigo",
        byline=("Por Ana Rocha", "12/03/2024 09h15"),
        article=(
            "A cidade inaugurou no sábado uma biblioteca instalada em uma antiga barcaça de carga, "
            "atracada no "
            "porto antigo onde antes se descarregavam grãos e carvão.",
            "Segundo a prefeitura, cerca de duas mil pessoas visitaram o espaço no primeiro dia, e a fila se "
            "estendeu pelo cais durante quase toda a tarde.",
            "Uma sala de leitura sobre a água",
            "A barcaça reúne cerca de oito mil livros, um cantinho para as crianças e um pequeno café no "
            "convés "
            "superior, com grandes janelas voltadas para o rio.",
            "“Parece que o porto voltou a ter um propósito”, disse uma visitante.",
            "A biblioteca vai abrir todos os dias, exceto às segundas-feiras, e as escolas poderão agendar "
            "visitas gratuitas a partir do mês que vem.",
        ),
        share=("Compartilhar", "Facebook", "Twitter", "WhatsApp"),
        related=(
            "Notícias relacionadas",
            "Câmara aprova novas ciclovias no centro da cidade",
            "Antigo cinema vai virar casa de shows",
            "Ponte do porto fica fechada por duas semanas",
        ),
        comments=(
            "Comentários",
            "Marcos",
            "12/03/2024 às 10:02",
            "Ótima ideia, espero que também tenham atividades à noite para os adolescentes.",
            "Luísa",
            "12/03/2024 às 11:40",
            "Fomos com as crianças e adoramos o café lá em cima, mas não havia onde estacionar.",
        ),
        footer=(
            "Contato",
            "Política de privacidade",
            "© 2024 Jornal do Porto. Todos os direitos reservados.",
        ),
    ),
    "ru": Page(
        nav=("Главная", "В мире", "Экономика", "Спорт", "Культура", "Поиск", "Войти"),
        cookie="Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая просмотр, вы соглашаетесь "
        "с их использованием.",
        title="В городе открылась первая плавучая библиотека",
        byline=("Анна Романова", "12 марта 2024, 09:15"),
        article=(
            "В субботу город открыл библиотеку на переоборудованной грузовой барже, которая стоит в старом "
            "порту, где раньше разгружали зерно и уголь.",
            "По данным мэрии, в первый день библиотеку посетили около двух тысяч человек, и очередь "
            "почти весь "
            "день тянулась вдоль причала.",
            "Читальный зал на воде",
            "На барже около восьми тысяч книг, детский уголок и небольшое кафе на верхней палубе с большими "
            "окнами, которые выходят на реку.",
            "«У порта снова появился смысл», — сказала одна из посетительниц.",
            "Библиотека будет работать ежедневно, кроме понедельника, а школы смогут бесплатно "
            "записываться на "
            "экскурсии со следующего месяца.",
        ),
        share=("Поделиться", "VK", "Telegram", "WhatsApp"),
        related=(
            "Читайте также",
            "Городской совет утвердил новые велодорожки в центре",
            "Старый кинотеатр станет концертным залом",
            "Мост в порту закроют на две недели",
        ),
        comments=(
            "Комментарии",
            "Марк",
            "12.03.2024 10:02",
            "Отличная идея, надеюсь, там будут и вечерние мероприятия для подростков.",
            "Светлана",
            "12.03.2024 11:40",
            "Были там с детьми, кафе наверху очень уютное, но припарковаться было негде.",
        ),
        footer=("Контакты", "© 2024 Портовые новости. Все права защищены."),
    ),
    "pl": Page(
        nav=("Strona główna", "Świat", "Gospodarka", "Sport", "Kultura", "Szukaj", "Zaloguj"),
        cookie="Używamy plików cookies, aby poprawić działanie serwisu. Korzystając dalej ze strony, "
        "zgadzasz "
        "się na ich użycie.",
        title="Miasto otwiera pierwszą pływającą bibliotekę w starym porcie",
        byline=("Anna Nowak", "12.03.2024, 09:15"),
        article=(
            "W sobotę miasto otworzyło bibliotekę na przebudowanej barce towarowej, zacumowanej w starym "
            "porcie, gdzie dawniej rozładowywano zboże i węgiel.",
            "Według urzędu miasta pierwszego dnia bibliotekę odwiedziło około dwóch tysięcy osób, a kolejka "
            "przez niemal całe popołudnie ciągnęła się wzdłuż nabrzeża.",
            "Czytelnia na wodzie",
            "Na barce znajduje się około ośmiu tysięcy książek, kącik dla dzieci i mała kawiarnia na górnym "
            "pokładzie z dużymi oknami wychodzącymi na rzekę.",
            "– Port znowu ma jakiś sens – powiedziała jedna z odwiedzających.",
            "Biblioteka będzie otwarta codziennie oprócz poniedziałków, a szkoły od przyszłego miesiąca mogą "
            "rezerwować bezpłatne wizyty.",
        ),
        share=("Udostępnij", "Facebook", "Twitter"),
        related=(
            "Czytaj także",
            "Radni przyjęli plan nowych ścieżek rowerowych",
            "Stare kino zamieni się w salę koncertową",
            "Most w porcie zamknięty na dwa tygodnie",
        ),
        comments=(
            "Komentarze",
            "Marek",
            "12.03.2024 10:02",
            "Świetny pomysł, mam nadzieję, że będą też wieczorne spotkania dla młodzieży.",
            "Ewa",
            "12.03.2024 11:40",
            "Byliśmy tam z dziećmi, kawiarnia na górze jest urocza, ale nie było gdzie zaparkować.",
        ),
        footer=("Kontakt", "© 2024 Gazeta Portowa. Wszelkie prawa zastrzeżone."),
    ),
    "el": Page(
        nav=("Αρχική", "Κόσμος", "Οικονομία", "Αθλητισμός", "Πολιτισμός", "Αναζήτηση", "Σύνδεση"),
        cookie="Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση, "
        "αποδέχεστε τη χρήση τους.",
        title="Η πόλη ανοίγει την πρώτη πλωτή βιβλιοθήκη στο παλιό λιμάνι",
        byline=("Άννα Ρήγα", "12/03/2024 09:15"),
        article=(
            "Η πόλη εγκαινίασε το Σάββατο μια βιβλιοθήκη πάνω σε μια μετασκευασμένη φορτηγίδα, δεμένη στο "
            "παλιό λιμάνι όπου κάποτε ξεφόρτωναν σιτάρι και κάρβουνο.",
            "Σύμφωνα με τον δήμο, περίπου δύο χιλιάδες άνθρωποι την επισκέφθηκαν την πρώτη μέρα, και η ουρά "
            "απλωνόταν κατά μήκος της προκυμαίας σχεδόν όλο το απόγευμα.",
            "Ένα αναγνωστήριο πάνω στο νερό",
            "Η φορτηγίδα φιλοξενεί περίπου οκτώ χιλιάδες βιβλία, μια παιδική γωνιά και ένα μικρό καφέ "
            "στο πάνω "
            "κατάστρωμα, με μεγάλα παράθυρα προς το ποτάμι.",
            "«Το λιμάνι βρήκε ξανά έναν σκοπό», είπε μια επισκέπτρια.",
            "Η βιβλιοθήκη θα είναι ανοιχτή κάθε μέρα εκτός από τη Δευτέρα, και τα σχολεία θα μπορούν να "
            "κλείνουν δωρεάν επισκέψεις από τον επόμενο μήνα.",
        ),
        share=("Κοινοποίηση", "Facebook", "Twitter"),
        related=(
            "Διαβάστε επίσης",
            "Νέοι ποδηλατόδρομοι στο κέντρο της πόλης",
            "Ο παλιός κινηματογράφος γίνεται αίθουσα συναυλιών",
            "Κλειστή για δύο εβδομάδες η γέφυρα του λιμανιού",
        ),
        comments=(
            "Σχόλια",
            "Μάρκος",
            "12/03/2024 10:02",
            "Υπέροχη ιδέα, ελπίζω να γίνονται και βραδινές εκδηλώσεις για τους εφήβους.",
            "Ελένη",
            "12/03/2024 11:40",
            "Πήγαμε με τα παιδιά και το καφέ στο κατάστρωμα είναι πολύ όμορφο, αλλά δεν βρήκαμε πουθενά να παρκάρουμε.",
        ),
        footer=("Επικοινωνία", "© 2024 Λιμενικά Νέα. Με την επιφύλαξη παντός δικαιώματος."),
    ),
    "zh": Page(
        nav=("首页", "国际", "财经", "体育", "文化", "搜索", "登录"),
        cookie="我们使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
        title="老港口迎来首座水上图书馆",
        byline=("记者 李安", "2024年3月12日 09:15"),
        article=(
            "本市周六在一艘改装过的货运驳船上开放了一座图书馆，驳船停靠在老港口，那里过去曾用来卸运粮食和煤炭。",
            "据市政府介绍，开放首日约有两千人前来参观，排队的人群几乎整个下午都沿着码头排开。",
            "水上的阅览室",
            "驳船上藏书约八千册，设有儿童角，上层甲板还有一家小咖啡馆，大窗户正对着江面。",
            "一位参观者说：“港口终于又有了用处。”",
            "图书馆除周一外每天开放，从下个月起，学校可以免费预约参观。",
        ),
        share=("分享", "微博", "微信"),
        related=("相关新闻", "市议会批准市中心新建自行车道", "老电影院将改建为音乐厅", "港口大桥将封闭两周"),
        comments=(
            "评论",
            "小马",
            "2024-03-12 10:02",
            "好主意，希望晚上也能为青少年举办一些活动。",
            "王女士",
            "2024-03-12 11:40",
            "我们带孩子去了，楼上的咖啡馆很漂亮，就是停车太难了。",
        ),
        footer=("关于我们", "联系我们", "© 2024 港口日报 版权所有"),
    ),
    "ja": Page(
        nav=("ホーム", "国際", "経済", "スポーツ", "文化", "検索", "ログイン"),
        cookie="当サイトではサービス向上のためにクッキーを使用しています。閲覧を続けることで、クッキーの使用に同意したものとみなされます。",
        title="旧港に初の水上図書館が開館",
        byline=("佐藤 杏", "2024年3月12日 9時15分"),
        article=(
            "市は土曜日、改装した貨物用のはしけに図書館を開設した。はしけはかつて穀物や石炭の荷揚げに使われていた旧港に係留されている。",
            "市によると、初日には約二千人が訪れ、午後のほとんどの時間、岸壁に沿って長い行列ができた。",
            "水の上の閲覧室",
            "はしけには約八千冊の本と子ども向けのコーナーがあり、上の甲板には川に面した大きな窓のある小さなカフェもある。",
            "「港がまた役に立つ場所になった」と訪れた女性は話した。",
            "図書館は月曜日を除いて毎日開館し、来月からは学校が無料で見学を予約できるという。",
        ),
        share=("シェア", "LINE", "Twitter"),
        related=(
            "関連記事",
            "市議会、中心部の新しい自転車道を承認",
            "古い映画館がコンサートホールに",
            "港の橋が2週間通行止めに",
        ),
        comments=(
            "コメント",
            "まさ",
            "2024/03/12 10:02",
            "素晴らしいアイデアですね。夜に若者向けのイベントもあるといいと思います。",
            "ゆき",
            "2024/03/12 11:40",
            "子どもと行きました。上のカフェはとても素敵でしたが、駐車場がありませんでした。",
        ),
        footer=("お問い合わせ", "利用規約", "© 2024 港町新聞 無断転載を禁じます"),
    ),
    "ar": Page(
        nav=("الرئيسية", "العالم", "اقتصاد", "رياضة", "ثقافة", "بحث", "تسجيل الدخول"),
        cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على استخدامها.",
        title="المدينة تفتتح أول مكتبة عائمة في الميناء القديم",
        byline=("بقلم آنا رياض", "12 مارس 2024، 09:15"),
        article=(
            "افتتحت المدينة يوم السبت مكتبة على متن بارجة شحن قديمة جرى تحويلها، وهي راسية في الميناء القديم "
            "الذي كانت تفرغ فيه الحبوب والفحم في الماضي.",
            "وبحسب البلدية، زار المكتبة نحو ألفي شخص في اليوم الأول، وامتد الطابور على طول الرصيف طوال فترة "
            "ما بعد الظهر تقريباً.",
            "قاعة قراءة فوق الماء",
            "تضم البارجة نحو ثمانية آلاف كتاب وركناً للأطفال ومقهى صغيراً على السطح العلوي، بنوافذ واسعة تطل على النهر.",
            "وقالت إحدى الزائرات: «يبدو أن الميناء استعاد معناه من جديد».",
            "وستفتح المكتبة أبوابها يومياً ما عدا الاثنين، ويمكن للمدارس حجز زيارات مجانية ابتداءً من الشهر المقبل.",
        ),
        share=("شارك", "Facebook", "Twitter"),
        related=(
            "اقرأ أيضا",
            "المجلس البلدي يوافق على مسارات جديدة للدراجات",
            "السينما القديمة تتحول إلى قاعة للحفلات",
            "إغلاق جسر الميناء لمدة أسبوعين",
        ),
        comments=(
            "التعليقات",
            "مروان",
            "12/03/2024 10:02",
            "فكرة رائعة، أتمنى أن تكون هناك أنشطة مسائية للشباب أيضاً.",
            "سلمى",
            "12/03/2024 11:40",
            "ذهبنا مع الأطفال وكان المقهى في الأعلى جميلاً، لكن لم نجد مكاناً لركن السيارة.",
        ),
        footer=("من نحن", "اتصل بنا", "© 2024 أخبار الميناء. جميع الحقوق محفوظة."),
    ),
    "id": Page(
        nav=("Beranda", "Dunia", "Ekonomi", "Olahraga", "Budaya", "Cari", "Masuk"),
        cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan terus menjelajah, Anda "
        "menyetujui penggunaan cookie.",
        title="Kota membuka perpustakaan terapung pertama di pelabuhan lama",
        byline=("Oleh Ana Putri", "12 Maret 2024, 09.15 WIB"),
        article=(
            "Pemerintah kota pada Sabtu membuka perpustakaan di atas sebuah tongkang barang yang sudah "
            "diubah, "
            "yang bersandar di pelabuhan lama tempat gandum dan batu bara dulu dibongkar.",
            "Menurut pemerintah kota, sekitar dua ribu orang datang pada hari pertama, dan antrean "
            "mengular di "
            "sepanjang dermaga hampir sepanjang sore.",
            "Ruang baca di atas air",
            "Tongkang itu menyimpan sekitar delapan ribu buku, sudut bermain anak, dan kafe kecil di dek "
            "atas "
            "dengan jendela besar yang menghadap ke sungai.",
            "“Pelabuhan ini akhirnya punya arti lagi,” kata seorang pengunjung.",
            "Perpustakaan akan buka setiap hari kecuali Senin, dan sekolah bisa memesan kunjungan gratis "
            "mulai "
            "bulan depan.",
        ),
        share=("Bagikan", "Facebook", "Twitter", "WhatsApp"),
        related=(
            "Berita Terkait",
            "DPRD setujui jalur sepeda baru di pusat kota",
            "Bioskop tua akan menjadi gedung konser",
            "Jembatan pelabuhan ditutup selama dua minggu",
        ),
        comments=(
            "Komentar",
            "Marko",
            "12/03/2024 10:02",
            "Ide yang bagus, semoga ada juga acara malam untuk remaja.",
            "Sari",
            "12/03/2024 11:40",
            "Kami ke sana bersama anak-anak, kafenya bagus sekali, tapi susah cari tempat parkir.",
        ),
        footer=("Tentang Kami", "Kontak", "© 2024 Kabar Pelabuhan. Hak cipta dilindungi undang-undang."),
    ),
    "tr": Page(
        nav=("Anasayfa", "Gündem", "Ekonomi", "Spor", "Kültür", "Yazarlar", "Video"),
        cookie="Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz. Gezinmeye devam ederek "
        "çerez kullanımını kabul etmiş olursunuz.",
        title="Şehir eski limanda ilk yüzen kütüphanesini açtı",
        byline=("Ayşe Demir", "12 Mart 2024, 09:15"),
        article=(
            "Belediye cumartesi günü, eskiden tahıl ve kömür boşaltılan eski limanda bağlı duran "
            "dönüştürülmüş bir yük mavnasında kütüphane açtı.",
            "Belediyeye göre ilk gün yaklaşık iki bin kişi kütüphaneyi ziyaret etti ve kuyruk öğleden "
            "sonranın büyük bölümünde rıhtım boyunca uzandı.",
            "Suyun üzerinde bir okuma salonu",
            "Mavnada yaklaşık sekiz bin kitap, bir çocuk köşesi ve üst güvertede nehre bakan büyük "
            "pencereli küçük bir kafe bulunuyor.",
            "“Liman sonunda yeniden bir işe yarıyor,” dedi bir ziyaretçi.",
            "Kütüphane pazartesi hariç her gün açık olacak ve okullar gelecek aydan itibaren ücretsiz "
            "ziyaret ayarlayabilecek.",
        ),
        share=("Paylaş", "Facebook", "Twitter", "WhatsApp"),
        related=(
            "İlgili Haberler",
            "Belediye meclisi yeni bisiklet yollarını onayladı",
            "Eski sinema konser salonu oluyor",
            "Liman köprüsü iki hafta kapalı kalacak",
        ),
        comments=(
            "Yorumlar",
            "Murat",
            "12.03.2024 10:02",
            "Harika bir fikir, umarım gençler için akşam etkinlikleri de olur.",
            "Elif",
            "12.03.2024 11:40",
            "Çocuklarla gittik, üstteki kafe çok güzeldi ama park yeri bulmak imkansızdı.",
        ),
        footer=("Künye", "İletişim", "© 2024 Liman Gazetesi. Tüm hakları saklıdır."),
    ),
}

# How scrapers lay a page out: blocks separated by blank lines (as html-text guesses the layout),
# every line its own paragraph, or one line after another with no blank line at all.
LAYOUTS = {
    "blocks": lambda page: [line for block in page.blocks() for line in (*block, "")],
    "paragraphs": lambda page: [line for block in page.blocks() for item in block for line in (item, "")],
    "flat": lambda page: [line for block in page.blocks() for line in block],
}
CASES = [(code, layout) for code in PAGES for layout in LAYOUTS]
CASE_IDS = [f"{code}-{layout}" for code, layout in CASES]


def kept(lines: list[str], language: str | None = None) -> list[str]:
    return [line for line, v in zip(lines, find_body(lines, language), strict=True) if v.keep and line]


@pytest.mark.parametrize(("code", "layout"), CASES, ids=CASE_IDS)
def test_page_keeps_the_article_and_nothing_else(code, layout):
    page = PAGES[code]
    body = kept(LAYOUTS[layout](page))
    assert body == list(page.article)


@pytest.mark.parametrize(("code", "layout"), CASES, ids=CASE_IDS)
def test_comments_are_dropped_as_comments(code, layout):
    page = PAGES[code]
    lines = LAYOUTS[layout](page)
    reasons = {line: v.reason for line, v in zip(lines, find_body(lines), strict=True)}
    assert {reasons[line] for line in page.comments} == {"textmode.comments"}
    assert {reasons[line] for line in page.nav + page.footer} == {"textmode.outside-body"}


@pytest.mark.parametrize("code", PAGES, ids=list(PAGES))
def test_article_alone_comes_back_whole(code):
    article = list(PAGES[code].article)
    assert kept(article) == article


@pytest.mark.parametrize("code", PAGES, ids=list(PAGES))
def test_cleaning_the_kept_lines_again_changes_nothing(code):
    once = kept(LAYOUTS["blocks"](PAGES[code]))
    assert kept(once) == once


NEGATIVE = sorted((FIXTURES / "negative").glob("*.txt")) + sorted((FIXTURES / "golden").glob("*.expected.txt"))


@pytest.mark.parametrize("path", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_clean_article_loses_nothing(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    assert all(v.keep for v in find_body(lines))


def test_negative_set_is_there():
    assert len(NEGATIVE) >= 12


def test_article_with_a_list_reaching_the_end_of_a_page_without_chrome():
    intro = (
        "The band announced a farewell tour of fifteen dates on Tuesday, its first since it reformed "
        "three years ago, and tickets go on sale on Friday morning."
    )
    dates = ["Lille", "Paris", "Nantes", "Bordeaux", "Toulouse", "Marseille", "Lyon", "Geneva"]
    lines = ["Tour dates", "", intro, "", *dates]
    assert kept(lines) == ["Tour dates", intro, *dates]


def test_a_page_whose_article_is_a_table_keeps_the_table():
    nav = ["Home", "News", "Results", "Teams", "Search", "Contact"]
    table = [f"{n}. Team {name} {30 - 2 * n} points" for n, name in enumerate("ABCDEFGH", 1)]
    lines = [*nav, "", "Standings after round 12", "", *table, "", "Privacy policy", "© 2024 League Site"]
    body = kept(lines, "en")
    assert all(row in body for row in table)
    assert not set(nav) & set(body)


def test_copyright_line_ends_the_body():
    page = PAGES["en"]
    tail = "The council thanked the volunteers who painted the barge over the winter, many of them dockers."
    lines = [*page.nav, "", *page.article, "", page.footer[-1], "", tail]
    assert tail not in kept(lines)


# Pages whose only chrome is a short header block and footer, as on the seed page: labels that no
# lexicon lists ("DELEN ARTIKEL:", "SDÍLET:"), a template word left in English ("on"), a consent
# notice, a share prompt, a disclaimer and a few headlines. Original text, in languages the
# lexicons barely cover.
HEADER_FOOTER_PAGES = {
    "nl": (
        [
            "Blijf verbonden",
            "Energie",
            "Nieuw windpark voor de kust gaat in 2027 open",
            "DELEN ARTIKEL:",
            "Gepubliceerd",
            "on",
            "We gebruiken uw aanmelding om inhoud te leveren op de manier waarmee u heeft ingestemd.",
        ],
        [
            "Het nieuwe windpark voor de kust van Zeeland gaat in 2027 open, twee jaar later dan gepland, meldt "
            "onze correspondent.",
            "De vertraging komt door een tekort aan installatieschepen en door de hoge prijzen voor staal. Het park "
            "moet stroom leveren voor ongeveer een miljoen huishoudens.",
            "„We hebben liever een goed park in 2027 dan een half park in 2025”, zei de directeur van de "
            "netbeheerder tegen verslaggevers in Den Haag.",
            "Vissers in de regio vragen al jaren om meer inspraak bij de keuze van de locaties voor nieuwe parken.",
        ],
        [
            "Deel dit artikel met vrienden:",
            "De redactie publiceert artikelen uit veel verschillende bronnen die uiteenlopende standpunten weergeven.",
            "Populair",
            "Nieuwe regels voor verpakkingen aangenomen",
            "Boeren protesteren tegen handelsverdrag",
        ],
    ),
    "cs": (
        [
            "Spojte se s námi",
            "Doprava",
            "Nová tramvajová trať do sídliště bude hotová v září",
            "SDÍLET:",
            "Publikováno",
            "on",
            "Vaši registraci používáme k poskytování obsahu způsobem, se kterým jste souhlasili.",
        ],
        [
            "Nová tramvajová trať na sídliště Lesná bude hotová v září, oznámil ve středu dopravní podnik.",
            "Trať měří necelé čtyři kilometry a bude mít šest zastávek. Tramvaje po ní budou jezdit každých "
            "deset minut, ve špičce ještě častěji.",
            "„Lidé ze sídliště se do centra dostanou o čtvrt hodiny rychleji než dnes autobusem,“ řekl mluvčí "
            "dopravního podniku.",
            "Stavba přišla na více než miliardu korun, většinu zaplatila Evropská unie.",
        ],
        [
            "Sdílejte tento článek s přáteli:",
            "Redakce zveřejňuje články z mnoha vnějších zdrojů, které vyjadřují různé názory.",
            "Populární",
            "Parlament schválil nová pravidla pro obaly",
            "Zemědělci protestují proti dohodě",
        ],
    ),
}


@pytest.mark.parametrize("code", HEADER_FOOTER_PAGES, ids=list(HEADER_FOOTER_PAGES))
def test_a_page_with_only_a_header_block_and_a_footer_loses_them(code):
    head, article, foot = HEADER_FOOTER_PAGES[code]
    lines = [line for block in (head, article, foot) for item in block for line in (item, "")]
    # The consent notice reads like a paragraph and carries no notice word the lexicons know: it
    # may stay (a known limit); everything else around the article goes.
    assert kept(lines)[-len(article) :] == article
    assert set(kept(lines)) <= {*article, head[-1]}


# Seed-like pages whose consent notice says the reader may opt out, in an inflected form of a
# word no whole-word lexicon lists, and whose share prompt starts with the verb (original text).
OPT_OUT_PAGES = {
    "pl": (
        "Używamy Twojej rejestracji, aby dostarczać treści w uzgodniony sposób. Możesz w każdej chwili "
        "wypisać się z tych wiadomości.",
        [
            "Miasto otworzy w maju nowy park nad rzeką, zapowiedział w środę prezydent miasta.",
            "Park zajmie dwanaście hektarów dawnych terenów portowych. Powstaną w nim ścieżki rowerowe, plac "
            "zabaw i przystań dla kajaków.",
            "„To będzie miejsce dla wszystkich mieszkańców, nie tylko dla tych, którzy mieszkają w pobliżu” – "
            "powiedział prezydent.",
        ],
        "Udostępnij ten artykuł znajomym:",
    ),
    "it": (
        "Utilizziamo la tua registrazione per offrirti contenuti nel modo che hai scelto. Puoi disiscriverti "
        "in qualsiasi momento.",
        [
            "Il comune riaprirà a settembre la biblioteca del quartiere, chiusa da due anni per lavori.",
            "L'edificio è stato rinforzato contro i terremoti e ha ora una sala per i ragazzi e un giardino di "
            "lettura aperto anche la sera.",
            "«Era uno dei luoghi più amati del quartiere e lo restituiamo ai cittadini più bello di prima», ha "
            "detto l'assessora alla cultura.",
        ],
        "Condividi questo articolo con gli amici:",
    ),
    "hu": (
        "Regisztrációját arra használjuk, hogy a kívánt módon juttassuk el Önhöz a tartalmakat. Bármikor "
        "leiratkozhat ezekről az üzenetekről.",
        [
            "A város szeptemberben újranyitja a kerületi könyvtárat, amely két évig volt zárva felújítás miatt.",
            "Az épületet megerősítették, és új olvasókertet is kapott, amely esténként is nyitva lesz a "
            "látogatók előtt.",
            "„Ez volt a kerület egyik legkedveltebb helye, és most szebben adjuk vissza, mint valaha” – "
            "mondta a kulturális alpolgármester.",
        ],
        "Ossza meg ezt a cikket:",
    ),
}


@pytest.mark.parametrize("code", OPT_OUT_PAGES, ids=list(OPT_OUT_PAGES))
def test_a_consent_notice_and_a_share_prompt_around_the_article_go(code):
    notice, article, prompt = OPT_OUT_PAGES[code]
    disclaimer = "Editorial staff publish articles from outside sources which do not necessarily reflect our views."
    head = ["Connect with us", "Culture", "A library reopens", "SHARE:", "Published", "on", notice]
    lines = [*head, *article, prompt, disclaimer, "Trending", "Parliament backs new rules", "Farmers protest"]
    assert kept(lines) == article


def test_notice_words_inside_the_article_cost_it_nothing():
    # Only the paragraphs at the body's edges are read for notice stems: an article about a
    # newsletter keeps its middle.
    page = PAGES["en"]
    article = list(page.article)
    middle = (
        "The library's newsletter, which has four thousand subscribers, will not necessarily move to the "
        "barge, the council said, and readers can unsubscribe from the paper edition at any time."
    )
    body = [*article[:2], middle, *article[2:]]
    lines = [*page.nav, page.title, *body, *page.share, *page.related, *page.footer]
    assert kept(lines, "en") == body


@pytest.mark.parametrize(
    "header",
    ["What our readers say", "Leserstimmen", "Ý kiến bạn đọc", "Lo que dicen los lectores", "Läsarnas röster"],
    ids=["en", "de", "vi", "es", "sv"],
)
def test_readers_voices_under_a_header_no_lexicon_lists_are_dropped(header):
    page = PAGES["en"]
    # Letters one after another, each signed at its end: no name line parts them.
    thread = [
        "What a wonderful idea. My children have been there twice already and want to go back every "
        "weekend, so the council should keep it open on Sundays too. (Maria, Eastside)",
        "I worked on barges like that one for thirty years, and it is good to see one of them put to such "
        "use instead of being sold for scrap. (Old sailor)",
        "Who pays for the heating in winter? The council has closed two libraries on land since 2020, and "
        "now it spends money on a boat. (Taxpayer)",
    ]
    lines = [*page.nav, page.title, *page.article, header, *thread, *page.footer]
    assert kept(lines, "en") == list(page.article)


def test_labels_between_paragraphs_do_not_make_an_article_a_page():
    lines = [
        "The museum reopened its east wing on Saturday after two years of repairs to the roof and the "
        "heating, and the first visitors queued from early morning.",
        "Photo:",
        "The east wing's great hall, where the dinosaur skeletons stand again.",
        "Here is the thing:",
        "The repairs cost twice what the council had planned, and the west wing is next.",
    ]
    assert kept(lines, "en") == lines


def test_a_title_given_twice_before_the_article_is_a_header_block():
    page = PAGES["en"]
    lines = [page.title, page.title, *page.byline, *page.article]
    assert kept(lines) == list(page.article)


CAPTION = "The barge at its mooring on the old harbour (Photo: Harbour Times)"
CREDIT = "Getty Images"


def test_captions_in_the_article_are_dropped_and_part_no_paragraphs():
    page = PAGES["en"]
    article = list(page.article)
    lines = [*page.nav, page.title, article[0], CAPTION, *article[1:], *page.related, *page.footer]
    verdicts = dict(zip(lines, find_body(lines, "en"), strict=True))
    assert verdicts[CAPTION].reason == "textmode.caption"
    assert kept(lines, "en") == article


def test_a_photo_credit_with_a_copyright_sign_ends_nothing():
    page = PAGES["en"]
    article = list(page.article)
    credit = "© Anna Reed The reading room on the upper deck, with its view of the river"
    lines = [*page.nav, page.title, *article[:3], credit, *article[3:], *page.footer]
    assert all(line in kept(lines, "en") for line in article)


def test_a_list_introduced_with_a_colon_ends_the_article():
    page = PAGES["en"]
    intro = "The library will host readings on the following dates:"
    dates = [f"{day} April – {place}" for day, place in ((4, "Main deck"), (11, "Café"), (18, "Children's corner"))]
    lines = [*page.nav, *page.article, intro, *dates, *page.share, *page.related, *page.footer]
    assert kept(lines, "en") == [*page.article, intro, *dates]


def test_a_timetable_between_short_paragraphs_is_kept_on_a_page():
    nav = ["Home", "News", "Sport", "Search", "Contact"]
    intro = (
        "From Monday the number 5 bus runs more often between the station and the hospital, with early "
        "buses for the morning shift. These are the departures from the station on weekdays:"
    )
    times = ["5:10", "5:45", "6:15", "6:40", "7:05", "7:30", "8:10", "9:20"]
    outro = (
        "On Saturdays the bus runs every hour, on Sundays every ninety minutes. Tickets are sold on board "
        "and in the app, and fares do not change."
    )
    related = ["Related stories", "Road works on the bridge extended", "New bike racks at the station"]
    lines = [*nav, "New timetable for the number 5", intro, *times, outro, *related, "© 2024 Town News"]
    assert kept(lines, "en") == [intro, *times, outro]


def test_a_label_introducing_a_list_does_not_stop_a_short_run():
    nav = ["Home", "Football", "Basketball", "Search", "Contact"]
    # Paragraphs of a sentence each: the run scores like one paragraph, not two.
    intro = (
        "Ribera stay top after winning away at Olivar, while Sierra close the gap on the leaders with five "
        "goals at home against Campina."
    )
    results = ["Olivar 1 – 2 Ribera", "Sierra 5 – 0 Campina", "Vega 2 – 2 Molinos"]
    table = ["1. Ribera, 34 points", "2. Sierra, 31 points", "3. Alameda, 27 points"]
    outro = (
        "The next round is played on Sunday, with the derby between Ribera and Sierra as the main game of "
        "the day in the league."
    )
    body = [intro, *results, "Standings:", *table, outro]
    lines = [*nav, "Round 14: results and standings", *body, "Share", "Facebook", "© 2024 Sports of the South"]
    assert kept(lines, "en") == body


def test_a_timetable_of_one_sentence_paragraphs_leaves_out_title_byline_and_teasers():
    # Too little prose to anchor a body: the run goes over the table but not the lines around it.
    nav = ["Home", "News", "Transport", "Weather", "Search", "Contact"]
    head = ["Winter timetable on the northern line from Sunday", "Staff reporter | 27 November 2024 at 12:05"]
    body = [
        "From Sunday the northern line runs on its winter timetable.",
        "Two early trains move to an earlier time.",
        "Departures to the city on weekdays:",
        *["5:32", "6:10", "6:48", "7:15", "7:44", "8:20"],
        "At weekends trains run every ninety minutes.",
        "Fares do not change.",
    ]
    teasers = ["More news", "A new footbridge opens at the station", "Bus 12 extended to the new district"]
    popular = ["Most read", "1. Where to buy a Christmas tree", "2. Hot water cut: the December schedule"]
    lines = [*nav, *head, *body, "Share", "Facebook", *teasers, *popular, "Privacy policy", "© 2024 Town News"]
    assert kept(lines, "en") == body


def test_a_timetable_in_parts_each_under_its_own_label_stays_whole():
    # Each line's times under a label ending with a colon, a line without a number among them.
    nav = ["Home", "News", "Transport", "Weather", "Search", "Contact"]
    head = ["New bus lines to the business park from Sunday", "Staff reporter | 9 December 2024"]
    body = [
        "The county changes the timetables of three bus lines on Sunday.",
        "Most changes concern the buses to the business park.",
        "Line 410 (Upper Ford – business park):",
        "Monday to Friday 4:45, 5:20, 13:15, 21:10",
        "no service at weekends",
        "Saturdays 5:20, 13:15",
        "Line 412 (Castleton – Millbrook):",
        "Monday to Friday 5:05, 6:40, 14:05, 22:00",
        "Saturdays and Sundays 6:40, 14:05",
        "Tickets bought for the old timetable stay valid until the end of the year.",
        "The operator asks passengers to check the app for changes.",
    ]
    teasers = ["More news from the region", "The bridge over the brook is repaired in spring"]
    lines = [*nav, *head, *body, "Share", "Facebook", *teasers, "Most read", "Privacy policy", "© 2024 Town News"]
    assert kept(lines, "en") == body


def test_an_interview_keeps_its_short_questions_and_its_last_answer():
    page = PAGES["en"]
    body = [
        "Maria Costa has run the harbour's ferry kiosk for thirty years and retires this spring. We asked "
        "her what has changed on the quay.",
        "What do you remember of your first day?",
        "Rain, mostly, and a queue of lorry drivers who all wanted coffee at once. I ran out of cups before "
        "nine o'clock and had to borrow some from the fishmonger.",
        "Who comes to the kiosk now?",
        "Commuters, cyclists and people on their way to hospital appointments across the water. The island "
        "depends on the boat far more than it did when I started.",
        "Will you miss it?",
        "Every morning, I think. But my granddaughter takes over the kiosk, so I will still come by for a "
        "coffee and tell her how to run it.",
    ]
    blurb = "Liked this interview? Our editors send the week's best conversations to your inbox every Sunday."
    lines = [*page.nav, page.title, *body, blurb, "Count me in", *page.related, *page.footer]
    assert kept(lines, "en") == body


def test_a_live_blog_keeps_each_entry_after_its_time():
    page = PAGES["en"]
    body = [
        "Flood water is rising along the river after a night of heavy rain. We follow the day's events here.",
        "17:20",
        "The council has opened the sports hall on Mill Road for families who had to leave their homes.",
        "15:05",
        "Trains between the harbour and the airport are running again, though with delays of up to an hour.",
        "11:40",
        "Firefighters have pumped water out of forty cellars since the morning, most of them near the old quay.",
    ]
    lines = [*page.nav, "LIVE | Floods along the river", "Updated at 17:25", *body, *page.share, *page.footer]
    assert kept(lines, "en") == body


def test_thai_paragraphs_without_sentence_marks_are_found():
    nav = ["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "เข้าสู่ระบบ"]
    body = [
        # Paragraphs of a sentence or two, with no mark at their end: only their length tells them.
        "เทศบาลเมืองเปิดห้องสมุดชุมชนแห่งใหม่ริมแม่น้ำเมื่อวันเสาร์ที่ผ่านมา มีประชาชนเข้าร่วมงานเปิดหลายร้อยคน",
        "นายกเทศมนตรีกล่าวว่าห้องสมุดแห่งนี้สร้างขึ้นจากงบประมาณของเทศบาลและเงินบริจาคของคนในชุมชน",
        "ผู้ปกครองหลายคนบอกว่าดีใจที่ลูกมีที่อ่านหนังสือใกล้บ้าน ไม่ต้องเดินทางไปห้องสมุดในตัวเมือง",
        "ห้องสมุดจะเปิดให้บริการทุกวันตั้งแต่เช้าจนถึงหนึ่งทุ่ม และมีมุมหนังสือภาพสำหรับเด็กเล็ก",
    ]
    teasers = ["ตลาดนัดชุมชนริมแม่น้ำเปิดทุกวันอาทิตย์ตั้งแต่เดือนหน้า", "โรงเรียนในตำบลได้รับรางวัลห้องเรียนสีเขียว"]
    foot = ["แชร์", "Facebook", "ข่าวที่เกี่ยวข้อง", *teasers, "นโยบายความเป็นส่วนตัว"]
    lines = [*nav, "ห้องสมุดชุมชนแห่งใหม่เปิดแล้ว", "โดย กองบรรณาธิการ", *body, *foot, "© 2567 ข่าวเมือง"]
    assert kept(lines, "th") == body


def test_an_article_of_one_long_paragraph_among_menus_is_found():
    menus = [f"Section {name}" for name in "ABCDEFGHIJKL"]
    paragraph = " ".join(PAGES["en"].article)
    lines = ["Home", "Search", *menus, "Council opens a floating library", paragraph, *menus, "© 2024 City Site"]
    assert kept(lines, "en") == [paragraph]


def test_an_article_hard_wrapped_into_short_lines_is_kept_whole_on_a_page():
    # Wrapped short, each line reads as too little prose to anchor the body; with no lists on the
    # page to carry a run, the article must not be traded for a few lines that score better.
    wrapped = []
    for name in ("en-harbour-reopens.txt", "en-library-vote.txt"):
        for paragraph in (FIXTURES / "negative" / name).read_text(encoding="utf-8").split("\n\n"):
            wrapped += [*textwrap.wrap(paragraph, 75), ""]
    header = ["City Herald", "", "Home | Local | Sport | Business | Culture | Weather", ""]
    footer = ["Most read", *(f"Story number {n} of the week" for n in range(1, 6)), "", "© 2024 City Herald"]
    lines = [*header, *wrapped, *footer]
    body = kept(lines, "en")
    assert set(wrapped) - {""} <= set(body)


@pytest.mark.parametrize(
    "header",
    ["About the author", "Über die Autorin", "O autorze", "About Anna Reed"],
    ids=["en", "de", "pl", "en-name"],
)
def test_an_author_box_after_the_article_is_dropped(header):
    page = PAGES["en"]
    bio = [
        "Anna Reed writes about the city's harbour and its people, and has lived by the river for twenty years.",
        "Before she joined the paper she worked as a deckhand on the ferries that cross the estuary every day.",
    ]
    lines = [*page.nav, *page.article, header, *bio, *page.footer]
    assert kept(lines, "en") == list(page.article)


def test_a_newsletter_blurb_above_an_address_field_is_dropped():
    page = PAGES["en"]
    blurb = "Liked this story? Get the harbour's news in your inbox every morning, free, by leaving your address below."
    lines = [*page.nav, *page.article, blurb, "Your email address", "Send me the news", *page.footer]
    assert kept(lines, "en") == list(page.article)


def test_every_reason_is_documented():
    lines = LAYOUTS["blocks"](PAGES["en"])
    assert {v.reason for v in find_body(lines) if not v.keep} <= set(REASONS)
    assert all(REASONS.values())


LINES = st.lists(st.one_of(st.text(max_size=200), st.sampled_from(["", "Home", "Share", "© 2024"])), max_size=60)


@given(LINES, st.sampled_from([None, "en", "zh", "ja", "ar", "xx"]))
@example(["", "\N{ZERO WIDTH SPACE}", "Home", "Share"], None)
@example(["Comments"] * 3 + ["a " * 200], "en")
def test_one_verdict_per_line_and_blank_lines_are_kept(lines, language):
    verdicts = find_body(lines, language)
    assert len(verdicts) == len(lines)
    assert all(v.keep for line, v in zip(lines, verdicts, strict=True) if not line.strip())
    assert all(v.keep == (v.reason is None) for v in verdicts)


@settings(deadline=None)  # the first call builds the language tables
@given(LINES, st.sampled_from([None, "en", "id", "zh"]))
@example(["(Reporting by Greg Roumeliotis, editing by Martin Howell.)", "on"], None)
@example(["The council met on Monday.", "The council met on Monday."], None)
def test_keeping_the_kept_lines_again_changes_nothing(lines, language):
    once = kept(lines, language)
    assert kept(once, language) == once


def test_kind_lookup_tables_do_not_overlap():
    # A line is one kind: a word in two tables would make its kind depend on the table order.
    assert not textmode.CHROME_LINES & textmode.SECTION_LINES
    assert not textmode.CHROME_LINES & textmode.COMMENTS_LINES
    assert not textmode.SECTION_LINES & textmode.COMMENTS_LINES
    tables = (textmode.CHROME_LINES, textmode.SECTION_LINES, textmode.COMMENTS_LINES)
    assert not any(textmode.AUTHOR_LINES & table for table in tables)


@pytest.mark.parametrize("code", ["en", "de", "zh"], ids=["en", "de", "zh"])
def test_engine_keeps_the_article_and_records_each_removal(cleaner_instance, code):
    page = PAGES[code]
    result = cleaner_instance.clean_document("\n".join(LAYOUTS["blocks"](page)), mode="text")
    assert result.body == "\n\n".join(page.article)
    by_rule: dict[str, RemovedSpan] = {}
    for span in result.removed:  # the first span of each rule (generic rules may take lines in between)
        by_rule.setdefault(span.rule_id, span)
    assert {"textmode.outside-body", "textmode.comments"} <= set(by_rule)
    assert by_rule["textmode.comments"].rule_file == "cleaner/textmode.py"
    assert by_rule["textmode.comments"].text.startswith(page.comments[0])


def test_engine_leaves_a_page_with_site_boundaries_to_its_rules(cleaner_instance):
    page = (FIXTURES / "golden" / "eureporter-id-kazakhstan.txt").read_bytes()
    result = cleaner_instance.clean_document(page, mode="text")
    assert not any(span.rule_id.startswith("textmode.") for span in result.removed)


# Lines a page of short lines repeats: words, menu items, labels, a title twice, a copyright line.
REPEATED_LINES = st.lists(
    st.sampled_from(
        [
            "Home",
            "Share:",
            "on",
            "by",
            "News",
            "World",
            "the",
            "Comments",
            "© 2024 Harbour News",
            "16:40",
            "The council met on Monday.",
            "Read more about the ferry",
            "1. Ferry to the island",
            "Photo: Reuters",
        ]
    )
    | st.text(max_size=40),
    max_size=80,
)


@given(REPEATED_LINES, st.sampled_from([None, "en", "de", "zh", "th"]))
@example(["Home", "Home", "News"], "en")
def test_lines_described_once_each_are_described_as_one_by_one(lines, language):
    # A text repeating half its lines or more is described a distinct line at a time.
    texts = [line.strip() for line in lines]
    page, lows = textmode._describe(texts, language)
    present = [text for text in texts if text]
    one_by_one = textmode._described(present, Counter(present), language)
    assert (lows, page.kind, page.size, page.ends, page.menu_like) == one_by_one
    assert page.index == [i for i, text in enumerate(texts) if text]


def _best_run_one_by_one(scores):
    best, best_run, total, start = 0.0, (0, 0), 0.0, 0
    for k, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, k
        total += s
        if total > best:
            best, best_run = total, (start, k + 1)
    return best_run[0], best_run[1], best


SCORES = st.lists(st.sampled_from([-40.0, -10.0, -0.0, 0.0, 10.0, 40.0]) | st.floats(-1e3, 1e3), max_size=40)


@given(SCORES)
@example([10.0, -10.0, 10.0])
@example([0.0, -0.0, 5.0, -5.0, 0.0, 5.0])
def test_best_run_passes_over_lines_between_runs_without_changing_it(scores):
    assert textmode._best_run(scores) == _best_run_one_by_one(scores)


@given(st.lists(st.text(alphabet="ab:\n©c", max_size=8), max_size=20), st.sampled_from(["", "\n"]))
@example(["0\n0", "©"], "\n")
def test_lines_with_finds_the_lines_the_line_starts_give(lows, end):
    # Also with a line holding a break of its own (`find_body` takes any strings).
    marks = ("a", "ab", ":\n", "©")
    joined = "\n".join(lows) + end
    starts = list(itertools.accumulate([len(low) + 1 for low in lows], initial=0))
    hits = {i for mark in marks for i in range(len(joined)) if joined.startswith(mark, i)}
    assert textmode._lines_with(lows, marks, end=end) == {bisect.bisect_right(starts, i) - 1 for i in hits}


DIGIT_CHARS = [*"a1 -.", "\N{ARABIC-INDIC DIGIT ONE}", "\N{SUPERSCRIPT TWO}", "\N{LATIN SMALL LETTER E WITH ACUTE}"]


@given(st.text(alphabet=st.sampled_from(DIGIT_CHARS), max_size=12))
@example("\N{ARABIC-INDIC DIGIT ONE}")
def test_digits_found_with_the_stdlib_engine_in_ascii_are_the_rules_digits(text):
    if text.isascii():
        assert (textmode.ASCII_DIGIT_RE.search(text) is None) is (textmode.DIGIT_RE.search(text) is None)
