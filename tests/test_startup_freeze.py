"""config/apps.py: once Django is set up, what it loaded is frozen out of the cyclic collector's reach."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

from config.apps import StartupConfig

ROOT = Path(__file__).resolve().parent.parent
# A fresh process: what django.setup() leaves frozen, and what a full collection then still walks and finds.
PROBE = """
import gc, json, django
django.setup()
frozen = gc.get_freeze_count()
walked = len(gc.get_objects())
found = gc.collect()
print(json.dumps({"frozen": frozen, "walked": walked, "found": found, "enabled": gc.isenabled()}))
"""


def test_the_startup_app_is_readied_last():
    assert settings.INSTALLED_APPS[-1] == "config.apps.StartupConfig"
    assert isinstance(list(apps.get_app_configs())[-1], StartupConfig)


def test_a_set_up_process_has_its_loaded_objects_frozen_and_the_collector_on():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["frozen"] > 100_000  # Django, the apps and their libraries
    assert seen["walked"] < seen["frozen"] / 10  # a full collection now walks a small rest
    assert seen["found"] < 1_000  # and the freeze kept no heap of garbage alive
    assert seen["enabled"]  # the collector itself still runs for everything made later
