"""The HTTP client against a real local server: guard, caps, retries, Retry-After, rate limit, 304."""

from __future__ import annotations

import pytest

from sources.fetching import FetchError, check_public_host, normalize_url, read_local_file
from sources.http import HttpClient, NotModified, Validators, retry_after_seconds


def client(**kwargs) -> HttpClient:
    return HttpClient(rate_key="test", allow_private=True, **kwargs)


def test_local_files_must_be_inside_the_roots(tmp_path):
    inside = tmp_path / "ok.ics"
    inside.write_text("BEGIN:VCALENDAR")
    assert read_local_file(str(inside), roots=[tmp_path]) == b"BEGIN:VCALENDAR"
    for outside in (str(tmp_path / ".." / "etc" / "passwd"), "/etc/hostname"):
        with pytest.raises(FetchError, match="outside SOURCE_FILE_ROOTS"):
            read_local_file(outside, roots=[tmp_path])


def test_local_file_size_is_capped(tmp_path, settings):
    settings.FETCH_MAX_BYTES = 10
    big = tmp_path / "big.ics"
    big.write_bytes(b"x" * 11)
    with pytest.raises(FetchError, match="larger than 10 bytes"):
        read_local_file(str(big), roots=[tmp_path])


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/cal.ics", "http://localhost:8000/", "http://[::1]/", "http://10.0.0.5/",
     "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1/", "http://0.0.0.0/", "http://[fd00::1]/"],
)  # fmt: skip
def test_ssrf_guard_refuses_non_public_addresses(url):
    with pytest.raises(FetchError, match="non-public address"):
        check_public_host(url)


def test_loopback_is_refused_unless_the_source_allows_it(recorded):
    recorded.add("/cal.ics", body="BEGIN:VCALENDAR")
    with HttpClient(rate_key="t") as guarded, pytest.raises(FetchError, match="non-public"):
        guarded.get(recorded.url("/cal.ics"))
    assert recorded.requests == []  # refused before any connection
    with client() as allowed:
        assert allowed.get(recorded.url("/cal.ics")).content == b"BEGIN:VCALENDAR"


def test_other_schemes_are_refused_and_webcal_is_https():
    with client() as http:
        for url in ("file:///etc/passwd", "gopher://127.0.0.1/", "ftp://example.org/x"):
            with pytest.raises(FetchError, match="Unsupported URL scheme"):
                http.get(url)
    assert normalize_url("webcal://cal.example/feed.ics") == "https://cal.example/feed.ics"


def test_a_redirect_to_a_private_address_is_refused(recorded):
    # The source may reach its own (loopback) host, but a redirect to another port of it is another service.
    recorded.add("/go", status=302, headers={"Location": "http://127.0.0.1:1/secret"})
    with client() as http, pytest.raises(FetchError, match="non-public address"):
        http.get(recorded.url("/go"))
    assert [request.path for request in recorded.requests] == ["/go"]


def test_a_50_mb_response_is_refused(recorded):
    recorded.add("/huge", body=b"x" * (50 * 1024 * 1024))
    recorded.add("/huge-chunked", body=b"y" * (50 * 1024 * 1024), headers={"Transfer-Encoding": "chunked"})
    with client() as http:
        with pytest.raises(FetchError, match="larger than 10485760 bytes"):
            http.get(recorded.url("/huge"))
        with pytest.raises(FetchError, match="larger than 10485760 bytes"):
            http.get(recorded.url("/huge-chunked"))


def test_server_errors_are_retried_with_backoff(recorded, no_sleep):
    recorded.add("/flaky", RecordedReplies.status(500), RecordedReplies.status(502), RecordedReplies.ok(b"fine"))
    with client(sleep=no_sleep.append) as http:
        assert http.get(recorded.url("/flaky")).content == b"fine"
    assert len(no_sleep) == 2
    assert 1.0 <= no_sleep[0] <= 2.0  # base 1 s plus jitter
    assert 2.0 <= no_sleep[1] <= 4.0  # doubled


def test_429_honours_retry_after(recorded, no_sleep):
    recorded.add("/limited", RecordedReplies.status(429, {"Retry-After": "7"}), RecordedReplies.ok(b"[]"))
    with client(sleep=no_sleep.append) as http:
        assert http.get_json(recorded.url("/limited")) == []
    assert no_sleep == [7.0]


def test_429_asking_for_too_long_a_wait_fails_the_run(recorded, no_sleep):
    recorded.add("/patience", status=429, headers={"Retry-After": "3600"})
    with client(sleep=no_sleep.append) as http, pytest.raises(FetchError, match="asks to wait 3600 s"):
        http.get(recorded.url("/patience"))
    assert no_sleep == []


def test_persistent_failure_gives_up_with_the_reason(recorded, no_sleep, settings):
    recorded.add("/down", status=503)
    with (
        client(sleep=no_sleep.append) as http,
        pytest.raises(FetchError, match=r"HTTP 503 .*\(gave up after 4 attempts\)"),
    ):
        http.get(recorded.url("/down"))
    assert len(recorded.requests) == 4


def test_timeouts_are_retried_then_reported(recorded, no_sleep, settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.2
    settings.FETCH_MAX_RETRIES = 1
    recorded.add("/slow", delay=1.0, body="late")
    with (
        client(sleep=no_sleep.append) as http,
        pytest.raises(FetchError, match="ReadTimeout.*gave up after 2 attempts"),
    ):
        http.get(recorded.url("/slow"))
    assert len(no_sleep) == 1


def test_client_errors_are_not_retried(recorded, no_sleep):
    recorded.add("/gone", status=404)
    with client(sleep=no_sleep.append) as http, pytest.raises(FetchError, match="HTTP 404"):
        http.get(recorded.url("/gone"))
    assert len(recorded.requests) == 1


def test_conditional_get_sends_validators_and_raises_not_modified(recorded):
    def answer(request):
        if request.headers.get("if-none-match") == '"v1"':
            return RecordedReplies.status(304)
        return RecordedReplies.ok(
            b"BEGIN:VCALENDAR", {"ETag": '"v1"', "Last-Modified": "Sat, 21 Nov 2026 05:00:00 GMT"}
        )

    recorded.add("/feed", answer)
    with client() as first:
        first.get(recorded.url("/feed"), conditional=True)
    assert first.validators == Validators(etag='"v1"', last_modified="Sat, 21 Nov 2026 05:00:00 GMT")
    with client(validators=first.validators) as second, pytest.raises(NotModified):
        second.get(recorded.url("/feed"), conditional=True)
    assert recorded.requests[1].headers["if-modified-since"] == "Sat, 21 Nov 2026 05:00:00 GMT"


def test_rate_limit_waits_for_the_next_window(recorded, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rate"}}
    recorded.add("/page", body="ok")
    now = [1_200_020.0]  # 20 s into a minute
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    with client(rate_limit_per_minute=2, sleep=sleep, clock=lambda: now[0]) as http:
        for _ in range(5):
            http.get(recorded.url("/page"))
    # 2 requests in the first minute, 2 in the next, 1 in the third: two waits to a window boundary.
    assert [round(wait) for wait in waits] == [40, 60]
    assert len(recorded.requests) == 5


def test_rate_limit_is_shared_between_clients_of_one_source(recorded, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"}}
    recorded.add("/page", body="ok")
    waits: list[float] = []
    clock = lambda: 1_800_010.0  # noqa: E731 - frozen, 10 s into a minute
    with client(rate_limit_per_minute=1, clock=clock) as worker_a:
        worker_a.get(recorded.url("/page"))

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        raise TimeoutError("would wait")

    with client(rate_limit_per_minute=1, sleep=sleep, clock=clock) as worker_b, pytest.raises(TimeoutError):
        worker_b.get(recorded.url("/page"))
    assert waits == [50.0]


def test_retry_after_formats():
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Sat, 21 Nov 2026 05:01:00 GMT", now=1795237200.0) == 60.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_bad_json_is_a_clear_error(recorded):
    recorded.add("/api", body="<html>oops</html>", content_type="text/html")
    with client() as http, pytest.raises(FetchError, match="is not JSON"):
        http.get_json(recorded.url("/api"))


class RecordedReplies:
    @staticmethod
    def status(code: int, headers: dict[str, str] | None = None):
        from tests.sources.conftest import RecordedServer

        return RecordedServer.reply(status=code, headers=headers)

    @staticmethod
    def ok(body: bytes, headers: dict[str, str] | None = None):
        from tests.sources.conftest import RecordedServer

        return RecordedServer.reply(body=body, headers=headers)
