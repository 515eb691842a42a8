"""A card named only by its link's accessible name. Pure.

Some listings draw each card as an empty link laid over the whole card (a "stretched" link: '<a class="boxlink"
href="/Calendar/Event?d=…" aria-label="Open event First aid basics"></a>'), then the card's place and dates beside
it, with the event's name nowhere else: the label is the card's name once the call to action in front of it ("Open
event", "Avaa tapahtuma", "Öppna evenemang") is taken off. A label that says it opens an event also makes its block
a card, even alone on the page (a search with one result).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_nav_links import CALENDAR_STEP
from sources.adapters.webpage import clean_text

MAX_LABEL_NAME = 200  # a name, not a paragraph

# The call to action a label opens with: a verb, then what it opens. English, Finnish, Swedish, Norwegian, Danish,
# German, Dutch, French, Spanish.
_VERB = (
    r"open|view|see|show|go to|read more about|more about|details? (?:of|for)|"
    r"avaa|näytä|katso|öppna|visa|läs mer om|åpne|vis|se|åbn|"
    r"öffne|zeige|zur|zum|openen|bekijk|ouvrir|voir|abrir|ver"
)
_OBJECT = (
    r"(?:the\s+)?(?:event|evenemang(?:et)?|tapahtuma(?:a)?|tapahtuman|arrangement(?:et)?|begivenhed(?:en)?|"
    r"veranstaltung|evenement|événement|evento|course|kurs(?:en)?|koulutus|koulutuksen|programme|program|"
    r"activity|aktivitet(?:en)?)"
)
# What a label starts with when it opens an event: the verb and the thing.
EVENT_CALL = re.compile(rf"^(?:{_VERB})\s+{_OBJECT}\b\s*[:\-–—]?\s*", re.IGNORECASE)
# A verb alone ("View Jazz Night") is taken off too, to name the card; it does not make one.
ANY_CALL = re.compile(rf"^(?:(?:{_VERB})\s+{_OBJECT}?\b|(?:{_VERB})\b)\s*[:\-–—]?\s*", re.IGNORECASE)


def _empty(anchor: Any) -> bool:
    """A link showing nothing: no text, no image's alt."""
    if (clean_text(anchor.text_content()) or "").strip():
        return False
    return not any((image.get("alt") or "").strip() for image in anchor.iterfind(".//img"))


def label_name(anchor: Any) -> str | None:
    """The name an empty link's aria-label gives, its call to action taken off ("Open event First aid basics" →
    "First aid basics"). Nothing for a link that shows text, has no label, or whose label is only a call."""
    if anchor is None or anchor.tag != "a" or not _empty(anchor):
        return None
    label = " ".join((anchor.get("aria-label") or "").split())
    name = ANY_CALL.sub("", label, count=1).strip()
    if CALENDAR_STEP.match(name):
        return None  # "Next day", "Previous month": the calendar view's arrow, not a card's name (_page_nav_links)
    return name if name and len(name) <= MAX_LABEL_NAME else None


def labelled_link(block: Any) -> Any:
    """The block's first empty link whose label names it (see label_name), else None."""
    for anchor in block.iterfind(".//a[@aria-label]"):
        name = label_name(anchor)
        if name and len(name) <= MAX_LABEL_NAME:
            return anchor
    return None


def labels_an_event(element: Any) -> bool:
    """Whether one of the element's own children is an empty link labelled as opening an event ("Open event …",
    "Avaa tapahtuma …"): the element is that event's card."""
    for child in element:
        if getattr(child, "tag", None) == "a" and _empty(child):
            label = " ".join((child.get("aria-label") or "").split())
            if EVENT_CALL.match(label) and EVENT_CALL.sub("", label, count=1).strip():
                return True
    return False
