"""What a page says about itself, for the ``html`` adapter's single-event reading: its main heading (never the site's
name in a banner), its <title>'s parts, og:title without the site's name, the site's name and the canonical URL.
Pure.

Split out of ``_page_single`` (left42) along the seam between naming the page and reading its one event: every
reader that needs the page's heading or title (``_page_titles``, ``_page_sidebars``, the record and schedule
readers) takes a ``PageInfo`` from here. The main heading is the page's h1, else an element its template classes as
the event's title, else a data-title, else the content's top heading under a banner, else a fragment's lone linked
heading or bold name, else the heading over its one event's date.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from sources.adapters._page_banner_headings import banner_h1, content_heading
from sources.adapters._page_data_title import data_title_heading
from sources.adapters._page_labelled_heading import bold_name, dated_by_label
from sources.adapters._page_lines import is_furniture
from sources.adapters._page_section_title import crumb_heading, section_heading
from sources.adapters._page_series_heading import series_named
from sources.adapters._page_table_cells import unsmall_text
from sources.adapters._page_words import GENERIC_HEADING
from sources.adapters.webpage import absolute_url

__all__ = ["PLACEHOLDER_TITLE", "TITLE_SEPARATORS", "PageInfo", "meta_content", "page_info"]

PLACEHOLDER_TITLE = re.compile(  # titles a page template left unfilled
    r"^\W*(?:page\s+title(?:\s+goes\s+here)?|title(?:\s+goes\s+here)?|untitled(?:\s+(?:page|document))?|"
    r"new\s+page|lorem\s+ipsum\b.*|home\s*page)\W*$",
    re.I,
)
TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:\||–|—|-|::|»|·)\s+")
BRANDING = re.compile(r"(?:^|[\s_-])(?:site-title|site-name|logo|brand|branding|masthead)(?:$|[\s_-])", re.I)
# Without an <h1>, the element a page's template classes as the event's own name ("<h2 class="event-title">",
# "<span class="concert_title">"): its main heading. A bare "title" class is a card's or a widget's as often.
EVENT_TITLE_CLASS = re.compile(
    r"(?:^|\s)(?:event|concert|show|performance|programme|program|gig|exhibition)[_-]?(?:title|name)(?:$|\s)", re.I
)


@dataclasses.dataclass(frozen=True, slots=True)
class PageInfo:
    """What a page says about itself: its main heading, titles, site name and canonical URL."""

    heading: str | None
    heading_element: Any
    og_title: str | None
    doc_title: str | None
    site_name: str | None
    canonical: str | None
    title_parts: tuple[str, ...] = ()  # the <title>'s parts between separators ("What's on", "The Blue Note")
    # The heading's words outside its <small> kicker and note ("<small>Ranglistenturnier …</small><br>2026
    # Erzgebirgs-Cup<br><small>Senioren</small>"): its name (_page_table_cells.unsmall_text); None if no such parts.
    heading_name: str | None = None

    @property
    def title(self) -> str | None:
        """The page's own heading, else its titles; the site's name only when nothing else names the page."""
        return self.heading_name or self.heading or self.og_title or self.doc_title or self.site_name


def meta_content(root: Any, name: str) -> str | None:
    """The content of the page's first <meta> whose property (or name) is ``name`` ("og:title"), spaces folded."""
    for node in root.iter("meta"):
        if (node.get("property") or node.get("name") or "").lower() == name:
            value = " ".join((node.get("content") or "").split())
            return value or None
    return None


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())


def _title_parts(root: Any) -> list[str]:
    title = root.find(".//title")
    return [part for part in TITLE_SEPARATORS.split(_text(title)) if part] if title is not None else []


def _is_branding(node: Any, site_name: str | None) -> bool:
    if site_name and _text(node).casefold() == site_name.casefold():
        return True
    around = (node, *node.iterancestors())
    marks = [f"{el.get('class') or ''} {el.get('id') or ''}" for el in around]
    return any(BRANDING.search(mark) for mark in marks) or any(is_furniture(el) or el.tag == "aside" for el in around)


def page_info(root: Any, *, base: str | None) -> PageInfo:
    parts = _title_parts(root)
    site_name = meta_content(root, "og:site_name") or (parts[-1] if len(parts) > 1 else None)
    h1s = [node for node in root.iter("h1") if _text(node)]
    names = {name.casefold() for name in (site_name, parts[0] if len(parts) == 1 else None) if name}
    banners = [node for node in h1s if banner_h1(node, base, names)]  # the site's name atop every page
    heading = crumb_heading(root, next((n for n in h1s if not _is_branding(n, site_name) and n not in banners), None))
    if heading is None:  # an element classed as the event's title
        classed = (n for n in root.iter() if isinstance(n.tag, str) and EVENT_TITLE_CLASS.search(n.get("class") or ""))
        heading = next((node for node in classed if _text(node) and not _is_branding(node, site_name)), None)
    if heading is None:
        heading = data_title_heading(root, (*parts, meta_content(root, "og:title")))  # its data-title, shown
    if heading is None and banners:
        heading = content_heading(root, base)  # the content's one top heading, under the site's banner <h1>
    if heading is None and not parts and meta_content(root, "og:title") is None:
        heading = _lone_top_heading(root, site_name)
        heading = bold_name(root) if heading is None else heading  # or a bold line over dated fields
    if heading is None and not h1s:  # titled "Events": the heading over its one event's date (_page_section_title)
        titles = (*parts[:1], meta_content(root, "og:title"))
        heading = section_heading(root, titles, lambda node: _is_branding(node, site_name))
    canonical = next(
        (node.get("href") for node in root.iter("link") if (node.get("rel") or "").lower() == "canonical"), None
    )
    doc_title = parts[0] if parts and (len(parts) == 1 or parts[0] != site_name) else None
    if doc_title and PLACEHOLDER_TITLE.match(doc_title):
        doc_title = None  # a template's "PAGE TITLE GOES HERE" names nothing
    return PageInfo(
        heading=_text(heading) if heading is not None else None,
        heading_element=heading,
        og_title=_without_site(meta_content(root, "og:title"), site_name),
        doc_title=doc_title,
        site_name=site_name,
        canonical=absolute_url(canonical, base) if canonical else None,
        title_parts=tuple(parts),
        heading_name=unsmall_text(heading) if heading is not None else None,
    )


def _lone_top_heading(root: Any, site_name: str | None) -> Any:
    """A fragment's name when it has no <h1> and names itself nowhere else (no <title>, no og:title): its one
    heading of the highest rank it uses, when that heading is a link to a page, the whole of it ("<h2><a
    href=…/event/77>HARBOUR LIGHTS</a></h2>" over <h4> lines); else None (a widget's "<h2>Newsletter</h2>", and a
    widget's "<h2><a href=/events>Upcoming events</a></h2>" over its list: a heading naming a list names no
    event)."""
    for tag in ("h2", "h3"):
        found = [node for node in root.iter(tag) if _text(node) and not _is_branding(node, site_name)]
        if found:
            link = next(found[0].iterfind(".//a[@href]"), None) if len(found) == 1 else None
            if link is None and len(found) == 1 and (series_named(found[0]) or dated_by_label(found[0])):
                return found[0]  # its series on the line that dates it, or a date's label right under it
            if link is None or _text(link) != _text(found[0]) or GENERIC_HEADING.match(_text(found[0])):
                return None
            return found[0]
    return None


def _without_site(title: str | None, site_name: str | None) -> str | None:
    """An og:title without the site's name set off at either end ("Walls of Jericho + Stinky | leferrailleur.fr"),
    as the <title> is read: the page's own name. A title that is only the site's name stays."""
    if not title or not site_name:
        return title
    separators = list(TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title
    site = site_name.casefold()
    last, first = separators[-1], separators[0]
    if title[last.end() :].strip().casefold() == site and title[: last.start()].strip():
        return title[: last.start()].strip()
    if title[: first.start()].strip().casefold() == site and title[first.end() :].strip():
        return title[first.end() :].strip()
    return title
