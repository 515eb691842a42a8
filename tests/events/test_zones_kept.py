"""events.zones.zone keeps a name's zone (or its absence): the same answers as ZoneInfo read afresh, fallbacks included."""

from __future__ import annotations

import zoneinfo

import pytest

from events.zones import MAX_ZONE_NAME, _named, zone, zone_key, zone_or_utc

UTC = zoneinfo.ZoneInfo("UTC")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("America/Chicago", "America/Chicago"),
        (" Asia/Kolkata ", "Asia/Kolkata"),
        ("UTC", "UTC"),
        ("America", None),  # a folder, not a zone
        ("Mars/Olympus_Mons", None),
        ("../../etc/passwd", None),
        ("Europe/Paris\x00", None),
        ("", None),
        ("   ", None),
        ("A" * MAX_ZONE_NAME, None),
        ("Europe/" + "x" * MAX_ZONE_NAME, None),  # too long: not even looked up
    ],
)
def test_kept_zone_answers_as_a_fresh_lookup(name, key):
    for _ in range(2):  # first reading, then the kept one
        found = zone(name)
        assert (found.key if found is not None else None) == key
        assert zone(name, UTC) is (found if found is not None else UTC)
        assert zone_key(name) == key
        assert zone_or_utc(name).key == (key or "UTC")
    if key is not None:
        assert zone(name) is zoneinfo.ZoneInfo(key)  # the object ZoneInfo itself hands back


def test_what_is_not_a_name_is_never_kept():
    _named.cache_clear()
    assert zone(None, UTC) is UTC
    assert zone(42) is None
    assert zone(b"UTC") is None
    assert zone("x" * (MAX_ZONE_NAME + 1), UTC) is UTC
    assert _named.cache_info().currsize == 0
    zone("America/Chicago")
    zone("America/Chicago")
    assert _named.cache_info().currsize == 1
    assert _named.cache_info().hits == 1
