"""review45: a both-ways review of batch 67's feed rules and batch 72's JSON rules (docs/real-world-sources-log.md,
"### review45"), on documents of our own read by the real extractor, and on the rules' own functions:

* ``_feed_last_day``: a day a sign-up's, a sale's or a call's clause ends ("Inscriptions … jusqu'au 29 mai 2031",
  "tickets on sale until 29 May 2031") is no run's last day;
* ``_json_day_labels``: a label whose words before its joint are no date ("Booking open until Fri 25 Apr") names no
  run's last day; "From Sat 19 Apr to Fri 25 Apr" still does.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._json_day_labels import labelled_run
from tests.sources.helpers import one_event, wall_time
from tests.sources.test_heldout67_feeds import read_paris, typo3

LONDON = zoneinfo.ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    "description",
    [
        "Exposition. Inscriptions aux visites guidées jusqu'au 29 mai 2031.",
        "Exhibition. Early-bird tickets on sale until 29 May 2031.",
        "Ausstellung. Anmeldung für Führungen bis 29.05.2031.",
        "Exhibition. Call for entries open until 29/05/2031.",
    ],
)
def test_a_sign_ups_last_day_is_no_runs(description: str) -> None:
    event = one_event(read_paris(typo3(description)))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-02-27", "2031-05-30")


def test_a_runs_own_last_day_is_still_read() -> None:
    event = one_event(read_paris(typo3("Exposition du 27 février au 29 mai 2031. Inscriptions ouvertes.")))
    assert wall_time(event["end"]) == "2031-05-29"


START, END = dt.datetime(2031, 4, 19, tzinfo=LONDON), dt.datetime(2031, 4, 25, tzinfo=LONDON)


@pytest.mark.parametrize(
    "label",
    [
        "Booking open until Fri 25 Apr",
        "Registration until 25 April",
        "On sale to Fri 25 Apr",
        "Sale until Fri 25 Apr",
        "Apply by - 25 Apr",
    ],
)
def test_a_sales_label_names_no_runs_last_day(label: str) -> None:
    assert labelled_run({"note": label}, START, END, all_day=True) is None


@pytest.mark.parametrize(
    "label",
    ["Sat 19 Apr - Fri 25 Apr", "Until Fri 25 Apr", "From Sat 19 Apr to Fri 25 Apr", "19 April to 25 April 2031"],
)
def test_a_runs_date_label_still_names_its_last_day(label: str) -> None:
    assert labelled_run({"long_date_string": label}, START, END, all_day=True) == (dt.date(2031, 4, 19), END.date())
