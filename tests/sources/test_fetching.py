"""Reading source bytes: file roots, the SSRF guard, size caps and redirects."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sources.fetching import FetchError, check_public_host, fetch_url, normalize_url, read_local_file


def test_local_files_must_be_inside_the_roots(tmp_path):
    inside = tmp_path / "ok.ics"
    inside.write_text("BEGIN:VCALENDAR")
    assert read_local_file(str(inside), roots=[tmp_path]) == b"BEGIN:VCALENDAR"
    with pytest.raises(FetchError, match="outside SOURCE_FILE_ROOTS"):
        read_local_file(str(tmp_path / ".." / "etc" / "passwd"), roots=[tmp_path])
    with pytest.raises(FetchError, match="outside SOURCE_FILE_ROOTS"):
        read_local_file("/etc/hostname", roots=[tmp_path])


def test_local_file_size_is_capped(tmp_path, settings):
    settings.FETCH_MAX_BYTES = 10
    big = tmp_path / "big.ics"
    big.write_bytes(b"x" * 11)
    with pytest.raises(FetchError, match="larger than 10 bytes"):
        read_local_file(str(big), roots=[tmp_path])


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/cal.ics", "http://localhost:8000/", "http://[::1]/", "http://10.0.0.5/", "http://169.254.169.254/latest/meta-data/",
     "http://192.168.1.1/", "http://0.0.0.0/"],
)  # fmt: skip
def test_ssrf_guard_refuses_non_public_addresses(url):
    with pytest.raises(FetchError, match="non-public address"):
        check_public_host(url)


def test_ssrf_guard_refuses_other_schemes():
    with pytest.raises(FetchError, match="Unsupported URL scheme"):
        fetch_url("file:///etc/passwd")
    with pytest.raises(FetchError, match="Unsupported URL scheme"):
        fetch_url("gopher://127.0.0.1/")


def test_webcal_is_https():
    assert normalize_url("webcal://cal.example/feed.ics") == "https://cal.example/feed.ics"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        if self.path == "/redirect-private":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:1/secret")
            self.end_headers()
            return
        body = b"BEGIN:VCALENDAR\r\n" + (b"x" * 5000 if self.path == "/big" else b"")
        self.send_response(200 if self.path != "/missing" else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_from_loopback_only_when_allowed(server, settings):
    with pytest.raises(FetchError, match="non-public"):
        fetch_url(f"{server}/cal.ics")
    assert fetch_url(f"{server}/cal.ics", allow_private=True) == b"BEGIN:VCALENDAR\r\n"
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{server}/missing", allow_private=True)
    settings.FETCH_MAX_BYTES = 1000
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        fetch_url(f"{server}/big", allow_private=True)


def test_redirects_are_followed_and_each_hop_checked(server, monkeypatch):
    import sources.fetching as fetching

    checked: list[str] = []

    def guard(url: str) -> None:
        checked.append(url)
        if ":1/" in url:
            raise FetchError("blocked hop")

    monkeypatch.setattr(fetching, "check_public_host", guard)
    with pytest.raises(FetchError, match="blocked hop"):
        fetch_url(f"{server}/redirect-private")
    assert checked == [f"{server}/redirect-private", "http://127.0.0.1:1/secret"]
