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
    links: dict[str, str]  # key of a link's text -> where the first such link points, made absolute


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
    dropped = apply_structure_rules(found, Page(url, titles, links))
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


# Links with text long enough to be a teaser (the XPath test is cheap; the word count comes after).
LONG_LINKS_XPATH = etree.XPath("//a[string-length(normalize-space(.)) >= 10]")


def link_targets(tree: HtmlElement, url: str | None) -> dict[str, str]:
    """Key of each link's text (of a few words at least) -> its absolute target."""
    targets: dict[str, str] = {}
    for anchor in LONG_LINKS_XPATH(tree):
        text = anchor.text_content()
        if URL_LIKE_RE.search(text):  # a bare address is a reference given in full, not a teaser
            continue
        text = key(text)
        if text.count(" ") >= LINK_WORDS - 1 and text not in targets:
            targets[text] = urljoin(url or "", anchor.get("href") or "")
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


# A block that is all one link must have this many words to be taken for a teaser (shorter ones
# are names, sources and labels that articles do link).
LINK_WORDS = 5
# Words a teaser may carry before its link ("Related:", "READ MORE:", "Also on example.com"); the
# link must be at least twice as long (a tweet's "- Name (@handle) <linked date>" is not a teaser).
TEASER_LABEL_WORDS = 4


def drop_teasers(blocks: Sequence[Block], page: Page) -> list[int]:
    """html.teaser: paragraphs and list items that are only a link to another page of the site.

    "SEE MORE: <headline>", a bare headline linking to a sister article, "CLICK HERE TO GET THE
    APP" are what a site puts into its articles to keep the reader; the article's own sentences
    carry their links inside. Two or more such blocks in a row go whatever the link's site or the
    blocks' kind (a list of recommended reading).
    """
    targets = [_teaser_target(block, page) for block in blocks]
    found = []
    for index, (block, target) in enumerate(zip(blocks, targets, strict=True)):
        if target is None:
            continue
        in_run = (index > 0 and targets[index - 1] is not None) or (
            index + 1 < len(blocks) and targets[index + 1] is not None
        )
        if in_run or (block.kind != "head" and _same_site(target, page.url)):
            found.append(index)
    return found


def _teaser_target(block: Block, page: Page) -> str | None:
    """Where the link that makes up `block` (after a short label) points, or None."""
    words = key(block.text).split(" ")
    for skip in range(min(TEASER_LABEL_WORDS, len(words) // 3) + 1):
        if (target := page.links.get(" ".join(words[skip:]))) is not None:
            return target
    return None


def _same_site(target: str, url: str | None) -> bool:
    """Whether `target` is on the site of `url` (same last two host labels: www., m., cdn. aside)."""
    if not url:
        return False
    here, there = urlsplit(url).hostname or "", urlsplit(target).hostname or ""
    return here.split(".")[-2:] == there.split(".")[-2:] and bool(there)


STRUCTURE_RULES = {
    "html.title": drop_title,
    "html.teaser": drop_teasers,
}


def apply_structure_rules(blocks: Sequence[Block], page: Page) -> list[Dropped]:
    """Run every structure rule on `blocks`; a block goes to the first rule that names it."""
    dropped: dict[int, Dropped] = {}
    for rule, find in STRUCTURE_RULES.items():
        for index in find(blocks, page):
            dropped.setdefault(index, Dropped(rule, index, blocks[index]))
    return sorted(dropped.values(), key=lambda item: item.index)
