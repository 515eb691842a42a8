"""A page whose <h1> is the site's name in its banner: the event's own heading names the page. Pure.

Many small sites (venues, clubs, arts centres) put their name in an ``<h1>`` at the top of every page, in the banner
beside the menu (``<header><h1><a href="/">Riverside Arts Centre</a></h1><nav>…</nav></header>``), and the event's
name in the content below, one rank lower (``<h2>Autumn Print Workshop</h2>``). Read as the page's main heading,
that <h1> titled the page's one event by the site's name. Such an <h1> is the site's, not the page's (banner_h1):

* it sits in the page's banner: a ``<header>`` (or ``role="banner"``) outside any ``<main>`` and ``<article>`` that
  also holds the site's menu (a ``<nav>``) or a link to its home page, and its text is the site's name (the page's
  ``<title>`` when that is one name, the name the title ends with, ``og:site_name``): a hero banner's <h1> beside
  the menu is the event's own name; or
* its whole text is one link to the site's home page ("/", "index.html", the site's root URL).

The page's heading is then the content's one heading of the highest rank it uses (content_heading: inside
``<main>``, ``role="main"`` or an ``<article>``, else the body outside the banner, menus and footers), when there is
exactly one of that rank and it is not a generic label ("Events", "Upcoming events"). A listing of several
headed cards has no such heading and keeps its reading.

Not a banner heading: an event's ``<h1>`` in its article's own ``<header>`` (``<article><header><h1>``), a
``<header class="entry-header">`` with no menu and no home link, an <h1> linking to the event's own page.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._page_lines import is_furniture
from sources.adapters._page_words import GENERIC_HEADING

HOME_PATHS = frozenset({"", "/", "./", "index.html", "/index.html", "index.php", "/index.php", "/home", "/en/", "/en"})
CONTENT = ("main", "article")


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())


def home_link(href: str | None, base: str | None) -> bool:
    """Whether ``href`` points at the site's home page ("/", "index.html", "https://site.example/")."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return False
    parts = urlsplit(href)
    if parts.scheme in ("http", "https"):
        site = urlsplit(base or "")
        same = not site.netloc or parts.netloc.removeprefix("www.") == site.netloc.removeprefix("www.")
        return same and parts.path in HOME_PATHS and not parts.query
    return not parts.scheme and parts.path in HOME_PATHS and not parts.query


def _is_content(node: Any) -> bool:
    return node.tag in CONTENT or (node.get("role") or "").lower() == "main"


def _banner(node: Any) -> Any:
    """The banner (a <header> or role=banner outside the content) that holds ``node``, else None."""
    found = None
    for element in (node, *node.iterancestors()):
        if not isinstance(element.tag, str):
            continue
        if _is_content(element):
            return None
        if found is None and (element.tag == "header" or (element.get("role") or "").lower() == "banner"):
            found = element
    return found


def banner_h1(node: Any, base: str | None, site_names: Collection[str] = ()) -> bool:
    """Whether an <h1> is only a link home, or the site's name (one of ``site_names``, casefolded) in its banner (see
    the module)."""
    links = list(node.iterfind(".//a[@href]"))
    if len(links) == 1 and _text(links[0]) == _text(node) and home_link(links[0].get("href"), base):
        return True
    banner = _banner(node)
    if banner is None or _text(node).casefold() not in site_names:
        return False
    if (banner.get("role") or "").lower() == "banner" or next(banner.iter("nav"), None) is not None:
        return True
    return any(home_link(link.get("href"), base) for link in banner.iterfind(".//a[@href]"))


def _outside_banner(node: Any) -> bool:
    return _banner(node) is None and not any(
        isinstance(element.tag, str) and (is_furniture(element) or element.tag == "aside")
        for element in node.iterancestors()
    )


def content_heading(root: Any, base: str | None) -> Any:
    """The content's one heading of the highest rank it uses (h2, else h3), when there is exactly one (see the
    module); else None."""
    scope = next((node for node in root.iter() if isinstance(node.tag, str) and _is_content(node)), None)
    scope = scope if scope is not None else root
    for tag in ("h2", "h3"):
        found = [node for node in scope.iter(tag) if _text(node) and _outside_banner(node)]
        if not found:
            continue
        if len(found) != 1 or GENERIC_HEADING.match(_text(found[0])):
            return None
        return found[0]
    return None
