"""config/gunicorn.py's hooks that run in the master before each worker is forked."""

from __future__ import annotations

import gc

import pytest

from config import gunicorn


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process's objects back in the collector's generations


def test_pre_fork_freezes_the_loaded_application_out_of_the_collectors_reach(unfrozen):
    assert gc.get_freeze_count() == 0
    gunicorn.pre_fork(server=None, worker=None)
    # Everything alive in the master (this process's modules, here) is frozen: a worker's full collection no
    # longer walks it.
    assert gc.get_freeze_count() > 10_000
    before = gc.get_freeze_count()
    gunicorn.pre_fork(server=None, worker=None)  # the next worker: what the master made since is frozen too
    assert gc.get_freeze_count() >= before
