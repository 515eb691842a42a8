"""Items a JSON (or XML) source itself flags as gone: deleted, unpublished, hidden or kept out of its listing.

``json_api`` (and the ``xml`` adapter, which reads with it) skips them with a note; its docstring says which flags
count. Moved out of ``_json_mapping`` as it was, to keep that module under its size limit.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_markers import status_marker

__all__ = ["SHOWN_LENGTH", "gone", "shown"]

SHOWN_LENGTH = 120
# An item the source itself flags as gone is not an event: "isDeleted": true, "removed": "yes",
# "published": false, "status": "trash", "hidden": true, and one it keeps from the public ("private": true,
# "isPublic": false, "visibility": "private"). Cancelled is not gone (it is shown, with its status).
GONE_WORDS = frozenset({"deleted", "removed", "trashed", "unpublished", "hidden"})
GONE_FILLER = frozenset({"is", "was", "has", "been", "item", "event", "record", "flag", "marked", "soft"})
GONE_STATES = frozenset({"deleted", "removed", "trash", "trashed", "unpublished"})
DRAFT_STATES = frozenset({"draft"})
PUBLISH_OWNERS = frozenset({"post", "publish", "publication", "workflow"})  # "post_status", "publishState"
GONE_MAX_KEYS = 200
GONE_TRUE = frozenset({"true", "yes", "y", "1"})
STATE_WORDS = frozenset({"status", "state"})
# Whose status it is: the item's own ("post_status"), never a part's ("AgendaStatus": "Draft" is the agenda).
STATE_OWNERS = frozenset({"post", "event", "item", "record", "publish", "publication", "workflow"})
PUBLISHED_WORDS = frozenset({"published"})
# An item the source keeps out of its own listing: "show_in_listings": false, "listed": false, "isVisible": false.
LISTING_WORDS = frozenset({"show", "shown", "listed", "listing", "listings", "visible", "display", "displayed"})
LISTING_FILLER = frozenset({"in", "on"})
HIDE_FILLER = frozenset({"hide", "from", "in", "on"})
FALSE_TEXT = frozenset({"false", "no", "n", "0"})
# An item its source keeps from the public: "private": true, "isPublic": false, "visibility": "private",
# "public_visible": "0" (the public's word beside a listing's).
PRIVATE_WORDS = frozenset({"private"})
PUBLIC_WORDS = frozenset({"public"})
VISIBILITY_WORDS = frozenset({"visibility"})
NOT_PUBLIC = frozenset({"private", "hidden", "unlisted", "draft"})
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def gone(item: Mapping[str, Any], *, drafts: bool = True) -> str | None:
    """The item's own key and value saying the source deleted, unpublished or hid it ("isDeleted: true",
    "show_in_listings": false, "hidden": true), or None.
    Only the item's top-level keys are looked at (its first GONE_MAX_KEYS): a nested "deleted" belongs to
    something else (a venue), and a hostile item's millionth key is not worth a regex each.

    "draft" alone says little (a meeting's status may be its agenda's): with ``drafts`` False (a configured
    source) it counts only under a key about publishing ("post_status", "publishState"), not a bare "status"."""
    for key, value in itertools.islice(item.items(), GONE_MAX_KEYS):
        if (
            isinstance(key, str)
            and len(key) <= SHOWN_LENGTH
            and (
                _says_gone(key, value, drafts=drafts)
                or status_marker({word.lower() for word in _KEY_WORD.findall(key)}, value)  # _json_markers
            )
        ):
            return f"{key}: {shown(value)}"
    return None


def _says_gone(key: str, value: Any, *, drafts: bool) -> bool:
    names = {word.lower() for word in _KEY_WORD.findall(key)} - GONE_FILLER
    if not names:
        return False
    if names <= GONE_WORDS:
        return _strict_flag(value)
    if names <= PUBLISHED_WORDS or names <= PUBLIC_WORDS:
        return value is False or (isinstance(value, str) and value.strip().lower() == "false")
    if names <= PRIVATE_WORDS:
        return _strict_flag(value)
    if names <= VISIBILITY_WORDS:
        return isinstance(value, str) and value.strip().lower() in NOT_PUBLIC
    if names - LISTING_FILLER and names - LISTING_FILLER <= LISTING_WORDS:
        return value is False or (isinstance(value, str) and value.strip().lower() in FALSE_TEXT)
    # "public_visible": "0" (a church calendar's API, apis69): shown to the public, said no, as "isPublic": false
    if names & PUBLIC_WORDS and names & LISTING_WORDS and names <= PUBLIC_WORDS | LISTING_WORDS | LISTING_FILLER:
        # the number 0 too ("public_visible": 0, a tinyint column written as a number; review37)
        return value is False or (type(value) is int and value == 0) or _false_text(value)
    # "hide_from_listings": true (The Events Calendar), "hideFromListing": its negation, kept out the same way.
    if "hide" in names and names - HIDE_FILLER and names - HIDE_FILLER <= LISTING_WORDS:
        return _strict_flag(value)
    if names & STATE_WORDS and names - STATE_OWNERS <= STATE_WORDS:
        state = value.strip().lower() if isinstance(value, str) else None
        if state in DRAFT_STATES:
            return drafts or bool(names & PUBLISH_OWNERS)
        return state in GONE_STATES
    return False


def _false_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in FALSE_TEXT


def _strict_flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in GONE_TRUE
    return value is True or (type(value) is int and value == 1)


def shown(value: Any) -> str:
    """A value as a reason quotes it: its repr, cut to SHOWN_LENGTH (a 200 KB "start" is not repeated whole)."""
    text = repr(value)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"
