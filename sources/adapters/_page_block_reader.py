"""Reading one event-like block (a card, found by _page_cards.event_blocks): its start and end, its own page's link,
its tickets, documents and image (BlockReader). Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import zoneinfo
from typing import Any
from urllib.parse import urlsplit

from sources.adapters import _page_dates as dates
from sources.adapters._page_aria import card_label_clock
from sources.adapters._page_card_dates import (
    HEAD_REACH,
    RANGE_HEAD,
    RANGE_TAIL,
    TEXT_DATE,
    clock,
    day_range,
    ending,
    with_weekday,
)
from sources.adapters._page_card_other_dates import own_times, without_other_lines
from sources.adapters._page_cards import ISO_DATE, MAX_NAME_LENGTH, heading_of, numeric_dates, prose_around
from sources.adapters._page_clock_icons import clock_icon_line
from sources.adapters._page_clock_word_lines import clock_word_line
from sources.adapters._page_daily_hours import DAILY_HOURS, blanked, daily_hours
from sources.adapters._page_dated_ends import clock_end, find_clock_until
from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_day_pairs import paired_run
from sources.adapters._page_doors_lines import closing_time, show_lines_first
from sources.adapters._page_house_hours import show_past_house_hours
from sources.adapters._page_intl import intl_clock
from sources.adapters._page_iso_days import iso_days
from sources.adapters._page_label_runs import labelled_run
from sources.adapters._page_lines import show_time_line
from sources.adapters._page_nav_links import is_taxonomy_link
from sources.adapters._page_nightly_runs import nightly_run
from sources.adapters._page_ongoing_runs import ongoing_run
from sources.adapters._page_other_day_clocks import other_days_line
from sources.adapters._page_place_clock import place_line_clock
from sources.adapters._page_restated_day import restated_clock
from sources.adapters._page_schedule import POSTING
from sources.adapters._page_short_years import centuries_written
from sources.adapters._page_time_clocks import element_clocks, element_stamp
from sources.adapters._page_time_lines import card_time, label_rank
from sources.adapters._page_words import (
    DOCUMENT_FILE,
    DOCUMENT_WORD,
    without_deadlines,
)
from sources.adapters.common import parse_datetime, parse_text_datetime
from sources.adapters.webpage import absolute_url

DOORS = re.compile(r"\bdoors\b", re.IGNORECASE)


NEXT_LINE_TIME = "time read from the line under the date"


OTHER_LINE_TIME = "time read from another line of the card"
RESTATED_TIME = "time read where the card writes its day again"


# A card's link to buy or book its tickets ("Buy Tickets", "Get tickets", "Book now", "Billets", "Tickets →").
TICKET_LABEL = re.compile(
    r"^(?:(?:buy|get|book|purchase|order|reserve)\s+(?:your\s+)?)?(?:tickets?|billets?|entradas|karten)\b"
    r"|^(?:book|buy|reserve)(?:\s+now)?$|^(?:acheter|réserver)$",
    re.IGNORECASE,
)


EMPTY_TARGET = re.compile(r"/(?:null|undefined|none)/?(?:[?#].*)?$", re.IGNORECASE)  # a template's empty value


MAX_TICKET_LINKS = 40  # links looked at in one card for its tickets


LAST_MINUTE = dt.time(23, 59)  # a span from a midnight to this minute of a day is whole days


@dataclasses.dataclass(frozen=True, slots=True)
class Moments:
    start: dt.date
    end: dt.date | None
    evidence: str | None = None  # where a time not on the date's own line came from


class BlockReader:
    """Reads one block's event, in the page's zone, with year-less dates resolved from ``now``."""

    def __init__(
        self, *, zone: zoneinfo.ZoneInfo | None, now: dt.datetime, base: str | None, page: str | None = None
    ) -> None:
        self.zone = zone
        self.now = now
        self.base = base  # what relative links resolve against (a <base href> first)
        # The page's own address, which a link may be below or the same as: not a <base href> of the site's root
        # ("<base href=http://www.deventer.info/>" has every link of the site below it, its wishlist's too).
        self.page = page or base

    def moments(self, block: Any, text: str) -> Moments | None:
        """The block's start and end; a day with no time takes the time its title link's aria-label gives with
        that day (_page_aria)."""
        found = self.written_moments(block, text)
        if found is None or isinstance(found.start, dt.datetime) or found.end is not None:
            return found
        labelled_clock = card_label_clock(block, heading_of(block), found.start)
        if labelled_clock is None:
            restated = restated_clock(text, found.start, self.now.date())  # "Le mardi 15 septembre à 18 h 30"
            if restated is None:
                return found
            labelled_clock = (restated, RESTATED_TIME)
        hit, evidence = labelled_clock
        zone = self.zone or dt.UTC
        end = clock_end(found.start, hit, zone)
        return Moments(start=dt.datetime.combine(found.start, hit.start, tzinfo=zone), end=end, evidence=evidence)

    def written_moments(self, block: Any, text: str) -> Moments | None:
        # a <time> labelled as a deadline ("CFPs Due:") beside the card's own is neither (_page_card_other_dates)
        stamps = [element_stamp(node, self.zone) for node in own_times(list(block.iterfind(".//time[@datetime]")))]
        found = [stamp for stamp in stamps if stamp is not None]
        if found:
            start = self.with_clock(found[0], text)
            # the start's own <time> again (a date badge, then the time range "8:00 AM - 5:00 PM") is no end
            rest = [stamp for stamp in found[1:] if stamp != start]
            end = rest[0] if rest and type(rest[0]) is type(start) and rest[0] > start else None
            if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
                end = end.astimezone(start.tzinfo)
                if start.time() == dt.time(0) and end.time() >= LAST_MINUTE:  # "T00:00:00" to "T23:59:59": days
                    return Moments(start=start.date(), end=end.date())
            if end is None and not isinstance(found[0], dt.datetime):
                clocks = element_clocks(block, self.zone or dt.UTC)
                if clocks is not None and clocks[0].date() == found[0]:
                    return Moments(start=clocks[0], end=clocks[1])
                return self.written_range(found[0], start, labelled_dates(block) + text)
            return Moments(start=start, end=end)
        return self.text_moments(labelled_dates(block) + without_other_lines(text))

    def written_range(self, day: dt.date, start: dt.date, text: str) -> Moments:
        """A date-only <time> whose words write that day's range ("March 4 @ 7:00 pm - 9:00 pm", "March 26 @ 8:00 am -
        March 28 @ 5:00 pm"): the words' start and end, when the words' first date is the element's own day and
        their start agrees with the time read beside it; else the element's day with that time and no end."""
        try:
            written = self.text_moments(text)
        except (ValueError, OverflowError):
            return Moments(start=start, end=None)
        if written is None or written.end is None:
            return Moments(start=start, end=None)
        same_day = written.start.date() == day if isinstance(written.start, dt.datetime) else written.start == day
        agrees = start == written.start or not isinstance(start, dt.datetime) or type(written.start) is dt.date
        if not same_day or not agrees or type(written.start) is not type(start):
            return Moments(start=start, end=None)
        return written

    def with_clock(self, moment: dt.date, text: str) -> dt.date:
        """A date-only <time> plus a time written next to it ("<time datetime=2026-12-12>Sat 12 Dec</time> 8pm")."""
        if isinstance(moment, dt.datetime):
            return moment
        time_of_day = clock(text)
        if time_of_day is None:  # "11h", "19 Uhr", "kl. 19.00": as Europe writes a time (_page_intl.intl_clock)
            written = intl_clock(text)
            time_of_day = dt.time(written[0], written[1]) if written is not None else None
        if time_of_day is None:
            return moment
        return dt.datetime.combine(moment, time_of_day, tzinfo=self.zone or dt.UTC)

    def text_moments(self, text: str) -> Moments | None:
        """The first date in ``text`` with its time: on the date's line, else on another short line of the block
        ("Sat 12 Dec" on one line, "Doors 7:30pm" or "5–8 p.m." on another; a range gives the end, its meridiem
        the start), never from a sentence nor a deadline's or an office's line ("Register by 5 p.m."). A year-less date ranging to a dated one ("January 6 – March 15,
        2026") is one event from the first day to the last."""
        text = centuries_written(text, self.now.date())  # "1 Oct 26": a card's two-digit year (_page_short_years)
        iso = ISO_DATE.search(text)
        if iso and (days := iso_days(text, iso, self.zone or dt.UTC, self.time_of)) is not None:
            return Moments(*days)
        if iso:
            parsed_iso = parse_datetime(iso.group(0), tz=self.zone)
            return Moments(start=parsed_iso, end=None) if parsed_iso is not None else None
        match = TEXT_DATE.search(text)
        if not match:
            return self.numeric_moments(text)
        day, month = match.group("day") or match.group("day2"), match.group("month") or match.group("month2")
        first = self.day_of(day, month, match.group("year"))
        if first is None:
            return None
        if not match.group("year"):
            first = with_weekday(first, text[max(0, match.start() - 12) : match.start()])
        ranged = day_range(first, text, match)
        if ranged is not None:
            tail = RANGE_TAIL.match(text, match.end())  # the last day's number is no hour
            if not match.group("year") and not (tail and tail.group("year")):  # "Sep 13 ~ Sep 27", on now
                ranged = ongoing_run(*ranged, self.now.date())
            hours = self.time_of(blanked(text, match.end(), tail.end()) if tail else text, match)
            written = (text, match, tail.end() if tail else None)  # "17-28 June, 19:30": evenings (_page_nightly_runs)
            if (nightly := nightly_run(ranged, hours[0] if hours else None, written, self.zone or dt.UTC)) is not None:
                return Moments(*nightly)
            return self.over_days(ranged[0], ranged[1], hours[0] if hours else None)
        found = self.time_of(text, match)
        if found is None:
            run = labelled_run(first, text) if not match.group("year") else None  # _page_label_runs
            return Moments(start=first, end=None) if run is None else Moments(start=run[0], end=run[1])
        hit, evidence = found
        zone = self.zone or dt.UTC
        start = dt.datetime.combine(first, hit.start, tzinfo=zone)
        return Moments(start=start, end=clock_end(first, hit, zone), evidence=evidence)

    def numeric_moments(self, text: str) -> Moments | None:
        """A date as other languages write it ("2026/08/12 - 2026/08/14", "18.07.", "2026年8月12日"), with a
        range's last day, else a time on the date's own line ("17.3.2030 19.00")."""
        hits = numeric_dates(text, self.now.date())
        if not hits:
            return None
        hit = hits[0]
        line_end = text.find("\n", hit.end)
        found = find_clock(text[hit.end : line_end if line_end >= 0 else len(text)], dated=True)
        evidence = None
        if found is None:  # a time alone on another line of the card ("<td>19:00</td>" in its table)
            # "Beginn" over "17:30", not "Einlass"; "Show: 9:00 PM" as "9:00 PM"
            found, evidence = (
                card_time([show_time_line(clock_icon_line(line)) for line in text.splitlines()]),
                OTHER_LINE_TIME,
            )
            found = found or clock_word_line(text.splitlines())  # "Kierrokset: Klo 18.00 - n. 21.30" (pages119)
            found = found or place_line_clock(text.splitlines(), text.count("\n", 0, hit.start))  # left35
        if hit.end_date is not None:
            return self.over_days(hit.date, hit.end_date, found)
        pair = paired_run(hit.date, text, hit.start)  # "Samedi 3 et Dimanche 4 Décembre": both days (left42)
        if pair is not None:
            return self.over_days(pair, hit.date, found)
        if found is None:
            return Moments(start=hit.date, end=None)
        zone = self.zone or dt.UTC
        end = clock_end(hit.date, found, zone)
        return Moments(start=dt.datetime.combine(hit.date, found.start, tzinfo=zone), end=end, evidence=evidence)

    def over_days(self, first: dt.date, last: dt.date, hours: ClockHit | None) -> Moments:
        """A run of days, from the first day's hour to the last day's end when ``hours`` are each day's
        (_page_daily_hours), else the days alone."""
        moments = daily_hours(first, last, hours, self.zone or dt.UTC)
        if moments is None or hours is None:
            return Moments(start=first, end=last)
        return Moments(*moments, evidence=DAILY_HOURS.format(start=hours.start, end=hours.end))

    def day_of(self, day: str, month: str, year: str | None) -> dt.date | None:
        words = " ".join(part for part in (day, month, year) if part)
        parsed = parse_text_datetime(words, tz=self.zone, now=self.now, languages=["en"])
        return parsed.date() if parsed is not None else None

    @staticmethod
    def time_of(text: str, match: re.Match[str]) -> tuple[ClockHit, str | None] | None:
        # The date itself blanked out: its day is no hour ("Dec 12 - 8pm" is not noon to 8). A time the date led
        # into as the doors' ("Dec 12 · Doors 7pm / Show 8pm") is read with its words: the show's is the start.
        date_end = match.start("time") if match.group("time") else match.end()
        doors = DOORS.search(text, match.start(), date_end) if match.group("time") else None
        date_end = doors.start() if doors else date_end
        head = (
            RANGE_HEAD.search(text, max(0, match.start() - HEAD_REACH), match.start()) if match.group("day") else None
        )
        begin = head.start() if head else match.start()  # "17–18 June, 19:30": the first day is no hour (left32)
        blanked = text[:begin] + " " * (date_end - begin) + text[date_end:]
        date_line = text.count("\n", 0, match.start())
        lines = blanked.split("\n")
        # the date's own line, then a start's label ("Show: 8:00 pm") before a plain time before the doors' ("Doors:
        # 7:00 pm /" on the line above it)
        others = sorted(
            (index for index in range(len(lines)) if index != date_line), key=lambda i: label_rank(lines[i])
        )
        # "Doors 7:00 PM" on the date's line, "Show 8:00 PM" under it: the show's first (_page_doors_lines)
        order = show_lines_first(lines, [date_line, *others], date_line, find_clock_until)
        pending: dt.time | None = None  # an end read before any start
        for index in order:
            line = without_deadlines(lines[index])  # "Register by 5 p.m.", "Registration 6:30 pm, show 7:30 pm"
            posted = POSTING.search(line)  # "Sep 4, 2024 — Posted Aug 30, 2024 10:49 AM": the posting's time
            line = line[: posted.start()] if posted else line
            hit = find_clock_until(line)  # with the end a range writes with its own date
            dotted = clock(line) if hit is None else None  # "7.30pm", which find_clock leaves
            hit = ClockHit(dotted, None, (0, 0)) if dotted is not None else hit
            if index != date_line and (
                prose_around(line, hit) or other_days_line(line, text[match.start() : date_end])
            ):
                continue  # prose's clock; another day's ("10 June 2031 · 08:12" under "… on Monday 16 June")
            if hit is not None and hit.start is not None:
                hit = show_past_house_hours(line, hit) or hit  # "Bar open 5pm-2am. Show 8pm" (_page_house_hours)
                start, end = (None, hit.start) if closing_time(line, hit) else ending(line, hit)
                if start is None:  # an end alone ("(ends 11:00 pm)"): a start may be on another line
                    pending = pending or end
                    continue
                end = end or dates.range_end(start, pending)
                evidence = None if index == date_line else NEXT_LINE_TIME if index == date_line + 1 else OTHER_LINE_TIME
                kept = end == hit.end  # the range's own end, with the day it names or writes
                return ClockHit(start, end, hit.span, hit.days if kept else 0, hit.until if kept else None), evidence
        return None

    def link(self, block: Any, heading: Any) -> str | None:
        """The heading's link, else the block's (a whole card may be one <a>), else its first link."""
        return self.own_link(block, heading, fallback=True)

    def own_link(self, block: Any, heading: Any, *, fallback: bool = False) -> str | None:
        """The link that is the event's own page: the heading's, the block's, or one below the listing's page;
        with ``fallback``, else the block's first link (which may be a ticket seller's: a card a script opens)."""
        candidates = [
            next(heading.iterfind(".//a[@href]"), None),
            next((node for node in heading.iterancestors("a") if node.get("href")), None),
            block if block.tag == "a" else None,
            next((node for node in block.iterfind(".//a[@href]") if self.under_page(node.get("href"))), None),
            *(itertools.islice(block.iterfind(".//a[@href]"), MAX_TICKET_LINKS) if fallback else ()),
        ]
        for anchor in candidates:
            url = absolute_url(anchor.get("href"), self.base) if anchor is not None else None
            # A notice's PDF is a document of the event, not its page; a link back to the listing itself, to an
            # anchor on it ("/agenda/#fakear"), is no page of the event's: the card's next link may be.
            # (A share button is no link by now: _page_prepare.share_buttons_as_text.)
            if url and not DOCUMENT_FILE.search(url) and not self.listing_itself(url) and not only_a_document(anchor):
                if anchor is block or not is_taxonomy_link(" ".join(anchor.text_content().split()), url):
                    return url  # a tag's or a category's link ("Music" to /events/category/music/) is no event's page
        return None

    def listing_itself(self, url: str) -> bool:
        """Whether ``url`` is the page being read, but for a fragment."""
        if not self.page:
            return False
        return bool(url.split("#", 1)[0].rstrip("/") == self.page.split("#", 1)[0].rstrip("/"))

    def documents(self, block: Any) -> list[dict[str, str]]:
        """The block's documents ("Meeting Notice (PDF)", "Agenda"): links to files, labelled by their own text."""
        found: list[dict[str, str]] = []
        for index, anchor in enumerate(block.iterfind(".//a[@href]")):
            if index >= MAX_TICKET_LINKS:
                break
            target = absolute_url(anchor.get("href"), self.base)
            if not target or not (DOCUMENT_FILE.search(target) or only_a_document(anchor)):
                continue
            if any(link["url"] == target for link in found):
                continue
            # The link's own words, before a screen reader's span ("Meeting Notice (PDF)<span> for the …</span>")
            label = " ".join((anchor.text or "").split()) or " ".join((anchor.text_content() or "").split())
            found.append({"label": label[:MAX_NAME_LENGTH] or "Document", "url": target})
        return found

    def tickets(self, block: Any, heading: Any) -> list[dict[str, str]]:
        """The card's ticket links ("Buy Tickets", "Get tickets", "Book now"), as labelled links: not the event's
        own page, nor a template's empty target ("/tickets/seats/null"). A card without a page of its own (one a
        script opens in a modal) keeps its "Buy Tickets" link, though its first link stands in for its page."""
        own = self.own_link(block, heading)
        found: list[dict[str, str]] = []
        for index, anchor in enumerate(block.iterfind(".//a[@href]")):
            if index >= MAX_TICKET_LINKS:
                break
            label = " ".join((anchor.text_content() or "").split())
            target = absolute_url(anchor.get("href"), self.base)
            if not target or target == own or not TICKET_LABEL.match(label) or EMPTY_TARGET.search(target):
                continue
            if all(link["url"] != target for link in found):
                found.append({"label": label, "url": target})
        return found

    def under_page(self, href: str | None) -> bool:
        """A link to a page below the listing's own ("/local-events" -> "/local-events/events/805"): the
        event's page, where a card's first link may be a map or a ticket seller."""
        url = absolute_url(href, self.base) if href else None
        if not url or not self.page:
            return False
        listing = urlsplit(self.page)
        target = urlsplit(url)
        below = listing.path.rstrip("/") + "/"
        return target.netloc == listing.netloc and target.path.startswith(below) and target.path != below

    def image(self, block: Any) -> str | None:
        for image in block.iterfind(".//img[@src]"):
            url = absolute_url(image.get("src"), self.base)
            if url:
                return url
        return None


def labelled_dates(block: Any) -> str:
    """The dates a block writes only in an aria-label ("<div aria-label="May  6 2026">May 6</div>"), each on a
    line of its own ahead of the block's text: the label holds the year the visible text leaves out."""
    labels = []
    for node in block.iterfind(".//*[@aria-label]"):
        label = " ".join((node.get("aria-label") or "").split())
        match = TEXT_DATE.search(label)
        if match and match.group("year"):
            labels.append(label + "\n")
    return "".join(labels[:1])


def only_a_document(anchor: Any) -> bool:
    """A link whose words are only a meeting document's name ("Agenda", "Minutes", "Agenda Packet"): one of the
    meeting's documents, though its address names no file ("/AgendaCenter/ViewFile/Agenda/_09042024-1447")."""
    text = " ".join((anchor.text_content() or "").split())
    return bool(text) and len(text) <= DOCUMENT_NAME and DOCUMENT_WORD.fullmatch(text) is not None


DOCUMENT_NAME = 40  # a document's name is short
