"""Residents' words forgotten by spaCy once their text is classified.

A spaCy pipeline adds every new word it tokenises to its Vocab (a lexeme) and
StringStore (the string), for the life of the process: in `quartierbot serve`
that grows without bound and keeps residents' words in memory after their
concern is handled. `transient(*pipelines)` runs a block in each pipeline's
`Language.memory_zone()` (spaCy >= 3.8): the strings and lexemes first added
inside it are removed when it ends; those loaded with the model stay.

spaCy's contract, and what follows here:
- Docs, Tokens and Lexemes made inside a zone must not be used after it: the
  callers (nlp.classifier, nlp.urgent) turn them into plain results (strings,
  floats) inside the zone, and the project's caches keep no Doc, Token or
  Lexeme, only 64-bit string hashes (which are the same when a string comes
  again) and Python strings and arrays.
- Zones must not nest, and a zone is the Vocab's state, not a thread's: while
  one thread is in a zone, a lexeme another thread creates would be freed at
  its end. So every use of a pipeline in a zone holds that Vocab's lock (the
  dialog classifies in several worker threads); a thread already in the zone
  (classify calling the urgent detector) enters it once. Any code that runs a
  pipeline of a long-running process must go through here.
- In a zone spaCy's tokenizer adds nothing to its cache (chunk -> lexemes, at
  most 10,000 chunks; a chunk is a piece of text between spaces), and tokenising
  without it costs several times more (about 115 instead of 8 us per text). So
  the docs made in a zone are noted (`note`): a chunk all of whose tokens are
  strings the model was loaded with (its training words) is tokenised again
  after the zone, outside it, which caches it with permanent lexemes, until
  the tokenizer's cache is full. A chunk with a word the model did not know is
  never cached: residents' new words stay transient.

`enabled = False` runs the blocks without zones (tests compare the two).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

enabled = True
# Docs are read for known chunks until WINDOW docs in a row bring fewer than
# WINDOW_NEW new ones (or the tokenizer's cache is full): then none is read.
WINDOW = 1000
WINDOW_NEW = 50


@contextmanager
def off() -> Iterator[None]:
    """No zones in the block (the locks stay): for a one-shot process such as
    `quartierbot classify`, whose strings go when it ends, and which keeps
    spaCy's tokenizer cache (a text seen twice is not tokenised twice)."""
    global enabled
    before, enabled = enabled, False
    try:
        yield
    finally:
        enabled = before


_guard = threading.Lock()
_locks: dict[int, threading.Lock] = {}
_mine = threading.local()  # .zones: ids of the Vocabs this thread is in a zone of


def _lock_of(key: int) -> threading.Lock:
    lock = _locks.get(key)
    if lock is None:
        with _guard:
            lock = _locks.setdefault(key, threading.Lock())
    return lock


class _Warmer:
    """A pipeline's known chunks seen in zones, to be cached after them."""

    def __init__(self, nlp: Language) -> None:
        tokenizer = nlp.tokenizer
        self.tokenize = getattr(tokenizer, "inner", tokenizer)  # spaCy's own Tokenizer
        strings = nlp.vocab.strings
        self.known = frozenset(map(strings.__getitem__, strings))  # outside any zone
        self.limit = int(getattr(self.tokenize, "max_cache_size", 0))
        self.offered: set[int] = set()  # hash() of the chunks offered (at most `limit`)
        self.pending: list[str] = []
        self.seen = 0  # docs read
        self.found = 0  # new known chunks in the last WINDOW docs
        self.done = self.limit <= 0  # True: no more docs are read

    def note(self, doc: Doc, text: str) -> None:
        """Keep the doc's chunks (in `text`, the doc's text) whose tokens are all
        known, for `flush`."""
        if self.done or not len(doc):
            return
        self.seen += 1
        if self.seen % WINDOW == 0:  # few new known chunks of late: the cache holds them
            self.done = self.found < WINDOW_NEW or len(self.offered) >= self.limit
            self.found = 0
        known, offered, pending = self.known, self.offered, self.pending
        rows = doc.to_array([ORTH, SPACY, IDX, LENGTH]).tolist()
        start = -1
        ok = True
        last = len(rows) - 1
        for i, (orth, space, idx, length) in enumerate(rows):
            if start < 0:
                start, ok = idx, True
            ok = ok and orth in known
            if space or i == last:
                if ok:
                    chunk = text[start : idx + length]
                    key = hash(chunk)
                    if key not in offered and " " not in chunk:
                        offered.add(key)
                        pending.append(chunk)
                        self.found += 1
                start = -1

    def flush(self) -> None:
        """Tokenise the pending chunks (outside any zone: spaCy caches them)."""
        # One chunk a call: spaCy caches nothing after a special case in a text.
        for chunk in self.pending:
            self.tokenize(chunk)
        self.pending.clear()


_warmers: dict[int, _Warmer] = {}


def note(doc: Doc, text: str) -> None:
    """Called on each doc a pipeline makes in a zone (see the module's doc)."""
    vocab = doc.vocab
    if getattr(vocab, "in_memory_zone", False):  # (missing from spaCy's stubs)
        warmer = _warmers.get(id(vocab))
        if warmer is not None:
            warmer.note(doc, text)


@contextmanager
def transient(*pipelines: Language) -> Iterator[None]:
    """Run the block in a memory zone of each pipeline's Vocab (one per Vocab,
    none that this thread is already in), holding the Vocab's lock. With
    `enabled` False (a one-shot process: `quartierbot classify`) no zone, but
    the lock all the same: the project's caches are not safe for threads."""
    zones: set[int] | None = getattr(_mine, "zones", None)
    if zones is None:
        zones = _mine.zones = set()
    todo: dict[int, Language] = {}
    for nlp in pipelines:
        key = id(nlp.vocab)
        if key not in zones and key not in todo:
            todo[key] = nlp
    with ExitStack() as stack:
        for key in sorted(todo):  # one order for every thread: no deadlock
            stack.enter_context(_lock_of(key))
        for key, nlp in todo.items():
            if enabled:
                warmer = _warmers.get(key)
                if warmer is None:
                    warmer = _warmers[key] = _Warmer(nlp)
                stack.callback(warmer.flush)  # after the zone, before the lock goes
                stack.enter_context(nlp.memory_zone())
            zones.add(key)
            stack.callback(zones.discard, key)
        yield
