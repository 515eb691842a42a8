"""A transactional test flushes every table; the taxonomy and the Moderators group must be there for the next.

pytest-django runs transactional tests after the others, so the victims are later transactional tests (browser
journeys, live servers: the first two tests here, in file order) and, under xdist's work stealing, plain database
tests a worker takes from another's queue after running a transactional one (tests/conftest.py restores the rows
for every test that uses the database)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from events.models import Category


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_runs(client):
    assert Category.objects.filter(slug="music").exists()


@pytest.mark.django_db(transaction=True)
def test_the_next_test_still_has_categories_and_the_group():
    assert Category.objects.filter(slug="music", parent__isnull=True).exists()
    assert Category.objects.filter(parent__slug="music").exists()
    assert Group.objects.filter(name="Moderators").exists()


@pytest.mark.django_db
def test_a_plain_database_test_after_a_flush_gets_the_rows_back():
    # what a worker that ran a transactional test, then took plain database tests from another's queue, starts with
    from tests.conftest import restore_seed_rows

    Category.objects.all().delete()
    Group.objects.filter(name="Moderators").delete()
    restore_seed_rows()
    assert Category.objects.filter(slug="music", parent__isnull=True).exists()
    assert Group.objects.get(name="Moderators").permissions.exists()


def test_a_test_without_the_database_is_left_alone(request):
    from tests.conftest import _uses_database

    assert not _uses_database(request)


def test_a_test_asking_for_db_by_name_counts(db, request):
    from tests.conftest import _uses_database

    assert _uses_database(request)
    assert Category.objects.filter(slug="music").exists()
