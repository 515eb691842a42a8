"""The keyword-rule tables kept in modules of their own, gathered in the order rules.py reads them (after its English
table, before its tag-only one). Each module's docstring says what its phrases mean and what they leave out."""

from __future__ import annotations

from .rules_bodies import BODY_RULE_TABLE
from .rules_children import CHILDREN_RULE_TABLE
from .rules_civic_life import CIVIC_LIFE_RULE_TABLE
from .rules_conferences import CONFERENCE_RULE_TABLE
from .rules_dance_groups import DANCE_GROUP_RULE_TABLE
from .rules_data_talks import DATA_TALK_RULE_TABLE
from .rules_family_events import FAMILY_EVENT_RULE_TABLE
from .rules_fieldwork import FIELDWORK_RULE_TABLE
from .rules_forums import FORUM_RULE_TABLE
from .rules_giving import GIVING_RULE_TABLE
from .rules_heritage_walks import HERITAGE_WALK_RULE_TABLE
from .rules_humour import HUMOUR_RULE_TABLE
from .rules_land_work import LAND_WORK_RULE_TABLE
from .rules_languages import LANGUAGE_RULE_TABLE
from .rules_library_help import LIBRARY_HELP_RULE_TABLE
from .rules_live_music import LIVE_MUSIC_RULE_TABLE
from .rules_music_nights import MUSIC_NIGHT_RULE_TABLE
from .rules_nature_programmes import NATURE_PROGRAMME_RULE_TABLE
from .rules_park_programmes import PARK_PROGRAMME_RULE_TABLE
from .rules_pastimes import PASTIME_RULE_TABLE
from .rules_physique import PHYSIQUE_RULE_TABLE
from .rules_professions import PROFESSION_RULE_TABLE
from .rules_shows import SHOW_RULE_TABLE
from .rules_stack_talks import STACK_TALK_RULE_TABLE
from .rules_strikes import STRIKE_RULE_TABLE
from .rules_subjects import SUBJECT_RULE_TABLE
from .rules_tech_talks import TECH_TALK_RULE_TABLE

MODULE_TABLES = (
    *BODY_RULE_TABLE,
    *CONFERENCE_RULE_TABLE,
    *HUMOUR_RULE_TABLE,
    *LANGUAGE_RULE_TABLE,
    *FIELDWORK_RULE_TABLE,
    *MUSIC_NIGHT_RULE_TABLE,
    *LIVE_MUSIC_RULE_TABLE,
    *SUBJECT_RULE_TABLE,
    *PROFESSION_RULE_TABLE,
    *SHOW_RULE_TABLE,
    *CHILDREN_RULE_TABLE,
    *GIVING_RULE_TABLE,
    *FORUM_RULE_TABLE,
    *NATURE_PROGRAMME_RULE_TABLE,
    *CIVIC_LIFE_RULE_TABLE,
    *LIBRARY_HELP_RULE_TABLE,
    *LAND_WORK_RULE_TABLE,
    *TECH_TALK_RULE_TABLE,
    *DATA_TALK_RULE_TABLE,
    *STACK_TALK_RULE_TABLE,
    *PASTIME_RULE_TABLE,
    *PARK_PROGRAMME_RULE_TABLE,
    *FAMILY_EVENT_RULE_TABLE,
    *HERITAGE_WALK_RULE_TABLE,
    *DANCE_GROUP_RULE_TABLE,
    *STRIKE_RULE_TABLE,
    *PHYSIQUE_RULE_TABLE,
)
