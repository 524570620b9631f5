# ruff: noqa: RUF001 -- multilingual test text is full of letters that look like Latin ones
"""Language detection: original sentences in many languages, and the promises of `detect`."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import lang

# Two sentences of plain news prose per language (written for these tests).
NEWS = {
    "id": "Pemerintah daerah akan membangun jembatan baru di atas sungai itu tahun depan. Menurut kepala "
    "dinas, proyek tersebut sudah lama ditunggu oleh warga karena jalan lama sering banjir.",
    "ms": "Kerajaan negeri akan membina jambatan baharu di atas sungai itu pada tahun hadapan. Menurut "
    "ketua jabatan, projek tersebut telah lama dinantikan oleh penduduk kerana jalan lama sering "
    "dilanda banjir.",
    "en": "The city council voted on Tuesday to close the old market and build a library in its place. "
    "Several residents said they were worried about the cost of the project.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, den alten Markt zu schließen und an seiner Stelle "
    "eine Bibliothek zu bauen. Einige Anwohner sagten, sie seien über die Kosten besorgt.",
    "fr": "Le conseil municipal a décidé mardi de fermer l'ancien marché pour construire une "
    "bibliothèque à sa place. Plusieurs habitants se sont dits inquiets du coût du projet.",
    "es": "El ayuntamiento decidió el martes cerrar el viejo mercado y construir una biblioteca en su "
    "lugar. Varios vecinos dijeron que les preocupa el costo de la obra.",
    "pt": "A câmara municipal decidiu na terça-feira fechar o antigo mercado e construir uma biblioteca "
    "no seu lugar. Vários moradores disseram que estão preocupados com o custo da obra.",
    "it": "Il consiglio comunale ha deciso martedì di chiudere il vecchio mercato e di costruire al suo "
    "posto una biblioteca. Alcuni residenti hanno detto di essere preoccupati per i costi.",
    "nl": "De gemeenteraad heeft dinsdag besloten de oude markt te sluiten en er een bibliotheek voor in "
    "de plaats te bouwen. Sommige bewoners zeiden dat ze zich zorgen maken over de kosten.",
    "sv": "Kommunfullmäktige beslutade på tisdagen att stänga den gamla marknaden och bygga ett "
    "bibliotek i stället. Flera invånare sade att de är oroliga för kostnaden.",
    "pl": "Rada miasta zdecydowała we wtorek o zamknięciu starego targu i budowie biblioteki w jego "
    "miejscu. Kilku mieszkańców powiedziało, że martwią się kosztami inwestycji.",
    "cs": "Městská rada v úterý rozhodla, že starou tržnici zavře a na jejím místě postaví knihovnu. "
    "Několik obyvatel řeklo, že se obávají nákladů.",
    "tr": "Belediye meclisi salı günü eski pazarı kapatıp yerine bir kütüphane yapılmasına karar verdi. "
    "Bazı mahalle sakinleri projenin maliyetinden endişe duyduklarını söyledi.",
    "ro": "Consiliul local a hotărât marți să închidă vechea piață și să construiască în locul ei o "
    "bibliotecă. Mai mulți locuitori au spus că sunt îngrijorați de costuri.",
    "vi": "Hội đồng thành phố đã quyết định vào thứ Ba đóng cửa khu chợ cũ và xây một thư viện ở đó. "
    "Nhiều người dân nói rằng họ lo lắng về chi phí của dự án.",
    "ru": "Городской совет во вторник решил закрыть старый рынок и построить на его месте библиотеку. "
    "Несколько жителей сказали, что их беспокоит стоимость проекта.",
    "uk": "Міська рада у вівторок вирішила закрити старий ринок і збудувати на його місці бібліотеку. "
    "Кілька мешканців сказали, що їх турбує вартість проєкту.",
    "bg": "Общинският съвет реши във вторник да затвори стария пазар и да построи на негово място "
    "библиотека. Някои жители казаха, че се притесняват от разходите.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά αγορά και να χτίσει στη θέση "
    "της μια βιβλιοθήκη. Αρκετοί κάτοικοι είπαν ότι ανησυχούν για το κόστος.",
    "zh": "市议会周二决定关闭旧市场，并在原址建造一座图书馆。一些居民表示，他们担心这个项目的费用。",
    "ja": "市議会は火曜日、古い市場を閉鎖して跡地に図書館を建てることを決めた。"
    "住民の一部は費用について心配していると話した。",
    "ko": "시의회는 화요일 오래된 시장을 닫고 그 자리에 도서관을 짓기로 결정했다. "
    "일부 주민들은 사업 비용이 걱정된다고 말했다.",
    "ar": "قرر المجلس البلدي يوم الثلاثاء إغلاق السوق القديم وبناء مكتبة في مكانه. "
    "وقال عدد من السكان إنهم قلقون من تكلفة المشروع.",
    "fa": "شورای شهر روز سه‌شنبه تصمیم گرفت بازار قدیمی را ببندد و به جای آن یک کتابخانه بسازد. "
    "چند نفر از ساکنان گفتند که نگران هزینه این طرح هستند.",
    "he": "מועצת העיר החליטה ביום שלישי לסגור את השוק הישן ולבנות במקומו ספרייה.",
    "hi": "नगर परिषद ने मंगलवार को पुराने बाज़ार को बंद करने और उसकी जगह एक पुस्तकालय बनाने का फ़ैसला "
    "किया। कुछ निवासियों ने कहा कि वे इस परियोजना की लागत को लेकर चिंतित हैं।",
    "th": "สภาเมืองตัดสินใจเมื่อวันอังคารให้ปิดตลาดเก่าและสร้างห้องสมุดแทน",
}

# One short sentence each, in the languages the cleaner must handle.
SHORT = [
    ("id", "Menurut polisi, pelaku sudah ditangkap dan kini ditahan di kantor polisi setempat."),
    ("id", "Saya tidak tahu kenapa dia belum datang, padahal rapatnya sudah dimulai sejak pukul sembilan."),
    (
        "id",
        "Harga beras naik lagi minggu ini, sehingga banyak ibu rumah tangga mengeluh karena uang belanja tidak cukup.",
    ),
    ("ms", "Menurut polis, suspek telah ditahan dan kini berada di balai polis berhampiran."),
    ("ms", "Saya tidak tahu mengapa dia belum tiba, walaupun mesyuarat sudah bermula sejak pukul sembilan."),
    (
        "ms",
        "Harga beras naik lagi minggu ini, menyebabkan ramai suri rumah merungut kerana wang belanja tidak mencukupi.",
    ),
    ("en", "The government said yesterday it would cut taxes for families with children."),
    ("de", "Die Regierung hat gestern angekündigt, die Steuern für Familien mit Kindern zu senken."),
    ("fr", "Le gouvernement a annoncé hier qu'il baisserait les impôts des familles avec enfants."),
    ("es", "El gobierno anunció ayer que bajará los impuestos a las familias con hijos."),
    ("pt", "O governo anunciou ontem que vai baixar os impostos para as famílias com filhos."),
    ("it", "Il governo ha annunciato ieri che abbasserà le tasse per le famiglie con figli."),
    ("ru", "Правительство вчера объявило, что снизит налоги для семей с детьми."),
    ("pl", "Rząd ogłosił wczoraj, że obniży podatki dla rodzin z dziećmi."),
    ("el", "Η κυβέρνηση ανακοίνωσε χθες ότι θα μειώσει τους φόρους για τις οικογένειες με παιδιά."),
    ("zh", "政府昨天宣布将为有孩子的家庭减税。"),
    ("ja", "政府は昨日、子どものいる家庭の税金を下げると発表した。"),
    ("ar", "أعلنت الحكومة أمس أنها ستخفض الضرائب على الأسر التي لديها أطفال."),
    ("ko", "정부는 어제 자녀가 있는 가정의 세금을 낮추겠다고 발표했다."),
    ("gl", "O concello aprobou onte un novo plan para mellorar as rúas do centro da cidade."),
    ("ca", "L'ajuntament va aprovar ahir un nou pla per millorar els carrers del centre de la ciutat."),
    ("uk", "Уряд учора оголосив, що знизить податки для родин із дітьми."),
]

# Too little to tell: None, not a guess.
UNSURE = [
    "",
    "   ",
    "12345 67",
    "OK",
    "https://example.com/a/b?c=1",
    "Kazakhstan Astana Almaty",
    "Home News Sport",
    "日本",
    "Новости",
    "© 2024",
    "#### ---- ####",
]


@pytest.mark.parametrize(("code", "text"), NEWS.items(), ids=list(NEWS))
def test_news_paragraph(code, text):
    assert lang.detect(text) == code


@pytest.mark.parametrize(("code", "text"), SHORT, ids=[f"{code}-{i}" for i, (code, _) in enumerate(SHORT)])
def test_short_sentence(code, text):
    assert lang.detect(text) == code


@pytest.mark.parametrize("text", UNSURE, ids=[f"unsure-{i}" for i in range(len(UNSURE))])
def test_too_little_evidence(text):
    assert lang.detect(text) is None


def test_language_of_the_prose_not_of_a_long_menu_line():
    menu = " ".join(f"Kategori{i} (English) Berita (Deutsch) Olahraga (français)" for i in range(40))
    text = "\n".join([menu, NEWS["id"], NEWS["id"].replace("jembatan", "sekolah"), "Bagikan"])
    assert lang.detect(text) == "id"


def test_japanese_with_latin_words_and_dates_without_spaces():
    text = (
        "2019年11月 2019年4月 2018年8月\n" + "Kindleをインストールすると、PCのショートカットが変わってしまいます。" * 3
    )
    assert lang.detect(text) == "ja"


def test_names_do_not_make_a_language():
    # Big Wikipedia stoplists are full of names; capitalised words are not evidence.
    names = "Ryan Jones, Daniel Martin, Kevin Johnson, Erik Paul, Matt William, Alex Kurt. " * 4
    assert lang.detect(names + NEWS["pt"]) == "pt"


@pytest.mark.parametrize(
    ("code", "present", "absent"),
    [
        ("en", "the", "der"),
        ("de", "und", "karena"),
        ("id", "karena", "kerana"),
        ("ms", "kerana", "karena"),
        ("zh", "的", "the"),
        ("ja", "の", "的"),
    ],
    ids=["en", "de", "id", "ms", "zh", "ja"],
)
def test_stopwords(code, present, absent):
    words = lang.stopwords(code)
    assert present in words
    assert absent not in words


def test_stopwords_unknown_language_is_empty():
    assert lang.stopwords("xx") == frozenset()


@given(st.text())
@example("\N{ZERO WIDTH JOINER}" * 50)
@example("a" * 20_000)
@example("年" * 30 + "\n" * 5 + "\N{NO-BREAK SPACE}")
def test_never_raises_and_answers_a_code_or_none(text):
    code = lang.detect(text)
    assert code is None or (isinstance(code, str) and len(code) == 2)


def test_plain_text_is_tokenised_as_the_regex_module_would():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    plain = lang.NOT_PLAIN_RE.sub("", everything)
    assert len(plain) > 128
    assert [c for c in plain if (lang.WORD_RE.match(c) is None) != (lang.PLAIN_WORD_RE.match(c) is None)] == []


def _as_plain(tables):
    return (
        tables.vectors,
        {code: tables.native[code] for code in tables.native},
        tables.fields,
        tables.weights,
        tables.size,
    )


def test_tables_kept_on_disk_are_the_tables_built(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    built = lang._build_tables()
    lang.cache.store(lang._cache_name(), lang._to_store(built))
    stored = lang._stored(lang.cache.load(lang._cache_name()))
    assert stored is not None
    assert _as_plain(stored) == _as_plain(built)
    assert stored.native.get("xx", frozenset()) == frozenset()


def test_tables_are_built_once_and_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lang, "_tables", lang._tables.__wrapped__)
    first = lang._tables()
    (kept,) = tmp_path.glob("language-*.json")
    monkeypatch.setattr(lang, "_build_tables", lambda: pytest.fail("built again"))
    assert _as_plain(lang._tables()) == _as_plain(first)
    assert kept.stat().st_size > 0


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '["a list"]',
        '{"size": 4, "fields": {"latin": [["en", 0]]}, "weights": {"en": 3}, "groups": [[["de"], "und"]]}',
        '{"size": 4, "fields": {"latin": [["en", "x"]]}, "weights": {"en": 3}, "groups": []}',
        '{"size": 4, "fields": {"latin": [["en", 0]]}, "weights": {"en": 3}, "groups": [[["en"], 5]]}',
    ],
    ids=["broken", "list", "unknown-language", "field-not-a-number", "words-not-text"],
)
def test_a_damaged_tables_file_is_passed_over(tmp_path, monkeypatch, content):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lang, "_tables", lang._tables.__wrapped__)
    (tmp_path / lang._cache_name()).write_text(content, encoding="utf-8")
    assert lang._stored(lang.cache.load(lang._cache_name())) is None
    assert lang._tables().native["en"] == lang._build_tables().native["en"]


def test_tables_are_not_kept_with_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(lang, "_tables", lang._tables.__wrapped__)
    lang._tables()
    assert list(tmp_path.iterdir()) == []
