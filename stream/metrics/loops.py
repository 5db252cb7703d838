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


def _same(a: Sequence[str], b: Sequence[str], threshold: float) -> bool:
    return overlap(a, b) >= threshold and overlap(b, a) >= threshold


def _repeats(texts: Sequence[Sequence[str]], threshold: float) -> tuple[int, int]:
    """(utterances that repeat an earlier one, most times one utterance was said)."""
    said: list[tuple[Sequence[str], int]] = []
    repeats = 0
    for text in texts:
        for index, (first, times) in enumerate(said):
            if _same(first, text, threshold):
                said[index] = (first, times + 1)
                repeats += 1
                break
        else:
            said.append((text, 1))
    return repeats, max((times for _, times in said), default=0)


def loop(timeline: Timeline, config: MetricsConfig) -> Loop:
    questions = [words(u.data.text) for u in timeline.of(AgentUtterance) if "?" in u.data.text]
    answers = [words(t.caller.data.text) for t in timeline.turns]
    agent_repeats, most = _repeats([q for q in questions if q], config.loop_overlap)
    caller_repeats, _ = _repeats([a for a in answers if len(a) >= config.loop_min_words], config.loop_overlap)
    return Loop(agent_repeats, caller_repeats, most >= config.loop_min_asks)
