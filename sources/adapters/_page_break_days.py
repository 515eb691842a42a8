"""A school's or a club's days off written as dated lines: its breaks and its days without lessons (pages111). Pure.

A swim school's term dates list, beside the term's span, the days nothing is on: "No lessons on Thursday 19 September
or Monday 21 October (Parent's evenings).", "HALF TERM: Monday 28 October – Thursday 31 October", "CHRISTMAS
HOLIDAY: Monday 23 December – Thursday 02 January". Such a line was read as a day-long event titled "No lessons or
(Parent's evenings)." or "Christmas Holiday". Now a schedule line (no time of day, no page of its own) is dropped
when

* it opens with "no" and what the body runs ("No lessons on …", "No classes on …", "No training in …", "Kein
  Unterricht am …", "Pas de cours le …", "Geen les op …", "No hay clases el …"): the days it lists are days off;
* its name is only a break of the school year ("Christmas holiday", "Half term", "Easter holidays", "Spring
  break", "Herbstferien", "Vacances de Noël"), with nothing else in it; a season's holidays or break ("Summer
  Holiday", "Spring Break": a musical's, a party's name as often) only where another line of the schedule is a day
  off too or a line or its heading says school, term, lessons (left40: a theatre's "Summer Holiday" beside "Oliver!",
  a party "Spring Break" beside a "Halloween Bash" are events).

Not: a line with a time or a link of its own ("No Lessons Needed: a jam session", 19:00), a name with more in it
than the break ("Half Term Art Club", "Christmas Holiday Market", "Easter holiday football camp": events held in the
break), "No meeting in August" (a cancelled meeting, read as one: events.statuswords), and a line that opens with
another "No" ("No-Bake Cookie Class", "Noël en fête").
"""

from __future__ import annotations

import re

# The line opens with "no" and the body's activity: lessons, classes, training, rehearsals, club nights; in the
# languages the schedules are written in.
NO_ACTIVITY = re.compile(
    r"^\W{0,3}(?:"
    r"no\s(?:swimming\s|dance\s|music\s)?(?:lessons?|classes|class|training|practi[cs]e|rehearsals?|club|sessions?|"
    r"school|swimming|coaching)"
    r"|kein(?:e|en)?\s(?:unterricht|training|probe|proben|kurs|kurse|übungsabend)"
    r"|pas\sde\s(?:cours|leçons?|entra[iî]nements?|répétitions?)"
    r"|geen\s(?:les|lessen|training|repetitie|zwemles)"
    r"|no\shay\s(?:clases?|entrenamientos?|ensayos?)"
    r")\b"
    # … and then the days it names: after a preposition or a colon, a dash, a bracket ("No lessons on …", "No
    # classes – Thanksgiving"), or nothing ("No School Day Camp" names a camp held that day: an event).
    r"(?=\s?[:–—(]|\s(?:on|in|during|over|from|until|till|this|next|am|an|im|vom|le|les|du|pendant|op|tijdens|el"
    r"|los|durante)\b|\s?$)",
    re.IGNORECASE,
)
# A season's holidays or break: a school's, and as often a show's or a party's name ("Summer Holiday", the musical;
# "Spring Break", a party): a day off only beside another day off or a school's word on the schedule (left40).
SEASON_BREAK = (
    r"(?:christmas|xmas|easter|summer|winter|spring|autumn|fall|october|february|may|whitsun|mid-?\s?winter)\s"
    r"(?:holidays?|break|vacation|recess)"
)
SEASONAL = re.compile(SEASON_BREAK, re.IGNORECASE)
# A word of a school's schedule: a term, its lessons, its pupils.
SCHOOL_WORD = re.compile(r"\b(?:terms?|semesters?|trimesters?|school|lessons?|classes|pupils|inset)\b", re.IGNORECASE)
# A name that is only a break of the school year: the season's holidays or break, half term, reading week.
BREAK_NAME = re.compile(
    rf"(?:{SEASON_BREAK}"
    r"|(?:half|mid)[-\s]?term(?:\s(?:holidays?|break))?|reading\sweek|school\sholidays?"
    r"|(?:herbst|winter|weihnachts|oster|pfingst|sommer|faschings)ferien|schulferien"
    r"|vacances\s(?:de\s(?:noël|noel|la\stoussaint|printemps|pâques|paques|février|fevrier|d'hiver)|d'été|scolaires)"
    r"|(?:herfst|kerst|voorjaars|mei|zomer|krokus)vakantie"
    r"|vacaciones\sde\s(?:navidad|verano|semana\ssanta|pascua))",
    re.IGNORECASE,
)
EDGES = " \t\n\xa0.,;:!?-–—*()[]\"'«»„“”"


def break_day(title: str | None, text: str, *, timed: bool, linked: bool) -> bool:
    """Whether an untimed, unlinked schedule line is a day off (see the module): it opens with "no" and the
    activity, or its name (``title``) is only a break of the school year."""
    if timed or linked:
        return False
    if NO_ACTIVITY.match(" ".join(text.split())):
        return True
    return title is not None and BREAK_NAME.fullmatch(title.strip(EDGES)) is not None


def seasonal(title: str | None) -> bool:
    """Whether a name is only a season's holidays or break ("Summer Holiday", "Spring Break"): a day off only where
    the schedule says it is a school's (see ``days_on``)."""
    return title is not None and SEASONAL.fullmatch(title.strip(EDGES)) is not None
