"""config.clients: what every per-address limit counts."""

from __future__ import annotations

import pytest

from config.clients import client_key


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff::9", "2001:db8:1:2::/64"),
        ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
        ("::ffff:203.0.113.7", "::ffff:203.0.113.7"),  # an IPv4 client seen through IPv6: its own address
        ("not an address", "not an address"),
        (None, "unknown"),
        ("", "unknown"),
    ],
)
def test_ipv6_clients_are_counted_per_64(address, key):
    assert client_key(address) == key
