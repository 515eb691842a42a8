"""iCalendar carried whole as the text of XML elements: CalDAV REPORT answers, and XML that wraps calendars.

A CalDAV server answers a ``calendar-query`` or ``calendar-multiget`` REPORT with a WebDAV multistatus: one
``<D:response>`` per calendar resource, its ``<C:calendar-data>`` (``urn:ietf:params:xml:ns:caldav``) holding the
resource's VCALENDAR as text, CRs often written as ``&#13;``. Nothing in such a document is a record to infer a
mapping for (an href, an etag, a status): the events are the iCalendar, a standard, read as iCalendar. Any
element whose own text, trimmed, starts with ``BEGIN:VCALENDAR`` counts, whatever its name or namespace (a CMS
export may wrap calendars as well as a CalDAV server); an empty one (a property the server did not find) does not.

The calendars are joined into one iCalendar text and read by the ``ics`` adapter as one file is: one expansion
budget and one occurrence cap for all their series, TZIDs, RECURRENCE-IDs and EXDATEs as there.
"""

from __future__ import annotations

from typing import Any

CALENDAR_START = "BEGIN:VCALENDAR"
# Elements looked at, and calendars taken, per document: a multistatus answer lists a calendar's resources (tens,
# a few thousand); the iCalendar reader's own budget bounds what their series expand to.
MAX_ELEMENTS = 200_000
MAX_CALENDARS = 10_000


def calendar_texts(root: Any) -> list[str]:
    """The iCalendar texts held whole by elements of ``root`` (an lxml element), in document order."""
    texts: list[str] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS or len(texts) >= MAX_CALENDARS:
            break
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        text = (element.text or "").strip()
        if text[: len(CALENDAR_START)].upper() == CALENDAR_START:
            texts.append(text)
    return texts


def holds_calendars(root: Any) -> bool:
    return bool(calendar_texts(root))


def joined(texts: list[str]) -> str:
    """One iCalendar text holding every calendar (the ``ics`` reader reads each VCALENDAR of a file)."""
    return "\r\n".join(text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n") for text in texts) + "\r\n"
