"""Event-like blocks on pages without structured data (cards): finding them, and reading one's date, link, image
and time. Pure. Its place, status and section heading are read in _page_card_fields, its prices in _page_card_prices.

A block is an ``<article>``, an ``<li>`` or a card-like element (class "card", "event", "gig"…) that holds a heading
(h1–h4) and a date; the innermost such blocks are events. The date comes from ``<time datetime>`` first, else from
text like "Sat 12 Dec, 8pm" read in the source's timezone. The adapter (html.py) turns a block into a record.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._calendar_links import in_calendar_widget
from sources.adapters._page_bem_cards import whole_card
from sources.adapters._page_card_dates import CLOCK, TEXT_DATE
from sources.adapters._page_classes import CARD_CLASS, alike_entries, class_variants, in_dialog, in_menu, inner_name
from sources.adapters._page_coming_card import lone_card
from sources.adapters._page_contents_links import contents_only
from sources.adapters._page_date_alone import _EPOCH, MAX_NAME_LENGTH, date_alone
from sources.adapters._page_dates import NON_ENGLISH_PATTERNS, ClockHit, DateHit, find_dates
from sources.adapters._page_glued_edges import ON_THE_WORD, edge_apart, number_apart, tail_of
from sources.adapters._page_intl import DOTTED_DAY_SHARED_MONTH, INTL_DATE, INTL_WEEKDAY_DATE, weekday_alone
from sources.adapters._page_iso_days import capital_glued, digits_apart, in_cell
from sources.adapters._page_kicker_headings import headline_under_kicker
from sources.adapters._page_label_names import labelled_link, labels_an_event
from sources.adapters._page_leaders_column import column_headers
from sources.adapters._page_lines import CAMEL_BREAK
from sources.adapters._page_month_badges import BADGES, badge_in
from sources.adapters._page_month_names import month_alone
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import POST_META
from sources.adapters._page_time_lines import time_alone
from sources.adapters._page_weekday_numbers import weekday_numbers_shaped
from sources.adapters._page_when_names import states_only_when
from sources.adapters._page_words import (
    FIELD_LABEL,
)
from sources.adapters._place_labels import LABEL_ALONE
from sources.adapters.webpage import clean_text

# A block listing this many different days is a schedule (a list of meetings), not one event's card.
SCHEDULE_DAYS = 3
SHOWINGS = 2  # links that are a time alone: a list of showings

HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
# Elements after which text starts a new line, so block text keeps its lines apart.
BREAKS = frozenset(
    {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
     "tr", "td", "th", "dd", "dt", "ul", "ol", "time", "address", "figure", "figcaption"}
)  # fmt: skip
# Blocks of one tag and class side by side, this many or more: a repeated card ("views-row"), whatever its class;
# not table rows, cells or the page's frame (a table of rows is a schedule, read by _page_tables).
MIN_SIBLINGS = 3
NOT_REPEATED = frozenset({"html", "body", "head", "tr", "td", "th", "thead", "tbody", "tfoot", "option"})
# Without a heading, a card's title is an element classed as its name ("ev-name", "title", "summary")…
NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:title|name|summary|headline)(?:$|[\s_-])", re.IGNORECASE)
# …or styled as a heading by a class of its own ("<p class='label h4'>", a CSS framework's heading class)…
HEADING_CLASS = re.compile(r"(?:^|\s)h[1-4](?:$|\s)")
# …that is not a label before a value ("When", "Where"), nor a call to action ("More Details", "Buy Tickets").
NOT_A_TITLE = re.compile(
    r"^(?:when|where|date|dates|time|times|location|venue|address|price|prices|cost|tickets?|details|"
    r"more\s+(?:info|information|details)|learn\s+more|read\s+more|buy\s+tickets?|get\s+tickets?|"
    r"book\s+now|register|rsvp|description|add\s+to\s+calendar)\s*:?$",
    re.IGNORECASE,
)
WHEN_LABEL = re.compile(r"^(?:when|date|dates)\s*:?$", re.IGNORECASE)
# The label over a card's place, an element of its own: alone, with or without its colon, in any language the
# readers know ("Venue", "Ort", "Lieu", "Lugar", "Raum", "Where?", "Wo?": _place_labels.LABEL_ALONE).
WHERE_LABEL = LABEL_ALONE
# Words beside a label element, in its tail: two letters or digits in a row ("Sede della banda", "12 Oak St"), not a
# dash, a bar or a bullet between the label and its value's element.
WORD = re.compile(r"\w\w")

SENTENCE_WORDS = 6  # a line of more words is prose ("Doors close at 8 p.m. so please arrive early."), not a time


def prose_around(line: str, hit: ClockHit | None) -> bool:
    """A line of more than SENTENCE_WORDS words besides its time is prose, not a time line: the time's own words
    do not count ("Doors: 6:00 PM / Show: 8:00 PM" is one word and a time; "Doors close at 8 p.m. so please
    arrive early." seven words and a time); a bare bullet, bar or dash between facts is no word (pages123)."""
    rest = line if hit is None else line[: hit.span[0]] + " " + line[hit.span[1] :]
    return sum(1 for word in rest.split() if word.strip(SEPARATOR_MARKS)) > SENTENCE_WORDS


SEPARATOR_MARKS = (
    "·•|–—-/"  # a bullet or a bar between a line's facts is no word ("Home · Nobles Ground, Douglas · 11:00")
)


ISO_DATE = re.compile(r"\b20\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?")


def block_text(element: Any, skip: Any = None) -> str:
    """The element's text with a line break around block elements, leaving out ``skip`` (the title)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node is not skip and isinstance(node.tag, str):
            breaks = node.tag in BREAKS
            # a <wbr> is a break inside a word ("Java<wbr>Script"; the parser may make the rest its text): no gap
            inside_word = node.tag == WORD_BREAK
            edge = "" if inside_word else digits_apart(parts, node) or capital_apart(parts, first_text(node))
            edge = edge or ("" if inside_word or breaks else _edge(parts, node))
            parts.append("\n" if breaks else edge)
            parts.append(node.text or "")
            for child in node:
                walk(child)
                tail = child.tail or ""
                parts.append("" if child.tag in BREAKS or child.tag == WORD_BREAK else capital_apart(parts, tail))
                parts.append(tail)
            parts.append("\n" if breaks else "")

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _edge(parts: list[str], node: Any) -> str:
    """ " " where a word meets a number or a clock's am/pm a capital at the start of an element (_page_glued_edges);
    not at a <sub>'s or a <sup>'s start ("CO<sub>2</sub>"), nor inside an add-to-calendar widget, whose glued fields
    are its data, read as a link."""
    before = next((part for part in reversed(parts) if part), "")
    following = first_text(node)
    apart = edge_apart(before, following) or number_apart(tail_of(reversed(parts)), following)
    if node.tag in ON_THE_WORD or not following or not apart:
        return ""
    return "" if in_calendar_widget(node) else " "


def first_text(node: Any) -> str:
    """The first piece of text in the element, as written (its leading space kept): what the eye meets first."""
    return next((piece for piece in node.itertext() if piece), "")


def capital_apart(parts: list[str], following: str) -> str:
    """ " " where text starting with a capital meets a lower-case letter at an element's edge ("<h1>Herman van
    Veen<span>Dat kun je wel zien</span></h1>": a name and its subtitle the page's style sets apart), else ""; a
    word split in lower case ("<span>Sym</span>phony") stays one (capital_glued), and so does a name after its
    prefix of one or two letters ("Mc<span>Cartney</span>", "De<span>Vito</span>", "<span>i</span>Phone")."""
    if not (following[:1].isupper() and capital_glued(parts, following)):
        return ""
    before = next((part for part in reversed(parts) if part), "")
    return " " if len(before) - len(before.rstrip(LETTERS)) > NAME_PREFIX else ""


WORD_BREAK = "wbr"
NAME_PREFIX = 2  # letters: "Mc", "De", "i" before a capital are a name's start, not a word that ends there
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def heading_of(block: Any) -> Any:
    """The block's first heading (h1–h4) that is not a call to action, else its first element classed as a
    name ("<div class="ev-name"><a>…</a></div>") or as a heading ("<p class="h4">") that is not a label ("<p
    class="title">When</p>")."""
    for node in block.iter(*HEADINGS):
        if _names_something(node):  # a kicker over the card's headline gives way to it (_page_kicker_headings)
            return headline_under_kicker(block, node, HEADINGS, _names_something)
    if (labelled := labelled_link(block)) is not None:  # an empty link named by its label (_page_label_names)
        return labelled
    for node in block.iterdescendants():
        classes = CAMEL_BREAK.sub(" ", node.get("class") or "") if isinstance(node.tag, str) else ""
        if not NAME_CLASS.search(classes) and not HEADING_CLASS.search(classes):
            continue
        name = clean_text(block_text(node)) or ""
        if (
            name
            and len(name) <= MAX_NAME_LENGTH
            and not NOT_A_TITLE.match(name)
            and not FIELD_LABEL.match(name)
            and not _way_in(node, name)
            and not CLOCK.fullmatch(name)
            and not weekday_alone(name)
            and not month_alone(name)  # "januar": a day box's month, printed apart (_page_month_names)
            and not states_only_when(name)  # an "event-summary" of "Kick off at 8PM" (_page_when_names)
        ):
            return inner_name(node, NAME_CLASS)  # "tw-name" in its "tw-event-name-container" with the times
    return None


def _names_something(node: Any) -> bool:
    """Whether a heading may name a card's event: not a call to action, a field's label, a date alone or a way in."""
    text = clean_text(block_text(node)) or ""
    return (
        not NOT_A_TITLE.match(text) and not FIELD_LABEL.match(text) and not date_alone(text) and not _way_in(node, text)
    )


# A heading classed as the event's kind, not its name: its category, genre or tags, or a newspaper's kicker (the
# small line over a headline: "eyebrow", "overline", "pretitle").
CATEGORY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:categor(?:y|ies)|genres?|tags?|kicker|eyebrow|overline|pre-?title|supertitle)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _way_in(node: Any, text: str) -> bool:
    """Whether a heading's text is a way into the event or its kind, not its name: a call to action ("View
    details", "Sign up"), more of the list ("Show more"), its one link's a tag's or a category's ("<h3><a
    href="/events/category/music/">Music</a></h3>" over the name) (_page_nav_links.names_no_event), or a
    heading classed as a category or a kicker (CATEGORY_CLASS)."""
    if CATEGORY_CLASS.search(CAMEL_BREAK.sub(" ", node.get("class") or "")):
        return True  # "<h2 class="kicker">Day Hiking</h2>" over or under the name: what kind of event it is
    links = [node] if node.tag == "a" else list(itertools.islice(node.iter("a"), 2))
    linked = len(links) == 1 and " ".join(links[0].text_content().split()) == text
    return names_no_event(text, links[0].get("href") if linked else None)


def has_date_hint(block: Any) -> bool:
    """Cheap: a <time datetime> or something shaped like a date, before any real parsing."""
    if next(block.iterfind(".//time[@datetime]"), None) is not None:
        return True
    # Each piece of text apart: "<h3>The Quartet</h3><p>Dec 12" is not "The QuartetDec 12" (no word boundary).
    text = " ".join(" ".join(block.itertext()).split())
    shaped = TEXT_DATE.search(text) or ISO_DATE.search(text) or numeric_dates(text, _EPOCH) or in_cell(block, text)
    if shaped or badge_in(block):  # "<div>Luty 14</div>": a nominative month's badge (review36)
        return True
    return bool(weekday_numbers_shaped(text))  # "Fri 9.18": its year is the reader's to find


def is_candidate(element: Any, repeated: set[Any] | frozenset[Any] = frozenset()) -> bool:
    if element.tag in ("article", "li") or element in repeated or labels_an_event(element):
        return True
    if element.tag in ("html", "body"):
        return False
    classes = element.get("class") or ""
    if CARD_CLASS.search(classes):
        return True
    # A component's test id names it as a class would ('<div data-testid="showCard">', a React page's markup).
    classes = f"{classes} {element.get('data-testid') or ''}"
    # A camel-case name ("eventItem") makes a card of a block, not of a table's cell ("COE-EventName").
    return element.tag not in NOT_REPEATED and bool(CARD_CLASS.search(CAMEL_BREAK.sub(" ", classes)))


def repeated_blocks(root: Any) -> set[Any]:
    """Elements with a class that MIN_SIBLINGS or more siblings of the same tag share, most of them dated: a
    list's repeated cards. A group where most have no date of their own is a layout whose dates are bars over
    the rows (a "February 15" bar in the first section of a day), read by the schedule readers instead."""
    repeated: set[Any] = set()
    for parent in root.iter():
        groups: dict[tuple[str, str], list[Any]] = {}
        for child in parent:
            classes = " ".join((child.get("class") or "").split()) if isinstance(child.tag, str) else ""
            classes = classes or (attribute_names(child) if isinstance(child.tag, str) else "")
            if classes and child.tag not in NOT_REPEATED:
                groups.setdefault((child.tag, classes), []).append(child)
        for group in groups.values():
            if len(group) >= MIN_SIBLINGS and 2 * sum(1 for block in group if has_date_hint(block)) > len(group):
                repeated.update(group + class_variants(parent, group, has_date_hint))  # 'entry alt'
            elif len(group) == PAIR and all(has_date_hint(block) for block in group) and shows_apart(group):
                repeated.update(group)  # a venue's two rows ("tw-section"), each dated, each its own show's link
    return repeated


PAIR = MIN_SIBLINGS - 1
# HTML's own hyphenated attributes: they make no kind of block. A site builder's own attributes do ('<div grid-row=""
# grid-pad="0.75">', Cargo's rows, classless): siblings alike in those are a list's rows as a shared class makes them.
HTML_HYPHENATED = frozenset({"http-equiv", "accept-charset"})


def attribute_names(element: Any) -> str:
    """A classless element's own custom attributes' names ("@grid-pad @grid-row"): hyphenated ones that are neither
    HTML's nor aria-/data- ones (any page's); "" when it has none."""
    names = sorted(
        name
        for name in element.attrib
        if "-" in name and name not in HTML_HYPHENATED and not name.startswith(("aria-", "data-"))
    )
    return " ".join(f"@{name}" for name in names)


def shows_apart(group: list[Any]) -> bool:
    """Whether each block names its own show by a link: a heading (or a name-classed element) linking to a page,
    another for each."""
    targets = set()
    for block in group:
        heading = heading_of(block)
        link = (
            None if heading is None else heading if heading.tag == "a" else next(heading.iterfind(".//a[@href]"), None)
        )
        if link is None or not link.get("href"):
            return False
        targets.add(link.get("href"))
    return len(targets) == len(group)


def dated_by_byline(block: Any) -> bool:
    """A block dated in its byline ("<ul class="meta"><li>March 3, 2027</li><li>By Anna</li>"): a post."""
    for node in block.iterdescendants():
        if isinstance(node.tag, str) and POST_META.search(node.get("class") or "") and has_date_hint(node):
            return True
    return False


# Navigation ("<nav>", "megaMenu", "menuItem", "main-nav"): its dated links lead to events, they are not cards.
def event_blocks(root: Any) -> list[Any]:
    """The innermost candidate blocks holding a heading and a date, in document order. A block that is one
    only by being repeated (its class says nothing of events) is not one when its date is a post's byline."""
    repeated = {block for block in repeated_blocks(root) if not dated_by_byline(block)}
    blocks = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and is_candidate(element, repeated)
        and heading_of(element) is not None
        and not in_calendar_widget(element)  # an add-to-calendar widget's hidden fields: read as a link instead
    ]
    # Innermost first (reverse document order): a block holding a dated card is no card itself, whatever its own
    # text says, so it is not read at all (nested cards: each one's text holds all the cards inside it, and reading
    # every one cost the depth times the text).
    outer: set[Any] = set()
    kept: list[Any] = []
    for block in reversed(blocks):
        if block in outer or not has_date_hint(block) or in_dialog(block) or in_menu(block):
            continue
        block = whole_card(block, repeated, has_date_hint)  # "x__primary-content" in its card "x__content"
        block = lone_card(block, heading_of(block), has_date_hint)  # one card under "Upcoming" (_page_lone_card)
        kept.append(block)
        outer.add(block)  # the card a part was widened to is not read again when the walk reaches it
        for ancestor in block.iterancestors():
            if ancestor in outer:
                break  # its ancestors are marked already
            outer.add(ancestor)
    innermost = [
        block
        for block in reversed(kept)
        if (not lists_days(block) or labelled(block, WHEN_LABEL))
        and not lists_times(block)
        and not lists_names(block)
        and not contents_only(block, has_date_hint)  # an overview of links to the page's sections (pages119)
    ]
    # a day's box holding two alike entries, each named and dated (two meetings on one day): each entry is a card
    return [entry for block in innermost for entry in alike_entries(block, _entry, heading_of) or [block]]


def _entry(node: Any) -> bool:
    return heading_of(node) is not None and has_date_hint(node)


def lists_names(block: Any) -> bool:
    """Whether a block holds its heading's like twice or more, each linking to a page of its own: a day's item
    listing its shows ("15 апреля · сб" beside two show titles, each its own link), each an event read by the
    schedule readers, not one card."""
    heading = heading_of(block)
    if heading is None:
        return False
    targets = set()
    for node in block.iter(heading.tag):
        if node.get("class") != heading.get("class"):
            continue
        link = next(node.iterfind(".//a[@href]"), None)
        if link is None and node.tag == "a":
            link = node
        if link is not None:
            targets.add(link.get("href"))
        if len(targets) >= SHOWINGS:
            return True
    return False


def lists_days(block: Any) -> bool:
    """Whether a block's lines name several different days: an article holding a year's meeting dates."""
    days: set[dt.date] = set()
    for line in block_text(block).splitlines():
        hits = find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)
        days.update(hit.date for hit in hits[:1])
        if len(days) >= SCHEDULE_DAYS:
            return True
    return False


def lists_times(block: Any) -> bool:
    """Whether a block has two or more links that are a time alone ("<a href=/purchase/1>12:45 PM</a>"): a
    film's showings, each an event of its own (read by the schedule readers), not one card; or two or more
    headings, each with a line that is a time alone ("<p>10:00 a.m.</p><h2>Storytime</h2>"): a day's rows."""
    headings = list(block.iter(*HEADINGS))
    if len(headings) >= SHOWINGS and not _programme(headings):
        if sum(1 for line in block_text(block).splitlines() if time_alone(line)) >= SHOWINGS:
            return True
    alone = 0
    for anchor in block.iter("a"):
        text = " ".join(anchor.text_content().split())
        found = CLOCK.search(text)
        if found and not text.replace(found.group(0), "").strip(" ()–-"):
            alone += 1
            if alone >= SHOWINGS:
                return True
    return False


def _programme(headings: list[Any]) -> bool:
    """Whether a block's headings are one event's name over its programme: the first heading outranks every other
    ("<h2>Annual Gala</h2>" over "<h3>Reception</h3>", "<h3>Dinner</h3>") and names no day, so the timed lines
    under the smaller headings are that event's parts, not a day's rows (each row's heading is of one rank)."""
    first, *rest = headings
    rank = int(first.tag[1])
    if not rest or any(int(node.tag[1]) <= rank for node in rest):
        return False
    name = clean_text(block_text(first)) or ""
    return not find_dates(name, year_hint=_EPOCH.year, today=_EPOCH) and not time_alone(name)


# Dates as other languages write them: numbers ("18.07.", "2026/08/12"), then a day and a month's name in another
# language ("jeu. 08 octobre", "Dienstag, 26. September", "12. december 2026"), which the English card pattern
# (TEXT_DATE) leaves.
# review36: a card's badge line of a nominative month and its day ("Luty 14", "14 Březen", "Úno 14": _page_month_badges)
# is the card's date, as "February 14" is, not only a schedule's line under the heading above the cards.
_OTHER_LANGUAGES = (*NON_ENGLISH_PATTERNS, INTL_WEEKDAY_DATE, INTL_DATE, DOTTED_DAY_SHARED_MONTH, *BADGES)


def numeric_dates(text: str, today: dt.date) -> list[DateHit]:
    """The dates of ``text`` written as other languages write them, ranges joined."""
    return joined_ranges(text, find_dates(text, year_hint=None, today=today, patterns=_OTHER_LANGUAGES))


def labelled(block: Any, label: re.Pattern[str]) -> str | None:
    """The value a block writes under (or beside) a label of its own ("<p>When</p><p>May 23rd</p>"): the text of
    the label's next element. A card that labels its date is one event, however many days its prose names."""
    for node in block.iterdescendants():
        if not isinstance(node.tag, str) or len(node) or not label.match(clean_text(node.text_content()) or ""):
            continue
        beside = clean_text(node.tail or "")  # "<strong>Luogo:</strong> Sede della banda <a>Vedi sulla mappa</a>"
        if beside and WORD.search(beside) and len(beside) <= MAX_NAME_LENGTH:
            return beside  # the words after the label are its value, not the link after them (batch 124)
        value = node.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()
        if value is not None and column_headers(node, value):  # "Date | Leaders": a table's header, no label
            continue
        text = clean_text(block_text(value)) if value is not None else None
        if text and len(text) <= MAX_NAME_LENGTH:
            return text
    return None
