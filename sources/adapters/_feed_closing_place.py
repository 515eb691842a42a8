"""The venue and town a description names in its last sentence alone ("… Flucht. Polit-Forum Bern, Bern."), for the
``rss`` adapter. Pure.

A German-language agenda feed a script writes from museum and city listings (held-out batch 77, feeds) closes each
item's one-line teaser with where it is, as a sentence of its own: "Vortrag zum Thema Klima und Flucht. Polit-Forum
Bern, Bern.", "Spielnachmittag und Workshop für Kinder. Schulmuseum Bern, Bern.". No element and no phrase ("im
…", "at …") names the place, so the events went without one.

``closing_place`` reads such a last sentence as the venue and its town: a description of two sentences at least
whose last one is a name of one to five words, a comma and a town of one to three words, every word capitalised (a
hyphenated name counts: "Polit-Forum"; a canton's letters after the town too: "Burgdorf BE"), no digit; and only
when the town is named elsewhere in the item too (its title, or the venue's own name: "Schulmuseum Bern, Bern"),
as a sign-off's words are not ("… Bis bald. Liebe Grüße, Anna.").

Not: a one-sentence description ("Werke von Cécile Wick im Museum Franz Gertsch, Burgdorf."), a last sentence with
words in lower case ("Eintritt frei, Kollekte erbeten."), one with a digit ("Kirchplatz 3, Bern."), a town the item
names nowhere else ("Liebe Grüße, Anna." under "Sommerfest"), a last sentence with no comma or two. review59: nor a
person before the comma, a performer's or a speaker's credit ("Anna Muster, Violine." under "Konzert für Violine und
Klavier", "John Smith, Piano.", "Mit Anna Muster, Bern.", "Lesung Peter Meier, Basel."): a given name and a surname
and no place's noun ("Paul Klee Zentrum" has no surname last).

left45: a meeting point's word opening the name ("Stadtführung. Treffpunkt Bahnhof Bern, Bern.") is where to go, not
the venue's name: the venue is "Bahnhof Bern" in Bern; a meeting point that is the town alone ("Treffpunkt Bern,
Bern.", "Treffpunkt, Bern.") gives the town and no venue.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._given_names import person_or_group
from sources.adapters._page_abbreviations import abbreviation_dot
from sources.adapters._page_meeting_points import MEETING_WORD
from sources.adapters._page_place_nouns import PLACE_NOUN

MAX_TEXT = 600  # characters of a description looked at: a teaser, not an article
_WORD = r"[^\W\d_][^\W\d_'’.]{0,30}(?:-[^\W\d_][^\W\d_'’.]{0,30}){0,2}"
_CAPITAL = r"(?=[A-ZÀ-ÖØ-Þ])"  # a capital opens the word
_SAINT = r"(?:St|Ste)\.[ \t]"  # "St. Gallen", "Kirche St. Laurenzen" (mend59b)
_NAMED = rf"(?:{_SAINT})?{_CAPITAL}{_WORD}"
# The last sentence: "Polit-Forum Bern, Bern." Bounded, nothing nested unbounded: linear.
LAST_SENTENCE = re.compile(
    rf"(?:^|[.!?][ \t]{{1,3}})(?P<venue>{_NAMED}(?:[ \t]{_NAMED}){{0,4}}),[ \t]{{1,3}}"
    rf"(?P<town>{_NAMED}(?:[ \t]{_NAMED}){{0,2}})[.]?[ \t]{{0,3}}$"
)
# A label or a role opening the words before the comma: a person's or an office's, no venue (mend59b).
LABEL = re.compile(
    r"(?:referent|referentin|leitung|veranstalter|veranstalterin|organisation|anmeldung|kontakt|auskunft|auskünfte|"
    r"infos?|information|moderation|eintritt|kosten|speaker|host|contact|organi[sz]er|booking|tickets?)(?![^\W\d_])",
    re.IGNORECASE,
)


def closing_place(text: str | None, title: str | None) -> tuple[str | None, str] | None:
    """(venue, town) the plain ``text`` names as its last sentence, when it has another sentence before and the town
    is named in ``title`` or in the venue; else None. The venue is None for a meeting point at the town alone."""
    if not text or len(text) > MAX_TEXT:
        return None
    found = LAST_SENTENCE.search(text.strip())
    if found is None or found.start() == 0:
        return None  # a description that is the place alone, or one sentence
    if found.start() > 0 and abbreviation_dot(found.string, found.start()):
        return None  # "Referent: Dr. Hans Muster, Bern.": the sentence began before the title's dot (mend59b)
    venue, town = found["venue"], found["town"]
    met = MEETING_WORD.match(venue)
    venue = venue[met.end() :] if met else venue  # "Treffpunkt Bahnhof Bern": where to go is "Bahnhof Bern" (left45)
    if LABEL.match(venue):
        return None  # "Veranstalter Kulturverein Thun, Thun.": a label's words (mend59b)
    if _credits_a_person(venue):
        return None  # "Anna Muster, Violine.": a performer and her instrument (review59)
    first = town.split()[0]
    if not re.search(rf"(?<![^\W_]){re.escape(first)}(?![^\W_])", f"{title or ''} {venue}"):
        return None
    return (None if met and venue in ("", town) else venue), town  # "Treffpunkt Bern, Bern.": the town alone


def _credits_a_person(venue: str) -> bool:
    """Whether the words before the comma end in a person's name ("Anna Muster", "Mit Anna Muster", "Lesung Peter
    Meier") and hold no place's noun (review59)."""
    if PLACE_NOUN.search(venue):
        return False
    words = venue.split()
    return any(person_or_group(" ".join(words[-count:])) for count in (2, 3) if len(words) >= count)
