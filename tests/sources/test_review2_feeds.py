"""Review of today's feed rules (helper review2): ordinary titles and places they must not misread."""

from __future__ import annotations

from sources.adapters import _feed_glued
from sources.adapters._feed_glued import unglued
from sources.adapters._title_status import tail_status
from tests.hostile import superlinear_shape


def test_a_subject_after_a_colon_is_no_cancellation() -> None:
    # A talk's subject, not a notice: the noun counts only after a dash or a bar, or in brackets.
    assert tail_status("Contract Law 101: Cancellation") is None
    assert tail_status("Board of Adjustment - Cancellation") == ("Board of Adjustment", "cancelled")
    assert tail_status("Board of Adjustment (Cancellation)") == ("Board of Adjustment", "cancelled")
    # The status word itself after a colon is still the notice calendars write.
    assert tail_status("Board Meeting: CANCELLED") == ("Board Meeting", "cancelled")


def test_a_name_with_a_number_in_it_is_not_parted_before_a_spaced_street() -> None:
    # "Covid19", "Room4": a number inside a name, with the street already spaced after it, is no glued line.
    assert unglued("Covid19 Clinic 100 Main St", None) == "Covid19 Clinic 100 Main St"
    assert unglued("Room4 12 Oak Ave", None) == "Room4 12 Oak Ave"
    # The glued lines themselves are still parted.
    assert unglued("Town Hall Annex40 Orchard LnMillbrook, CO 80999", None) == (
        "Town Hall Annex, 40 Orchard Ln, Millbrook, CO 80999"
    )


def test_the_line_readers_patterns_stay_linear() -> None:
    for pattern in (_feed_glued._BREAK, _feed_glued._SPACE):
        assert superlinear_shape(pattern) is None, pattern.pattern


def test_a_title_opening_with_a_status_word_as_its_own_word_keeps_scheduled() -> None:
    from sources.adapters._feed_fields import _STATUS_PREFIX, item_status

    # The word as part of the name: a play, a workshop.
    assert item_status("Postponed Dreams – a play", None) == "scheduled"
    assert item_status("Rescheduled Lives: A Documentary", None) == "scheduled"
    # The notice: set apart by a colon, a dash, a bar or brackets, or shouted.
    assert item_status("Cancelled: Board Meeting", None) == "cancelled"
    assert item_status("Postponed - Jazz Night", None) == "postponed"
    assert item_status("[Rescheduled] Book Club", None) == "rescheduled"
    assert item_status("CANCELLED Board Meeting", None) == "cancelled"
    assert superlinear_shape(_STATUS_PREFIX) is None


def test_one_line_reader_serves_descriptions_and_place_elements() -> None:
    from sources.adapters._feed_place_lines import lined_place

    # A place element in paragraphs breaks where a description's lines do (the readers share _feed_glued.html_lines).
    assert lined_place("<p>Main Library</p><p>1 Main St</p><p>Elmwood, CO 80401</p>") == (
        "Main Library",
        "1 Main St, Elmwood, CO 80401",
    )
    assert lined_place("Main Library&lt;br&gt;1 Main St&lt;br /&gt;Elmwood, CO 80401") == (
        "Main Library",
        "1 Main St, Elmwood, CO 80401",
    )


def test_the_title_and_span_readers_stay_linear() -> None:
    # Older patterns of _feed_parts grew with the square of a run of spaces; rewritten to read it once.
    import datetime as dt

    from sources.adapters import _feed_parts

    for pattern in (_feed_parts._SPAN_JOINT, _feed_parts._BRACKETED_END, _feed_parts._TIMES_ONLY):
        assert superlinear_shape(pattern) is None, pattern.pattern
    reference = dt.datetime(2031, 6, 1, tzinfo=dt.UTC)
    assert _feed_parts.day_span("October 3, 2031 - October 4, 2031", None, reference) == (
        dt.date(2031, 10, 3),
        dt.date(2031, 10, 4),
    )
    assert _feed_parts.day_span("October 3, 2031", None, reference) is None
    assert _feed_parts.without_date_echo("Book Club (07/23/2031 6:00 PM - 7:00 PM)  ") == "Book Club"
