"""One vocabulary of a length's words, for every page reader that asks whether a figure is how long, not when
(left38; before, three lists). Pure.

* ``LABEL``: an event page's "Duration:" field, read as the end by ``_page_duration_label`` (the start plus the
  length). Only a length's own names (``DURATION_NAMES``): a film's "Running time:" or a "Length:" is the work's,
  not the sitting's, and gives no end.
* ``DURATION_LEAD``: a clock right after any length's word (``RUNNING_TIME_NAMES``: the names above and a show's or a
  film's running time), maybe "approx."/"ca." between, is a length and no time of day: ``_page_duration_clocks``
  (the row and single-page readers' ``find_clock``) and an article footer's hour (``_page_article_footer_places``)
  both pass over it.

English, German, French, Spanish, Italian, Dutch.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# A length's own name: the label of an event's "Duration:" field.
DURATION_NAMES = ("duration", "dauer", "durée", "duración", "durata", "duur")
# Every word that says the figure after it is a length: a duration's names, and a show's or a film's running time.
RUNNING_TIME_NAMES = (
    *DURATION_NAMES,
    r"running[^\S\n]time",
    r"run[^\S\n]time",
    "runtime",
    "length",
    "spieldauer",
    "laufzeit",
    "speelduur",
    "looptijd",
)
# An "about" between the word and the figure ("Spieldauer ca. 2:30", "Durée env. 1h30").
APPROXIMATELY = ("ca", "approx", "approximately", "about", "circa", "etwa", "env", "environ", "aprox")

LABEL = re.compile(rf"^\s*(?:{'|'.join(DURATION_NAMES)})\s*:\s*", re.IGNORECASE)
# On the few characters before a clock: a length's word, a label's colon or a dash, then perhaps an "about".
DURATION_LEAD = re.compile(
    rf"(?<!\w)(?:{'|'.join(RUNNING_TIME_NAMES)})[^\w\n]{{0,3}}(?:(?:{'|'.join(APPROXIMATELY)})\.?[^\S\n]{{1,3}})?$",
    re.IGNORECASE,
)
