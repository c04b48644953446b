"""The word lists the actor resolver reads, loaded once from ``data/actor_words.yaml``.

Institution nouns with their sectors ("diplomats" GOV, "troops" MIL), title words,
honorifics, name particles and pronouns.  They are package data so that they can be
reviewed and extended without touching code.
"""

from __future__ import annotations

from diplograph.data import read_yaml


class ActorWordsError(ValueError):
    pass


# what a description may refer to ("island": a state on islands of its own, ``island_states``)
_KINDS = frozenset({"state", "island", "igo", "group", "media", "party", "organisation"})


def _load() -> dict:
    label, data = read_yaml("actor_words.yaml", ActorWordsError)
    need = ("institutions", "government_nouns", "group_nouns", "title_heads", "title_modifiers", "prepositions",
            "target_prepositions", "honorifics", "name_particles", "pronouns", "not_actor_after", "title_sectors")
    missing = [k for k in need if k not in (data or {})]
    if missing:
        raise ActorWordsError(f"{label}: missing keys: {', '.join(missing)}")
    for key, values in data.items():
        if isinstance(values, list) and any(not isinstance(v, str) for v in values):
            raise ActorWordsError(f"{label}: {key}: entries must be words (quote yes/no/on/off)")
    # a definite noun's kinds: one or a list, kept as a tuple
    data["definite_nouns"] = {noun: tuple([kinds] if isinstance(kinds, str) else kinds or [None])
                              for noun, kinds in (data.get("definite_nouns") or {}).items()}
    for noun, kinds in data["definite_nouns"].items():
        if any(k not in _KINDS for k in kinds):
            raise ActorWordsError(f"{label}: definite_nouns: {noun}: kind must be one of {', '.join(sorted(_KINDS))}")
    for word, rel in (data.get("vessel_participles") or {}).items():
        if rel not in ("flag", "owner"):
            raise ActorWordsError(f"{label}: vessel_participles: {word}: must be flag or owner")
    for dash in data.get("hyphens") or ():
        if len(dash) != 1 or dash.isalnum():
            raise ActorWordsError(f"{label}: hyphens: {dash!r}: must be one character, no letter or digit")
    for region, ids in (data.get("region_states") or {}).items():
        if not isinstance(ids, list) or not ids or any(not (isinstance(i, str) and i.isupper()) for i in ids):
            raise ActorWordsError(f"{label}: region_states: {region}: must be a list of actor ids (ISO3)")
    return data


_DATA = _load()

HYPHENS = frozenset(_DATA.get("hyphens") or ())  # "Panama-flagged", "Saudi-led"
INSTITUTIONS: dict[str, str] = {w: sector for sector, words in _DATA["institutions"].items() for w in words}
GOV_NOUNS = frozenset(_DATA["government_nouns"])
GROUP_NOUNS = frozenset(_DATA["group_nouns"])
TITLE_HEADS = frozenset(_DATA["title_heads"])
TITLE_WORDS = TITLE_HEADS | frozenset(INSTITUTIONS) | frozenset(_DATA["title_modifiers"])
PREPS = frozenset(_DATA["prepositions"])
TARGET_PREPS = frozenset(_DATA["target_prepositions"])
HONORIFICS = frozenset(_DATA["honorifics"])
NAME_PARTICLES = frozenset(_DATA["name_particles"])
PRONOUNS: dict[str, str] = dict(_DATA["pronouns"])
NOT_ACTOR_AFTER = frozenset(_DATA["not_actor_after"])
CONDITION_NOUNS = frozenset(_DATA.get("condition_nouns") or ())
DOCUMENT_HEADS = frozenset(_DATA.get("document_heads") or ())
PRONOUN_PREDICATES = frozenset(_DATA.get("pronoun_predicates") or ())
PRONOUN_RELATIONS = frozenset(_DATA.get("pronoun_relations") or ())
TITLE_SECTORS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["title_sectors"].items()}
OPEN_HEADS: dict[str, tuple[str, str | None]] = {
    w: (spec.split()[0], (spec.split()[1:] or [None])[0]) for w, spec in (_DATA.get("open_heads") or {}).items()}
COLLECTIVE_HEADS: dict[str, tuple[str, bool]] = {
    w: (spec.split()[0], "relational" in spec.split()[1:]) for w, spec in (_DATA.get("collective_heads") or {}).items()}
SEAT_PARTICIPLES = frozenset(_DATA.get("seat_participles") or ("based", "headquartered"))
UNNAMED_HEADS: dict[str, tuple[str, str | None]] = {
    w: (spec.split()[0], (spec.split()[1:] or [None])[0]) for w, spec in (_DATA.get("unnamed_heads") or {}).items()}
VAGUE_MODIFIERS = frozenset(_DATA.get("vague_modifiers") or ())
POLITY_HEADS = frozenset(_DATA.get("polity_heads") or ())
FAITH_MODIFIERS = frozenset(_DATA.get("faith_modifiers") or ())
# each noun refers back to an actor of the first of its kinds that the recent text has ("organization": an
# international body, else a group)
DEFINITE_NOUNS: dict[str, tuple[str, ...]] = dict(_DATA["definite_nouns"])
DEFINITE_FORCES = frozenset(_DATA.get("definite_forces") or ())
DEFINITE_OFFICES = frozenset(_DATA.get("definite_offices") or ())
ISLAND_STATES = frozenset(_DATA.get("island_states") or ())
REGION_STATES: dict[str, frozenset[str]] = {str(k): frozenset(v) for k, v in (_DATA.get("region_states") or {}).items()}
REPORTED_POSSESSIONS = frozenset(_DATA.get("reported_possessions") or ())
PAST_TITLE_WORDS = frozenset(_DATA.get("past_title_words") or ())
REPORTED_PERSONNEL = frozenset(_DATA.get("reported_personnel") or ())
REPORTED_HARMS = frozenset(_DATA.get("reported_harms") or ())
JUDGED_VERBS = frozenset(_DATA.get("judged_verbs") or ())
MEETING_VERBS = frozenset(_DATA.get("meeting_verbs") or ())
BODILY_VERBS = frozenset(_DATA.get("bodily_verbs") or ())
ORGANISATION_VERBS = frozenset(_DATA.get("organisation_verbs") or ())
OWNED_PREMISES = frozenset(_DATA.get("owned_premises") or ())
LEADING_VERBS = frozenset(_DATA.get("leading_verbs") or ())
SERVING_TITLES = frozenset(_DATA.get("serving_titles") or ())
SPEAKING_TITLES = frozenset(_DATA.get("speaking_titles") or ())
PLURAL_NOUNS: dict[str, str] = dict(_DATA.get("plural_nouns") or {})
NUMBER_WORDS: dict[str, int] = {str(k): int(v) for k, v in (_DATA.get("number_words") or {}).items()}
LOCATIVE_PREPS = frozenset(_DATA.get("locative_prepositions") or ())
REGION_NOUNS = frozenset(_DATA.get("region_nouns") or ())
STATE_SECTORS = frozenset(_DATA.get("state_sectors") or ())
STATE_FORCES = frozenset(_DATA.get("state_forces") or ())
SEPARATE_BRANCHES = frozenset(_DATA.get("separate_branches") or ())
ARMED_SECTORS = frozenset(_DATA.get("armed_sectors") or ())
RELATIONAL_MODIFIERS: dict[str, str] = dict(_DATA.get("relational_modifiers") or {})
VESSEL_PARTICIPLES: dict[str, str] = dict(_DATA.get("vessel_participles") or {})
VESSEL_HEADS = frozenset(_DATA.get("vessel_heads") or ())
COLLECTIVE_ADJECTIVES: dict[str, str] = dict(_DATA.get("collective_adjectives") or {})
COLLECTIVE_NOUNS = frozenset(_DATA.get("collective_adjective_heads") or ())
NOT_ACRONYMS = frozenset(_DATA.get("not_acronyms") or ())
EXERCISE_HEADS = frozenset(_DATA.get("exercise_heads") or ())
INSTRUMENT_HEADS = frozenset(_DATA.get("instrument_heads") or ())
DEFINITE_ORGANS: dict[str, str] = dict(_DATA.get("definite_organs") or {})
PLACE_PARTS = frozenset(_DATA.get("place_parts") or ())
CROWD_NUMBERS = frozenset(_DATA.get("crowd_numbers") or ())  # "Thousands marched"
RULING_MODIFIERS = frozenset(_DATA.get("ruling_modifiers") or ())  # "the ruling party"
RULING_HEADS = frozenset(_DATA.get("ruling_heads") or ())
POST_HEADS = frozenset(_DATA.get("post_heads") or ())  # "a police station in X"
NAMED_PLACE_NOUNS = frozenset(_DATA.get("named_place_nouns") or ())  # "Rafah city"
