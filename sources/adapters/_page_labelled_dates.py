"""A production's page that lists its dates under a plain label: the page names the event, each line its place. Pure.

A theatre's (or a club's, a museum's) page about one thing — its heading is the page's own <title> ("Öffentliche
Führung: Schiffbau" in "Öffentliche Führung: Schiffbau - Schauspielhaus Zürich") — lists when it is on under a label
of its own ("Daten", "Dates", "Termine", "Performances", "Fechas"): "Di 03.10. 18:30 Schiffbau", "Do 09.11. 18:00
Schiffbau". The schedule reader took each line's words after its time for the line's name ("Schiffbau"); they are
where it is on, and the heading is what.

So, when every entry of the schedule stands under such a label (the label at most a couple of lines above the
first), the page's heading is its <title>'s (or og:title's) first part, and the entries' own words repeat (no
more different wordings than half the entries: one house or two for a run of dates), each wording reads as a place
(a name with a capital, not a weekday, a ticket word or a status: ``_page_more_dates.own_place``) and names no
meeting ("Vorstandssitzung", "Board Meeting"): each entry is titled by the heading as written and placed by its
words.

A line's words that say the tour's language, level or audience instead ("14:00 English", "15:00 German", "18:30
Beginners": ``NOT_PLACE_WORDS``) are no place: the entry is the heading's, in that language ("Public Tour
(English)"), with no place of its own. Not: a listing page whose heading is not its <title>'s ("Termine" on a club's page); dates that each name their own
talk ("Oct 3 18:00 Opening lecture", "Oct 10 18:00 The Roman city": all different); lines under no label.
"""

from __future__ import annotations

import re

from sources.adapters._page_info import PageInfo
from sources.adapters._page_lines import Line
from sources.adapters._page_more_dates import own_place
from sources.adapters._page_notice_rules import names_meeting
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import EVENT_WORDS

# A label alone on its line over an event's dates, in the pages' languages.
DATES_LABEL = re.compile(
    r"^\s*(?:dates?|daten|termine|spieltermine|spieldaten|vorstellungen|aufführungen|performances|showtimes|"
    r"dates?\s*(?:&|and|\+)\s*tickets|tickets\s*(?:&|and|\+)\s*dates?|fechas|funciones|représentations|"
    r"voorstellingen|speeldata|speellijst|repliche|datas|sessões)\s*:?\s*$",
    re.I,
)
# The end of a compound that names a gathering, in languages that join words ("Vorstandssitzung", "Mitgliederversammlung",
# "Chorprobe", "ledenvergadering", "styrelsemöte"): such a line names what is on, not where.
GATHERING_END = re.compile(
    r"(?:sitzung|versammlung|treffen|probe|kurs|vortrag|lesung|konzert|gottesdienst|vergadering|bijeenkomst|"
    r"möte|møde|møte|réunion|reunión|riunione)$",
    re.I,
)
LABEL_GAP = 2  # lines between the label and the first dated line (a blank cell, an icon's caption)
# Who a date is for or in which language it is given, as such lines write it: no place.
NOT_PLACE_WORDS = frozenset(
    {"english", "german", "french", "spanish", "italian", "dutch", "portuguese", "russian", "chinese", "japanese",
     "arabic", "turkish", "polish", "ukrainian", "deutsch", "englisch", "französisch", "italienisch", "spanisch",
     "français", "anglais", "allemand", "español", "inglés", "alemán", "italiano", "inglese", "tedesco", "engels",
     "duits", "nederlands", "sign", "language", "bsl", "asl", "beginners", "beginner", "intermediate", "advanced",
     "improvers", "levels", "level", "all", "kids", "children", "family", "families", "adults", "seniors", "teens",
     "schools", "members", "only", "for", "in", "and", "tour", "version"}
)  # fmt: skip
# A weekday's abbreviation a date leaves before a line's words ("Sat 05.04. 14:00 English"), English and German.
WEEKDAY_WORDS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "di",
                           "mi", "do", "fr", "sa", "so"})  # fmt: skip
MIN_ENTRIES = 2  # one date alone may be anything's
MAX_PLACE_WORDS = 6
QUALIFIED_EVIDENCE = "titled by the page's heading, under its dates' label {label!r}, with its line's words ({words!r})"
EVIDENCE = "titled by the page's heading, under its dates' label {label!r}: its line's words are its place ({place!r})"


def folded(text: str | None) -> str:
    """A text's words, spaces folded and case folded: how headings and titles are compared."""
    return " ".join((text or "").split()).casefold()


def page_is_about(info: PageInfo, *, tail: re.Pattern[str] | None = None) -> str | None:
    """The page's heading when its <title> (or og:title) names it: the page is about that one thing. ``tail``: what
    a title may add after the name ("(Original Title)", _page_work_screenings)."""
    heading = info.heading_name or info.heading
    if not heading or folded(heading) == folded(info.site_name):
        return None
    titles = [(title or "").strip() for title in (info.doc_title, info.og_title)]
    names = {folded(tail.sub("", title) if tail is not None else title) for title in titles}
    return heading if folded(heading) in names else None


def names_what(place: str) -> bool:
    """Whether words read as a place name what is on instead: a meeting ("Board Meeting"), an event's kind as its
    last word ("Lecture", "Open Rehearsal Session"), a gathering's compound ("Vorstandssitzung")."""
    last = place.split()[-1]
    return names_meeting(place) or EVENT_WORDS.fullmatch(last) is not None or GATHERING_END.search(last) is not None


def _who_or_language(place: str) -> str | None:
    """The words that only say a language, a level or an audience ("English", "All levels"), without a weekday's
    abbreviation the date left before them ("Sat English" → "English"); None where they say anything else."""
    kept = [word for word in place.split() if _bare(word) not in WEEKDAY_WORDS]
    if not kept or not all(_bare(word) in NOT_PLACE_WORDS for word in kept if _bare(word)):
        return None
    return " ".join(kept)


def _bare(word: str) -> str:
    return "".join(character for character in word.casefold() if character.isalpha())


def _label_over(lines: list[Line], first: int) -> str | None:
    """The dates' label standing at most LABEL_GAP lines above line index ``first``."""
    before = [line for line in lines if first - LABEL_GAP - 1 <= line.index < first]
    return next((line.text for line in reversed(before) if DATES_LABEL.match(line.text)), None)


def labelled_dates(schedule: list[Entry], lines: list[Line], info: PageInfo) -> None:
    """Title each entry of a production's labelled dates by the page's heading and place it by its own words."""
    if len(schedule) < MIN_ENTRIES or any(entry.title is None or entry.location for entry in schedule):
        return
    heading = page_is_about(info)
    label = _label_over(lines, min(entry.line for entry in schedule)) if heading else None
    if heading is None or label is None:
        return
    wordings = [entry.title or "" for entry in schedule]
    if len({folded(words) for words in wordings}) * 2 > len(schedule):
        return  # each line names its own: a series' talks, not one production's houses
    places: list[str] = []
    for words in wordings:
        place = own_place(words)
        if (
            place is None
            or len(place.split()) > MAX_PLACE_WORDS
            or names_what(place)
            or folded(place) == folded(heading)
        ):
            return
        places.append(place)
    for entry, place in zip(schedule, places, strict=True):
        qualifier = _who_or_language(place)
        if qualifier is not None:  # "English": the heading's tour in that language, at no place of its own
            entry.title, entry.wording = f"{heading} ({qualifier})", None
            entry.evidence.append(QUALIFIED_EVIDENCE.format(label=label, words=qualifier))
            continue
        entry.title, entry.location, entry.wording = heading, place, None  # the heading as written is its title
        entry.evidence.append(EVIDENCE.format(label=label, place=place))
