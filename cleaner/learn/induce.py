"""From a deduplicated sample of one site's pages to its template: the steps in order.

1. ``classes.count``: every line is counted under its keys (see ``lines``); keys seen on enough
   pages become candidate classes.
2. ``classes.select``, a first time without bodies: template lines to find the bodies with.
3. ``regions``: each page's body, where its own text outweighs the template.
4. ``classes.select`` again, now with the guard: a class that would remove article sentences
   inside a body is rejected; the bodies are found again with what is left.
5. ``boundaries``: body-start and body-end markers chosen on the pages whose body is clear (a start
   marker may close the header block under the headline, an end marker open a comment thread at a
   body's tail), then the other pages' bodies settled between them and cut at such tails, the title
   rules, and each class's position.
"""

from __future__ import annotations

from collections import Counter

from cleaner.matchers import line_key

from . import boundaries, classes, regions
from .model import LearnOptions, LineClass, Template, thresholds
from .sample import SamplePage


def induce(pages: list[SamplePage], options: LearnOptions, names: frozenset[str] = frozenset()) -> Template:
    """The template of the site the (deduplicated) `pages` come from; `names` are the words that
    name the site (see ``lines.site_names``)."""
    n = len(pages)
    candidates = classes.count(pages, options)
    first, _ = classes.select(candidates, n, options, None)
    bodies, _ = regions.choose(regions.segments(pages, first, options, names))
    headlines = frozenset(line for page in pages for line in page.lines)
    body_like = regions.body_lines(pages, bodies, first)
    accepted, rejected = classes.select(candidates, n, options, body_like, headlines, names)
    segments = regions.segments(pages, accepted, options, names)
    bodies, clear = regions.choose(segments)
    minimum, _ = thresholds(n, options)
    sizes = [len(p.lines) for p in pages]
    layout = _layout(pages, accepted)
    starts = boundaries.markers(accepted, bodies, clear, sizes, "top", options, minimum, layout)
    ends = boundaries.markers(accepted, bodies, clear, sizes, "bottom", options, minimum, layout, head=False)
    notices = frozenset(line_key(o.line) for c in accepted if c.spared or classes.islanded(c, body_like) for o in c.occ)
    template = Template(pages, accepted, bodies, starts, ends, rejected, names=names, notices=notices)
    boundaries.behead(template, clear)
    regions.settle(template, segments, clear)
    boundaries.curtail(template)
    for cls in accepted:
        cls.position = boundaries.position(cls, template.regions)
    template.titles = boundaries.titles(template)
    boundaries.box_titles(template, minimum)
    return template


def _layout(pages: list[SamplePage], accepted: list[LineClass]) -> boundaries.Layout:
    template: dict[tuple[int, int], LineClass] = {}
    for cls in accepted:
        for o in cls.occ:
            template.setdefault((o.page, o.pos), cls)
    df = Counter(line for page in pages for line in set(page.lines))
    own = [
        {pos for pos, line in enumerate(page.lines) if (p, pos) not in template and df[line] == 1}
        for p, page in enumerate(pages)
    ]
    return boundaries.Layout(pages, template, own)
