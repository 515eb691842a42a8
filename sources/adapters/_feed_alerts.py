"""Whether a feed is an emergency alert feed, for the ``rss`` adapter: then its items are warnings, not events. Pure.

Fire, weather and civil-protection services publish their warnings as RSS or Atom written by alerting systems that
speak the Common Alerting Protocol (CAP, OASIS), and such a feed declares CAP's namespace
(``urn:oasis:names:tc:emergency:cap:1.1``, ``…:1.2``) on its root, under whatever prefix (``cap:``, and even
``georss:`` in one fire service's feed). Its items are warnings: "Total Fire Ban advice for 16 October 2023",
"Flood Warning issued October 3 at 4:05PM", each with the day it is in force, a severity, an area, and with CAP's
own ``cap:effective``, ``cap:onset`` and ``cap:expires`` stamps. A day on which a ban, a storm or a flood is in
force is no event anyone attends, and the items' words ("Total Fire Ban advice for 16 October 2023") would
otherwise be read as one.

So a feed that declares CAP's namespace gives no event: each item is set aside with its reason. The sign is the
namespace, a standard's, not a word: a calendar's item titled "Red Alert Fire Safety Day, 16 October" or an event
feed with any other namespace ("http://example.org/cap", "urn:oasis:names:tc:opendocument") is read as before.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# CAP's namespace, without its version ("1.0", "1.1", "1.2" are all in use).
CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:"
ALERT_ITEM = (
    "The item is an emergency alert, not an event: the feed declares the Common Alerting Protocol's namespace "
    "(an alerting service's warnings)."
)
MAX_URI = 200  # characters of a namespace's URI looked at


def alert_feed(namespaces: Mapping[str, Any] | None) -> bool:
    """Whether the feed's declared namespaces (feedparser's ``namespaces``: prefix → URI) include CAP's."""
    return any(
        str(uri or "")[:MAX_URI].strip().lower().startswith(CAP_NAMESPACE) for uri in (namespaces or {}).values()
    )
