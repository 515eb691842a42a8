"""A meeting's address written into a record's place text: a hybrid event's "Town Hall / https://zoom.us/j/…", or a
bare "https://meet.google.com/…" where the venue would be. The address is how to join, not where: it becomes the
record's link "Online meeting", and the place keeps what names a place ("Town Hall"). A place with nothing else
("https://meet.google.com/…", "Online / https://zoom.us/j/…") has no venue, and the record is held online when it
has no address either (``_json_mapping``). Pure.

Only an address on a meeting or streaming host counts (``_meeting_hosts``): a venue's own site beside its name
("Town Hall / https://townhall.example.org") is left as written. The place is cut at its separators (" / ", " - ",
"|", ";", ",", brackets, line breaks); the parts that hold the address, or that only say how to join ("Zoom:",
"Online", "link to follow"), are dropped, and the others are kept in their order. Words that run on around the
address with no separator ("Join at https://zoom.us/j/… or at Town Hall") are dropped with it.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._online_place import MAX_TEXT, meeting_link, online_only

# Where a place text is cut: a slash, bar or dash between spaces, a semicolon, a bar, a bracket, a comma before a
# space, a line break or an HTML break. Each alternative is one character or a fixed run: a linear scan.
_CUT = re.compile(r"\s[/|\-–—]\s|[;|()\[\]\n]|,\s|<br\s?/?>", re.IGNORECASE)
LABEL_END = " \t:–—-"  # "Zoom:" before the address: the colon and dashes that label it, stripped off the part


def meeting_in_place(place: str | None) -> tuple[str | None, str] | None:
    """(what names a place, or None; the meeting's address) when the place text holds a meeting's address; None
    when it holds none (or is too long to be a place)."""
    if not place or len(place) > MAX_TEXT:
        return None
    url = meeting_link(place)
    if url is None:
        return None
    kept = []
    for part in _CUT.split(place):
        part = part.strip(" ,").rstrip(LABEL_END)
        if not part or url in part or "://" in part or online_only(part):
            continue
        kept.append(part)
    return (", ".join(kept) or None), url
