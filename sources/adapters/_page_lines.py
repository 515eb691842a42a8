"""A page as the lines a reader sees: headings, list items, paragraph lines (split at <br>), options. Pure.

Schedules on pages without structured data are written as lines ("February 6, 2019 Agenda – Minutes"),
so the schedule reader works on lines, each with the links it holds and what kind of line it is. The walk
is iterative (lxml ``iterwalk``), so a hostile nesting cannot exhaust the stack. Navigation and footers are
left out: a "Last updated" date there is no meeting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import lxml.etree

from sources.adapters._calendar_links import in_calendar_widget
from sources.adapters._intl_names import WORD_ABBREVIATIONS
from sources.adapters._page_articles import articles_footer
from sources.adapters._page_bold_class import bold_class
from sources.adapters._page_contents_links import contents_list
from sources.adapters._page_dates import MONTHS, WEEKDAYS, find_dates
from sources.adapters._page_glued_edges import ON_THE_WORD, edge_apart, number_apart, tail_of
from sources.adapters._page_intl import intl_month, intl_weekday
from sources.adapters._page_item_wrappers import item_block
from sources.adapters._page_label_pairs import joined_pairs
from sources.adapters._page_prose_menus import is_prose_listing, only_a_menu
from sources.adapters._page_split_days import split_day
from sources.adapters.webpage import absolute_url

# Elements after which text starts a new line.
LINE_BREAKS = frozenset(
    {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "tr",
     "dd", "dt", "ul", "ol", "address", "figure", "figcaption", "option", "table", "caption", "main", "aside",
     "form", "select", "center", "blockquote", "pre", "hr", "dl", "tbody", "thead", "label", "details", "summary"}
)  # fmt: skip
CELLS = frozenset({"td", "th"})
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD = frozenset({"strong", "b"})
_EPOCH = dt.date(2000, 1, 1)  # any clock: only whether a text holds a date matters here
SPLIT_PARTS = 4  # parts of a line looked back at for a day split over elements
PSEUDO_HEADING = 7  # a short line in bold: a heading in all but markup
SHORT_HEADING = 90
# A bold line that is only a web or mail address ("<b><a>https://www.courts.us/jail/Oversight.aspx</a></b>"): a
# link to follow, set in bold to be seen, not a heading naming what is under it.
BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)
# Page furniture whose dates are not meetings ("Last updated", copyright lines, menus).
FURNITURE = frozenset({"nav", "footer"})
FURNITURE_WORDS = frozenset({"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "footer", "cookie", "sidebar"})
CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A class or id names a part of the page when the part's word ends it ("main-nav", "megaMenu", "site-footer") or
# starts it before a word of structure ("menu-item", "navItem", "footer-widgets"); not when the word is only a
# fragment of a longer name ("genesis-breadcrumbs-hidden", "has-dropdown-filters", "menu-events", a restaurant's).
PART_BREAK = re.compile(r"[_-]|(?<=[a-z])(?=[A-Z])")
STRUCTURE_WORDS = frozenset(
    {"item", "items", "link", "links", "list", "wrap", "wrapper", "container", "inner", "area", "widget", "widgets",
     "block", "bar", "toggle", "entry", "holder", "col", "column", "region", "section", "top", "bottom"}
)  # fmt: skip
# A part's word after one of these names what a wrapper holds or lacks, not the wrapper: a layout "with sidebar"
# ("rc-layout--with-sidebar", "layoutWithSidebar", "has-sidebar", "no-sidebar") holds the page's content beside it.
HOLDER_WORDS = frozenset({"with", "has", "no", "without"})
# The page's own content: an element holding it is a layout's wrapper ("layoutWithSidebar"), not furniture.
PAGE_CONTENT = frozenset({"main", "h1"})
# A menu whose links are mostly dates ("January 14", "Feb. 5") is an agenda picker, not navigation.
DATED_MENU_LINKS = 2
# Content beside the page's own (an "Upcoming events" sidebar): its dates are other events, not this schedule.
ASIDE_ROLES = frozenset({"complementary"})
# An <option value> that is a link: a path or URL, not "2019" or "en".
LINK_VALUE = re.compile(r"^(?:https?://|/|\.\.?/)|\.(?:pdf|docx?|pptx?|xlsx?|html?|mp3|mp4)$", re.IGNORECASE)


@dataclasses.dataclass(slots=True)
class Anchor:
    text: str
    href: str
    spoken: str | None = (
        None  # its aria-label, when it says more than the text shown ("Ungdomsrådet, 30.09.2025, kl. 15:45")
    )


@dataclasses.dataclass(slots=True)
class Line:
    text: str
    anchors: list[Anchor]
    kind: str  # "heading", "item" (li), "option", "cell" (in a table), "text"
    level: int  # 1–6 for h1–h6, PSEUDO_HEADING for a bold line, 0 otherwise
    block: Any  # the element the line is part of (li, p, option, td…): lines of one list share its parent
    index: int = 0
    aside: bool = False  # inside an <aside> (or role=complementary): beside the page's content, not of it
    bold_lead: str | None = None  # the bold words a line opens with, when plain words follow ("<b>18.2. Band</b> Town")

    @property
    def is_heading(self) -> bool:
        return self.level > 0


@dataclasses.dataclass(slots=True)
class _Walk:
    base: str | None
    lines: list[Line] = dataclasses.field(default_factory=list)
    parts: list[tuple[str, bool]] = dataclasses.field(default_factory=list)
    anchors: list[Anchor] = dataclasses.field(default_factory=list)
    stack: list[Any] = dataclasses.field(default_factory=list)
    bold: int = 0
    skipped: int = 0
    aside: int = 0

    def flush(self) -> None:
        text = " ".join("".join(part for part, _ in self.parts).split())
        if text:
            self.lines.append(self._line(text))
        self.parts, self.anchors = [], []

    def _wrapping_link(self) -> list[Anchor]:
        """The link a line is inside when the link wraps blocks (a card that is one link: "<a href><div>Formannskapet
        (13.10.2025)</div><div>13.10.2025 16:00</div></a>"): each of its lines leads to its page."""
        link = next((el for el in reversed(self.stack) if el.tag == "a"), None)
        if link is None or not any(child.tag in LINE_BREAKS for child in link.iterchildren()):
            return []
        url = absolute_url(link.get("href"), self.base) if link.get("href") else None
        return [Anchor(text=" ".join((link.text_content() or "").split()), href=url)] if url else []

    def _line(self, text: str) -> Line:
        level = next((HEADING_LEVELS[el.tag] for el in reversed(self.stack) if el.tag in HEADING_LEVELS), 0)
        written = [part for part, _ in self.parts if part.strip()]
        all_bold = bool(written) and all(bold for part, bold in self.parts if part.strip())
        if not level and all_bold and len(text) <= SHORT_HEADING and not BARE_ADDRESS.match(text):
            level = PSEUDO_HEADING
        # The block the line belongs to (a <p> split at <br>, an <li>), not the inline element it ended in.
        block = item_block(next((el for el in reversed(self.stack) if el.tag in LINE_BREAKS or el.tag in CELLS), None))
        tags = {el.tag for el in self.stack}
        kind = (
            "heading" if level and level < PSEUDO_HEADING
            else "option" if "option" in tags
            else "cell" if tags & CELLS
            else "item" if "li" in tags
            else "text"
        )  # fmt: skip
        lead = []
        for part, bold in self.parts if not all_bold else ():
            if not bold and part.strip():
                break
            lead.append(part)
        bold_lead = " ".join("".join(lead).split()) or None
        return Line(
            text=text,
            bold_lead=bold_lead if bold_lead != text else None,
            anchors=same_page_once(self.anchors) or self._wrapping_link(),
            kind=kind,
            level=level,
            block=block,
            index=len(self.lines),
            aside=self.aside > 0,
        )

    def add(self, text: str | None) -> None:
        if text and not self.skipped:
            self.parts.append((text, self.bold > 0 or any(el.tag in HEADING_LEVELS for el in self.stack)))

    def anchor(self, element: Any) -> None:
        href = element.get("href") if element.tag == "a" else element.get("value")
        if element.tag == "option" and not LINK_VALUE.search(href or ""):
            return
        url = absolute_url(href, self.base) if href else None
        if url:
            text = " ".join((element.text_content() or "").split())
            spoken = " ".join((element.get("aria-label") or "").split())
            self.anchors.append(Anchor(text=text, href=url, spoken=spoken if len(spoken) > len(text) else None))


def same_page_once(anchors: list[Anchor]) -> list[Anchor]:
    """A line's links, a picture's link dropped where a worded link on the line leads to the same page (a card's
    poster and its name, side by side, both linking the event's page): one way to one page, not two links."""
    worded = {anchor.href for anchor in anchors if anchor.text}
    return [anchor for anchor in anchors if anchor.text or anchor.href not in worded]


def is_furniture(element: Any) -> bool:
    if contents_list(element):  # the page's table of contents, links to its own sections (_page_contents_links)
        return True
    if element.tag in FURNITURE:
        return not articles_footer(element)  # an article's place and hour (_page_articles)
    if (element.get("role") or "").lower() == "main":
        return False  # the page's main content by its own role, whatever a theme classes it ("sidebar", role=main)
    marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    if element.tag not in ("div", "ul", "aside", "section") or not names_a_part(marks, FURNITURE_WORDS):
        return False
    if only_a_menu(marks) and is_prose_listing(element):
        return False  # a list of articles a theme classes as a menu ("menu menu_articles"): _page_prose_menus
    return not holds_the_page(element) and not is_dated_menu(element)


def names_a_part(marks: str, words: frozenset[str]) -> bool:
    """Whether a class or id token names one of the page's parts (`words`, lower case): the word ends the token
    ("main-nav", "megaMenu": camel-case names are words too) or starts it before a word of structure ("menuItem")."""
    for token in marks.split():
        parts = [part.lower() for part in PART_BREAK.split(token) if part]
        if len(parts) >= 2 and parts[-2] in HOLDER_WORDS:
            continue  # "rc-layout--with-sidebar", "has-sidebar": a wrapper named for what it holds, not the part
        if parts and (parts[-1] in words or (len(parts) == 2 and parts[0] in words and parts[1] in STRUCTURE_WORDS)):
            return True
    return False


def holds_the_page(element: Any) -> bool:
    """Whether an element holds the page's main content (a <main>, role=main, the page's <h1>)."""
    return any(
        node.tag in PAGE_CONTENT or (node.get("role") or "").lower() == "main"
        for node in element.iterdescendants()
        if isinstance(node.tag, str)
    )


def is_dated_menu(element: Any) -> bool:
    """A "menu" (a dropdown) whose links are mostly dates: a picker of meetings' documents, kept as content."""
    texts = [" ".join((link.text_content() or "").split()) for link in element.iter("a")]
    dated = sum(1 for text in texts if text and len(text) <= 40 and _has_date(text))
    return dated >= DATED_MENU_LINKS and dated * 2 > len(texts)


def _has_date(text: str) -> bool:
    return bool(find_dates(text, year_hint=2000, today=_EPOCH))


def is_aside(element: Any) -> bool:
    return element.tag == "aside" or (element.get("role") or "").lower() in ASIDE_ROLES


def _start(walk: _Walk, element: Any) -> None:
    if walk.skipped or is_furniture(element):
        walk.skipped += 1  # counts the open elements inside the furniture, so its own end is known
        return
    if element.tag in LINE_BREAKS:
        walk.flush()
    if element.tag in CELLS:
        walk.add("\t")
    if element.tag == "a" and _follows_a_link(element):
        walk.add(" ")  # "<a>July 20</a><a>August 6</a>": two links, not "July 20August 6"
    elif _follows_a_number(walk, element):
        walk.add(" ")  # "<span>13.10.2025</span><span>16:00</span>": a date and its time, not "13.10.202516:00"
    elif _glued_edge(walk, element) or _after_a_link(walk, element):
        walk.add(" ")  # "<span>10:00 PM</span><span>Maple Street Theatre</span>" (_page_glued_edges)
    walk.stack.append(element)
    walk.bold += element.tag in BOLD or bold_class(element)  # "<td class='font_11pt_bold'>" (_page_bold_class)
    walk.aside += is_aside(element)
    if element.tag in ("a", "option"):
        walk.anchor(element)
    walk.add(element.text)


def _follows_a_number(walk: _Walk, element: Any) -> bool:
    """Whether ``element`` starts with a digit right after a sibling whose text ended with one: two values set
    side by side in their own elements (a date's and a time's spans), which no reader takes as one number."""
    before = element.getprevious()
    if before is None or (before.tail or "").strip() or not (element.text or "")[:1].isdigit():
        return False
    if split_day("".join(part for part, _ in walk.parts[-SPLIT_PARTS:]), element.text or ""):
        return False  # "<span>January 2</span><span>5</span>": one day split in two (_page_split_days)
    return bool(walk.parts) and walk.parts[-1][0][-1:].isdigit()


def _glued_edge(walk: _Walk, element: Any) -> bool:
    """Whether ``element``'s text, right after a sibling's with no space between, would glue a word to a number or a
    clock's am/pm to a capital (_page_glued_edges.edge_apart)."""
    before = element.getprevious()
    if before is None or (before.tail or "").strip() or not walk.parts or element.tag in ON_THE_WORD:
        return False
    lead = tail_of(part for part, _ in reversed(walk.parts))  # "FC 2" | "Hill United" (number_apart)
    apart = edge_apart(walk.parts[-1][0], element.text or "") or number_apart(lead, element.text or "")
    return bool(apart) and not in_calendar_widget(element)


def _after_a_link(walk: _Walk, element: Any) -> bool:
    """Whether ``element``'s text, starting with a capital or a digit, follows a link's name with nothing between
    but empty elements ("<a>UFC 300</a><span></span><span>Aug 18</span>"): the link names a whole thing, the next
    element's text starts a word of its own; a word split in lower case ("<a>Sym</a><span>phony</span>") and a
    formula's number ("<a>CO</a><sub>2</sub>") stay glued."""
    head = (element.text or "")[:1]
    if element.tag in ON_THE_WORD or not (head.isupper() or head.isdigit()) or not walk.parts:
        return False
    before = element.getprevious()
    while before is not None and not (before.tail or "").strip() and not "".join(_texts(before)).strip():
        before = before.getprevious()  # empty elements set between (a row's unused columns)
    if before is None or before.tag != "a" or (before.tail or "").strip():
        return False
    return walk.parts[-1][0][-1:].isalnum()


def _texts(node: Any) -> list[str]:
    return list(node.itertext()) if isinstance(node.tag, str) else []


def _follows_a_link(element: Any) -> bool:
    before = element.getprevious()
    return before is not None and before.tag == "a" and not (before.tail or "").strip()


def _end(walk: _Walk, element: Any) -> None:
    if walk.skipped:
        walk.skipped -= 1
        walk.add(element.tail)  # only kept once the furniture itself has ended
        return
    if element.tag in LINE_BREAKS:
        walk.flush()  # while the element is still open, so a heading's line knows its level
    walk.stack.pop()
    walk.bold -= element.tag in BOLD or bold_class(element)
    walk.aside -= is_aside(element)
    if element.tag in CELLS:
        walk.add("\t")
    walk.add(element.tail)


def page_lines(root: Any, *, base: str | None) -> list[Line]:
    """The lines of ``root`` (an lxml element, inert elements already removed), in reading order."""
    walk = _Walk(base=base)
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        (_start if event == "start" else _end)(walk, element)
    walk.flush()
    return joined_pairs(stacked_dates(walk.lines))


# A date written one part per line ("FRIDAY<br>JULY<br>19", "<div>Jul</div><div>19</div>"): its parts.
DAY_PART = re.compile(r"^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$", re.I)
TYPED_DAY = re.compile(r"^[oO](?P<digit>[1-9])$")  # "o5": a day typed with the letter o for its zero
YEAR_PART = re.compile(r"^(?:19|20)\d\d$")
STACK_PARTS = 4


def _date_part(text: str) -> str | None:
    """What a one-word line is as part of a date: "weekday", "month", "day", "typed" (a day written "o5"), "year"."""
    word = text.strip().rstrip(".,").lower()
    if DAY_PART.match(word):
        return "day"
    if TYPED_DAY.match(word):
        return "typed"
    if YEAR_PART.match(word):
        return "year"
    if word in MONTHS or (intl_month(word) and word not in WORD_ABBREVIATIONS):
        return "month"
    if word in WEEKDAYS or intl_weekday(word) is not None:
        return "weekday"
    return None


def _one_stack(lines: list[Line]) -> bool:
    """Whether lines are one element's parts: the same block, or blocks whose parent holds only their text."""
    if all(line.block is lines[0].block for line in lines):
        return lines[0].block is not None
    parents = {id(line.block.getparent()) if line.block is not None else None for line in lines}
    if len(parents) != 1 or None in parents or lines[0].block.getparent() is None:
        return False
    said = "".join((lines[0].block.getparent().text_content() or "").split())
    return said == "".join("".join(line.text.split()) for line in lines)  # "<div>Jul</div><div>19</div>": "Jul19"


def stacked_dates(lines: list[Line]) -> list[Line]:
    """Lines that are the parts of one date, one per line ("FRIDAY" / "JULY" / "19"), as one line "FRIDAY JULY
    19": a month and a day, with a weekday or year, in one element. A day typed "o5" reads as 05 only when a
    weekday is written beside it."""
    merged: list[Line] = []
    index = 0
    while index < len(lines):
        run = lines[index : index + STACK_PARTS]
        taken = 0
        for size in range(len(run), 1, -1):
            parts = [_date_part(line.text) for line in run[:size]]
            if None in parts or "month" not in parts or not {"day", "typed"} & set(parts):
                continue
            if "typed" in parts and "weekday" not in parts or len(set(parts)) != len(parts):
                continue
            if not _one_stack(run[:size]):
                continue
            words = [
                TYPED_DAY.sub(r"0\g<digit>", line.text.strip()) if part == "typed" else line.text.strip()
                for line, part in zip(run[:size], parts, strict=True)
            ]
            text = " ".join(words)
            if len(find_dates(text, year_hint=2000, today=_EPOCH)) != 1:
                continue
            first = run[0]
            anchors = [anchor for line in run[:size] for anchor in line.anchors]
            merged.append(dataclasses.replace(first, text=text, anchors=anchors))
            taken = size
            break
        if not taken:
            merged.append(lines[index])
            taken = 1
        index += taken
    for position, line in enumerate(merged):
        line.index = position
    return merged


def headings_before(lines: list[Line], index: int) -> Iterator[Line]:
    """The heading lines above line ``index``, nearest first."""
    for line in reversed(lines[:index]):
        if line.is_heading:
            yield line


def url_words(url: str) -> str:
    """The words of a link's file name ("…/AGENDA01232019.pdf" → "agenda01232019 pdf"), for labelling it."""
    path = unquote(urlsplit(url).path).rsplit("/", 1)[-1]
    return " ".join(re.split(r"[\W_]+", path)).lower()


# A line that labels a show's start ("Show: 9:00 PM", "Showtime 8pm", "Start: 19:30"), not the doors'.
SHOW_LABEL = re.compile(
    r"^\s{0,3}(?:show\s{0,2}time|show|start(?:s|\s{1,2}time)?)\s{0,3}:?\s{1,3}(?=\d)", re.IGNORECASE
)


def show_time_line(line: str) -> str:
    """A card's line without the label of a show's start ("Show: 9:00 PM" is "9:00 PM"), so that the time it
    gives is read as a time alone on its line; any other line unchanged."""
    label = SHOW_LABEL.match(line)
    return line[label.end() :] if label else line
