"""Whether a dated row or line under an opening hours' heading names something besides the hours (helper review33).
Pure.

Held-out batch 94 made a table under a heading that is only an opening hours' name (``_page_hours_sections``:
"Sonderöffnungszeiten" over "24.12 (Mi) | 10:00 – 14:00") give no rows, and a page whose every dated line sits
under such a heading no event's page. But the heading's words are wider than a place's hours: "Museum After Hours"
and "Late Hours" are a museum's evening series, "Horaires des séances", "Horario" and "Orari" a cinema's or a
festival's programme; and an event's own page may give its day under "Opening hours" ("Saturday 21 June 2031,
10:00–16:00" for a fun day) or its run under "Öffnungszeiten". Those tables' rows and those lines name their events
("Silent disco in the galleries", "Concierto de apertura"); an opening hours' row names nothing but its day, its
clocks, a closure and the holiday it falls on ("Heiligabend | 24.12. | geschlossen", "Christmas Eve: 10:00–14:00").

``named`` says whether a text holds a word outside that vocabulary once its dates are taken out. A table under such
a heading is still read when two of its rows are named (``_page_tables``); a page is left to its reader unless two
or more dated lines sit under such headings and none of them is named (``_page_other_pages``).
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_dates
from sources.adapters._page_hours_sections import hours_section
from sources.adapters._page_intl import NUMERIC_WEEKDAYS, SHORT_WEEKDAYS, fold
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

_EPOCH = dt.date(2000, 1, 1)
WORD = re.compile(r"[^\W\d_]{3,40}")
# What an opening hours' row says besides its day and clocks: closed or open, from/until, a holiday's name.
HOURS_VOCABULARY = frozenset(
    """
    closed close closes closing open opens opening opened only and the from until till noon midday midnight late
    early normal usual regular hours times shut half day days eve christmas boxing new year years easter good bank
    holiday holidays public whit pentecost summer winter spring autumn special also except
    geschlossen geöffnet offen uhr von vom bis und nur ab mittags feiertag feiertage feiertags heiligabend weihnachten
    weihnachtstag weihnachtsfeiertag silvester neujahr ostern karfreitag ostermontag ostersonntag pfingsten
    pfingstmontag himmelfahrt christi fronleichnam reformationstag tag der deutschen einheit sonderöffnungszeiten
    öffnungszeiten
    fermé fermée fermeture ouvert ouverte ouverture noël noel nouvel jour férié fériés pâques paques toussaint des
    cerrado cerrada abierto abierta festivo navidad nochebuena nochevieja año nuevo semana santa horario
    chiuso chiusa aperto aperta festivo natale vigilia capodanno pasqua orario orari
    gesloten geopend kerstmis kerstavond eerste tweede kerstdag oudjaarsdag nieuwjaarsdag pasen pinksteren tot
    stängt stengt lukket öppet åpent julafton juldagen jul nyårsafton påsk suljettu avoinna joulu jouluaatto
    """.split()
    + list(NUMERIC_WEEKDAYS)
    + list(ENGLISH_WEEKDAYS)
    + [short for names in SHORT_WEEKDAYS.values() for short in names]
)
MIN_NAMED = 2  # named rows or lines that make a table or a page a programme, not a place's hours


def named(text: str) -> bool:
    """Whether ``text`` holds a word besides its dates, clocks, weekdays, closures and holidays' names."""
    hits = find_dates(text, year_hint=None, today=_EPOCH)
    kept, last = [], 0
    for hit in sorted(hits, key=lambda hit: hit.start):
        if hit.start >= last:
            kept.append(text[last : hit.start])
            last = hit.end
    kept.append(text[last:])
    return any(fold(word) not in HOURS_VOCABULARY for word in WORD.findall(" ".join(kept)))


def hours_table(heading: str | None, rows: list[str]) -> bool:
    """Whether a table under ``heading`` lists a place's opening hours: the heading is only their name and fewer
    than two of its ``rows`` (their texts) name anything else (see the module)."""
    return hours_section(heading) and sum(named(row) for row in rows) < MIN_NAMED
