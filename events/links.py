"""Absolute links to the public site.

Built from ``settings.SITE_URL``, never from the request's Host header: cached pages, API answers and feeds
are shared by every visitor, so a link taken from one request's Host could send everyone elsewhere.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings


def site_url(path: str = "") -> str:
    """An absolute URL on the public site: SITE_URL + path (a path, or an absolute URL returned as it is)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + path


def site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "whatson"
