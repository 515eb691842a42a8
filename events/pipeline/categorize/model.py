"""The categorizer: pipeline + label table, the decision for one event, and loading the shipped model."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc

from . import bow
from .config import (
    CATEGORIES,
    DEFAULT_CONFIG,
    DEFAULT_MODEL_DIR,
    EVENT_WORDS_FILE,
    KNOWN_WORDS_FILE,
    LABEL_CACHE_LIMIT,
    MAX_TAG_LENGTH,
    MODEL_BROKEN,
    MODEL_MISSING,
    NAME_READING,
    RULES_FACTORY,
    SUB_PIPE,
    TAXONOMY,
    TOP_PIPE,
    UNKNOWN,
    UNKNOWN_BUILT,
    CategorizeConfig,
    CategorizerError,
    CategoryResult,
    Method,
)
from .groups import (
    NIGHT_WORDS,
    WEEKDAYS,
    group_prior,
    group_word,
    names_an_occasion,
    organizer_hits,
    organizer_name,
    subject_hits,
    weekday_night,
)
from .labels import SourceLabels, load_source_labels
from .rules import (  # importing .rules registers the rule factory spacy.load needs
    DESCRIPTION_DECIDING,
    TITLE_DECIDING,
    RuleHit,
    names_a_format,
    rule_hits,
)
from .rules_age_ranges import age_range_hits  # cats34
from .rules_age_ranges_intl import foreign_age_range_hits  # cats35
from .rules_bills import act_name_hits, acts_billed, listed_acts, other_kind_sure, tribute_hits
from .rules_bodies import working_group_hits
from .rules_code_names import code_name_hits
from .rules_conferences import conference_hits
from .rules_congresses import congress_hits  # cats35
from .rules_group_kinds import group_kind_hits
from .rules_humour import humour_hits
from .rules_musicians import ensemble_hits, musician_cues, musician_hits
from .rules_pastime_checks import pastime_hits
from .rules_places import place_hits
from .rules_professions import profession_hits
from .rules_promoters import promoter_hits
from .rules_series import series_hits
from .rules_stack_talks import public_talk_hits  # read-through 58
from .rules_tech_talks import tool_place_hits
from .rules_titled_works import titled_work_hits
from .rules_volunteers import volunteer_call_hits
from .rules_work_parties import work_party_hits
from .title_places import site_work_hits, title_place
from .tokens import WordCheck, as_text, content_words, make_doc, name_doc, words
from .touring import TOURING_KINDS, act_tour, performer_tour, touring_kind
from .venues import (
    STAGE_CATEGORY,
    VenuePrior,
    bill_headliner,
    billed_person,
    names_a_bill,
    read_prior,
    reads_as_names,
    reads_as_person,
    venue_prior,
)
from .words_only import LOAD_EXCLUDE, LOAD_OVERRIDES

WHATSON_META = "whatson"  # meta.json key of the training figures train_categorizer records

RecordPass = Callable[[list[RuleHit], Mapping[str, Any]], list[RuleHit]]
# The passes that read the whole record after every hit is in, in this order: each returns the hits it was given,
# changed only where its rule applies (and cheaply the same where its words are absent). A new such rule is one line.
RECORD_PASSES: tuple[RecordPass, ...] = (
    volunteer_call_hits,  # a description that opens with a call for volunteers is the call (rules_volunteers.py)
    site_work_hits,  # a volunteers' day of work at a natural site (title_places.py)
    work_party_hits,  # a work party at a park or a natural site (rules_work_parties.py)
    tool_place_hits,  # "Kotlin Island Tour" names no tool (rules_tech_talks.py)
    titled_work_hits,  # "The Hike" at a cinema is a film (rules_titled_works.py)
    pastime_hits,  # "The History of Baseball" is no game (rules_pastime_checks.py)
    age_range_hits,  # a children's age range is family_kids (rules_age_ranges.py, cats34)
    foreign_age_range_hits,  # a children's age in German or French (rules_age_ranges_intl.py, cats35)
    congress_hits,  # a learned or professional society's meeting is a conference (rules_congresses.py, cats35)
    public_talk_hits,  # a public talk or a careers fair on AI or hacking is no tech meetup (rules_stack_talks.py)
)


class Categorizer:
    """A loaded (or freshly trained) pipeline, the source-label table and the words the pipeline was trained on."""

    def __init__(
        self,
        nlp: Language,
        source_labels: SourceLabels | None = None,
        known_words: frozenset[str] | None = None,
        event_words: frozenset[str] | None = None,
    ) -> None:
        self.nlp = nlp
        self.source_labels = source_labels if source_labels is not None else load_source_labels()
        # None for a model saved before the known-word list existed: its docs never carry UNKNOWN, as in its training.
        self.known_words = known_words
        # None for a model saved without them: a title of names is then read as one only when read flat.
        self.event_words = event_words
        self._label_hits: dict[str, list[RuleHit]] = {}  # unknown source label → the rules its words fire

    @property
    def word_check(self) -> WordCheck | None:
        known = self.known_words
        return None if known is None else lambda word, _title: word in known

    def to_disk(self, path: Path) -> None:
        self.nlp.to_disk(path)
        if self.known_words is not None:
            (Path(path) / KNOWN_WORDS_FILE).write_text("".join(f"{word}\n" for word in sorted(self.known_words)))
        if self.event_words is not None:
            (Path(path) / EVENT_WORDS_FILE).write_text("".join(f"{word}\n" for word in sorted(self.event_words)))

    def label_hits(self, label: str) -> list[RuleHit]:
        """The keyword rules a source label fires when read as a title ("Nature Hike", "Beach Cleanup", "Planning
        Commission"): for a label the table does not know. Each label is read once (labels repeat over a feed)."""
        found = self._label_hits.get(label)
        if found is None:
            if len(self._label_hits) >= LABEL_CACHE_LIMIT:
                self._label_hits.clear()
            doc = self.nlp.get_pipe(RULES_FACTORY)(make_doc(self.nlp.vocab, {"title": label}))
            found = self._label_hits[label] = [hit for hit in rule_hits(doc) if hit.in_title]
        return found

    def _bill(self, record: Mapping[str, Any], title: str, hits: Sequence[RuleHit], doc: Doc) -> bool:
        """Whether `title` is a bill of acts or an act's tour (rules_bills.py) that no title rule and no sure reading of
        the model gives another kind than an act's."""
        known, event_words = self.word_check, self.event_words
        if known is None or event_words is None or other_kind_sure(doc.cats, TOURING_KINDS):
            return False
        # a description says what the names are: a bill where it names a musician's word or phrase ("live music"), not
        # where it names none ("Ramble with the Ramblers": a countryside walk)
        if (description := as_text(record.get("description"))).strip() and not musician_cues(description):
            return False
        ruled = _deciding((hit for hit in hits if hit.in_title), CATEGORIES)
        if not set(ruled) <= set(TOURING_KINDS):
            return False
        # a named tour at a theatre may be a show's (venues.billed_person keeps a person's): the theatre's reading stays
        at_theatre = (prior := venue_prior(record)) is not None and prior.subcategory == "theatre"
        return acts_billed(title, known, event_words) or (not at_theatre and act_tour(title, event_words))

    def decide(self, record: Mapping[str, Any], doc: Doc, config: CategorizeConfig) -> CategoryResult:
        # A group's subject decides beside its word for its gatherings ("Knitting Meetup": groups.py).
        title = as_text(record.get("title"))
        hits = subject_hits(rule_hits(doc), title)
        # A profession's association decides beside its members' gathering ("State Bar Annual Meeting").
        hits = profession_hits(hits, title)
        # A working group's name decides as a committee's, unless the title names a software community (rules_bodies.py).
        hits = working_group_hits(hits, title)
        # A show's jokes name a comic's show where the title is a performer's billing (rules_humour.py).
        hits = humour_hits(hits, title, self.event_words)
        # A joined name's "Conf" names a conference where a title word is written so (rules_conferences.py).
        hits = conference_hits(hits, title)
        # A language written with its symbols, a JavaScript or a Linux users' group's name (rules_code_names.py).
        hits = [*hits, *code_name_hits(title)]
        hits = promoter_hits(hits, title, self.label_hits)  # a promoter's name before "presents" (rules_promoters.py)
        label = as_text(record.get("source_category")).strip() if config.use_source_labels else ""
        match = self.source_labels.resolve(label) if label else None
        if match is None and label and config.read_unknown_labels:
            # A label the table does not know is still the source's word for the event's kind: its rule hits count as
            # the title's, so they decide where the title's own rules are silent and join them where they speak.
            hits = [*hits, *self.label_hits(label)]
        formatted = False  # whether the title names a teaching format: read for an organizer's rules only
        if organizer := organizer_name(record):
            # Who holds the event ("Seattle Rust User Group") decides as a description does (groups.py).
            grouped = group_word(organizer) is not None
            occasion = names_an_occasion(as_text(record.get("title")))
            formatted = names_a_format(doc)
            hits = [*hits, *organizer_hits(self.label_hits(organizer), formatted, grouped, occasion)]
        # A group's numbered gathering ("Meetup #41") is its software group's meetup (rules_series.py); an outing titled
        # by its place ("Fletcher Point") is a hike where hiking words or a distance from a meeting point say so
        # (rules_places.py).
        organizer_rules = self.label_hits(organizer) if organizer else []
        found = [
            *series_hits(hits, record, organizer, organizer_rules),
            *place_hits(hits, record, organizer, self.event_words),
        ]
        hits = [*hits, *found]
        # A group's kind decides where the title names none: a software group's talk, a service club's meeting or cause,
        # a book club's book (rules_group_kinds.py).
        hits = [*hits, *group_kind_hits(hits, record, organizer, organizer_rules, formatted)]
        # An ensemble's name as the organizer, or a description that presents musicians (rules_musicians.py).
        hits = [*hits, *ensemble_hits(record, organizer), *musician_hits(record), *act_name_hits(title)]
        hits = [*hits, *tribute_hits(title)]  # a tribute band's show (rules_bills.py)
        for record_pass in RECORD_PASSES:
            hits = record_pass(hits, record)
        method: Method
        if match is not None and match.category:
            category, subcategory = match.category, match.subcategory
            confidence, method, name_only = config.source_label_confidence, "source_label", False
        else:
            candidates = match.candidates if match is not None else CATEGORIES
            if match is None and performer_tour(title):
                candidates = TOURING_KINDS  # a performer's named tour is a musician's or a comedian's (touring.py)
            billed = match is None and candidates is CATEGORIES and self._bill(record, title, hits, doc)
            if billed:
                candidates = (
                    TOURING_KINDS  # a bill of acts or an act's tour, no title rule says otherwise (rules_bills.py)
                )
            category, subcategory, confidence, method, name_only = _from_text(record, doc, hits, candidates, config)
            # what a bill's names perform is a guess from the bill's shape: never a confident one
            name_only = name_only or (billed and method == "model")
        # A title the model cannot read is a guess from what such listings usually are, or from where they happen; so is
        # a title it reads without conviction when the venue changed its choice: never a confident one.
        if name_only:
            confidence = min(confidence, config.name_only_confidence)
        return CategoryResult(
            category=category,
            subcategory=subcategory or _subcategory(category, hits, doc.cats, config),
            category_confidence=round(confidence, 4),
            tags=_tags(record, hits, config),
            method=method,
            low_confidence=name_only or confidence < config.min_confidence,
        )


def _from_text(
    record: Mapping[str, Any], doc: Doc, hits: Sequence[RuleHit], candidates: Sequence[str], config: CategorizeConfig
) -> tuple[str, str | None, float, Method, bool]:
    """Rules, else the model's scores moved by the venue's prior: (category, the venue's subcategory when it named the
    category, confidence, method, whether the result is a guess from a name: a title the model cannot read, or one it
    reads without conviction where the venue changed the model's choice)."""
    bare = bool(doc.user_data.get(NAME_READING)) or _has_token(doc, UNKNOWN)
    unsure = not bare and _unsure_reading(doc.cats, candidates, config)
    venue = (venue_prior(record) or title_place(record)) if config.use_venue else None  # title_place: a site's title
    venue = read_prior(venue, bare)  # a bookshop speaks for bare names only (venues.NAMES_ONLY)
    title = as_text(record.get("title"))
    # (the title's billing is read only at a theatre: the three pure tests cost more than the rest of this choice)
    if (
        venue is not None
        and venue.subcategory == "theatre"
        and (reads_as_person(title) or billed_person(title) or names_a_bill(title))
    ):
        # A theatre's listing that is a person's name, alone or billed with a show's or a tour's name, or a bill with a
        # support act, is most often a touring performer, but may be a show named for its hero: the theatre's prior is
        # reduced, not dropped.
        venue = dataclasses.replace(venue, strength="weak")
    # A group's word for its gatherings ("Meetup": groups.py) moves the scores as a venue's kind does, before the venue.
    group = group_prior(record)
    scores = _with_venue(doc.cats, group, bare, unsure, config)
    category, confidence, method = _choose(_with_venue(scores, venue, bare, unsure, config), hits, candidates, config)
    named = venue if venue and venue.category == category else group if group and group.category == category else None
    subcategory = named.subcategory if named and method == "model" else None
    venue_chose = unsure and venue is not None and category != _choose(scores, hits, candidates, config)[0]
    return category, subcategory, confidence, method, method == "model" and (bare or venue_chose)


def _has_token(doc: Doc, text: str) -> bool:
    """Whether a token of ``doc`` is ``text``: compared by hash over the doc's array (iterating the tokens built a
    Token object each, a fifth of the stage's time). For UNKNOWN in a doc make_doc built, what make_doc noted of its
    words (UNKNOWN_BUILT) while the doc still has as many tokens: the array costs more than the rest of the test."""
    built = doc.user_data.get(UNKNOWN_BUILT) if text == UNKNOWN else None
    if built is not None and built[0] == len(doc):
        return bool(built[1])
    return bool((doc.to_array(ORTH) == doc.vocab.strings[text]).any())


def _unsure_reading(scores: Mapping[str, float], candidates: Sequence[str], config: CategorizeConfig) -> bool:
    """A text the model reads without conviction (no candidate's share of the candidates' scores above
    min_confidence) says little more than a bare name: the venue counts in full. With or without a description: an
    artist's name over a show's title and its dates at a museum ("Belegkontrolle. 12.12.-22.2. Letzter Tag"), or a
    film's title over its director's name at a cinema, is read no surer for the words below it."""
    values = [scores.get(name, 0.0) for name in candidates]  # read once for both (the same sum, the same order)
    total = sum(values)
    best = max(values, default=0.0)
    return total <= 0 or best / total < config.min_confidence


def _with_venue(
    scores: Mapping[str, float], venue: VenuePrior | None, bare: bool, unsure: bool, config: CategorizeConfig
) -> Mapping[str, float]:
    """The model's scores with the venue's prior added and renormalized (unchanged without a venue kind). Rules and a
    source's label still decide before these scores are read: the venue only moves the model's own choice.

    The prior counts in full for a bare name (UNKNOWN), and for a text read without conviction at a place of one kind; at a
    multi-use "stage" only a bare name is the act on the bill (STAGE_CATEGORY), and any title with words the model
    knows takes the place's own kind at the text share ("Easter Egg Hunt" at a park is not a concert)."""
    if venue is None:
        return scores
    weight = config.venue_strong_weight if venue.strength == "strong" else config.venue_weak_weight
    if not (bare or (unsure and venue.strength != "stage")):
        weight *= config.venue_text_share
    category = STAGE_CATEGORY if bare and venue.strength == "stage" else venue.category
    moved = dict(scores)  # doc.cats holds the subcategory scores too: only the top level's are moved
    moved[category] = moved.get(category, 0.0) + weight
    total = sum(moved.get(name, 0.0) for name in CATEGORIES)
    for name in CATEGORIES if total > 0 else ():
        moved[name] = moved.get(name, 0.0) / total
    return moved


def _deciding(hits: Iterable[RuleHit], candidates: Sequence[str]) -> list[str]:
    found: list[str] = []
    for hit in hits:
        category = hit.rule.category
        if (
            hit.rule.mode in TITLE_DECIDING
            and category is not None
            and category in candidates
            and category not in found
        ):
            found.append(category)
    return found


def _ruled_categories(hits: Sequence[RuleHit], candidates: Sequence[str]) -> list[str]:
    """Categories the rules point to. The title's outvote the description's (a passing mention is not the event);
    an audience word in the title ("kids", "teen") puts family_kids in the running."""
    in_title = [hit for hit in hits if hit.in_title]
    found = _deciding(in_title, candidates) or _deciding(
        (hit for hit in hits if not hit.in_title and hit.rule.mode in DESCRIPTION_DECIDING), candidates
    )
    for hit in in_title if found else ():
        category = hit.rule.category
        if hit.rule.mode == "audience" and category is not None and category in candidates and category not in found:
            found.append(category)
    return found


def _choose(
    scores: Mapping[str, float], hits: Sequence[RuleHit], candidates: Sequence[str], config: CategorizeConfig
) -> tuple[str, float, Method]:
    ruled = _ruled_categories(hits, candidates)
    if len(ruled) == 1:
        return ruled[0], max(config.rule_confidence, scores.get(ruled[0], 0.0)), "rules"
    pool = ruled or candidates
    category = max(pool, key=lambda name: scores.get(name, 0.0))
    if not ruled and candidates is TOURING_KINDS:
        category = touring_kind(scores, config.touring_comedy_share)  # an act's bill or tour: a comic must stand out
    if len(pool) == len(CATEGORIES):
        return category, scores.get(category, 0.0), "model"
    # Rules or the label narrowed the field: report the model's confidence within it.
    total = sum(scores.get(name, 0.0) for name in pool)
    return category, scores.get(category, 0.0) / total if total > 0 else 0.0, "model"


def _subcategory(
    category: str, hits: Sequence[RuleHit], scores: Mapping[str, float], config: CategorizeConfig
) -> str | None:
    # A deciding rule's subcategory first ("Toddler Storytime" is storytime), then hints and audience words.
    for hit in sorted(hits, key=lambda hit: hit.rule.mode not in TITLE_DECIDING):
        # A body's name inside a longer title ("Prom Committee Bake Sale") says nothing about the event's kind.
        if hit.rule.mode == "head" and not hit.in_title:
            continue
        if hit.rule.category == category and hit.rule.subcategory:
            return hit.rule.subcategory
    subcategories = TAXONOMY[category]
    weights = [scores.get(name, 0.0) for name in subcategories]
    total = sum(weights)
    best = max(range(len(weights)), key=weights.__getitem__)
    return subcategories[best] if total > 0 and weights[best] / total >= config.subcategory_threshold else None


_TAG_JUNK = re.compile(r"[^\w+&]+")


def normalize_tag(value: str) -> str:
    """A tag as a slug: "#Live Music" → "live-music", "Arts & Theatre" → "arts-and-theatre", "21+" stays."""
    text = value.strip().lower().lstrip("#").replace(" & ", " and ")
    return _TAG_JUNK.sub("-", text).strip("-")[:MAX_TAG_LENGTH]


def _tags(record: Mapping[str, Any], hits: Sequence[RuleHit], config: CategorizeConfig) -> list[str]:
    """Rule tags, then what the record itself says (free, online), then the source's own tags, each once."""
    found = [hit.rule.tag for hit in hits]
    if record.get("cost_type") == "free":
        found.append("free")
    if record.get("online") is True:
        found.append("online")
    found.extend(normalize_tag(tag) for tag in record.get("tags") or () if isinstance(tag, str))
    return [tag for tag in dict.fromkeys(found) if tag][: config.max_tags]


def categorize_batch(
    records: Sequence[Mapping[str, Any]],
    *,
    model: Categorizer | None = None,
    config: CategorizeConfig | None = None,
) -> list[CategoryResult]:
    """One result per record, in order. Low-confidence results are returned too, flagged for the decision layer."""
    categorizer = model if model is not None else load_categorizer()
    settings = config or DEFAULT_CONFIG
    nlp = categorizer.nlp
    known = categorizer.word_check
    docs = _annotated(
        nlp, [make_doc(nlp.vocab, record, settings, known=known) for record in records], settings.batch_size
    )
    if known is not None:
        _read_names(nlp, records, docs, settings, known, categorizer.event_words)
    return [categorizer.decide(record, doc, settings) for record, doc in zip(records, docs, strict=True)]


def reads_flat(
    record: Mapping[str, Any],
    doc: Doc,
    config: CategorizeConfig,
    event_words: frozenset[str] | None = None,
    known: WordCheck | None = None,
) -> bool:
    """Whether the model read a title alone (no description, words it knows) as a name: either without any sign of its
    kind (no category's score reaches config.flat_reading times the even share), or, for a title that is only names
    (venues.reads_as_names: "Tin-Man (BornKinG)", "Lion's Law", "Quiet Riot") made of words the model knows (`known`;
    a word it has not seen beside one it knows is read by the known one: "Oak Lawn Toastmasters"; in a bill with a
    support act, venues.names_a_bill, any word is an act's name, unless its headliner is one word the model knows:
    "Cookies with Santa" is an activity with its host, `_activity_head`), none of which names
    a kind of event (`event_words`), without conviction (no score reaches config.name_reading). Such a title's scores
    are noise from its words' other uses; read as a name, it takes what names usually are (music for a performer), the
    venue's kind, and the low-confidence cap."""
    if as_text(record.get("description")).strip():
        return False
    best = max(doc.cats.get(name, 0.0) for name in CATEGORIES)  # cheap tests first: most readings are sure enough
    if config.flat_reading > 0 and best < config.flat_reading / len(CATEGORIES):
        return not _has_token(doc, UNKNOWN)
    if event_words is None or known is None or best >= config.name_reading:
        return False
    title = as_text(record.get("title"))
    content = content_words(words(title))
    # A word the model has not seen may be the kind of a club ("Oakwood Toastmasters"); beside a support act's joiner
    # ("Lord Quorvane with Telliph", "A feat. B") the title is a bill, and such a word is an act's name.
    bill = names_a_bill(title) and not _activity_head(title, known)
    # A weekday-named night ("Velvet Tuesday", "Salt Thursday Nights") is a name with its day: the day says when, not
    # what (a word of many kinds' titles), and the name's words may be new to the model.
    name = [word for word in content if word not in WEEKDAYS | NIGHT_WORDS] if weekday_night(content) else content
    named = bill or len(name) < len(content)
    if not reads_as_names(title) or any(word in event_words or not (named or known(word, title)) for word in name):
        return False
    return not _has_token(doc, UNKNOWN)


def _activity_head(title: str, known: WordCheck) -> bool:
    """Whether a bill's headliner is one word the model knows: an activity with its host ("Cookies with Santa",
    "Chat with the Mayor"), not an act with its support act ("Broken Compass with Quorvane")."""
    head = content_words(words(bill_headliner(title)))
    return len(head) == 1 and known(head[0], title)


def _read_names(
    nlp: Language,
    records: Sequence[Mapping[str, Any]],
    docs: list[Doc],
    config: CategorizeConfig,
    known: WordCheck,
    event_words: frozenset[str] | None,
) -> None:
    """Give each title the model cannot read (UNKNOWN) or reads flat (reads_flat) the scores of its name reading
    (tokens.name_doc: what such listings usually are, without the hash noise of the name's words), in place, and mark
    it as read as a name: the venue and the cap then treat it as one. The doc itself is kept, so keyword rules still
    read its title. Only those docs pass through the pipeline a second time."""
    names = [
        index
        for index, (record, doc) in enumerate(zip(records, docs, strict=True))
        # a description is read (make_doc adds UNKNOWN only without one): most records stop at this test
        if not as_text(record.get("description")).strip()
        and (
            reads_flat(record, doc, config, event_words, known)
            or _has_token(doc, UNKNOWN)
            or (
                event_words is not None
                and listed_acts(title := as_text(record.get("title")))
                and acts_billed(title, known, event_words)
            )  # a list of bands: their names' words are noise (rules_bills.py)
            or reads_as_person(as_text(record.get("title")))
        )
    ]
    if not names:
        return
    read = _annotated(nlp, [name_doc(nlp.vocab, records[index], known) for index in names], config.batch_size)
    for index, name in zip(names, read, strict=True):
        docs[index].cats = dict(name.cats)
        docs[index].user_data[NAME_READING] = True


def _annotated(nlp: Language, docs: list[Doc], batch_size: int) -> list[Doc]:
    """What ``nlp.pipe(docs, batch_size=batch_size)`` returns, the text categorizers' scores set in one step per
    minibatch: spaCy's own set_annotations stores them one float at a time (two pipes × ~80 labels per doc, a
    sixth of the stage's time). Same minibatches, same scores (float32 → float either way), same order of keys.
    A minibatch's words are read once for every bag-of-words categorizer (bow.py), not once per pipe and doc."""
    features: dict[int, bow.Features] = {}  # minibatch start → its words, until a component may change the docs
    for _name, component in nlp.pipeline:
        if not isinstance(component, TextCategorizer):
            docs = [component(doc) for doc in docs]
            features.clear()
            continue
        labels = component.labels
        layers = bow.bow_layers(component)
        for start in range(0, len(docs), batch_size):
            batch = docs[start : start + batch_size]
            if layers is None or not any(len(doc) for doc in batch):  # (no word at all: predict's own zeros)
                scores = component.predict(batch)
            else:
                if start not in features:
                    features[start] = bow.unigram_features(batch)
                scores = bow.predict(component, layers, features[start])
            for doc, row in zip(batch, scores.tolist(), strict=True):
                doc.cats.update(zip(labels, row, strict=True))
    return docs


def load_categorizer(path: Path | str = DEFAULT_MODEL_DIR) -> Categorizer:
    """The trained categorizer in `path`, loaded once per process."""
    return _load_categorizer(str(Path(path).resolve()))


@functools.lru_cache(maxsize=4)
def _load_categorizer(path: str) -> Categorizer:
    directory = Path(path)
    if not (directory / "config.cfg").is_file():
        raise CategorizerError(MODEL_MISSING.format(path=directory))
    try:
        # Without spaCy's text tokenizer: the docs are built from words (words_only.py), 0.17 s of CPU less.
        nlp = spacy.load(directory, exclude=LOAD_EXCLUDE, config=LOAD_OVERRIDES)
    except (OSError, ValueError, KeyError) as exc:
        raise CategorizerError(MODEL_BROKEN.format(path=directory, error=exc)) from exc
    missing = [pipe for pipe in (RULES_FACTORY, TOP_PIPE, SUB_PIPE) if pipe not in nlp.pipe_names]
    if missing:
        raise CategorizerError(MODEL_BROKEN.format(path=directory, error=f"missing {', '.join(missing)}"))
    # spaCy reads meta.json with ujson, whose floats are not always exact (0.8812 comes back as 0.8812000000000001):
    # the figures the model was saved with are read again with the standard library, so they equal a fresh score.
    saved = json.loads((directory / "meta.json").read_text(encoding="utf-8")).get(WHATSON_META)
    if saved is not None:
        nlp.meta[WHATSON_META] = saved
    words_file = directory / KNOWN_WORDS_FILE
    known = frozenset(words_file.read_text(encoding="utf-8").split()) if words_file.is_file() else None
    events_file = directory / EVENT_WORDS_FILE
    event_words = frozenset(events_file.read_text(encoding="utf-8").split()) if events_file.is_file() else None
    return Categorizer(nlp, known_words=known, event_words=event_words)


def clear_categorizer_cache() -> None:
    """Forget loaded models (after `train_categorizer` rewrote one, or in tests)."""
    _load_categorizer.cache_clear()
