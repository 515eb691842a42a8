"""`manage.py extract` on hostile input: nothing a terminal interprets is printed, unreadable input is exit 2
with one line (never a traceback), and the good events of a partly bad file are still printed (exit 0)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management.base import CommandError

from sources.adapters.rss import FeedAdapter
from tests.sources.helpers import run_extract

WINDOW = ["--from", "2026-11-01", "--to", "2027-12-01"]
# ESC and CSI (C1, 0x9B) start terminal escape sequences; BEL ends an OSC one.
TERMINAL = ("\x1b", "\x9b", "\x07", "\x00")
HOSTILE_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Pub</title>'
    b"<item><title>Quiz - December 8, 8pm</title><link>https://pub.example/quiz</link>"
    b"<description>Teams \x1b[31mof\x1b[0m four\xc2\x9b2J</description></item>"
    b"<item><title>Bad &#xD800; - December 9, 8pm</title><link>https://pub.example/bad</link></item>"
    b"<item><title>No date \x1b]0;owned\x07 at all</title><link>https://pub.example/\x1b[2Jnodate</link></item>"
    b"</channel></rss>"
)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def assert_terminal_safe(text: str) -> None:
    assert not any(character in text for character in TERMINAL), repr(text)
    assert not any("\ud800" <= character <= "\udfff" for character in text), repr(text)


def test_a_hostile_feed_prints_its_events_and_reasons_without_terminal_escapes(tmp_path):
    events, stderr = run_extract(write(tmp_path, "pub.rss", HOSTILE_FEED), *WINDOW)
    assert [event["external_id"] for event in events] == ["https://pub.example/quiz", "https://pub.example/bad"]
    assert events[0]["description"] == "Teams of four2J"
    assert "skipped https://pub.example/nodate:" in stderr
    assert_terminal_safe(json.dumps(events, ensure_ascii=False))
    assert_terminal_safe(stderr)


def test_messages_about_a_hostile_file_name_are_one_clean_line(tmp_path):
    with pytest.raises(CommandError) as raised:
        run_extract(str(tmp_path / "evil\x1b[31m\nname.rss"))
    assert raised.value.returncode == 2
    message = str(raised.value)
    assert "\n" not in message
    assert_terminal_safe(message)


def test_json_nested_50k_deep_is_exit_2_with_one_line(tmp_path):
    deep = write(tmp_path, "deep.json", b'{"_embedded": {"events": ' + b"[" * 50_000 + b"]" * 50_000 + b"}}")
    with pytest.raises(CommandError, match="nested too deeply") as raised:
        run_extract(deep, "--kind", "ticketmaster")
    assert raised.value.returncode == 2


def test_an_adapter_failing_unexpectedly_is_exit_2_with_one_line(tmp_path, monkeypatch):
    def broken(self, payload):
        raise ZeroDivisionError("a bug, or a document no one foresaw")

    monkeypatch.setattr(FeedAdapter, "parse", broken)
    with pytest.raises(CommandError) as raised:
        run_extract(write(tmp_path, "pub.rss", HOSTILE_FEED))
    assert raised.value.returncode == 2
    assert str(raised.value).endswith("ZeroDivisionError while reading")


@pytest.mark.parametrize("name", ["Asia", "Europe", "A" * 300])
def test_a_tz_that_is_not_a_zone_is_exit_2(name, tmp_path):
    with pytest.raises(CommandError, match="unknown timezone") as raised:
        run_extract(write(tmp_path, "pub.rss", HOSTILE_FEED), "--tz", name)
    assert raised.value.returncode == 2


# --- a real process: the exit status and the bytes a terminal would receive ---------------------------


def extract_process(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    return subprocess.run(  # our own interpreter and manage.py
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "extract", *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_process_exits_2_with_one_line_and_no_traceback(tmp_path):
    deep = write(tmp_path, "deep.json", b'{"_embedded": {"events": ' + b"[" * 50_000 + b"]" * 50_000 + b"}}")
    result = extract_process(deep, "--kind", "ticketmaster")
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_the_process_exits_0_and_writes_no_escape_bytes(tmp_path):
    result = extract_process(write(tmp_path, "pub.rss", HOSTILE_FEED), *WINDOW)
    assert result.returncode == 0, result.stderr
    for stream in (result.stdout, result.stderr):
        assert b"\x1b" not in stream
        assert b"\x07" not in stream
        assert "\x9b".encode() not in stream  # the 8-bit CSI, as UTF-8
        stream.decode("utf-8")  # strict: no surrogates made it out
    assert len(result.stdout.splitlines()) == 2
