"""HTML mode: main-content extraction with trafilatura, kept as paragraphs.

`extract` parses the page once, reads its title and language, prunes what the site rules name
(``prune_xpath``), optionally keeps only the site's article body (``body_xpath``), runs one
trafilatura extraction on the tree and turns trafilatura's output tree into blocks: one per
paragraph, heading, list item, quote paragraph or table row, as the page had them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import regex
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from cleaner.decode import decode

# The kinds of block trafilatura's output tree holds, by the tag it gives them.
BLOCK_KINDS = {"p": "p", "head": "head", "item": "item", "row": "row", "code": "code", "quote": "quote"}
# Containers whose children are the blocks.
CONTAINERS = {"list", "quote", "table", "div", "body"}

# Words, with each Chinese or Japanese character a word of its own (as the benchmark's score counts).
WORD_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")
# Format characters (zero-width joiners, soft hyphens) that trafilatura's text output may drop.
INVISIBLE_RE = regex.compile(r"\p{Cf}+")
# What sites put between the headline and their name in <title>.
TITLE_SEPARATOR_RE = regex.compile(r"\s+[|:/\p{Pd}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]+\s+")
SENTENCE_ENDS = (".", "\N{IDEOGRAPHIC FULL STOP}")
# What, right after a link, shows it ended a sentence or clause ("?" and "!" end headlines too).
CLAUSE_ENDS = frozenset(".:;,\N{IDEOGRAPHIC FULL STOP}\N{IDEOGRAPHIC COMMA}")
DIGIT_RE = regex.compile(r"\d")
URL_LIKE_RE = regex.compile(r"https?://|www\.|\w\.(?:com|org|net)\b", regex.I)
ITEM_MARKER = "- "  # what trafilatura's text output puts before a list item
SPACES_RE = regex.compile(r"[^\S\n]+")
BLANK_LINES_RE = regex.compile(r" *\n[\s]*")


@dataclass(frozen=True)
class Block:
    """One paragraph-level unit of the extracted article."""

    kind: str  # "p", "head", "item", "quote", "row" or "code"
    text: str  # inline text; a <br> in the page is a "\n"


@dataclass(frozen=True)
class Dropped:
    """A block the structure rules removed, and the rule that removed it."""

    rule: str
    index: int  # its place among the blocks trafilatura gave
    block: Block


@dataclass(frozen=True)
class Page:
    """What the structure rules know of the page beyond the blocks."""

    url: str | None
    titles: frozenset[str]  # keys (see `key`) of every headline the page gives itself
    links: dict[str, Link]  # key of a link's text -> the first such link
    summaries: frozenset[str] = frozenset()  # keys of the page's meta descriptions


@dataclass(frozen=True)
class Extracted:
    """What `extract` found in a page."""

    title: str | None
    blocks: tuple[Block, ...]
    language: str | None = None  # the page's <html lang>, as declared
    status: str = "ok"  # "ok", "unparsable" or "empty"
    dropped: tuple[Dropped, ...] = ()


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    prune_xpath: Sequence[str] = (),
    body_xpath: str | None = None,
) -> Extracted:
    """Extract the main content of `html` as blocks, with the page's title."""
    text = decode(html).text if isinstance(html, bytes) else html
    tree = load_html(text)
    if tree is None:
        return Extracted(None, (), None, "unparsable")
    title = page_title(tree)
    titles = headlines(tree)
    links = link_targets(tree, url)
    summaries = frozenset(filter(None, map(key, DESCRIPTIONS_XPATH(tree))))
    language = tree.get("lang")
    if body_xpath:
        tree = _take_body(tree, body_xpath) or tree
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        output_format="txt",
        prune_xpath=list(prune_xpath) or None,
    )
    if document is None or document.body is None:
        return Extracted(title, (), language, "empty")
    found = list(blocks(document.body))
    dropped = apply_structure_rules(found, Page(url, titles, links, summaries))
    gone = {item.index for item in dropped}
    kept = tuple(block for index, block in enumerate(found) if index not in gone)
    return Extracted(title, kept, language, "ok", tuple(dropped))


def page_title(tree: HtmlElement) -> str | None:
    """The article's headline: the only <h1>, else og:title, else the <title> element."""
    h1s = tree.findall(".//h1")
    if len(h1s) == 1 and (text := _clean(h1s[0].text_content())):
        return text
    for content in tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content'):
        if text := _clean(content):
            return text
    element = tree.find(".//title")
    return _clean(element.text_content()) if element is not None else None


def headlines(tree: HtmlElement) -> frozenset[str]:
    """Keys of the headlines a page gives itself: <h1>, og:title, twitter:title, <title> and its parts."""
    found = [h1.text_content() for h1 in tree.iter("h1")]
    found += tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')
    element = tree.find(".//title")
    if element is not None:
        title = element.text_content()
        found += [title, *TITLE_SEPARATOR_RE.split(title)]
    return frozenset(filter(None, map(key, found)))


DESCRIPTIONS_XPATH = etree.XPath(
    '//meta[@name="description" or @property="og:description" or @name="twitter:description"]/@content'
)
# Links with text long enough to be a teaser (the XPath test is cheap; the word count comes after).
LONG_LINKS_XPATH = etree.XPath("//a[string-length(normalize-space(.)) >= 10]")


def link_targets(tree: HtmlElement, url: str | None) -> dict[str, Link]:
    """Key of each link's text (of a few words at least) -> the link."""
    targets: dict[str, Link] = {}
    for anchor in LONG_LINKS_XPATH(tree):
        text = anchor.text_content()
        if URL_LIKE_RE.search(text):  # a bare address is a reference given in full, not a teaser
            continue
        words = key(text)
        if words.count(" ") >= LINK_WORDS - 1 and words not in targets:
            target = urljoin(url or "", anchor.get("href") or "")
            targets[words] = Link(target, text.rstrip().endswith(SENTENCE_ENDS))
    return targets


def key(text: str) -> str:
    """Text reduced to its lowercased words, for comparing blocks with headlines and links."""
    return " ".join(WORD_RE.findall(INVISIBLE_RE.sub("", text.casefold())))


def blocks(body: etree._Element) -> Iterator[Block]:
    """The blocks of a trafilatura output tree, in document order."""
    if text := _clean(body.text or ""):
        yield Block("p", text)
    for element in body:
        tag = element.tag
        if tag in CONTAINERS and (tag != "quote" or _has_blocks(element)):
            yield from blocks(element)
        elif tag in BLOCK_KINDS and (text := _block_text(element)):
            yield Block(BLOCK_KINDS[tag], text)
        # trafilatura leaves text it found between blocks as the tail of the block before
        if text := _clean(element.tail or ""):
            yield Block("p", text)


def _has_blocks(element: etree._Element) -> bool:
    return any(child.tag in BLOCK_KINDS or child.tag in CONTAINERS for child in element)


def _block_text(element: etree._Element) -> str:
    """The block's text as trafilatura's own text output renders it, without its tail.

    A table row is its cells' texts between " | ".
    """
    if element.tag == "row":
        return " | ".join(filter(None, (_block_text(cell) for cell in element)))
    tail, element.tail = element.tail, None
    text = xmltotxt(element, include_formatting=False)
    element.tail = tail
    if element.tag == "item":
        text = text.lstrip().removeprefix(ITEM_MARKER)
    return _clean(text)


def _clean(text: str) -> str:
    """Collapse runs of spaces, keep line breaks, trim."""
    return BLANK_LINES_RE.sub("\n", SPACES_RE.sub(" ", text)).strip()


def _take_body(tree: HtmlElement, body_xpath: str) -> HtmlElement | None:
    """A page holding only the elements `body_xpath` selects, or None when it selects nothing."""
    found = [element for element in tree.xpath(body_xpath) if isinstance(element, etree._Element)]
    if not found:
        return None
    page = etree.Element("html")
    body = etree.SubElement(page, "body")
    body.extend(found)
    return load_html(etree.tostring(page, encoding="unicode"))


# -- structure rules: which blocks are not the article, judged from the page's structure ----------

# How far into the blocks a headline may sit and still be the article's own title.
TITLE_WITHIN = 5
# Blocks before the title that are longer than this are taken as article text, not page furniture.
BEFORE_TITLE_WORDS = 30


def drop_title(blocks: Sequence[Block], page: Page) -> list[int]:
    """html.title: the page's own headline at the top of the text, and what trafilatura put before it.

    The title is `CleanResult.title`; repeated as the first line it is not body text. Short
    blocks above it (a section label, a teaser) are page furniture left of the article.
    """
    for index, block in enumerate(blocks[:TITLE_WITHIN]):
        if key(block.text) in page.titles:
            return list(range(index + 1))
        if len(WORD_RE.findall(block.text)) > BEFORE_TITLE_WORDS:
            break
    return []


# A link must have this many words to be taken for a teaser's (shorter ones are names, sources and
# labels that articles do link).
LINK_WORDS = 5
# Words a teaser line may carry besides its link: a label before ("Related:", "READ MORE:", "Also on
# example.com") and a tag after ("[VIDEO]"); the link must be at least twice as long as both (a
# tweet's "- Name (@handle) <linked date>" is not a teaser).
TEASER_EXTRA_WORDS = 4
# Longest block checked for starting with a headline link (a teaser with its summary).
HEADED_BLOCK_WORDS = 60
# Longest label taken to announce a list of teasers ("DON'T MISS", "Most read in world news").
RUN_LABEL_WORDS = 6


def drop_teasers(blocks: Sequence[Block], page: Page) -> list[int]:
    """html.teaser: blocks that only point the reader to other pages.

    A paragraph or list item that is nothing but a link to another page of the same site, maybe
    with a label ("SEE MORE: <headline>", "CLICK HERE TO GET THE APP"), is what a site puts into
    its articles to keep the reader; the article's own sentences carry their links inside them.
    Two or more blocks in a row that are links, or that start with a headline linking into the
    site and go on with its summary, are a list of recommended reading, whatever the links'
    site or the blocks' kind, and a short label just above such a list goes with it.
    """
    links = [_teaser_link(block, page) for block in blocks]
    found = set()
    for index, (block, link) in enumerate(zip(blocks, links, strict=True)):
        if link is not None and block.kind != "head" and _same_site(link.target, page.url):
            found.add(index)
    for start, stop in _runs(
        [link is not None or _headed_by_link(block, page) for block, link in zip(blocks, links, strict=True)]
    ):
        if stop - start >= 2:
            found.update(range(start, stop))
            if start > 0 and _is_label(blocks[start - 1]):
                found.add(start - 1)
    return sorted(found)


@dataclass(frozen=True)
class Link:
    """Where a link points, and whether its text reads as a sentence rather than a headline."""

    target: str
    sentence: bool


def _teaser_link(block: Block, page: Page) -> Link | None:
    """The link that every line of `block` consists of (give or take a label and a tag), or None."""
    found = None
    for line in block.text.split("\n"):
        found = _line_link(key(line).split(" "), page)
        if found is None:
            return None
    return found


def _line_link(words: list[str], page: Page) -> Link | None:
    extra = min(TEASER_EXTRA_WORDS, len(words) // 3)
    for front in range(extra + 1):
        for back in range(extra - front + 1):
            if (link := page.links.get(" ".join(words[front : len(words) - back]))) is not None:
                return link
    return None


def _headed_by_link(block: Block, page: Page) -> bool:
    """Whether `block` starts with a headline linking into the site, then goes on with more text.

    A headline is a link whose text does not end a sentence: neither inside the link nor just
    after it ("<a>WeWork is under investigation</a>. The company ..." is a sentence with a link).
    """
    words = key(block.text).split(" ")
    if len(words) > HEADED_BLOCK_WORDS:
        return False
    for size in range(LINK_WORDS, len(words)):
        link = page.links.get(" ".join(words[:size]))
        if link is not None:
            return not link.sentence and _same_site(link.target, page.url) and not _sentence_after(block.text, size)
    return False


def _sentence_after(text: str, size: int) -> bool:
    """Whether the first `size` words of `text` are followed by a sentence's or clause's end."""
    ends = [match.end() for match in WORD_RE.finditer(INVISIBLE_RE.sub("", text))]
    rest = INVISIBLE_RE.sub("", text)[ends[size - 1] :] if len(ends) >= size else ""
    return rest.lstrip()[:1] in CLAUSE_ENDS


def _runs(flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, stop) of each run of consecutive true `flags`."""
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            yield start, index
            start = None


def _is_label(block: Block) -> bool:
    """A few words, no figures (a date is an attribution, not a label), no full stop."""
    text = block.text.rstrip()
    return len(WORD_RE.findall(text)) <= RUN_LABEL_WORDS and not text.endswith(".") and not DIGIT_RE.search(text)


def _same_site(target: str, url: str | None) -> bool:
    """Whether `target` is on the site of `url` (same last two host labels: www., m., cdn. aside)."""
    if not url:
        return False
    here, there = urlsplit(url).hostname or "", urlsplit(target).hostname or ""
    return here.split(".")[-2:] == there.split(".")[-2:] and bool(there)


def drop_standfirst(blocks: Sequence[Block], page: Page) -> list[int]:
    """html.standfirst: a heading at the top that repeats the page's description (the dek).

    Sites set the summary under the headline as a heading and give the same text as the page's
    meta description; it introduces the article rather than being part of it. A *paragraph* equal
    to the description is kept: that is the usual lead paragraph.
    """
    found = []
    for index, block in enumerate(blocks[:TITLE_WITHIN]):
        if block.kind != "head":
            break
        if _summarises(key(block.text), page.summaries):
            found.append(index)
    return found


def _summarises(text: str, summaries: frozenset[str]) -> bool:
    """Whether `text` is one of `summaries`, or the start of one (descriptions get cut short)."""
    return bool(text) and any(summary.startswith(text) or text.startswith(summary) for summary in summaries)


STRUCTURE_RULES = {
    "html.title": drop_title,
    "html.standfirst": drop_standfirst,
    "html.teaser": drop_teasers,
}


def apply_structure_rules(blocks: Sequence[Block], page: Page) -> list[Dropped]:
    """Run every structure rule on `blocks`; a block goes to the first rule that names it."""
    dropped: dict[int, Dropped] = {}
    for rule, find in STRUCTURE_RULES.items():
        for index in find(blocks, page):
            dropped.setdefault(index, Dropped(rule, index, blocks[index]))
    return sorted(dropped.values(), key=lambda item: item.index)
