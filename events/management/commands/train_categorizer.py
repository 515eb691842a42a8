"""`manage.py train_categorizer`: train the event categorizer from the labelled corpus and save it.

Trains on the corpus's "train" split, scores the "test" split (held out: never seen in training) and prints
accuracy, macro-F1 and per-category precision/recall, then writes the pipeline with `nlp.to_disk`. The same
corpus, epochs, seed and runs give the same model (the runs' weights averaged: DEFAULT_RUNS). It touches no database.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper
from tqdm import tqdm

from events.pipeline.categorize import (
    CORPUS_DIR,
    DEFAULT_EPOCHS,
    DEFAULT_MODEL_DIR,
    DEFAULT_RUNS,
    CategorizerError,
    Evaluation,
    clear_categorizer_cache,
    corpus_split,
    evaluate,
    load_corpus,
    train,
)

BAD_EPOCHS = "--epochs must be a positive number"
BAD_RUNS = "--runs must be a positive number"
NO_TEST_SPLIT = "no held-out examples (split: test) in the corpus: nothing to score the model on"
NOT_A_MODEL = "refusing to replace {path}: it exists and is not a categorizer model (no config.cfg)"
SAVED = "model saved to {path} ({size:.1f} MB)"
EXIT_FAILED = 2


class _Progress:
    """tqdm writes carriage returns; Django's OutputWrapper would append a newline to each write."""

    def __init__(self, stream: OutputWrapper) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        self.stream.write(text, ending="")

    def flush(self) -> None:
        self.stream.flush()


def _size_mb(path: Path) -> float:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file()) / 1_000_000


def report(evaluation: Evaluation) -> list[str]:
    lines = [
        f"held-out examples  {evaluation.count}",
        f"accuracy           {evaluation.accuracy:.3f}",
        f"macro-F1           {evaluation.macro_f1:.3f}",
        f"subcategory        {evaluation.subcategory_accuracy:.3f}",
        "decided by         " + ", ".join(f"{name} {count}" for name, count in sorted(evaluation.methods.items())),
        "",
        f"{'category':<18}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}",
    ]
    for name, score in evaluation.per_category.items():
        lines.append(f"{name:<18}{score.precision:>10.3f}{score.recall:>8.3f}{score.f1:>8.3f}{score.support:>9}")
    return lines


class Command(BaseCommand):
    help = "Train the event categorizer on the labelled corpus, print held-out scores, and save the model."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--corpus", default=str(CORPUS_DIR), help="Folder of labelled *.jsonl files.")
        parser.add_argument("--output", default=str(DEFAULT_MODEL_DIR), help="Where to write the model.")
        parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument(
            "--runs",
            type=int,
            default=DEFAULT_RUNS,
            help="Runs from seeds seed, seed+1, ... whose weights are averaged.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        epochs, seed, runs, output = options["epochs"], options["seed"], options["runs"], Path(options["output"])
        if epochs < 1:
            raise CommandError(BAD_EPOCHS, returncode=EXIT_FAILED)
        if runs < 1:
            raise CommandError(BAD_RUNS, returncode=EXIT_FAILED)
        if output.exists() and not (output / "config.cfg").is_file() and any(output.iterdir()):
            raise CommandError(NOT_A_MODEL.format(path=output), returncode=EXIT_FAILED)  # a typo must not wipe a folder
        try:
            rows = load_corpus(options["corpus"])
            held_out = corpus_split(rows, "test")
            if not held_out:
                raise CategorizerError(NO_TEST_SPLIT)
            with tqdm(total=epochs * runs, desc="training", unit="epoch", file=_Progress(self.stderr)) as bar:
                categorizer = train(
                    corpus_split(rows, "train"), epochs=epochs, seed=seed, runs=runs, on_epoch=lambda _: bar.update()
                )
        except CategorizerError as exc:
            raise CommandError(str(exc), returncode=EXIT_FAILED) from exc
        evaluation = evaluate(categorizer, held_out)
        for line in report(evaluation):
            self.stdout.write(line)
        categorizer.nlp.meta.update(
            name="whatson_categorizer",
            description="Whatson event categorizer: keyword rules + bag-of-words textcats (events.pipeline.categorize)",
            whatson={
                "epochs": epochs,
                "seed": seed,
                "runs": runs,
                "train_examples": len(rows) - len(held_out),
                "held_out": {
                    "examples": evaluation.count,
                    "accuracy": evaluation.accuracy,
                    "macro_f1": evaluation.macro_f1,
                    "subcategory_accuracy": evaluation.subcategory_accuracy,
                },
            },
        )
        if output.exists():
            shutil.rmtree(output)  # an older model: no stale component folders from a previous pipeline layout
        categorizer.to_disk(output)
        clear_categorizer_cache()
        self.stdout.write(SAVED.format(path=output, size=_size_mb(output)))
