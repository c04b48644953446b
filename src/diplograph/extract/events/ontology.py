"""PLOVER ontology and trigger lexicon: package data, validated at load, user-extensible.

``plover.yaml`` holds the 16 event types (modes, CAMEO root, quad class,
intensity), the contexts and the modalities.  ``triggers.yaml`` holds the verb and
noun trigger patterns the coder in :mod:`diplograph.extract.events.coder` applies.  Users add
their own trigger files (same schema); their entries take precedence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence


DATA_PACKAGE = "diplograph.data"
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
TARGETS = ("dobj", "prep", "none")
# the groups of types the coder reads by name (``classes`` in plover.yaml, explained there)
TYPE_CLASSES = frozenset({"judgement", "stance", "material", "undirected", "together", "doerless"})
# the cue lists of the factuality layer (triggers.yaml ``factuality``; see extract/events/factuality.py)
FACTUALITY_KEYS = (
    "hypothetical_modals", "future_modals", "condition_marks", "condition_phrases", "belief_heads",
    "intent_heads", "possibility_heads", "negative_heads", "implicative_heads", "request_heads", "offer_heads",
    "accusation_heads", "threat_heads", "decision_heads", "disapproval_heads", "descriptive_verbs", "predicative_verbs", "noncommittal_heads", "occurrence_verbs", "convening_verbs", "reported_adverbs",
    "reported_phrases", "hedging_reporters", "reported_modifiers", "future_modifiers", "kind_determiners", "negative_determiners",
    "presupposing_marks", "presupposing_nouns", "habitual_adverbs", "alternative_marks", "stative_verbs", "occasion_nouns",
    "utterance_nouns", "possession_verbs", "standing_nouns", "forming_verbs", "agenda_nouns", "contingency_verbs",
    "generic_pronouns", "denial_heads", "ended_heads", "pending_adverbs", "question_aside_marks",
    "requirement_adverbs", "lasting_units", "lasting_modifiers", "lasting_verbs", "onset_preps", "lasting_phrases", "state_preps",
    "state_nouns", "state_verbs", "topic_nouns", "topic_preps", "topic_of_nouns", "topic_verbs", "prevention_heads",
    "reported_passives", "condition_inversions", "viewpoint_nouns",
    "report_nouns", "partisan_speakers", "trip_purposes", "legal_heads", "exercising_verbs", "punitive_heads",
    "undeterred_heads", "decision_nouns", "approval_heads", "consequence_verbs", "attempt_heads", "attempted_acts", "success_acts",
    "attempted_types",
)
# the cue lists of the modality helpers (triggers.yaml ``modality``; see extract/events/modality.py):
# all must be given by the packaged lexicon; user files may add words
MODALITY_KEYS = (
    "hypothetical_modals", "future_modals", "condition_marks", "open_marks", "ultimatum_marks", "future_heads",
    "considering_heads", "threat_heads", "reported_adverbs", "reported_phrases", "hypothetical_phrases",
    "hedging_reporters", "refusal_heads", "refusal_modals", "request_heads", "invitation_heads",
    "question_words", "not_question_openers", "promise_heads", "readiness_heads", "intent_modals",
    "intent_heads", "obligation_modals", "obligation_heads", "refusal_stances",
)
# dependency labels a trigger may refuse (``not_dependents``): "provided that ..." is a condition, not aid
DEPENDENCIES = ("ccomp", "xcomp", "advcl", "pcomp", "mark", "dobj", "dative", "attr", "acomp", "oprd", "agent", "prt")


class OntologyError(ValueError):
    """A bad ontology or trigger file (message names the file and the problem)."""


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    description: str
    cameo_root: tuple[str, ...]
    quad_class: int
    intensity: float
    modes: dict[str, dict[str, Any]]
    classes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Ontology:
    version: str
    types: dict[str, EventType]
    contexts: dict[str, str]
    modalities: dict[str, dict[str, Any]]

    def intensity(self, type_: str, mode: str | None = None) -> float:
        et = self.types[type_]
        if mode and mode in et.modes and et.modes[mode].get("intensity") is not None:
            return float(et.modes[mode]["intensity"])
        return et.intensity

    def quad(self, type_: str) -> int:
        return self.types[type_].quad_class

    def counts_as_happened(self, modality: str) -> bool:
        return bool(self.modalities.get(modality, {}).get("counts_as_happened", modality == "asserted"))


@dataclass(frozen=True, slots=True)
class Trigger:
    pos: str  # VERB or NOUN
    lemma: str  # full (possibly multiword) lemma
    words: tuple[str, ...]  # lemma split; the head is the last word
    type: str
    mode: str | None = None
    context: str | None = None
    particle: str | None = None
    objects: tuple[str, ...] = ()
    not_objects: tuple[str, ...] = ()
    target: str = "dobj"
    preps: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    require_prep: bool = False
    needs_agent: bool = False  # a noun that is an event only with its own agent or under a light verb
    not_dependents: tuple[str, ...] = ()  # dependency labels that stop the entry from firing
    not_preps: tuple[str, ...] = ()  # prepositions/particles of another sense ("speak of", "speak at")
    patient_possessor: bool = False  # a noun whose possessor undergoes it ("Navalny's arrest") unless it has an "of"
    own_state: bool = False  # "the Taliban takeover", "the army seized power": with no target, the doer's own state
    joint: bool = False  # conjoined doers act on each other ("A and B signed a treaty"; "A and B praised X" do not)
    object_entities: tuple[str, ...] = ()  # entity labels of a direct object that satisfy `objects` ("called Putin")
    complements: tuple[str, ...] = ()  # lemmas of an infinitive complement the entry needs ("ordered X to leave", "calls to end")
    partner: bool = False  # a "with" partner does it too ("X signed a treaty with Y": Y signed it)
    dependents: tuple[str, ...] = ()  # dependency labels the entry needs, one at least ("proposed that X mediate": ccomp)
    not_object_entities: tuple[str, ...] = ()  # entity labels of an object that stop the entry ("holding Europe hostage")
    not_subjects: tuple[str, ...] = ()  # subject words of another sense ("the court dismissed the appeal")
    receiver: bool = False  # the subject receives the act, its giver named by "from" ("received drones from X")
    aimed_entities: tuple[str, ...] = ()  # labels of an entity the object's "on" phrase names: satisfy `objects`
    # ("lifted its ban on Australian wine": a state's goods or people)
    aimed_objects: tuple[str, ...] = ()  # words the object's "on" phrase needs ("lifted restrictions on aid deliveries")
    subject_kinds: tuple[str, ...] = ()  # kinds of resolved actor the subject must be ("Niger quit ECOWAS": a state)
    object_kinds: tuple[str, ...] = ()  # kinds of resolved actor that satisfy `objects` ("quit ECOWAS": an igo)
    not_beside: tuple[str, ...] = ()  # lemmas of a verb sharing the subject that stop it ("stormed a jail, freeing")
    abroad: bool = False  # a `preps` object must name another state than the subject's ("sent police to Haiti")

    @property
    def head(self) -> str:
        return self.words[-1]


@dataclass(slots=True)
class Lexicon:
    version: str
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    # "criticism from X", "drew a protest from X": the prepositions that mark a noun's source, by type
    noun_source_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # verbs whose subject undergoes the act their object noun names ("drew criticism from X")
    reception_verbs: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    modality_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    evaluations: dict[str, frozenset[str]] = field(default_factory=dict)
    stative_passives: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()  # "warned that Y could ...": a concern about Y, not a threat
    non_agents: frozenset[str] = frozenset()  # subject nouns that do not act ("the earthquake hit", "the move raises")
    figurative_acts: frozenset[str] = frozenset()  # words of conflict that can be figures ("declared war on inflation")
    figurative_foes: frozenset[str] = frozenset()  # ills and things such a figure is aimed at (figurative.py)
    factuality: dict[str, frozenset[str]] = field(default_factory=dict)
    modality: dict[str, frozenset[str]] = field(default_factory=dict)  # extract/events/modality.py's cues


def _read_yaml(source: Any, label: str) -> dict[str, Any]:
    import yaml  # loaded when an ontology is read, not by every command that checks an event type

    try:
        text = source.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 8x faster
    except (OSError, UnicodeDecodeError) as exc:
        raise OntologyError(f"{label}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise OntologyError(f"{label}: invalid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise OntologyError(f"{label}: expected a mapping at the top level")
    return data


def load_ontology() -> Ontology:
    label = "diplograph/data/plover.yaml"
    data = _read_yaml(resources.files(DATA_PACKAGE) / "plover.yaml", label)
    types = {}
    for name, spec in (data.get("event_types") or {}).items():
        if name not in EVENT_TYPES:
            raise OntologyError(f"{label}: unknown event type {name!r}")
        root = spec.get("cameo_root")
        roots = tuple(root) if isinstance(root, list) else (str(root),)
        quad = spec.get("quad_class")
        if quad not in (1, 2, 3, 4):
            raise OntologyError(f"{label}: {name}: quad_class must be 1..4")
        classes = frozenset(_as_tuple(spec.get("classes")))
        if classes - TYPE_CLASSES:
            raise OntologyError(f"{label}: {name}: unknown classes: {', '.join(sorted(classes - TYPE_CLASSES))} "
                                f"(known: {', '.join(sorted(TYPE_CLASSES))})")
        types[name] = EventType(name, str(spec.get("description", "")).strip(), roots, quad,
                                float(spec.get("intensity", 0.0)), dict(spec.get("modes") or {}), classes)
    missing = set(EVENT_TYPES) - set(types)
    if missing:
        raise OntologyError(f"{label}: missing event types: {', '.join(sorted(missing))}")
    return Ontology(str(data.get("version")), types, dict(data.get("contexts") or {}),
                    dict(data.get("modalities") or {}))


@lru_cache(maxsize=None)
def types_in(cls: str) -> frozenset[str]:
    """The event types of one class of ``plover.yaml`` (e.g. ``"judgement"``: ACCUSE, SUPPORT, REJECT)."""
    if cls not in TYPE_CLASSES:
        raise ValueError(f"unknown type class {cls!r}")
    return frozenset(name for name, et in load_ontology().types.items() if cls in et.classes)


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.lower(),)
    return tuple(str(v).lower() for v in value)


def _trigger(pos: str, spec: dict[str, Any], onto: Ontology, label: str) -> Trigger:
    lemma = str(spec.get("lemma", "")).strip().lower()
    if not lemma:
        raise OntologyError(f"{label}: a {pos.lower()} trigger has no lemma")
    type_ = spec.get("type")
    if type_ not in onto.types:
        raise OntologyError(f"{label}: trigger {lemma!r}: unknown event type {type_!r}")
    mode = spec.get("mode")
    if mode is not None and mode not in onto.types[type_].modes:
        raise OntologyError(f"{label}: trigger {lemma!r}: {type_} has no mode {mode!r}")
    context = spec.get("context")
    if context is not None and context not in onto.contexts:
        raise OntologyError(f"{label}: trigger {lemma!r}: unknown context {context!r}")
    target = spec.get("target", "dobj")
    if target not in TARGETS:
        raise OntologyError(f"{label}: trigger {lemma!r}: target must be one of {TARGETS}")
    particle = spec.get("particle")
    for key in ("preps", "objects", "not_objects", "subjects", "not_preps", "not_subjects", "not_beside", "complements"):
        values = spec.get(key) or []
        if isinstance(values, list) and any(not isinstance(v, str) for v in values):
            raise OntologyError(f"{label}: trigger {lemma!r}: {key} must be words (quote on/off/yes/no in YAML)")
    if isinstance(particle, bool):
        raise OntologyError(f"{label}: trigger {lemma!r}: particle must be a word (quote on/off in YAML)")
    needs_agent = spec.get("needs_agent", False)
    if not isinstance(needs_agent, bool) or (needs_agent and pos != "NOUN"):
        raise OntologyError(f"{label}: trigger {lemma!r}: needs_agent must be true or false, on nouns only")
    patient = spec.get("patient_possessor", False)
    if not isinstance(patient, bool) or (patient and pos != "NOUN"):
        raise OntologyError(f"{label}: trigger {lemma!r}: patient_possessor must be true or false, on nouns only")
    not_deps = _as_tuple(spec.get("not_dependents"))
    bad = [d for d in not_deps if d not in DEPENDENCIES]
    if bad:
        raise OntologyError(f"{label}: trigger {lemma!r}: not_dependents: unknown labels {bad} (one of {DEPENDENCIES})")
    own_state = spec.get("own_state", False)
    if not isinstance(own_state, bool):
        raise OntologyError(f"{label}: trigger {lemma!r}: own_state must be true or false")
    joint = spec.get("joint", False)
    if not isinstance(joint, bool):
        raise OntologyError(f"{label}: trigger {lemma!r}: joint must be true or false")
    partner = spec.get("partner", False)
    if not isinstance(partner, bool) or (partner and not joint):
        raise OntologyError(f"{label}: trigger {lemma!r}: partner must be true or false, on joint entries only")
    entities = tuple(e.upper() for e in _as_tuple(spec.get("object_entities")))
    if any(e not in ENTITY_LABELS for e in entities) or (entities and pos != "VERB"):
        raise OntologyError(f"{label}: trigger {lemma!r}: object_entities must be among {sorted(ENTITY_LABELS)}, on verbs only")
    not_entities = tuple(e.upper() for e in _as_tuple(spec.get("not_object_entities")))
    if any(e not in ENTITY_LABELS for e in not_entities) or (not_entities and pos != "VERB"):
        raise OntologyError(f"{label}: trigger {lemma!r}: not_object_entities must be among {sorted(ENTITY_LABELS)}, on verbs only")
    complements = _as_tuple(spec.get("complements"))  # (on a noun: its infinitive clause, "calls to withdraw")
    deps = _as_tuple(spec.get("dependents"))
    bad = [d for d in deps if d not in DEPENDENCIES]
    if bad or (deps and pos != "VERB"):
        raise OntologyError(f"{label}: trigger {lemma!r}: dependents: unknown labels {bad} (one of {DEPENDENCIES}), on verbs only")
    receiver = spec.get("receiver", False)
    if not isinstance(receiver, bool) or (receiver and pos != "VERB"):
        raise OntologyError(f"{label}: trigger {lemma!r}: receiver must be true or false, on verbs only")
    aimed = tuple(e.upper() for e in _as_tuple(spec.get("aimed_entities")))
    if any(e not in ENTITY_LABELS for e in aimed) or (aimed and pos != "VERB"):
        raise OntologyError(f"{label}: trigger {lemma!r}: aimed_entities must be among {sorted(ENTITY_LABELS)}, on verbs only")
    kinds = (_as_tuple(spec.get("subject_kinds")), _as_tuple(spec.get("object_kinds")))
    if any(k not in ACTOR_KINDS for k in (*kinds[0], *kinds[1])) or (
            (any(kinds) or spec.get("not_beside") or spec.get("abroad")) and pos != "VERB"):
        raise OntologyError(f"{label}: trigger {lemma!r}: subject_kinds, object_kinds (among {sorted(ACTOR_KINDS)}), not_beside and abroad are for verbs only")
    if spec.get("aimed_objects") is not None and pos != "VERB":
        raise OntologyError(f"{label}: trigger {lemma!r}: aimed_objects are for verbs only")
    unknown = set(spec) - TRIGGER_KEYS
    if unknown:
        raise OntologyError(f"{label}: trigger {lemma!r}: unknown keys {sorted(unknown)}")
    return Trigger(pos, lemma, tuple(lemma.split()), type_, mode, context,
                   str(particle).lower() if particle is not None else None,
                   _as_tuple(spec.get("objects")), _as_tuple(spec.get("not_objects")),
                   target, _as_tuple(spec.get("preps")), _as_tuple(spec.get("subjects")),
                   bool(spec.get("require_prep", False)), needs_agent, not_deps, _as_tuple(spec.get("not_preps")), patient,
                   own_state, joint, entities, complements, partner, deps, not_entities,
                   _as_tuple(spec.get("not_subjects")), receiver, aimed, _as_tuple(spec.get("aimed_objects")),
                   *kinds, _as_tuple(spec.get("not_beside")), spec.get("abroad") is True)


# evaluations: predicate words by polarity; objects held ("has the right to", "bears responsibility for")
# after a holding verb; adjectives that blame when they take a complement ("responsible for"); verbs that name
# their object ("called X a mistake"); verbs of a duty failed ("said X had failed to protect Y")
EVALUATION_KEYS = frozenset({"positive", "negative", "holding_verbs", "positive_held", "negative_held",
                             "blame_adjectives", "naming_verbs", "failing_verbs", "shortfall_objects"})
TRIGGER_KEYS = frozenset({"lemma", "type", "mode", "context", "particle", "objects", "not_objects", "target",
                          "preps", "subjects", "require_prep", "needs_agent", "not_dependents", "not_preps",
                          "patient_possessor", "own_state", "joint", "object_entities", "not_object_entities", "complements",
                          "partner", "dependents", "not_subjects", "receiver", "aimed_entities", "aimed_objects",
                          "subject_kinds", "object_kinds", "not_beside", "abroad"})
ENTITY_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC"})
ACTOR_KINDS = frozenset({"state", "igo", "organisation", "group", "person"})  # the actor base's kinds


def _factuality(lex: Lexicon, data: Any, label: str) -> None:
    """The factuality cue lists: known names, each a list of words or phrases."""
    if not isinstance(data, dict):
        raise OntologyError(f"{label}: factuality must be a mapping of cue lists")
    for name, words in data.items():
        if name not in FACTUALITY_KEYS:
            raise OntologyError(f"{label}: factuality: unknown cue list {name!r}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise OntologyError(f"{label}: factuality: {name} must be a list of words (quote no/yes in YAML)")
        lex.factuality[name] = lex.factuality.get(name, frozenset()) | frozenset(w.strip().lower() for w in words)


def _modality(lex: Lexicon, data: Any, label: str) -> None:
    """The modality cue lists (extract/events/modality.py): known names, each a list of words or phrases."""
    if not isinstance(data, dict):
        raise OntologyError(f"{label}: modality must be a mapping of cue lists")
    for name, words in data.items():
        if name not in MODALITY_KEYS:
            raise OntologyError(f"{label}: modality: unknown cue list {name!r}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise OntologyError(f"{label}: modality: {name} must be a list of words (quote no/yes in YAML)")
        lex.modality[name] = lex.modality.get(name, frozenset()) | frozenset(w.strip().lower() for w in words)


def _merge_file(lex: Lexicon, data: dict[str, Any], onto: Ontology, label: str, *, user: bool) -> None:
    for key, pos, table in (("verbs", "VERB", lex.verbs), ("nouns", "NOUN", lex.nouns)):
        entries = data.get(key) or []
        if not isinstance(entries, list):
            raise OntologyError(f"{label}: {key} must be a list")
        fresh: dict[str, list[Trigger]] = {}
        for spec in entries:
            if not isinstance(spec, dict):
                raise OntologyError(f"{label}: {key} entries must be mappings")
            trig = _trigger(pos, spec, onto, label)
            fresh.setdefault(trig.head, []).append(trig)
        for head, trigs in fresh.items():
            # user entries come first: the first matching entry wins
            table[head] = trigs + table.get(head, []) if user else table.get(head, []) + trigs
    if data.get("light_verbs"):
        lex.light_verbs = lex.light_verbs | frozenset(_as_tuple(data["light_verbs"]))
    if data.get("reception_verbs"):
        lex.reception_verbs = lex.reception_verbs | frozenset(_as_tuple(data["reception_verbs"]))
    for type_, preps in (data.get("noun_source_preps") or {}).items():
        if type_ not in onto.types:
            raise OntologyError(f"{label}: noun_source_preps: unknown type {type_!r}")
        lex.noun_source_preps[type_] = tuple(_as_tuple(preps))
    if data.get("travel_verbs"):
        lex.travel_verbs = lex.travel_verbs | frozenset(_as_tuple(data["travel_verbs"]))
    if data.get("warning_verbs"):
        lex.warning_verbs = lex.warning_verbs | frozenset(_as_tuple(data["warning_verbs"]))
    if data.get("non_agents"):
        lex.non_agents = lex.non_agents | frozenset(_as_tuple(data["non_agents"]))
    for key in ("figurative_acts", "figurative_foes"):
        if data.get(key):
            setattr(lex, key, getattr(lex, key) | frozenset(_as_tuple(data[key])))
    if data.get("stative_passives"):
        lex.stative_passives = lex.stative_passives | frozenset(_as_tuple(data["stative_passives"]))
    if data.get("reporting_verbs"):
        lex.reporting_verbs = lex.reporting_verbs | frozenset(_as_tuple(data["reporting_verbs"]))
    for name, words in (data.get("evaluations") or {}).items():
        if name not in EVALUATION_KEYS:
            raise OntologyError(f"{label}: evaluations: unknown list {name!r} ({', '.join(sorted(EVALUATION_KEYS))})")
        lex.evaluations[name] = lex.evaluations.get(name, frozenset()) | frozenset(_as_tuple(words))
    if data.get("factuality") is not None:
        _factuality(lex, data["factuality"], label)
    if data.get("modality") is not None:
        _modality(lex, data["modality"], label)
    for key in ("modality_cues", "context_cues"):
        for name, cues in (data.get(key) or {}).items():
            if key == "context_cues" and name not in onto.contexts:
                raise OntologyError(f"{label}: context_cues: unknown context {name!r}")
            table = getattr(lex, key)
            table[name] = tuple(table.get(name, ())) + _as_tuple(cues)


def packaged_lexicon() -> Lexicon:
    """The packaged trigger lexicon alone, read once per process (for stages that read no user file:
    remention's event nouns, the packaged modality cues). Do not change it."""
    global _PACKAGED
    if _PACKAGED is None:
        _PACKAGED = load_lexicon()
    return _PACKAGED


_PACKAGED: Lexicon | None = None


def load_lexicon(extra_files: Sequence[str | Path] = (), ontology: Ontology | None = None) -> Lexicon:
    """The packaged trigger lexicon extended by the user's trigger files."""
    global _PACKAGED
    if not extra_files and ontology is None and _PACKAGED is not None:
        return _PACKAGED
    onto = ontology or load_ontology()
    label = "diplograph/data/triggers.yaml"
    data = _read_yaml(resources.files(DATA_PACKAGE) / "triggers.yaml", label)
    lex = Lexicon(version=str(data.get("version")))
    _merge_file(lex, data, onto, label, user=False)
    missing = [k for k in MODALITY_KEYS if k not in lex.modality]
    if missing:
        raise OntologyError(f"{label}: modality: missing cue lists {missing}")
    for path in extra_files:
        p = Path(path)
        if not p.exists():
            raise OntologyError(f"{p}: trigger file does not exist")
        _merge_file(lex, _read_yaml(p, str(p)), onto, str(p), user=True)
    if not extra_files and ontology is None:
        _PACKAGED = lex
    return lex
