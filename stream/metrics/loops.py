"""Loops: the agent asking the same question again and again, the caller giving the same answer.

A question is an agent utterance with a question mark. It *repeats* an earlier question of the call
when both ways at least ``repeat_overlap`` of their distinct words are shared (so "What's your date of
birth?" and "Could you tell me your date of birth again?" are not the same question, but the same
words said again are). A caller utterance repeats an earlier one the same way, if it has at least
``loop_min_words`` words ("yes" twice is a conversation, not a loop). A call *loops* when one question
was asked ``loop_min_asks`` times or more. Pure: words in, counts out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ingest.contract.models import AgentUtterance
from stream.metrics.timeline import Timeline
from stream.metrics.types import MetricsConfig
from stream.metrics.words import overlap, words


class Loop(NamedTuple):
    agent_repeats: int  # questions that repeat an earlier question of the call
    caller_repeats: int  # caller utterances that repeat an earlier one
    looping: bool  # one question asked at least loop_min_asks times
    loop_turn: int  # the turn whose response asked it the loop_min_asks-th time (0: no loop)


def _same(a: Sequence[str], b: Sequence[str], threshold: float) -> bool:
    return overlap(a, b) >= threshold and overlap(b, a) >= threshold


def _repeats(texts: Sequence[Sequence[str]], threshold: float, asks: int) -> tuple[int, int | None]:
    """(utterances that repeat an earlier one, index of the first utterance said the ``asks``-th time)."""
    said: list[tuple[Sequence[str], int]] = []
    repeats, looped = 0, None
    for position, text in enumerate(texts):
        for index, (first, times) in enumerate(said):
            if _same(first, text, threshold):
                said[index] = (first, times + 1)
                repeats += 1
                if times + 1 == asks and looped is None:
                    looped = position
                break
        else:
            said.append((text, 1))
    return repeats, looped


def loop(timeline: Timeline, config: MetricsConfig) -> Loop:
    asked = [u for u in timeline.of(AgentUtterance) if "?" in u.data.text and words(u.data.text)]
    questions = [words(u.data.text) for u in asked]
    answers = [
        w for w in (words(t.caller.data.text) for t in timeline.turns) if len(w) >= config.loop_min_words
    ]
    agent_repeats, looped = _repeats(questions, config.loop_overlap, config.loop_min_asks)
    caller_repeats, _ = _repeats(answers, config.loop_overlap, config.loop_min_asks)
    turn = 0 if looped is None else timeline.response_index(timeline.position[asked[looped].event_id])
    return Loop(agent_repeats, caller_repeats, looped is not None, turn)
