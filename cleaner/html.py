"""HTML mode: main-content extraction with trafilatura, kept as paragraphs, then structure rules.

`extract` parses the page once; reads its title, language, description and links; removes what
the site's selectors name (``prune``) or keeps only the site's article body (``body``); runs one
trafilatura extraction on the tree; and turns trafilatura's output tree into blocks, one per
paragraph, heading, list item, quote paragraph or table row, as the page had them. The
*structure rules* (``STRUCTURE_RULES``) then mark the blocks that are not the article, judged
from what only the HTML shows (a block that is all one link, the page's own headline); the
engine's text rules and line repair run on the rest, as in text mode.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

import regex
import trafilatura
from courlan import extract_domain
from lxml import etree
from lxml.html import Element, HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import is_dubious_html, load_html, repair_faulty_html
from trafilatura.xml import xmltotxt

from cleaner import textmode
from cleaner.decode import decode
from cleaner.ops import Rule

# The kinds of block trafilatura's output tree holds, by the tag it gives them.
BLOCK_KINDS = {"p": "p", "head": "head", "item": "item", "row": "row", "code": "code", "quote": "quote"}
# Containers whose children are the blocks.
CONTAINERS = {"list", "quote", "table", "div", "body"}

# Words, with each Chinese or Japanese character a word of its own (as the benchmark's score counts).
WORD_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")
# The same words in ASCII text, found faster: by the stdlib engine, whose calls cost less than the
# regex module's (its \w is the same on ASCII).
ASCII_WORD_RE = re.compile(r"\w+")
# trafilatura drops every character `str.isprintable` refuses, the zero-width non-joiner and joiner
# among them; but Persian spells words with the one (a verb's prefix, a plural's ending: the word
# without it reads as another), Indic scripts and emoji sequences need the other. They cross the
# extraction as printable stand-ins, letters of a script no page is written in (a page holding
# either keeps trafilatura's behaviour), and are put back in what `extract` returns.
JOINER_STAND_INS = {
    "\N{ZERO WIDTH NON-JOINER}": "\N{LINEAR B SYLLABLE B008 A}",
    "\N{ZERO WIDTH JOINER}": "\N{LINEAR B SYLLABLE B038 E}",
}
JOINER_ENTITY_RE = regex.compile(r"&(?:zwn?j|#0*820[45]|#x0*200[cd]);", regex.IGNORECASE)
# Format characters (soft hyphens, direction marks, and the joiners' stand-ins) are left out of keys:
# trafilatura's text output drops them.
INVISIBLE_RE = regex.compile(r"[\p{Cf}" + "".join(JOINER_STAND_INS.values()) + "]+")
# What sites put between the headline and their name in <title>.
TITLE_SEPARATOR_RE = regex.compile(r"\s+[|:/\p{Pd}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]+\s+")
SENTENCE_ENDS = (".", "\N{IDEOGRAPHIC FULL STOP}")
# What, right after a link, shows it ended a sentence or clause ("?" and "!" end headlines too).
CLAUSE_ENDS = frozenset(".:;,\N{IDEOGRAPHIC FULL STOP}\N{IDEOGRAPHIC COMMA}")
DIGIT_RE = regex.compile(r"\d")
# A web address written out, as a token of its own ("https://…", "www.…", "rt.com").
URL_TOKEN_RE = regex.compile(r"\S*(?:https?://|www\.|\w\.(?:com|org|net)\b)\S*", regex.I)
# What every address `URL_TOKEN_RE` finds contains (lowercased): text without them needs no search.
ADDRESS_MARKS = ("://", "www.", ".com", ".org", ".net")
ITEM_MARKER = "- "  # what trafilatura's text output puts before a list item
# Runs of spaces but a single one (replacing a space by a space costs as much as any replacement).
SPACES_RE = regex.compile(r"[^\S\n]{2,}|[^\S\n ]")
LINE_BREAK_RE = regex.compile(r" *\n *")
PARAGRAPH_BREAK_RE = regex.compile(r"\n{2,}")
# An XPath expression rather than a CSS selector: it starts like a path or a function call.
XPATH_START_RE = regex.compile(r"\s*(?:\.?/|\(|[\w-]+\()")

# <meta> names and properties read from the page's head.
HEAD_NAMES = frozenset(("og:title", "twitter:title", "description", "og:description", "twitter:description", "og:url"))
ABSOLUTE_URL_RE = regex.compile(r"https?://[^/\s]+", regex.I)
# Embedded social-media posts (the blockquote their embed code puts the post's text in).
EMBEDDED_POSTS_XPATH = etree.XPath(
    "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')"
    " or contains(@class, 'bluesky-embed') or contains(@class, 'mastodon-embed')]"
)
VISIBLE_TEXT_XPATH = etree.XPath(".//text()[not(ancestor::script) and not(ancestor::style)]")
CHUNK_PARAGRAPHS_XPATH = etree.XPath("p[string-length(normalize-space(.)) >= 40]")
CHUNK_PROBE_WORDS = 6
# A class trafilatura takes for an article's body container.
CHUNKS_CONTAINER_CLASS = "article-body"
# Headlines; links with text long enough to be a teaser (the XPath length test is cheap, the word
# count comes after); long paragraphs, whose containers show an article split into chunks.
BODY_FACTS_XPATH = etree.XPath(
    "//h1 | //a[string-length(normalize-space(.)) >= 10] | //p[string-length(normalize-space(.)) >= 40]"
)

# trafilatura's parser (the options of `trafilatura.utils.HTML_PARSER`) with lxml's C-level element
# class lookup: lxml.html's own calls a Python method for every element Python touches, in our code
# and in trafilatura's on its copy of our tree (a tenth of HTML mode's time beside trafilatura's),
# only to give forms and their fields classes of their own, which neither uses.
PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


@dataclass(frozen=True)
class Block:
    """One paragraph-level unit of the page: its kind, its text and, if it is not article text,
    the id of the rule that says so."""

    kind: str  # "p", "head", "item", "quote", "row", "code"; "element" for what a selector pruned
    text: str  # inline text; a <br> in the page is a "\n"
    rule: str | None = None

    @functools.cached_property
    def key(self) -> str:
        return key(self.text)


@dataclass(frozen=True)
class Selector:
    """A compiled CSS selector or XPath expression, and the id of the rule that declared it."""

    rule: str
    source: str
    xpath: etree.XPath

    def __call__(self, tree: etree._Element) -> list[etree._Element]:
        return [found for found in self.xpath(tree) if isinstance(found, etree._Element)]


def selector(source: str, rule: str = "") -> Selector:
    """Compile `source`, a CSS selector or (starting with "/", "./", "(" or a function) an XPath.

    Raises ValueError saying what is wrong; CSS needs the ``cssselect`` package.
    """
    if XPATH_START_RE.match(source):
        try:
            return Selector(rule, source, etree.XPath(source))
        except etree.XPathSyntaxError as exc:
            raise ValueError(f"XPath does not compile: {exc}") from None
    try:
        from cssselect import HTMLTranslator, SelectorError
    except ImportError:
        raise ValueError("CSS selectors need the cssselect package (pip install cssselect); or write XPath") from None
    try:
        return Selector(rule, source, etree.XPath(HTMLTranslator().css_to_xpath(source)))
    except SelectorError as exc:
        raise ValueError(f"CSS selector does not parse: {exc}") from None


@dataclass(frozen=True)
class Link:
    """Where a link points (as written: resolving every link costs more than the rest together),
    and whether its text reads as a sentence rather than a headline."""

    target: str
    sentence: bool


@dataclass(frozen=True)
class Links:
    """A page's links by the key of their text, indexed so most word runs are ruled out at once."""

    by_key: dict[str, Link]
    starts: frozenset[str]  # the first LINK_WORDS words of each
    longest: int  # words in the longest
    longest_chars: int  # characters in the longest key

    def get(self, words: Sequence[str]) -> Link | None:
        """The link whose text is exactly `words`, if any."""
        if not LINK_WORDS <= len(words) <= self.longest or " ".join(words[:LINK_WORDS]) not in self.starts:
            return None
        return self.by_key.get(" ".join(words))


@dataclass(frozen=True)
class Facts:
    """What the structure rules know of the page besides its blocks."""

    url: str | None
    titles: frozenset[str]  # keys (see `key`) of every headline the page gives itself
    links: Links
    summaries: frozenset[str] = frozenset()  # keys of the page's meta descriptions
    h1: str | None = None  # the text of the page's only <h1>, if it has exactly one
    containers: tuple[etree._Element, ...] = ()  # the parent of each long paragraph, in order


@dataclass(frozen=True)
class Extracted:
    """What `extract` found in a page.

    ``blocks`` holds every block of trafilatura's extraction, those a structure rule removed
    included (with the rule's id); ``pruned`` the text of the elements site selectors removed
    before extraction. ``status`` is "ok", "unparsable" (not HTML) or "empty" (no main content).
    """

    title: str | None
    blocks: tuple[Block, ...]
    language: str | None = None  # the page's <html lang>, as declared
    status: str = "ok"
    pruned: tuple[Block, ...] = ()
    url: str | None = None  # the page's address: as given, else its canonical link or og:url

    @property
    def kept(self) -> list[Block]:
        return [block for block in self.blocks if block.rule is None]

    def lines(self) -> tuple[list[str], list[str | None]]:
        """The blocks as text lines, a blank line between blocks, and the rule id that removed each.

        What site selectors pruned comes first, so explain shows it like every other removal.
        """
        lines: list[str] = []
        rules: list[str | None] = []
        for block in (*self.pruned, *self.blocks):
            if lines:
                lines.append("")
                rules.append(None)
            for line in block.text.split("\n"):
                lines.append(line.strip())
                rules.append(block.rule)
        return lines, rules


SelectorsFor = Callable[[str | None], tuple[Sequence[Selector], Sequence[Selector]]]


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    prune: Sequence[Selector] = (),
    body: Selector | Sequence[Selector] | None = None,
    selectors_for: SelectorsFor | None = None,
) -> Extracted:
    """Extract the main content of `html` as blocks, with the page's title (see the module docstring).

    `prune` selectors remove elements before extraction; the first `body` selector that finds
    something gives the article's container(s). `selectors_for(url)`, called once the page's own
    address is known (as given, else its canonical link), adds the selectors of that URL's site.
    """
    text, shielded = shield_joiners(decode(html).text)
    found = _extract(text, url, prune, body, selectors_for)
    return restore_joiners(found) if shielded else found


def _extract(
    html: str,
    url: str | None,
    prune: Sequence[Selector],
    body: Selector | Sequence[Selector] | None,
    selectors_for: SelectorsFor | None,
) -> Extracted:
    tree = parse(html)
    if tree is None:
        return Extracted(None, (), None, "unparsable")
    head = read_head(tree)
    url = url or head.url
    bodies = [body] if isinstance(body, Selector) else list(body or ())
    if selectors_for is not None:
        site_prune, site_body = selectors_for(url)
        prune, bodies = [*prune, *site_prune], [*bodies, *site_body]
    facts = read_body(tree, url)
    facts = dataclasses.replace(facts, titles=facts.titles | head.titles, summaries=head.summaries)
    title = facts.h1 or head.title
    article = _around(tree, bodies) if prune else frozenset()
    pruned = (*_prune(tree, prune, article), *_prune(tree, element_rules(url), article))
    keep_embedded_posts(tree)
    for chosen in bodies:
        if found_body := chosen(tree):
            tree = _page_of(found_body)
            break
    found = main_content(tree, url, facts.containers)
    if found is None:
        return Extracted(title, (), head.language, "empty", pruned, url)
    found = apply_structure_rules(found, facts)
    return Extracted(title, tuple(found), head.language, "ok", pruned, url)


def parse(text: str) -> HtmlElement | None:
    """The tree of `text` as `trafilatura.utils.load_html` makes it (None when it is not HTML), with
    `PARSER`. What that repairs it repairs here too; text it cannot parse as given (an encoding
    declaration in it, no document), it parses its own way, as it would have."""
    beginning = text[:50].lower()
    try:
        tree = fromstring(repair_faulty_html(text, beginning), parser=PARSER)
    except (ValueError, etree.LxmlError):
        return load_html(text)
    if len(tree) < 1:
        return load_html(text)
    return None if is_dubious_html(beginning) and len(tree) < 2 else tree


def shield_joiners(html: str) -> tuple[str, bool]:
    """`html` with its zero-width joiners and non-joiners (written out or as entities) as their
    stand-ins (see JOINER_STAND_INS), and whether it had any."""
    written = any(joiner in html for joiner in JOINER_STAND_INS)
    entities = "&" in html and JOINER_ENTITY_RE.search(html) is not None
    if not (written or entities) or any(stand_in in html for stand_in in JOINER_STAND_INS.values()):
        return html, False
    if entities:
        html = JOINER_ENTITY_RE.sub(_joiner_of_entity, html)
    for joiner, stand_in in JOINER_STAND_INS.items():
        html = html.replace(joiner, stand_in)
    return html, True


def _joiner_of_entity(entity: regex.Match[str]) -> str:
    """The stand-in for "&zwnj;", "&#8204;", "&#x200c;" (a non-joiner) or the joiner's entities."""
    name = entity.group().lower()
    non_joiner = name == "&zwnj;" or name.endswith(("4;", "c;"))
    return JOINER_STAND_INS["\N{ZERO WIDTH NON-JOINER}" if non_joiner else "\N{ZERO WIDTH JOINER}"]


def restore_joiners(found: Extracted) -> Extracted:
    """`found` with the joiners' stand-ins in its title and blocks turned back into the joiners."""

    def restored(text: str) -> str:
        for joiner, stand_in in JOINER_STAND_INS.items():
            text = text.replace(stand_in, joiner)
        return text

    return dataclasses.replace(
        found,
        title=None if found.title is None else restored(found.title),
        blocks=tuple(dataclasses.replace(block, text=restored(block.text)) for block in found.blocks),
        pruned=tuple(dataclasses.replace(block, text=restored(block.text)) for block in found.pruned),
    )


# Below this many characters, a fast extraction is checked with trafilatura's whole cascade.
FAST_MIN_CHARS = 500
# A fast extraction that is one block of this many characters is the page dumped whole.
DUMP_CHARS = 2000


def main_content(tree: HtmlElement, url: str | None, containers: Sequence[etree._Element] = ()) -> list[Block] | None:
    """The blocks of trafilatura's extraction of `tree`, or None when it finds no main content.

    trafilatura runs in its fast mode first, without the readability and jusText comparison
    that takes a third of its time; on news pages that comparison rarely changes the result,
    and as often for the worse. When the fast result looks failed (nothing, little text, or the
    whole page as one undivided block, trafilatura's last resort) the page goes through the
    whole cascade, as plain trafilatura would have done.
    """
    found = _trafilatura_blocks(tree, url, fast=True)  # trafilatura works on a copy of `tree`
    if found is None or _looks_failed(found):
        found = _trafilatura_blocks(tree, url, fast=False) or found
    elif _join_article_chunks(containers, found):
        found = _trafilatura_blocks(tree, url, fast=True) or found
    return found


def _join_article_chunks(containers: Sequence[etree._Element], found: Sequence[Block]) -> bool:
    """Mark the container of an article split into chunks when the extraction kept only the first.

    Some sites cut the body into several elements of the same class with ads and widgets in
    between; trafilatura takes the first element that looks like an article body and stops
    there. When the extraction holds the first chunk's text but not the last one's, the chunks'
    nearest common container gets trafilatura's body class instead (it comes first in document
    order), so the whole article is extracted, in order, and what sits between the chunks goes
    through trafilatura's usual pruning. Returns whether it marked one (the page is extracted again).
    """
    text = None  # the extraction's key, made only for a page with chunks
    for chunks in _chunk_groups(containers):
        first, last = (_opening_words(chunk) for chunk in (chunks[0], chunks[-1]))
        if not (first and last):
            continue
        text = text if text is not None else key(" ".join(block.text for block in found))
        if first in text and last not in text and (common := _common_ancestor(chunks)) is not None:
            common.set("class", CHUNKS_CONTAINER_CLASS)
            return True
    return False


def _chunk_groups(containers: Sequence[etree._Element]) -> Iterator[list[etree._Element]]:
    """Groups of two or more non-nested classed <div>s or <section>s of one tag and class, each
    the container of two long paragraphs or more (`containers` has one entry a paragraph)."""
    counts: dict[etree._Element, int] = {}
    for container in containers:
        if container is not None and container.tag in ("div", "section") and container.get("class"):
            counts[container] = counts.get(container, 0) + 1
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for element, count in counts.items():
        if count < 2:
            continue
        group = groups.setdefault((element.tag, element.get("class")), [])
        if not group or not any(ancestor is group[-1] for ancestor in element.iterancestors()):
            group.append(element)
    return (group for group in groups.values() if len(group) > 1)


def _opening_words(chunk: etree._Element) -> str:
    """Key of the first words of a chunk's first long paragraph ("" if a selector pruned them all)."""
    paragraphs = CHUNK_PARAGRAPHS_XPATH(chunk)
    return " ".join(key(paragraphs[0].text_content()).split(" ")[:CHUNK_PROBE_WORDS]) if paragraphs else ""


def _common_ancestor(elements: Sequence[etree._Element]) -> etree._Element | None:
    others = [list(element.iterancestors()) for element in elements[1:]]
    return next((up for up in elements[0].iterancestors() if all(up in ancestors for ancestors in others)), None)


def _trafilatura_blocks(tree: HtmlElement, url: str | None, *, fast: bool) -> list[Block] | None:
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, output_format="txt", fast=fast)
    return None if document is None or document.body is None else list(blocks(document.body))


def _looks_failed(found: Sequence[Block]) -> bool:
    sizes = [len(block.text) for block in found]
    return sum(sizes) < FAST_MIN_CHARS or (len(sizes) == 1 and sizes[0] >= DUMP_CHARS)


@dataclass(frozen=True)
class Head:
    """What a page says about itself in its <head>."""

    title: str | None  # og:title, else twitter:title, else the longest part of <title>
    titles: frozenset[str]  # keys of those, and of the parts of <title> ("Headline | Site")
    summaries: frozenset[str]  # keys of the meta descriptions
    language: str | None
    url: str | None  # the canonical link, else og:url (absolute ones only)


def read_head(tree: HtmlElement) -> Head:
    """The page's <head> metadata, read in one pass over the head alone."""
    head = tree.find("head")
    named: dict[str, str] = {}
    for element in (head if head is not None else tree).iter("meta", "title", "link"):
        if element.tag == "title":
            named.setdefault("title", element.text_content())
        elif element.tag == "link":
            if (element.get("rel") or "").lower() == "canonical":
                named.setdefault("canonical", element.get("href") or "")
        elif (name := (element.get("property") or element.get("name") or "").lower()) in HEAD_NAMES:
            named.setdefault(name, element.get("content") or "")
    titles = [named.get(name, "") for name in ("og:title", "twitter:title", "title")]
    parts = TITLE_SEPARATOR_RE.split(titles[2]) if titles[2] else []
    summaries = (named.get(name, "") for name in ("description", "og:description", "twitter:description"))
    # <title> is "Headline | Site" more often than not: its longest part is the headline
    headline = [*titles[:2], max(parts, key=len) if parts else ""]
    return Head(
        next(filter(None, map(_clean, headline)), None),
        frozenset(filter(None, map(key, [*titles, *parts]))),
        frozenset(filter(None, map(key, summaries))),
        tree.get("lang"),
        next((u for u in (named.get("canonical"), named.get("og:url")) if u and ABSOLUTE_URL_RE.match(u)), None),
    )


def read_body(tree: HtmlElement, url: str | None) -> Facts:
    """The page's <h1> headline(s), its links of `LINK_WORDS` words or more and the containers of
    its long paragraphs, in one XPath pass."""
    h1s: list[str] = []
    targets: dict[str, Link] = {}
    containers: list[etree._Element] = []
    for element in BODY_FACTS_XPATH(tree):
        if element.tag == "p":
            containers.append(element.getparent())
            continue
        text = element.text_content()
        if element.tag == "h1":
            h1s.append(text)
        # A link that is an address and little else is a reference given in full, not a teaser; one
        # that names its site beside a headline ("Also on example.com: <headline>") is a teaser. A
        # link to a part of the page itself (a table of contents quoting each section's first
        # words) points to the article, not away from it.
        elif _teaser_sized(text, words := key(text)) and not _in_page(element, url) and words not in targets:
            targets[words] = Link(element.get("href") or "", text.rstrip().endswith(SENTENCE_ENDS))
    starts = frozenset(" ".join(words.split(" ")[:LINK_WORDS]) for words in targets)
    longest = max((words.count(" ") + 1 for words in targets), default=0)
    links = Links(targets, starts, longest, max(map(len, targets), default=0))
    h1 = _clean(h1s[0]) if len(h1s) == 1 else None
    return Facts(url, frozenset(filter(None, map(key, h1s))), links, h1=h1, containers=tuple(containers))


def _in_page(link: etree._Element, url: str | None) -> bool:
    """Whether `link` leads to a place on the page at `url` ("#section-2", "<url>#comments")."""
    target = link.get("href") or ""
    if "#" not in target:
        return False
    return target.startswith("#") or (url is not None and urljoin(url, target).split("#")[0] == url.split("#")[0])


def key(text: str) -> str:
    """Text reduced to its lowercased words, for comparing blocks with headlines and links."""
    folded = text.casefold()
    if folded.isascii():  # no format characters, and words are runs of letters and digits
        return " ".join(ASCII_WORD_RE.findall(folded))
    return " ".join(WORD_RE.findall(INVISIBLE_RE.sub("", folded)))


def _teaser_sized(text: str, words: str) -> bool:
    """Whether link `text` (`words`, its key) has `LINK_WORDS` words or more besides web addresses."""
    if words.count(" ") < LINK_WORDS - 1:
        return False  # addresses only take words away
    low = text.lower()
    if not any(mark in low for mark in ADDRESS_MARKS):
        return True
    return key(URL_TOKEN_RE.sub(" ", text)).count(" ") >= LINK_WORDS - 1


def blocks(body: etree._Element) -> Iterator[Block]:
    """The blocks of a trafilatura output tree, in document order.

    A double line break (<br><br>) inside an element separates paragraphs, as sites that set
    their text in one element with breaks mean it; a single one stays a line break.
    """
    if body.text:
        yield from _paragraphs("p", body.text)
    for element in body:
        tag = element.tag
        if tag in CONTAINERS and (tag != "quote" or _has_blocks(element)):
            yield from blocks(element)
        elif tag in BLOCK_KINDS:
            for part in _split_at_double_breaks(element):
                yield from _split_paragraphs(BLOCK_KINDS[tag], _block_text(part))
        # trafilatura leaves text it found between blocks as the tail of the block before
        if element.tail:
            yield from _paragraphs("p", element.tail)


def _split_at_double_breaks(element: etree._Element) -> list[etree._Element]:
    """`element` cut into elements of its tag where two line breaks follow each other."""
    if element.tag in ("row", "code") or element.find("lb") is None:
        return [element]
    pairs = list(itertools.pairwise([*element, None]))
    if not any(_double_break(*pair) for pair in pairs):
        return [element]
    parts = [etree.Element(element.tag)]
    parts[0].text = element.text
    skip = False
    for child, following in pairs:
        if skip:
            skip = False
        elif _double_break(child, following):
            parts.append(etree.Element(element.tag))
            parts[-1].text, skip = following.tail, True
        else:
            parts[-1].append(child)
    return parts


def _double_break(child: etree._Element, following: etree._Element | None) -> bool:
    return child.tag == "lb" and following is not None and following.tag == "lb" and not (child.tail or "").strip()


def _paragraphs(kind: str, text: str) -> Iterator[Block]:
    return _split_paragraphs(kind, _clean(text))


def _split_paragraphs(kind: str, text: str) -> Iterator[Block]:
    """The blocks of `text`, cleaned already (see `_clean`): a blank line parts paragraphs."""
    for part in PARAGRAPH_BREAK_RE.split(text) if "\n\n" in text else (text,):
        if part:
            yield Block(kind, part)


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
    """Collapse runs of spaces, keep line breaks (a double one as a blank line), trim."""
    text = SPACES_RE.sub(" ", text)
    if "\n" not in text:
        return text.strip()
    return PARAGRAPH_BREAK_RE.sub("\n\n", LINE_BREAK_RE.sub("\n", text)).strip()


def keep_embedded_posts(tree: HtmlElement) -> None:
    """Let trafilatura keep the social-media posts an article embeds (a tweet it quotes).

    The embed code is a <blockquote> holding the post's text and its author, classed
    "twitter-tweet" and wrapped in "embed"/"social" boxes that trafilatura discards as share
    widgets. The post is part of the story, so its class goes, and so do those of the wrappers
    around it that hold nothing else.
    """
    for quote in EMBEDDED_POSTS_XPATH(tree):
        size = _visible_chars(quote)
        element = quote
        while element is not None and element.tag != "body" and (element is quote or _visible_chars(element) == size):
            element.attrib.pop("class", None)
            element.attrib.pop("id", None)
            element = element.getparent()


def _visible_chars(element: etree._Element) -> int:
    return sum(len(text.strip()) for text in VISIBLE_TEXT_XPATH(element))


def _around(tree: HtmlElement, bodies: Sequence[Selector]) -> frozenset[etree._Element]:
    """The article's container(s), as the first `bodies` selector that finds something finds them,
    and every element around them."""
    for chosen in bodies:
        if found := chosen(tree):
            return frozenset(up for element in found for up in (element, *element.iterancestors()))
    return frozenset()


def _prune(
    tree: HtmlElement, selectors: Sequence[Selector], article: frozenset[etree._Element] = frozenset()
) -> Iterator[Block]:
    """Remove what each selector finds (keeping the text that follows an element), as blocks; never
    an element in `article`: a box's name that a page also gives the article's container (a layout
    class such as "row") must not take the article with it."""
    for chosen in selectors:
        for element in chosen(tree):
            if element in article or not any(up is tree for up in element.iterancestors()):
                continue  # the article's container or around it; the root; inside an element already removed
            if text := _clean(" ".join(element.itertext())):
                yield Block("element", text, chosen.rule)
            element.drop_tree()


def _page_of(elements: Sequence[etree._Element]) -> HtmlElement:
    """A page whose body holds `elements` (moved out of their tree), those inside another left in it.

    They go into one <article>: without an element that trafilatura takes for an article, it
    recovers the text as loose paragraphs and keeps one of paragraphs that repeat (a recipe's
    "Portion Fix Containers: 1 Green" under each meal). An element inside them that trafilatura
    knows for a story's body (an "article-body" class) it still prefers to the <article>.
    """
    chosen = set(elements)
    page = Element("html")
    container = etree.SubElement(etree.SubElement(page, "body"), "article")
    container.extend(e for e in elements if not any(up in chosen for up in e.iterancestors()))
    return page


# -- structure rules: which blocks are not the article, judged from the page's structure ----------

# How far into the blocks a headline may sit and still be the article's own title.
TITLE_WITHIN = 5
# Blocks before the title that are longer than this are taken as article text, not page furniture.
BEFORE_TITLE_WORDS = 30


def drop_title(blocks: Sequence[Block], facts: Facts) -> list[int]:
    """html.title: the page's own headline at the top of the text, and what trafilatura put before it.

    The title is `CleanResult.title`; repeated as the first line it is not body text. Short
    blocks above it (a section label, a teaser) are page furniture left of the article.
    """
    for index, block in enumerate(blocks[:TITLE_WITHIN]):
        if block.key in facts.titles:
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
# Longest block checked for starting with a headline link (a teaser with its summary), and how
# much of its start is enough to find the link's first words.
HEADED_BLOCK_CHARS = 500
HEADLINE_CHARS = 150
# Longest label taken to announce a list of teasers ("DON'T MISS", "Most read in world news").
RUN_LABEL_WORDS = 6


def drop_teasers(blocks: Sequence[Block], facts: Facts) -> list[int]:
    """html.teaser: blocks that only point the reader to other pages.

    A paragraph or list item that is nothing but a link to another page of the same site, maybe
    with a label ("SEE MORE: <headline>", "CLICK HERE TO GET THE APP"), is what a site puts into
    its articles to keep the reader; the article's own sentences carry their links inside them.
    Two or more blocks in a row that are links, or that start with a headline linking into the
    site and go on with its summary, are a list of recommended reading, whatever the links'
    site or the blocks' kind, and a short label just above such a list goes with it.
    """
    links = [_teaser_link(block, facts) for block in blocks]
    found = set()
    for index, (block, link) in enumerate(zip(blocks, links, strict=True)):
        if link is not None and block.kind != "head" and _same_site(link.target, facts.url):
            found.add(index)
    for start, stop in _runs(
        [link is not None or _headed_by_link(block, facts) for block, link in zip(blocks, links, strict=True)]
    ):
        if stop - start >= 2:
            found.update(range(start, stop))
            if start > 0 and _is_label(blocks[start - 1].text):
                found.add(start - 1)
    return sorted(found)


def _teaser_link(block: Block, facts: Facts) -> Link | None:
    """The link every line of `block` consists of (give or take a label and a tag), or None.

    A block of several lines may start with a label line of its own ("DON'T MISS").
    """
    lines = block.text.split("\n")
    if len(lines) > 2 and _is_label(lines[0]):
        lines = lines[1:]
    found = None
    for line in lines:
        if len(line) > 2 * facts.links.longest_chars:  # a sentence, not a link and a label
            return None
        found = _line_link(key(line).split(" "), facts)
        if found is None:
            return None
    return found


def _line_link(words: list[str], facts: Facts) -> Link | None:
    extra = min(TEASER_EXTRA_WORDS, len(words) // 3)
    for front in range(extra + 1):
        if " ".join(words[front : front + LINK_WORDS]) not in facts.links.starts:
            continue  # no link starts here, however many words the tag after it takes (one look, not five)
        for back in range(extra - front + 1):
            if (link := facts.links.get(words[front : len(words) - back])) is not None:
                return link
    return None


def _headed_by_link(block: Block, facts: Facts) -> bool:
    """Whether `block` starts with a headline linking into the site, then goes on with more text.

    A headline is a link whose text does not end a sentence: neither inside the link nor just
    after it ("<a>WeWork is under investigation</a>. The company ..." is a sentence with a link).
    """
    if len(block.text) > HEADED_BLOCK_CHARS or not facts.links.starts:
        return False
    start = key(block.text[:HEADLINE_CHARS]).split(" ")[:LINK_WORDS]  # cheap first look
    if " ".join(start) not in facts.links.starts:
        return False
    words = block.key.split(" ")
    for size in range(LINK_WORDS, min(len(words), facts.links.longest + 1)):
        link = facts.links.get(words[:size])
        if link is not None:
            return not link.sentence and _same_site(link.target, facts.url) and not _sentence_after(block.text, size)
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


def _is_label(text: str) -> bool:
    """A few words, no figures (a date is an attribution, not a label), no full stop."""
    text = text.rstrip()
    return len(WORD_RE.findall(text)) <= RUN_LABEL_WORDS and not text.endswith(".") and not DIGIT_RE.search(text)


def _same_site(target: str, url: str | None) -> bool:
    """Whether link `target` leads to the site of `url`: the same registered domain (news.bbc.co.uk
    and www.bbc.co.uk are one site, example.co.uk another), as courlan (a trafilatura dependency)
    tells it from the public-suffix list."""
    if not url:
        return False
    here = _domain(url)
    if target.startswith("/") and not target.startswith("//") and url.startswith(("https://", "http://")):
        return here is not None  # a path on the page's own host
    try:
        there = _domain(urljoin(url, target))
    except ValueError:  # a malformed link
        return False
    return there is not None and there == here


@functools.lru_cache(maxsize=4096)
def _domain(address: str) -> str | None:
    """The registered domain of `address` (pages link the same addresses over and over)."""
    return extract_domain(address, fast=True)


def drop_standfirst(blocks: Sequence[Block], facts: Facts) -> list[int]:
    """html.standfirst: a heading at the top that repeats the page's description (the dek).

    Sites set the summary under the headline as a heading and give the same text as the page's
    meta description; it introduces the article rather than being part of it. A *paragraph* equal
    to the description is kept: that is the usual lead paragraph.
    """
    found = []
    for index, block in enumerate(blocks[:TITLE_WITHIN]):
        if block.kind != "head":
            break
        if _summarises(block.key, facts.summaries):
            found.append(index)
    return found


def _summarises(text: str, summaries: frozenset[str]) -> bool:
    """Whether `text` is one of `summaries`, or the start of one (descriptions get cut short)."""
    return bool(text) and any(summary.startswith(text) or text.startswith(summary) for summary in summaries)


def drop_section_labels(blocks: Sequence[Block], facts: Facts) -> list[int]:
    """html.section-label: a block that is only the label of page furniture, in any language.

    "Related stories", "Most read", "Tags", "Comments", "Share", "Weitere Artikel", "Читайте
    также", "相关新闻": the headers of the lists and widgets around an article, and the share and
    menu words; and a block that is one word of a site notice alone: the ad label ("Anzeige",
    "PUBLICIDAD", "Реклама", "广告"), "Newsletter", "Sponsored". All as text mode knows them
    (``cleaner.textmode``'s lexicons of some twenty languages). Main-content extraction often keeps
    the label when it drops the list or the ad under it.
    """
    return [index for index, block in enumerate(blocks) if _is_label_of_furniture(block.text)]


def _is_label_of_furniture(text: str) -> bool:
    """Whether text mode takes a line of `text` for navigation, a section or comments header, or a
    site-notice word standing alone."""
    low = text.lower()
    if len(low) > textmode.MAX_KEY_CHARS or "\n" in low:
        return False
    found = low.strip(textmode.KEY_STRIP)
    return (
        textmode.KEY_KINDS.get(found) in LABEL_KINDS
        or found.startswith(textmode.COMMENTS_STARTS + textmode.SECTION_STARTS)
        or found.strip(".!") in textmode.NOTICE_WORDS
        or found in textmode.NOTICE_MARKS
    )


LABEL_KINDS = frozenset((textmode.CHROME, textmode.SECTION, textmode.COMMENTS_HEADER))

# What an image caption set in a paragraph may hold besides the image and the caption's emphasis.
CAPTION_PARTS = frozenset(("img", "picture", "br", "em", "i"))
CAPTION_EMPHASIS = frozenset(("em", "i"))
IMAGE_TAGS = ("img", "picture")
CAPTION_WORDS = 60


def find_captions(tree: etree._Element, url: str | None = None) -> list[etree._Element]:
    """html.caption: a paragraph that is an image and, under it, its caption in emphasis.

    Pages written in a plain editor set a photo in the story as ``<p><img><br><em>caption</em></p>``,
    with no figure or class to tell it apart; the caption describes the picture, it is not the
    article's text. Only the image, line breaks and the emphasised caption (a link around the
    image counts as the image) may be in the paragraph, the image first: a sentence of the article
    beside a picture keeps its paragraph.
    """
    # The paragraphs holding an image, or a link around one, as children (found from the images:
    # a tag scan in C is several times faster than an XPath over every paragraph).
    paragraphs: dict[etree._Element, None] = {}
    for image in tree.iter(IMAGE_TAGS):
        parent = image.getparent()
        if parent is not None and parent.tag == "a":
            parent = parent.getparent()
        if parent is not None and parent.tag == "p":
            paragraphs[parent] = None
    return [p for p in paragraphs if _is_caption(p)]


def _is_caption(paragraph: etree._Element) -> bool:
    if (paragraph.text or "").strip():
        return False
    seen_image = False
    for child in paragraph:
        tag = "img" if child.tag == "a" and len(child) == 1 and child[0].tag in ("img", "picture") else child.tag
        if tag not in CAPTION_PARTS or (child.tail or "").strip() or (tag in CAPTION_EMPHASIS and not seen_image):
            return False
        seen_image = seen_image or tag in ("img", "picture")
    caption = " ".join(" ".join(child.itertext()) for child in paragraph if child.tag in CAPTION_EMPHASIS)
    return 0 < len(WORD_RE.findall(caption)) <= CAPTION_WORDS


def find_embed_chrome(tree: etree._Element, url: str | None = None) -> list[etree._Element]:
    """html.embed-chrome: an Instagram post embedded without its caption.

    Until the embed's script runs, the code's <blockquote> shows only "View this post on Instagram"
    and "A post shared by <name> (@<handle>)", in the page's language: the embed's frame, with
    nothing of the post. An embed with the post's caption (``data-instgrm-captioned``) is kept,
    as embedded tweets are.
    """
    return [
        quote
        for quote in tree.iter("blockquote")
        if (quote.get("data-instgrm-permalink") is not None or "instagram-media" in (quote.get("class") or "").split())
        and quote.get("data-instgrm-captioned") is None
    ]


LINKS_XPATH = etree.XPath(".//a[normalize-space()]")
UNLINKED_TEXT_XPATH = etree.XPath(".//text()[normalize-space()][not(ancestor::a)]")


def find_hovercards(tree: etree._Element, url: str | None = None) -> list[etree._Element]:
    """html.hovercard: a card set inside a sentence, shown when the pointer rests on a name.

    Some sites put the card of the person or the term a sentence names right after the name: a
    picture, the full name and links to other stories about them ("<name><card: photo, full name,
    three headlines, MORE></card> (R) is defending..."). In the page's text it splits the sentence
    with headlines. Such a card is the smallest element in the paragraph holding the picture and two
    links or more, with no text outside its links, while the paragraph has its own text beside it.
    """
    found: list[etree._Element] = []
    for paragraph in tree.iter("p"):
        for image in paragraph.iter("img"):
            card = _card_around(image, paragraph)
            if card is not None and card not in found:
                found.append(card)
    return found


def _card_around(image: etree._Element, paragraph: etree._Element) -> etree._Element | None:
    element = image.getparent()
    while element is not paragraph:
        if len(LINKS_XPATH(element)) >= 2:
            # The paragraph's own text must be outside every link, not another card's or a menu's.
            return None if UNLINKED_TEXT_XPATH(element) or not _unlinked_outside(paragraph, element) else element
        element = element.getparent()
    return None


def _unlinked_outside(paragraph: etree._Element, card: etree._Element) -> bool:
    """Whether `paragraph` has text of its own (not in a link) outside `card`."""
    inside = set(card.iter())
    return any(_holder(text) not in inside for text in UNLINKED_TEXT_XPATH(paragraph))


def _holder(text: etree._ElementUnicodeResult) -> etree._Element:
    """The element a text node of an XPath result is in (a tail is in its element's parent)."""
    element = text.getparent()
    return element.getparent() if text.is_tail else element


# How many items a related list has at least, how long each may be, and how much of each its links cover.
LINK_LIST_ITEMS = 3
LINK_LIST_ITEM_WORDS = 30
LINK_LIST_SHARE = 0.3


def find_link_lists(tree: etree._Element, url: str | None = None) -> list[etree._Element]:
    """html.link-list: a list of headlines linking into the site, under a short label of its own.

    "More Great Stories", then items such as "YouTubers must unionize, <a>no matter what Google
    says</a>": a site links only part of each headline, so no item is one link of teaser length.
    A list (three items or more) right under a label (a few words, no figures, no full stop) is
    recommended reading when every item is short and links into the site for a good part of its
    words (a third or more), most items end no sentence (headlines do not), and some item has
    words outside its links (lists of whole links are menus, left to main-content extraction and
    ``html.teaser``). The list and its label go. An article's own lists under a heading are
    sentences, or link away.
    """
    found: list[etree._Element] = []
    for listing in tree.iter("ul", "ol"):
        if len(listing) < LINK_LIST_ITEMS:
            continue
        label = listing.getprevious()
        if label is None or not isinstance(label.tag, str) or (label.tail or "").strip():
            continue
        items = [item for item in listing if item.tag == "li"]
        # A menu (no item linked in part), the most common list, is told first: it is the cheapest test.
        if len(items) < LINK_LIST_ITEMS or all(map(_one_link, items)):
            continue
        title = _clean(label.text_content())
        if title and _is_label(title) and _is_link_list(items, url):
            found.extend((label, listing))
    return found


def _is_link_list(items: list[etree._Element], url: str | None) -> bool:
    """Whether list `items` (three or more, not all of them links alone) are headlines linking into the site."""
    partly_linked, sentences, targets = False, 0, []
    for item in items:
        text = item.text_content()
        words = len(WORD_RE.findall(text))
        links = list(item.iter("a"))
        linked = sum(len(WORD_RE.findall(link.text_content())) for link in links)
        if not links or not 0 < words <= LINK_LIST_ITEM_WORDS or linked < LINK_LIST_SHARE * words:
            return False
        partly_linked = partly_linked or linked < words
        sentences += text.rstrip().endswith(SENTENCE_ENDS)
        targets.extend(link.get("href") or "" for link in links)
    # Where the links lead is the dearest test, so it comes last.
    return partly_linked and 2 * sentences < len(items) and all(_same_site(target, url) for target in targets)


def _one_link(item: etree._Element) -> bool:
    """Whether list `item` is a link and nothing else."""
    return len(item) == 1 and item[0].tag == "a" and not (item.text or "").strip() and not (item[0].tail or "").strip()


ELEMENT_FINDERS: dict[str, Callable[[etree._Element, str | None], list[etree._Element]]] = {
    "html.caption": find_captions,
    "html.embed-chrome": find_embed_chrome,
    "html.hovercard": find_hovercards,
    "html.link-list": find_link_lists,
}


def element_rules(url: str | None) -> tuple[Selector, ...]:
    """The element rules as selectors for the page at `url`, applied as a site's html-prune
    selectors are (after them)."""
    return tuple(Selector(name, name, functools.partial(find, url=url)) for name, find in ELEMENT_FINDERS.items())  # type: ignore[arg-type]


STRUCTURE_RULES: dict[str, Callable[[Sequence[Block], Facts], Iterable[int]]] = {
    "html.title": drop_title,
    "html.standfirst": drop_standfirst,
    "html.teaser": drop_teasers,
    "html.section-label": drop_section_labels,
}


# The structure rules as rule records, so removals carry an id, a file and a line like YAML rules.
RULES: dict[str, Rule] = {
    name: Rule(
        id=name,
        op="drop",
        file="cleaner/html.py",
        line=find.__code__.co_firstlineno,
        doc=inspect.getdoc(find) or "",
    )
    for name, find in {**ELEMENT_FINDERS, **STRUCTURE_RULES}.items()
}


def apply_structure_rules(blocks: list[Block], facts: Facts) -> list[Block]:
    """`blocks` with each one a structure rule finds marked with the first such rule's id."""
    for rule, find in STRUCTURE_RULES.items():
        for index in find(blocks, facts):
            if blocks[index].rule is None:
                blocks[index] = dataclasses.replace(blocks[index], rule=rule)
    return blocks
