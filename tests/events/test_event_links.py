"""An event's documents (links) and its source's own title reach the Event, its page, the API detail and the
admin (issue #13); a moderator's edit of the title is never overwritten, and a duplicate fills missing links."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from events.models import Event
from events.services.writing.fields import event_links, source_title
from tests.events.helpers import day, make_source, record, run

pytestmark = pytest.mark.django_db

DOCUMENTS = [
    {"label": "Agenda", "url": "https://city.example/agenda.pdf"},
    {"label": "Minutes", "url": "https://city.example/minutes.pdf"},
    {"label": "Video", "url": "https://video.example/watch?v=1"},
]


@pytest.fixture
def bengaluru():
    from events.models import City

    call_command("loaddata", "cities", verbosity=0)
    return City.objects.get(slug="bengaluru")


def board_meeting(title: str = "Ward Committee Meeting at Town Hall", **fields):
    defaults = {"links": DOCUMENTS, "venue_name": "Town Hall", "address": "JC Road, Bengaluru"}
    return record("m1", title, day(hour=10), **{**defaults, **fields})


def test_links_and_the_source_title_reach_the_event(bengaluru):
    run(make_source("city", bengaluru), board_meeting())
    event = Event.objects.get()
    assert event.title == "Ward Committee Meeting"
    assert event.source_title == "Ward Committee Meeting at Town Hall"
    assert event.links == DOCUMENTS


def test_a_title_normalize_keeps_leaves_source_title_blank(bengaluru):
    run(make_source("city", bengaluru), board_meeting(title="Ward Committee Meeting"))
    assert Event.objects.get().source_title == ""


def test_a_refetch_updates_links_but_never_a_moderators_title(bengaluru):
    src = make_source("city", bengaluru)
    run(src, board_meeting())
    event = Event.objects.get()
    event.title = "Ward 80 Committee Meeting"
    event.edited_fields = ["title"]
    event.save(update_fields=["title", "edited_fields"])
    run(src, board_meeting(links=[*DOCUMENTS, {"label": "Notice", "url": "https://city.example/notice.pdf"}]))
    event.refresh_from_db()
    assert event.title == "Ward 80 Committee Meeting"
    assert [link["label"] for link in event.links] == ["Agenda", "Minutes", "Video", "Notice"]


def test_a_moderators_edit_of_the_links_is_kept(bengaluru):
    src = make_source("city", bengaluru)
    run(src, board_meeting())
    event = Event.objects.get()
    event.links = [DOCUMENTS[0]]
    event.edited_fields = ["links"]
    event.save(update_fields=["links", "edited_fields"])
    run(src, board_meeting(description="Updated: the agenda now has a second item about the lake."))
    event.refresh_from_db()
    assert event.links == [DOCUMENTS[0]]


def test_a_duplicate_fills_links_the_event_lacks(bengaluru):
    primary = make_source("city", bengaluru, priority=10)
    run(primary, board_meeting(links=[]))
    assert Event.objects.get().links == []
    secondary = make_source("agg", bengaluru, trust="trusted", priority=0)
    run(secondary, record("x9", "Ward Committee Meeting", day(hour=10), links=DOCUMENTS, venue_name="Town Hall"))
    assert Event.objects.count() == 1
    assert Event.objects.get().links == DOCUMENTS


def test_the_writer_keeps_only_http_links_bounded():
    links = [
        {"label": "Agenda", "url": "https://city.example/a.pdf"},
        {"label": "Script", "url": "javascript:alert(1)"},
        {"label": "File", "url": "file:///etc/passwd"},
        {"url": "https://city.example/b.pdf"},
        {"label": "Again", "url": "https://city.example/a.pdf"},
        {"label": "x" * 500, "url": "https://city.example/c.pdf"},
        "https://city.example/d.pdf",
    ]
    assert event_links(links) == [
        {"label": "Agenda", "url": "https://city.example/a.pdf"},
        {"label": "Link", "url": "https://city.example/b.pdf"},
        {"label": "x" * 80, "url": "https://city.example/c.pdf"},
    ]
    assert len(event_links([{"label": "d", "url": f"https://e.example/{n}"} for n in range(100)])) == 20
    assert event_links("not a list") == []
    assert source_title({"title": "A", "source_title": "A"}) == ""
    assert source_title({"title": "A", "source_title": "A at B"}) == "A at B"


def test_the_page_lists_the_documents(bengaluru, client):
    run(make_source("city", bengaluru), board_meeting())
    event = Event.objects.get()
    html = client.get(event.get_absolute_url()).content.decode()
    assert "<dt>Documents</dt>" in html
    for link in DOCUMENTS:
        assert f'<a href="{link["url"]}" rel="nofollow noopener">{link["label"]}</a>' in html.replace("&amp;", "&")


def test_a_page_without_documents_has_no_documents_row(bengaluru, client):
    run(make_source("city", bengaluru), board_meeting(links=[]))
    html = client.get(Event.objects.get().get_absolute_url()).content.decode()
    assert "Documents" not in html


def test_the_api_detail_has_links_and_the_source_title(bengaluru, client):
    run(make_source("city", bengaluru), board_meeting())
    event = Event.objects.get()
    body = client.get(reverse("api:event", kwargs={"pk": event.pk})).json()
    assert body["links"] == DOCUMENTS
    assert body["source_title"] == "Ward Committee Meeting at Town Hall"


def test_the_api_detail_source_title_is_null_when_it_is_the_title(bengaluru, client):
    run(make_source("city", bengaluru), board_meeting(title="Ward Committee Meeting"))
    body = client.get(reverse("api:event", kwargs={"pk": Event.objects.get().pk})).json()
    assert body["source_title"] is None


def test_the_admin_shows_both(bengaluru, admin_client):
    run(make_source("city", bengaluru), board_meeting())
    event = Event.objects.get()
    html = admin_client.get(reverse("admin:events_event_change", args=[event.pk])).content.decode()
    assert "Ward Committee Meeting at Town Hall" in html
    assert "<a href='https://city.example/minutes.pdf' rel='nofollow noopener'>Minutes</a>" in html


HOSTILE = [
    {"label": "<script>alert(1)</script>", "url": "https://city.example/a.pdf?x=\"'><b>"},
    {"label": "Run me", "url": "javascript:alert(1)"},
    {"label": "Local", "url": "file:///etc/passwd"},
]


def event_with_links_written_directly(bengaluru) -> Event:
    """Links put in the column by another path than the writer (an import, a shell): nothing checked them."""
    run(make_source("city", bengaluru), board_meeting())
    Event.objects.update(links=HOSTILE)
    return Event.objects.get()


def test_the_page_escapes_documents_and_links_only_http(bengaluru, client):
    event = event_with_links_written_directly(bengaluru)
    html = client.get(event.get_absolute_url()).content.decode()
    assert (
        '<a href="https://city.example/a.pdf?x=&quot;&#x27;&gt;&lt;b&gt;" rel="nofollow noopener">'
        "&lt;script&gt;alert(1)&lt;/script&gt;</a>"
    ) in html
    assert "<script>alert(1)" not in html
    assert "javascript:" not in html
    assert "file:" not in html


def test_the_admin_escapes_documents_and_links_only_http(bengaluru, admin_client):
    event = event_with_links_written_directly(bengaluru)
    html = admin_client.get(reverse("admin:events_event_change", args=[event.pk])).content.decode()
    assert (
        "<a href='https://city.example/a.pdf?x=&quot;&#x27;&gt;&lt;b&gt;' rel='nofollow noopener'>"
        "&lt;script&gt;alert(1)&lt;/script&gt;</a>"
    ) in html
    assert "<script>alert(1)" not in html
    assert "javascript:alert" not in html
    assert "file:///etc" not in html


def test_the_api_detail_links_only_http(bengaluru, client):
    event = event_with_links_written_directly(bengaluru)
    body = client.get(reverse("api:event", kwargs={"pk": event.pk})).json()
    assert body["links"] == [HOSTILE[0]]
