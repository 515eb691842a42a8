"""bench/eval.py --corpus: a held-out batch kept outside the repository is read and scored from its own directory,
laid out as bench/corpus, and nothing of bench/corpus is read with it."""

from __future__ import annotations

import json
import shutil
import zoneinfo
from pathlib import Path
from typing import Any

import pytest

from tests.bench_eval import load_eval

evaluation = load_eval()
CASE_ID = "xcal-rfc6321-example1"


def one_case_corpus(root: Path, *, sha256: str | None = None) -> dict[str, Any]:
    """A corpus of one feed case, copied from bench/corpus (its file and its manifest entry)."""
    case = next(case for case in evaluation.load_manifest("feeds") if case["id"] == CASE_ID)
    if sha256 is not None:
        case = {**case, "sha256": sha256}
    target = root / "feeds" / case["file"]
    target.parent.mkdir(parents=True)
    shutil.copyfile(evaluation.CORPUS / "feeds" / case["file"], target)
    (root / "feeds" / "manifest-batch.json").write_text(json.dumps({"cases": [case]}), encoding="utf-8")
    return case


def test_a_corpus_elsewhere_is_scored_from_its_own_manifests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = one_case_corpus(tmp_path)
    assert evaluation.main(["--corpus", str(tmp_path), "--kind", "feeds", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    zone = zoneinfo.ZoneInfo(case.get("tz") or "UTC")
    default = evaluation.score_case(case, evaluation.read_case("feeds", case)[0], zone)
    # Only the one case (bench/corpus/feeds has five), scored as the default corpus scores it.
    assert report["feeds"]["files"] == 1
    assert report["feeds"]["expected"] == case["expected"]["count"]
    assert report["feeds"]["found"] == default.found


def test_the_files_are_read_from_the_corpus_given(tmp_path: Path) -> None:
    one_case_corpus(tmp_path, sha256="0" * 64)
    with pytest.raises(SystemExit, match=str(tmp_path)):
        evaluation.main(["--corpus", str(tmp_path), "--kind", "feeds"])


def test_the_report_names_a_corpus_elsewhere_and_keeps_its_heading_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_case_corpus(tmp_path)
    evaluation.main(["--corpus", str(tmp_path), "--kind", "feeds"])
    assert capsys.readouterr().out.startswith(f"Real-world evaluation ({tmp_path.resolve()}: ")
    evaluation.main(["--kind", ""])  # no kind: the heading alone, without reading the whole corpus for it
    assert capsys.readouterr().out.startswith("Real-world evaluation (bench/corpus: ")


def test_a_missing_corpus_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        evaluation.main(["--corpus", str(tmp_path / "nowhere"), "--kind", "feeds"])
    assert evaluation.NO_CORPUS.format(corpus=tmp_path / "nowhere") in capsys.readouterr().err


def heldout_manifest(root: Path, kind: str, part: str, first: dict[str, Any] | None) -> None:
    folder = root / kind
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"cases": []}
    if first is not None:
        manifest["figures"] = {"measured": "once, before any rule", "first": first}
    (folder / f"manifest-{part}.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_held_out_batches_are_pooled_as_first_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    heldout_manifest(tmp_path, "pages", "heldout1", {"found": "3/4", "field_accuracy": "2/3 (66.7%)"})
    heldout_manifest(tmp_path, "pages", "heldout2", {"found": "1/6", "field_accuracy": "none compared"})
    heldout_manifest(tmp_path, "pages", "heldout3", None)  # measured before figures were recorded: not pooled
    heldout_manifest(tmp_path, "pages", "plain", {"found": "9/9", "field_accuracy": "9/9"})  # not a held-out part

    pooled = evaluation.heldout_first_measures("pages", tmp_path)
    assert (pooled["found"], pooled["expected"], pooled["fields_right"], pooled["fields_compared"]) == (4, 10, 2, 3)
    assert [batch["part"] for batch in pooled["batches"]] == ["heldout1", "heldout2"]
    assert evaluation.heldout_first_measures("feeds", tmp_path) is None

    assert evaluation.main(["--corpus", str(tmp_path), "--kind", "pages"]) == 0
    assert "pages  2 batches  found 4/10 (40.0%, per batch 17% to 75%)  field accuracy 2/3 (66.7%)" in (
        capsys.readouterr().out
    )
    assert evaluation.main(["--corpus", str(tmp_path), "--kind", "pages", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["heldout_first"]["pages"]["found_rate"] == 0.4


def test_the_latest_held_out_batches_are_pooled_apart_in_the_order_of_their_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Twelve batches: "heldout10" sorts before "heldout2" by name, but the latest ten are 3 to 12 by number.
    for number in range(1, 13):
        found = "0/10" if number <= 2 else "5/10"
        heldout_manifest(tmp_path, "feeds", f"heldout{number}", {"found": found, "field_accuracy": f"{number}/20"})

    pooled = evaluation.heldout_first_measures("feeds", tmp_path)
    assert (pooled["found"], pooled["expected"]) == (50, 120)
    latest = pooled["latest"]
    assert latest["parts"] == [f"heldout{number}" for number in range(3, 13)]
    assert (latest["found"], latest["expected"], latest["found_rate"]) == (50, 100, 0.5)
    assert (latest["fields_right"], latest["fields_compared"]) == (sum(range(3, 13)), 200)

    assert evaluation.main(["--corpus", str(tmp_path), "--kind", "feeds"]) == 0
    assert "the latest 10 (heldout3 to heldout12)  found 50/100 (50.0%)  field accuracy 75/200 (37.5%)" in (
        capsys.readouterr().out
    )


def test_a_held_out_figure_that_is_not_a_share_is_refused_by_name(tmp_path: Path) -> None:
    heldout_manifest(tmp_path, "apis", "heldout9", {"found": "most of them", "field_accuracy": "1/1"})
    with pytest.raises(ValueError, match="manifest-heldout9.json figures.first.found"):
        evaluation.heldout_first_measures("apis", tmp_path)


def test_every_committed_held_out_batch_records_a_readable_first_measure() -> None:
    pooled = {kind: evaluation.heldout_first_measures(kind) for kind in evaluation.EXTRACTION_KINDS}
    assert {kind for kind, figures in pooled.items() if figures} >= {"pages", "apis", "feeds"}
    for kind, figures in pooled.items():
        if figures is not None:
            assert figures["expected"] > 0, kind
            assert 0 <= figures["found"] <= figures["expected"], kind
