"""A title's own day written last, year-less and day first after a dash; the day an exhibition closes written the
same way; the bracketed tags a title opens with. For the ``rss`` adapter. Pure.

A German-language agenda feed a script writes from museum and city listings (held-out batch 77, feeds) titles its
items "[Bern] [Vortrag] Fluchtgrund Klima: Was wir jetzt lernen müssen - am Do 27.08.", "[Bern] [Familie] Ein
Spielnachmittag im Schulmuseum Bern - am Sa 29.08.", "… Fischhäppchen aus der Forschungsküche - 02.-03.09.", and its
exhibitions "[Bern] [Ausstellung] Franz Gertsch: Blow-Up (Part I) - bis 17.01.2027"; every pubDate is the build time.
The dotted reader (``_feed_dotted``) reads a year-less "27.08." only with its clock ("3.2." alone is a section or a
score as often as a day), so the dated items went undated, and it read "bis 17.01.2027" as the exhibition's day.

- ``tail_when``: the title's last words are the event's day when they are a year-less day-first date right after a
  spaced dash and led by "am" and/or a German weekday ("- am Do 27.08.", "- Sa 29.08.", "- am 29.08.", "- Samstag,
  29.08."), or a run of two such days ("- 02.-03.09.", "- 30.08.-02.09."): the first such day not before the
  reference day (the item's publication), a run's first day in its last's year (December before a January end). A
  weekday written must be the day's own: "Do 28.08." in a year whose 28 August is a Friday is no date.
- ``without_tail_day``: the title without those words, when they are the event's own ``start``.
- ``closing_tail``: a dotted date right after a spaced dash and "bis" that ends the text ("… - bis 17.01.2027", "… -
  bis 27.09."): the day an exhibition closes, which gives no day it is on; the dotted reader skips it (an item with
  no other date is then undated, as its year-less siblings already were).
- ``without_tags``: the bracketed labels a title opens with, one to three words each without digits ("[Bern]
  [Vortrag] Fluchtgrund Klima" → "Fluchtgrund Klima"): the town and the kind the script files the item under, not
  its name.

Not: a date with no lead and no run ("Ergebnis - 3.2.": a score or a section, as before), a date words follow
("Konzert - am Do 27.08. im Park" is the prose readers'), a date without a dash before it ("Konzert am Do 27.08."), a
"bis" that closes a run ("24. bis 28.11.2031", "Fest 12. - bis 14.06." has no dash right before "bis"), a "bis" with
words after its date ("- bis 17.01.2027 verlängert"); a label that says the event's status ("[Abgesagt] Konzert",
"[Cancelled] Fair": the status readers'), a label with a digit ("[2031] Jahresprogramm"), a label that is all the
title ("[Bern]"), a label later in the title ("Konzert [Bern]").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from events import statuswords
from sources.adapters._feed_when import RECENT_PAST, When, make_when
from sources.adapters._intl_names import INTL_WEEKDAYS
from sources.adapters._json_online import ONLINE_WORDS

TAIL_REACH = 60  # characters of a title's end looked at
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_WEEKDAYS = ("mo", "di", "mi", "do", "fr", "sa", "so")
# Every part is bounded and none is nested: linear on any text (hostile_patterns_more2).
TAIL_DAY = re.compile(
    r"[ \t]{1,3}[-–—][ \t]{1,3}(?:(?P<am>am)[ \t]{1,3})?"
    r"(?:(?P<weekday>mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"\.?,?[ \t]{1,3})?"
    rf"(?:(?P<first>{_DAY})\.(?:(?P<first_month>{_MONTH})\.)?[ \t]{{0,2}}[-–][ \t]{{0,2}})?"
    rf"(?P<day>{_DAY})\.(?P<month>{_MONTH})\.[ \t]{{0,3}}$",
    re.IGNORECASE,
)
# Right before a date: a spaced dash, then "bis" (German "until"), the text's end after the date.
CLOSING_BEFORE = re.compile(r"[ \t]{1,3}[-–—][ \t]{1,3}bis[ \t]{1,3}$", re.IGNORECASE)
CLOSING_REACH = 12
# A bracketed label opening a title: one to three words of letters (a town may be hyphenated: "Burgdorf BE").
# review59: set apart by a space or the next label ("[Un]conference", "[Re]Design Workshop" are names, not tags).
TAG = re.compile(
    r"[ \t]{0,3}\[(?P<label>[^\W\d_][^\W\d_'’.-]{0,30}(?:[ \t-][^\W\d_][^\W\d_'’.]{0,30}){0,2})\](?=[ \t\[]|$)"
)
MAX_TAGS = 4
# A label that is the event's own (mend59b): how one takes part ("[Online]", "[Virtual]", "[Webinar]": the online
# words the JSON readers share, ``_json_online.ONLINE_WORDS``, and "hybrid"; left45) or who may ("[Members only]",
# "[Nur für Mitglieder]"); kept in the title, and an online one read as the event's mode.
ONLINE_LABELS = ONLINE_WORDS | {"hybrid"}
MEMBERS_LABEL = re.compile(
    r"(?:members?|mitglieder)(?:[ \t-]only)?|(?:nur[ \t]f(?:ü|ue)r[ \t])?mitglieder",
    re.IGNORECASE,
)
# A look-back post's word (mend59b): "Rückblick: Sommerfest - am 29.08.", "Nachlese …", "Bericht …", "Review: …",
# "Recap …" report a day that was, whatever its year would be.
LOOK_BACK = re.compile(
    r"(?<![^\W\d_])(?:r(?:ü|ue|u)ckblick\w{0,3}|nachlese|bericht|review|recap|retrospe[ck]tive?)(?![^\W\d_])",
    re.IGNORECASE,
)


def _tail(title: str | None) -> re.Match[str] | None:
    if not title:
        return None
    found = TAIL_DAY.search(title[-TAIL_REACH:])
    if found is None or not (found["am"] or found["weekday"] or found["first"]):
        return None  # "Ergebnis - 3.2.": no lead, no run
    return found


def _weekday(written: str | None) -> int | None:
    if written is None:
        return None
    word = written.lower()
    return _WEEKDAYS.index(word) if word in _WEEKDAYS else INTL_WEEKDAYS[word]  # the shared names (left45)


def _on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31.09., 29.02. in a year without one
        return None


def _days(found: re.Match[str], posted: dt.date) -> tuple[dt.date, dt.date | None] | None:
    """The first day and (for a run) the last day the tail writes, the first such day not before ``posted``; None for
    a day a few weeks before it (review59: "Rückblick Sommerfest - am 29.08." posted on 2 September reports the day
    that was, as the feed's other year-less readers take it, ``_feed_when.RECENT_PAST``; not next year's)."""
    month, day = int(found["month"]), int(found["day"])
    last = _on(posted.year, month, day)
    if found["first"] is not None:
        first_month = int(found["first_month"] or month)
        if last is not None and last < posted:
            last = None if _recent(last, posted) else _on(posted.year + 1, month, day)
        if last is None:
            return None
        start = _on(last.year - (1 if first_month > month else 0), first_month, int(found["first"]))
        if start is None or start >= last:
            return None  # "30.09.-02.09.": no run
        return start, last
    if last is not None and last < posted:
        last = None if _recent(last, posted) else _on(posted.year + 1, month, day)
    if last is None:
        return None
    weekday = _weekday(found["weekday"])
    if weekday is not None and last.weekday() != weekday:
        return None  # "Do 28.08." when that day is a Friday: not this year's, no date
    return last, None


def _recent(day: dt.date, posted: dt.date) -> bool:
    """Whether ``day`` is at most a few weeks before ``posted`` (review59)."""
    return posted - day <= RECENT_PAST


def tail_when(title: str | None, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """The event's day (or run of days) a title writes last after a dash ("… - am Do 27.08.", "… - 02.-03.09."),
    all day; None when its last words are no such day."""
    found = _tail(title)
    if found is None or LOOK_BACK.search(title or ""):
        return None  # "Rückblick: Sommerfest - am 29.08.": a report of the day (mend59b)
    days = _days(found, reference.date())
    if days is None:
        return None
    return make_when(days[0], days[1], zone=zone, exclusive_end=False)


def without_tail_day(title: str, start: dt.date) -> str | None:
    """The title without its last words when they write the event's own ``start`` day ("Fluchtgrund Klima - am Do
    27.08." → "Fluchtgrund Klima"), else None."""
    found = _tail(title)
    if found is None:
        return None
    head = title[: max(0, len(title) - TAIL_REACH) + found.start()].rstrip(" \t-–—:,")
    day = start.date() if isinstance(start, dt.datetime) else start  # its clock read elsewhere (review59)
    written = (int(found["first"] or found["day"]), int(found["first_month"] or found["month"]))
    if written != (day.day, day.month) or not any(character.isalnum() for character in head):
        return None
    return head


def closing_tail(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a closing day written last: "… - bis 17.01.2027"."""
    if text[end:].strip(" \t"):
        return False  # words after the date: "- bis 17.01.2027 verlängert"
    return CLOSING_BEFORE.search(text[max(0, start - CLOSING_REACH) : start]) is not None


def without_tags(title: str) -> str | None:
    """The title without the bracketed labels it opens with ("[Bern] [Vortrag] Fluchtgrund Klima" → "Fluchtgrund
    Klima"), or None when it opens with none, one says a status, or nothing would be left."""
    position, tags = 0, 0
    while tags < MAX_TAGS:
        found = TAG.match(title, position)
        if found is None:
            break
        if statuswords.status_of(found["label"]) is not None:
            return None  # "[Abgesagt] Konzert": the status readers' word
        if _online_label(found["label"]) or MEMBERS_LABEL.fullmatch(found["label"]):
            break  # "[Online] Python Workshop", "[Members only] Wine tasting": the event's own label (mend59b)
        position, tags = found.end(), tags + 1
    rest = title[position:].strip()
    if not tags or not any(character.isalpha() for character in rest):
        return None
    return rest


def online_tag(title: str | None) -> bool:
    """Whether one of the bracketed labels the title opens with says the event is online ("[Online] Python
    Workshop", "[Bern] [Webinar] Steuern"): mend59b."""
    position = 0
    for _ in range(MAX_TAGS):
        found = TAG.match(title or "", position)
        if found is None:
            return False
        if _online_label(found["label"]):
            return True
        position = found.end()
    return False


def _online_label(label: str) -> bool:
    """Whether a bracketed label says how one takes part online ("Online", "Live stream", "Virtuell", "Hybrid")."""
    return "".join(re.split(r"[ \t-]", label.lower())) in ONLINE_LABELS
