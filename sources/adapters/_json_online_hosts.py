"""An online event's organiser's address is no place to go (review59, of left44's rule). Pure.

left44 took an organizer's (or an ausrichter's) address for the event's when the record gives no place of its own
(``_json_organiser_parts.host_only_place``: a club's tournament at its own hall). A webinar series answers the same
shape, ``{"title": "Intro to Grant Writing (webinar)", "online": true, "url": "https://zoom.example/j/1",
"organizer": {"name": "Arts Council", "address": "1 Castle Street, York"}}``: the council's office was given as the
webinar's address. A record that says it is held online (a flag naming online, virtual, a webinar, true for most
items; or a key naming online or a meeting's join link that holds web addresses) keeps its organiser's address the
organiser's.

Not: a flag that is false ("online": false, a club night at the organiser's hall: still its address), a flag about
showing or selling online ("bookable_online"), a plain "url" (every event has a page).

The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sources.adapters._json_online import ONLINE_WORDS, SETTING_WORDS, SHOWN_WORDS
from sources.adapters._json_shapes import Column

__all__ = ["held_online"]

TRUE_VALUES = frozenset({"true", "yes", "1", "online", "virtual", "y"})
JOIN_WORDS = frozenset({"join", "meeting", "stream", "livestream", "webinar", "zoom"})
MIN_SHARE = 0.5


def held_online(columns: Mapping[str, Column]) -> bool:
    """Whether most sampled records say they are held online (see the module)."""
    for column in columns.values():
        names = set(column.key_words)
        if not names & (ONLINE_WORDS | JOIN_WORDS) or names & (SHOWN_WORDS | SETTING_WORDS - {"join"}):
            continue
        if _share(column.values, _online_value) >= MIN_SHARE:
            return True
    return False


def _online_value(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    text = str(value).strip().lower()
    return text in TRUE_VALUES or text.startswith(("https://", "http://"))


def _share(values: list[Any], test: Callable[[Any], bool]) -> float:
    present = [value for value in values if value is not None]
    return sum(1 for value in present if test(value)) / len(values) if values else 0.0
