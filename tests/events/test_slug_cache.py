"""slug_of, cached per process, gives Django's slugify of the name, cut to 200, for any value a record holds."""

from __future__ import annotations

import pytest
from django.utils.text import slugify

from events.services.writing.fields import slug_of


@pytest.mark.parametrize(
    "name",
    ["The Copper Lantern", "Café Ümlaut  Hall!", "  ", "", None, 0, 42, "x" * 250, "Über " * 60, ["a list"]],
)
def test_slug_of_is_slugify(name):
    expected = slugify(name or "", allow_unicode=True)[:200]
    assert slug_of(name) == expected
    assert slug_of(name) == expected  # and again, from the cache
