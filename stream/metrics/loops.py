"""Loops: the agent asking the same question again and again, the caller giving the same answer.

A question is an agent utterance with a question mark. It *repeats* an earlier question of the call
when both ways at least ``repeat_overlap`` of their distinct words are shared (so "What's your date of
birth?" and "Could you tell me your date of birth again?" are not the same question, but the same
words said again are). A caller utterance repeats an earlier one the same way, if it has at least
``loop_min_words`` words ("yes" twice is a conversation, not a loop). A call *loops* when one question
was asked ``loop_min_asks`` times or more. Pure: words in, counts out.

A live call is recomputed from all its events, and comparing each utterance with every distinct one
before it is quadratic in the call's length. So the fold over a call's utterances is remembered per call
(``FOLD_MEMORY`` calls): when a recomputation's utterances begin with the ones folded last time (checked
whole, element by element), the fold resumes after them; otherwise it starts again. Either way the
counts are those of folding every utterance from the first (``tests/stream/test_loops_fold.py``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ingest.contract.lean import AgentUtterance
from ingest.lexicon.words import WORDS_CACHE_SIZE, words
from stream.metrics.timeline import Timeline
from stream.metrics.types import MetricsConfig


class Loop(NamedTuple):
    agent_repeats: int  # questions that repeat an earlier question of the call
    caller_repeats: int  # caller utterances that repeat an earlier one
    looping: bool  # one question asked at least loop_min_asks times
    loop_turn: int  # the turn whose response asked it the loop_min_asks-th time (0: no loop)


Text = tuple[str, ...]
FOLD_MEMORY = 4_096
"""Calls whose last utterance fold is remembered (two folds each: questions and caller answers)."""


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def _distinct(text: Text) -> frozenset[str]:
    return frozenset(text)


def _same(a: Text, b: Text, threshold: float) -> bool:
    """Both ways at least ``threshold`` of the distinct words shared (``words.overlap`` both ways: the
    same counts, divided the same way, so the same floats)."""
    da, db = _distinct(a), _distinct(b)
    shared = len(da & db)
    return (shared / len(da) if da else 0.0) >= threshold and (shared / len(db) if db else 0.0) >= threshold


class Fold(NamedTuple):
    """The fold after ``texts``: each distinct utterance with how often it was said, the repeats, and
    the position of the first utterance said the ``asks``-th time."""

    texts: tuple[Text, ...]
    said: tuple[tuple[Text, int], ...]
    repeats: int
    looped: int | None


EMPTY = Fold((), (), 0, None)


def fold(texts: Sequence[Text], threshold: float, asks: int, start: Fold = EMPTY) -> Fold:
    """Fold ``texts`` from ``start`` (which must have folded ``texts[: len(start.texts)]``)."""
    said = list(start.said)
    repeats, looped = start.repeats, start.looped
    for position in range(len(start.texts), len(texts)):
        text = texts[position]
        for index, (first, times) in enumerate(said):
            if _same(first, text, threshold):
                said[index] = (first, times + 1)
                repeats += 1
                if times + 1 == asks and looped is None:
                    looped = position
                break
        else:
            said.append((text, 1))
    return Fold(tuple(texts), tuple(said), repeats, looped)


_folds: OrderedDict[tuple[str, str, float, int], Fold] = OrderedDict()
_lock = threading.Lock()


def _repeats(
    key: tuple[str, str], texts: Sequence[Text], threshold: float, asks: int
) -> tuple[int, int | None]:
    """(utterances that repeat an earlier one, index of the first utterance said the ``asks``-th time),
    resuming the fold remembered for ``key`` (call SID, kind) when ``texts`` extends what it folded."""
    memo_key = (*key, threshold, asks)
    with _lock:
        start = _folds.get(memo_key, EMPTY)
    n = len(start.texts)
    if n > len(texts) or tuple(texts[:n]) != start.texts:
        start = EMPTY
    result = fold(texts, threshold, asks, start)
    with _lock:
        _folds[memo_key] = result
        _folds.move_to_end(memo_key)
        while len(_folds) > 2 * FOLD_MEMORY:
            _folds.popitem(last=False)
    return result.repeats, result.looped


def forget_folds() -> None:
    """Drop every remembered fold (a benchmark's cold start; results never depend on them)."""
    with _lock:
        _folds.clear()


def loop(timeline: Timeline, config: MetricsConfig) -> Loop:
    asked = [u for u in timeline.of(AgentUtterance) if "?" in u.data.text and words(u.data.text)]
    questions = [words(u.data.text) for u in asked]
    answers = [
        w for w in (words(t.caller.data.text) for t in timeline.turns) if len(w) >= config.loop_min_words
    ]
    call_sid = timeline.events[0].call_sid
    agent_repeats, looped = _repeats(
        (call_sid, "agent"), questions, config.loop_overlap, config.loop_min_asks
    )
    caller_repeats, _ = _repeats((call_sid, "caller"), answers, config.loop_overlap, config.loop_min_asks)
    turn = 0 if looped is None else timeline.response_index(timeline.position[asked[looped].event_id])
    return Loop(agent_repeats, caller_repeats, looped is not None, turn)
