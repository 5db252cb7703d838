"""Event bookkeeping for one synthesized call: collects events in any order, models agent speech
(streamed chunks, TTS playback, cuts on interrupt) and finally orders everything by time, fills the
envelope and numbers ``seq``.

Agent utterances stay mutable until the end because a later barge-in cuts them after the fact;
that is also why speaker events for the agent are derived from playback spans at the very end.
"""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from agent.simulator.model import AgentTag
from ingest.truncate import fit_to_contract

_WORD = re.compile(r"\s*\S+")
_RANK = {"call.started": -1, "call.ended": 1}


@dataclass
class Spoken:
    """One agent talk cycle: what was sent (chunks), what was meant (``full_text``) and when it played."""

    full_text: str
    chunks: list[tuple[str, int]]
    tags: tuple[AgentTag, ...]
    play_start: int
    play_end: int
    interrupted: bool = False

    @property
    def first_ts(self) -> int:
        return self.chunks[0][1]

    @property
    def last_ts(self) -> int:
        return self.chunks[-1][1]

    def cut(self, at: int, keep_sending_ms: int) -> None:
        """Playback stops at ``at``; chunks sent more than ``keep_sending_ms`` later never go out."""
        limit = at + keep_sending_ms
        self.chunks = [c for c in self.chunks if c[1] <= limit] or self.chunks[:1]
        self.play_end = min(self.play_end, at)
        self.interrupted = True


@dataclass
class Timeline:
    rng: random.Random
    call_sid: str
    session_id: str
    workflow: str
    agent: dict[str, str]
    flags: dict[str, bool]
    chars_per_s: float = 14.0
    events: list[tuple[int, int, str, dict[str, Any]]] = field(default_factory=list)
    spoken: list[Spoken] = field(default_factory=list)

    # ---- recording -----------------------------------------------------------------------------

    def add(self, ts: int, type_: str, data: dict[str, Any]) -> None:
        self.events.append((ts, len(self.events), type_, data))

    def play_ms(self, chars: int) -> int:
        return int(chars * 1000 / self.chars_per_s)

    @property
    def agent_free(self) -> int:
        """When the agent's queued speech has finished playing."""
        return max((s.play_end for s in self.spoken), default=0)

    def speak(
        self,
        text: str,
        first_ts: int,
        tags: tuple[AgentTag, ...],
        gap_ms: tuple[int, int],
        paced: bool = False,
        single_chunk: bool = False,
    ) -> Spoken:
        """Stream ``text`` as token chunks from ``first_ts``; playback queues behind earlier speech.

        ``paced`` agents send each chunk only shortly before TTS reaches it (a slow model, or a
        pipeline that feeds TTS at playback speed), so they are still sending when a caller barges in.
        """
        play_start = max(first_ts, self.agent_free)
        chunks: list[tuple[str, int]] = []
        if single_chunk:
            chunks.append((text, first_ts))
        else:
            words = _WORD.findall(text)
            t, i, sent_chars = first_ts, 0, 0
            while i < len(words):
                n = 1 if paced else self.rng.choice((1, 1, 1, 2, 2, 3))
                piece = "".join(words[i : i + n])
                if chunks:
                    t += self.rng.randint(*gap_ms)
                    if paced:
                        t = max(t, play_start + self.play_ms(sent_chars) - 300)
                chunks.append((piece, t))
                sent_chars += len(piece)
                i += n
        utt = Spoken(text, chunks, tags, play_start, play_start + self.play_ms(len(text)))
        self.spoken.append(utt)
        return utt

    # ---- output --------------------------------------------------------------------------------

    def _speaker_spans(self, end_ts: int) -> None:
        spans: list[list[int]] = []
        for s in sorted(self.spoken, key=lambda s: s.play_start):
            start, stop = s.play_start, min(s.play_end, end_ts)
            if start >= end_ts:
                continue
            if spans and start <= spans[-1][1] + 50:
                spans[-1][1] = max(spans[-1][1], stop)
            else:
                spans.append([start, stop])
        for start, stop in spans:
            self.add(start, "speaker", {"who": "agent", "speaking": True})
            self.add(stop, "speaker", {"who": "agent", "speaking": False})

    def finish(self, end_ts: int) -> list[dict[str, Any]]:
        """All events in time order with envelopes; nothing after ``call.ended``. An utterance over
        the contract's limits is cut to fit and flagged ``truncated``, as every producer does."""
        for s in self.spoken:
            s.chunks = [c for c in s.chunks if c[1] <= end_ts]  # a closed socket carries nothing more
            if not s.chunks:
                continue
            data: dict[str, Any] = {
                "text": "".join(c[0] for c in s.chunks),
                "chunks": [{"text": c[0], "ts": c[1]} for c in s.chunks],
                "interrupted": s.interrupted,
                "tags": list(s.tags),
            }
            self.add(s.first_ts, "agent.utterance", data)
        self._speaker_spans(end_ts)
        ordered = sorted(self.events, key=lambda e: (e[0], _RANK.get(e[2], 0), e[1]))
        out: list[dict[str, Any]] = []
        for seq, (ts, _, type_, data) in enumerate(ordered):
            out.append(
                {
                    "schema_version": 1,
                    "event_id": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                    "call_sid": self.call_sid,
                    "session_id": self.session_id,
                    "seq": seq,
                    "ts": ts,
                    "type": type_,
                    "workflow": self.workflow,
                    "agent": dict(self.agent),
                    "flags": dict(self.flags),
                    "data": fit_to_contract(type_, data) or data,
                }
            )
        return out
