"""_ical_read's content lines: a line with nothing before its first colon that could move the split is read without
icalendar's character walk, to the same parts; every other line, and every calendar, reads as icalendar reads it."""

from __future__ import annotations

import random
import warnings
from pathlib import Path

import icalendar
import pytest
from icalendar.parser.content_line import Contentline

from sources.adapters import _ical_read
from sources.adapters._ical_read import _Line

LINES = [
    "SUMMARY:Jazz Night",
    "DESCRIPTION:Doors at 7:30; bring a chair\\, or two\\nand a friend",
    "URL:https://example.org/e/1?a=b;c=d",
    "X-WR-TIMEZONE:America/Chicago",
    "summary:lower case name",
    " SUMMARY :spaces around the name",
    "SUM MARY:a space inside the name",
    "SUMMARY\t:a tab before the colon",
    "SUMMARY:",
    # hard negatives: read by icalendar itself (parameters, quotes, backslashes, no name, no colon, a bad name)
    "DTSTART;TZID=America/Chicago:20261201T190000",
    'ATTENDEE;CN="Doe: Jane";ROLE=CHAIR:mailto:jane@example.org',
    'X-THING;X-P="a;b":value',
    "DESC\\:RIPTION:an escaped colon in the name",
    ":a value without a name",
    "NAME-WITHOUT-COLON",
    "NAMÉ:a letter icalendar's token takes",
    "NA/ME:a character it refuses",
    "NAME;:an empty parameter section",
    "",
]


def _parts(cls: type[Contentline], line: str, *, strict: bool) -> tuple[object, ...]:
    try:
        name, params, value = cls(line, strict=strict).parts()
    except ValueError as exc:
        return ("error", str(exc))
    return (name, type(name), type(params), dict(params), value, type(value))


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("line", LINES)
def test_a_line_reads_as_icalendar_reads_it(line: str, strict: bool) -> None:
    assert _parts(_Line, line, strict=strict) == _parts(Contentline, line, strict=strict)


def test_random_lines_read_as_icalendar_reads_them() -> None:
    rng = random.Random(5)
    alphabet = ["A", "b", "-", "_", ".", " ", "\t", ":", ";", "=", '"', "\\", ",", "1", "é", "/"]
    for _ in range(20_000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert _parts(_Line, line, strict=False) == _parts(Contentline, line, strict=False), line


def test_the_quick_reading_is_taken_for_a_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the shortcut is for: a line without parameters never reaches icalendar's walk."""

    def walked(self: Contentline) -> None:
        raise AssertionError("icalendar's walk of the line")

    monkeypatch.setattr(Contentline, "raw_parts", walked)
    line = _Line("SUMMARY:Jazz; Night: Live")
    assert line.raw_parts()[0] == "SUMMARY"
    assert line.raw_parts()[2] == "Jazz; Night: Live"
    assert not line.raw_parts()[1]
    assert line.raw_parts()[1] is not line.raw_parts()[1]  # each property its own Parameters, as icalendar gives


def _library(content: str) -> list[icalendar.Calendar]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", icalendar.GloballyUniqueTZIDGuessed)
        return list(icalendar.Calendar.from_ical(content, multiple=True))


def _reading(calendars: list[icalendar.Calendar]) -> list[object]:
    out: list[object] = []
    for calendar in calendars:
        for component in calendar.walk():
            out.append((type(component).__name__, component.name, list(component.errors)))
            for name, value in component.property_items(recursive=False, sorted=False):
                out.append((name, type(value).__name__, dict(getattr(value, "params", {}) or {}), repr(value)))
        out.append(calendar.to_ical())
    return out


CALENDARS = sorted(
    path
    for folder in (Path(__file__).parent, Path(__file__).parents[2] / "bench" / "corpus" / "calendars")
    for path in folder.rglob("*.ics")
)


@pytest.mark.parametrize("path", CALENDARS, ids=lambda path: path.name)
def test_a_calendar_reads_as_icalendar_reads_it(path: Path) -> None:
    content = _ical_read.tidy_rules(_ical_read.close_calendar(_ical_read.decode_calendar(path.read_bytes())))
    try:
        expected: object = _reading(_library(content))
    except ValueError as exc:
        expected = ("error", str(exc))
    try:
        found: object = _reading(_ical_read._from_ical(content))
    except ValueError as exc:
        found = ("error", str(exc))
    assert found == expected


def test_the_calendars_are_there() -> None:
    assert len(CALENDARS) >= 10
