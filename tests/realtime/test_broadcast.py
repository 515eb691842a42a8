"""What publishing a batch of changed events costs: a constant number of queries, whatever the batch size."""

import pytest
from django.utils import timezone

from realtime.bus import get_bus
from realtime.services import events_broadcast
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_a_batch_is_published_in_four_queries(django_assert_num_queries):
    city = CityFactory(slug="austin")
    events = [EventFactory(city=city, published_at=timezone.now()) for _ in range(25)]
    # Events with their representation, state and facts; the listings' sources; the moderation queue's two counts.
    with django_assert_num_queries(4):
        assert events_broadcast([event.pk for event in events]) == 25
    get_bus().clear()
