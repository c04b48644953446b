"""What the event coder reads of a document's sentences: the page (tokens, sentences, lower-cased
texts, made once per document) and the context cues (PLOVER contexts such as "military" or
"economic" pointed to by words of the sentence, from the trigger lexicon)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from diplograph.nlp.tokens import sentence_ids, sents, text_of, tokens


class ContextCues:
    """The lexicon's context cues: single words (by text or lemma) and multi-word phrases."""

    def __init__(self, context_cues: dict[str, list[str]]) -> None:
        self.single: dict[str, str] = {}
        self.multi: list[tuple[str, str]] = []
        for ctx, cues in context_cues.items():
            for cue in cues:
                if " " in cue or "-" in cue:
                    self.multi.append((cue, ctx))
                else:
                    self.single.setdefault(cue, ctx)
        self.index = CueIndex([cue for cue, _ in self.multi])

    def of(self, words: list[Token], lower: str) -> str | None:
        """The context the cue words of a sentence (its tokens ``words``, its lower-cased text
        ``lower``) point to most."""
        counts: dict[str, int] = {}
        for t in words:
            ctx = self.single.get(t.lower_) or self.single.get(t.lemma_.lower())
            if ctx:
                counts[ctx] = counts.get(ctx, 0) + 1
        for n in self.index.found(lower):
            ctx = self.multi[n][1]
            counts[ctx] = counts.get(ctx, 0) + 2
        if not counts:
            return None
        return max(counts.items(), key=lambda kv: kv[1])[0]


class Page:
    """What the coder reads of one document again and again, made once per :meth:`EventCoder.code`
    call: its tokens and sentences, each sentence's lower-cased text and context."""

    __slots__ = ("doc", "toks", "sents", "sent_ids", "text", "contexts", "_lower")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks = tokens(doc)
        self.sents = sents(doc)
        self.sent_ids = sentence_ids(doc)  # token index -> sentence index
        self.text = text_of(doc)
        self.contexts: dict[int, str | None] = {}
        self._lower: dict[int, str] = {}

    def context(self, k: int, cues: "ContextCues") -> str | None:
        """The context sentence ``k``'s cue words point to most, worked out once per sentence."""
        if k not in self.contexts:
            sent = self.sents[k]
            self.contexts[k] = cues.of(self.toks[sent.start:sent.end], self.lower(k))
        return self.contexts[k]

    def lower(self, k: int) -> str:
        """Sentence ``k``'s text, lower-cased."""
        found = self._lower.get(k)
        if found is None:
            sent = self.sents[k]
            found = self._lower[k] = self.text[sent.start_char:sent.end_char].lower()
        return found


class CueIndex:
    """Which of some multi-word cues (each with a space or hyphen) occur in a text, without looking
    for each one: a cue ``A B`` occurs only where the text has the five characters around its first
    separator (the last two of ``A``, the separator, the first two of ``B``); only the cues whose
    five characters the text has, and those with a shorter side, are looked for."""

    SEPARATOR = re.compile("[ -]")

    def __init__(self, cues: list[str]) -> None:
        self.cues = cues
        self.by_junction: dict[str, list[int]] = {}
        self.always: list[int] = []  # cues with fewer than two characters on a side of the separator
        for n, cue in enumerate(cues):
            j = self.SEPARATOR.search(cue).start()
            if j < 2 or len(cue) - j - 1 < 2:
                self.always.append(n)
            else:
                self.by_junction.setdefault(cue[j - 2:j + 3], []).append(n)

    def found(self, text: str) -> list[int]:
        """The indices of the cues that occur in ``text``, in order."""
        candidates = set(self.always)
        for m in self.SEPARATOR.finditer(text, 2):
            p = m.start()
            candidates.update(self.by_junction.get(text[p - 2:p + 3], ()))
        return [n for n in sorted(candidates) if self.cues[n] in text]
