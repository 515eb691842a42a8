"""The fetches' shared TLS context (sources/fetching.tls_context) holds what httpx would build for each client."""

from __future__ import annotations

import ssl

import httpx

from sources.fetching import PinnedBackend, pinned_transport, tls_context
from sources.http import HttpClient


def _settings(context: ssl.SSLContext) -> tuple[object, ...]:
    return (
        context.protocol,
        context.verify_mode,
        context.check_hostname,
        context.options,
        context.minimum_version,
        context.maximum_version,
        context.verify_flags,
        context.post_handshake_auth,
        sorted(context.cert_store_stats().items()),
        sorted(str(sorted(cert.items())) for cert in context.get_ca_certs()),
        sorted(cipher["name"] for cipher in context.get_ciphers()),
    )


def test_shared_context_equals_a_fresh_httpx_context():
    assert _settings(tls_context()) == _settings(httpx.create_ssl_context(trust_env=False))
    assert tls_context().verify_mode == ssl.CERT_REQUIRED
    assert tls_context().check_hostname


def test_every_transport_and_client_uses_the_one_context():
    first, second = pinned_transport(PinnedBackend()), pinned_transport(PinnedBackend())
    assert first._pool._ssl_context is tls_context()
    assert second._pool._ssl_context is tls_context()
    with HttpClient(rate_key="tls-test") as http:
        pool = http._client._transport._pool  # type: ignore[attr-defined]
        assert pool._ssl_context is tls_context()
        assert isinstance(pool._network_backend, PinnedBackend)
