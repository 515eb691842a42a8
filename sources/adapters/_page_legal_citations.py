"""Rows titled by a law's citation: the date a decree was signed, a gazette issue's, the day a law came into force.
Pure. ``webpage.finalize`` drops them.

A museum guide's page of the rules it follows (batch 103) lists decrees, each a bold heading with its date
("DECRETO DEL PRESIDENTE DEL CONSIGLIO DEI MINISTRI 17 maggio 2020", "DECRETO-LEGGE 25 marzo 2020, n. 19"), a link
to the gazette's issue ("GU Serie Generale n.126 del 17-05-2020") and a note of when one came into force ("Nota:
entrata in vigore del provvedimento, 26/03/2020"): fifteen rows read as events, each titled by the instrument's
name. A date that cites a law is when it was made or printed, not a happening one goes to.

So a date-only row whose title opens with a legal instrument's name (a decree, an ordinance, a regulation, a
directive, a circular, in the languages the pages are in; a law only with its number: "Legge n. 19", "Act No. 5",
"Gesetz Nr. 3"), a gazette's ("Gazzetta Ufficiale", "GU Serie Generale", "Official Journal", "Federal Register",
"Bundesgesetzblatt", "Journal officiel", "Boletín Oficial", "Diário da República", "Staatsblad", "Dziennik
Ustaw") or an entry into force ("entrata in vigore", "entry into force", "Inkrafttreten", "entrée en vigueur",
"entrada en vigor"), after a note's label at most, is dropped.

Not: a row with a clock (a briefing at 18:00 is held); a title with an event's word ("Seminar on the Cura Italia
decree", "Decree signing ceremony", "Webinar: the new Verordnung", "Incontro sul decreto", "Public hearing on the
regulation"); "Act 2: The Return" or "Law Society dinner" (a law's word with no number is no citation); a title that
only mentions a decree later on ("Talk: what the decree means for museums").

review44: a reading, a show, an outing, a fair, a launch or a drop-in named after a law is held too ("Decree 12: a
reading", "Official Journal launch party", "Housing Act No. 3 consultation drop-in"); "circular" is an instrument
only with its number ("Circular No. 7"), not in "Circular walk around the lake".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sources.adapters.base import ParsedRecord, RawEvent

MAX_TITLE = 200  # characters of a title looked at
_NOTE = r"(?:(?:nota|note|nb|n\.b\.|hinweis|remarque|anmerkung|opmerking)[ \t]{0,3}:[ \t]{0,3})?"
_INSTRUMENT = (
    r"(?:decree|decreto(?:[ \t-]{1,3}legge|[ \t]{1,3}legislativo|[ \t]{1,3}ministeriale)?|d\.?[ \t]?p\.?[ \t]?c\.?[ \t]?m\.?|"
    r"d\.?[ \t]?lgs\.?|d\.?[ \t]?l\.|d[ée]cret|dekret|verordnung|ordinance|ordinanza|ordenanza|ordonnance|arr[êe]t[ée]|regulation|"
    r"directive|richtlinie|circolare|rozporz[ąa]dzenie|besluit|real[ \t]{1,3}decreto|"
    r"(?:legge|ley|lei|law|gesetz|wet|ustawa|act|circular)[ \t]{1,3}(?:n[or]?\.?|num\.?|nº|n°|nr\.?)[ \t]{0,3}\d)"
)
_GAZETTE = (
    r"(?:gazzetta[ \t]{1,3}ufficiale|g\.?[ \t]?u\.?[ \t]{1,3}serie|official[ \t]{1,3}journal|federal[ \t]{1,3}register|"
    r"bundesgesetzblatt|bgbl|journal[ \t]{1,3}officiel|bolet[íi]n[ \t]{1,3}oficial|di[áa]rio[ \t]{1,3}da[ \t]{1,3}rep[úu]blica|"
    r"staatsblad|staatscourant|dziennik[ \t]{1,3}ustaw)"
)
_FORCE = (
    r"(?:entrata[ \t]{1,3}in[ \t]{1,3}vigore|entry[ \t]{1,3}into[ \t]{1,3}force|inkrafttreten|entr[ée]e[ \t]{1,3}en[ \t]{1,3}vigueur|"
    r"entrada[ \t]{1,3}en[ \t]{1,3}vigor|inwerkingtreding|wej[śs]cie[ \t]{1,3}w[ \t]{1,3}[żz]ycie)"
)
# A decree named with its number anywhere in the title, its date cut out of it by the reading ("Disposizioni attuative
# del decreto-legge, n. 7."): the row's date is the decree's.
NUMBERED = re.compile(
    r"\b(?:decree|decreto(?:[ \t-]{1,3}legge)?|d[ée]cret|dekret|ordinance|ordinanza|ordenanza|ordonnance|regulation|"
    r"legge|ley|lei|law|gesetz|ustawa|act)[ \t]{0,3},?[ \t]{0,3}(?:n[or]?|nº|n°|nr|num)\.?[ \t]{0,3}\d",
    re.IGNORECASE,
)
CITATION = re.compile(rf"{_NOTE}(?:{_INSTRUMENT}|{_GAZETTE}|{_FORCE})(?![a-z])", re.IGNORECASE)
# An event's word anywhere in the title: a talk, a meeting or a ceremony about the law is held.
EVENT_WORD = re.compile(
    r"\b(?:seminars?|seminario|seminaire|séminaire|webinars?|conferences?|conferenza|conférence|conferencia|"
    r"convegno|congress\w*|talks?|lectures?|workshops?|meetings?|incontro|riunione|briefings?|hearings?|"
    r"ceremony|cerimonia|cérémonie|signing|debate|dibattito|débat|tagung|vortrag|sitzung|versammlung|"
    r"info(?:rmation)?[ \t]{1,3}(?:session|evening|night)|q[ \t]?&[ \t]?a|presentation|presentazione|jornadas?|charla|"
    r"forum|panel|course|corso|training|formazione|assembly|assemblea|"
    # review44: a reading, a show, an outing or a drop-in about (or named after) a law is held too
    r"readings?|lettura|lesung|performances?|concerts?|opera|musical|comedy|play|screenings?|films?|exhibitions?|"
    r"mostra|ausstellung|festival|fair|fiera|party|launch|night|walks?|hikes?|rides?|tours?|visits?|visita|"
    r"sessions?|consultations?|drop[ \t-]in|sportello|open[ \t]day|quiz|class(?:es)?)\b",
    re.IGNORECASE,
)


def legal_citation(title: str | None) -> bool:
    """Whether a title is a law's citation (see the module): it opens with one and has no event's word."""
    head = (title or "").strip()[:MAX_TITLE]
    cited = CITATION.match(head) is not None or NUMBERED.search(head) is not None
    return cited and EVENT_WORD.search(head) is None


def without_citations(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The records without the date-only rows titled by a law's citation."""
    return [
        record
        for record in records
        if not (
            isinstance(record, RawEvent) and not isinstance(record.start, dt.datetime) and legal_citation(record.title)
        )
    ]
