"""Any JSON API, without code: a Source's config says where the events are and how fields map.

Operators describe the API in the Source's ``config`` (adapter ``json_api``)::

    {
      "url": "https://data.example.gov/resource/events.json",   # the first page
      "method": "GET",                                          # or "POST" (JSON body)
      "params": {"$order": "start_date_time", "api_key": "{credential:city_key}"},
      "headers": {"X-Api-Token": "{credential:city_token}"},
      "body": {"filter": {"upcoming": true}},                   # POST only
      "items": "data.events",                                   # where the list is; "" = the body is the list
                                                                # (or, when the body is one object, that one event)
      "mapping": {
        "title": "name",                                        # a dotted path into one item
        "start": "dates.start",
        "end": {"path": "dates.end"},
        "venue_name": "venue.name",
        "address": {"path": ["venue.street", "venue.zip"], "join": ", "},
        "latitude": "venue.geo.lat",
        "tags": "keywords.label",                               # a path through a list collects from each item
        "image_url": "images.0.url",                            # a number picks one element
        "status": {"path": "state", "map": {"CANCELED": "cancelled"}, "default": "scheduled"},
        "online": {"path": "mode", "map": {"virtual": true, "in_person": false}},
        "external_id": "id"
      },
      "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": 50},
      "max_pages": 20,
      "timezone": "America/Chicago",                            # for times without an offset
      "complete_listing": false
    }

``mapping`` keys are the fields of the normalized event (docs/event-format.md): title, start (both
required), end (or ``duration``: a length whose ``format`` is its unit, minutes/hours/seconds/milliseconds/hh:mm/iso8601,
added to the start where an item has no end; see ``_json_duration``), all_day, timezone, description, venue_name, address, city, country, latitude, longitude,
url, ticket_url, image_url, organizer, cost_type, price_min, price_max, currency, status, online, rrule,
source_category, tags, external_id. A value is a dotted path, or an object with:

- ``path``: a dotted path, or a list of paths whose values are joined; for the title and the text fields an entry
  of that list may itself be a list of paths, one value written in parts and read as its parts joined by a space
  (a side's name as "first" and "last": ``{"path": [["teams.0.name.first", "teams.0.name.last"],
  ["teams.1.name.first", "teams.1.name.last"]], "join": " at "}`` → "Nashville Predators at Dallas Stars");
- ``join``: the separator for several values (default ", "; tags are kept as a list);
- ``default``: the value when the path finds nothing; alone (no ``path``), a value the config states for every
  item, for a field that does not tell items apart (``"source_category": {"default": "Sports / Game"}``,
  ``"venue_name": {"default": "Town Hall"}``; never the title, start, end, duration or external_id);
- ``map``: a lookup applied to the found value (booleans are looked up as "true"/"false"); ``online`` may point
  at the event's online address (``"online": "onlineAddress"``): an item with one is online when it names no venue
  or address;
- ``format`` (start/end): a ``strptime`` format ("%d/%m/%Y %H:%M"; without a time part the event is
  all-day), ``"epoch"`` (Unix seconds), ``"epoch_ms"``, ``"rfc2822"`` ("Wed, 10 Mar 2010 21:30:00 +0100",
  the zone optional) or ``"local-day"`` (an ISO instant standing for a day, "2026-03-09T06:59:59Z" for 8 March
  in California: the day it falls on in the source's zone), maybe followed by a time's format for a second path
  (``"local-day %H:%M:%S"``: that day at that time), or ``"day-after"`` (an end: an ISO day after the last, as
  iCalendar and Google Calendar write an all-day end; "2026-12-06" ends an event on the 5th); without it, ISO 8601
  (or a number as epoch);
  ``format`` (title): ``"slug"``, for items with no name: the last part of the path's value (the item's own
  page address), a leading ISO day dropped and hyphens as spaces ("…/2024-08-12-NiTheCS-Online" → "NiTheCS Online");
  ``format`` (venue_name): ``"hall"``, with two paths, another place's name and the venue's: the hall that name
  puts inside the venue's building kept before the venue ("Konzerthaus, Rolf-Böhme-Saal" and "Konzerthaus
  Freiburg" → "Rolf-Böhme-Saal, Konzerthaus Freiburg"; _json_venue_first);
- ``fallback``: another mapping (a path or an object like this one) read for the items where this one finds
  nothing, or nothing its format reads (``{"path": "dates.start.dateTime", "fallback": {"path":
  ["dates.start.localDate", "dates.start.localTime"], "format": ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d"]}}``).

Times without an offset are read in the item's mapped ``timezone``, else the config's ``timezone``,
else the source's city zone. Relative URLs are resolved against ``url``. Without ``external_id`` an item
is identified by a hash of its title and start. Without ``cost_type``, prices decide (0 → free, more → paid).
A price path that finds a list (``"prices.amount"``: one per kind of ticket) gives its lowest as ``price_min``
and its highest as ``price_max``.

``pagination`` (optional; at most ``max_pages`` requests, default 20). On POST the page parameter goes
into the JSON body, and ``params`` become the URL's query (which error messages show: on POST, keep
secrets in ``headers`` or ``body``):

- ``{"type": "page", "param": "page", "start": 1, "size_param": "per_page", "size": 50}``: next page until
  one comes back empty (or shorter than ``size``);
- ``{"type": "offset", "param": "offset", "size_param": "limit", "size": 50, "start": 0}``: until a page is
  shorter than ``size`` (or ``"total": "meta.total"`` is reached);
- ``{"type": "cursor", "param": "cursor", "next": "meta.next_cursor"}``: until the cursor is empty;
- ``{"type": "link", "next": "links.next"}``: follows the URL found there until there is none.

Secrets: ``"{credential:NAME}"`` in a header, parameter or body value is replaced with the credential NAME,
read from the config key NAME or, better (secrets stay out of the database), from the environment:
``JSON_API_CREDENTIALS="city_key=…,museum_token=…"`` (settings.SOURCE_CREDENTIALS["json_api"]).

Items the source flags as gone are skipped with a run note: a true ``isDeleted``/``deleted``/``removed``/
``unpublished``/``hidden``, ``published: false``, a false listing flag (``show_in_listings``, ``listed``,
``visible``, ``display``), an item kept from the public (a true ``private``/``isPrivate``, a false
``public``/``isPublic``, a ``visibility`` of private/hidden/unlisted/draft), or a status/state (``status``, ``post_status``, ``EventState``…) of
deleted/removed/trash/unpublished. "draft" counts under a key about publishing (``post_status``,
``publishState``), and under a bare ``status``/``state`` only when the config was inferred (an agenda's or a
meeting's "Draft" is not an unpublished item). ``skip_gone: false`` turns the skipping off. The ``xml`` adapter
reads with this one, so all of this holds for XML documents too.

``utc_clocks: true`` reads every start and end written without an offset as UTC (shown in the source's zone); the
inference writes it for a document whose day-long events stand at the zone's midnights in UTC (``_json_utc_clocks``).
``wall_epochs: true`` reads epoch numbers as wall clocks counted as UTC; the inference writes it where each record's
written start clock is its epoch's clock in UTC (``_json_wall_epochs``). ``wall_offsets: true`` reads every clock
without its offset, in the zone; written where each offset is the zone's other season's (``_json_wall_offsets``).

An item whose start's object says how precise its date is (``"date_precision": {"name": "Month"}``, a launch's
``net_precision``, ``"start_precision": "day"``) is read that precisely (``_json_precision``): known only to a week,
month, quarter or year, it is quarantined with the reason (no day to place it on; a placeholder midnight is no
start), as a date still to be announced is; known to the day, it is that day, all day.

``parents: true`` reads ``items`` through nested lists (and ``*`` through every value of an object keyed by day
or id), each item carrying the fields of the objects it sits in under ``^`` and the key each was reached by:
``"items": "schedule.day.room.event"`` with ``"start": {"path": ["^day.date", "start"], …}`` (``_json_nested``).

``join: {"list": "events", "by": "event.id", "key": "id"}`` gives each item (a performance) the object of the
list at ``list`` whose ``key`` is the item's ``by`` value (its show), under ``^`` and the reference's name:
``"title": "^event.name"``; the inference also joins events to the places they name by id (``"location":
["p2"]`` among ``"locations"``: ``"venue_name": "^location.name"``).

``also: ["waitingBookings"]`` reads more lists of the same items with the same mapping, after the one at ``items``
(a member's waiting list beside its bookings; the inference adds the lists beside the chosen one that read with
its title and start, ``_json_siblings``). Each is a path from the document's top, as ``items`` is; a path that
finds no list there reads nothing (a member with no waiting list). It cannot be combined with ``parents`` or
``join``, which read ``items`` alone.

``one_event: true`` says the endpoint answers with one event (an object at ``items``, read as a list of one);
without it an object where the list should be is an error. ``complete_listing: true`` says one fetch lists every
upcoming event (a venue's own API, not a search),
so events missing from it are withdrawn. A listing cut short by ``max_pages`` never counts as complete.

Without a config (``extract --kind auto`` on JSON that no known API's adapter recognises, or ``--kind
json_api`` alone) the adapter infers one from the document (``_json_infer``): where the list of events is and
how its fields map. A response that is one event (an API's event-detail answer) is read as a list of one, whether
it is the document itself or an object under item-naming keys (``"resultsPage": {"results": {"event": {…}}}``). The inferred config is ``self.inferred`` (``extract --show-mapping`` prints it, the admin
offers it as a draft source); its records carry the inference's confidence and evidence, so a moderator sees
that a reader guessed. Known APIs' adapters sniff before this one (``sniff_priority``), so they keep their own
readings.

A string value that is itself a JSON object or array (a recorded exchange's ``"body": "{\\"matches\\": …}"``, a
cassette's ``body.string``) is read as what it holds when the document gives no events without it: nothing
inferred, or the configured list not found (``_json_embedded``). A document that reads as it is keeps such strings
as written: a rich-text editor's description (``"{\\"blocks\\": […]}"``) stays the item's description.

A table (column names and rows of values: ``"headers"`` + ``"rowSet"``, a spreadsheet's ``"values"`` headed by
its first row, ``"cols"`` + ``"rows"``) is read as its rows keyed by the column names when nothing reads without
that and its columns name a date and the row's title (``_json_tables``); a configured list of such rows is read
the same way. JSON Lines (one object a line) is read as the list of its objects (``_json_lines``). An inferred
reading leaves out, in a list that mixes records declaring an event kind with records declaring another (a
search answer's venues and artists), those others (``_json_mixed_kinds``); orders, invoices and payments are no
events (``_json_commerce``).

Config parsing and validation, dotted paths and the reading of one item through the mapping are in
``_json_mapping``; this module fetches (secrets, pagination) and parses.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from sources.adapters._api import guarded, load_json, sniffed_json
from sources.adapters._json_afternoon_clocks import afternoon_clocks
from sources.adapters._json_clock_readings import clock_readings
from sources.adapters._json_config import DEFAULT_PAGE_SIZE, ApiSpec, read_config
from sources.adapters._json_dayless import near_reference, reference
from sources.adapters._json_dotted_wrapper import unwrapped
from sources.adapters._json_embedded import with_embedded_json
from sources.adapters._json_entity_stores import configured_read, event_kinds_read, stores_as_lists
from sources.adapters._json_ical_params import plain_properties
from sources.adapters._json_infer import NO_EVENTS, infer
from sources.adapters._json_lines import json_lines
from sources.adapters._json_mapping import ItemReader, _number, gone, resolve
from sources.adapters._json_moved import kept, moved_starts
from sources.adapters._json_nested import check_join, joined_items, nested_items
from sources.adapters._json_page_read import or_page
from sources.adapters._json_pattern_rules import with_pattern_rules
from sources.adapters._json_people import PEOPLE_NOTE, people_list
from sources.adapters._json_precision import placed
from sources.adapters._json_repeated_runs import run_key
from sources.adapters._json_repeats import repeated
from sources.adapters._json_tables import read_tables, with_tables
from sources.adapters._json_utc_clocks import BAD_UTC_CLOCKS, UTC_CLOCKS
from sources.adapters._json_wall_epochs import BAD_WALL_EPOCHS, WALL_EPOCHS
from sources.adapters._json_wall_offsets import BAD_WALL_OFFSETS, WALL_OFFSETS
from sources.adapters._json_windows import windows
from sources.adapters._record_series import occurrences, series_budget
from sources.adapters._recurrence import FileBudget
from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.registry import register
from sources.decoding import sniff_bom, to_utf8

logger = logging.getLogger(__name__)

CREDENTIAL = re.compile(r"\{credential:([A-Za-z0-9_]+)\}")

NO_URL = "The json_api source config needs a 'url'."
UNKNOWN_KEY = "Unknown json_api config key {key!r}; known keys: {known} (and the names of {{credential:NAME}} secrets)."
# The documented top-level keys (see above); a typo among them is refused rather than silently ignored.
CONFIG_KEYS = frozenset(
    {"url", "method", "params", "headers", "body", "items", "mapping", "pagination", "max_pages", "timezone",
     "complete_listing", "allow_private_network", "skip_gone", "parents", "join", "also", "utc_clocks",
     "wall_epochs", "wall_offsets"}
)  # fmt: skip
NO_CREDENTIAL = (
    'Missing credential {name!r} for the json_api adapter: set JSON_API_CREDENTIALS="{name}=…" in the '
    "environment (or {name!r} in the source config)."
)
NOT_JSON = "The response is not JSON: {error}"
ITEMS_NOT_LIST = "No list of events at {path!r} in the response (found {found})."
ITEM_NOT_OBJECT = "The item is not an object."
BAD_SKIP_GONE = "The config key 'skip_gone' must be true or false."
BAD_PARENTS = "The config key 'parents' must be true or false."
BAD_ALSO = "The config key 'also' must be a list of paths to more lists of the same items."
ALSO_WITH_NESTING = (
    "The config key 'also' reads more lists beside the one at 'items' as they are; it cannot be combined with "
    "'parents' or 'join' (their items would be read without the fields those give)."
)


def check_reading_options(config: Mapping[str, Any]) -> None:
    """The reading options json_api and xml share: 'skip_gone', 'parents' (true or false), 'join' and 'also'."""
    if not isinstance(config.get("skip_gone", True), bool):
        raise AdapterError(BAD_SKIP_GONE)
    if not isinstance(config.get("parents", False), bool):
        raise AdapterError(BAD_PARENTS)
    if not isinstance(config.get(UTC_CLOCKS, False), bool):
        raise AdapterError(BAD_UTC_CLOCKS)
    if not isinstance(config.get(WALL_EPOCHS, False), bool):
        raise AdapterError(BAD_WALL_EPOCHS)
    if not isinstance(config.get(WALL_OFFSETS, False), bool):
        raise AdapterError(BAD_WALL_OFFSETS)
    also = config.get("also", [])
    if not isinstance(also, list) or not all(isinstance(path, str) and path.strip() for path in also):
        raise AdapterError(BAD_ALSO)
    if also and (config.get("parents") is True or "join" in config):
        raise AdapterError(ALSO_WITH_NESTING)
    if "join" in config:
        try:
            check_join(config["join"])
        except ValueError as exc:
            raise AdapterError(str(exc)) from None


ALSO_NOT_FOUND = (
    "No list of events at {path!r} (the config's 'also') in the response (found {found}); only the other lists "
    "were read."
)
GONE_SKIPPED = "Skipped {count} item(s) the source flags as deleted or unpublished (the first: {first}); not events."


@register
class JsonApiAdapter(Adapter):
    name = "json_api"
    label = "Any JSON API (configured field mapping)"
    source_kind = "api"
    config_passthrough = True  # the mapping and pagination objects: _json_config.read_config checks them
    later_page = False  # set while a paged fetch reads its second page or a later one

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        read_config(config)
        check_reading_options(config)
        # A secret may sit in the config under the name its {credential:NAME} placeholder uses.
        named = set(CREDENTIAL.findall(json.dumps(config, default=str)))
        unknown = sorted(set(config) - CONFIG_KEYS - named)
        if unknown:
            raise AdapterError(UNKNOWN_KEY.format(key=unknown[0], known=", ".join(sorted(CONFIG_KEYS))))

    complete_listing = False  # unless the config says so: see is_complete()
    credential_hint = "JSON_API_CREDENTIALS"
    # The catch-all for JSON: every known API's adapter is asked first; and before html (90), since a JSON
    # document whose strings hold markup ("<p>…") is still JSON, not a page.
    sniff_priority = 85

    # Set when the config was inferred from the document rather than given (see the module docstring).
    inferred: dict[str, Any] | None = None
    inferred_confidence: float | None = None
    inferred_evidence: tuple[str, ...] = ()

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        """Any JSON document in which a list of event-like objects can be found."""
        # A byte-order mark (Windows tools write one, UTF-16 exports always do) hides the opening bracket;
        # json.loads reads such bytes itself, so only the sniff needs them as plain UTF-8.
        data = sniffed_json(to_utf8(payload) if sniff_bom(payload)[0] else payload, (b"{", b"["))
        if data is None:
            data = json_lines(to_utf8(payload) if sniff_bom(payload)[0] else payload)  # one object a line
        if data is None:
            return False
        data = stores_as_lists(plain_properties(unwrapped(data)))  # {"0.0.1": …}; "dtstart;tzid=…"; GraphQL stores
        if infer(data) is not None:
            return True
        embedded = with_embedded_json(data)  # a recorded answer's string body
        if embedded is not data and infer(embedded) is not None:
            return True
        return read_tables(embedded, infer)[1] is not None  # column names and rows of values (_json_tables)

    @functools.cached_property
    def spec(self) -> ApiSpec:
        return read_config(self.config)

    # --- fetching ----------------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        spec = self.spec
        if not spec.url:
            raise AdapterError(NO_URL)
        url, params = split_query(spec.url)
        params.update({key: self._secrets(value) for key, value in spec.params.items()})
        body = self._secrets(spec.body) if spec.body is not None else None
        headers = {key: str(self._secrets(value)) for key, value in spec.headers.items()}
        paging = Paging(spec.pagination)
        page_params = paging.first()
        seen_urls = {spec.url}
        for page in range(spec.max_pages):
            data = self._request(url, params, page_params, body, headers)
            self.later_page = page > 0
            items, records = or_page(self, functools.partial(self._items, data), url, data)  # (_json_page_read)
            yield from records  # its items' records, or, when they give no event, a CMS's events page's
            following = paging.next(data, items, page_params, current_url=url)
            if following is None:
                return
            next_url, page_params = following
            if next_url is not None:
                if next_url in seen_urls:
                    return  # a link back to a page already read: the end, not a loop
                seen_urls.add(next_url)
                url, params = _follow(next_url, params)
        self.listing_truncated = True
        # No URL in the log: an operator may have put a key in its query.
        logger.warning("json_api listing cut at max_pages=%s: it is not treated as complete", spec.max_pages)

    def _request(
        self,
        url: str,
        params: Mapping[str, Any],
        page_params: Mapping[str, Any],
        body: Any,
        headers: Mapping[str, str],
    ) -> Any:
        if self.spec.method == "GET":
            return self.http.get_json(url, params={**params, **page_params}, headers=headers)
        # Page parameters join an object body; any other body (a list, a string) is sent as configured.
        payload = {**(body or {}), **page_params} if body is None or isinstance(body, Mapping) else body
        query = urlencode(params, doseq=True)
        target = f"{url}{'&' if '?' in url else '?'}{query}" if query else url
        return self.http.post_json(target, payload=payload, headers=headers)

    def _secrets(self, value: Any) -> Any:
        """``{credential:NAME}`` placeholders replaced, in strings, lists and objects."""
        if isinstance(value, str):
            return CREDENTIAL.sub(lambda match: self._credential(match.group(1)), value)
        if isinstance(value, list):
            return [self._secrets(item) for item in value]
        if isinstance(value, Mapping):
            return {key: self._secrets(item) for key, item in value.items()}
        return value

    def _credential(self, name: str) -> str:
        try:
            return self.credential(name)
        except AdapterError:
            raise AdapterError(NO_CREDENTIAL.format(name=name)) from None

    # --- parsing -----------------------------------------------------------------------------------
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        day = self.context.window.reading_day()  # where year-less dates are read near (_json_dayless)
        with reference(day):
            if not self.config:
                records = self._parse_inferred(_load(payload))
            else:
                spec = self.spec  # a config problem is reported before the payload's
                base = spec.url or self.context.base_url or ""  # no event read: a CMS's events page (_json_page_read)
                records = iter(or_page(self, functools.partial(self._configured_items, payload), base, payload)[1])
        return near_reference(records, day)

    def _configured_items(self, payload: bytes) -> list[Any]:
        """The configured list's items; in the strings that hold JSON documents when the list is not found without
        them (a recorded answer's string body, ``"items": "body.matches"``)."""
        data = configured_read(_load(payload), self.config)  # a GraphQL store's "Event" list (_json_entity_stores)
        try:
            items = self._items(data)
        except AdapterError:
            embedded = with_embedded_json(data)
            if embedded is data:
                raise
            data, items = embedded, self._items(embedded)
        if items and not any(isinstance(item, Mapping) for item in items) and (tables := with_tables(data)) is not data:
            return self._items(tables)  # a table's rows of values, as records keyed by its header (_json_tables)
        return items

    def _parse_inferred(self, raw: Any) -> Iterator[ParsedRecord]:
        """No config: read the document with the one inferred from it (a series stated in words as its rule); read
        its strings that hold JSON documents as those only when it gives no events as it is."""
        zone = self.context.default_timezone
        data = with_pattern_rules(event_kinds_read(raw))  # a GraphQL store as lists; a search answer's venues left out
        found = infer(data, zone_name=zone.key if zone is not None else None)
        if found is None and (embedded := with_embedded_json(raw)) is not raw:
            data = with_pattern_rules(embedded)  # a recorded answer's string body
            found = infer(data, zone_name=zone.key if zone is not None else None)
        if found is None:  # column names and rows of values, as records (_json_tables)
            data, found = read_tables(data, lambda tables: infer(tables, zone_name=zone.key if zone else None))
        if found is None:
            raise AdapterError(NO_EVENTS)
        if isinstance(resolve(data, found.config["items"]), Mapping):
            # One event (an event-detail answer): the draft says so, so that a source saved from it reads an
            # object at that path as a list of one too, while a configured listing still fails on an object.
            found.config["one_event"] = True
        self.inferred = found.config
        self.inferred_confidence = found.confidence
        self.inferred_evidence = ("json_api mapping inferred from the document: " + "; ".join(found.evidence),)
        # What it reads with is what it inferred, and what an operator can save (with an operator's skip_gone).
        kept = {key: self.config[key] for key in ("skip_gone",) if key in self.config}
        self.config = {**found.config, **kept}
        items = self._items(data)
        if "timezone" not in self.config:  # UTC clocks, wall clocks (_json_clock_readings)
            start = self.spec.mapping.get("start")
            for key, evidence in clock_readings(
                items, self._clock_values(items), self.config.get("mapping"), start, zone
            ):
                self.config[key] = self.inferred[key] = True
                self.inferred_evidence += (evidence,)
        if people_list(items):  # a staff directory: people, not events (_json_people)
            self.notes.append(PEOPLE_NOTE)
            return iter(())
        return self._records(items, base_url=self.context.base_url or "")

    def _items(self, data: Any) -> list[Any]:
        if self.config.get("parents") is True:  # each item with its containers' fields (_json_nested)
            return nested_items(data, self.spec.items)
        if isinstance(self.config.get("join"), Mapping):  # each item with the object it names by id
            return joined_items(data, self.spec.items, self.config["join"])
        items = resolve(data, self.spec.items)
        if isinstance(items, Mapping) and self.config.get("one_event") is True:
            # An endpoint for one event answers with the event itself, or wrapped ("resultsPage.results.event").
            # Only where the config says so ("one_event": true, which the inference writes): a listing whose list
            # is missing must keep failing on an object (an error answer), not read it as an event.
            return [items]
        if not isinstance(items, list):
            found = type(items).__name__ if items is not None else "nothing"
            raise AdapterError(ITEMS_NOT_LIST.format(path=self.spec.items, found=found))
        also = self.config.get("also") or []  # more lists of the same items, read with the same mapping
        paths = [path for path in also if isinstance(path, str)] if isinstance(also, list) else []
        more = [resolve(data, path) for path in paths]
        for path, each in zip(paths, more, strict=True):
            # A renamed or removed list: said on the run, not silently unread. On the first page only: a list
            # that page carries and later ones lack (a featured list beside page 1's items) was renamed by nobody.
            if not isinstance(each, list) and not self.later_page:
                found = type(each).__name__ if each is not None else "nothing"
                self.notes.append(ALSO_NOT_FOUND.format(path=path, found=found))
        return [*items, *(item for each in more if isinstance(each, list) for item in each)]

    def _records(self, items: list[Any], *, base_url: str) -> Iterator[ParsedRecord]:
        items = afternoon_clocks(items, self.config.get("mapping"))  # "11:40", then "01:40" (_json_afternoon_clocks)
        skipped: list[str] = []
        skipping = self.config.get("skip_gone", True) is not False
        runs: set[tuple[int, str, str]] = set()  # sessions repeating their moment and name (_json_repeated_runs)
        moved = moved_starts(items)  # a series' occurrences other items replace (_json_moved: Google's exceptions)
        seen: set[str] = set()  # the items read so far: one written twice is one event (_json_repeats)
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                yield RejectedRecord(external_id=f"item-{index}", reason=ITEM_NOT_OBJECT, raw={"item": item})
                continue
            if repeated(item, seen):
                continue
            if self.config.get("parents") is True and (run := run_key(item, self._first_paths)) is not None:
                if run in runs:
                    continue  # that run of the event again
                runs.add(run)
            flagged = gone(item, drafts=self.inferred is not None) if skipping else None
            if flagged is not None:
                skipped.append(flagged)
                continue
            record = guarded(lambda one: ItemReader(self, one, base_url).record(), item)
            for one in windows(placed(record, item, self._start_path), item):  # a booking period's dated windows
                yield from kept(self._series(one), moved)
        if skipped:
            self.notes.append(GONE_SKIPPED.format(count=len(skipped), first=skipped[0]))

    def _clock_values(self, items: list[Any]) -> Iterator[Any]:
        """The values at the start's and the end's first paths, item by item."""
        paths = [spec.paths[0] for spec in map(self.spec.mapping.get, ("start", "end")) if spec and spec.paths]
        return (resolve(item, path) for item in items if isinstance(item, Mapping) for path in paths)

    @functools.cached_property
    def _first_paths(self) -> dict[str, str | None]:
        """The first path of the title, the start and the end."""
        found = {field: self.spec.mapping.get(field) for field in ("title", "start", "end")}
        return {field: spec.paths[0] if spec is not None and spec.paths else None for field, spec in found.items()}

    @functools.cached_property
    def _start_path(self) -> str | None:
        """The start's first path (its precision, if the item gives one, is in the object holding it)."""
        start = self.spec.mapping.get("start")
        return start.paths[0] if start is not None and start.paths else None

    def _series(self, record: ParsedRecord) -> Iterator[ParsedRecord]:
        """The record, or each occurrence in the window of the series its recurrence lines state (_record_series)."""
        found = occurrences(record, self, self._series_budget) if isinstance(record, RawEvent) else None
        yield from ([record] if found is None else found)

    @functools.cached_property
    def _series_budget(self) -> FileBudget:
        """What every series of one document may spend on expansion, together."""
        return series_budget()


def split_query(url: str) -> tuple[str, dict[str, Any]]:
    """A URL without its query, and the query as parameters.

    The HTTP client replaces a URL's own query with the parameters it is given, so a query written in
    the configured URL (or in a next-page link) must travel as parameters.
    """
    parts = urlsplit(url)
    params: dict[str, Any] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in params:
            params[key] = value
        elif isinstance(params[key], list):
            params[key].append(value)
        else:
            params[key] = [params[key], value]  # a repeated parameter (?tag=a&tag=b)
    return urlunsplit(parts._replace(query="")), params


def _follow(link: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """A next-page link's URL and parameters, plus the configured ones it does not carry (an API key)."""
    url, carried = split_query(link)
    return url, {**{key: value for key, value in params.items() if key not in carried}, **carried}


class Paging:
    """Where the next page is, for each pagination type."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.config = config
        self.kind = str(config.get("type") or "")
        self.size = int(config.get("size") or 0) or (DEFAULT_PAGE_SIZE if self.kind == "offset" else 0)

    def first(self) -> dict[str, Any]:
        sized = {str(self.config["size_param"]): self.size} if self.config.get("size_param") and self.size else {}
        if self.kind == "page":
            return {str(self.config["param"]): int(self.config.get("start", 1)), **sized}
        if self.kind == "offset":
            return {str(self.config["param"]): int(self.config.get("start", 0)), **sized}
        return {}

    def next(
        self, data: Any, items: list[Any], current: Mapping[str, Any], *, current_url: str
    ) -> tuple[str | None, dict[str, Any]] | None:
        """(a new URL or None, the page parameters) for the next request, or None at the end."""
        if self.kind in ("page", "offset"):
            return self._numbered(data, items, current)
        if self.kind == "cursor":
            cursor = resolve(data, str(self.config["next"]))
            param = str(self.config["param"])
            if cursor in (None, "") or isinstance(cursor, list | dict) or current.get(param) == cursor:
                return None
            return None, {**current, param: cursor}
        if self.kind == "link":
            link = resolve(data, str(self.config["next"]))
            if not isinstance(link, str) or not link.strip():
                return None
            return urljoin(current_url, link.strip()), {}
        return None

    def _numbered(self, data: Any, items: list[Any], current: Mapping[str, Any]) -> tuple[None, dict[str, Any]] | None:
        if not items or (self.size and len(items) < self.size):
            return None
        param = str(self.config["param"])
        step = 1 if self.kind == "page" else (self.size or len(items))
        position = int(current[param]) + step
        total = _number(resolve(data, str(self.config["total"]))) if self.config.get("total") else None
        if self.kind == "offset" and total is not None and position >= total:
            return None
        return None, {**current, param: position}


def _load(payload: bytes) -> Any:
    """The payload's JSON; a JSON Lines payload as the list of its objects (_json_lines)."""
    try:
        return plain_properties(unwrapped(load_json(payload, NOT_JSON)))  # _json_dotted_wrapper, _json_ical_params
    except AdapterError:
        if (lines := json_lines(payload)) is None:
            raise
        return lines
