"""A page whose heading says a service is not available for now is a notice, not an event (held-out batch 105, helper
pages105). Pure.

A university library's seat-booking site, closed in a lockdown, showed "Momentan keine Arbeitsplatzbuchung möglich"
over paragraphs of dates ("ab Mittwoch, den 16.12.2020 … bis vorläufig 10.1.2021", "Vom 28.-30.12. sind die
Bibliotheken … geschlossen"): one event on the day the closure began, titled by the heading. A title that says
something is not possible or not available for the time being ("Momentan keine …", "derzeit nicht möglich",
"Currently unavailable", "temporarily closed", "momentanément fermé", "under maintenance") names a state, not a
gathering: such an event is dropped (``unavailable_notice``).

Not such a title: one naming an event with the words ("No Strings Attached", "Mission Impossible: a film night",
"Closed Meeting", "Cancelled: Jazz Night", which is a called-off event, not a notice). review45: nor one holding an
event's word ("Temporarily Closed Road Parade", "Tickets not available at the door – Jazz Night", "Talk: why the
truth is not available"), nor one whose notice is only a label before the event's name ("Not Available on Streaming:
Film Night", "Currently no waiting list: Yoga"); a notice after a name stays one ("Bibliothek: vorübergehend
geschlossen").
"""

from __future__ import annotations

import re

from sources.adapters._page_legal_citations import EVENT_WORD

UNAVAILABLE = re.compile(
    r"\b(?:momentan|derzeit|zurzeit|vor[üu]bergehend|currently|temporarily|momentan[ée]ment|temporairement|"
    r"actuellement|tijdelijk|momenteel|temporaneamente|temporalmente)\s++(?:[^\W\d_]++\s++){0,2}?"
    r"(?:keine?|nicht|geschlossen|no|not|closed|unavailable|ferm[ée]e?s?|indisponibles?|pas|gesloten|niet|geen|"
    r"chius[oa]|cerrad[oa]s?|non)\b"
    r"|\b(?:nicht|not|pas|niet|non|no)\s++(?:m[öo]glich|possible|mogelijk|possibile|posible|verf[üu]gbar|available|"
    r"disponibles?)\b"
    r"|\bunder\s++maintenance\b|\bwartungsarbeiten\b",
    re.IGNORECASE,
)


# An event's word beyond the law's list (_page_legal_citations.EVENT_WORD): a parade, a club, a gig, a taping.
MORE_EVENT_WORDS = re.compile(
    r"\b(?:parades?|umzug|d[ée]fil[ée]|clubs?|gigs?|tapings?|yoga|jazz|dances?|disco|markets?|markt|march[ée])\b",
    re.IGNORECASE,
)
# Where a title's label ends and its name begins ("Not Available on Streaming: Film Night").
LABEL_END = re.compile(r"(?<!\s)(?:\s*+[:|]|\s++[–—-])\s*+")
MAX_TITLE = 300


def unavailable_notice(title: str | None) -> bool:
    """Whether a title says a service is not available for now (see the module)."""
    head = (title or "")[:MAX_TITLE]
    if UNAVAILABLE.search(head) is None or EVENT_WORD.search(head) or MORE_EVENT_WORDS.search(head):
        return False
    parts = [part for part in LABEL_END.split(head) if part.strip()]
    # the name after the label opens with a capital or a digit ("… – see you in spring" continues the notice)
    name = parts[-1].lstrip()[:1] if len(parts) > 1 else ""
    return not name or UNAVAILABLE.search(parts[-1]) is not None or not (name.isupper() or name.isdigit())
