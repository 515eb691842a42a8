"""A "ref" parameter that keys a page is kept in its canonical URL (issue #13): a contest site's detail pages
("weeklycontdetails.php?ref=003fltbc") differ only by it, and dropping it merged distinct contests in dedup. A
referrer ("?ref=twitter", "/events/jazz?ref=homepage") is still dropped."""

from __future__ import annotations

import pytest

from events.pipeline.dedup import canonical_url as comparison_url
from events.pipeline.urls import canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # a script or detail page keyed by ref: its only parameter, or an identifier beside others
        (
            "https://contests.example/weeklydetails.php?ref=003fltbc",
            "https://contests.example/weeklydetails.php?ref=003fltbc",
        ),
        ("https://contests.example/show.aspx?ref=spring-open", "https://contests.example/show.aspx?ref=spring-open"),
        (
            "https://club.example/event/details?ref=A17-2027&utm_source=x",
            "https://club.example/event/details?ref=A17-2027",
        ),
        ("https://club.example/view.php?lang=en&ref=88", "https://club.example/view.php?lang=en&ref=88"),
        # a referrer: a path that names the page, a referrer's word, a word beside another parameter
        ("https://club.example/events/jazz-night?ref=12345", "https://club.example/events/jazz-night"),
        ("https://club.example/details.php?ref=twitter", "https://club.example/details.php"),
        ("https://club.example/details.php?ref=Homepage", "https://club.example/details.php"),
        ("https://club.example/details.php?id=7&ref=nav_top", "https://club.example/details.php?id=7"),
        ("https://club.example/details.php?id=7&ref=email_2027", "https://club.example/details.php?id=7"),
        ("https://club.example/details.php?ref=", "https://club.example/details.php"),
    ],
)
def test_ref_is_kept_only_where_it_names_the_page(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_detail_pages_keyed_by_ref_stay_apart_in_dedup() -> None:
    first = comparison_url("https://www.contests.example/weeklydetails.php?ref=003fltbc")
    second = comparison_url("https://contests.example/weeklydetails.php?ref=004glxqa")
    shared = comparison_url("https://contests.example/weeklydetails.php?ref=003fltbc&utm_medium=rss")
    assert first != second
    assert first == shared == "https://contests.example/weeklydetails.php?ref=003fltbc"
