"""A dated link to the published record of a sitting, a parliament's or an assembly's verbatim report ("Hansard Report -
Thursday, 4th December 2025 - Evening Sitting" linking to its PDF, "Plenarprotokoll 21/12 vom 14.03.2031"): the date
is the sitting's that the file records, so the line is a document in an archive of transcripts, not a gathering one
can attend (held-out batch 91: parliament.go.ke's Hansard list, six reports read as six all-day events). Pure.

Only when the link goes to a document file (a PDF, a Word file) and its words begin with the name of such a record,
and the line gives no time of day. Not: a meeting's agenda, minutes or packet linked from its row (a series of dated
papers is a series of meetings, _page_record_lines.MEETING_PAPERS), a sitting announced with its hour ("Tuesday 3
March 2031, 2.30pm: Sitting of the House"), a link to a page rather than a file, a record's name further into the
link's words ("Watch the debate, Hansard to follow").
"""

from __future__ import annotations

import re

from sources.adapters._page_date_clocks import find_clock
from sources.adapters._page_lines import Line
from sources.adapters._page_words import DOCUMENT_FILE

# The names of a sitting's verbatim record, at the start of a link's words: English (Westminster-style "Hansard", the
# "Official Report", a "verbatim record"), German, French, Dutch, Spanish, Italian, Polish, Czech.
RECORD_NAME = re.compile(
    r"^\W{0,3}(?:"
    r"hansard|official\s+report|verbatim\s+(?:record|report|transcript)|stenographic\s+(?:record|report)|"
    r"record\s+of\s+proceedings|plenarprotokoll|stenografischer\s+bericht|wortprotokoll|"
    r"compte\s+rendu\s+int[ée]gral|handelingen|diario\s+de\s+(?:sesiones|los\s+debates)|resoconto\s+stenografico|"
    r"sprawozdanie\s+stenograficzne|stenogram|stenoprotokol"
    r")\b",
    re.IGNORECASE,
)


def record_line(line: Line) -> bool:
    """Whether the dated line is a link to a sitting's published record (see the module docstring)."""
    if find_clock(line.text, dated=True) is not None:
        return False
    return any(DOCUMENT_FILE.search(anchor.href) and RECORD_NAME.match(anchor.text) for anchor in line.anchors)
