"""What every cross-listed case's build script does with its records: write them beside it as JSON lines, or with
``--check`` compare them to the committed file (tests/events/pipeline/test_dedup_cross_listed.py runs the check)."""

from __future__ import annotations

import json
from pathlib import Path


def write_or_check(rows: list[dict], target: Path, *, check: bool) -> int:
    """0 when the records are written, or match ``target`` under ``check``; 1 when they differ from it."""
    keys = [f"{row['source']}:{row['external_id']}" for row in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit(f"{target.name}: two listings share a key")
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if check:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print(f"{target.name}: {'matches' if same else 'DIFFERS from'} the transcription ({len(rows)} records)")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"{len(rows)} records written to {target}")
    return 0
