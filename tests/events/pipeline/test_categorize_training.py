"""Training the categorizer (`manage.py train_categorizer`), `manage.py categorize`, and the venue as evidence."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import numpy
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from events.pipeline import categorize
from events.pipeline.categorize import (
    CATEGORIES,
    CategorizeConfig,
    CategorizerError,
    categorize_batch,
    corpus_split,
    load_categorizer,
    load_corpus,
    train,
)
from tests.events.pipeline.test_categorize import MANAGE, corpus, one  # noqa: F401 (corpus is a fixture)

# --- training -------------------------------------------------------------------------------------------------------


@pytest.fixture
def small_corpus(tmp_path, corpus):  # noqa: F811 (the fixture imported above)
    """Twelve training and three held-out examples per category."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for category in CATEGORIES:
        rows = [row for row in corpus if row["category"] == category]
        chosen = [row for row in rows if row["split"] == "train"][:12] + [
            row for row in rows if row["split"] == "test"
        ][:3]
        (folder / f"{category}.jsonl").write_text("".join(json.dumps(row) + "\n" for row in chosen))
    return folder


def test_training_is_deterministic_with_a_seed(small_corpus):
    rows = corpus_split(load_corpus(small_corpus), "train")
    probe = [{"title": "Jazz at the Blue Note"}, {"title": "Saturday Farmers Market"}]

    def scores(seed):
        # two runs averaged, as the default's four are (the averaging loop is the same; two cost half the CPU)
        nlp = train(rows, epochs=2, seed=seed, runs=2).nlp
        return [doc.cats for doc in nlp.pipe(categorize.make_doc(nlp.vocab, record) for record in probe)]

    assert scores(7) == scores(7)
    assert scores(7) != scores(8)


def test_training_averages_the_weights_of_its_runs(small_corpus):
    """runs=2 from seed 7 is the mean, weight by weight, of the single runs from seeds 7 and 8."""
    rows = corpus_split(load_corpus(small_corpus), "train")
    averaged = train(rows, epochs=2, seed=7, runs=2).nlp
    singles = [train(rows, epochs=2, seed=seed, runs=1).nlp for seed in (7, 8)]
    for pipe in ("textcat", "textcat_sub"):
        layers = zip(*(list(nlp.get_pipe(pipe).model.walk()) for nlp in (averaged, *singles)), strict=True)
        compared = 0
        for mean, first, second in layers:
            for name in mean.param_names:
                if mean.has_param(name):
                    expected = (first.get_param(name) + second.get_param(name)) / 2
                    assert numpy.allclose(mean.get_param(name), expected, atol=1e-6), (pipe, name)
                    compared += 1
        assert compared >= 2  # the linear layer's weights and biases at least
    # the two runs differ, so the mean is not either of them
    top = [dict(_params(nlp.get_pipe("textcat").model)) for nlp in (averaged, *singles)]
    assert any(not numpy.allclose(top[1][name], top[2][name]) for name in top[0])
    assert any(not numpy.allclose(top[0][name], top[1][name]) for name in top[0])


def _params(model):
    for index, layer in enumerate(model.walk()):
        for name in layer.param_names:
            if layer.has_param(name):
                yield f"{index}.{name}", layer.get_param(name)


def test_training_needs_a_run(small_corpus):
    with pytest.raises(CategorizerError, match="no training runs"):
        train(corpus_split(load_corpus(small_corpus), "train"), epochs=1, runs=0)


def test_train_categorizer_command_trains_scores_and_saves(small_corpus, tmp_path):
    outputs = []
    for name in ("first", "second"):
        out, err = io.StringIO(), io.StringIO()
        target = tmp_path / name
        call_command(
            "train_categorizer", "--corpus", str(small_corpus), "--output", str(target), "--epochs", "3",
            "--seed", "5", "--runs", "2", stdout=out, stderr=err,
        )  # fmt: skip
        outputs.append(out.getvalue())
        assert "6/6" in err.getvalue()  # the progress bar: 3 epochs of each of 2 runs
        assert (target / "textcat" / "model").is_file()
    assert outputs[0].replace("second", "first") == outputs[1].replace("second", "first")
    assert re.search(r"^accuracy\s+\d\.\d{3}$", outputs[0], re.MULTILINE)
    assert re.search(r"^macro-F1\s+\d\.\d{3}$", outputs[0], re.MULTILINE)
    assert re.search(r"^music\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+3$", outputs[0], re.MULTILINE)
    first = (tmp_path / "first" / "textcat" / "model").read_bytes()
    assert first == (tmp_path / "second" / "textcat" / "model").read_bytes()
    trained = load_categorizer(tmp_path / "first")
    assert (trained.nlp.meta["whatson"]["seed"], trained.nlp.meta["whatson"]["runs"]) == (5, 2)
    assert categorize_batch([{"title": "Riverside Farmers Market"}], model=trained)[0].category == "markets_fairs"


def test_train_categorizer_will_not_replace_a_folder_that_is_not_a_model(small_corpus, tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    with pytest.raises(CommandError, match="refusing to replace") as raised:
        call_command("train_categorizer", "--corpus", str(small_corpus), "--output", str(precious))
    assert raised.value.returncode == 2
    assert (precious / "notes.txt").read_text() == "keep me"


def test_train_categorizer_refuses_a_bad_corpus(tmp_path):
    (tmp_path / "music.jsonl").write_text("not json\n")
    with pytest.raises(CommandError, match=r"music\.jsonl, line 1: not a JSON object") as raised:
        call_command("train_categorizer", "--corpus", str(tmp_path), "--output", str(tmp_path / "out"))
    assert raised.value.returncode == 2


# --- manage.py categorize ----------------------------------------------------------------------------------------

EVENT = {
    "source": "ticketmaster",
    "external_id": "tm-1",
    "title": "Comedy Cellar: Stand-Up Showcase",
    "description": "Five comics, one mic.",
    "start": "2026-12-05T19:30:00-05:00",
    "cost_type": "paid",
    "online": False,
    "source_category": None,
    "tags": ["Late Show"],
    "url": "https://example.com/e/1",
}


def run_categorize(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("categorize", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_categorize_command_adds_fields_and_keeps_everything_else(tmp_path):
    market = {**EVENT, "external_id": "tm-2", "title": "Riverside Farmers Market", "tags": []}
    source = tmp_path / "events.jsonl"
    source.write_text(json.dumps(EVENT) + "\n\n" + json.dumps(market) + "\n")
    records, _ = run_categorize(str(source))
    assert [record["external_id"] for record in records] == ["tm-1", "tm-2"]
    assert list(records[0]) == [*EVENT, "category", "subcategory", "category_confidence"]
    assert {key: records[0][key] for key in EVENT if key != "tags"} == {k: v for k, v in EVENT.items() if k != "tags"}
    assert (records[0]["category"], records[0]["subcategory"]) == ("comedy", "stand-up")
    assert records[0]["tags"] == ["stand-up", "late-show"]
    assert (records[1]["category"], records[1]["tags"]) == ("markets_fairs", ["farmers-market"])


def test_categorize_command_reads_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((json.dumps(EVENT) + "\n").encode())))
    records, _ = run_categorize("-")
    assert records[0]["category"] == "comedy"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (json.dumps(EVENT) + "\n{not json\n", r"line 2: invalid JSON"),
        ("[1, 2]\n", r"line 1: expected a JSON object, got list"),
        (b"\xff\xfe\x00", r"is not UTF-8 text"),
    ],
)
def test_categorize_command_exits_2_on_bad_input(tmp_path, content, message):
    source = tmp_path / "events.jsonl"
    source.write_bytes(content if isinstance(content, bytes) else content.encode())
    out = io.StringIO()
    with pytest.raises(CommandError, match=message) as raised:
        call_command("categorize", str(source), stdout=out)
    assert raised.value.returncode == 2
    assert out.getvalue() == ""


def test_categorize_command_exits_2_without_input_or_model(tmp_path):
    with pytest.raises(CommandError, match="cannot read") as missing:
        call_command("categorize", str(tmp_path / "missing.jsonl"))
    assert missing.value.returncode == 2
    source = tmp_path / "events.jsonl"
    source.write_text(json.dumps(EVENT) + "\n")
    with pytest.raises(CommandError, match="train_categorizer") as no_model:
        call_command("categorize", str(source), "--model", str(tmp_path / "no-model"))
    assert no_model.value.returncode == 2


def test_categorize_runs_as_a_process(tmp_path):
    """The real command line, as an operator sees it, with no database reachable."""
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:1/{tmp_path.name}",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    source = tmp_path / "events.jsonl"
    source.write_text(json.dumps(EVENT) + "\n")
    ok = subprocess.run(
        [sys.executable, str(MANAGE), "categorize", str(source)], capture_output=True, text=True, env=env, check=False
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["category"] == "comedy"
    bad = subprocess.run(
        [sys.executable, str(MANAGE), "categorize", "-"],
        input="{oops\n", capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert (
        bad.stderr.strip()
        == "CommandError: stdin, line 1: invalid JSON (Expecting property name enclosed in double quotes)"
    )


# --- The venue as evidence (venues.py): a prior on the model's scores, strongest for a title that is only a name.

NAME_ONLY = "Quorvane Telliph"  # no word the model knows and no description: the <unknown> path


@pytest.mark.parametrize(
    ("venue", "category", "subcategory"),
    [
        ("Cadillac Palace Theatre", "arts_culture", "theatre"),
        ("Civic Opera House", "arts_culture", "theatre"),  # the longer phrase, not "house"
        ("Field Museum", "arts_culture", "exhibitions"),  # the name's head noun, not "field"
        ("Chicago Children's Museum", "family_kids", "kids-activities"),  # longest match
        ("Zanies Comedy Club", "comedy", "stand-up"),
        ("Riverbend Nature Center", "outdoors_nature", "parks-gardens"),
        ("City Hall, Council Chambers", "community_civic", "government-boards"),
        ("House of Blues", "music", None),
        ("Revolution Brewing Taproom", "food_drink", None),
        ("Northside Symphony Hall", "music", None),  # a hall of a kind …
        ("Evanston Village Hall", "community_civic", "government-boards"),  # … a village's is civic
        ("Exhibition Hall A", "tech_business", "conferences"),
    ],
)
def test_a_venue_name_says_what_the_place_hosts(venue, category, subcategory):
    prior = categorize.venue_prior({"venue_name": venue})
    assert (prior.category, prior.subcategory) == (category, subcategory)


@pytest.mark.parametrize("venue", [None, "", "Drinker, Biddle & Reath LLP", "1900 W. Polk, Second Floor", 42])
def test_a_venue_name_that_says_nothing_is_no_prior(venue):
    assert categorize.venue_prior({"venue_name": venue}) is None


@pytest.mark.parametrize(
    ("venue", "category"),
    [
        ("Goodman Theatre", "arts_culture"),
        ("Northside Comedy Club", "comedy"),
        ("Riverbend Nature Center", "outdoors_nature"),
        ("Oakton Climbing Gym", "sports_fitness"),
    ],
)
def test_the_venue_decides_a_title_that_is_only_a_name_and_stays_a_guess(venue, category):
    bare = one({"title": NAME_ONLY})
    assert bare.category != category  # the venue, not the name, is what decides below
    result = one({"title": NAME_ONLY, "venue_name": venue})
    assert (result.category, result.method) == (category, "model")
    assert result.low_confidence
    assert result.category_confidence <= CategorizeConfig().name_only_confidence
    assert one({"title": NAME_ONLY, "venue_name": venue}, use_venue=False).category == bare.category


@pytest.mark.parametrize(
    ("title", "venue", "category"),
    [
        ("Board of Commissioners", "Main Street Theatre", "community_civic"),  # a rule
        ("Stand-up Comedy Night", "Riverbend Nature Center", "comedy"),  # a rule
        ("Jazz Night with the Trio", "Playhouse Theatre", "music"),  # the model reads the title
        ("Yoga in the Park", "Goodman Theatre", "health_wellness"),
    ],
)
def test_the_venue_never_overrides_a_clear_title(title, venue, category):
    result = one({"title": title, "venue_name": venue})
    assert result.category == category


def test_a_sources_own_label_wins_over_the_venue():
    record = {"title": NAME_ONLY, "venue_name": "Goodman Theatre", "source_category": "Comedy"}
    result = one(record)
    assert (result.category, result.method) == ("comedy", "source_label")


def test_the_venue_names_the_subcategory_it_chose():
    assert one({"title": NAME_ONLY, "venue_name": "Goodman Theatre"}).subcategory == "theatre"


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Sunday Jazz Brunch", "music"),
        ("Riverside Park Cleanup", "outdoors_nature"),
        ("Sunset Hike on the Ridge Trail", "outdoors_nature"),
        ("Spring Owl Prowl", "outdoors_nature"),
        ("Leadership Training for Managers", "tech_business"),
        ("Payroll Certification Course", "tech_business"),
        ("Neighborhood Volunteer Day", "community_civic"),
        ("Regular Board Meeting", "community_civic"),
        ("Frontend Tech Talk", "tech_business"),
    ],
)
def test_real_world_phrasings_decide_by_rule(title, category):
    result = one({"title": title})
    assert (result.category, result.method) == (category, "rules")


def test_a_theatre_description_decides_a_bare_show_title():
    record = {"title": NAME_ONLY, "description": "A new play by a local writer, in its first staging."}
    assert (one(record).category, one(record).method) == ("arts_culture", "rules")


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Diana Ross", True),
        ("Carly Rae Jepsen", True),
        ("Mary J. Blige", True),
        ("Rock of Ages", False),  # 'of': a show's name
        ("The Orchard Keeper's Daughter", False),
        ("Frozen", False),
        ("Diana Ross Live in Concert Tonight", False),  # more than a name
        ("DIANA ROSS", False),  # not written as a name
    ],
)
def test_a_title_that_is_only_a_persons_name(title, person):
    assert categorize.reads_as_person(title) is person


def test_a_theatres_performer_is_not_read_as_a_play():
    """A bare person's name at a theatre is a touring singer or comedian: the theatre's prior steps aside, and the model
    decides as it would without a venue; a show's name at the same theatre still takes the prior."""
    performer = {"title": "Diana Quorvane"}
    assert categorize.reads_as_person(performer["title"])
    at_theatre = one({**performer, "venue_name": "The Chicago Theatre"})
    assert at_theatre.category == one(performer).category != "arts_culture"
    assert one({"title": NAME_ONLY, "venue_name": "The Chicago Theatre"}).category == "arts_culture"


def test_an_unsure_title_alone_takes_the_venue_in_full():
    """Known words without conviction and no description ("The Glass Orchard") weigh like a bare name: the venue
    decides, and the result stays a guess."""
    title = "The Glass Orchard"
    assert one({"title": title}).category != "arts_culture"
    assert one({"title": title}).category_confidence < CategorizeConfig().min_confidence
    at_theatre = one({"title": title, "venue_name": "Goodman Theatre"})
    assert at_theatre.category == "arts_culture"
    assert at_theatre.low_confidence  # still a guess from the place: a moderator sees it
    assert at_theatre.category_confidence <= CategorizeConfig().name_only_confidence


@pytest.mark.parametrize(
    "venue", ["Allstate Arena", "Millennium Park", "Revolution Brewing Taproom", "St. James Cathedral"]
)
def test_a_bare_name_on_a_stage_is_the_act_on_the_bill(venue):
    """Arenas, parks, breweries and churches host several kinds of events, but a listing there that is only a name
    is a band or a singer: the place's own kind is the prior only for a title the model reads."""
    prior = categorize.venue_prior({"venue_name": venue})
    assert prior.strength == "stage"
    assert prior.category != "music"
    result = one({"title": NAME_ONLY, "venue_name": venue})
    assert (result.category, result.low_confidence) == ("music", True)


def test_a_stage_keeps_its_own_kind_for_a_title_the_model_reads():
    assert one({"title": "Chicago Cubs vs St. Louis Cardinals", "venue_name": "Wrigley Field"}).category == (
        "sports_fitness"
    )
    assert one({"title": "Craft Beer Tasting Flight", "venue_name": "Revolution Brewing Taproom"}).category == (
        "food_drink"
    )
