"""A section of a place's opening hours lists when it is open, not events (helper review30). Pure.

A library's page ("<h2>Holiday opening</h2><ul><li>Wednesday 24 December 2031: 9:00 – 13:00</li><li>Thursday 25
December 2031: closed</li></ul>", a Dutch one's "Afwijkende openingstijden" over "vrijdag 27 juni 2031: 10.00 -
13.00") was read as events titled by the heading, one a day. A dated line under a heading that is only a place's
hours' name — "Opening hours", "Holiday hours", "Christmas opening times", a holiday's "opening" ("Holiday
opening", "Bank holiday opening"), "Öffnungszeiten", "Afwijkende openingstijden", "Horaires d'ouverture", "Horario",
"Orari di apertura", "Öppettider", "Otevírací doba", "Godziny otwarcia" with at most two words before it, Czech and
Slovak seasons of operation ("Běžný provoz od 14. 9. 2026", "Letní provoz 2027", "Zimná prevádzka"; pages115), or a word glued to it as German and Dutch
compound ("Sonderöffnungszeiten", "Feiertagsöffnungszeiten", "Zomeropeningstijden") — gives no row; nor does a
table under such a heading (_page_tables; held-out batch 94's self-review: "24.12 (Mi) | 10:00 – 14:00").

Not: "Grand opening" or "Opening night" (an event's name), "Events during opening hours" (more than the hours'
name), "Show times" or "Service times" (a programme's), a heading naming no hours.
"""

from __future__ import annotations

import re

HOURS_SECTION = re.compile(
    r"(?:[^\W\d_]+[\s-]+){0,2}hours|(?:[^\W\d_]+\s+)?(?:opening|open|business|office)\s+times"
    r"|(?:(?:bank|public)\s+)?(?:holiday|christmas|festive|seasonal|easter|summer|winter)\s+opening"
    r"|(?:[^\W\d_]+\s+){0,2}[^\W\d_]{0,16}(?:öffnungszeiten|openingstijden|åpningstider|öppettider|aukioloajat)"
    r"|horaires?(?:\s+d['’]ouverture)?(?:\s+[^\W\d_]+){0,2}|horarios?(?:\s+de\s+apertura)?|orari(?:\s+di\s+apertura)?"
    # Czech, Slovak, Polish (review35): "Otevírací doba poboček", "Otváracie hodiny", "Godziny otwarcia biblioteki"
    r"|(?:otev[íi]rac[íi]\s+(?:doba|hodiny)|otv[áa]racie\s+hodiny|godziny\s+otwarcia)(?:\s+[^\W\d_]+){0,2}"
    # Czech and Slovak "operation" seasons (pages115): "Běžný provoz od 14. 9. 2026", "Letní provoz 2027", "Zimná
    # prevádzka": when a pool or a spa is open, from a day or for a year
    r"|(?:[^\W\d_]+\s+){0,2}(?:provoz|prev[áa]dzka)(?:\s+(?:od|do)\s+\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4})?|\s+\d{4})?",
    re.IGNORECASE,
)
MAX_HEADING = 60


def hours_section(heading: str | None) -> bool:
    """Whether a section's heading is only the name of a place's opening hours (see the module)."""
    if not heading or len(heading) > MAX_HEADING:
        return False
    return HOURS_SECTION.fullmatch(heading.strip(" .:;–-")) is not None
