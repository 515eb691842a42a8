"""When a feed item's event happens, for the ``rss`` adapter: which of an item's dates is the event's (an event
element's, a date title's, the prose's, or, in a feed that says it lists events, a pubDate that cannot be a
publication). Reading one value is ``_feed_when``'s; whether a feed says it lists events, and whether its pubDates are
its events' starts, is ``_feed_date_signs``'s (``is_event_feed``, ``pubdate_programme`` and ``pubdate_ends`` are
re-exported here). Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sources.adapters._feed_bare_date import bare_date_when
from sources.adapters._feed_begin_end import begin_end_span
from sources.adapters._feed_bracket_day import restated_clock
from sources.adapters._feed_calls import call_notice, deadline_notice
from sources.adapters._feed_clock_before import clock_before_day
from sources.adapters._feed_clock_pubdate import evidence as clock_evidence
from sources.adapters._feed_clock_pubdate import opening_clock_when
from sources.adapters._feed_date_signs import FUTURE_MARGIN, PAIRED_END_NAMES, event_page
from sources.adapters._feed_date_signs import is_event_feed as is_event_feed  # re-exported
from sources.adapters._feed_date_signs import pubdate_ends as pubdate_ends  # re-exported
from sources.adapters._feed_date_signs import pubdate_programme as pubdate_programme  # re-exported
from sources.adapters._feed_day_clock import day_at_clock
from sources.adapters._feed_day_programme import programme_day
from sources.adapters._feed_dc_clock import dc_day_when
from sources.adapters._feed_dotted import dotted_text_when
from sources.adapters._feed_element_clock import element_clock
from sources.adapters._feed_extras import END_NAMES, START_NAMES, TIME_NAMES, is_date_title, local_value
from sources.adapters._feed_fact_rows import fact_when
from sources.adapters._feed_fields import item_categories
from sources.adapters._feed_from_to import from_to_when
from sources.adapters._feed_headline_dates import headline_day
from sources.adapters._feed_intl import intl_text_when, with_intl
from sources.adapters._feed_iso import iso_text_when
from sources.adapters._feed_item import (
    EVENT_MODULE,
    GDATA,
    XCAL,
    FeedInfo,
    Programme,
    attribute,
    clean,
    item_description,
    plain_text,
    stamp_of,
    text_field,
)
from sources.adapters._feed_item_kinds import item_kind_note
from sources.adapters._feed_label_dates import label_pubdate_when
from sources.adapters._feed_labelled_iso import labelled_iso_when
from sources.adapters._feed_last_day import stated_last_day
from sources.adapters._feed_last_minute import at_last_minute
from sources.adapters._feed_markup_instant import TIME_ELEMENT as _TIME_ELEMENT
from sources.adapters._feed_markup_instant import markup_instant
from sources.adapters._feed_midnight_day import days_of
from sources.adapters._feed_naive_pubdate import naive_pubdate
from sources.adapters._feed_named_dates import named_or
from sources.adapters._feed_not_event_dates import reported_day
from sources.adapters._feed_ongoing import ongoing_when
from sources.adapters._feed_parts import day_and_clocks, day_span
from sources.adapters._feed_past_prose import past_prose
from sources.adapters._feed_past_report import or_past_report
from sources.adapters._feed_release_day import release_day
from sources.adapters._feed_restated import restated_when
from sources.adapters._feed_scheduled_clock import at_scheduled_clock
from sources.adapters._feed_slash_range import slash_run_when
from sources.adapters._feed_slash_span import slash_span_when
from sources.adapters._feed_stale_pubdate import stale_reference, stamp_year
from sources.adapters._feed_stated_clock import all_day_midnight, real_midnight, wall_clock, written_start
from sources.adapters._feed_time_label import labelled_clock
from sources.adapters._feed_utc_days import utc_day
from sources.adapters._feed_valid_from import valid_from
from sources.adapters._feed_verb_clock import verb_clock_day
from sources.adapters._feed_when import (
    PROSE_DATE,
    When,
    at_title_clock,
    listed_whens,
    make_when,
    read_moment,
    slash_moment,
    text_when,
)
from sources.adapters._feed_zulu import zulu_when

# A pubDate this much later than the feed's build time and the fetch is a date to come, not a clock a little off.
SCHEDULED_MARGIN = dt.timedelta(hours=1)
LIST_EVIDENCE = (
    "the item's first date ({first}) is not among the dates one of its sentences lists; the list is read as the "
    "events, and held: which of the two the item is about is a guess"
)
# A date read from a post's body only, in a feed that does not say it lists events (a news blog, a council's news):
# "Trash pickup delayed on Nov. 26" or "the store closed Nov. 2" is news about a day, as often as an event.
PROSE_EVIDENCE = (
    "the start is read from the item's text, in a feed that does not say it lists events (no events page or "
    "namespace, no event-page items, no future pubDates): held, as news about a day reads the same"
)
SCHEDULED_EVIDENCE = (
    "start read from the item's pubDate ({published}), which is later than the feed's own build time ({built}) "
    "and the fetch, in a feed that lists events: a date to come, not a publication date"
)
# The same in a feed that gives no build time: the item's page is an event's, and its date well after the fetch.
UNBUILT_EVIDENCE = (
    "start read from the item's pubDate ({published}), well after the fetch, of an item whose page is an event's "
    "({page}), in a feed of events that gives no build time: a date to come, not a publication date; held, as "
    "the feed does not say when it was written"
)
PROGRAMME_EVIDENCE = (
    "start read from the item's pubDate ({published}): the feed's pubDates are its events' starts, not publication "
    "times ({signs})"
)
PROGRAMME_DOUBT = "; held: one sign besides the dates to come is a guess"
BAD_DATE = "Unreadable or implausible event date {value!r} in {field}, and none written in the title or description."
# HTML5's machine-readable date in an item's body: <time datetime="2026-03-08T19:00:00-05:00"> (a Drupal calendar
# writes its "when" field so, and nothing else). The first two a body gives are the start and the end.
MAX_MARKUP_SCAN = 20_000  # characters of a body looked at for <time> elements
MARKUP_EVIDENCE = (
    "the start is read from a <time datetime> element in the item's body, in a feed that does not say it lists "
    "events: held, as news can mark up a day it is about the same way"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Dates:
    """An item's dates, read once: why there are none (an unreadable value), the evidence when the start is the
    item's pubDate, which of several listed dates keeps the item's own id, and whether the list was cut."""

    whens: list[When]
    problem: str | None = None
    scheduled: str | None = None
    own: int = 0
    cut: bool = False
    doubt: str | None = None  # why the dates are a guess (held for a moderator)


def item_dates(entry: Mapping[str, Any], info: FeedInfo, element: Any = None) -> Dates:
    """The item's dates: an event element's, else a date title's, else the prose's (one, or each date a
    sentence lists), else, in a feed of events, a pubDate that cannot be a publication (``scheduled_when``).
    A date written in the prose always outranks the pubDate."""
    title = clean(entry.get("title"))
    kind = item_kind_note(title, plain_text(item_description(entry)), info.channel_title)
    return _item_dates(entry, info, element, title) if kind is None else Dates([], kind)  # a job ad (left35)


def _item_dates(entry: Mapping[str, Any], info: FeedInfo, element: Any, title: str | None) -> Dates:
    when, problem = _element_when(entry, info, title, element)
    when = when or dc_day_when(entry, element, info)  # a bare-day pubDate, its dc:date's clock: _feed_dc_clock
    # a date title, a row of facts, a pubDate that is a listing's label ("Dj. 25/07 18 h": _feed_label_dates)
    when = when or title_when(title, info) or _row_when(entry, info) or label_pubdate_when(entry, info)
    when = when or bare_date_when(element, info.zone, info.fallback_reference)  # <date> and <time>: _feed_bare_date
    when = when or programme_day(entry, info.day_programme, info.zone.key if info.zone else None)  # bare days
    if when is not None:
        return Dates([when], problem, doubt=when.doubt)
    # a feed of ended events' day, else no date at all for a call for people (an audition's, a job's: _feed_calls)
    ended = _ended_dates(entry, info, problem) or _call_dates(title, info)
    if ended is not None:
        return ended
    marked = markup_when(entry, info)
    if marked is not None:
        return Dates([marked], problem) if info.event_feed else Dates([marked], problem, doubt=MARKUP_EVIDENCE)
    texts = [title, plain_text(item_description(entry))]
    reference = _reference(entry, info)
    lead = _running_or_zulu(entry, info, texts, reference)
    if lead is not None:
        return Dates([lead], problem) if info.event_feed else Dates([lead], problem, doubt=PROSE_EVIDENCE)
    # A news post's reported days are no events' (_feed_not_event_dates), nor a price list's (_feed_valid_from).
    published = None if info.event_feed else _published(entry, info)
    reported = None if published is None else _reports(published)
    reported = reported if info.event_feed else or_past_report(reported)  # "ran from January 19": _feed_past_report
    in_effect = None if published is None else _reports(published, validity=True)
    # A date in words, in English ("December 5, 7:30 PM") or another language ("samedi 12 décembre à 19h": _feed_intl),
    # else one in ISO notation ("Climb 2026-08-09T10:00": _feed_iso), else one written day first with dots ("Das
    # Erste, 31.03., 18:50 Uhr": _feed_dotted), else the item's own date restated with its clocks (_feed_restated).
    english = text_when(texts, zone=info.zone, reference=reference, reported=reported)
    intl = intl_text_when(texts, zone=info.zone, reference=reference, reported=reported)  # "12 décembre à 19h"
    first = (
        labelled_iso_when(texts, info.zone)  # "Starts: 2026-06-20T20:30:00-04:00 Ends: …": _feed_labelled_iso
        or with_intl(english, intl, reference, texts)
        or iso_text_when(texts, zone=info.zone, reference=reference)
        or dotted_text_when(texts, zone=info.zone, reference=reference, reported=in_effect)
        or slash_span_when(texts, info.zone, reference)  # "Dal 29/05 al 31/05 … Venerdì 29 dalle 18:00"
        or slash_run_when(texts, info.zone)  # "1/18/2022 - 1/30/2022": _feed_slash_range
        or restated_when(entry, texts, info)  # "1/24 3:00～3:30" under its dc:date 01-24T03:00: _feed_restated
    )
    if first is not None:
        first = at_title_clock(stamp_year(first, entry, texts, info), title, info.zone)  # _feed_stale_pubdate
        first = labelled_clock(first, texts, info.zone)  # "Fecha: 11 de junio Hora: 16:00 h": _feed_time_label
        first = restated_clock(first, texts, info.zone, reference)  # "[21 Oct] …" / "When: 21 October, 18:00"
        first = verb_clock_day(first, texts, info.zone)  # "02.03.2026, findet um 18.00 Uhr": _feed_verb_clock
        first = clock_before_day(first, texts, info.zone)  # "at 7:15 pm on April 14": _feed_clock_before
        first = begin_end_span(first, texts)  # "begins … (May 14) and concludes … (June 18)": _feed_begin_end
        first = at_scheduled_clock(first, utc_day(scheduled_when(entry, info), info), texts)  # a day stamp: no clock
        dates = _listing(first, texts, info, reference, problem)
        if (
            info.event_feed
            or dates.doubt
            or _title_dated(title, info, reference)
            and not headline_day(title, info.channel_title)
        ):
            return dates  # a feed of events, or a date the item's title gives: what the item is about
        past = past_prose(dates.whens, info.fallback_reference, info.zone)  # over before the window opens
        return Dates([], past) if past else dataclasses.replace(dates, doubt=PROSE_EVIDENCE)
    return _pubdate_dates(entry, info, texts, problem)


def _pubdate_dates(entry: Mapping[str, Any], info: FeedInfo, texts: list[str | None], problem: str | None) -> Dates:
    """An item no words nor element date: its pubDate when its words open with that clock, or when it cannot be a
    publication (``scheduled_when``, a programme's), else no date."""
    opening = opening_clock_when(texts[1], stamp_of(entry, "published_parsed"), info.zone)  # "09:00 AM - 11:00 AM"
    if opening is not None:  # under a pubDate of 09:00: the pubDate is the start (_feed_clock_pubdate)
        return Dates([opening], problem, clock_evidence(entry.get("published"), texts[1] or ""))
    scheduled = utc_day(scheduled_when(entry, info), info)  # day stamps at midnight UTC: _feed_utc_days
    if scheduled is not None:  # a pubDate at midnight read as a day, in an item that says it starts at midnight
        scheduled = real_midnight(scheduled, entry.get("published"), texts, info.zone)
    if info.programme is not None and (scheduled is None or info.built is None):
        return _programme_dates(entry, info, info.programme, problem)
    if scheduled is None:
        return Dates([], problem)
    if info.built is None:  # one sign fewer than a build time gives: read, and held for a moderator
        page = entry.get("link") or entry.get("id")
        return Dates([scheduled], problem, doubt=UNBUILT_EVIDENCE.format(published=entry.get("published"), page=page))
    return Dates([scheduled], problem, SCHEDULED_EVIDENCE.format(published=entry.get("published"), built=info.built))


def _ended_dates(entry: Mapping[str, Any], info: FeedInfo, problem: str | None) -> Dates | None:
    """The day a feed of ended events dates the item by (``ended_when``), with its evidence; None when it has none."""
    if info.ended is None or (ended := ended_when(entry, info)) is None:
        return None
    evidence = info.ended.evidence.format(published=entry.get("published"))
    return Dates([ended], problem, scheduled=evidence) if info.ended.sure else Dates([ended], problem, doubt=evidence)


def _call_dates(title: str | None, info: FeedInfo) -> Dates | None:
    """No date, with the reason, for a post that is a call for people (``_feed_calls``); None for any other item."""
    call = call_notice(title, listing_events=info.event_feed) or deadline_notice(title)  # _feed_calls
    return None if call is None else Dates([], call)


def _running_or_zulu(
    entry: Mapping[str, Any], info: FeedInfo, texts: list[str | None], reference: dt.datetime
) -> When | None:
    """A running event's days ("Ongoing through Monday, Dec. 14, 2015", from its category's day: _feed_ongoing), else
    UTC clocks before their dates ("1900Z-2100Z, Sep 28": _feed_zulu)."""
    ongoing = ongoing_when(texts[1], item_categories(entry), zone=info.zone, reference=reference)
    return ongoing or zulu_when(texts, info.zone, reference)


def _element_when(
    entry: Mapping[str, Any], info: FeedInfo, title: str | None, element: Any
) -> tuple[When | None, str | None]:
    """The date an event element gives (one named as _feed_extras knows, else as its words say: _feed_named_dates),
    read against the clock the item's words state (_feed_stated_clock)."""
    if info.notice_windows:  # the feed's start elements are notices' display windows: _feed_notice_window
        return None, None
    when, problem = structured_when(entry, info)
    known = functools.partial(extension_when, entry, info)  # a zone an element states first: _feed_named_dates
    when = when or named_or(known, element, info.zone, _reference(entry, info), _published(entry, info))
    if when is None:
        return None, problem
    written, words = written_start(entry, info), [title, plain_text(item_description(entry))]
    when = real_midnight(wall_clock(when, written, words, info.zone), written, words, info.zone)
    markup = functools.partial(markup_when, entry, info)
    when = markup_instant(when, written, markup, item_description(entry))  # GMT midnight, 8 pm locally
    when = stated_last_day(when, words)  # midnight stamps to "30-05", words "Du 27-02 à 29-05-2022": _feed_last_day
    return element_clock(all_day_midnight(when, words, info.zone), words, info.zone), problem  # day, time in words


def _row_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The date a body's labelled rows give ("Date | 06/20/2031", "Time | 7:00pm": _feed_fact_rows); held as prose's
    is in a feed that does not say it lists events."""
    rows = fact_when(item_description(entry), info.zone, _reference(entry, info), _published(entry, info))
    return rows if rows is None or info.event_feed else dataclasses.replace(rows, doubt=PROSE_EVIDENCE)


def _title_dated(title: str | None, info: FeedInfo, reference: dt.datetime) -> bool:
    """Whether the item's title itself writes a date, in words or in ISO notation."""
    return (
        text_when([title], zone=info.zone, reference=reference) is not None
        or intl_text_when([title], zone=info.zone, reference=reference) is not None
        or iso_text_when([title], zone=info.zone, reference=reference) is not None
        or dotted_text_when([title], zone=info.zone, reference=reference) is not None
    )


def _listing(
    first: When, texts: list[str | None], info: FeedInfo, reference: dt.datetime, problem: str | None
) -> Dates:
    """The dates one sentence lists when the item's own first date is among them, else that date alone."""
    listing = listed_whens(texts, zone=info.zone, reference=reference)
    if listing is None:
        return Dates([first], problem, doubt=first.doubt)
    own = next((index for index, when in enumerate(listing.whens) if _same_day(when.start, first.start)), None)
    if own is None:  # "Sign-ups open June 1. Races on June 10 and June 17.": the list, held for a moderator
        doubt = LIST_EVIDENCE.format(first=_day_text(first.start))
        return Dates(listing.whens, problem, doubt=doubt, cut=listing.cut)
    return Dates(listing.whens, problem, own=own, cut=listing.cut)


def _day_text(moment: dt.date) -> str:
    return (moment.date() if isinstance(moment, dt.datetime) else moment).isoformat()


def _same_day(one: dt.date, other: dt.date) -> bool:
    first = one.date() if isinstance(one, dt.datetime) else one
    second = other.date() if isinstance(other, dt.datetime) else other
    return first == second


def scheduled_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The item's pubDate as the event's start, in a feed of events (``is_event_feed``) when it is later than
    both the feed's own build time and the fetch: no feed publishes an article after it was written, nor one
    dated in the future. A feed with no build time: only an item whose own page is an event's (/events/,
    /calendar/), or any item of a feed whose items mostly give their events' dates in event elements
    (``dated_feed``), dated well after the fetch (``FUTURE_MARGIN``). None otherwise (a stale lastBuildDate, a
    clock a little off, a news feed, future dates alone)."""
    published = stamp_of(entry, "published_parsed")
    if not info.event_feed or published is None or info.post_stamps:  # posts' stamps: _feed_post_stamps
        return None
    if info.built is None:
        # No build time to compare with: the item itself must say it is an event (its page is an event's, or the
        # feed's items are events by their own dates), and its date be later than any clock written in local time
        # but labelled GMT could put a publication.
        sure = info.programme is not None and info.programme.sure  # its pubDates a programme's (pubdate_programme)
        if not (info.dated or sure or event_page(entry.get("link")) or event_page(entry.get("id"))):
            return None
        return _pubdate_when(entry, published, info) if published > info.now + FUTURE_MARGIN else None
    if published <= max(info.built, info.now) + SCHEDULED_MARGIN:
        return None
    return _pubdate_when(entry, published, info)


def _pubdate_when(entry: Mapping[str, Any], published: dt.datetime, info: FeedInfo, end: dt.date | None = None) -> When:
    """A pubDate read as the event's start, in the feed's zone. One written at midnight of the feed's own zone
    ("Mon, 17 Jun 2019 00:00:00 -0700" in a Pacific feed) is a day: calendars write an all-day event's start so;
    at the clock the item's words write beside that day ("Samstag, 16.11.I 20.00": _feed_day_clock)."""
    texts = [entry.get("title"), plain_text(item_description(entry))]  # their clocks tell Ruby's "-0000" UTC
    naive = naive_pubdate(
        entry.get("published"), info.zone, texts
    )  # "-0000": the feed's wall clock (_feed_naive_pubdate)
    start = naive or (published.astimezone(info.zone) if info.zone else published)
    if end is None and _local_midnight(entry.get("published"), info, texts):
        day = make_when(start.date(), None, zone=info.zone, exclusive_end=False)
        return day_at_clock(day, [clean(entry.get("title")), plain_text(item_description(entry))], info.zone)
    return make_when(start, end, zone=info.zone, exclusive_end=False)


def _local_midnight(written: Any, info: FeedInfo, texts: list[str | None]) -> bool:
    """Whether a pubDate as written is 00:00 in an offset that is the feed's zone's at that moment."""
    if info.zone is None or not isinstance(written, str):
        return False
    if (naive := naive_pubdate(written, info.zone, texts)) is not None:
        return naive.time() == dt.time(0, 0)
    moment = read_moment(written.strip()[:100], None)
    if not isinstance(moment, dt.datetime) or moment.tzinfo is None or moment.time() != dt.time(0, 0):
        return False
    return moment.utcoffset() == moment.astimezone(info.zone).utcoffset()


def ended_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """In a feed whose pubDates are its events' starts (``pubdate_ends``), the item's pubDate and its end."""
    published = stamp_of(entry, "published_parsed")
    if published is None:
        return None
    end_text = local_value(entry, PAIRED_END_NAMES)
    end = read_moment(end_text, info.zone) if end_text else None
    return _pubdate_when(entry, published, info, end if isinstance(end, dt.datetime) and end > published else None)


def occurrence_whens(texts: list[tuple[str, str | None]], info: FeedInfo) -> list[When]:
    """The sessions an item's element lists (``_feed_tree.occurrences``), each read as an event element is; []
    unless at least two of them read."""
    whens = []
    for start_text, end_text in texts:
        start = read_moment(start_text, info.zone)
        if start is None:
            continue
        end = read_moment(end_text, info.zone) if end_text else None
        whens.append(make_when(start, end, zone=info.zone, exclusive_end=False))
    return whens if len(whens) >= 2 else []


def markup_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The start (and end) an item's body gives in HTML <time datetime> elements: the first readable value, and
    the next one when it is later."""
    markup = (item_description(entry) or "")[:MAX_MARKUP_SCAN]
    moments = []
    for value in itertools.islice(_TIME_ELEMENT.finditer(markup), 8):
        moment = read_moment(html.unescape(value.group(1)), info.zone)
        if moment is not None:
            moments.append(moment)
    if not moments:
        return None
    start, end = moments[0], next((moment for moment in moments[1:] if _later(moment, moments[0])), None)
    return make_when(start, end, zone=info.zone, exclusive_end=False)


def _later(one: dt.date, other: dt.date) -> bool:
    if isinstance(one, dt.datetime) != isinstance(other, dt.datetime):
        return False
    return one > other


def _programme_dates(entry: Mapping[str, Any], info: FeedInfo, programme: Programme, problem: str | None) -> Dates:
    """The item's pubDate as its start, in a feed whose pubDates are a programme: sure, or held."""
    published = stamp_of(entry, "published_parsed")
    if published is None:
        return Dates([], problem)
    when = utc_day(_pubdate_when(entry, published, info), info)  # day stamps at midnight UTC: _feed_utc_days
    evidence = PROGRAMME_EVIDENCE.format(published=entry.get("published"), signs=programme.evidence)
    if programme.sure:
        return Dates([when], problem, scheduled=evidence)
    return Dates([when], problem, doubt=evidence + PROGRAMME_DOUBT)


def dated_feed(entries: Sequence[Any], info: FeedInfo) -> bool:
    """Whether at least half of the feed's items give their event's dates in an event namespace's elements
    (ev:startdate, xcal:dtstart, gd:when): a feed whose items are events by their own data, so that an item of it
    with only a pubDate later than the fetch is dated by it, not published (``scheduled_when``)."""
    items = [entry for entry in entries if isinstance(entry, Mapping)]
    dated = sum(1 for entry in items if structured_when(entry, info)[0] is not None)
    return bool(items) and 2 * dated >= len(items)


def structured_when(entry: Mapping[str, Any], info: FeedInfo) -> tuple[When | None, str | None]:
    """The date from the event namespaces, in order of preference; else None and why (an unreadable value)."""
    gd_when = info.field(entry, GDATA, "when")
    candidates = (
        ("xcal:dtstart", text_field(info.field(entry, XCAL, "dtstart")), info.field(entry, XCAL, "dtend"), True),
        (
            "ev:startdate",
            text_field(info.field(entry, EVENT_MODULE, "startdate")),
            info.field(entry, EVENT_MODULE, "enddate"),
            False,
        ),
        ("gd:when", attribute(gd_when, "starttime"), attribute(gd_when, "endtime"), True),
    )
    problem = None
    for field, start_value, end_value, exclusive_end in candidates:
        if not start_value:
            continue
        start = read_moment(start_value, info.zone)
        if start is None:
            problem = problem or BAD_DATE.format(value=start_value, field=field)
            continue
        end = read_moment(text_field(end_value), info.zone) if end_value else None
        return make_when(start, end, zone=info.zone, exclusive_end=exclusive_end), None
    return None, problem


def extension_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The date from an event feed's own elements (by local name): ISO values, else prose; either read with
    the item's times when the date has none ("2024-04-05" or "March 28, 2026" and "9:30 AM - 12:00 PM")."""
    start_text = local_value(entry, START_NAMES)
    if start_text is None:  # "<date_from>01/05/2022</date_from>", "<date_to>…": _feed_from_to
        return from_to_when(entry, info.zone) or _dated_time_when(entry, info)
    parts = day_and_clocks(entry, START_NAMES, END_NAMES, info.zone)  # LibCal: the day and the clocks apart
    if parts is not None:
        return parts
    times = _with_end_clock(local_value(entry, TIME_NAMES), entry)
    start = read_moment(start_text, info.zone) or slash_moment(start_text, info.zone)
    if start is None:
        span = day_span(start_text, info.zone, _reference(entry, info))  # "October 3, 2026 - October 4, 2026"
        if span is not None:
            timed = _timed_days(*span, times, info) if times else None
            return timed or make_when(*span, zone=info.zone, exclusive_end=False)
        written = f"{start_text} {times}" if times else start_text
        when = text_when([written], zone=info.zone, reference=_reference(entry, info))
        return _with_prose_end(when, local_value(entry, END_NAMES), entry, info)
    end_text = local_value(entry, END_NAMES)
    end = (read_moment(end_text, info.zone) or slash_moment(end_text, info.zone)) if end_text else None
    if times and (days := days_of(start, end)) is not None:  # "Sat, 08 Aug 2026 00:00:00 GMT": the day
        start, end = days
    if times and not isinstance(start, dt.datetime):
        timed = _timed_days(start, end, times, info)
        if timed is not None:
            return timed
    return make_when(start, end, zone=info.zone, exclusive_end=False)


# The end's twin of a time-named element (event_time / event_end_time, start_time / end_time).
END_TIME_NAMES = ("event_end_time", "eventendtime", "end_time", "endtime", "endhour", "end_hour")
# One clock, alone: "7:00 am", "19:30", "9 p.m." (a start-time or end-time element's whole text).
LONE_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?", re.IGNORECASE)


def _with_end_clock(times: str | None, entry: Mapping[str, Any]) -> str | None:
    """A start-time element's lone clock with its end-time twin's ("7:00 am" and ``<endtime>9:30 am``, NYC-style
    parks feeds): one range, "7:00 am - 9:30 am", read with the day as a range in prose is. A start-time element that
    already holds a range, or an end-time element that is more than a clock (a date), is left as it was."""
    if not times or not LONE_CLOCK.fullmatch(times.strip()):
        return times
    end_clock = local_value(entry, END_TIME_NAMES)
    if not end_clock or not LONE_CLOCK.fullmatch(end_clock.strip()):
        return times
    return f"{times.strip()} - {end_clock.strip()}"


def _dated_time_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """An item with no start-named element whose time-named element holds a whole date or a date-time rather
    than a clock (WordPress Sugar Calendar: ``<event_time>2026-04-25</event_time>`` beside
    ``<event_end_time>2026-04-26</event_end_time>``): that is the start, its end-named twin the end. A clock
    alone ("19:00", "7:00 PM - 9:00 PM") is no date and leaves the item to the other readings."""
    text = local_value(entry, TIME_NAMES)
    start = read_moment(text, info.zone) if text else None
    if start is None:
        return None
    end_text = local_value(entry, END_TIME_NAMES)
    end = read_moment(end_text, info.zone) if end_text else None
    return make_when(start, end, zone=info.zone, exclusive_end=False)


def _with_prose_end(when: When | None, end_text: str | None, entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """A start element's day in prose ("2nd Oct 2031") with an end element's day in prose ("3rd Oct 2031"): the
    event runs to that day. Only whole days, an end read as one day after the start, and a start with no end yet."""
    if when is None or not end_text or when.end is not None or not when.all_day:
        return when
    end = text_when([end_text], zone=info.zone, reference=_reference(entry, info))
    if end is None or not end.all_day or end.end is not None or not end.start > when.start:
        return when
    return make_when(when.start, end.start, zone=info.zone, exclusive_end=False)


def _timed_days(first: dt.date, last: dt.date | None, times: str, info: FeedInfo) -> When | None:
    """ISO dates with the times a separate element gives ("2024-04-05", "7:00 PM - 9:00 PM"), or None when the
    times cannot be read. The first day is written out and read as a date in prose is; a later last day ends
    at the end time (or the start time) of that day."""
    when = text_when(
        [f"{first:%B} {first.day}, {first.year} {times}"], zone=info.zone, reference=info.fallback_reference
    )
    if when is None or when.all_day or not isinstance(when.start, dt.datetime):
        return None
    if last is not None and not isinstance(last, dt.datetime) and last > first:
        clock = when.end if isinstance(when.end, dt.datetime) else when.start
        end = dt.datetime.combine(last, clock.timetz().replace(tzinfo=None), tzinfo=when.start.tzinfo)
        return dataclasses.replace(when, end=end)
    return when


def title_when(title: str | None, info: FeedInfo) -> When | None:
    """A title that is an ISO or numeric date or date-time ("2024-03-02 20:00", "3/2/2024 8:00 PM"): the item's
    start. A date in prose is read by text_when. Every title is_date_title calls a date is read by one of them."""
    if not title or not is_date_title(title, PROSE_DATE):
        return None
    start = read_moment(title.strip(), info.zone) or slash_moment(title, info.zone)
    return make_when(start, None, zone=info.zone, exclusive_end=False) if start is not None else None


def _published(entry: Mapping[str, Any], info: FeedInfo) -> dt.datetime | None:
    """When the item says it was published (its pubDate, else its updated time), in the feed's zone, or None."""
    for key in ("published_parsed", "updated_parsed"):
        stamp = stamp_of(entry, key)
        if stamp is not None:
            return stamp.astimezone(info.zone or dt.UTC)
    return None


def _reports(published: dt.datetime, *, validity: bool = False) -> Callable[[When, re.Match[str]], bool]:
    """Whether a date read from a news post's text is a day it reports (``_feed_not_event_dates.reported_day``),
    or, with ``validity``, the day something takes effect (``_feed_valid_from.valid_from``)."""
    return lambda when, match: (
        reported_day(when.start, when.all_day, published, match)
        or release_day(match.string, match.start())  # "a comeback with a new song on January 14th": _feed_release_day
        or (validity and valid_from(match.string, match.start()))
        # a day at 11:59 pm: when a measure takes effect or lapses (_feed_last_minute)
        or at_last_minute(match, when.start)
    )


def _reference(entry: Mapping[str, Any], info: FeedInfo) -> dt.datetime:
    """What a date without a year is relative to: the start of the day the item was published.

    Here the publication date only says which "December 5" is meant; it becomes the event's date only in
    ``scheduled_when``'s case (a feed of events dating an item after its own build time and the fetch).
    """
    for key in ("published_parsed", "updated_parsed"):
        # Read as stored (stamp_of): feedparser answers a missing "updated_parsed" with a DeprecationWarning.
        stamp = stamp_of(entry, key)
        if stamp is not None:  # a stale pubDate in a feed of events: its build day (_feed_stale_pubdate)
            moment = stamp.astimezone(info.zone or dt.UTC)
            return stale_reference(stamp, info) or moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return info.fallback_reference
