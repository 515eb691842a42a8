"""Safe reading primitives: local files inside allowed roots, the SSRF guard, the response size cap.

The HTTP client (sources/http.py) applies the guard to every URL and redirect hop: a name is resolved
once, every address is checked, and the connection goes to exactly those addresses (PinnedBackend), never
to a second DNS answer. A Source with ``"allow_private_network": true`` may reach a private address only
on its own configured host.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpcore
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
DEADLINE_PASSED = "deadline passed"
NOT_CHECKED = "Refusing to connect to {host}: its address was not checked."
NO_UNIX_SOCKETS = "Unix sockets are not fetched."
INVALID_URL = "Invalid URL {url!r}: {error}"


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


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the one place we ask DNS, so tests can stand in for it)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id ("fe80::1%eth0")
        if address not in addresses:
            addresses.append(address)
    return addresses


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, NAT64, Teredo): it is where packets really go."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def is_public_address(value: str) -> bool:
    """True only for a unicast address on the public internet (not private, loopback, link-local, reserved…)."""
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            address = embedded
    return not (
        not address.is_global
        or address.is_multicast
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
    )


def parse_url(url: str) -> httpx.URL:
    """``url`` as httpx reads it; a URL it cannot read (an octal IPv4 host, an unclosed IPv6 bracket) is a
    FetchError like any other unreadable source, never an exception that ends a whole run."""
    try:
        return httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchError(INVALID_URL.format(url=url[:300], error=exc)) from exc


def url_host_port(url: str) -> tuple[str, int]:
    """The host as httpx sends it to DNS and to the connection pool (IDNA-encoded, no brackets), and the port."""
    parsed = parse_url(url)
    if parsed.scheme not in ("http", "https"):
        raise FetchError(BAD_SCHEME.format(scheme=parsed.scheme))
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return parsed.raw_host.decode("ascii").lower(), port


def origin_key(url: str) -> tuple[str, int | None]:
    """Host and explicit port of a URL: what ``allow_private_network`` is granted to.

    The default ports (80 and 443) count as one, so an http → https upgrade of the configured host stays
    allowed; any other port is a different service (a redirect to the host's Redis port is not the source).
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1": no host, so nothing is granted; fetching it fails in parse_url
        return "", -1
    try:
        port = parts.port
    except ValueError:
        port = -1
    host = (parts.hostname or "").lower()
    return host, None if port in (None, 80, 443) else port


def resolve_checked(url: str, *, allow_private: bool = False) -> list[str]:
    """The addresses to connect to for ``url``: resolved once, every one checked.

    Raise FetchError unless every address is public (or ``allow_private``). The caller must connect to
    these addresses and not resolve the name again: a second answer could differ (DNS rebinding).
    """
    host, port = url_host_port(url)
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(UNRESOLVABLE.format(host=host, error=exc)) from exc
    if not addresses:
        raise FetchError(UNRESOLVABLE.format(host=host, error="no address"))
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise FetchError(PRIVATE_ADDRESS.format(url=url, host=host, address=address))
    return addresses


def check_public_host(url: str) -> None:
    """Raise FetchError unless every address the URL's host resolves to is public."""
    resolve_checked(url)


# --- connecting only to the checked addresses --------------------------------------------------------
class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the backend's current deadline.

    Per-read timeouts alone let a server that dribbles a byte at a time hold a request forever; checking
    the deadline at each read also covers slow headers, not just the body.
    """

    def __init__(self, inner: httpcore.NetworkStream, backend: PinnedBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._backend.bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._backend.bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        # TLS runs over the pinned socket with the URL's own name: SNI and certificate checks are unchanged.
        timeout = self._backend.bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout), self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's network layer, connecting a host only to the addresses our guard checked for it.

    httpx would otherwise resolve the name again when it connects, and a DNS server that answers a public
    address to the check and 127.0.0.1 to the connection (rebinding) would get past the guard.
    """

    def __init__(self) -> None:
        self.pins: dict[str, tuple[str, ...]] = {}
        self.deadline: float | None = None  # time.monotonic() by which the current request must be done
        self._sync = httpcore.SyncBackend()

    def pin(self, host: str, addresses: list[str]) -> None:
        self.pins[host] = tuple(addresses)

    def bounded(self, timeout: float | None, error: type[Exception]) -> float | None:
        if self.deadline is None:
            return timeout
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise error(DEADLINE_PASSED)
        return remaining if timeout is None else min(timeout, remaining)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get(host.lower())
        if not addresses:
            raise httpcore.ConnectError(NOT_CHECKED.format(host=host))
        last: Exception | None = None
        for address in addresses:  # like socket.create_connection: the next address if one refuses
            try:
                stream = self._sync.connect_tcp(
                    address,
                    port,
                    timeout=self.bounded(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _DeadlineStream(stream, self)
        assert last is not None  # noqa: S101 - addresses is never empty here
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError(NO_UNIX_SOCKETS)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def pinned_transport(backend: PinnedBackend) -> httpx.HTTPTransport:
    """An httpx transport whose connections go through ``backend``.

    httpx.HTTPTransport takes no network backend, so its connection pool is rebuilt with one (same TLS
    context and defaults). No proxy from the environment: a proxy would resolve names itself.
    """
    context = tls_context()
    transport = httpx.HTTPTransport(verify=context, trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # the pool httpx built, rebuilt with our backend
        ssl_context=context, network_backend=backend
    )
    return transport


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The TLS settings every fetch uses (httpx's defaults: certifi's roots, no environment), built once per
    process. Loading the root certificates cost 25-30 ms of CPU, and every fetch paid it twice (httpx's transport
    and the pool rebuilt here each built one), a file source's too. httpcore only sets the ALPN list on it, to
    ["http/1.1"] on every connection (no pool here speaks HTTP/2), so sharing it changes nothing."""
    return httpx.create_ssl_context(trust_env=False)


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
