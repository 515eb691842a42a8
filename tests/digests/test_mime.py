"""digests.mime: the digest's MIME message built without Django's email.mime path must be the message Django
would have built (same headers once decoded, same two parts, same transfer encodings), and what a real SMTP
server receives must parse back to the subject, names, links and bodies that were rendered, with every header
line folded within the limits and nothing injected."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.message import BadHeaderError, sanitize_address
from django.utils import timezone

from digests.mime import DigestMessage, SmtpBackend, digest_connection, envelope_address, header_value
from digests.models import DigestSend, Subscription
from digests.rendering import DigestRenderer, digest_message_id
from digests.services.sending import digests_send
from tests.digests.factories import ActiveSubscriptionFactory
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

TZ = "Europe/Berlin"
FOLD_LIMIT = 78  # a folded header line, where a space allows
WIRE_LIMIT = 998  # any line (RFC 5322)


def parse(raw: bytes) -> EmailMessage:
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def header_block(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")


def overlong_but_breakable(lines: list[bytes]) -> list[bytes]:
    """Header lines over 78 characters that hold a space a folder could have broken them at."""
    found = []
    for line in lines:
        words = line[1:] if line[:1] == b" " else line.partition(b": ")[2]
        if len(line) > FOLD_LIMIT and b" " in words.strip():
            found.append(line)
    return found


def content(message: EmailMessage) -> dict[str, tuple[str, str]]:
    """{content type: (transfer encoding, text with LF line ends)} of the leaf parts."""
    return {
        part.get_content_type(): (str(part["Content-Transfer-Encoding"]), part.get_content().replace("\r\n", "\n"))
        for part in message.walk()
        if not part.is_multipart()
    }


def digest(city_name: str, *, title: str = "Konzert im Park", events: int = 3, **message: object) -> DigestMessage:
    city = CityFactory(name=city_name, timezone=TZ)
    start = timezone.now() + dt.timedelta(hours=30)
    ids = [
        EventFactory(city=city, timezone=TZ, title=f"{title} {n}", start=start + dt.timedelta(hours=n)).pk
        for n in range(events)
    ]
    subscription = Subscription.objects.select_related("city").get(pk=ActiveSubscriptionFactory(city=city).pk)
    renderer = DigestRenderer(now=timezone.now())
    return renderer.message(subscription, ids, message_id=digest_message_id(1), **message)  # type: ignore[arg-type]


def djangos(message: DigestMessage) -> bytes:
    """What Django's own email.mime path makes of the same message."""
    return EmailMultiAlternatives.message(message).as_bytes(linesep="\r\n")


CASES = [
    ("Leeds", "Konzert im Park"),
    ("Zürich", "Sommerfest am Ufer"),  # a non-ASCII subject: RFC 2047 words
    ("São Paulo de Todos os Santos e das Ilhas do Atlântico Sul, Região Metropolitana", "Noite de fado"),
    ("Łódź", "Ünïcödé “quoted” title — with a dash"),
    ("From", "From the start of a line"),  # "From " at a line start: not mangled to ">From "
]


@pytest.mark.parametrize(("city_name", "title"), CASES)
def test_the_message_is_the_one_django_would_build(settings, city_name, title):
    settings.DEFAULT_FROM_EMAIL = "Whatsön Digests <events@whatson-mail.net>"
    message = digest(city_name, title=title)

    ours, theirs = parse(message.message().as_bytes(linesep="\r\n")), parse(djangos(message))

    # The boundary is random and the date the clock's. Django's folding left a space before some values (a
    # long subject, List-Unsubscribe), read back as part of them: ours does not.
    skip = {"content-type", "date"}
    assert [(name, str(value)) for name, value in ours.items() if name.lower() not in skip] == [
        (name, str(value).lstrip()) for name, value in theirs.items() if name.lower() not in skip
    ]
    assert ours.get_content_type() == theirs.get_content_type() == "multipart/alternative"
    assert ours["Date"] is not None
    assert content(ours) == content(theirs)
    assert ours["Subject"] == message.subject
    assert ours["From"].addresses[0].display_name == "Whatsön Digests"
    text, html = content(ours)["text/plain"][1], content(ours)["text/html"][1]
    assert text == message.body.replace("\r\n", "\n")
    assert html == message.alternatives[0][0]
    assert f"{title} 0" in text


def test_long_ascii_headers_fold_at_spaces_and_unfold_to_the_value():
    value = (
        "<https://whatson.example/digests/unsubscribe/"
        + "t" * 60
        + "/>, <mailto:unsubscribe@whatson.example?subject=x>"
    )
    folded = header_value("List-Unsubscribe", value)
    lines = f"List-Unsubscribe: {folded}".split("\n")
    assert len(lines) == 2
    assert all(line.startswith(" ") for line in lines[1:])
    assert folded.replace("\n", "") == value  # unfolding (dropping the line breaks) gives the value back
    words = " ".join(["word"] * 60)
    folded = header_value("Subject", words)
    assert folded.replace("\n", "") == words
    assert max(len(line) for line in f"Subject: {folded}".split("\n")) <= FOLD_LIMIT
    assert header_value("Precedence", "bulk") == "bulk"
    spaced = "a  b " + "c" * 70 + "  d   "  # runs of spaces survive folding; no line is only a space
    folded = header_value("X-Spaced", spaced)
    assert folded.replace("\n", "") == spaced
    assert all(line.strip() for line in folded.split("\n"))


def test_a_header_with_a_line_break_is_refused():
    with pytest.raises(BadHeaderError):
        header_value("Subject", "Gig\r\nBcc: someone@mail-host.net")
    message = DigestMessage(subject="Hi", body="x", to=["a@mail-host.net"], headers={"X-Evil": "a\nBcc: b"})
    message.attach_alternative("<p>x</p>", "text/html")
    with pytest.raises(BadHeaderError):
        message.message()


def test_a_line_over_998_bytes_goes_djangos_way_quoted_printable(sink):
    # The title's letters, percent-encoded in the Google Calendar link, make a line of over 998 bytes.
    message = digest("Leeds", title="Długi " + "ą" * 280, events=1)
    tree = message.message()
    assert [part["Content-Transfer-Encoding"] for part in tree.walk() if not part.is_multipart()] == [
        "quoted-printable",
        "quoted-printable",
    ]
    assert get_connection().send_messages([message]) == 1
    [received] = sink.messages
    assert max(len(line) for line in received.raw.split(b"\r\n")) <= WIRE_LIMIT
    text = content(received.message)["text/plain"][1]
    assert "* Długi " + "ą" * 280 + " 0\n" in text
    assert "text=D%C5%82ugi+" + "%C4%85" * 280 + "+0&" in text  # the calendar link: a line of 1,700 bytes, whole


def test_other_shapes_fall_back_to_django(settings):
    message = DigestMessage(subject="Hi", body="Text", to=["a@mail-host.net"], cc=["b@mail-host.net"])
    message.attach_alternative("<p>Text</p>", "text/html")
    assert parse(message.message().as_bytes())["Cc"] == "b@mail-host.net"
    attached = DigestMessage(subject="Hi", body="Text", to=["a@mail-host.net"])
    attached.attach("a.txt", "attached", "text/plain")
    attached.attach_alternative("<p>Text</p>", "text/html")
    assert [part.get_content_type() for part in parse(attached.message().as_bytes()).walk()][-1] == "text/plain"
    only_text = DigestMessage(subject="Hi", body="Text", to=["a@mail-host.net"])
    assert parse(only_text.message().as_bytes()).get_content().strip() == "Text"


def test_the_tree_can_be_read_and_changed_like_djangos(settings):
    message = digest("Zürich")
    tree = message.message()
    assert "List-Unsubscribe" in tree
    assert tree.get_boundary() is not None
    text = tree.get_payload()[0].get_payload(decode=True).decode("utf-8")
    assert text.replace("\r\n", "\n") == message.body
    tree["X-Added"] = "by an ESP backend"
    assert parse(tree.as_bytes(linesep="\r\n"))["X-Added"] == "by an ESP backend"
    assert b"\r\n" not in tree.as_bytes()  # the console and file backends write "\n"
    assert str(tree).startswith("Content-Type: multipart/alternative;")


def test_envelope_addresses_are_what_djangos_sanitizer_gives():
    for address in (
        "reader7@mail-host.net",
        "first.last+tag@sub.mail-host.net",
        "Ana <ana@mail-host.net>",
        "josé@mail-host.net",
        "ana@bücher.example.org",
        '"odd local"@mail-host.net',
    ):
        assert envelope_address(address) == sanitize_address(address, "utf-8"), address


def test_the_digest_run_uses_the_digest_smtp_backend_only_in_place_of_djangos(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert type(digest_connection()) is SmtpBackend
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert type(digest_connection()).__module__ == "django.core.mail.backends.locmem"


def test_console_and_locmem_backends_take_a_digest(settings, capsys):
    message = digest("Zürich")
    assert get_connection("django.core.mail.backends.locmem.EmailBackend").send_messages([message]) == 1
    assert mail.outbox[-1].subject == message.subject
    assert get_connection("django.core.mail.backends.console.EmailBackend").send_messages([message]) == 1
    assert "Subject: =?utf-8?q?What=27s_on_in_Z=C3=BCrich" in capsys.readouterr().out


def test_over_smtp_non_ascii_names_long_lines_and_both_parts_arrive_intact(sink, settings):
    settings.DEFAULT_FROM_EMAIL = "Whatsön — Digests <events@whatson-mail.net>"
    name = "Kraków Wielkopolskie i Małopolskie, Województwo Śląskie, Łódź i okolice"
    city = CityFactory(name=name, timezone=TZ)
    start = timezone.now() + dt.timedelta(hours=30)
    titles = ["Koncert “Chopin” — fortepian", ".Net meetup", "From the river: a walk", "Ćwiczenia " + "ą" * 40]
    events = [
        EventFactory(city=city, timezone=TZ, title=title, start=start + dt.timedelta(hours=n))
        for n, title in enumerate(titles)
    ]
    subscriber = ActiveSubscriptionFactory(city=city)

    assert digests_send(now=timezone.now(), force=True).sent == 1

    [received] = sink.messages
    assert received.rcpt_tos == (subscriber.email,)
    assert received.mail_from == "events@whatson-mail.net"
    message, lines = received.message, header_block(received.raw)
    # Headers: ASCII on the wire, folded lines no longer than 78 where a space allows, never over 998.
    assert all(line.isascii() for line in lines)
    assert max(len(line) for line in received.raw.split(b"\r\n")) <= WIRE_LIMIT
    assert not overlong_but_breakable(lines)
    assert message["Subject"] == f"What's on in {name} this week: 4 events"
    assert message["From"].addresses[0].display_name == "Whatsön — Digests"
    assert message["To"] == subscriber.email
    row = DigestSend.objects.get(subscription=subscriber)
    assert message["Message-ID"] == row.message_id
    # The row's mark (one UPDATE per message, written without the ORM): what the ORM would have stored.
    assert (row.status, row.esp_message_id) == (DigestSend.Status.SENT, "")
    assert row.event_ids == [event.pk for event in events]
    assert row.sent_at is not None
    assert abs(row.sent_at - timezone.now()) < dt.timedelta(minutes=5)
    assert row.updated_at == row.sent_at
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = (item.strip().strip("<>") for item in message["List-Unsubscribe"].split(","))
    assert https.startswith(settings.SITE_URL.rstrip("/") + "/digests/unsubscribe/")
    assert mailto.startswith("mailto:")
    assert "subject=unsubscribe%20" in mailto
    assert message["List-Id"].endswith(".digests." + settings.SITE_URL.split("//")[1].split("/")[0].split(":")[0] + ">")
    assert (message["Precedence"], message["Auto-Submitted"]) == ("bulk", "auto-generated")
    # Both parts, UTF-8, 8bit, every title whole (the long one too, lines unbroken).
    assert message.get_content_type() == "multipart/alternative"
    parts = content(message)
    assert set(parts) == {"text/plain", "text/html"}
    for encoding, body in parts.values():
        assert encoding == "8bit"
        for title in titles:
            assert title in body
    assert "\n* .Net meetup\n" in parts["text/plain"][1]  # the SMTP dot-stuffing was undone by the server
    assert "\n* From the river: a walk\n" in parts["text/plain"][1]
