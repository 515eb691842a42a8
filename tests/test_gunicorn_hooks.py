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
    # The next worker: what the master made since is frozen too. (Not "the count grew": frozen objects that die by
    # their reference count leave the frozen set, so the count may fall between two forks on a busy process.)
    made_since = [object()]
    assert any(thing is made_since for thing in gc.get_objects())  # in the collector's generations
    gunicorn.pre_fork(server=None, worker=None)
    assert not any(thing is made_since for thing in gc.get_objects())  # frozen: out of them
