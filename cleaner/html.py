"""HTML mode: main-content extraction with trafilatura, kept as paragraphs.

`extract` parses the page once, reads its title and language, prunes what the site rules name
(``prune_xpath``), optionally keeps only the site's article body (``body_xpath``), runs one
trafilatura extraction on the tree and turns trafilatura's output tree into blocks: one per
paragraph, heading, list item, quote paragraph or table row, as the page had them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from cleaner.decode import decode

# The kinds of block trafilatura's output tree holds, by the tag it gives them.
BLOCK_KINDS = {"p": "p", "head": "head", "item": "item", "row": "row", "code": "code", "quote": "quote"}
# Containers whose children are the blocks.
CONTAINERS = {"list", "quote", "table", "div", "body"}

WORD_RE = regex.compile(r"\w+")
# What sites put between the headline and their name in <title>.
TITLE_SEPARATOR_RE = regex.compile(r"\s+[|:/\p{Pd}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]+\s+")
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
    dropped = apply_structure_rules(found, Page(url, titles))
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


def key(text: str) -> str:
    """Text reduced to its lowercased words, for comparing blocks with headlines and links."""
    return " ".join(WORD_RE.findall(text.casefold()))


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
    if element.tag == "row":
        cells = (_clean(_inline_text(cell)) for cell in element)
        return " | ".join(cell for cell in cells if cell)
    return _clean(_inline_text(element))


def _inline_text(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


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


STRUCTURE_RULES = {
    "html.title": drop_title,
}


def apply_structure_rules(blocks: Sequence[Block], page: Page) -> list[Dropped]:
    """Run every structure rule on `blocks`; a block goes to the first rule that names it."""
    dropped: dict[int, Dropped] = {}
    for rule, find in STRUCTURE_RULES.items():
        for index in find(blocks, page):
            dropped.setdefault(index, Dropped(rule, index, blocks[index]))
    return sorted(dropped.values(), key=lambda item: item.index)
