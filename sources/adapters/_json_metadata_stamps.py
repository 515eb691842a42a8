"""A bare date in a record's metadata is the record's stamp, not its event's start or end. Pure.

A document that wraps its content with a block of facts about itself writes its own date there: SportsML's
``<sports-metadata date-time="20050926T150900-0400">`` beside a news article, an API's ``"meta": {"date": …}`` beside
its results. The XML reader took such a document for one record started at that stamp and titled by the block's
``sports-title`` (batch 46). A date whose key names only a date or a time ("date-time", "date", "timestamp") inside a
member named metadata or meta ("sports-metadata", "meta", "docMetadata") is no moment of an event, unless the path
names an event ("event-metadata": the event's own facts) or the key says it starts or ends ("start-date-time").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet

# The names of a block of facts about a document or a record.
METADATA_WORDS = frozenset({"metadata", "meta"})
# Words by which a key says it is a start or an end, whatever block it sits in.
MOMENT_WORDS = frozenset({"start", "starts", "begin", "begins", "dtstart", "end", "ends", "finish", "dtend", "until"})


def metadata_stamp(
    path: str, key_words: Iterable[str], words: Callable[[str], list[str]], event_words: AbstractSet[str]
) -> bool:
    """Whether a column is a bare date in a metadata block that does not name an event (see above)."""
    containers = path.split(".")[:-1]
    if not containers:
        return False
    said = {word.lower() for part in containers for word in words(part)}
    if not said & METADATA_WORDS or said & event_words:
        return False
    return not {word.lower() for word in key_words} & (MOMENT_WORDS | event_words)
