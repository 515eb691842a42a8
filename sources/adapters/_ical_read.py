"""Reading iCalendar text: decoding, repairing what is commonly broken, parsing. Pure.

See ics.py's docstring for what is repaired rather than refused.
"""

from __future__ import annotations

import re
import warnings

import icalendar
from icalendar.parser.content_line import NEWLINE, UFOLD, Contentline, Contentlines
from icalendar.parser.parameter import Parameters
from icalendar.parser.string import validate_token

from sources.adapters.base import AdapterError
from sources.decoding import decode_document

UNPARSABLE = "Unreadable iCalendar data: {error}"
TOO_DEEP = "Calendar components nested more than {limit} deep: not read (real calendars nest three or four)."
# VCALENDAR > VEVENT > VALARM is three deep, VCALENDAR > VTIMEZONE > STANDARD too; real files never go
# further. Thousands of nested BEGIN:VEVENT cost icalendar gigabytes and a minute, so they are refused
# before it parses anything.
MAX_COMPONENT_DEPTH = 8
PARSE_ERRORS = (ValueError, KeyError, IndexError, TypeError)
_LINE_BREAK = re.compile(r"\r\n?")
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\n.*?^END:VTIMEZONE[ \t]*(?:\n|$)", re.IGNORECASE | re.MULTILINE | re.DOTALL)
# An RRULE or EXRULE content line, with its folded continuation lines, when its value holds a space.
_RULE_LINE = re.compile(r"^((?:RRULE|EXRULE)[^:\n]*):((?:[^\n]*)(?:\n[ \t][^\n]*)*)$", re.IGNORECASE | re.MULTILINE)
_RULE_SPACE = re.compile(r"\s+")
_COMPONENT_EDGE = re.compile(r"^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def decode_calendar(payload: bytes) -> str:
    """Text of a calendar with LF line ends: a byte-order mark (UTF-8/16/32) is honoured, else UTF-8.

    Invalid bytes are replaced rather than failing the whole feed. icalendar splits lines on LF, so a lone
    CR (classic Mac exports) would make the file one long line.
    """
    return _LINE_BREAK.sub("\n", decode_document(payload))


def read_calendars(content: str) -> list[icalendar.Calendar]:
    """The calendars in the text, repairing what is commonly broken (see the module docstring)."""
    check_nesting(content)
    content = tidy_rules(close_calendar(content))
    try:
        return _from_ical(content)
    except PARSE_ERRORS as exc:
        first_error: Exception = exc
    repaired = drop_broken_timezones(content)
    if repaired != content:
        try:
            return _from_ical(repaired)
        except PARSE_ERRORS:
            pass  # report the original problem, not one the repair may have caused
    raise AdapterError(UNPARSABLE.format(error=first_line(first_error))) from first_error


def _from_ical(content: str) -> list[icalendar.Calendar]:
    with warnings.catch_warnings():
        # Guessing "Europe/Paris" from Evolution's "/freeassociation.sourceforge.net/Europe/Paris" is the
        # reading we want; icalendar warns about it, and warnings must not fail a feed.
        warnings.simplefilter("ignore", icalendar.GloballyUniqueTZIDGuessed)
        # What Calendar.from_ical(content, multiple=True) does, the content lines split as Contentlines.from_ical
        # splits them, into _Line (its parser takes a list of lines in place of the text). Never the text itself:
        # icalendar reads a one-line string as a file's path when such a file exists.
        lines = Contentlines(_Line(line) for line in NEWLINE.split(UFOLD.sub("", content)) if line)
        lines.append("")  # type: ignore[arg-type]  # as Contentlines.from_ical ends its list
        return list(icalendar.Calendar._get_ical_parser(lines).parse())  # type: ignore[arg-type]


class _Line(Contentline):
    """A content line whose name and value are read without icalendar's character-by-character walk of the whole line
    when nothing before its first colon can move where the line splits (no parameter, quote or backslash there):
    that is most lines (SUMMARY, DESCRIPTION, UID, ...), and the walk was a fifth of reading a calendar. The same
    name, value and an empty Parameters as icalendar's own reading; any other line, or a name it would refuse, is
    read by icalendar itself (the same parts, or the same error)."""

    __slots__ = ()

    def raw_parts(self) -> tuple[str, Parameters, str]:
        colon = self.find(":")
        if colon > 0:
            name = self[:colon]
            if ";" not in name and '"' not in name and "\\" not in name:
                if not self.strict:  # type: ignore[attr-defined]  # (a slot of Contentline)
                    name = name.strip().replace(" ", "").replace("\t", "")  # as re.sub(r"[ \t]+", "", …) there
                try:
                    validate_token(name)
                except ValueError:
                    return super().raw_parts()
                return name, Parameters(), self[colon + 1 :]
        return super().raw_parts()


def check_nesting(content: str) -> None:
    """Raise AdapterError when components nest deeper than MAX_COMPONENT_DEPTH: one cheap line scan."""
    depth = 0
    for match in _COMPONENT_EDGE.finditer(content):
        if match.group(1).upper() == "BEGIN":
            depth += 1
            if depth > MAX_COMPONENT_DEPTH:
                raise AdapterError(TOO_DEEP.format(limit=MAX_COMPONENT_DEPTH))
        else:
            depth = max(0, depth - 1)


def close_calendar(content: str) -> str:
    """Append END:VCALENDAR when it is the only thing missing (every other component is closed).

    A file cut inside a VEVENT is left alone: guessing where that event ended would invent data.
    """
    open_components: list[str] = []
    for match in _COMPONENT_EDGE.finditer(content):
        kind, name = match.group(1).upper(), match.group(2).upper()
        if kind == "BEGIN":
            open_components.append(name)
        elif open_components and open_components[-1] == name:
            open_components.pop()
    if open_components == ["VCALENDAR"]:
        return content.rstrip("\n") + "\nEND:VCALENDAR\n"
    return content


def tidy_rules(content: str) -> str:
    """RRULE/EXRULE values written with spaces ("BYDAY=MO, TU, WE", Exchange exports) without them: icalendar
    refuses the whole rule otherwise. The rule is unfolded onto one line; nothing else is touched."""

    def tidy(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2).replace("\n ", "").replace("\n\t", "")
        return f"{name}:{_RULE_SPACE.sub('', value)}"

    return _RULE_LINE.sub(tidy, content) if "RULE" in content.upper() else content


def drop_broken_timezones(content: str) -> str:
    """The text without the VTIMEZONE blocks icalendar cannot read (garbage offsets and the like)."""

    def keep_if_readable(match: re.Match[str]) -> str:
        try:
            _from_ical(f"BEGIN:VCALENDAR\n{match.group(0).rstrip()}\nEND:VCALENDAR\n")
        except PARSE_ERRORS:
            return ""
        return match.group(0)

    return _VTIMEZONE.sub(keep_if_readable, content)


def first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else repr(exc)
