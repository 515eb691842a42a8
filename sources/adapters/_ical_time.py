"""Dates, times and time zones of iCalendar data, read defensively. Pure.

Everything here answers None (or a reason) rather than raising for what a hostile or broken calendar
contains: a TZID naming a directory of the tz database ("Europe"), a 300-character TZID, 30 February,
an hour 25, year 1 in a zone whose offset would take it below ``datetime.min``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import zoneinfo

from icalendar.cal import Component
from icalendar.timezone import tzids_from_tzinfo
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# The longest IANA name is 32 characters; Windows names are a little longer. Past this it is not a zone name,
# and a long one would reach the file system (zoneinfo opens "<tzdata>/<name>": ENAMETOOLONG).
MAX_TZID_LENGTH = 64
_ZONE_KEY = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")
# TZID parameters (DTSTART;TZID="Europe/Paris":...) and the TZID property of a VTIMEZONE, on unfolded lines.
# Parameters are looked for only before a line's first colon outside quotes, never in a value (a DESCRIPTION
# may say ";TZID=Europe:"); a quoted parameter may hold a colon ("(UTC+01:00) Amsterdam, Berlin").
_PARAMETERS = re.compile(r'^([^:;\n]+)((?:;(?:[^:;"\n]|"[^"\n]*")*)+):', re.MULTILINE)
_TZID_PARAM = re.compile(r';TZID=(?:"([^"\n]*)"|([^;:\n]*))', re.IGNORECASE)
_TZID_PROPERTY = re.compile(r"^TZID((?:;[^:\n]*)?):(.*)$", re.IGNORECASE | re.MULTILINE)
_FOLD = re.compile(r"\n[ \t]")
# What an unreadable zone name is replaced with before icalendar sees it: unknown to every provider, so the
# event goes the way of any unknown TZID (the calendar's or source's zone, else quarantined). The nonce makes
# it unique per file: icalendar remembers a VTIMEZONE by its TZID for the whole process, and one file's
# "Europe" VTIMEZONE must not give another file's "Europe" events its offsets.
INVALID_TZID = "X-WHATSON-INVALID-TZID-{nonce}-{digest}"


def zone_or_none(name: object) -> zoneinfo.ZoneInfo | None:
    """The IANA zone of that name, or None when the name is missing, malformed or not a real zone.

    zoneinfo raises IsADirectoryError for "Europe" and OSError for an over-long name; neither is a zone.
    """
    if not name:
        return None
    key = str(name).strip()
    if len(key) > MAX_TZID_LENGTH or not _ZONE_KEY.fullmatch(key):
        return None
    try:
        return zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _reaches_file_system_badly(name: str) -> bool:
    """Whether looking the name up in the tz database would raise something icalendar does not expect."""
    if len(name) > MAX_TZID_LENGTH:
        return True
    try:
        zoneinfo.ZoneInfo(name.strip())
    except OSError:
        return True
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return False


def defuse_tzids(content: str) -> tuple[str, dict[str, str]]:
    """Unfold the text and replace zone names icalendar would crash on (it only expects "not found").

    Returns the new text and placeholder -> original name, so a refusal can quote what the file said.
    Unfolding first (RFC 5545 §3.1: a line break followed by one space or tab) lets a long TZID split over
    several lines be seen whole.
    """
    content = _FOLD.sub("", content)
    replaced: dict[str, str] = {}
    nonce = secrets.token_hex(6)
    names: dict[str, str] = {}  # a feed repeats its few zone names on every event: look each up once

    def placeholder(name: str) -> str:
        if name not in names:
            names[name] = name
            if _reaches_file_system_badly(name):
                token = INVALID_TZID.format(nonce=nonce, digest=hashlib.sha256(name.encode()).hexdigest()[:12])
                names[name] = token
                replaced[token] = name
        return names[name]

    def fix_param(match: re.Match[str]) -> str:
        name = match.group(1) if match.group(1) is not None else match.group(2)
        fixed = placeholder(name)
        return match.group(0) if fixed == name else f";TZID={fixed}"

    def fix_parameters(match: re.Match[str]) -> str:
        if "TZID" not in match.group(2).upper():
            return match.group(0)
        return f"{match.group(1)}{_TZID_PARAM.sub(fix_param, match.group(2))}:"

    def fix_property(match: re.Match[str]) -> str:
        return f"TZID{match.group(1)}:{placeholder(match.group(2))}"

    content = _PARAMETERS.sub(fix_parameters, content)
    content = _TZID_PROPERTY.sub(fix_property, content)
    return content, replaced


def iana_name(tzinfo: dt.tzinfo | None) -> str | None:
    """The IANA name of a zone: ZoneInfo's key, or the TZID of a VTIMEZONE when it is (or maps to) one.

    A VTIMEZONE named "Eastern Standard Time" (Outlook) maps to America/New_York; one with a made-up
    TZID still gives correct offsets, we just cannot name it.
    """
    key = getattr(tzinfo, "key", None)
    if key:
        return str(key)
    for tzid in tzids_from_tzinfo(tzinfo):
        zone = zone_or_none(WINDOWS_TO_OLSON.get(tzid, tzid))
        if zone is not None:
            return zone.key
    return None


def utc_key(value: dt.date | dt.datetime) -> str:
    """The occurrence part of an external id: UTC ISO time, or the ISO date of an all-day occurrence."""
    if isinstance(value, dt.datetime):
        moment = value.astimezone(dt.UTC) if value.tzinfo else value
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def moment(component: Component, name: str) -> dt.date | None:
    """A DTSTART-like property as a date or datetime; None when missing or unreadable.

    icalendar keeps an invalid value (30 February, hour 25) as a broken property that raises on access.
    """
    try:
        value = getattr(component.get(name), "dt", None)
    except ValueError:
        return None
    return value if isinstance(value, dt.date) else None


def broken(component: Component, name: str) -> str | None:
    """The raw text of a present but unreadable date property (for the refusal), else None."""
    prop = component.get(name)
    if prop is None or isinstance(prop, list) or moment(component, name) is not None:
        return None
    raw = getattr(prop, "to_ical", lambda: prop)()
    return (raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw))[:80]


def in_zone(value: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def as_datetime(value: dt.date | dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    return dt.datetime.combine(value, dt.time.min, tzinfo=zone)


def event_times(
    start: dt.date, end: dt.date | None, feed_zone: zoneinfo.ZoneInfo | None
) -> tuple[dt.date, dt.date | None, str | None]:
    """Start, end and zone name of an occurrence, in the shape of RawEvent."""
    if not isinstance(start, dt.datetime):
        # iCalendar's all-day DTEND is exclusive; ours is the last day, and None for one day.
        last_day = end - dt.timedelta(days=1) if end is not None and not isinstance(end, dt.datetime) else None
        return start, (last_day if last_day and last_day > start else None), (feed_zone.key if feed_zone else None)
    if start.tzinfo is None:  # floating with no zone known anywhere: read as UTC
        start = start.replace(tzinfo=dt.UTC)
    if isinstance(end, dt.datetime) and end.tzinfo is None:
        end = end.replace(tzinfo=start.tzinfo)
    if end == start or not isinstance(end, dt.datetime):  # no DTEND/DURATION: the library fills in zero length
        end = None
    return start, end, iana_name(start.tzinfo) or (feed_zone.key if feed_zone else None)
