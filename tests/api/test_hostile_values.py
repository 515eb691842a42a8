"""Values no slug can hold, a zone database folder: 400 with the field named, never a 500 (on PostgreSQL a NUL
byte in a text parameter is an error from the driver, not a miss)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/events/?city=%00", "city"),
        ("/api/v1/events/?category=a%00b", "category"),
        ("/api/v1/events/?tz=America", "tz"),
        ("/api/v1/venues/?city=%00", "city"),
        ("/feeds/events.rss?organizer=%00", "organizer"),
        ("/cities/?city=%00", None),
    ],
)
def test_hostile_filter_values_are_refused_by_name(client, path, field):
    response = client.get(path)
    if field is None:  # not a list page: an ordinary 404, still not a 500
        assert response.status_code == 404
        return
    assert response.status_code == 400
    body = response.content.decode()
    assert field in body
