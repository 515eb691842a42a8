"""`manage.py dedupe`: JSON lines in, de-duplicated JSON lines out; bad input exits 2; no database needed."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from events.pipeline.dedup import dedupe_batch
from tests.events.pipeline.test_dedup import at, event, seed_pair


def dedupe(*args: str) -> tuple[list[dict[str, Any]], str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("dedupe", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_command_round_trip(tmp_path):
    path = tmp_path / "events.jsonl"
    elsewhere = event("c", "Velvet Hours", at("20:00"), city="Mumbai")
    lines = [json.dumps(record) for record in seed_pair()] + ["", json.dumps(elsewhere)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, _ = dedupe(str(path))
    assert [r["external_id"] for r in records] == ["fest-1", "evt-9", "c"]
    assert records[0]["title"] == "Food Festival at Indiranagar"
    # The command prints what the library decides (test_dedup.py covers the decision itself).
    similarity = dedupe_batch(seed_pair())[0].similarity
    assert [(r["cluster"], r["duplicate_of"], r["similarity"], r["dedup_band"]) for r in records] == [
        ("ics:evt-9", "evt-9", similarity, "merge"),
        ("ics:evt-9", None, similarity, "merge"),
        ("yelp:c", None, 0.0, "distinct"),
    ]
    held, _ = dedupe(str(path), "--merge-threshold", str(min(1.0, similarity + 0.01)))
    assert [r["dedup_band"] for r in held] == ["review", "review", "distinct"]
    _, summary = dedupe(str(path), "--verbosity", "2")
    assert summary.strip() == "3 records, 2 clusters, 1 duplicates, 0 for review, 1 pairs compared"


def test_command_reads_stdin(monkeypatch):
    payload = "\n".join(json.dumps(record) for record in seed_pair()).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload)))
    records, _ = dedupe("-")
    assert [r["duplicate_of"] for r in records] == ["evt-9", None]
    empty = io.TextIOWrapper(io.BytesIO(b""))
    monkeypatch.setattr("sys.stdin", empty)
    assert dedupe() == ([], "")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "ok"}\n{"title": \n', "line 2: invalid JSON"),
        ('{"title": "ok"}\n\n[1, 2]\n', "line 3: expected a JSON object, got list"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
    ],
)
def test_command_exits_2_on_bad_input(tmp_path, content, reason):
    path = tmp_path / "bad.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=reason) as raised:
        dedupe(str(path))
    assert raised.value.returncode == 2


def test_command_exits_2_on_a_missing_file_or_bad_thresholds(tmp_path):
    with pytest.raises(CommandError, match="cannot read .*missing.jsonl: No such file or directory") as raised:
        dedupe(str(tmp_path / "missing.jsonl"))
    assert raised.value.returncode == 2
    with pytest.raises(CommandError, match="--review-threshold must not be above") as bad:
        dedupe(str(tmp_path / "missing.jsonl"), "--merge-threshold", "0.5")
    assert bad.value.returncode == 2


def test_command_runs_as_a_process_and_touches_no_database(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:1/{tmp_path.name}",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    good = "\n".join(json.dumps(record) for record in seed_pair())
    ok = subprocess.run(
        [sys.executable, "manage.py", "dedupe", "-"], input=good, capture_output=True, text=True, env=env, check=False
    )
    assert ok.returncode == 0, ok.stderr
    assert [json.loads(line)["duplicate_of"] for line in ok.stdout.splitlines()] == ["evt-9", None]
    bad = subprocess.run(
        [sys.executable, "manage.py", "dedupe", "-"],
        input="{nope",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.strip().splitlines() == [
        "CommandError: stdin, line 1: invalid JSON (Expecting property name enclosed in double quotes)"
    ]
