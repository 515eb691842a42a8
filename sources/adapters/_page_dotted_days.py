"""Dotted dates a venue's programme writes short, made readable before the readers look at the page (mutates the
tree it is given; html.read_page through _page_prepare).

- *A two-digit year the page repeats* (``short_years_written_out``): "15.09.26 – Concert : FUNEBRARUM", "DIM
  06.09.26": a dotted date with a two-digit year is read only on a meeting's line or after a weekday's short name
  and a comma (_page_number_years), as "3.11.12" may be a version. When the page writes two or more such numbers
  that are dates (a day and a month in either order), none after "Version", "Section"… (``NUMBERED_THING``), they
  are how it writes its dates: each is written with its century ("15.09.2026"), read as any dotted date (a year far
  from the reader's clock still falls out of the fetch window). One alone is left to the rules as before, and so
  are all of them on a page where two share their day and month and differ in the year: "3.1.31 Anmeldung", "3.1.32
  Gebühren" count a section's parts (a programme writes different days of one year).
- *A bare day and month in an element that says it holds a date* (``bare_days_closed``): "<time><div
  class="date">05.09</div></time>", "<div class="jour">02.09</div>": the element's whole text is a day and a
  two-digit month joined by one dot, the element or one of its two nearest ancestors is a ``<time>`` or is classed
  as a date or a day (date, datum, day, jour, fecha, dia, giorno, dag, dato), and none of those classes names a
  time, a price or a rate ("<td class="price-day">12.05</td>" is a day's price). The dot that closes such a date as German writes it is added ("05.09."), so the year-less dotted reader
  takes it, on a page that writes its dotted dates day first only (``DAY_MONTH_DOTTED``). Not read: the same
  number in any other element ("Beginn 20.10", a price "12.05"), in a time-classed one, or among other words.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._intl_names import INTL_WEEKDAYS
from sources.adapters._page_number_years import NUMBERED_THING

# "15.09.26", "6.9.26": day and month (either order) and a two-digit year, nothing dotted or alphanumeric around it
# ("01.42.36.55.99" is a telephone number, "v3.11.12" a version).
SHORT_DOTTED = re.compile(
    r"(?<![\w.])(?P<a>3[01]|[12]\d|0?[1-9])\.(?P<b>3[01]|[12]\d|0?[1-9])\.(?P<year>\d\d)(?![\w]|\.\d)"
)
# "05.09", "2.11": an element's whole text, a day and a two-digit month.
BARE_DAY_MONTH = re.compile(r"(?<![\w.])(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0[1-9])(?![\w.])")
# A class or id that says its element holds a date or a day, and one that says it holds a time.
DAY_CLASS = re.compile(r"(?<![a-z])(?:date|datum|day|jour|fecha|dia|giorno|dag|dato)(?![a-z])", re.IGNORECASE)
TIME_CLASS = re.compile(r"time|heure|zeit|uhr|(?<![a-z])(?:hora|ora|tijd|tid)(?![a-z])", re.IGNORECASE)
# A class or id that says its element holds a price or a rate ("price-day", "day-rate", "tagespreis").
PRICE_CLASS = re.compile(
    r"price|preis|prix|precio|prezzo|prijs|tarif|(?<![a-z])(?:pris|rate|rates|cost|costs|fee|fees|amount)(?![a-z])",
    re.IGNORECASE,
)
SHORT_YEARS_SEEN = 2  # such numbers a page writes before they are taken for its dates
# The word right before a dotted date, set off by an optional dot or comma ("Samstag, 24.12.22", "Sa. 24.12.22").
WORD_BEFORE = re.compile(r"([^\W\d_]{2,14})\.?,?\s{0,3}$")
ENGLISH_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
SHORT_GERMAN_WEEKDAYS = frozenset("mo di mi do fr sa so".split())
MAX_NODES = 20_000  # elements looked at: a hostile page of millions costs no more
ANCESTORS = 2  # ancestors of a bare day's element that may say it is a date


def _is_date(match: re.Match[str], text: str) -> bool:
    first, second = int(match.group("a")), int(match.group("b"))
    if min(first, second) > 12:
        return False  # no month among them
    return not NUMBERED_THING.search(text[max(0, match.start() - 20) : match.start()])


def _weekday_led(match: re.Match[str], text: str) -> bool:
    """Whether a weekday's name leads the number ("Samstag, 24.12.22", "Sa. 24.12.22"): a section's number never
    follows one (held-out batch 110)."""
    word = WORD_BEFORE.search(text[max(0, match.start() - 18) : match.start()])
    name = word.group(1).casefold() if word else ""
    return name in INTL_WEEKDAYS or name in ENGLISH_WEEKDAYS or name in SHORT_GERMAN_WEEKDAYS


def _texts(root: Any) -> list[tuple[Any, str]]:
    """The page's text nodes: (element, "text") for an element's own text, (element, "tail") for what follows it."""
    found: list[tuple[Any, str]] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_NODES:
            break
        if not isinstance(element.tag, str):
            continue
        found.extend((element, part) for part in ("text", "tail") if getattr(element, part))
    return found


def short_years_written_out(root: Any) -> None:
    """Each dotted date with a two-digit year written with its century, when the page writes two or more (see the
    module's docstring). Mutates ``root``."""
    texts = _texts(root)
    seen = 0
    years: dict[tuple[str, str], set[str]] = {}
    bare: set[tuple[str, str]] = set()  # day and month written at least once with no weekday before them
    for element, part in texts:
        text = getattr(element, part)
        for match in SHORT_DOTTED.finditer(text):
            if _is_date(match, text):
                seen += 1
                years.setdefault((match.group("a"), match.group("b")), set()).add(match.group("year"))
                if not _weekday_led(match, text):
                    bare.add((match.group("a"), match.group("b")))
    # "3.1.31 Anmeldung", "3.1.32 Gebühren": a section's numbered parts, not one day in two years; but "Samstag,
    # 24.12.22" and "Sonntag, 24.12.23", each after its weekday, are Christmas Eve in two years of a programme.
    if seen < SHORT_YEARS_SEEN or any(len(found) > 1 and key in bare for key, found in years.items()):
        return
    for element, part in texts:
        text = getattr(element, part)

        def century(match: re.Match[str], text: str = text) -> str:
            if not _is_date(match, text):
                return match.group(0)
            return f"{match.group('a')}.{match.group('b')}.20{match.group('year')}"

        setattr(element, part, SHORT_DOTTED.sub(century, text))


def _marks(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _says_date(element: Any) -> bool:
    marks = _marks(element)
    return element.tag == "time" or (
        bool(DAY_CLASS.search(marks)) and not TIME_CLASS.search(marks) and not PRICE_CLASS.search(marks)
    )


def bare_days_closed(root: Any) -> None:
    """Each element whose whole text is a bare "05.09" and that says it holds a date: that day's closing dot added
    (see the module's docstring). Mutates ``root``."""
    for count, element in enumerate(root.iter()):
        if count >= MAX_NODES:
            break
        if not isinstance(element.tag, str) or len(element) or not element.text:
            continue
        if not BARE_DAY_MONTH.fullmatch(element.text.strip()):
            continue
        if TIME_CLASS.search(_marks(element)) or PRICE_CLASS.search(_marks(element)):
            continue  # "<span class="time">20.10</span>": a time; "<td class="price-day">12.05</td>": a price
        if any(_says_date(node) for node in (element, *list(element.iterancestors())[:ANCESTORS])):
            element.text = element.text.rstrip() + "."
