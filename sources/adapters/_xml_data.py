"""An XML document that is not a feed, read safely into plain data (dicts, lists, strings) for the ``xml``
adapter. Pure.

Agenda systems and venue sites export their calendars as XML in schemas of their own (BoardDocs'
``<meetings><meeting><name>…<start><date>…``, ``<events><event>…``). Such a document is turned into the
shape of a JSON API response, so the JSON inference (``_json_infer``) finds the repeated records and maps
their fields, with no per-schema code:

- an element with neither attributes nor child elements is its text;
- otherwise it is an object: its attributes as keys, each child element under its local name (namespace
  prefixes dropped), and its own text, if any, under ``text``; a text element that carries attributes somewhere
  in the document (``<title lang="en">``) is ``{"text": …}`` where it carries none too, so one field has one
  shape in every record;
- a child is a list when that element repeats under a parent of the same name anywhere in the document,
  when the parent's name is its plural or names the list of it (``eventList``, ``event-list``; a ``RaceTable`` of
  ``Race`` records), when it is named as one event (``<event>``, ``<session>``, ``<talk>``) and sits alone in a
  container that repeats (frab's ``<room>`` with one talk: its list of one), or when the parent is the root and the child is an element of its own
  (``<meetings><meeting/></meetings>`` or ``<calendar><event/></calendar>`` with one record is still a list of
  records; a text leaf under the root is the document's own field), so every record of a list has one shape;
- an element holding only inline markup (``<p>``, ``<br>``, ``<a>``…) is its text;
- sibling elements that each name one field of their parent and hold its value (``<data name="DTSTART"><value>
  …</value></data>``, ``<field name="title">…</field>``) are the parent's fields (``named_fields``), unless they are
  prices, one per kind of ticket (``<price name="Adult">12.00</price>``: a list, ``priced_siblings``);
- a SOAP envelope is what its Body carries (an Exchange ``GetItemResponse``), its Header being transport.

Untrusted input, so the reading fails closed: entity declarations and internal DTDs are refused before any
parser sees the document (``_feed_guard.refuse_declarations``); lxml runs without entity resolution, network
access, DTD loading or its huge-tree mode (``_xml_parser``, the one configuration the feed reader's second reading
uses too); the document, its depth and its element count are capped.
A document that is not well-formed is read by lxml's recovering parser (an export "broken" by a stray
``&`` or an unclosed tag), and that it was is reported.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from lxml import etree

from sources.adapters._feed_guard import decode_feed, refuse_declarations
from sources.adapters._json_language_twins import with_language_stems
from sources.adapters._json_performance_dates import with_performances
from sources.adapters._json_prices import FREE_WORDS, PRICE_ELEMENT_WORDS
from sources.adapters._json_shapes import amount, words
from sources.adapters._xml_date_parts import joined_date_parts
from sources.adapters._xml_parser import safe_xml_parser
from sources.adapters.base import AdapterError
from sources.decoding import strip_controls

# A SOAP envelope's namespaces (1.1, 1.2): the document is what its Body carries.
SOAP_NAMESPACES = frozenset({"http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope"})
# The names of a root element that is one event, not a list of them.
ONE_RECORD_ROOTS = frozenset({"event", "meeting", "session", "performance", "activity", "happening"})
# The names of an element that is one event wherever it sits (``_list_tags``: a lone one under a repeated container).
RECORD_WORDS = ONE_RECORD_ROOTS | {"talk", "lecture", "concert", "screening"}
# A syndication channel's entries, one or many: ESS's <channel><feed> is one event's record (feeds batch 73).
CHANNEL_ENTRIES = frozenset({"feed", "item", "entry"})

# Words naming an element a list of its children: "eventList", "event_list", MusicBrainz's "event-list".
LIST_SUFFIXES = ("list", "_list", "-list", "collection", "array")
# A table of records (the Ergast racing API's "RaceTable" of "Race"s, one race or many) is a list of them too;
# of text leaves it is not ("<timetable><time>19:00</time>" is one field, as it was).
TABLE_SUFFIX = "table"
MIN_SINGULAR = 4  # letters of a plural's singular that a child's name may end with ("Items" → "CalendarItem")
MAX_BYTES = 20 * 1024 * 1024  # an agenda export with years of meetings is a few MB
MAX_DEPTH = 40  # records nest a few levels; deeper content is dropped, not read
MAX_ELEMENTS = 250_000
# A record has tens of attributes. lxml reads an attribute's value by walking the element's attribute list
# from its start, so reading all of an element with 100,000 attributes took a minute: only the first
# MAX_ATTRIBUTES are read, each looked up by name (bounded work), and the rest are dropped.
MAX_ATTRIBUTES = 200
TEXT_KEY = "text"
MIN_NAMED_FIELDS = 2  # siblings naming their parent's fields (``named_fields``): one alone may be a list's item
NAMED_FIELD_KEYS = frozenset({"name", "value", TEXT_KEY, "type", "parameter", "parameters"})
_FIELD_NAME = re.compile(r"^[A-Za-z][\w:.-]{0,39}$")

TOO_LARGE = "The XML document is larger than {limit} MB."
NOT_XML = "Not an XML document: {error}"
NO_ELEMENTS = "The XML document has no elements."
TOO_MANY = "The XML document has more than {limit:,} elements."
ATTRIBUTES_CUT = (
    "{count:,} element(s) had more than {limit} attributes (the first: <{name}> with {total:,}); only the first "
    "{limit} of each were read."
)
TOO_DEEP = (
    "{count:,} element(s) {limit} levels below the root held elements nested deeper (the first: <{name}>); each "
    "was read as its text only, what is nested inside it not as fields."
)
RECOVERED = "The XML was not well-formed ({error}); it was read leniently, so a broken record may be missing."

# Elements whose content is inline markup, read as text (an XHTML or HTML-escaped description).
INLINE_TAGS = frozenset(
    {"p", "br", "b", "i", "u", "em", "strong", "a", "span", "div", "ul", "ol", "li", "font", "small", "sup", "sub",
     "hr", "img", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "blockquote"}
)  # fmt: skip
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_LONGEST_REFERENCE = 8  # significant digits: more is past U+10FFFF (and int() of 5,000 digits raises)


@dataclasses.dataclass(frozen=True, slots=True)
class XmlDocument:
    """A parsed document: its root element (for format checks), its data, and what went wrong on the way."""

    root: Any  # lxml.etree._Element
    data: dict[str, Any]
    problems: tuple[str, ...] = ()

    @property
    def root_name(self) -> str:
        return local_name(self.root.tag)

    @property
    def namespace(self) -> str:
        return namespace_of(self.root.tag)


def local_name(tag: Any) -> str:
    """``{urn:x}meeting`` → ``meeting``; a prefixed name from a recovering parse loses its prefix too."""
    return str(tag).rpartition("}")[2].rpartition(":")[2]


def namespace_of(tag: Any) -> str:
    text = str(tag)
    return text[1:].partition("}")[0] if text.startswith("{") else ""


def parse_document(payload: bytes) -> tuple[Any, tuple[str, ...]]:
    """The root element of an untrusted XML document, and its problems. AdapterError when it cannot be read."""
    if len(payload) > MAX_BYTES:
        raise AdapterError(TOO_LARGE.format(limit=MAX_BYTES // (1024 * 1024)))
    text = strip_controls(decode_feed(payload))
    refuse_declarations(text)  # entities and internal DTDs, before any parser sees the document
    # Decoded once, so the declared charset cannot make lxml read other text than the one checked.
    document = drop_bad_references(_XML_DECLARATION.sub("", text, count=1)).encode("utf-8")
    problems: tuple[str, ...] = ()
    try:
        root = etree.fromstring(document, parser=safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        problems = (RECOVERED.format(error=_first_line(exc)),)
        try:
            root = etree.fromstring(document, parser=safe_xml_parser(recover=True))
        except etree.XMLSyntaxError as again:
            raise AdapterError(NOT_XML.format(error=_first_line(again))) from again
    if root is None:
        raise AdapterError(NO_ELEMENTS)
    return root, problems


def drop_bad_references(text: str) -> str:
    """The text without character references to what XML cannot hold (``&#xD800;``, ``&#0;``, ``&#x110000;``).

    lxml refuses such a reference, and its recovering parse keeps the raw bytes, so reading the element's
    text later raised UnicodeDecodeError and the whole document was lost. The reference names no character:
    dropping it costs that value one character, nothing else.
    """
    if "&#" not in text:
        return text

    def keep_if_allowed(match: re.Match[str]) -> str:
        hexadecimal, decimal = match.group(1), match.group(2)
        digits = (hexadecimal or decimal).lstrip("0") or "0"
        if len(digits) > _LONGEST_REFERENCE:
            return ""
        code = int(digits, 16) if hexadecimal else int(digits)
        return match.group(0) if _is_xml_char(code) else ""

    return _CHARACTER_REFERENCE.sub(keep_if_allowed, text)


def _is_xml_char(code: int) -> bool:
    """XML 1.0's Char production."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def read_document(payload: bytes) -> XmlDocument:
    """The document as data (see the module docstring); what its bounds cut is among its problems."""
    root, problems = parse_document(payload)
    root = soap_content(root)
    cuts: list[str] = []
    # A day or a clock written as its parts (<year>/<month>/<day>, <hour>/<minute>) is the one value it is.
    # A field written once per language (<titlee>, <titlec>) is also read under its name (_json_language_twins),
    # a written list of performances as their starts (_json_performance_dates).
    data = with_performances(with_language_stems(joined_date_parts(to_data(root, cuts))))
    return XmlDocument(root=root, data=data, problems=(*problems, *cuts))


def soap_content(root: Any) -> Any:
    """What a SOAP envelope carries (the one element in its Body: an Exchange ``GetItemResponse``, a service's
    answer), read as the document; the envelope's Header is transport, not content. Any other root is itself."""
    if local_name(root.tag) != "Envelope" or namespace_of(root.tag) not in SOAP_NAMESPACES:
        return root
    bodies = [child for child in _elements(root) if local_name(child.tag) == "Body"]
    inside = _elements(bodies[0]) if len(bodies) == 1 else []
    return inside[0] if len(inside) == 1 else root


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


# --- element → data --------------------------------------------------------------------------------------
@dataclasses.dataclass(slots=True)
class _Cuts:
    """What the bounds left out while converting, for the notes: elements cut, and the first of each."""

    attributes: int = 0
    first_attributes: tuple[str, int] | None = None
    deep: int = 0
    first_deep: str | None = None

    def notes(self) -> list[str]:
        found = []
        if self.first_attributes is not None:
            name, total = self.first_attributes
            found.append(ATTRIBUTES_CUT.format(count=self.attributes, limit=MAX_ATTRIBUTES, name=name, total=total))
        if self.first_deep is not None:
            found.append(TOO_DEEP.format(count=self.deep, limit=MAX_DEPTH, name=self.first_deep))
        return found


def to_data(root: Any, notes: list[str] | None = None) -> dict[str, Any]:
    """``{root name: root as data}``. AdapterError when the document has more than MAX_ELEMENTS elements.
    ``notes`` receives, in words, what the bounds cut (attributes past MAX_ATTRIBUTES, depth past MAX_DEPTH)."""
    lists = _list_tags(root)
    cuts = _Cuts()
    value = _convert(root, _Shapes(lists, _attributed_texts(root)), depth=0, cuts=cuts)
    if notes is not None:
        notes.extend(cuts.notes())
    return {data_key(local_name(root.tag)): value}


def data_key(name: str) -> str:
    """An element's name as a key of the data: its dots made underscores (``<XMLSOCCER.COM>`` →
    ``XMLSOCCER_COM``, XStream's ``<com.example.Event>`` → ``com_example_Event``), since a mapping's path is
    written with dots between keys and a key holding one could not be reached (nor searched for lists)."""
    return name.replace(".", "_")


def _elements(element: Any) -> list[Any]:
    """Child elements (comments and processing instructions are not)."""
    return [child for child in element if isinstance(child.tag, str)]


def _list_tags(root: Any) -> set[tuple[str, str]]:
    """(parent, child) names whose child repeats under some parent of that name, or is the parent's singular."""
    # A document's top level holds its records, even when there is only one of them. A text leaf there (no child
    # element, no attribute: a title, a start time) is no record: the document's own field, one value, so that a
    # document that is one record's fields (a news agency's <document><title>…<timeStart>…) reads as that record.
    # A root that is itself one event (<event>, <meeting>: its name says so) holds that event's parts, not records:
    # CdbXML's <event> with its <calendar>, <eventdetails> and <location>.
    # A top-level element named as the list of its own children (``FreeBusyResponseArray`` of ``FreeBusyResponse``,
    # ``eventList`` of ``event``) is that list's wrapper, not a record.
    repeated = (
        set()
        if local_name(root.tag).lower() in ONE_RECORD_ROOTS
        else {
            (local_name(root.tag), local_name(child.tag))
            for child in _elements(root)
            if (_elements(child) or len(child.attrib)) and not _wraps_its_children(child)
        }
    )
    count = 0
    lone_records: set[tuple[str, str, str]] = set()  # (grandparent, parent, child): a record word's one record
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        count += 1
        if count > MAX_ELEMENTS:
            raise AdapterError(TOO_MANY.format(limit=MAX_ELEMENTS))
        parent = local_name(element.tag)
        above = element.getparent()
        seen: set[str] = set()
        for child in _elements(element):
            name = local_name(child.tag)
            record = bool(_elements(child) or len(child.attrib))
            if name in seen or _is_plural_of(parent, name, record=record):
                repeated.add((parent, name))
            elif (
                record
                and above is not None
                and (name.lower() in RECORD_WORDS or (parent.lower() == "channel" and name.lower() in CHANNEL_ENTRIES))
            ):
                lone_records.add((local_name(above.tag), parent, name))
            seen.add(name)
    # A schedule's rooms (stages, venues) repeat, each holding its talks: a room with one talk holds it as a lone
    # <event>, which is still that room's list of records, as in a room with several (frab's day/room/event). Only
    # an element named as one event, that is a record, under a parent that itself repeats.
    repeated.update((parent, name) for above, parent, name in lone_records if (above, parent) in repeated)
    return repeated


def _wraps_its_children(element: Any) -> bool:
    """A name that says the element is a list of its children: ``FreeBusyResponseArray``, ``eventList``,
    ``event-list``, or a table of its records (``RaceTable`` of ``Race``)."""
    name = local_name(element.tag).lower()
    records = {local_name(child.tag).lower() for child in _elements(element) if _elements(child) or len(child.attrib)}
    return any(
        name in {f"{child}{suffix}" for suffix in LIST_SUFFIXES}
        for child in {local_name(child.tag).lower() for child in _elements(element)}
    ) or any(name == f"{child}{TABLE_SUFFIX}" for child in records)


def _is_plural_of(parent: str, child: str, *, record: bool = True) -> bool:
    """``meetings``/``meeting``, ``entries``/``entry``, ``eventList``/``event``, ``event-list``/``event``,
    ``CalendarEventArray``/``CalendarEvent``, ``RaceTable``/``Race`` (a record only); and a kind of what a plural
    holds, named with its singular last: ``Items``/``CalendarItem`` (Exchange's items are ``CalendarItem``,
    ``Message``, ``MeetingRequest`` side by side), only where the child is a record (``record``: elements or
    attributes of its own): ``<Dates><StartDate>…</StartDate><EndDate>…`` are one record's two fields, not two
    lists of one date."""
    parent, child = parent.lower(), child.lower()
    if not child:
        return False
    plurals = {f"{child}s", f"{child}es", *(f"{child}{suffix}" for suffix in LIST_SUFFIXES)}
    if child.endswith("y"):
        plurals.add(f"{child[:-1]}ies")
    if parent in plurals or (record and parent == f"{child}{TABLE_SUFFIX}"):
        return True
    singulars = [parent[:-3] + "y"] if parent.endswith("ies") else [parent[:-1]] if parent.endswith("s") else []
    return record and any(len(singular) >= MIN_SINGULAR and child.endswith(singular) for singular in singulars)


@dataclasses.dataclass(frozen=True, slots=True)
class _Shapes:
    """What the whole document says about the shape of its elements' data."""

    lists: set[tuple[str, str]]  # (parent, child) read as lists (``_list_tags``)
    texts: set[tuple[str, str]]  # (parent, child) text elements read as objects (``_attributed_texts``)


def _attributed_texts(root: Any) -> set[tuple[str, str]]:
    """(parent, child) names of text elements that carry attributes somewhere: ``<title lang="en">…``.

    Such an element is an object (its attributes and ``text``), so wherever the same element has no attribute
    its text is read as ``{"text": …}`` too: one field has one shape in every record (XMLTV titles carry a
    language on some programmes only), and the inference reads one column, not two half-empty ones.
    """
    found: set[tuple[str, str]] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or not len(element.attrib):
            continue
        children = _elements(element)
        parent = element.getparent()
        if parent is not None and (not children or _only_inline(children)):
            found.add((local_name(parent.tag), local_name(element.tag)))
    return found


def _convert(element: Any, shapes: _Shapes, *, depth: int, cuts: _Cuts) -> Any:
    children = _elements(element)
    attributes = _attributes(element, cuts)
    if children and depth >= MAX_DEPTH and not _only_inline(children):
        cuts.deep += 1
        cuts.first_deep = cuts.first_deep or local_name(element.tag)
    if not children or (depth >= MAX_DEPTH) or _only_inline(children):
        text = _text_of(element, whole=bool(children))
        if attributes:
            return {**attributes, TEXT_KEY: text} if text else attributes
        parent_element = element.getparent()
        named = (local_name(parent_element.tag), local_name(element.tag)) if parent_element is not None else None
        return {TEXT_KEY: text} if text and named in shapes.texts else text
    result: dict[str, Any] = dict(attributes)
    parent = local_name(element.tag)
    grouped: dict[str, list[Any]] = {}
    for child in children:
        grouped.setdefault(local_name(child.tag), []).append(_convert(child, shapes, depth=depth + 1, cuts=cuts))
    for name, values in grouped.items():
        fields = named_fields(values)
        if fields is not None and not set(fields) & (set(result) | set(grouped)) and not priced_siblings(name, fields):
            result.update(fields)  # <data name="DTSTART"><value>…</value></data>…: the element's own fields
            continue
        key = data_key(name) if name not in attributes else f"{data_key(name)}_element"  # attribute and child alike
        result[key] = values if len(values) > 1 or (parent, name) in shapes.lists else values[0]
    own_text = _text_of(element, whole=False)
    if own_text and TEXT_KEY not in result:
        result[TEXT_KEY] = own_text
    return result


def named_fields(values: list[Any]) -> dict[str, Any] | None:
    """Sibling elements that each name one field of their parent and hold its value, ``{name: value}``; else None.

    An iCalendar event written as ``<data name="DTSTART"><value>20120619T180000Z</value><parameter …/></data>``,
    a CMS's ``<field name="title">Jazz night</field>``, ``<property name="location" value="Hall B"/>``: the names
    are the parent's keys, so it reads as any record does. Two or more siblings, each with a distinct name that is
    a word (no spaces) and a text value (a ``value`` attribute or child, or its own text), and nothing else but a
    type or its parameters.
    """
    if len(values) < MIN_NAMED_FIELDS:
        return None
    fields: dict[str, Any] = {}
    for value in values:
        if not isinstance(value, dict) or not set(value) <= NAMED_FIELD_KEYS:
            return None
        name, held = value.get("name"), value.get("value", value.get(TEXT_KEY))
        if not isinstance(name, str) or not _FIELD_NAME.match(name) or name in fields or not isinstance(held, str):
            return None
        fields[name] = held
    return fields


def priced_siblings(element_name: str, fields: Mapping[str, Any]) -> bool:
    """Whether siblings read as named fields (``{"Adult": "12.00", "Child": "6.00"}``) are an element named as a
    price holding an amount (or a word saying it is free) under each name: kinds of ticket, not fields."""
    if not set(words(element_name)) & PRICE_ELEMENT_WORDS or not fields:
        return False
    return all(
        isinstance(value, str) and (amount(value) or value.strip().lower() in FREE_WORDS) for value in fields.values()
    )


def _attributes(element: Any, cuts: _Cuts) -> dict[str, str]:
    """The element's first MAX_ATTRIBUTES attributes by local name (see MAX_ATTRIBUTES for why not all)."""
    # keys() is one pass over the list; items() and values() walk it again for every attribute.
    every = element.keys()
    if len(every) > MAX_ATTRIBUTES:
        cuts.attributes += 1
        cuts.first_attributes = cuts.first_attributes or (local_name(element.tag), len(every))
    names = every[:MAX_ATTRIBUTES]
    return {local_name(name): strip_controls(str(element.get(name))) for name in names}


def _only_inline(children: list[Any]) -> bool:
    return all(local_name(child.tag).lower() in INLINE_TAGS for child in children)


def _text_of(element: Any, *, whole: bool) -> str:
    """The element's own text (``whole``: with its descendants' text, for inline markup), spaces tidied."""
    try:
        raw = " ".join(element.itertext()) if whole else (element.text or "")
    except UnicodeDecodeError:  # bytes a recovering parse kept that are no text: this value only is lost
        return ""
    lines = [_SPACE.sub(" ", line).strip() for line in strip_controls(raw).splitlines()]
    return "\n".join(line for line in lines if line)
