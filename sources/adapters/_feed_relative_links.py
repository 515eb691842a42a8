"""An item's site-relative link read against the feed's own site (issue #13, feeds batch 78). Pure.

RSS asks for absolute links, but a site's own feed writer may print each item's page as a path on the site: a
county's calendar RSS gives ``<link>/en/calendar/01-bocc/2018/20181003-bocc-meeting</link>`` under a channel whose
``<link>`` is ``https://hillsboroughcounty.org/calendar``. feedparser resolves such a path only against the address
the feed was fetched from; with none known the item had no page at all. A link that is a path from the site's root
("/…", not "//host/…") is that path on the channel link's site.

Not: a path with no leading slash ("event.html": relative to a page nobody named), a protocol-relative address
("//172.20.15.198:1313/news/welcome/": its scheme is unknown), a channel link that is no http(s) address, a link
with spaces or quotes in it.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from sources.adapters.common import http_url

_SITE_PATH = re.compile(r"/(?!/)[^\s<>\"'\\]{0,2000}")


def site_path_url(link: object, page: str | None) -> str | None:
    """``link`` read on the site of ``page`` (the channel's own link) when it is a path from the site's root; None
    otherwise."""
    site = http_url(page)
    if site is None or not isinstance(link, str):
        return None
    text = link.strip()
    if not _SITE_PATH.fullmatch(text):
        return None
    return http_url(urljoin(site, text))
