"""Reading an event out of plain text (a social post, an RSS item without a structured date). Pure.

spaCy's blank English tokenizer with Matcher rules finds the fragments (dates, times, "at <Venue>", prices);
dateparser reads the date fragment in the city's languages and zone, and its ``search_dates`` is the fallback
for text our rules do not cover (Hindi or Kannada dates, for instance). Confidence says how much was found:
records below ``HOLD_BELOW`` should wait for a moderator.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import dateparser
from dateparser.search import search_dates

from events.pipeline.titles import MONTHS, WEEKDAYS, clean_title, tidy_marks

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Span

# Confidence: what each finding is worth. Date + time + venue reaches HOLD_BELOW; a date alone does not.
WEIGHT_DATE, WEIGHT_RELATIVE_DATE, WEIGHT_SEARCHED_DATE = 0.45, 0.4, 0.35
WEIGHT_TIME, WEIGHT_VENUE, WEIGHT_TITLE, WEIGHT_PRICE = 0.2, 0.2, 0.1, 0.05
HOLD_BELOW = 0.85
MIN_TITLE = 4
MIN_SENTENCE = 12

FOUND_DATE = "date found: {text!r}"
FOUND_RELATIVE_DATE = "relative date found: {text!r}"
SEARCHED_DATE = "date found by a loose search: {text!r}"
NO_DATE = "no date found"
FOUND_TIME = "time found: {text!r}"
NO_TIME = "no time found: read as an all-day event"
NO_ZONE_TIME = "time found but no timezone: read as an all-day event"
FOUND_VENUE = "venue found: {text!r}"
NO_VENUE = "no venue found"
FOUND_PRICE = "price found: {text!r}"
NO_TITLE = "no title found"

AM_PM = ["am", "pm", "a.m.", "p.m.", "am.", "pm.", "a.m", "p.m"]
SEPARATORS = ["-", "–", "—", "to", "till", "until", "til"]
RELATIVE_DAYS = ["today", "tonight", "tomorrow"]
# Tokens removed together with a fragment they introduce, when the title is cut out of the first line.
LEAD_INS = frozenset(
    {"on", "from", "at", "@", "this", "next", "coming", "-", "–", "—", "|", ",", "·", "•", "starting", "starts", "by"}
)
# ... and the separators that follow one: "Workshop: 12 Dec, 10:00-13:00, Indiranagar" → "Workshop: Indiranagar".
TRAIL_OUTS = frozenset({",", "|", "·", "•", "-", "–", "—"})
URL = re.compile(r"https?://\S+|www\.\S+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
TIME_TEXT = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<meridiem>[ap])?", re.I)
# search_dates also returns bare years, month names and times; those are not a date.
NOT_A_DATE = re.compile(
    r"^\W*(?:(?:19|20)\d\d|[a-z]+|\d{1,2}(?::\d{2})?\s*+(?:[ap]\.?m\.?)?|\d{1,2}:\d{2})\W*$",  # \s*+: no split with \W*
    re.I,
)
NO_FUTURE_BEYOND = dt.timedelta(days=2 * 365)


@dataclasses.dataclass(frozen=True, slots=True)
class When:
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    date_text: str
    time_text: str | None
    date_weight: float


@dataclasses.dataclass(frozen=True, slots=True)
class Extracted:
    title: str | None
    start: dt.datetime | dt.date | None
    end: dt.datetime | dt.date | None
    venue_name: str | None
    price_text: str | None
    confidence: float
    reasons: tuple[str, ...] = ()

    @property
    def needs_review(self) -> bool:
        return self.confidence < HOLD_BELOW


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    weekday = {"LOWER": {"IN": list(WEEKDAYS)}}
    month = {"LOWER": {"IN": list(MONTHS)}}
    day = {"LOWER": {"REGEX": r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}
    year = {"TEXT": {"REGEX": r"^20\d\d$"}}
    dot, comma = {"ORTH": ".", "OP": "?"}, {"ORTH": ",", "OP": "?"}
    hour = {"TEXT": {"REGEX": r"^(?:[01]?\d|2[0-3])(?::[0-5]\d)?$"}}
    clock = {"TEXT": {"REGEX": r"^(?:[01]?\d|2[0-3]):[0-5]\d$"}}
    am_pm, sep = {"LOWER": {"IN": AM_PM}}, {"LOWER": {"IN": SEPARATORS}}
    noon = {"LOWER": {"IN": ["noon", "midnight"]}}
    capital = {"TEXT": {"REGEX": r"^[A-Z][\w'’&.-]*$"}, "LOWER": {"NOT_IN": [*WEEKDAYS, *MONTHS, *RELATIVE_DAYS]}}
    name_word = {
        "TEXT": {"REGEX": r"^(?:[A-Z0-9][\w'’&.-]*|of|the|&|and|'s|’s|de|la|del)$"},
        "LOWER": {"NOT_IN": [*WEEKDAYS, *MONTHS, *RELATIVE_DAYS]},
        "OP": "{0,5}",
    }
    symbol = {"TEXT": {"REGEX": r"^(?:US\$|[$€£₹¥]|Rs\.?|INR|USD|EUR|GBP|CAD|AUD)$"}}
    amount = {"TEXT": {"REGEX": r"^\d[\d,.]*$"}}
    symbol_amount = {"TEXT": {"REGEX": r"^(?:US\$|[$€£₹])\d[\d,.]*$"}}
    onwards = {"LOWER": {"IN": ["onwards", "upwards", "+"]}, "OP": "?"}
    from_ = {"LOWER": {"IN": ["from", "starting"]}, "OP": "?"}
    return {
        "DATE": [
            [{**weekday, "OP": "?"}, dot, comma, month, dot, day, comma, {**year, "OP": "?"}],
            [{**weekday, "OP": "?"}, dot, comma, {"LOWER": "the", "OP": "?"}, day, {"LOWER": "of", "OP": "?"}, month,
             dot, comma, {**year, "OP": "?"}],
            [{"TEXT": {"REGEX": r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}|20\d\d-\d\d-\d\d)$"}}],
            [year, {"ORTH": "-"}, {"TEXT": {"REGEX": r"^\d\d$"}}, {"ORTH": "-"}, {"TEXT": {"REGEX": r"^\d\d$"}}],
        ],
        "RELATIVE": [
            [{"LOWER": {"IN": RELATIVE_DAYS}}],
            [{"LOWER": {"IN": ["this", "next", "coming"]}}, weekday],
            [{"LOWER": {"IN": [w for w in WEEKDAYS if len(w) > 5]}}],  # a bare full weekday: "on Saturday"
        ],
        "TIME_RANGE": [
            [hour, am_pm, sep, hour, am_pm], [hour, sep, hour, am_pm], [clock, sep, clock], [hour, am_pm, sep, clock],
            [clock, sep, hour, am_pm], [hour, am_pm, sep, noon], [clock, sep, noon],
        ],
        "TIME": [[hour, am_pm], [clock], [noon]],
        "VENUE": [
            [{"LOWER": {"IN": ["at", "@"]}}, capital, name_word],
            [{"LOWER": {"IN": ["venue", "where", "location", "place"]}}, {"ORTH": ":"}, capital, name_word],
        ],
        "PRICE": [
            [from_, symbol, amount, onwards], [from_, symbol_amount, onwards], [amount, symbol, onwards],
            [symbol, amount, sep, {**symbol, "OP": "?"}, amount], [symbol, amount, sep, symbol_amount],
            [symbol_amount, sep, symbol_amount], [symbol_amount, sep, amount],
            [{"LOWER": "free"}, {"LOWER": {"IN": ["entry", "admission", "entrance", "event", "tickets"]}}],
            [{"LOWER": {"IN": ["entry", "admission", "entrance"]}}, {"ORTH": ":", "OP": "?"}, {"LOWER": "free"}],
            [{"LOWER": "pay"}, {"LOWER": "what"}, {"LOWER": "you"}, {"LOWER": {"IN": ["can", "want", "wish"]}}],
            [{"LOWER": "by"}, {"LOWER": "donation"}],
        ],
    }  # fmt: skip


@functools.cache
def _pipeline() -> tuple[Language, Matcher]:
    """The tokenizer and rules, built once per process (a blank pipeline: no model to download)."""
    import spacy
    from spacy.matcher import Matcher
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.blank("en")
    defaults = nlp.Defaults
    # Split what the stock rules keep together in event text: "8pm–11pm", "@Venue", "₹499", "10:00-13:00".
    infixes = [*(defaults.infixes or ()), r"[–—]", r"(?<=[0-9apmAPM.])-(?=[0-9])", r"(?<=[0-9])(?=[aApP]\.?[mM]\b)"]
    prefixes = [*(defaults.prefixes or ()), r"@", r"US\$", r"₹", r"Rs\.?(?=\d)"]
    suffixes = [*(defaults.suffixes or ()), r"(?<=[0-9])(?:[ap]\.?m\.?|[AP]\.?M\.?)"]
    tokenizer = cast("Tokenizer", nlp.tokenizer)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    matcher = Matcher(nlp.vocab)
    for label, patterns in _patterns().items():
        matcher.add(label, patterns, greedy="LONGEST")
    return nlp, matcher


def _spans(doc: Doc, matcher: Matcher) -> dict[str, list[Span]]:
    """Matches by label, in text order; dates win over times and prices that overlap them."""
    found: dict[str, list[Span]] = {}
    taken: set[int] = set()
    matches = sorted(matcher(doc, as_spans=True), key=lambda span: span.start)
    for label in ("DATE", "RELATIVE", "TIME_RANGE", "TIME", "VENUE", "PRICE"):
        for span in (s for s in matches if s.label_ == label):
            if taken.isdisjoint(range(span.start, span.end)):
                found.setdefault(label, []).append(span)
                taken.update(range(span.start, span.end))
    return found


def _clock(text: str) -> tuple[int, int, str | None] | None:
    lowered = text.strip().lower()
    if lowered in ("noon", "midnight"):
        return (12 if lowered == "noon" else 0), 0, None
    match = TIME_TEXT.match(lowered)
    if match is None:
        return None
    return int(match["hour"]), int(match["minute"] or 0), (match["meridiem"] or "").lower() or None


def _time(hour: int, minute: int, meridiem: str | None) -> dt.time | None:
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return dt.time(hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else None


def parse_times(text: str) -> tuple[dt.time | None, dt.time | None]:
    """Start and end of "8pm", "7:30 PM – 9 PM", "8-11pm", "10:00-13:00", "11am to noon"."""
    pieces = [p for p in re.split(r"\s*(?:-|–|—|\bto\b|\btill?\b|\buntil\b)\s*", text, flags=re.I) if p.strip()]
    clocks = [c for c in (_clock(piece) for piece in pieces[:2]) if c is not None]
    if not clocks:
        return None, None
    if len(clocks) == 1:
        return _time(*clocks[0]), None
    (h1, m1, mer1), (h2, m2, mer2) = clocks
    if mer1 is None and mer2 is not None:
        # "8-11pm": the first takes the second's half of the day, unless that puts it after the end ("11-1pm").
        mer1 = mer2 if (h1 % 12) <= (h2 % 12) else ("a" if mer2 == "p" else "p")
    return _time(h1, m1, mer1), _time(h2, m2, mer2)


def _settings(zone: str, now: dt.datetime, date_order: str | None) -> dict[str, Any]:
    base = now.astimezone(zoneinfo.ZoneInfo(zone)).replace(tzinfo=None) if now.tzinfo else now
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "TIMEZONE": zone}
    if date_order:
        settings["DATE_ORDER"] = date_order
    return settings


def _parse_date(text: str, languages: Sequence[str], settings: dict[str, Any]) -> dt.date | None:
    cleaned = re.sub(r"\btonight\b", "today", text, flags=re.I)
    parsed = dateparser.parse(cleaned, languages=list(languages), settings=settings)
    return parsed.date() if parsed is not None else None


def _searched_date(text: str, languages: Sequence[str], settings: dict[str, Any]) -> tuple[str, dt.datetime] | None:
    """dateparser's search, minus what is not a date (a year, a month name, a time) or is implausible."""
    found = search_dates(text, languages=list(languages), settings=settings) or []
    base: dt.datetime = settings["RELATIVE_BASE"]
    for fragment, moment in found:
        if NOT_A_DATE.match(fragment) or len(fragment.strip()) < MIN_TITLE:
            continue
        if base - dt.timedelta(days=1) <= moment <= base + NO_FUTURE_BEYOND:
            return fragment, moment
    return None


def _combine(
    day: dt.date, times: tuple[dt.time | None, dt.time | None], zone: str | None
) -> tuple[dt.datetime | dt.date, dt.datetime | dt.date | None]:
    start_time, end_time = times
    if start_time is None or zone is None:
        return day, None
    tz = zoneinfo.ZoneInfo(zone)
    start = dt.datetime.combine(day, start_time, tzinfo=tz)
    if end_time is None:
        return start, None
    end_day = day + dt.timedelta(days=1) if end_time <= start_time else day  # 22:00–02:00 ends the next day
    return start, dt.datetime.combine(end_day, end_time, tzinfo=tz)


def _first_date(
    spans: dict[str, list[Span]], languages: Sequence[str], settings: dict[str, Any]
) -> tuple[Span, dt.date, float] | None:
    for label, weight in (("DATE", WEIGHT_DATE), ("RELATIVE", WEIGHT_RELATIVE_DATE)):
        # "this Sunday" before a bare "Sunday" that may be part of a name ("Sunday Brunch Club").
        for span in sorted(spans.get(label, []), key=lambda s: s.start - s.end):
            day = _parse_date(span.text, languages, settings)
            if day is not None:
                return span, day, weight
    return None


def _when_from_spans(
    spans: dict[str, list[Span]], text: str, *, zone: str | None, now: dt.datetime, languages: Sequence[str],
    date_order: str | None,
) -> tuple[When | None, list[Span]]:  # fmt: skip
    """When the text says the event is, and the spans that said it."""
    settings = _settings(zone or "UTC", now, date_order)
    used: list[Span] = []
    searched_time: dt.time | None = None
    found = _first_date(spans, languages, settings)
    if found is not None:
        used.append(found[0])
        date_text, day, weight = found[0].text.strip(" ,."), found[1], found[2]
    else:
        searched = _searched_date(text, languages, settings)
        if searched is None:
            return None, used
        date_text, weight, day = searched[0], WEIGHT_SEARCHED_DATE, searched[1].date()
        searched_time = searched[1].time() if searched[1].time() != dt.time.min else None
    time_spans = spans.get("TIME_RANGE", []) + spans.get("TIME", [])
    used.extend(time_spans[:1])
    time_text = time_spans[0].text.strip(" ,.") if time_spans else None
    times = parse_times(time_text) if time_text else (searched_time, None)
    start, end = _combine(day, times, zone)
    return When(start, end, date_text, time_text, weight), used


def find_when(
    text: str, *, tz: str | None, now: dt.datetime, languages: Sequence[str] = ("en",), date_order: str | None = None
) -> When | None:
    """The date (and times) a text announces, or None. Used by normalize when a record has no start."""
    if not text or not text.strip():
        return None
    nlp, matcher = _pipeline()
    doc = nlp(text)
    when, _ = _when_from_spans(_spans(doc, matcher), text, zone=tz, now=now, languages=languages, date_order=date_order)
    return when


def _first_sentence(text: str) -> str:
    first_line = text.strip().split("\n", 1)[0]
    sentence = SENTENCE_END.split(first_line, 1)[0]
    # "Dr. Rao on …": a very short first "sentence" is an abbreviation, not the end of the title.
    return sentence if len(sentence) >= MIN_SENTENCE else first_line


def _title(doc: Doc, spans: Sequence[Span], searched_date: str | None) -> str | None:
    """The first sentence of the first line, without the date, time, venue and price fragments in it."""
    first = _first_sentence(doc.text)
    line_start = doc.text.find(first)
    line_end = line_start + len(first)
    removed: set[int] = set()
    for span in spans:
        removed.update(range(span.start, span.end))
        position = span.start - 1
        while position >= 0 and doc[position].lower_ in LEAD_INS:
            removed.add(position)
            position -= 1
        position = span.end
        while position < len(doc) and doc[position].lower_ in TRAIL_OUTS:
            removed.add(position)
            position += 1
    kept = "".join(
        token.text_with_ws
        for token in doc
        if line_start <= token.idx < line_end and token.i not in removed and not URL.match(token.text)
    )
    if searched_date:
        kept = kept.replace(searched_date, " ")
    title = tidy_marks(kept).strip(" .,:;")
    return (clean_title(title).title or None) if len(title) >= MIN_TITLE else None


def _confidence(when: When | None, venue: str | None, title: str | None, price: str | None) -> float:
    score = 0.0
    if when is not None:
        score += when.date_weight + (WEIGHT_TIME if isinstance(when.start, dt.datetime) else 0.0)
    score += (WEIGHT_VENUE if venue else 0.0) + (WEIGHT_TITLE if title else 0.0) + (WEIGHT_PRICE if price else 0.0)
    return round(min(score, 1.0), 2)


def _reasons(when: When | None, venue: str | None, title: str | None, price: str | None, zone: str | None) -> list[str]:
    reasons: list[str] = []
    if when is None:
        reasons.append(NO_DATE)
    else:
        template = {WEIGHT_DATE: FOUND_DATE, WEIGHT_RELATIVE_DATE: FOUND_RELATIVE_DATE}.get(when.date_weight)
        reasons.append((template or SEARCHED_DATE).format(text=when.date_text))
        if isinstance(when.start, dt.datetime):
            reasons.append(FOUND_TIME.format(text=when.time_text))
        else:
            reasons.append(NO_ZONE_TIME if when.time_text and zone is None else NO_TIME)
    reasons.append(FOUND_VENUE.format(text=venue) if venue else NO_VENUE)
    if price:
        reasons.append(FOUND_PRICE.format(text=price))
    if not title:
        reasons.append(NO_TITLE)
    return reasons


def _venue(spans: dict[str, list[Span]]) -> Span | None:
    return next((span for span in spans.get("VENUE", []) if _venue_name(span)), None)


def _venue_name(span: Span) -> str | None:
    words = [token.text for token in span[1:] if token.text != ":"]
    while words and words[-1].lower() in ("of", "the", "&", "and", "de", "la", "del"):
        words.pop()
    return " ".join(words) or None


def extract_from_text(
    text: str,
    *,
    tz: str | None,
    now: dt.datetime,
    languages: Sequence[str] = ("en",),
    date_order: str | None = None,
) -> Extracted:
    """Title, start/end, venue and price text from free text, with a confidence and the reasons for it.

    ``tz`` is the IANA zone times are read in (the city's); without one, a found time is dropped and the
    event is read as all-day. ``now`` anchors relative dates ("this Saturday"). ``date_order`` ("DMY",
    "MDY") reads "05/12/2026" the local way.
    """
    if not text or not text.strip():
        return Extracted(None, None, None, None, None, 0.0, (NO_DATE, NO_VENUE, NO_TITLE))
    nlp, matcher = _pipeline()
    doc = nlp(text)
    spans = _spans(doc, matcher)
    when, used = _when_from_spans(spans, text, zone=tz, now=now, languages=languages, date_order=date_order)
    venue_span = _venue(spans)
    venue = _venue_name(venue_span) if venue_span is not None else None
    price_spans = spans.get("PRICE", [])
    price = "; ".join(span.text for span in price_spans) or None
    searched = when.date_text if when is not None and when.date_weight == WEIGHT_SEARCHED_DATE else None
    title = _title(doc, [*used, *([venue_span] if venue_span is not None else []), *price_spans], searched)
    return Extracted(
        title=title,
        start=when.start if when else None,
        end=when.end if when else None,
        venue_name=venue,
        price_text=price,
        confidence=_confidence(when, venue, title, price),
        reasons=tuple(_reasons(when, venue, title, price, tz)),
    )
