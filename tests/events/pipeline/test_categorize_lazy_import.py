"""The categorizer's package imports spaCy only when something categorizes (events/pipeline/categorize/__init__.py):
the web, the WebSocket server and beat reach the package through the processing service and tasks, and spaCy
would cost each of them about 100 MB and most of a second of CPU for nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import events.pipeline.categorize as categorize

ROOT = Path(__file__).resolve().parents[3]

WEB_PROCESS = """
import json, os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
import django
django.setup()
import config.urls, config.asgi, events.tasks, sources.tasks, events.services
loaded = "spacy" in sys.modules
from events.pipeline.categorize import categorize_batch, CategorizerError, CATEGORIES
print(json.dumps({"before": loaded, "after": "spacy" in sys.modules, "callable": callable(categorize_batch)}))
"""


def test_a_web_process_imports_no_spacy_until_it_asks_for_the_categorizer():
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    out = subprocess.run(
        [sys.executable, "-c", WEB_PROCESS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"before": False, "after": True, "callable": True}


def test_every_exported_name_resolves_and_an_unknown_one_is_an_attribute_error():
    for name in categorize.__all__:
        assert getattr(categorize, name) is not None, name
    assert categorize.categorize_batch is categorize.model.categorize_batch
    with pytest.raises(AttributeError, match="no attribute 'categorise_batch'"):
        _ = categorize.categorise_batch
