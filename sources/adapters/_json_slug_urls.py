"""An event's address written as a bare slug: a record's "url" holding "offline-evening-ehrenfeld" (Luma's event
records, some CMS exports) names the page at that path of the site, as "/offline-evening-ehrenfeld" would; a list
may mix such slugs with absolute addresses. In a column whose own key ends naming an address ("url", "eventUrl", "link", "href",
"permalink"; not "urlId", an id), such a slug counts as an address, resolved against the page's URL as any relative one is
(``common.absolute_url``).

A slug is lowercase words of letters and digits joined by hyphens, at least two of them: "tbd", "online", "none",
"see website", "Offline Walk" or an id ("4411") are no address. Pure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sources.adapters._json_shapes import is_url

if TYPE_CHECKING:
    from sources.adapters._json_shapes import Column

SLUG = re.compile(r"[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){1,15}")
ADDRESS_KEYS = frozenset({"url", "link", "href", "permalink"})


def slug(value: object) -> bool:
    """Whether ``value`` is a bare slug ("offline-walk")."""
    return isinstance(value, str) and SLUG.fullmatch(value.strip()) is not None


def address_share(column: Column) -> float:
    """The share of the column's values that are addresses: URLs, and, when its own key names an address, bare
    slugs."""
    present = column.present
    if not present:
        return 0.0
    named = column.key_words
    slugs_count = bool(named) and named[-1] in ADDRESS_KEYS  # "url", "eventUrl"; not "urlId", an id
    return sum(1 for value in present if is_url(value) or (slugs_count and slug(value))) / len(present)
