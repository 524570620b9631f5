# ruff: noqa: RUF001 -- the lexicons are words of many languages, letters that look Latin included
"""Text mode: find the article in a whole page stored as text.

Scrapers that store a page as text keep everything around the article, one line each: menus,
section lists, cookie and newsletter notices, "most read" lists, comment threads, footers.
:func:`find_body` finds the article's lines in such text, in any language, without site rules.

1. **Is it a page at all?** A text without site chrome (fewer than two navigation, sharing,
   section, comment, author-box or copyright lines, and no run of six menu-like lines) is taken
   to be the article's own block and kept whole: short paragraphs, quotes, lists and subheadings
   included. Labels (a few words before a colon, "Share:"; function words alone, "on", "by") and
   a title given twice count as chrome only at a text's edges: before its first paragraph (a
   header block) or, for labels, after its last (a footer); between paragraphs they are the
   article's own.
2. **Every line gets a score.** Prose earns its length, scaled by its stopword density in the
   page's language (relative to the page's own long lines, so any stoplist and script works),
   halved without a sentence end (in Thai, Lao and Khmer, which mark none, a long line ends its
   sentence), cut to a fifth when it reads like a site notice (cookies, newsletters, terms, ads;
   a paragraph right above an address field) or stands alone with no sentence, list item or
   time stamp beside it (a teaser in a list of stories; an interview's short questions and a
   live blog's times are neighbours), and zeroed in a footer
   (between navigation lines and a copyright line just below them, unless that holds half the
   page's prose). Every line costs a little; navigation, sharing, label, link and repeated lines
   cost more; section headers ("Related", "Most read") much more; runs of list or table items (a
   bullet or a number on each of three lines or more) only what prose lines cost. After the
   article's prose, a comments header, an author box or a copyright line ends the body (a
   copyright line with more prose after it than before is a photo credit and ends nothing).
3. **The body is the run of lines with the highest total score** (a maximum-sum segment): long
   paragraphs carry the subheadings, quotes and short lines between them, while a run of menu
   lines outweighs a stray paragraph. Inside the run, share prompts ("Teilen Sie diesen
   Artikel:") and headers of readers' voices ("Läsarnas röster") are looked for, and the lines at
   its edges are read for the stems of notice words (opt-out, consent, newsletter, inbox, "not
   necessarily", in some 30 languages): either finds the run again. The run takes in the
   sentences right next to it and a list that its last line introduces with a colon. Photo
   captions and credits inside it (a credit mark, no sentence end) are dropped on their own. A
   page whose run scores less than two paragraphs (its paragraphs, of a sentence or two each,
   frame a table or a timetable) is scored again with its list items weighing a little and the
   lines introducing them nothing: that run spans the article's paragraphs and lists but not the
   title block, teasers and menus around them, when its lists carry that run. Without lists, a
   run of a paragraph or so (prose hard-wrapped into short lines scores so) reaches over the plain
   lines on both sides up to site chrome; a page with less still (an article that is all table or
   list) loses only its navigation lines and runs of menu lines.

Each input line gets a :class:`Verdict`: kept, or dropped with a reason id from :data:`REASONS`,
so the engine can record every removal. The work is linear and mostly C-level string methods and
set lookups; a page of 250 lines takes about half a millisecond.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import regex

from cleaner import lang

REASONS: dict[str, str] = {
    "textmode.outside-body": "Before or after the article's run of lines (navigation, title and byline, "
    "related stories, author box, footer), or site chrome on a page whose article is a table or a list.",
    "textmode.comments": "The comment section: from a comments header after the article to the "
    "thread's last line of text.",
    "textmode.caption": 'A photo caption or credit in the article: a line with a credit mark ("Photo:", '
    '"(Image: ...)", "Getty Images", "Foto:", "Фото:") and no sentence end.',
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What text mode decided for one input line: keep it, or drop it for `reason` (a REASONS id)."""

    keep: bool
    reason: str | None = None


KEEP = Verdict(True)
OUTSIDE = Verdict(False, "textmode.outside-body")
COMMENTS = Verdict(False, "textmode.comments")
CAPTIONED = Verdict(False, "textmode.caption")

# --- What a line is ------------------------------------------------------------------------------

# Line kinds. Only NEUTRAL lines can be prose; the others are scored by kind.
NEUTRAL, LINK, REPEATED, CHROME, SECTION, COMMENTS_HEADER, COPYRIGHT, LABEL, CAPTION, AUTHOR = range(10)
# Kinds that show a text is a whole page, and that a list-like article does not reach past.
PAGE_KINDS = frozenset({CHROME, SECTION, COMMENTS_HEADER, COPYRIGHT, AUTHOR})
# Kinds a page whose article is all list keeps (see _stops).
REACHED_KINDS = frozenset({NEUTRAL, CAPTION})
# Kinds that end the body after the article's prose: a comments header, a copyright line, the
# header of an author box.
END_KINDS = (COMMENTS_HEADER, COPYRIGHT, AUTHOR)
# Kinds that show it only before a text's first paragraph (see _edge_labels): labels, and a
# title given twice (as the page's title and as its heading).
EDGE_KINDS = frozenset({LABEL, REPEATED})

INVISIBLE = (
    "\N{ZERO WIDTH SPACE}\N{ZERO WIDTH NON-JOINER}\N{ZERO WIDTH JOINER}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}"
)
SENTENCE_END = (
    ".!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}"
    "\N{FULLWIDTH QUESTION MARK}\N{ARABIC QUESTION MARK}\N{DEVANAGARI DANDA}"
)
SENTENCE_ENDS = tuple(SENTENCE_END)
QUESTION_ENDS = ("?", "\N{FULLWIDTH QUESTION MARK}", "\N{ARABIC QUESTION MARK}")
CLOSERS = (
    "\"')]\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{FULLWIDTH RIGHT PARENTHESIS}"
    "\N{RIGHT CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}"
)
# Stripped from both ends of a short line before it is looked up: bullets, separators, counts.
KEY_STRIP = (
    " \t:|>*#()[]0123456789-\N{EN DASH}\N{EM DASH}\N{BULLET}\N{MIDDLE DOT}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)
# Header and navigation lines are short; longer lines are never looked up.
MAX_KEY_CHARS = 60
# Lines at least this long (in weighted characters) are read for prose; shorter ones score by kind.
READ_CHARS = 40
# Characters (words, where spaces separate them) of a line read for its stopword density: enough
# to tell prose from a list.
DENSITY_CHARS = 160
DENSITY_WORDS = 26
# Characters of a line read at all (for notices and copyright marks).
READ_LIMIT = 240
# Chinese and Japanese pack a word into one or two characters, Korean into two or three: their
# lines count this many times their length, so a paragraph weighs about what it does in English.
LENGTH_FACTOR = {"zh": 3.0, "ja": 2.5, "ko": 2.0}
# Languages written without spaces between words, and Korean, whose particles stick to words:
# notices are found in them by substring, not by word.
UNSPACED = frozenset({"zh", "ja", "ko", "th"})
DIGIT_RE = regex.compile(r"\d")
# The same for ASCII text, for the stdlib engine (a search of a short line costs it about half
# what it costs the regex module; pages of many short lines search most of theirs).
ASCII_DIGIT_RE = re.compile("[0-9]")
# Scripts whose sentences end with no mark (Thai, Lao, Khmer): lines this long count as
# paragraphs that end their sentences; shorter ones are titles and menu items.
UNPUNCTUATED = frozenset({"th", "lo", "km"})
UNPUNCTUATED_PARAGRAPH = 80.0
# A time alone on a line ("16:40", "4.40 pm", "16.40 Uhr"): a live blog's entry starts after it.
TIME_RE = regex.compile(r"\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|uhr|h|น\.))?")
MAX_STAMP_CHARS = 12.0
# Characters that open a list item.
BULLETS = frozenset(
    "-*+\N{BULLET}\N{MIDDLE DOT}\N{EN DASH}\N{EM DASH}\N{BLACK SMALL SQUARE}\N{BLACK RIGHT-POINTING POINTER}"
)


def _phrases(*groups: str) -> frozenset[str]:
    """Phrases separated by "|" (a group a language or a theme), lower-cased."""
    return frozenset(p.strip().lower() for group in groups for p in group.split("|") if p.strip())


# Whole lines that are site navigation or sharing buttons. The network names are the same in
# every language.
CHROME_LINES = _phrases(
    "facebook|twitter|x|instagram|youtube|linkedin|pinterest|whatsapp|telegram|reddit|tumblr|vk"
    "|vkontakte|odnoklassniki|weibo|wechat|line|flipboard|pocket|messenger|tiktok|snapchat|google+|rss"
    "|rss feed",
    "home|menu|search|log in|login|log out|sign in|sign up|register|subscribe|newsletter|newsletters"
    "|contact|contact us|about|about us|privacy|privacy policy|terms|terms of use|terms of service"
    "|cookie policy|advertise|careers|sitemap|back to top|skip to content|next|previous|more|close"
    "|load more|share|tweet|email|e-mail|print|copy link|follow us",
    "startseite|suche|anmelden|abmelden|registrieren|kontakt|impressum|datenschutz"
    "|datenschutzerklärung|agb|abonnieren|mehr|weiter|zurück|teilen|drucken",
    "accueil|rechercher|recherche|connexion|se connecter|s'inscrire|mentions légales|partager"
    "|imprimer|suivant|précédent|plus",
    "inicio|buscar|iniciar sesión|registrarse|contacto|aviso legal|compartir|imprimir|más|siguiente|anterior",
    "início|pesquisar|entrar|contato|compartilhar|partilhar|mais",
    "cerca|accedi|registrati|contatti|condividi|stampa|altro",
    "szukaj|zaloguj|zaloguj się|zarejestruj|udostępnij|drukuj|więcej",
    "главная|поиск|войти|вход|регистрация|контакты|поделиться|печать|ещё|еще|далее",
    "αρχική|αναζήτηση|σύνδεση|εγγραφή|επικοινωνία|κοινοποίηση",
    "beranda|cari|masuk|daftar|kontak|hubungi kami|tentang kami|bagikan|cetak|selengkapnya|lainnya",
    "首页|搜索|登录|注册|联系我们|关于我们|分享|打印|更多|返回顶部",
    "ホーム|トップ|検索|ログイン|新規登録|お問い合わせ|シェア|印刷",
    "الرئيسية|بحث|اتصل بنا|من نحن|شارك|طباعة|المزيد",
    "홈|검색|로그인|회원가입|공유|인쇄|더보기",
    "anasayfa|ana sayfa|giriş|giriş yap|üye ol|ara|arama|iletişim|künye|paylaş|yazdır|daha fazla",
    "trang chủ|tìm kiếm|đăng nhập|đăng ký|liên hệ|chia sẻ",
    "zoeken|inloggen|registreren|delen|afdrukken|meer",
    "головна|пошук|увійти|реєстрація|поділитися|друк|більше",
    "होम|खोज|लॉग इन|संपर्क|शेयर",
    "หน้าแรก|ค้นหา|เข้าสู่ระบบ|ติดต่อเรา|แชร์",
    # The buttons under each comment of a thread: reply, report, like.
    "reply|report|like|antworten|melden|répondre|signaler|responder|denunciar|rispondi|segnala|odpowiedz"
    "|zgłoś|ответить|пожаловаться|відповісти|απάντηση|balas|laporkan|yanıtla|cevapla|şikayet et|trả lời"
    "|beantwoorden|svara|svar|vastaa|válasz|válaszol|răspunde|odpovědět|odpovedať|odgovori|הגב|השב|پاسخ"
    "|رد|جواب|उत्तर दें|जवाब दें|ตอบกลับ|回复|返信|답글|답글쓰기",
)

# Headers of the sections that follow an article (or interrupt it): related stories, most read,
# tags, sharing. Matched as the whole line, or by their start for the open-ended ones.
SECTION_LINES = _phrases(
    "related|related articles|related stories|related posts|related news|related content"
    "|related videos|trending|trending now|trending news|trending stories|most read|most popular"
    "|most viewed|most shared|popular|popular posts|popular stories|recommended|recommended for you"
    "|we recommend|you may also like|you might also like|editor's picks|editors' picks|don't miss"
    "|latest|latest news|latest stories|read more|read next|read also|see also|tags|tag|topics"
    "|share this|share this article|share this story|share this post|explore further"
    "|previous article|next article|previous post|next post",
    "ähnliche artikel|mehr zum thema|meistgelesen|das könnte sie auch interessieren|weitere artikel",
    "à lire aussi|sur le même sujet|les plus lus|articles similaires",
    "noticias relacionadas|lo más leído|te puede interesar|notícias relacionadas|mais lidas|leia também",
    "articoli correlati|i più letti|leggi anche",
    "czytaj też|czytaj także|najczęściej czytane|zobacz też",
    "читайте также|похожие новости|популярное",
    "διαβάστε επίσης|δημοφιλή",
    "berita terkait|baca juga|terpopuler|artikel terkait|berita lainnya",
    "相关新闻|相关文章|热门文章|延伸阅读|関連記事|人気記事|あわせて読みたい",
    "مقالات ذات صلة|اقرأ أيضا|اقرأ أيضاً|الأكثر قراءة",
    "관련기사|많이 본 뉴스",
    "ilgili haberler|benzer haberler|çok okunanlar|en çok okunanlar|etiketler",
    "tin liên quan|bài viết liên quan|đọc nhiều|xem thêm|tin khác",
    "gerelateerd|gerelateerde artikelen|meest gelezen|lees ook",
    "читайте також|схожі новини|популярне",
    "संबंधित खबरें|ये भी पढ़ें|और पढ़ें",
    "ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม",
    # Trending, most read, more news, related, recommended: the languages above and others.
    "im trend|mehr nachrichten|weitere nachrichten|empfehlungen|tendances|plus d'actualités|à la une"
    "|tendencias|más noticias|lo más visto|em alta|mais notícias|veja também|in tendenza|altre notizie"
    "|popularne|polecane|więcej wiadomości|в тренде|ещё новости|еще новости|другие новости|у тренді"
    "|більше новин|інші новини|τάσεις|περισσότερα νέα|sedang tren|trending sekarang|gündem|daha fazla haber"
    "|xu hướng|đọc nhiều nhất|tin mới|trending nu|meer nieuws|lees meer|mest läst|mest lästa|fler nyheter"
    "|läs också|läs mer|mest lest|mest læste|flere nyheder|læs også|les også|luetuimmat|suosituimmat"
    "|lisää uutisia|lue myös|lue lisää|legolvasottabb|további hírek|kapcsolódó cikkek|ajánló"
    "|cele mai citite|mai multe știri|citește și|articole similare|nejčtenější|další zprávy|čtěte také"
    "|související články|najčítanejšie|ďalšie správy|najčitanije|najnovije|pročitajte još|най-четени"
    "|הכי נקראים|עוד חדשות|כתבות נוספות|پربازدیدترین|پربازدیدترین‌ها|اخبار بیشتر|مطالب مرتبط"
    "|بیشتر بخوانید|الأكثر مشاهدة|أخبار ذات صلة|ट्रेंडिंग|और खबरें|सबसे ज्यादा पढ़ी गई|อ่านมากที่สุด"
    "|ข่าวอื่นๆ|更多新闻|热点|热门|推荐阅读|相关阅读|他のニュース|関連ニュース|アクセスランキング|인기 기사"
    "|관련 기사|추천 기사|많이 본 기사",
)
# Headers of the author box that follows an article.
AUTHOR_LINES = _phrases(
    "about the author|about the authors|about the writer|author bio",
    "über den autor|über die autorin|über die autoren|zum autor|zur autorin",
    "à propos de l'auteur|à propos de l'autrice|l'auteur|l'autrice",
    "sobre el autor|sobre la autora|sobre o autor|sobre a autora|l'autore|sull'autore|sull'autrice",
    "o autorze|o autorce|об авторе|об авторах|σχετικά με τον συντάκτη|σχετικά με τη συντάκτρια",
    "tentang penulis|profil penulis|关于作者|作者简介|著者について|著者プロフィール|عن الكاتب|عن الكاتبة",
)
# "About" and a name of two or three words: an author box ("About Jane Doe", "Über Max Muster").
ABOUT_NAME_RE = regex.compile(r"(?i:about|über|sobre|à propos de|tentang)(?:\s+\p{Lu}[\p{L}.'-]*){2,3}")
ABOUT_STARTS = ("about ", "über ", "sobre ", "à propos de ", "tentang ")
SECTION_STARTS = ("more from ", "more in ", "more stories", "most read in ", "more news", "related to ")

# Headers that open a comment thread: after the article, what follows them is comments.
COMMENTS_LINES = _phrases(
    "comment|comments|responses|replies|leave a reply|leave a comment|post a comment|add a comment"
    "|join the discussion|discussion|reader comments",
    "kommentar|kommentare|kommentieren|leserkommentare",
    "commentaire|commentaires|réagir|laisser un commentaire",
    "comentario|comentarios|comentário|comentários|deja un comentario|deixe um comentário",
    "commento|commenti|lascia un commento",
    "komentarz|komentarze|dodaj komentarz",
    "комментарии|комментарий|оставить комментарий",
    "σχόλια|σχόλιο",
    "komentar|tulis komentar",
    "评论|留言|コメント|التعليقات|تعليقات|댓글",
    "yorum|yorumlar|yorum yap|bình luận|ý kiến|reacties|reactie|reageer|коментарі|коментар",
    "टिप्पणियाँ|कमेंट्स|ความคิดเห็น",
    "kommentarer|kommentit|hozzászólások|kommentek|comentarii|komentáře|komentáre|komentari|коментари"
    "|תגובות|نظرات|دیدگاه‌ها|评论区|網友評論|コメント欄|댓글 쓰기",
)
COMMENTS_STARTS = ("responses to ", "comments on ", "thoughts on ", "replies to ")
URL_STARTS = ("http://", "https://", "www.")

KEY_STARTS = COMMENTS_STARTS + SECTION_STARTS + URL_STARTS + ABOUT_STARTS
# Labels are short lines ending with a colon (or function words alone, see _labels).
MAX_LABEL_CHARS = 30
# Function words alone ("on", "by", "de") are this short; the stoplists hold longer words too.
MAX_FUNCTION_CHARS = 3
# The words that join a byline's parts ("by" a name "on" a date), which page templates keep in
# English when the page around them is translated.
TEMPLATE_WORDS = frozenset({"on", "by", "at", "in", "of", "and", "or", "the", "to", "for", "from"})
LABEL_ENDS = (":", "\N{FULLWIDTH COLON}")
LABEL_LINE_ENDS = tuple(end + "\n" for end in LABEL_ENDS)
# One lookup for every short line: its key -> its kind.
KEY_KINDS: dict[str, int] = (
    dict.fromkeys(CHROME_LINES, CHROME)
    | dict.fromkeys(SECTION_LINES, SECTION)
    | dict.fromkeys(COMMENTS_LINES, COMMENTS_HEADER)
    | dict.fromkeys(AUTHOR_LINES, AUTHOR)
)

# A copyright line ends a page: it starts with a copyright sign or the word, or reserves the
# rights. The first marks are searched in every text, the others in their language's.
COPYRIGHT_STARTS = ("\N{COPYRIGHT SIGN}", "copyright", "(c)")
RIGHTS_MARKS: dict[str, tuple[str, ...]] = {
    "any": ("\N{COPYRIGHT SIGN}", "copyright", "reserv"),
    "fr": ("réserv",),
    "it": ("riservat",),
    "nl": ("voorbehouden",),
    "tr": ("saklıdır",),
    "vi": ("bản quyền",),
    "de": ("vorbehalten",),
    "pl": ("zastrzeżone",),
    "ru": ("защищены",),
    "uk": ("захищені",),
    "el": ("δικαιώματα",),
    "id": ("hak cipta",),
    "ms": ("hak cipta",),
    "zh": ("版权", "版權"),
    "ja": ("著作権", "無断転載"),
    "ar": ("محفوظة",),
}
RIGHTS_PHRASES = (
    "rights reserved",
    "droits réservés",
    "derechos reservados",
    "direitos reservados",
    "diritti riservati",
    "rechte vorbehalten",
    "prawa zastrzeżone",
    "права защищены",
    "права захищені",
    "δικαιώματα",
    "hak cipta",
    "版权所有",
    "版權所有",
    "著作権",
    "無断転載",
    "الحقوق محفوظة",
)

# Marks of a photo credit; a line carrying one and no sentence end is a caption (lower-cased).
CREDIT_MARKS = (
    "\N{COPYRIGHT SIGN}",
    "(image:",
    "credit:",
    "(credit",
    "ap photo",
    "(ap)",
    "getty images",
    "getty -",
    "photo by ",
    "photo: ",
    "photograph: ",
    "submitted photo",
    "courtesy of ",
    "image copyright",
    "image caption",
    "[file:",
    "file photo",
    "shutterstock",
    "/afp",
    "afp/",
    "reuters/",
    "/reuters",
    "foto: ",
    "fot. ",
    "bild: ",
    "photo : ",
    "crédit photo",
    "crédits photo",
    "imagen: ",
    "imagem: ",
    "фото: ",
    "zdjęcie: ",
    "φωτογραφία: ",
    "gambar: ",
    "ilustrasi",
    "图片来源",
    "资料图",
    "写真：",
    "（写真",
    "صورة: ",
    "الصورة: ",
)
# Lines longer than this are not captions, whatever they carry.
MAX_CAPTION_CHARS = 300
# Shorter lines are menu items and labels: no caption search reads them.
MIN_CAPTION_CHARS = 12

# Words of site notices (cookies, newsletters, terms, ads, affiliate links): prose carrying them
# is less likely to be the article. Whole words in spaced languages, substrings in the others.
NOTICE_WORDS = _phrases(
    "cookie|cookies|newsletter|newsletters|subscribe|subscribed|subscribing|subscription"
    "|subscriptions|subscriber|subscribers|unsubscribe|advertisement|advertisements|advertising"
    "|advertiser|advertisers|sponsored|affiliate|affiliates|commission|trademark|trademarks"
    "|disclaimer|sign-up|signup|privacy",
    "abonnieren|abonnement|datenschutz|datenschutzerklärung|nutzungsbedingungen|werbung|anzeige",
    "abonnez-vous|abonnement|inscrivez-vous|inscription|confidentialité|publicité",
    "boletín|suscríbete|suscribirse|suscripción|privacidad|publicidad",
    "assine|assinatura|inscreva-se|privacidade|publicidade",
    "iscriviti|abbonati|abbonamento|pubblicità",
    "ciasteczka|ciasteczek|subskrypcja|subskrypcji|prywatności|regulamin|reklama|reklamy",
    "куки|рассылка|рассылку|подпишитесь|подписаться|подписка|конфиденциальности|реклама|рекламы",
    "εγγραφείτε|απορρήτου|διαφήμιση",
    "berlangganan|langganan|melanggan|privasi|iklan",
    "çerez|çerezler|bülten|abone|gizlilik|reklam",
    "nieuwsbrief|abonneren|advertentie",
    "الارتباط|النشرة|اشترك|الخصوصية|إعلان",
)
# The same words with the punctuation that follows words in running text.
NOTICE_TOKENS = frozenset(w + p for w in NOTICE_WORDS for p in ("", ".", ",", ":", ";", ")", "!", "?"))
# An address field of a newsletter form ("Your email", "Seu e-mail") has one of these.
EMAIL_MARKS = ("email", "e-mail", "courriel", "correo", "почт", "郵箱", "邮箱", "メール", "البريد")
MAX_FIELD_CHARS = 40
NOTICE_MARKS = (
    "cookie",
    "クッキー",
    "订阅",
    "隐私",
    "广告",
    "購読",
    "メルマガ",
    "プライバシー",
    "利用規約",
    "広告",
    "쿠키",
    "뉴스레터",
    "구독",
    "개인정보",
    "약관",
    "광고",
)

# Stems of the words of a site's own notices, matched at a word's start so that inflected forms
# count ("подписки", "tilauksen", "Einwilligung"): unsubscribing and consent, newsletters and
# subscriptions, inboxes, and the disclaimer's "not necessarily". Read only in the lines at the
# edges of the body's run, where such notices stand (see _edge_notices): an article mentions them
# too, and mid-article a mention costs nothing.
NOTICE_STEMS = (
    "unsubscri|opt out|opt-out|opt in|consent|abmeld|abbestell|einwillig|désabonn|désinscri|consentement"
    "|darte de baja|darse de baja|dar de baja|date de baja|consentimiento|descadastr|cancelar a inscrição"
    "|cancelar a subscrição|consentimento|disiscriv|annullare l'iscrizione|uitschrijven|afmelden"
    "|wypisać|wypisz|отпис|відпис|odhlás|odhlasi|avregistr|avsluta prenumer|afmeld|avmeld|leiratkoz"
    "|dezabon|abonelikten|hủy đăng ký|berhenti berlangganan|απεγγραφ|להסרה|הסרה מרשימת|لغو اشتراک"
    "|انصراف|إلغاء الاشتراك|अनसब्सक्राइब|odjav",
    "newsletter|subscri|abonn|abonie|suscri|subscrev|iscriviti|iscrizione alla|подписк|рассылк|розсилк"
    "|передплат|subskryp|prenumer|tilauk|tilaus|uutiskirje|feliratkoz|hírlevél|předplat|odběr novinek"
    "|abonelik|bülten|bản tin|đăng ký nhận|nieuwsbrief|nyhetsbrev|nyhedsbrev|buletin informativ"
    "|ενημερωτικό δελτίο|خبرنامه|النشرة البريدية|ניוזלטר|דיוור|न्यूज़लेटर|सदस्यता|pretplat",
    "inbox|postfach|posteingang|boîte mail|boîte de réception|bandeja de entrada|caixa de entrada"
    "|casella di posta|skrzynk|почтовый ящик|поштову скриньку|sähköpostiisi|inkorg|e-postlåda|postafiók"
    "|gelen kutu|hộp thư|תיבת הדואר|صندوق ایمیل|البريد الوارد|इनबॉक्स",
    "not necessarily|nicht unbedingt|nicht notwendigerweise|pas nécessairement|no necesariamente"
    "|não necessariamente|non necessariamente|niekoniecznie|не обязательно|не обов'язково|nu sunt neapărat"
    "|nu neapărat|nemusí nutně|nemusia nutne|inte nödvändigtvis|ikke nødvendigvis|ei välttämättä"
    "|nem feltétlenül|zorunlu olarak|không nhất thiết|niet noodzakelijk|niet per se|tidak selalu"
    "|belum tentu|δεν εκφράζουν απαραίτητα|לא בהכרח|אינן בהכרח|لزوماً|لزوما|بالضرورة|आवश्यक रूप से"
    "|जरूरी नहीं",
)
NOTICE_STEM_RE = regex.compile(
    rf"(?<!\w)(?:{'|'.join(regex.escape(p) for p in sorted(_phrases(*NOTICE_STEMS), key=len, reverse=True))})"
)
# A word's first letters, and those of each stem's longest word: a line holds a stem only if one
# of its words starts with a key (most lines hold none, and skip the pattern).
STEM_KEY = operator.itemgetter(slice(0, 5))
NOTICE_STEM_KEYS = frozenset(STEM_KEY(max(stem.split(), key=len)) for stem in _phrases(*NOTICE_STEMS))
# The same in scripts without spaces between words, found anywhere (see NOTICE_MARKS).
UNSPACED_NOTICE_MARKS = (
    "退订",
    "取消订阅",
    "不代表本",
    "配信停止",
    "登録解除",
    "必ずしも",
    "수신 거부",
    "수신을 거부",
    "구독 취소",
    "반드시",
    "ยกเลิกการรับ",
    "ยกเลิกการสมัคร",
    "จดหมายข่าว",
    "คุกกี้",
    "ไม่จำเป็นต้อง",
)
# Lines at each edge of the run read for notice stems, and how often the run is found again.
EDGE_LINES = 1
EDGE_PASSES = 3


def _alternation(*groups: str) -> str:
    """The phrases of `groups` (see :func:`_phrases`) as a regex alternation, longest first."""
    return "|".join(regex.escape(p) for p in sorted(_phrases(*groups), key=len, reverse=True))


# Words that start a share prompt ("Share this article:", "Teilen Sie diesen Artikel:") or end one
# in languages that put the verb last: a short line with one is a sharing line, whatever follows.
SHARE_STARTS = _alternation(
    "share|teilen|partagez|partager|compartir|comparte|compártelo|compartí|compartilhe"
    "|compartilhar|partilhe|partilhar|condividi|condividere|udostępnij|podziel się|поделиться|поделитесь"
    "|поділитися|поділіться|поширте|поширити|κοινοποιήστε|κοινοποίηση|μοιραστείτε|bagikan|kongsi|paylaş"
    "|paylaşın|chia sẻ|deel dit|delen|dela|del artikkelen|del artiklen|jaa|megosztás|oszd meg|ossza meg"
    "|distribuie|distribuiți|sdílet|sdílejte|zdieľať|podeli|podijeli|сподели|שתפו|שתף|שיתוף|اشتراک"
    "|به اشتراک|شارك|شاركوا|مشاركة|शेयर|साझा करें|แชร์|分享|シェア|공유",
)
SHARE_ENDS = _alternation("به اشتراک بگذارید|शेयर करें|साझा करें|paylaşın|をシェア|シェアする|공유하기|공유하세요")
# Words of readers' voices: a short header with one opens comments or letters ("What our readers
# say", "Leserstimmen", "Ý kiến bạn đọc"), no part of the article above it.
READER_WORDS = _alternation(
    "reader|readers|leser|lecteur|lecteurs|lectrices|lector|lectores|leitor|leitores|lettori|lettore"
    "|czytelni|читател|читач|αναγνώστ|pembaca|okur|okuyucu|bạn đọc|độc giả|lezer|lezers|läsar|läsare"
    "|lukij|olvasó|cititor|cititori|čtenář|čitateľ|čitatelj|читатели|קוראים|خوانندگان"
    "|خواننده|القراء|पाठक|독자",
)
# The same in scripts without spaces between words, found anywhere in the line.
READER_MARKS = _alternation("ผู้อ่าน|读者|読者|網友|网友")
# One search of a page's short lines finds both.
SHORT_LINE_RE = regex.compile(
    rf"(?m)(?P<share>^(?:{SHARE_STARTS})(?!\w)|(?:{SHARE_ENDS})[:\s]*$)"
    rf"|(?P<reader>(?<!\w)(?:{READER_WORDS})|{READER_MARKS})"
)
# Short lines this long or less are searched; more words than this make a sentence, no prompt.
MAX_PROMPT_CHARS = 40
MAX_PROMPT_SPACES = 5

# --- How lines score -------------------------------------------------------------------------------

# Scores are in characters of prose: a short line costs as much as 40 characters of text, a
# navigation line 60, a section header 150; a comments header or copyright line ends the body.
PROSE_COST = 10.0
NEUTRAL_COST = 40.0
CHROME_COST = 60.0
SECTION_COST = 150.0
END_COST = 1000.0
KIND_SCORES = {
    LINK: -CHROME_COST,
    REPEATED: -CHROME_COST,
    CHROME: -CHROME_COST,
    SECTION: -SECTION_COST,
    COMMENTS_HEADER: -END_COST,
    AUTHOR: -END_COST,
    COPYRIGHT: -END_COST,
    LABEL: -CHROME_COST,
    CAPTION: -PROSE_COST,
}
NO_END_FACTOR = 0.5
NOTICE_FACTOR = 0.2
ALONE_FACTOR = 0.2
# Prose quality (stopword density over the page's typical density) from which a line with a
# sentence end pays only PROSE_COST.
GOOD_QUALITY = 0.5
# Without a stoplist (or without stopwords in the page's long lines), prose quality is this.
NO_STOPLIST_QUALITY = 0.7
# Lines longer than this (in weighted characters) tell the page's typical stopword density.
LONG_LINE = 100.0
# A line counts as prose for its neighbours from this score on.
PROSE_SCORE = 20.0
# A question this long (weighted characters) is a paragraph's neighbour too: the short questions
# of an interview keep its answers from standing alone. (Any short sentence would also keep the
# promotions a page puts between paragraphs: "NOW ON YOUTUBE!".)
NEIGHBOUR_CHARS = 15.0
# After this much prose, a comments header or a copyright line ends the body.
PROSE_BEFORE_END = 300.0
# A copyright line this close after navigation lines makes the lines between them a footer.
FOOTER_REACH = 8
# The page test: this many chrome lines, or a run of this many menu-like lines.
PAGE_CHROME = 2
PAGE_MENU_RUN = 6
# A body must score at least this (about two paragraphs); below it the article is a list or a table.
MIN_BODY_SCORE = 200.0
# From this score, the run of such a page's paragraphs and list items anchors its body (its
# paragraphs, of a sentence or two, frame a list or a table); below it, the article is all list.
LIST_RUN_SCORE = 50.0
# Without lists to carry the run, from this score a shorter run anchors the body and reaches over
# the plain lines around it (see _reach); below it, only navigation and menu runs go.
LIST_ANCHOR_SCORE = 100.0
# What a list item weighs on such a page: enough to carry the run over a table to the paragraph
# after it, not enough to make a menu of numbered lines a body.
LIST_ITEM_SCORE = 1.0
# Lines between two items of one list at most ("no service on Saturdays").
MAX_ITEM_GAP = 1
# Runs of this many list items (a bullet or a number each) cost as little as prose lines.
LIST_ITEMS = 3
# On such pages, runs of this many menu-like lines are dropped.
LIST_PAGE_MENU_RUN = 3


@dataclass(frozen=True, slots=True)
class _Page:
    """The non-blank lines of a text and what scoring needs to know about each."""

    index: list[int]  # position of each line in the input
    kind: list[int]
    size: list[float]  # length, weighted for the script
    ends: list[bool]  # ends a sentence
    menu_like: list[bool]  # short, no digits, no sentence end: a menu item
    density: list[float] = field(default_factory=list)  # stopword share of its first words (long lines only)
    notice: list[bool] = field(default_factory=list)  # has site-notice words (long lines only)
    listed: frozenset[int] = frozenset()  # in a run of list or table items (a bullet or a number each)
    stamps: frozenset[int] = frozenset()  # a time alone on its line ("16:40"), as in a live blog
    questions: frozenset[int] = frozenset()  # a short line ending with a question mark


def find_body(lines: Sequence[str], language: str | None = None) -> list[Verdict]:
    """A verdict for every input line: keep the article's lines, drop the rest with a reason.

    `lines` is the text as stored, one element a line (blank lines are kept: they mark paragraph
    breaks); `language` is its ISO 639-1 code, detected from the text when None. A text without
    site chrome is the article itself and comes back whole.
    """
    texts = list(map(str.strip, lines))
    joined = "\n".join(texts)
    if any(char in joined for char in INVISIBLE):  # rare: a scan of the text spares most a second strip a line
        texts = [text.strip(INVISIBLE) for text in texts]
    if language is None:
        language = lang.detect("\n".join(texts))
    page, lows = _describe(texts, language)
    chrome = sum(kind in PAGE_KINDS for kind in page.kind)
    if chrome < PAGE_CHROME and (LABEL in page.kind or REPEATED in page.kind):
        chrome += _edge_labels(page)
    if chrome < PAGE_CHROME and _longest_run(page.menu_like) < PAGE_MENU_RUN:
        return [KEEP] * len(lines)
    page = _read_prose(page, lows, language)
    page, run = _prompts(page, lows, _run(page))
    if chrome < PAGE_CHROME:
        # Only runs of short lines made this look like a page: with no paragraphs to go by, they
        # are the article's list; with paragraphs, the list may still reach to the text's edges.
        if run.best < MIN_BODY_SCORE:
            return [KEEP] * len(lines)
        start, end = _widen(page, run.start, run.end)
    elif run.best < MIN_BODY_SCORE:
        listed = _list_run(page, lows, run)
        if listed.best >= LIST_RUN_SCORE and listed.best > run.best:
            # Its lists carry the run: the article is paragraphs framing lists or tables.
            start, end = _adjoining_sentences(page, listed.scores, listed.start, listed.end)
        elif run.best < LIST_ANCHOR_SCORE:
            return _list_page(page, len(lines))
        else:
            # No lists to go by: prose the scores read poorly (lines hard-wrapped short) reaches
            # over the plain lines around it.
            start, end = _reach(page, run.scores, run.start, run.end)
    else:
        page, run = _edge_notices(page, lows, language, run)
        start, end = _adjoining_sentences(page, run.scores, run.start, run.end)
        end = _introduced_list(page, lows, end)
    return _verdicts(page, len(lines), range(start, end), _comment_section(page, run.end_at))


@dataclass(frozen=True, slots=True)
class _Run:
    """The run of lines with the highest total score: ``[start, end)``, the total, the scores it
    was found with, and the line from which nothing is body."""

    start: int
    end: int
    best: float
    scores: list[float]
    end_at: int
    # The page's scores with lone paragraphs discounted, as `_scores(page)` gives them, kept for
    # `_list_run` (a page of many short lines would otherwise be scored a third time).
    discounted: tuple[list[float], int] | None = None


def _run(page: _Page) -> _Run:
    """The body's run; a page with no run of paragraphs is scored again without the discount of
    lone paragraphs, in case its article is one paragraph, long enough to stand alone."""
    base = _base_scores(page)
    scores, end_at = _scores(page, base=base)
    run = _Run(*_best_run(scores), scores, end_at)
    if run.best >= MIN_BODY_SCORE:
        return run
    discounted = (scores.copy(), end_at)
    run = replace(run, discounted=discounted)
    scores, end_at = _scores(page, lone=False, base=base)
    if max(scores, default=0.0) < MIN_BODY_SCORE:
        return run
    return _Run(*_best_run(scores), scores, end_at, discounted)


def _verdicts(page: _Page, n: int, body: range | set[int], comments: range) -> list[Verdict]:
    """Every input line's verdict: the body's lines kept (but its captions), the rest dropped."""
    verdicts = [KEEP] * n
    index, kind = page.index, page.kind
    if isinstance(body, range):  # the lines around it are slices, not a test a line
        outside = [*index[: body.start], *index[body.stop :]]
    else:
        outside = [i for k, i in enumerate(index) if k not in body]
    for i in outside:
        verdicts[i] = OUTSIDE
    if CAPTION in kind:
        for k in body:
            if kind[k] == CAPTION:
                verdicts[index[k]] = CAPTIONED
    for k in comments:
        verdicts[index[k]] = COMMENTS
    return verdicts


def _describe(texts: list[str], language: str | None) -> tuple[_Page, list[str]]:
    """What the page test needs to know about the non-blank lines, and their lower-cased starts."""
    index = list(itertools.compress(range(len(texts)), texts))
    lines = list(filter(None, texts))
    counts = Counter(lines)
    if 2 * len(counts) > len(lines):
        lows, *described = _described(lines, counts, language)
        return _Page(index, *described), lows
    # A long text of short lines repeats most of them (a list's words, menu items, labels): what
    # is known of a line depends on the line alone, so each distinct line is described once.
    at = dict(zip(counts, itertools.count()))
    positions = [at[line] for line in lines]
    lows, kind, size, ends, menu_like = (
        [values[j] for j in positions] for values in _described(list(counts), counts, language)
    )
    return _Page(index, kind, size, ends, menu_like), lows


def _described(
    lines: list[str], counts: Counter[str], language: str | None
) -> tuple[list[str], list[int], list[float], list[bool], list[bool]]:
    """The lower-cased start, kind, size, sentence end and menu look of each line (`counts`: the
    page's lines counted, for the lines it repeats)."""
    # Lower-cased starts of the lines: all that lookups, stopwords and notices need to read.
    lows = [line[:READ_LIMIT].lower() for line in lines]
    factor = LENGTH_FACTOR.get(language or "", 1.0)
    size = [len(line) * factor for line in lines]
    ends = [line.rstrip(CLOSERS).endswith(SENTENCE_ENDS) for line in lines]
    if language in UNPUNCTUATED:  # a paragraph's length is all that tells it from a title
        ends = [e or s >= UNPUNCTUATED_PARAGRAPH for e, s in zip(ends, size, strict=True)]
    menu_like = [
        len(line) < 30
        and line.count(" ") < 3
        and not e
        and not line.endswith(":")
        and not (ASCII_DIGIT_RE if line.isascii() else DIGIT_RE).search(line)
        for line, e in zip(lines, ends, strict=True)
    ]
    # One search of the text finds the copyright lines and the lines ending with a colon.
    marks = RIGHTS_MARKS["any"] + RIGHTS_MARKS.get(language or "", ()) + LABEL_LINE_ENDS
    found = _lines_with(lows, marks, end="\n")
    kind = _kinds(lines, lows, _copyright_lines(lows, found), counts)
    _labels(lines, lows, kind, found, _function_words(language))
    return lows, kind, size, ends, menu_like


def _read_prose(page: _Page, lows: list[str], language: str | None) -> _Page:
    """The page with its long lines read for stopwords and notices, its list items and captions
    found: only a page is scored, and most texts are their article alone."""
    density, notice = _read(lows, [k for k, s in enumerate(page.size) if s >= READ_CHARS], language)
    kind, menu_like = page.kind, page.menu_like
    fields = [
        k for k, (kd, size) in enumerate(zip(kind, page.size, strict=True)) if kd == NEUTRAL and size <= MAX_FIELD_CHARS
    ]
    for j in _lines_with([lows[k] for k in fields], EMAIL_MARKS):
        # A paragraph right above an address field ("Your email") asks for the address.
        if fields[j] > 0:
            notice[fields[j] - 1] = True
    # Lines that may be list items or captions: plain, and no menu items.
    plain = [k for k, kd in enumerate(kind) if kd == NEUTRAL and not menu_like[k]]
    return replace(
        page,
        kind=_captions(page, lows, plain, language),
        density=density,
        notice=notice,
        listed=_list_items(page, lows, plain),
        stamps=frozenset(k for k in plain if page.size[k] <= MAX_STAMP_CHARS and TIME_RE.fullmatch(lows[k])),
        questions=frozenset(
            k
            for k in plain
            if page.ends[k] and page.size[k] < READ_CHARS and lows[k].rstrip(CLOSERS).endswith(QUESTION_ENDS)
        ),
    )


def _prompts(page: _Page, lows: list[str], run: _Run) -> tuple[_Page, _Run]:
    """The page and its run once the plain short lines inside the run have been searched for share
    prompts ("Teilen Sie diesen Artikel:", chrome) and headers of readers' voices ("Läsarnas
    röster", section headers), and the run found again if there were any. Outside the run such
    lines are left out already; inside it, they part the article from what follows."""
    kind, ends = page.kind, page.ends
    short = [
        k for k in range(run.start, run.end) if kind[k] == NEUTRAL and len(lows[k]) <= MAX_PROMPT_CHARS and not ends[k]
    ]
    found = _lines_matching([lows[k] for k in short], SHORT_LINE_RE)
    if not found:
        return page, run
    kind = kind.copy()
    for j, match in found:
        if lows[short[j]].count(" ") <= MAX_PROMPT_SPACES:
            kind[short[j]] = CHROME if match.group("share") else SECTION
    page = replace(page, kind=kind)
    return page, _run(page)


def _lines_matching(lows: list[str], pattern: regex.Pattern[str]) -> list[tuple[int, regex.Match[str]]]:
    """The lines in which `pattern` matches (searched in the joined lines at once), with the match."""
    joined = "\n".join(lows)
    line_of = _line_finder(lows, joined, len(lows) - 1)
    return [(line_of(match.start()), match) for match in pattern.finditer(joined)]


def _list_items(page: _Page, lows: list[str], plain: list[int]) -> frozenset[int]:
    """The lines of lists and tables: runs of plain lines with no sentence among them, mostly
    items (a bullet or a number each, and more than a menu item's few words), three items at
    least. A line ending with a colon starts a list ("Line 410 (station to hospital):"), so a run
    is parted before it; a line without a number between items ("no service on Saturdays") is
    the list's own, one after the last item is not. `plain`: plain lines, no menu items."""
    ends, size = page.ends, page.size
    items = [
        k
        for k in plain
        if not (ends[k] and size[k] >= READ_CHARS) and (lows[k][:1] in BULLETS or DIGIT_RE.search(lows[k]))
    ]
    if len(items) < LIST_ITEMS:
        return frozenset()
    listed: list[int] = []
    group = [items[0]]
    for k in items[1:]:
        # The next line, or one line past the group's last item: whether it goes on the list.
        if k - group[-1] > MAX_ITEM_GAP + 1 or lows[k].endswith(LABEL_ENDS) or not _joined(page, lows, group[-1], k):
            if len(group) >= LIST_ITEMS:
                listed.extend(_list_of(page, lows, group))
            group = []
        group.append(k)
    if len(group) >= LIST_ITEMS:
        listed.extend(_list_of(page, lows, group))
    return frozenset(listed)


def _joined(page: _Page, lows: list[str], item: int, after: int) -> bool:
    """Whether the lines between two items are the list's own: plain, no sentence, no label."""
    return all(
        page.kind[k] == NEUTRAL
        and not (page.ends[k] and page.size[k] >= READ_CHARS)
        and not lows[k].endswith(LABEL_ENDS)
        for k in range(item + 1, after)
    )


def _list_of(page: _Page, lows: list[str], items: list[int]) -> range:
    """The lines of a list with these items (from the label introducing it), if they make one."""
    lines = range(items[0], items[-1] + 1)
    if len(items) < LIST_ITEMS or 2 * len(items) < len(lines):
        return range(0)
    label = items[0] - 1
    if label >= 0 and lows[label].endswith(LABEL_ENDS) and page.kind[label] in (NEUTRAL, LABEL):
        return range(label, items[-1] + 1)
    return lines


def _captions(page: _Page, lows: list[str], plain: list[int], language: str | None) -> list[int]:
    """The line kinds with captions marked: plain lines of caption length, no sentence end, and
    a credit mark (searched in those lines only: most of a page is ruled out before the search)."""
    longest = MAX_CAPTION_CHARS * LENGTH_FACTOR.get(language or "", 1.0)
    kind, ends, size = page.kind, page.ends, page.size
    candidates = [k for k in plain if not ends[k] and MIN_CAPTION_CHARS <= size[k] <= longest]
    found = _lines_with([lows[k] for k in candidates], CREDIT_MARKS)
    if not found:
        return kind
    kind = kind.copy()
    for j in found:
        kind[candidates[j]] = CAPTION
    return kind


# The first characters of KEY_STARTS: most keys are ruled out by their first character.
KEY_START_CHARS = frozenset(start[0] for start in KEY_STARTS)


def _kinds(lines: list[str], lows: list[str], copyright: set[int], counts: Counter[str]) -> list[int]:
    keys = [low.strip(KEY_STRIP) if len(low) <= MAX_KEY_CHARS else "" for low in lows]
    kind = [KEY_KINDS.get(key, NEUTRAL) for key in keys]
    for k in [k for k, key in enumerate(keys) if key[:1] in KEY_START_CHARS and key.startswith(KEY_STARTS)]:
        if kind[k] == NEUTRAL:
            kind[k] = _kind_by_start(keys[k], lines[k])
    repeated = {line for line, n in counts.items() if n > 1 and " " in line}
    if repeated:
        for k in [k for k, line in enumerate(lines) if line in repeated]:
            if kind[k] == NEUTRAL:
                kind[k] = REPEATED
    for k in copyright:
        kind[k] = COPYRIGHT
    return kind


def _kind_by_start(key: str, line: str) -> int:
    if key.startswith(COMMENTS_STARTS):
        return COMMENTS_HEADER
    if key.startswith(SECTION_STARTS):
        return SECTION
    if key.startswith(URL_STARTS):
        return LINK
    # "About" and a name: an author box.
    return AUTHOR if ABOUT_NAME_RE.fullmatch(line.strip(KEY_STRIP)) else NEUTRAL


@functools.cache
def _function_words(language: str | None) -> frozenset[str]:
    """The language's stopwords and the template words (a set once a process, not a page)."""
    return (lang.stopwords(language) if language else frozenset()) | TEMPLATE_WORDS


def _labels(lines: list[str], lows: list[str], kind: list[int], found: set[int], words: frozenset[str]) -> None:
    """Mark the labels among the plain short lines: a word or three before a colon ("Share:",
    "Tags:"), or function words alone ("on", "by": a byline or a date whose name was lost).
    `found`: lines that may end with a colon (and others); `words`: the function words."""
    for k in found:
        low = lows[k]
        if kind[k] == NEUTRAL and len(low) <= MAX_LABEL_CHARS and low.endswith(LABEL_ENDS) and low.count(" ") < 3:
            kind[k] = LABEL
    for k in [k for k, low in enumerate(lows) if len(low) <= MAX_FUNCTION_CHARS]:
        if kind[k] == NEUTRAL and not lines[k].isupper():
            if words.issuperset(lows[k].split()):
                kind[k] = LABEL


def _edge_labels(page: _Page) -> int:
    """Site chrome at a text's edges that is no chrome elsewhere: labels ("Share:", "on") and a
    title given twice before the first paragraph (a header block), labels after the last one (a
    footer). Labels between paragraphs are the article's own ("Photo:"), and so are the repeated
    lines of its lists."""
    paragraphs = [k for k, (size, e) in enumerate(zip(page.size, page.ends, strict=True)) if e and size >= READ_CHARS]
    if not paragraphs:  # no article to have a header block: short lines alone are kept whole
        return 0
    first, last = paragraphs[0], paragraphs[-1]
    head = sum(kind in EDGE_KINDS for kind in page.kind[:first])
    return head + sum(kind == LABEL for kind in page.kind[last + 1 :])


def _read(lows: list[str], long: list[int], language: str | None) -> tuple[list[float], list[bool]]:
    """For the long lines: the stopword share of their first words (characters, when unspaced),
    and whether they have site-notice words."""
    density = [0.0] * len(lows)
    notice = [False] * len(lows)
    stop = lang.stopwords(language) if language else frozenset()
    if language in UNSPACED:
        for k in long:
            head = lows[k][:DENSITY_CHARS]
            density[k] = sum(map(stop.__contains__, head)) / len(head)
            notice[k] = _has_any(lows[k], NOTICE_MARKS)
        return density, notice
    words = [lows[k].split() for k in long]
    if stop:
        heads = [w[:DENSITY_WORDS] for w in words]
        for k, head in zip(long, heads, strict=True):
            density[k] = sum(map(stop.__contains__, head)) / len(head)
    for k, w in zip(long, words, strict=True):
        notice[k] = not NOTICE_TOKENS.isdisjoint(w)
    return density, notice


def _copyright_lines(lows: list[str], found: set[int]) -> set[int]:
    """Of the lines `found` with a rights mark, those reserving rights, and those starting with a
    copyright sign or word that give a year or are short: a longer one is a photo's caption."""
    return {
        k
        for k in found
        if _has_any(lows[k], RIGHTS_PHRASES)
        or (lows[k].startswith(COPYRIGHT_STARTS) and (len(lows[k]) <= MAX_KEY_CHARS or DIGIT_RE.search(lows[k])))
    }


def _lines_with(lows: list[str], marks: Iterable[str], end: str = "") -> set[int]:
    """Indices of the lines containing any of `marks`, found by searching the joined text (with
    `end` after its last line: ``end="\\n"`` and marks ending with it find line ends)."""
    joined = "\n".join([*lows, ""]) if end == "\n" else "\n".join(lows) + end
    line_of = _line_finder(lows, joined, len(lows) - 1 + end.count("\n"))
    found: set[int] = set()
    for mark in marks:
        at = joined.find(mark)
        while at >= 0:
            found.add(line_of(at))
            at = joined.find(mark, at + 1)
    return found


def _line_finder(lows: list[str], joined: str, breaks: int) -> Callable[[int], int]:
    """The line of a position in `joined` (the lines joined, `breaks` line breaks put between and
    after them): the line breaks before it, counted on from the last position asked (no table of
    line starts for a page of many lines and few hits), or from the lines' lengths when a line
    holds a break of its own."""
    if joined.count("\n") != breaks:
        starts = list(itertools.accumulate([len(low) + 1 for low in lows], initial=0))
        return lambda at: bisect.bisect_right(starts, at) - 1
    line = before = 0

    def line_of(at: int) -> int:
        nonlocal line, before
        if at < before:
            line, before = 0, 0
        line += joined.count("\n", before, at)
        before = at
        return line

    return line_of


def _has_any(text: str, marks: Iterable[str]) -> bool:
    return any(mark in text for mark in marks)


# --- Scoring and the body --------------------------------------------------------------------------


def _scores(page: _Page, lone: bool = True, base: list[float] | None = None) -> tuple[list[float], int]:
    """Every line's score, and the line from which nothing is body (len(lines) when none).
    `lone`: discount paragraphs that stand alone (see :func:`_discount_lone_prose`); `base`: the
    page's `_base_scores`, if worked out already."""
    scores = _base_scores(page) if base is None else base.copy()
    if lone:
        _discount_lone_prose(page, scores)
    if COPYRIGHT in page.kind:
        _discount_footer(page, scores)
    end_at = _body_end(page, scores) if any(kind in page.kind for kind in END_KINDS) else len(scores)
    floor = -NEUTRAL_COST
    scores[end_at:] = [s if s <= floor else floor for s in scores[end_at:]]  # min() without a call a line
    return scores, end_at


def _base_scores(page: _Page) -> list[float]:
    """Every line's score by its kind, or as prose, before the discounts of `_scores`."""
    typical = _typical_density(page)
    scores = [KIND_SCORES.get(kind, -NEUTRAL_COST) for kind in page.kind]
    # Short lines have no density (they score as non-prose) unless the page has no stoplist.
    read = READ_CHARS if typical > 0 else 0.0
    size, density, ends, notice = page.size, page.density, page.ends, page.notice
    prose = [k for k, (s, kind) in enumerate(zip(size, page.kind, strict=True)) if s >= read and kind == NEUTRAL]
    if typical > 0:
        for k in prose:
            quality, cost = _prose_quality(density[k], ends[k], notice[k], typical)
            scores[k] = size[k] * quality - cost
    else:  # every line is then of one of four qualities, each worked out once (lists run long)
        qualities = {(e, n): _prose_quality(0.0, e, n, typical) for e in (False, True) for n in (False, True)}
        for k in prose:
            quality, cost = qualities[ends[k], notice[k]]
            scores[k] = size[k] * quality - cost
    for k in page.listed:  # an article's timetable, results or tour dates cost what prose lines do
        scores[k] = max(scores[k], -PROSE_COST)
    return scores


def _typical_density(page: _Page) -> float:
    """Median stopword density of the page's long lines: what prose looks like on this page."""
    long = sorted(d for d, s in zip(page.density, page.size, strict=True) if s > LONG_LINE)
    return long[len(long) // 2] if long else 0.0


def _prose_quality(density: float, ends: bool, notice: bool, typical: float) -> tuple[float, float]:
    """What a line read as prose scores: its length times the quality, less the cost."""
    quality = min(1.0, density / typical) if typical > 0 else NO_STOPLIST_QUALITY
    if not ends:
        quality *= NO_END_FACTOR
    if notice:
        quality *= NOTICE_FACTOR
    cost = PROSE_COST if ends and quality >= GOOD_QUALITY else NEUTRAL_COST
    return quality, cost


def _discount_lone_prose(page: _Page, scores: list[float]) -> None:
    """A paragraph with no sentence next to it is more likely a teaser in a list of stories.

    A neighbour counts when it scores as prose, is a whole sentence of some length (a paragraph
    with few stopwords is still no headline, an interview's question is no teaser's title) or an
    item of a list (a paragraph introducing it).
    """
    kind, ends, size, notice, listed = page.kind, page.ends, page.size, page.notice, page.listed
    stamps = page.stamps
    questions = page.questions

    def sentence(k: int) -> bool:
        if scores[k] > PROSE_SCORE or k in listed or k + 1 in listed:  # an item, or what introduces a list
            return True
        if k in stamps:  # a live blog's entries each follow their time
            return True
        if kind[k] != NEUTRAL or not ends[k] or notice[k]:
            return False
        return size[k] >= READ_CHARS or (size[k] >= NEIGHBOUR_CHARS and k in questions)

    # Captions stand between paragraphs without parting them: neighbours are looked for past them.
    lines = [k for k, kd in enumerate(kind) if kd != CAPTION] if CAPTION in kind else range(len(scores))
    last = len(lines) - 1
    alone = [
        k
        for j, k in enumerate(lines)
        if scores[k] > PROSE_SCORE
        and not (j > 0 and sentence(lines[j - 1]))
        and not (j < last and sentence(lines[j + 1]))
    ]
    for k in alone:  # discounted after all are found: a discount makes no neighbour lone
        scores[k] *= ALONE_FACTOR


def _positions(values: list[int], value: int) -> Iterator[int]:
    """Where `value` stands in `values`, in order (found by C-level scans: pages of short lines are long)."""
    at = -1
    with contextlib.suppress(ValueError):
        while True:
            at = values.index(value, at + 1)
            yield at


def _discount_footer(page: _Page, scores: list[float]) -> None:
    """Prose between navigation lines and a copyright line just below them is the site's footer
    notice (a disclaimer, an "about us"), unless it holds half the page's prose or more."""
    total = None  # the page's prose, worked out when first needed (before any score changes)
    for k in _positions(page.kind, COPYRIGHT):
        for j in range(k - 1, max(k - FOOTER_REACH, 0) - 1, -1):
            if page.kind[j] in (CHROME, SECTION, LINK):
                footer = range(j + 1, k)
                if total is None:
                    total = sum([s if s >= 0.0 else 0.0 for s in scores])
                if 2 * sum(max(scores[m], 0.0) for m in footer) < total:
                    for m in footer:
                        scores[m] = min(scores[m], -NEUTRAL_COST)
                break


def _body_end(page: _Page, scores: list[float]) -> int:
    """The first comments header, author box or copyright line after the article's prose, else
    len(lines).

    A copyright line with more prose after it than before is a photo credit in the article (or a
    notice above it): it ends nothing and costs what a navigation line costs.
    """
    ends = sorted(k for kind in END_KINDS for k in _positions(page.kind, kind))
    if not ends:
        return len(scores)
    prose = list(itertools.accumulate([s if s >= 0.0 else 0.0 for s in scores]))
    total = prose[-1]
    for k in ends:
        before = prose[k - 1] if k > 0 else 0.0
        if page.kind[k] == COPYRIGHT and total - prose[k] > before:
            scores[k] = -CHROME_COST
        elif before >= PROSE_BEFORE_END:
            return k
    return len(scores)


def _comment_section(page: _Page, end_at: int) -> range:
    """From a comments header ending the body to the thread's last line of text (empty if none)."""
    if end_at >= len(page.kind) or page.kind[end_at] != COMMENTS_HEADER:
        return range(0)
    # The long lines are picked at C level first: after a page's comments header, most are short.
    long = itertools.compress(range(end_at, len(page.kind)), map(float(READ_CHARS).__le__, page.size[end_at:]))
    texts = [k for k in long if page.kind[k] == NEUTRAL]
    return range(end_at, texts[-1] + 1 if texts else end_at + 1)


def _best_run(scores: list[float]) -> tuple[int, int, float]:
    """The ``[start, end)`` run of lines with the highest total score, and that total."""
    best, best_run = 0.0, (0, 0)
    n, k = len(scores), 0
    # A run starts only at a line that scores above zero: between runs nothing changes, so the
    # lines scoring nothing or less there are passed over (most lines of a page of short lines).
    for start in itertools.compress(range(n), map((0.0).__lt__, scores)):
        if start < k:  # inside the last run
            continue
        total, k = 0.0, start
        while k < n:
            total += scores[k]
            k += 1
            if total > best:
                best, best_run = total, (start, k)
            elif total <= 0:
                break
    return best_run[0], best_run[1], best


def _widen(page: _Page, start: int, end: int) -> tuple[int, int]:
    """A page found by its menu runs alone keeps its edges when no chrome lies beyond them: a long
    list of short items in an article looks like a menu, and the article has no navigation. An
    article opens with text, though: a menu run before its first paragraph is the site's."""
    if not any(kind in PAGE_KINDS for kind in page.kind[end:]):
        end = len(page.kind)
    if (
        not any(kind in PAGE_KINDS for kind in page.kind[:start])
        and _longest_run(page.menu_like[:start]) < PAGE_MENU_RUN
    ):
        start = 0
    return start, end


def _reach(page: _Page, scores: list[float], start: int, end: int) -> tuple[int, int]:
    """A run too short to be a whole article, with no lists to carry it (prose hard-wrapped into
    short lines, or a few paragraphs), reaches over the plain lines on both sides, up to site
    chrome or a run of menu lines; of the lines before its first paragraph, only those after it
    stay (a title block is no article)."""
    stops = _stops(page)
    while end < len(stops) and not stops[end]:
        end += 1
    first = start
    while start > 0 and not stops[start - 1]:
        start -= 1
        if scores[start] > PROSE_SCORE:
            first = start
    return first, end


def _adjoining_sentences(page: _Page, scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The run with the sentences right next to it: a paragraph with few stopwords (a short one, or
    one in a script whose stoplist is thin) costs a little but goes on with the article."""

    def sentence(k: int) -> bool:
        return page.kind[k] == NEUTRAL and page.ends[k] and page.size[k] >= READ_CHARS and not page.notice[k]

    while end < len(scores) and sentence(end) and scores[end] > -NEUTRAL_COST:
        end += 1
    while start > 0 and sentence(start - 1) and scores[start - 1] > -NEUTRAL_COST:
        start -= 1
    return start, end


def _introduced_list(page: _Page, lows: list[str], end: int) -> int:
    """The run's end, past a list of items that its last line (or the line after it) introduces
    with a colon: the tour dates or results an article ends with cost lines but are its own."""
    at = end
    if at < len(lows) and lows[at].endswith(LABEL_ENDS) and page.kind[at] in (NEUTRAL, LABEL):
        at += 1
    elif not (at > 0 and lows[at - 1].endswith(LABEL_ENDS)):
        return end
    items = at
    while items in page.listed:
        items += 1
    return items if items > at else end


def _edge_notices(page: _Page, lows: list[str], language: str | None, run: _Run) -> tuple[_Page, _Run]:
    """The page and its run once the paragraphs at the run's edges have been read for the stems of
    site notices: a consent notice above the article ("You can unsubscribe at any time"), a
    newsletter blurb or a disclaimer below it. Found ones are notices, and the run is found again
    (a few times at most: a notice may hide another behind it)."""
    for _ in range(EDGE_PASSES):
        edges = {
            *range(run.start, min(run.start + EDGE_LINES, run.end)),
            *range(max(run.end - EDGE_LINES, run.start), run.end),
        }
        found = [
            k
            for k in sorted(edges)
            if page.size[k] >= READ_CHARS and not page.notice[k] and _is_notice(lows[k], language)
        ]
        if not found:
            break
        notice = page.notice.copy()
        for k in found:
            notice[k] = True
        page = replace(page, notice=notice)
        run = _run(page)
    return page, run


def _is_notice(low: str, language: str | None) -> bool:
    if language in UNSPACED:
        return _has_any(low, UNSPACED_NOTICE_MARKS)
    # The stems' first letters rule out most lines before the pattern (hundreds of stems) is tried.
    if NOTICE_STEM_KEYS.isdisjoint(map(STEM_KEY, low.split())):
        return False
    return NOTICE_STEM_RE.search(low) is not None


def _list_run(page: _Page, lows: list[str], run: _Run) -> _Run:
    """The body's run on a page whose article is mostly a list or a table, framed by short
    paragraphs (one sentence each, often): its list items weigh a
    little and the lines introducing them ("Results:") nothing, so the run spans the paragraphs and
    lists of the article but stops at the title block, teasers and menus around it. `run` is the
    page's run as `_run` found it."""
    scores, end_at = (run.discounted[0].copy(), run.discounted[1]) if run.discounted else _scores(page)
    for k in page.listed:
        if k < end_at:
            scores[k] = max(scores[k], LIST_ITEM_SCORE)
    for k in [k for k in range(min(end_at, len(lows)) - 1) if k + 1 in page.listed]:
        if lows[k].endswith(LABEL_ENDS) and page.kind[k] in (NEUTRAL, LABEL):
            scores[k] = max(scores[k], 0.0)
    return _Run(*_best_run(scores), scores, end_at)


def _list_page(page: _Page, n: int) -> list[Verdict]:
    """No paragraphs to anchor the body (a table, a list): keep all but chrome and menu runs."""
    outside = _stops(page)
    return _verdicts(page, n, {k for k, stop in enumerate(outside) if not stop}, range(0))


def _stops(page: _Page) -> list[bool]:
    """The lines that are no part of an article that is mostly a list: site chrome and runs of
    menu lines. Captions, and labels that introduce a list ("Standings:"), are the article's own."""
    kind, listed = page.kind, page.listed
    stops = [kd not in REACHED_KINDS for kd in kind]
    for k in [k for k, kd in enumerate(kind) if kd == LABEL]:
        stops[k] = k + 1 not in listed
    start = 0  # (runs found by their lengths, and set by slices: a list page is long)
    for key, run in itertools.groupby(page.menu_like):
        size = len(list(run))
        if key and size >= LIST_PAGE_MENU_RUN:
            stops[start : start + size] = [True] * size
        start += size
    return stops


def _longest_run(flags: list[bool]) -> int:
    return max((len(list(g)) for key, g in itertools.groupby(flags) if key), default=0)
