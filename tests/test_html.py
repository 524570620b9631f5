"""HTML mode: decoding, extraction into blocks, the structure rules, and the whole pipeline.

Pages under ``fixtures/html`` are small hand-trimmed news pages; each ``<name>.html`` must clean to
exactly ``<name>.expected.txt`` (regenerate with ``CLEANER_REGEN=1 pytest tests/test_html.py`` and
review the diff). Pages under ``fixtures/html/negative`` are clean articles: nothing but the
headline may be removed from them.
"""

from __future__ import annotations

import os

import lxml.html
import pytest
from conftest import FIXTURES
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import html
from cleaner.decode import decode
from cleaner.html import Block, Facts, Link, Links

PAGES = sorted((FIXTURES / "html").glob("*.html"))
NEGATIVE = sorted((FIXTURES / "html" / "negative").glob("*.html"))
CLEANER = cleaner.Cleaner()


# -- decoding ---------------------------------------------------------------------------------------

CYRILLIC = "Привет, мир! Сегодня хорошая погода, и мы идём гулять в парк у реки."  # noqa: RUF001
DECODE_CASES = [
    ("utf8", CYRILLIC.encode(), None, CYRILLIC, "utf-8", "utf-8"),
    ("utf8-bom", b"\xef\xbb\xbf" + "caf\N{LATIN SMALL LETTER E WITH ACUTE}".encode(), None, "café", "utf-8", "bom"),
    ("utf16-bom", "\ufeffcafé".encode("utf-16-le"), None, "café", "utf-16-le", "bom"),
    (
        "meta-charset",
        b'<meta charset="windows-1251"><p>' + CYRILLIC.encode("cp1251"),
        None,
        '<meta charset="windows-1251"><p>' + CYRILLIC,
        "cp1251",
        "meta",
    ),
    (
        "http-equiv",
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Caf\xe9 \x80',
        None,
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Café \N{EURO SIGN}',
        "cp1252",
        "meta",
    ),
    (
        "xml-declaration",
        b'<?xml version="1.0" encoding="iso-8859-2"?><p>\xb1',
        None,
        '<?xml version="1.0" encoding="iso-8859-2"?><p>\N{LATIN SMALL LETTER A WITH OGONEK}',
        "iso8859-2",
        "xml-declaration",
    ),
    ("caller-declared", "Grüße".encode("cp1252"), "windows-1252", "Grüße", "cp1252", "declared"),
    ("undeclared-cp1251", ("<p>" + CYRILLIC).encode("cp1251"), None, "<p>" + CYRILLIC, "cp1251", "detected"),
    # a page re-encoded as UTF-8 by the scraper keeps its old declaration: the bytes win
    (
        "utf8-under-latin1-meta",
        '<meta charset="iso-8859-1">café'.encode(),
        None,
        '<meta charset="iso-8859-1">café',
        "utf-8",
        "utf-8",
    ),
]


@pytest.mark.parametrize(
    ("data", "declared", "text", "encoding", "how"), [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES]
)
def test_decode(data, declared, text, encoding, how):
    found = decode(data, declared)
    assert (found.text, found.encoding, found.how, found.replaced) == (text, encoding, how, 0)


def test_decode_keeps_utf8_cut_in_a_character():
    found = decode(("café " * 30).encode() + "é".encode()[:1])
    assert (found.encoding, found.how, found.replaced) == ("utf-8", "utf-8", 1)
    assert found.text.endswith("café \N{REPLACEMENT CHARACTER}")


def test_decode_passes_text_through():
    assert decode("already text").how == "str"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "latin1", "nonsense", "utf-16"]))
@example(b"\x81\x8d", "latin1")
@example(b"\xff\xfe\x00", None)
def test_decode_never_raises(data, declared):
    found = decode(data, declared)
    assert isinstance(found.text, str)
    assert found.how in ("bom", "utf-8", "declared", "xml-declaration", "meta", "detected", "fallback")


# -- parsing --------------------------------------------------------------------------------------

PARSE_CASES = [
    "<html><head><title>T</title></head><body><form><input name='q'><label>Go</label></form><p>a</p></body></html>",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html><body><p>a\x0b b\ufffe</p></body></html>',
    '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>declared</p></body></html>',
    "<html/>\n<body><p>self-closing</p></body>",
    "<p>a fragment</p>",
    "<div><p>a</p><p>b</p></div>",
    "",
    "   ",
    "plain text, no markup",
]


@pytest.mark.parametrize(
    "text",
    PARSE_CASES,
    ids=[
        "form",
        "doctype-and-controls",
        "xml-declaration",
        "self-closing-html",
        "fragment",
        "div",
        "empty",
        "blank",
        "text",
    ],
)
def test_parse_makes_the_tree_trafilatura_makes(text):
    ours, theirs = html.parse(text), html.load_html(text)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert lxml.html.tostring(ours, encoding="unicode") == lxml.html.tostring(theirs, encoding="unicode")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_key_of_ascii_text_is_the_key_of_any_text(text):
    # The ASCII shortcut finds the words the general pattern finds.
    assert html.key(text) == " ".join(html.WORD_RE.findall(html.INVISIBLE_RE.sub("", text.casefold())))


# -- selectors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "count"),
    [("div.related", 1), ("//aside", 1), ("(//p)[1]", 1), ("article p", 2)],
    ids=["css-class", "xpath", "xpath-function", "css-descendant"],
)
def test_selector_compiles_css_and_xpath(source, count):
    tree = html.load_html(
        "<html><body><article><p>a</p><p>b</p></article><aside>x</aside><div class='related'>y</div></body></html>"
    )
    assert len(html.selector(source, "site.rule")(tree)) == count


@pytest.mark.parametrize("source", ["div[", "//p[", "p::nonsense"], ids=["css", "xpath", "css-pseudo"])
def test_selector_errors_say_what_is_wrong(source):
    with pytest.raises(ValueError, match=r"does not (parse|compile)"):
        html.selector(source)


def test_prune_and_body_selectors():
    page = (FIXTURES / "html" / "en-news.html").read_bytes()
    prune = [html.selector("blockquote.twitter-tweet", "test.no-tweets")]
    found = html.extract(page, prune=prune, body=html.selector("div.article-body", "test.body"))
    assert [(b.rule, b.kind) for b in found.pruned] == [("test.no-tweets", "element")]
    assert found.pruned[0].text.startswith("The first boats are back")
    assert not any("first boats" in b.text for b in found.blocks)
    assert found.kept[0].text.startswith("The harbour at Port Ellen reopened")


NESTED = (
    "<html><body><div class='box'><p>Outer box</p><div class='box'><p>Inner box</p></div></div><article><p>"
    + "The council met on Monday and voted to close two libraries at the end of the year. " * 4
    + "</p></article></body></html>"
)


def test_prune_takes_nested_matches_once():
    found = html.extract(NESTED, prune=[html.selector("div.box", "test.box")])
    assert [(block.rule, block.text) for block in found.pruned] == [("test.box", "Outer box Inner box")]


# A layout class ("row") on a box and, on this page, on the article's container and its wrapper too.
LAYOUT = (
    "<html><body><div class='row'><div class='row story'><p>"
    + "The council met on Monday and voted to close two libraries at the end of the year. " * 4
    + "</p><div class='row'><p>Light a candle</p></div></div></div></body></html>"
)


@pytest.mark.parametrize("body", [None, "div.story"], ids=["no-body-rule", "body-rule"])
def test_prune_spares_the_article_container(body):
    found = html.extract(LAYOUT, prune=[html.selector("div.row", "test.row")], body=body and html.selector(body))
    texts = [block.text for block in found.pruned]
    if body is None:  # nothing says where the article is: the selector takes what it finds
        assert texts == [found.pruned[0].text] and "council" in texts[0]
    else:
        assert texts == ["Light a candle"]
        assert "council met" in found.blocks[0].text


# Persian words spelled with a zero-width non-joiner, an emoji sequence with joiners, each written
# out and as the entities pages use.
ZWNJ, ZWJ = "\N{ZERO WIDTH NON-JOINER}", "\N{ZERO WIDTH JOINER}"
# "mi-kharad" (buys): the prefix and the verb joined by the non-joiner
PERSIAN = (
    "\N{ARABIC LETTER MEEM}\N{ARABIC LETTER FARSI YEH}{}"
    "\N{ARABIC LETTER KHAH}\N{ARABIC LETTER REH}\N{ARABIC LETTER DAL}"
)
JOINED_WORDS = [PERSIAN.format(ZWNJ), f"\N{MAN}{ZWJ}\N{WOMAN}{ZWJ}\N{GIRL}"]


@pytest.mark.parametrize(
    "entity",
    [None, "&zwnj;", "&#8204;", "&#x200C;"],
    ids=["written", "named", "decimal", "hex"],
)
def test_joiners_survive_extraction(entity):
    words = [word.replace(ZWNJ, entity) for word in JOINED_WORDS] if entity else JOINED_WORDS
    sentence = "The council met on Monday and voted to close two libraries at the end of the year {}. "
    page = "<html><body><article><h1>Libraries</h1><p>" + sentence.format(words[0]) * 4 + "</p><p>"
    page += sentence.format(words[1]) * 3 + "</p></article></body></html>"
    body = CLEANER.clean(page, mode="html")
    assert body.count(JOINED_WORDS[0]) == 4 and body.count(JOINED_WORDS[1]) == 3
    assert "\N{LINEAR B SYLLABLE B008 A}" not in body and "\N{LINEAR B SYLLABLE B038 E}" not in body


def test_body_selector_keeps_nested_matches_in_place():
    tree = html.load_html(NESTED)
    page = html._page_of(html.selector("div.box, article")(tree))
    [container] = page.find("body")
    assert [(child.tag, child.get("class")) for child in container] == [("div", "box"), ("article", None)]


# A recipe's menu: short paragraphs, one of them under every meal.
MENU = (
    "<html><body><nav><a href='/'>Home</a></nav><div class='recipe'>"
    + "".join(
        f"<p>Meal {n}</p><p>Eat every two to three hours</p><p>Soup with {n} carrots and a green salad</p>"
        for n in range(6)
    )
    + "</div></body></html>"
)


def test_body_selector_keeps_paragraphs_that_repeat():
    found = html.extract(MENU, body=html.selector("div.recipe"))
    assert [block.text for block in found.kept].count("Eat every two to three hours") == 6


# -- structure rules on blocks ----------------------------------------------------------------------

SITE = "https://news.example.com/world/story-1"


def facts(links: dict[str, tuple[str, bool]] = (), titles=(), summaries=()) -> Facts:
    by_key = {html.key(text): Link(target, sentence) for text, (target, sentence) in dict(links).items()}
    starts = frozenset(" ".join(k.split(" ")[: html.LINK_WORDS]) for k in by_key)
    longest = max((k.count(" ") + 1 for k in by_key), default=0)
    return Facts(
        SITE,
        frozenset(map(html.key, titles)),
        Links(by_key, starts, longest, max(map(len, by_key), default=0)),
        frozenset(map(html.key, summaries)),
    )


PARAGRAPH = Block("p", "The minister said on Monday that the talks would resume next week in Geneva.")
INTERNAL = ("/world/talks-collapse-after-late-night-session", False)
EXTERNAL = ("https://other.example.org/report/2024", False)

STRUCTURE_CASES = [
    # (id, blocks, facts, expected rule per block)
    (
        "title-and-what-precedes-it",
        [Block("p", "World"), Block("head", "Talks to resume in Geneva"), PARAGRAPH],
        facts(titles=["Talks to resume in Geneva"]),
        ["html.title", "html.title", None],
    ),
    (
        "title-after-a-long-paragraph-stays",
        [Block("p", " ".join(["word"] * 40)), Block("head", "Talks to resume in Geneva")],
        facts(titles=["Talks to resume in Geneva"]),
        [None, None],
    ),
    (
        "standfirst-heading",
        [Block("head", "Diplomats expect a deal before the summer."), PARAGRAPH],
        facts(summaries=["Diplomats expect a deal before the summer."]),
        ["html.standfirst", None],
    ),
    (
        "lead-paragraph-equal-to-description-stays",
        [PARAGRAPH],
        facts(summaries=[PARAGRAPH.text]),
        [None],
    ),
    (
        "labelled-teaser-into-the-site",
        [PARAGRAPH, Block("p", "READ MORE: Talks collapse after late night session"), PARAGRAPH],
        facts({"Talks collapse after late night session": INTERNAL}),
        [None, "html.teaser", None],
    ),
    (
        "teaser-with-tag",
        [Block("p", "Talks collapse after late night session [VIDEO]")],
        facts({"Talks collapse after late night session": INTERNAL}),
        ["html.teaser"],
    ),
    (
        "single-external-link-stays",
        [Block("p", "Full report of the inquiry into the talks")],
        facts({"Full report of the inquiry into the talks": EXTERNAL}),
        [None],
    ),
    (
        "single-linked-heading-stays",
        [Block("head", "Talks collapse after late night session")],
        facts({"Talks collapse after late night session": INTERNAL}),
        [None],
    ),
    (
        "short-link-stays",
        [Block("p", "Read the statement")],
        facts({"Read the statement": INTERNAL}),
        [None],
    ),
    (
        "run-of-links-with-its-label",
        [
            PARAGRAPH,
            Block("head", "More from our correspondents"),
            Block("item", "Full report of the inquiry into the talks"),
            Block("item", "Second report on the inquiry into the talks"),
        ],
        facts(
            {
                "Full report of the inquiry into the talks": EXTERNAL,
                "Second report on the inquiry into the talks": EXTERNAL,
            }
        ),
        [None, "html.teaser", "html.teaser", "html.teaser"],
    ),
    (
        "headlines-with-summaries",
        [
            Block("item", "Talks collapse after late night session Diplomats left without a statement"),
            Block("item", "Ceasefire holds along the northern border The army reported no incidents"),
        ],
        facts(
            {
                "Talks collapse after late night session": INTERNAL,
                "Ceasefire holds along the northern border": ("/world/ceasefire-holds", False),
            }
        ),
        ["html.teaser", "html.teaser"],
    ),
    (
        "sentences-that-start-with-links-stay",
        [
            Block("item", "Talks collapse after late night session. Diplomats left without a statement."),
            Block("item", "Ceasefire holds along the northern border, the army said on Sunday."),
        ],
        facts(
            {
                "Talks collapse after late night session": INTERNAL,
                "Ceasefire holds along the northern border": ("/world/ceasefire-holds", False),
            }
        ),
        [None, None],
    ),
    (
        "label-line-then-links",
        [Block("p", "DON'T MISS\nTalks collapse after late night session\nCeasefire holds along the northern border")],
        facts(
            {
                "Talks collapse after late night session": INTERNAL,
                "Ceasefire holds along the northern border": ("/world/ceasefire-holds", False),
            }
        ),
        ["html.teaser"],
    ),
    (
        "section-labels-in-several-languages",
        [Block("head", "Related stories"), Block("p", "Weitere Artikel"), Block("p", "Читайте также:"), PARAGRAPH],
        facts(),
        ["html.section-label", "html.section-label", "html.section-label", None],
    ),
    (
        "ad-labels-in-several-languages",
        [PARAGRAPH, Block("p", "Anzeige"), Block("p", "PUBLICIDAD"), Block("p", "Реклама"), Block("p", "广告")],
        facts(),
        [None, "html.section-label", "html.section-label", "html.section-label", "html.section-label"],
    ),
    (
        "a-heading-that-only-starts-like-a-label-stays",
        [Block("head", "Related charges were filed against two other men"), PARAGRAPH],
        facts(),
        [None, None],
    ),
    (
        "chinese-teaser",
        [Block("p", "相关阅读\N{FULLWIDTH COLON}市区今年将新增三处公园和绿地")],
        facts({"市区今年将新增三处公园和绿地": ("/city/parks.html", False)}),
        ["html.teaser"],
    ),
]


@pytest.mark.parametrize(
    ("blocks", "page", "expected"), [c[1:] for c in STRUCTURE_CASES], ids=[c[0] for c in STRUCTURE_CASES]
)
def test_structure_rules(blocks, page, expected):
    assert [block.rule for block in html.apply_structure_rules(list(blocks), page)] == expected


@pytest.mark.parametrize(
    ("target", "url", "same"),
    [
        ("/world/other-story", "https://news.example.co.uk/world/story", True),
        ("https://www.example.co.uk/sport", "https://news.example.co.uk/world/story", True),
        ("https://other.co.uk/world", "https://news.example.co.uk/world/story", False),
        ("https://example.com/x", "https://example.com.br/y", False),
        ("http://[broken/", "https://example.com/y", False),
    ],
    ids=["relative", "subdomain", "same-public-suffix", "longer-suffix", "malformed"],
)
def test_same_site(target, url, same):
    assert html._same_site(target, url) is same


@pytest.mark.parametrize(
    ("anchor", "indexed"),
    [
        (
            '<a href="/world/talks"><span>Also on example.com</span> <span>Talks collapse after late night</span></a>',
            True,
        ),
        ('<a href="/world/talks">Talks collapse after a late night session</a>', True),
        (
            '<a href="https://example.com/reports/2024/talks-final">https://example.com/reports/2024/talks-final</a>',
            False,
        ),
        ('<a href="/report">Read it at www.example.com/report</a>', False),
        ('<a href="#section-2">Talks collapse after a late night session</a>', False),
        (f'<a href="{SITE}#reactions">Talks collapse after a late night session</a>', False),
        ('<a href="/world/story-2#reactions">Talks collapse after a late night session</a>', True),
    ],
    ids=[
        "site-named-beside-a-headline",
        "headline",
        "bare-address",
        "address-with-few-words",
        "contents-entry",
        "contents-entry-in-full",
        "part-of-another-page",
    ],
)
def test_links_that_can_be_teasers(anchor, indexed):
    tree = lxml.html.fromstring(f"<html><body><p>{anchor}</p></body></html>")
    found = html.read_body(tree, SITE).links.by_key
    assert (html.key(lxml.html.fromstring(anchor).text_content()) in found) is indexed


STORY = "<p>" + "The council met on Monday and voted to close two libraries at the end of the year. " * 4 + "</p>"


def in_story(fragment: str, url: str | None = None) -> html.Extracted:
    """The extraction of `fragment` set between two paragraphs of a story."""
    return html.extract(f"<html><body><article>{STORY}{fragment}{STORY}</article></body></html>", url=url)


IMAGE = '<img src="/uploads/2023/04/img-23451.jpg" alt="">'
# (id, the paragraph, whether it is a caption)
CAPTION_CASES = [
    ("image-then-caption", f"<p>{IMAGE}<br><em>The harbour at dawn, before the storm.</em></p>", True),
    ("linked-image", f'<p><a href="/big.jpg">{IMAGE}</a><br><i>Fishermen mend their nets.</i></p>', True),
    ("sentence-beside-image", f"<p>{IMAGE}The council voted on Monday to close two libraries.</p>", False),
    ("emphasis-and-text", f"<p>{IMAGE}<br><em>Not</em> everyone agreed with the council.</p>", False),
    ("caption-before-image", f"<p><em>The harbour at dawn.</em><br>{IMAGE}</p>", False),
    ("image-alone", f"<p>{IMAGE}</p>", False),
    ("long-emphasis", f"<p>{IMAGE}<br><em>{'A long quoted passage of the report. ' * 12}</em></p>", False),
]


@pytest.mark.parametrize(("paragraph", "caption"), [c[1:] for c in CAPTION_CASES], ids=[c[0] for c in CAPTION_CASES])
def test_captions(paragraph, caption):
    found = in_story(paragraph)
    assert [block.rule for block in found.pruned] == (["html.caption"] if caption else [])


INSTAGRAM = "https://www.instagram.com/p/B5BqUVwh0x1/"
# (id, the embed, whether it is only the embed's frame)
EMBED_CASES = [
    (
        "uncaptioned-post",
        f'<blockquote class="instagram-media" data-instgrm-permalink="{INSTAGRAM}" data-instgrm-version="12">'
        f'<a href="{INSTAGRAM}">View this post on Instagram</a><p>A post shared by Anna (@anna)</p></blockquote>',
        True,
    ),
    (
        "captioned-post",
        f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="{INSTAGRAM}">'
        "<p>Sunrise over the harbour this morning, before the storm came in.</p></blockquote>",
        False,
    ),
    ("quotation", "<blockquote><p>We will rebuild the harbour, the mayor said.</p></blockquote>", False),
]


@pytest.mark.parametrize(("embed", "chrome"), [c[1:] for c in EMBED_CASES], ids=[c[0] for c in EMBED_CASES])
def test_embed_chrome(embed, chrome):
    found = in_story(embed)
    assert [block.rule for block in found.pruned] == (["html.embed-chrome"] if chrome else [])


PORTRAIT = '<img src="/files/thumb_100/portrait-187905.jpg" width="100" height="100" alt="">'
HEADLINES = (
    '<a href="/news/471033">Governor doubles down on anti-drug campaign</a> '
    '<a href="/news/467325">State drops pipeline protest laws after lawsuit</a> '
    '<a class="more" href="/people/jane-doe">MORE</a>'
)
# (id, the paragraph, the card's text when it is one)
HOVERCARD_CASES = [
    (
        "card-after-a-name",
        f'<p>Gov. <a href="/people/jane-doe">Jane Doe</a><span class="rollover"><span>{PORTRAIT}'
        f'<a class="name" href="/people/jane-doe">Jane Lynn Doe</a>{HEADLINES}</span></span>'
        " (R) is defending the state's new campaign against the drug, officials said on Monday.</p>",
        "Jane Lynn Doe",
    ),
    (
        "text-in-the-box",
        f"<p>The governor <span>{PORTRAIT} spoke, as <a href='/a'>one report</a> and <a href='/b'>another</a>"
        " said, for an hour on Monday.</span> Officials agreed.</p>",
        None,
    ),
    ("linked-image-in-sentence", f"<p>The mayor <a href='/p'>{PORTRAIT}</a> opened the bridge on Monday.</p>", None),
    ("paragraph-of-links", f"<p><span>{PORTRAIT}{HEADLINES}</span></p>", None),
]


@pytest.mark.parametrize(("paragraph", "card"), [c[1:] for c in HOVERCARD_CASES], ids=[c[0] for c in HOVERCARD_CASES])
def test_hovercards(paragraph, card):
    found = in_story(paragraph)
    pruned = [block for block in found.pruned if block.rule == "html.hovercard"]
    assert [block.text.split(" Governor")[0] for block in pruned] == ([card] if card else [])
    if card:  # the sentence the card was set in stays whole
        assert any("Jane Doe (R) is defending" in block.text for block in found.blocks)


def _items(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


PARTLY_LINKED = _items(
    'Fishermen must unionize, <a href="/story/union">no matter what owners say</a>',
    'Paid ads are not the problem. <a href="/story/ads">Our perceptions are</a>',
    'The plan to boost drone batteries <a href="https://www.example.com/story/jet">with a jet engine</a>',
)
# (id, what stands before the list and the list, whether they are a related list)
LINK_LIST_CASES = [
    ("label-over-partly-linked-headlines", f"<div>More Great Stories</div>{PARTLY_LINKED}", True),
    ("heading-over-partly-linked-headlines", f"<h3>Read next</h3>{PARTLY_LINKED}", True),
    ("no-label", PARTLY_LINKED, False),
    (
        "sentence-over-the-list",
        f"<p>The council listed three reasons for the vote on Monday.</p>{PARTLY_LINKED}",
        False,
    ),
    (
        "links-to-other-sites",
        "<h3>Sources</h3>"
        + _items(
            'The harbour report <a href="https://gov.example.org/r">of the port authority</a>',
            'Storm data <a href="https://weather.example.net/d">from the weather service</a>',
            'Minutes of <a href="https://council.example.org/m">the council meeting</a>',
        ),
        False,
    ),
    (
        "sentences-with-a-link",
        "<h3>What changes</h3>"
        + _items(
            'Boats must <a href="/rules">register by June</a>.',
            'Moorings cost <a href="/fees">ten euros more</a>.',
            'The quay closes <a href="/quay">at night</a>.',
        ),
        False,
    ),
    (
        "links-a-small-part",
        "<h3>Steps</h3>"
        + _items(
            'Check the forecast for the harbour and the open sea before <a href="/f">leaving</a>',
            'Tell the harbour master where you are going and when you will be <a href="/m">back</a>',
            'Carry a radio and flares and know how to use both of them <a href="/r">well</a>',
        ),
        False,
    ),
    (
        "two-items",
        "<h3>Read next</h3>"
        + _items(
            'Fishermen must unionize, <a href="/u">no matter what</a>', 'Ads are not <a href="/a">the problem</a>'
        ),
        False,
    ),
]


@pytest.mark.parametrize(("listing", "related"), [c[1:] for c in LINK_LIST_CASES], ids=[c[0] for c in LINK_LIST_CASES])
def test_link_lists(listing, related):
    found = in_story(listing, url=SITE)
    assert [block.rule for block in found.pruned] == (["html.link-list"] * 2 if related else [])
    if related:
        assert "no matter what" not in " ".join(block.text for block in found.kept)


def test_every_structure_rule_is_documented_and_exercised():
    fired = {rule for case in STRUCTURE_CASES for rule in case[3]}
    fired |= {"html.caption"} if any(caption for _, _, caption in CAPTION_CASES) else set()
    fired |= {"html.embed-chrome"} if any(chrome for _, _, chrome in EMBED_CASES) else set()
    fired |= {"html.hovercard"} if any(card for _, _, card in HOVERCARD_CASES) else set()
    fired |= {"html.link-list"} if any(related for _, _, related in LINK_LIST_CASES) else set()
    for name, rule in html.RULES.items():
        assert rule.doc.startswith(f"{name}:"), f"{name} needs a docstring starting with its id"
        assert name in fired, f"{name} has no case"


# -- extraction ------------------------------------------------------------------------------------


def test_blocks_follow_the_page():
    page = (
        """<html><body><article><div class="article-body">
    <p>First line of an address<br>second line of it, one paragraph with the first one.</p>
    <div>A paragraph set with breaks.<br><br>Its second paragraph, after a blank line.</div>
    <h2>A heading</h2><ul><li>One item of a list</li><li>Another item of the list</li></ul>
    <p>"""
        + "A long paragraph so that the page has enough text to be an article. " * 5
        + """</p>
    </div></article></body></html>"""
    )
    found = html.extract(page)
    assert [(b.kind, b.text[:30]) for b in found.blocks] == [
        ("p", "First line of an address\nsecon"),
        ("p", "A paragraph set with breaks."),
        ("p", "Its second paragraph, after a "),
        ("head", "A heading"),
        ("item", "One item of a list"),
        ("item", "Another item of the list"),
        ("p", "A long paragraph so that the p"),
    ]


def test_article_split_into_chunks_is_extracted_whole():
    found = html.extract((FIXTURES / "html" / "de-nachrichten.html").read_bytes())
    texts = [b.text for b in found.kept]
    assert texts[0].startswith("Der Stadtrat hat am Dienstagabend")
    assert texts[-1].startswith("Die Bürgermeisterin verteidigte das Vorhaben")


def test_embedded_tweet_is_kept():
    found = html.extract((FIXTURES / "html" / "en-news.html").read_bytes())
    assert any(b.text.startswith("The first boats are back in the harbour") for b in found.kept)


@pytest.mark.parametrize(
    ("content", "status"),
    [("", "unparsable"), ("<html><body></body></html>", "empty"), (b"\x00\x01", "unparsable")],
    ids=["empty-string", "no-content", "binary"],
)
def test_extract_reports_what_went_wrong(content, status):
    assert html.extract(content).status == status


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=8), st.sampled_from(["p", "div", "li", "h2", "a"]))
@example(["<<", "&amp;"], "p")
def test_extract_never_raises(texts, tag):
    page = "<html><body>" + "".join(f"<{tag}>{t}</{tag}>" for t in texts) + "</body></html>"
    found = html.extract(page)
    assert found.status in ("ok", "empty", "unparsable")


# -- the whole pipeline ---------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden_page(page):
    expected = page.with_name(page.stem + ".expected.txt")
    body = CLEANER.clean(page.read_bytes()) + "\n"
    if os.environ.get("CLEANER_REGEN"):
        expected.write_text(body, encoding="utf-8")
    assert body == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_clean_article_keeps_everything_but_its_headline(page):
    result = CLEANER.clean_document(page.read_bytes())
    assert {span.rule_id for span in result.removed} <= {"html.title"}
    paragraphs = [b.text.replace("\n", " ") for b in html.extract(page.read_bytes()).kept]
    assert result.body.split("\n\n") == paragraphs


@pytest.mark.parametrize("page", PAGES + NEGATIVE, ids=[p.stem for p in PAGES + NEGATIVE])
def test_cleaning_the_body_again_changes_nothing(page):
    body = CLEANER.clean(page.read_bytes())
    assert CLEANER.clean(body, mode="text") == body


def test_result_records_title_language_and_rules():
    result = CLEANER.clean_document((FIXTURES / "html" / "en-news.html").read_bytes())
    assert (result.mode, result.title, result.language, result.status) == (
        "html",
        "Harbour reopens after storm damage repaired",
        "en",
        "ok",
    )
    by_rule = {span.rule_id: span for span in result.removed}
    assert {"html.title", "html.standfirst", "html.teaser", "en.report-credit", "en.copyright"} <= set(by_rule)
    assert by_rule["html.teaser"].rule_file == "cleaner/html.py"
    assert by_rule["html.teaser"].rule_line == html.drop_teasers.__code__.co_firstlineno


def test_bytes_in_a_declared_legacy_encoding():
    result = CLEANER.clean_document((FIXTURES / "html" / "ru-most-cp1251.html").read_bytes())
    assert result.title == "В городе открылся новый мост через реку"  # noqa: RUF001
    assert result.language == "ru"
    assert "Читайте также" not in result.body


def test_explain_shows_structure_removals():
    _, lines = CLEANER.explain((FIXTURES / "html" / "en-news.html").read_bytes())
    removed = {line.text: line.removed_by.rule_id for line in lines if line.removed_by}
    assert removed["CLICK HERE TO GET THE EXAMPLE HERALD APP"] == "html.teaser"


def test_label_left_without_its_list_goes():
    result = CLEANER.clean_document((FIXTURES / "html" / "zh-tushuguan.html").read_bytes())
    assert [span.text for span in result.removed if span.rule_id == "html.section-label"] == ["相关新闻"]
