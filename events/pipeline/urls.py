"""Canonical URLs: one spelling per page, so that the same link from two sources compares equal. Pure.

Used by normalize (the stored url/ticket_url) and by dedup (the first, exact layer: same canonical URL).
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

MAX_URL_LENGTH = 2000

# Parameters that say how a visitor arrived, never which page it is. Names match case-insensitively.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "li_fat_id", "mc_cid", "mc_eid", "igshid", "igsh", "si", "ref", "ref_src", "ref_url", "referrer",
        "aff", "affiliate", "aff_id", "_ga", "_gl", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
        "mkt_tok", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "vero_conv", "vero_id", "wickedid",
        "epik", "spm", "scm", "cmpid", "trk", "trkcampaign", "sc_campaign", "_branch_match_id",
        "aff_platform", "aff_trace_key", "ncid", "at_medium", "at_campaign", "ga_source", "ga_medium",
        # Adjust's attribution labels: which client, campaign and creative a visitor came through (Yelp's API writes
        # adjust_creative=<the API client> beside utm_source=<the same>), never which page
        "adjust_tracker", "adjust_campaign", "adjust_adgroup", "adjust_creative",
    }
)  # fmt: skip
# Whole families of tracking parameters, by prefix.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "matomo_", "piwik_", "_hs", "itm_", "stm_", "oly_")
# "ref" says where a visitor came from ("?ref=twitter", "/events/jazz?ref=homepage") as often as which page it is
# ("weeklycontdetails.php?ref=003fltbc": a contest's detail page keyed by it). It names the page where the path cannot
# (a script or a generic detail endpoint), it names no referrer, and it is the page's only parameter or an identifier.
KEYED_PARAM = "ref"
SCRIPT_PAGE = re.compile(
    r"\.(?:php\d?|aspx?|jsp|cfm|cgi|pl)$|(?:^|/)(?:details?|view|show|item|entry)/?$", re.IGNORECASE
)
IDENTIFIER = re.compile(r"[A-Za-z0-9.-]{1,64}")  # with a digit: "003fltbc", "A17-2026" (no "_": "email_2024")
REFERRER_WORDS = frozenset(
    {"twitter", "x", "facebook", "fb", "instagram", "linkedin", "reddit", "hn", "producthunt", "google", "bing",
     "home", "homepage", "nav", "navbar", "menu", "header", "footer", "sidebar", "banner", "newsletter", "email",
     "mail", "rss", "feed", "share", "search", "direct", "widget", "app", "web", "site", "internal", "external"}
)  # fmt: skip
DEFAULT_PORTS = {"http": "80", "https": "443"}
_SLASHES = re.compile(r"/{2,}")
_WHITESPACE = re.compile(r"\s")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _names_the_page(name: str, value: str, *, path: str, only: bool) -> bool:
    """Whether a "ref" parameter is the page's key rather than its referrer (see KEYED_PARAM)."""
    if name.lower() != KEYED_PARAM or not value or value.lower() in REFERRER_WORDS or not SCRIPT_PAGE.search(path):
        return False
    return only or (bool(IDENTIFIER.fullmatch(value)) and any(character.isdigit() for character in value))


def _kept_query(query: str, path: str) -> str:
    """The query without its tracking parameters; a "ref" that names the page (``_names_the_page``) stays."""
    pieces = []
    for piece in query.split("&"):
        name, _, value = piece.partition("=")
        if piece:
            pieces.append((piece, unquote_plus(name), unquote_plus(value)))
    only = all(_is_tracking(name) for _, name, _ in pieces)  # no other parameter names the page
    return "&".join(
        piece
        for piece, name, value in pieces
        if not _is_tracking(name) or _names_the_page(name, value, path=path, only=only)
    )


def _netloc(scheme: str, host: str, port: int | None) -> str:
    host = host.lower().rstrip(".")
    if ":" in host:  # IPv6 literal: keep its brackets
        host = f"[{host}]"
    if port is not None and str(port) != DEFAULT_PORTS.get(scheme):
        return f"{host}:{port}"
    return host


def is_http_url(candidate: str) -> bool:
    """True for an absolute http(s) URL urllib can read: a host, no whitespace or control characters.

    A bracketed host that is not an IPv6 address ("http://[::1", "http://[x]/") makes urlsplit raise; such
    a URL is simply not one, so the record it came from loses that link and nothing else.
    """
    if not candidate.isprintable() or _WHITESPACE.search(candidate):
        return False
    try:
        parts = urlsplit(candidate)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in DEFAULT_PORTS and bool(host)


@functools.lru_cache(maxsize=65_536)
def canonical_url(url: str | None) -> str | None:
    """The canonical spelling of an absolute http(s) URL, or None when it is not one.

    Lowercase scheme and host, no credentials, no default port, no fragment, tracking parameters removed (but a
    "ref" that keys a script page, "details.php?ref=003fltbc"),
    the remaining query kept in its order (order can matter to the site), "/" for an empty path,
    duplicate slashes in the path collapsed. A trailing slash is kept: on many sites /a and /a/ differ.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not candidate or len(candidate) > MAX_URL_LENGTH or _WHITESPACE.search(candidate) or not candidate.isprintable():
        return None
    try:
        parts = urlsplit(candidate)
        scheme = parts.scheme.lower()
        host, port = parts.hostname, parts.port
    except ValueError:  # a malformed port or bracketed host
        return None
    if scheme not in DEFAULT_PORTS or not host:
        return None
    path = _SLASHES.sub("/", parts.path) or "/"
    # Filter the raw "name=value" pieces rather than re-encoding them: re-encoding would respell values.
    return urlunsplit((scheme, _netloc(scheme, host, port), path, _kept_query(parts.query, path), ""))
