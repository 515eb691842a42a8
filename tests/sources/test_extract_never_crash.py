"""`manage.py extract` on any file never shows a traceback (issue #13, Never crash): exit 0 with what it could
read, or exit 2 with one line. Run in-process (call_command) over every file tracked in this repository (but two
thirds of its Python modules, see PYTHON_SHARE) with --kind auto (the corpus's case files are read whole by tests/test_corpus.py, and cut here), over the demo calendar
templates (with their {{D+1}} placeholders) with every kind that could claim them, and over truncated and binary
files."""

from __future__ import annotations

import io
import os
import subprocess
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.adapters import registry

ROOT = Path(settings.BASE_DIR)
DEMO_CALENDARS = sorted((ROOT / "sources" / "demo").glob("*.ics"))
# Adapters that read a payload without the network; "scraper" runs a child process per page and is left out.
OFFLINE_KINDS = [name for name in registry.names() if name != "scraper"]
BIG = 2_000_000  # bytes: a large binary or data file adds time, not cases


def tracked_files() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout.decode("utf-8", "surrogateescape")
    except (OSError, subprocess.SubprocessError):
        return []
    paths = [ROOT / name for name in listed.split("\0") if name]
    return [path for path in paths if path.is_file() and not path.is_symlink() and path.stat().st_size <= BIG]


def extract(target: str, *options: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of extract, in-process; anything but a CommandError escapes (a crash)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("extract", target, *options, stdout=out, stderr=err)
    except CommandError as exc:
        return exc.returncode, out.getvalue(), str(exc)
    return 0, out.getvalue(), err.getvalue()


def assert_clean(code: int, stderr: str, what: str) -> None:
    assert code in (0, 2), what
    assert "Traceback" not in stderr, what
    if code == 2:
        assert "\n" not in stderr.strip(), f"{what}: the reason is one line"
        assert stderr.strip(), f"{what}: a reason is given"


SHARDS = 8  # the tracked files in eight parts, so that parallel test workers share them
# The project's own Python modules are two thirds of the tracked files and nearly half of this sweep's CPU, and they
# are one sort of document (plain text full of the dates, clocks and markup their tests quote): a fixed third of them,
# chosen by a checksum of the path, says as much about that sort. Every other tracked file is read.
PYTHON_SHARE = 3


def swept(path: Path) -> bool:
    """Whether the sweep reads this tracked file: every file but two thirds of the Python modules."""
    if path.suffix != ".py":
        return True
    return zlib.crc32(str(path.relative_to(ROOT)).encode()) % PYTHON_SHARE == 0


def test_the_listing_really_is_the_repository():
    files = tracked_files()
    if not files:
        pytest.skip("not a git checkout")
    assert len(files) > 100
    corpus = [path for path in files if corpus_case_file(path)]
    assert corpus
    assert all(path.parent.name == "files" and "manifest" not in path.name for path in corpus)
    assert any(path.name.startswith("manifest") and path.suffix == ".json" for path in files)  # still read here
    modules = [path for path in files if path.suffix == ".py"]
    read = [path for path in modules if swept(path)]
    assert len(modules) / 5 < len(read) < len(modules) / 2  # about a third of the Python modules
    assert all(swept(path) for path in files if path.suffix != ".py")


def corpus_case_file(path: Path) -> bool:
    """A file of the evaluation corpus (bench/corpus/<kind>/files/): tests/test_corpus.py reads each whole, through
    the reader extract uses, and the truncated-copies test below runs extract itself on each."""
    parts = path.relative_to(ROOT).parts
    return len(parts) > 3 and parts[:2] == ("bench", "corpus") and parts[3] == "files"


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_tracked_file_with_kind_auto(shard):
    for path in [path for path in tracked_files() if not corpus_case_file(path) and swept(path)][shard::SHARDS]:
        code, _out, err = extract(str(path), "--kind", "auto", "--from", "2026-01-01", "--to", "2027-01-01")
        assert_clean(code, err, str(path.relative_to(ROOT)))


@pytest.mark.parametrize("kind", ["auto", "ics", "rss", "html", "jsonld", "json_api"])
@pytest.mark.parametrize("calendar", DEMO_CALENDARS, ids=lambda path: path.name)
def test_demo_calendar_templates_with_each_kind(calendar, kind):
    """The templates' {{D+1}} placeholders are not dates: those events are skipped, the rest read."""
    code, _out, err = extract(str(calendar), "--kind", kind, "--from", "2026-01-01", "--to", "2027-01-01")
    assert_clean(code, err, f"{calendar.name} --kind {kind}")


def test_demo_templates_as_a_calendar_skip_the_placeholder_events_by_name():
    code, _out, err = extract(str(DEMO_CALENDARS[0]), "--kind", "ics")
    assert code == 0
    assert "{{D+" in err  # each skipped event says which value it could not read


@pytest.mark.parametrize("kind", OFFLINE_KINDS)
def test_every_kind_on_every_sort_of_document(kind, tmp_path):
    samples = {
        "binary.bin": bytes(range(256)) * 8,
        "nul.txt": b"\x00" * 100,
        "utf16.ics": "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n".encode("utf-16"),
        "cut.ics": b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026050",
        "cut.xml": b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Jazz</ti',
        "cut.json": b'{"events": [{"title": "Jazz", "start": "2026-05-0',
        "cut.html": b'<html><head><script type="application/ld+json">{"@type": "Event", "name"',
        "deep.json": b"[" * 5000 + b"]" * 5000,
        "text.txt": "Jazz Night – Saturday, December 5, 2026 8pm at the Pier".encode(),
        "empty.json": b"{}",
    }
    for name, payload in samples.items():
        path = tmp_path / name
        path.write_bytes(payload)
        code, _out, err = extract(str(path), "--kind", kind)
        assert_clean(code, err, f"{name} --kind {kind}")


def test_truncated_copies_of_the_demo_calendars_and_the_corpus(tmp_path):
    corpus = ROOT / "bench" / "corpus"
    originals = [*DEMO_CALENDARS, *sorted(path for path in corpus.rglob("files/*") if path.is_file())]
    for index, original in enumerate(originals):
        payload = original.read_bytes()
        fraction = 2 + index % 2  # each file cut once, at a half or a third: the cuts land in every sort of place
        cut = tmp_path / f"{original.name}.{fraction}"
        cut.write_bytes(payload[: len(payload) // fraction])
        code, _out, err = extract(str(cut))
        assert_clean(code, err, f"{original.name} cut to 1/{fraction}")


def test_a_folder_with_unreadable_files_lists_them_and_goes_on(tmp_path):
    (tmp_path / "a.bin").write_bytes(os.urandom(64))
    (tmp_path / "b.ics").write_bytes(DEMO_CALENDARS[0].read_bytes())
    code, _out, err = extract(str(tmp_path))
    assert code == 0
    assert "skipped file" in err
    assert "a.bin" in err
