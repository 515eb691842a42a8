"""A card's heading that holds its linked name and, after it, small labels: "<h4><a href=…>Printmaking Open
Studio</a><span class="label">Featured</span><div class="cancellation-reason">Event Cancelled</div></h4>". The
link's words are the name; the labels are not part of it, and a label that says a status ("Event Cancelled",
"Postponed") is the event's status. Pure.

Only when the heading's own words are all the link's or its labels': a label is an element after the link that is
classed as one (label, badge, tag, flag, status, a cancellation or its reason) or that says a status word in a few
words. Words outside any element ("<a>Concert</a> with the Marsh Kings") or an element of any other kind after the
link (a subtitle) keep the heading's words whole.
"""

from __future__ import annotations

import re
from typing import Any

from events.statuswords import VALUE_WORD, status_of
from sources.adapters.webpage import clean_text

# "mec-label-normal", "event-badge", "status-flag", "cancellation-reason": a class word naming a label.
LABEL_CLASS = re.compile(r"(?<![a-z])(?:labels?|badge|tag|flag|status|cancel(?:led|ed|lation)?|reason)(?![a-z])")
LABEL_WORDS = 6  # a label's few words ("Event Cancelled"), not a subtitle or a sentence


def _words(node: Any) -> str:
    return clean_text(" ".join(node.itertext())) or ""


def _is_label(node: Any) -> bool:
    words = _words(node)
    if not words:
        return True  # an icon, a colour dot
    if len(words.split()) > LABEL_WORDS:
        return False
    classes = str(node.get("class") or "").lower()
    return bool(LABEL_CLASS.search(classes)) or VALUE_WORD.search(words) is not None


def labelled_name(heading: Any) -> tuple[str, str] | None:
    """(the link's words, the status its labels say) when ``heading`` is its link followed by labels only, else
    None. The status is "scheduled" when no label says one."""
    if not isinstance(getattr(heading, "tag", None), str) or (heading.text or "").strip():
        return None
    children = [child for child in heading if isinstance(child.tag, str)]
    if not children or children[0].tag != "a" or not children[0].get("href") or len(children) < 2:
        return None
    if any((child.tail or "").strip() for child in heading):
        return None
    name = _words(children[0])
    labels = children[1:]
    if not name or not all(_is_label(label) for label in labels):
        return None
    said = (status_of(found.group()) for label in labels for found in VALUE_WORD.finditer(_words(label)))
    return name, next((status for status in said if status is not None), "scheduled")
