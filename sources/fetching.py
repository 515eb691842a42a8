"""Safe reading primitives: local files inside allowed roots, the SSRF guard, the response size cap.

The HTTP client (sources/http.py) applies the guard to every URL and redirect hop unless the Source's
config says ``"allow_private_network": true``.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from django.conf import settings

PATH_OUTSIDE_ROOTS = "Refusing to read {path}: it is outside SOURCE_FILE_ROOTS."
FILE_MISSING = "No such file: {path}"
BAD_SCHEME = "Unsupported URL scheme {scheme!r}: use http, https or webcal."
PRIVATE_ADDRESS = "Refusing to fetch {url}: {host} resolves to a non-public address ({address})."
UNRESOLVABLE = "Cannot resolve host {host!r}: {error}"
TOO_LARGE = "Response larger than {limit} bytes."
TOO_MANY_REDIRECTS = "Too many redirects."
HTTP_ERROR = "HTTP {status} from {url}"
NETWORK_ERROR = "Network error fetching {url}: {error}"
USER_AGENT = "Whatson/1.0 (event discovery; +{site})"


class FetchError(Exception):
    """The source's bytes could not be read; the message says why, in one line."""


def read_local_file(path: str, *, roots: list[Path] | None = None) -> bytes:
    resolved = Path(path).expanduser().resolve()
    allowed = [Path(root).resolve() for root in (settings.SOURCE_FILE_ROOTS if roots is None else roots)]
    if not any(resolved.is_relative_to(root) for root in allowed):
        raise FetchError(PATH_OUTSIDE_ROOTS.format(path=resolved))
    if not resolved.is_file():
        raise FetchError(FILE_MISSING.format(path=resolved))
    with resolved.open("rb") as handle:
        data = handle.read(settings.FETCH_MAX_BYTES + 1)
    if len(data) > settings.FETCH_MAX_BYTES:
        raise FetchError(TOO_LARGE.format(limit=settings.FETCH_MAX_BYTES))
    return data


def normalize_url(url: str) -> str:
    """webcal:// is http(s) by another name (calendar subscriptions)."""
    for scheme in ("webcals://", "webcal://"):  # webcals: Apple's spelling of the TLS variant
        if url.lower().startswith(scheme):
            return "https://" + url[len(scheme) :]
    return url


def check_public_host(url: str) -> None:
    """Raise FetchError unless every address the URL's host resolves to is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(BAD_SCHEME.format(scheme=parts.scheme))
    host = parts.hostname or ""
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(UNRESOLVABLE.format(host=host, error=exc)) from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise FetchError(PRIVATE_ADDRESS.format(url=url, host=host, address=address))


def read_capped(response: httpx.Response, limit: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(TOO_LARGE.format(limit=limit))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(TOO_LARGE.format(limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)
