"""Reading a source's bytes safely: local files inside allowed roots, or URLs behind an SSRF guard.

Every fetched URL (and every redirect hop) must resolve to public addresses unless the Source's config
says ``"allow_private_network": true``; responses are capped in size and bounded in time.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

NO_LOCATION = "The source config needs a 'url' or a 'path'."
PATH_OUTSIDE_ROOTS = "Refusing to read {path}: it is outside SOURCE_FILE_ROOTS."
FILE_MISSING = "No such file: {path}"
BAD_SCHEME = "Unsupported URL scheme {scheme!r}: use http, https or webcal."
PRIVATE_ADDRESS = "Refusing to fetch {url}: {host} resolves to a non-public address ({address})."
UNRESOLVABLE = "Cannot resolve host {host!r}: {error}"
TOO_LARGE = "Response larger than {limit} bytes."
TOO_MANY_REDIRECTS = "Too many redirects."
HTTP_ERROR = "HTTP {status} from {url}"
NETWORK_ERROR = "Network error fetching {url}: {error}"
USER_AGENT = "Whatson/1.0 (+https://github.com/whatson-events/whatson; event discovery)"
MAX_REDIRECTS = 5


class FetchError(Exception):
    """The source's bytes could not be read; the message says why, in one line."""


def read_source_payload(config: Mapping[str, Any]) -> bytes:
    if config.get("path"):
        return read_local_file(str(config["path"]))
    if config.get("url"):
        return fetch_url(str(config["url"]), allow_private=bool(config.get("allow_private_network")))
    raise FetchError(NO_LOCATION)


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
    if url.lower().startswith("webcal://"):
        return "https://" + url[len("webcal://") :]
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


def fetch_url(url: str, *, allow_private: bool = False) -> bytes:
    """GET a URL, following redirects by hand so each hop passes the SSRF guard."""
    url = normalize_url(url)
    limit = settings.FETCH_MAX_BYTES
    with httpx.Client(
        timeout=settings.FETCH_TIMEOUT_SECONDS, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    ) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError(BAD_SCHEME.format(scheme=urlsplit(url).scheme))
            if not allow_private:
                check_public_host(url)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(HTTP_ERROR.format(status=response.status_code, url=url))
                    return _read_capped(response, limit)
            except httpx.HTTPError as exc:
                raise FetchError(NETWORK_ERROR.format(url=url, error=exc)) from exc
    raise FetchError(TOO_MANY_REDIRECTS)


def _read_capped(response: httpx.Response, limit: int) -> bytes:
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
