"""Event data a page keeps in a script rather than in its markup: a JavaScript assignment of a JSON value
("var Events = {"Events": [...]};", "window.__DATA__ = [...]") that the page's own code renders, or a list of
JavaScript object literals ("events: [{title: '…'}]", _page_js_literals). Pure and bounded:
each script's assignments are decoded where they start (a JSON decoder reads one value and stops), a few per page.
Or in an attribute: a JSON value a widget renders from a ``data-*`` attribute (a Squarespace carousel's
``data-current-context``), whose strings hold the items' markup; or, on a page that shows nothing itself, in a data
block whose strings hold the pages' HTML (a site builder's page data, helper pages79).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sources.adapters._page_data_lists import attribute_lists
from sources.adapters._page_entity_maps import entity_lists
from sources.adapters._page_js_literals import literal_values
from sources.adapters.base import RawEvent
from sources.adapters.webpage import json_markup

# "var Events = {", "const shows = [", "window.calendarData = {": an assignment whose value starts as JSON does; or
# a property of an object literal whose value is a JSON object ("$scope.wall = { event: {"name": "Askalot", …},
# cols: null }": the literal is JavaScript, its unquoted keys no JSON, but the event's own value is).
ASSIGNMENT = re.compile(
    r"(?:\b(?:var|let|const)\s++|\bwindow\.)[A-Za-z_$][\w$.]{0,60}\s*+=\s*+(?=[\[{])"
    r"|(?<![\w$.\"'])[A-Za-z_$][\w$]{0,40}\s*+:\s*+(?=\{\s*+\")"
)
# A Next.js page (app router) streams its data as strings pushed to a queue: 'self.__next_f.push([1,"…"])', each
# string rows of "<id>:<JSON>" (or JSON alone), the JSON escaped inside the JavaScript string.
FLIGHT_PUSH = re.compile(r"\bself\.__next_f\.push\(\s*+(?=\[)")
FLIGHT_ROW_ID = re.compile(r"[0-9a-f]{1,8}:(?=[\[{])")
MAX_FLIGHT_ROWS = 200  # rows of one pushed string looked at
SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
# A data block: <script type="application/json"> holds one JSON value, whole (a widget's warmup data, a framework's
# page state); application/ld+json is the JSON-LD reader's, not read here.
JSON_SCRIPT_TYPES = frozenset({"application/json"})
MAX_SCRIPT = 500_000  # characters of one script read
MAX_ASSIGNMENTS = 20  # assignments tried per page
_DECODER = json.JSONDecoder()


def script_values(scripts: Iterable[Any]) -> Iterator[Any]:
    """The JSON objects and arrays the page's inline ``scripts`` assign, in page order (non-empty ones only)."""
    tried = 0
    for script in scripts:
        if script.get("src") or (script.get("type") or "").strip().lower() not in SCRIPT_TYPES:
            continue
        text = script.text or ""
        if len(text) > MAX_SCRIPT:
            continue
        for match in ASSIGNMENT.finditer(text):
            tried += 1
            if tried > MAX_ASSIGNMENTS:
                return
            try:
                value, _ = _DECODER.raw_decode(text, match.end())
            except (ValueError, RecursionError):
                continue
            if isinstance(value, dict | list) and value:
                yield value
        for match in FLIGHT_PUSH.finditer(text):
            tried += 1
            if tried > MAX_ASSIGNMENTS:
                return
            yield from _flight_values(text, match.end())
        yield from literal_values(text)  # "events: [{title: …}]": a JavaScript literal (_page_js_literals)


def data_blocks(scripts: Iterable[Any]) -> Iterator[Any]:
    """The JSON values the page's inline data blocks hold (<script type="application/json">: one value, its whole
    text; a widget's warmup data, a framework's page state), in page order, non-empty objects and arrays only.
    Broken JSON fails closed; a block with a src has no text of its own."""
    for count, script in enumerate(script for script in scripts if _data_block(script)):
        if count >= MAX_ASSIGNMENTS:
            return
        text = script.text or ""
        try:
            value = json.loads(text) if len(text) <= MAX_SCRIPT else None
        except (ValueError, RecursionError):
            continue
        if isinstance(value, dict | list) and value:
            yield value


def _data_block(script: Any) -> bool:
    return not script.get("src") and (script.get("type") or "").strip().lower() in JSON_SCRIPT_TYPES


SCRIPT_ORIGIN = "one of its scripts assigns"
STORE_ORIGIN = "one of its scripts keeps as a store of records keyed by type and id ('Event:1')"


def embedded_values(scripts: Iterable[Any], root: Any) -> Iterator[tuple[Any, str]]:
    """(value, where it was) for the JSON values a page keeps out of its markup: its scripts' (script_values),
    then the lists its alike sibling widgets carry one item each in a ``data-*`` attribute (_page_data_lists)."""
    scripts = list(scripts)
    for value in itertools.chain(script_values(scripts), data_blocks(scripts)):
        # A GraphQL client's store (records keyed "Event:1", _page_entity_maps): each type's records, whole, before
        # the value itself, where a reader would take one record of the store for the document's single event.
        for records in entity_lists(value):
            yield records, STORE_ORIGIN
        yield value, SCRIPT_ORIGIN
    for name, items in attribute_lists(root):
        yield items, f"alike elements hold one item each in their {name} attribute"


def _flight_values(text: str, at: int) -> Iterator[Any]:
    """The JSON objects and arrays of one pushed Next.js chunk ('[1, "<id>:{…}\\n<id>:[…]"]'): its strings'
    rows decoded, each where its JSON starts."""
    try:
        chunk, _ = _DECODER.raw_decode(text, at)
    except (ValueError, RecursionError):
        return
    for part in chunk if isinstance(chunk, list) else []:
        if not isinstance(part, str):
            continue
        for row in part.split("\n", MAX_FLIGHT_ROWS)[:MAX_FLIGHT_ROWS]:
            prefix = FLIGHT_ROW_ID.match(row)
            start = prefix.end() if prefix else 0
            if row[start : start + 1] not in ("{", "["):
                continue
            try:
                value, _ = _DECODER.raw_decode(row, start)
            except (ValueError, RecursionError):
                continue
            if isinstance(value, dict | list) and value:
                yield value


DATA_PREFIX = "data-"
MIN_DATA_JSON = 40  # characters: a flag or a small settings object is no listing
MAX_DATA_ELEMENTS = 20_000  # elements looked at
MAX_DATA_JSON = 500_000  # characters of one attribute read


def attribute_markup(root: Any) -> str | None:
    """The markup the first ``data-*`` attribute holding JSON carries in its strings (see webpage.json_markup: each
    item a block, its HTML strings as markup, its other strings as text), or None when no attribute does."""
    for count, element in enumerate(root.iter()):
        if count >= MAX_DATA_ELEMENTS:
            break
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            head = value.lstrip()[:1]
            if not name.startswith(DATA_PREFIX) or head not in ("{", "[") or not MIN_DATA_JSON <= len(value):
                continue
            markup = json_markup(value.encode()) if len(value) <= MAX_DATA_JSON else None
            if markup is not None:
                return markup
    return None


# A site builder's page data: a data block ("text/json" as Cargo writes it, or "application/json") whose strings hold
# the pages' HTML ('{"pages":[{"content":"<div>…<h1>Secret Movie Nights</h1>…"}]}'), the page itself an empty shell.
MARKUP_BLOCK_TYPES = frozenset({"application/json", "text/json"})
MAX_SHELL_TEXT = 200  # characters of the page's own text (scripts and styles aside): more is a page of its own
_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "head", "title"})
ATTRIBUTE_MARKUP = "the JSON a data attribute holds"
BLOCK_MARKUP = "the HTML in the strings of the JSON a data block holds (the page itself shows nothing)"


def held_markup(root: Any, scripts: Iterable[Any]) -> tuple[str, str] | None:
    """(markup, where it was) for a page that shows no event in its markup: a ``data-*`` attribute's JSON strings
    (attribute_markup), else a shell page's data block's (block_markup); None when neither holds markup."""
    markup = attribute_markup(root)
    if markup is not None:
        return markup, ATTRIBUTE_MARKUP
    markup = block_markup(scripts) if shell_page(root) else None
    return (markup, BLOCK_MARKUP) if markup is not None else None


def shell_page(root: Any) -> bool:
    """Whether the page shows (next to) no text of its own: what a reader sees, a script renders."""
    seen = 0
    for count, element in enumerate(root.iter()):
        if count >= MAX_DATA_ELEMENTS:
            return False
        if not isinstance(element.tag, str) or element.tag.lower() in _NOT_SHOWN:
            seen += len((element.tail or "").strip()) if isinstance(element.tag, str) else 0
            continue
        seen += len((element.text or "").strip()) + len((element.tail or "").strip())
        if seen > MAX_SHELL_TEXT:
            return False
    return True


def block_markup(scripts: Iterable[Any]) -> str | None:
    """The markup the first data block (see MARKUP_BLOCK_TYPES) carries in its JSON strings (webpage.json_markup),
    or None when no block holds markup. Broken JSON fails closed."""
    blocks = (
        script
        for script in scripts
        if not script.get("src") and (script.get("type") or "").strip().lower() in MARKUP_BLOCK_TYPES
    )
    for script in itertools.islice(blocks, MAX_ASSIGNMENTS):
        text = script.text or ""
        markup = json_markup(text.encode()) if MIN_DATA_JSON <= len(text) <= MAX_DATA_JSON else None
        if markup is not None:
            return markup
    return None


# A record's own number and what the reader noted of it differ between two listings of one event.
_NOT_THE_EVENT = frozenset({"external_id", "evidence", "confidence"})


def once_each(records: list[Any]) -> list[Any]:
    """The records a script's list gives, an event listed again the same in every field it is read with (a calendar
    widget repeating a show: same title, times, place, link and text) kept once; each rejection as it is."""
    kept: list[Any] = []
    seen: set[tuple[Any, ...]] = set()
    for record in records:
        if isinstance(record, RawEvent):
            key = tuple(
                str(getattr(record, field.name))
                for field in dataclasses.fields(record)
                if field.name not in _NOT_THE_EVENT
            )
            if key in seen:
                continue
            seen.add(key)
        kept.append(record)
    return kept
