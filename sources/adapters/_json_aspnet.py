"""Dates as .NET's JSON serializers write them: ``"/Date(1781629200000)/"``, milliseconds since 1970 (UTC), an
offset after them optional (``"/Date(1781629200000-0700)/"``: the zone it was written in; the number is still the
instant). ASP.NET MVC, WCF and older Web API services answer with them (CourtReserve's calendar, SharePoint's
REST). ``date_shape`` reads a column of them as ``epoch_ms``, and ``read_moment`` reads each value's number.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from typing import Any

# Bounded: at most 15 digits and one 4-digit offset, matched whole on the stripped value (no "\s*" of its own to
# try at every start of a run of spaces: tests/sources/test_adapters_hostile_text.py).
_ASPNET_DATE = re.compile(r"\\?/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\\?/")
MAX_TEXT = 40


def aspnet_millis(value: Any) -> int | None:
    """The milliseconds since 1970 a ``/Date(…)/`` text holds; None for any other value."""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    found = _ASPNET_DATE.fullmatch(value.strip())
    return int(found.group(1)) if found else None
