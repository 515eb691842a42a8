"""Visitor reports → one status: who counts, which reports are outliers, what the rest agree on. Pure.

The rules, in order, over the reports of the last ``REPORT_WINDOW`` of one venue:

1. One visitor counts once: a visitor's newest report stands, their earlier ones are ignored.
2. A waiting time far from the others' is ignored: further from the median than ``MAD_FACTOR`` times the
   median absolute deviation (scaled to a standard deviation), and never closer than ``MIN_WAIT_SPREAD``
   minutes (when everyone says 20, 25 is not an outlier). Needs ``MIN_CONSENSUS`` waits.
3. A crowd level two or more steps from the median level of at least ``MIN_CONSENSUS`` reports is ignored
   ("packed" among three "quiet").
4. What remains makes the status: the median crowd and wait, the majority's open/closed, and a special
   status ("Happy hour") only when two visitors name it (one anonymous visitor cannot put words on the page).
   Confidence grows with each report counted and stays below a business's own word.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import statistics
from collections.abc import Sequence

REPORT_WINDOW = dt.timedelta(minutes=45)
USER_STATUS_VALID = dt.timedelta(minutes=30)  # after the newest counted report
MIN_CONSENSUS = 3
MAD_FACTOR = 3.0
MAD_SCALE = 1.4826  # MAD → standard deviation, for normally spread answers
MIN_WAIT_SPREAD = 10
CROWD_STEPS = 2
SPECIAL_MIN_REPORTERS = 2
MAX_USER_CONFIDENCE = 0.9
CONFIDENCE_BASE = 0.6  # confidence = 1 - BASE ** counted: 0.4, 0.64, 0.78, 0.87 …

REPEATED = "Counted once: the same visitor reported again later."
WAIT_OUTLIER = "Waiting time {value} min is far from the others' (median {median:g} min)."
CROWD_OUTLIER = "Crowd “{value}” is {steps} steps from what others report (“{consensus}”)."


@dataclasses.dataclass(slots=True)
class Report:
    id: int
    reporter: str
    created_at: dt.datetime
    crowd: str = ""
    wait_minutes: int | None = None
    open_now: bool | None = None
    special: str = ""
    ignored_reason: str = ""  # filled by judge()


@dataclasses.dataclass(frozen=True, slots=True)
class Aggregate:
    open_now: bool | None
    crowd: str
    wait_minutes: int | None
    special: str
    confidence: float
    counted: int
    newest: dt.datetime


def judge(reports: Sequence[Report], crowd_levels: Sequence[str]) -> None:
    """Set ``ignored_reason`` on each report that does not count (rules 1–3); clear it on those that do."""
    for report in reports:
        report.ignored_reason = ""
    newest: dict[str, Report] = {}
    for report in sorted(reports, key=lambda item: (item.created_at, item.id)):
        if report.reporter in newest:
            newest[report.reporter].ignored_reason = REPEATED
        newest[report.reporter] = report
    counted = list(newest.values())
    _judge_waits(counted)
    _judge_crowds(counted, crowd_levels)


def _judge_waits(reports: list[Report]) -> None:
    waits = [report.wait_minutes for report in reports if report.wait_minutes is not None]
    if len(waits) < MIN_CONSENSUS:
        return
    median = statistics.median(waits)
    mad = statistics.median(abs(wait - median) for wait in waits)
    spread = max(MAD_FACTOR * MAD_SCALE * mad, MIN_WAIT_SPREAD)
    for report in reports:
        if report.wait_minutes is not None and abs(report.wait_minutes - median) > spread:
            report.ignored_reason = WAIT_OUTLIER.format(value=report.wait_minutes, median=median)


def _judge_crowds(reports: list[Report], crowd_levels: Sequence[str]) -> None:
    rated = [report for report in reports if report.crowd in crowd_levels and not report.ignored_reason]
    if len(rated) < MIN_CONSENSUS:
        return
    consensus = statistics.median_low(crowd_levels.index(report.crowd) for report in rated)
    for report in rated:
        steps = abs(crowd_levels.index(report.crowd) - consensus)
        if steps >= CROWD_STEPS:
            report.ignored_reason = CROWD_OUTLIER.format(
                value=report.crowd, steps=steps, consensus=crowd_levels[consensus]
            )


def aggregate(reports: Sequence[Report], crowd_levels: Sequence[str]) -> Aggregate | None:
    """The status the counted reports (those ``judge`` left without a reason) agree on; None when none count."""
    counted = [report for report in reports if not report.ignored_reason]
    if not counted:
        return None
    levels = [crowd_levels.index(report.crowd) for report in counted if report.crowd in crowd_levels]
    waits = [report.wait_minutes for report in counted if report.wait_minutes is not None]
    votes = collections.Counter(report.open_now for report in counted if report.open_now is not None)
    open_now = None
    if votes and votes[True] != votes[False]:
        open_now = votes[True] > votes[False]
    return Aggregate(
        open_now=open_now,
        crowd=crowd_levels[statistics.median_low(levels)] if levels else "",
        wait_minutes=round(statistics.median(waits)) if waits else None,
        special=_special(counted),
        confidence=round(min(MAX_USER_CONFIDENCE, 1 - CONFIDENCE_BASE ** len(counted)), 3),
        counted=len(counted),
        newest=max(report.created_at for report in counted),
    )


def _special(reports: Sequence[Report]) -> str:
    named: dict[str, list[str]] = collections.defaultdict(list)
    for report in sorted(reports, key=lambda item: (item.created_at, item.id)):  # the newest spelling wins
        text = " ".join(report.special.split())
        if text:
            named[text.casefold()].append(text)
    if not named:
        return ""
    spellings = max(named.values(), key=len)
    return spellings[-1] if len(spellings) >= SPECIAL_MIN_REPORTERS else ""
