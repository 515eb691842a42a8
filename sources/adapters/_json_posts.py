"""A blog's posts are no events: a list whose items are pieces of writing, each with its body, its author and the
moments it was published and edited, and nothing saying when or where anything happens (batch 64, APIs).

A site's WordPress REST answer (``/wp-json/wp/v2/posts``) lists ``[{"id": 9, "date": "2031-11-27T14:36:42",
"date_gmt": "...", "modified": "2031-11-27T14:37:28", "slug": "...", "status": "publish", "type": "post",
"title": {"rendered": "Test post"}, "content": {"rendered": "<p>...</p>"}, "excerpt": {...}, "author": 3}]``: a
title and a date with a time, as an event list has. But the date is the moment the post was published, the item
names its author and says when it was last edited, and its body is the text itself: something written, not
something that happens. A Ghost or headless-CMS answer says the same in its own words ("html", "published_at",
"updated_at", "authors").

A list is one of posts when nearly all its items have a key naming a body (``_json_news.TEXT_WORDS``, "html",
"markdown") holding a text or an object with a text ("rendered", "html", "raw", "value"), a key naming an author
(AUTHOR_WORDS), a key naming an edit (EDIT_WORDS: "modified", "updated", "edited"), AND no key, at the top or one
object down ("acf", "meta", "fields"), naming a place (``_json_news.PLACE_WORDS``) or a moment of a happening
(HAPPENING_WORDS: a start's, an end's, an event's, a doors' or a time's key: "start_date", "eventDate",
"ends_at", "time"); nearly all and the keys looked at as for news (``_json_news.nearly_all``, ``said_keys``). A post is
edited on or after the day it is dated: an item whose "date" is a later day than its last edit ("date":
"2031-06-14T19:30:00" beside "updated": "2031-06-01T10:00:00", a CMS's events export) is dated by an event (review31).

Not: WordPress "posts" a site keeps as its events (``"type": "post"`` with ``"acf": {"event_date": ...}``, or
"tribe_events" with "start_date" and "venue"): a happening's key says they are events; an event list whose items
have a description, an organizer and "updated_at" but also "starts_at"; a list of texts with no author or no edit.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from typing import Any

from sources.adapters._json_news import PLACE_WORDS, TEXT_WORDS, nearly_all, said_keys

__all__ = ["post_items"]

BODY_WORDS = TEXT_WORDS | {"html", "markdown", "mobiledoc", "lexical"}
# The keys of a body's object that hold its text ("content": {"rendered": "<p>…</p>", "protected": false}).
BODY_TEXT_KEYS = frozenset({"rendered", "html", "raw", "value", "text", "markdown"})
AUTHOR_WORDS = frozenset({"author", "authors", "byline", "writer", "writers", "autor", "autores", "auteur",
                          "auteurs", "autore", "autori", "verfasser"})  # fmt: skip
EDIT_WORDS = frozenset({"modified", "updated", "edited", "revised", "lastmod", "changed", "geandert", "modifie",
                        "modifiee", "aktualisiert", "actualizado", "modificado", "aggiornato"})  # fmt: skip
# A happening's moment: its start, end, doors or time; an event's own date ("eventDate", "event_date").
HAPPENING_WORDS = frozenset({"start", "starts", "end", "ends", "until", "begin", "begins", "doors", "time", "times",
                             "when", "schedule", "event", "events", "beginn", "ende", "debut", "fin", "inicio",
                             "uhrzeit", "heure", "hora", "zeit", "termin", "datetime"})  # fmt: skip
MAX_INNER = 50  # keys of an object one level down looked at
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def post_items(items: list[Any]) -> bool:
    """Whether the list's items are a blog's or a CMS's posts (see the module's docstring)."""
    return nearly_all(items, _post)


def _post(item: Mapping[Any, Any]) -> bool:
    body = author = edited = False
    dated = edit_days = ""
    for said, value in said_keys(item):
        if _happening(said) or (isinstance(value, Mapping) and _inner_happening(value)):
            return False
        body = body or (bool(said & BODY_WORDS) and _text(value))
        author = author or bool(said & AUTHOR_WORDS)
        edited = edited or bool(said & EDIT_WORDS)
        day = _iso_day(value)
        edit_days = max(edit_days, day) if said & EDIT_WORDS else edit_days
        dated = day if said == {"date"} else dated
    if dated and edit_days and dated > edit_days:
        return False  # its "date" after its last edit: an event's day, not a publication's (review31)
    return body and author and edited


def _iso_day(value: Any) -> str:
    """The ISO day a stamp's text opens with ("2031-06-14T19:30:00" → "2031-06-14"), else ""."""
    match = ISO_DAY.match(value) if isinstance(value, str) else None
    return match.group(0) if match else ""


def _happening(said: set[str]) -> bool:
    """Whether a key's words name a place or a happening's moment ("startDate", "venue", "event_date")."""
    return bool(said & PLACE_WORDS) or bool(said & HAPPENING_WORDS) or any("start" in word for word in said)


def _inner_happening(value: Mapping[Any, Any]) -> bool:
    """Whether an object one level down ("acf", "meta") has a key naming a place or a happening's moment."""
    return any(_happening(said) for said, _ in islice(said_keys(value), MAX_INNER))


def _text(value: Any) -> bool:
    """Whether a body's value is a text, or an object holding one under a text's key ("rendered")."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Mapping):
        return any(
            isinstance(inner, str) and inner.strip()
            for key, inner in islice(value.items(), MAX_INNER)
            if str(key).lower() in BODY_TEXT_KEYS
        )
    return False
