"""A transactional test flushes every table; the taxonomy and the Moderators group must be there for the next.

pytest-django runs transactional tests after the others, so the victims are later transactional tests
(browser journeys, live servers): both tests here are transactional, in file order."""

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
