"""The TTS playback clock: what the caller has heard of the agent's speech, at any moment.

Twilio turns ``text`` tokens into audio as they arrive. This model plays each token chunk at
``chars_per_s`` from the moment it arrives or the previous chunk ends, whichever is later. From
that one schedule follow everything the caller side reports: ``agentSpeaking`` on/off,
``tokensPlayed`` per chunk, and on a barge-in the ``utteranceUntilInterrupt`` (the played words of
the current talk cycle) and ``durationUntilInterruptMs`` (ms of that cycle's speech played: Twilio's
"milliseconds of TTS played", so a silence while the next token is late is not counted and the two
fields always agree at ``chars_per_s``).

Pure: no clock, no I/O. Times are simulated milliseconds since the call started.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.simulator.live.config import InputMode


@dataclass
class Chunk:
    text: str
    cycle: int
    start_ms: float
    end_ms: float
    interruptible: InputMode
    preemptible: bool
    started: bool = False  # agentSpeaking has covered it
    played: bool = False  # tokensPlayed reported


@dataclass
class Playback:
    chars_per_s: float = 14.0
    chunks: list[Chunk] = field(default_factory=list)
    cycle: int = 0
    cycle_open: bool = False
    speaking: bool = False
    cycles_done: list[str] = field(default_factory=list)  # full text of each completed talk cycle
    _cycle_text: list[str] = field(default_factory=list)

    @property
    def busy_until(self) -> float:
        return self.chunks[-1].end_ms if self.chunks else 0.0

    def drained(self, now_ms: float) -> bool:
        return not self.chunks or self.busy_until <= now_ms

    def add(
        self,
        text: str,
        now_ms: float,
        *,
        last: bool,
        interruptible: InputMode,
        preemptible: bool,
        greeting: bool = False,
    ) -> bool:
        """Queue one token; returns True when it opened a new talk cycle."""
        opened = not self.cycle_open
        if opened:
            self._preempt(now_ms)
            self.cycle += 1
            self._cycle_text = []
        start = max(now_ms, self.busy_until)
        end = start + len(text) * 1000 / self.chars_per_s
        self.chunks.append(Chunk(text, self.cycle, start, end, interruptible, preemptible))
        self._cycle_text.append(text)
        self.cycle_open = not last
        if last and not greeting:
            self.cycles_done.append("".join(self._cycle_text))
        return opened

    def _preempt(self, now_ms: float) -> None:
        """A new cycle cuts what is still queued of a preemptible one."""
        if self.chunks and self.chunks[-1].preemptible and self.busy_until > now_ms:
            self._cut(now_ms)

    def playing(self, now_ms: float) -> Chunk | None:
        for chunk in self.chunks:
            if chunk.start_ms <= now_ms < chunk.end_ms:
                return chunk
        return None

    def heard(self, now_ms: float) -> tuple[str, int]:
        """(words of the current cycle played by ``now_ms``, cut at a word; ms of it played). The ms are
        the played time of its chunks, not the time since the cycle started: a token that arrives after
        the previous one finished leaves a silence, which is not speech the caller heard."""
        current = self.playing(now_ms)
        cycle = current.cycle if current else self.cycle
        mine = [c for c in self.chunks if c.cycle == cycle and c.start_ms <= now_ms]
        if not mine:
            return "", 0
        text = ""
        for c in mine:
            if c.end_ms <= now_ms:
                text += c.text
            else:
                n = int((now_ms - c.start_ms) * self.chars_per_s / 1000)
                partial = c.text[:n]
                if n < len(c.text) and not c.text[n].isspace():
                    partial = partial.rsplit(" ", 1)[0] if " " in partial else ""
                text += partial
        played_ms = sum(min(now_ms, c.end_ms) - c.start_ms for c in mine)
        return text.rstrip(), max(0, round(played_ms))

    def interrupt(self, now_ms: float) -> tuple[str, int]:
        """Barge-in at ``now_ms``: what was heard, then playback stops."""
        heard = self.heard(now_ms)
        self._cut(now_ms)
        self.cycle_open = False
        return heard

    def _cut(self, now_ms: float) -> None:
        kept: list[Chunk] = []
        for c in self.chunks:
            if c.start_ms >= now_ms:
                continue
            if c.end_ms > now_ms:
                n = int((now_ms - c.start_ms) * self.chars_per_s / 1000)
                c.text, c.end_ms = c.text[:n], now_ms
            kept.append(c)
        self.chunks = kept

    def advance(self, now_ms: float) -> list[tuple[str, str]]:
        """``info`` notices (name, value) that became due by ``now_ms``, in order."""
        out: list[tuple[str, str]] = []
        for c in self.chunks:
            if not c.started and c.start_ms <= now_ms and c.end_ms > c.start_ms:
                c.started = True
                if not self.speaking:
                    self.speaking = True
                    out.append(("agentSpeaking", "on"))
            if not c.played and c.end_ms <= now_ms:
                c.played = True
                if c.text and c.started:
                    out.append(("tokensPlayed", c.text))
        if self.speaking and self.drained(now_ms):
            self.speaking = False
            out.append(("agentSpeaking", "off"))
        self.chunks = [c for c in self.chunks if not (c.played and c.cycle < self.cycle)]
        return out

    def next_due(self) -> float | None:
        """When ``advance`` will next have something to say."""
        times = [c.start_ms for c in self.chunks if not c.started and c.end_ms > c.start_ms]
        times += [c.end_ms for c in self.chunks if not c.played]
        if self.speaking:
            times.append(self.busy_until)
        return min(times) if times else None
