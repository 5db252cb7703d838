"""What the simulator needs to know: the TwiML the call was connected with (``RelayConfig``) and how
the simulator itself behaves (``SimOptions``: where to connect, how to sign, how fast to play).

Only plain dataclasses: the CLI fills them from arguments, tests build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

InputMode = Literal["none", "dtmf", "speech", "any"]


def allows(mode: InputMode, kind: Literal["dtmf", "speech"]) -> bool:
    """Whether an ``interruptible``-style attribute lets input of ``kind`` through."""
    return mode == "any" or mode == kind


@dataclass(frozen=True)
class RelayConfig:
    """The ``<ConversationRelay>`` attributes that change what Twilio sends (reference §5.2)."""

    welcome_greeting: str | None = None
    welcome_greeting_interruptible: InputMode = "any"
    interruptible: InputMode = "any"
    report_input_during_agent_speech: InputMode = "none"
    dtmf_detection: bool = True
    partial_prompts: bool = False
    preemptible: bool = False
    language: str = "en-US"
    events: frozenset[str] = frozenset({"speaker-events", "tokens-played"})
    parameters: dict[str, str] = field(default_factory=dict)  # <Parameter> -> setup.customParameters

    @property
    def speaker_events(self) -> bool:
        return "speaker-events" in self.events

    @property
    def tokens_played(self) -> bool:
        return "tokens-played" in self.events

    @property
    def prompt_lang(self) -> str:
        """``lang`` on prompts: the STT language, only the primary tag for ``multi``."""
        return "en" if self.language == "multi" else self.language


@dataclass(frozen=True)
class SimOptions:
    """How the simulator connects, signs, paces and misbehaves.

    ``url`` is where the socket actually goes (``ws://127.0.0.1:8080/ws`` in tests); ``public_url``
    is the ``wss://`` URL Twilio would have been given in TwiML, the one the signature covers.
    ``time_scale`` compresses everything the simulator plays (speech, TTS playback, think time):
    2.0 plays twice as fast. Agent latency is never scaled: it is what is being measured.
    """

    url: str
    public_url: str = ""
    auth_token: str = ""
    signature_style: Literal["url", "tac", "none"] = "url"
    account_sid: str = "AC" + "0" * 32
    action_url: str = ""  # where the callback is POSTed
    action_public_url: str = ""  # the URL its signature covers, when the app sits behind a proxy
    follow_reconnect: bool = True
    time_scale: float = 1.0
    chars_per_s: float = 14.0  # TTS playback speed
    settle_ms: int = 400  # real ms of agent silence after playback before the caller speaks again
    tool_wait_ms: int = 10_000  # after a filler ("One moment.") wait this long for the answer
    reply_timeout_ms: int = 15_000  # give up waiting for any reply
    duration_as_string: bool = False  # durationUntilInterruptMs as "460" instead of 460
    extra_fields: bool = False  # unknown keys on every message, which agents must ignore
    info_ts: bool = False  # "ts" on info messages
    open_timeout_s: float = 10.0

    @property
    def signed_url(self) -> str:
        return self.public_url or self.url.replace("ws://", "wss://", 1)

    @classmethod
    def served_at(
        cls, base_url: str, *, public_url: str, action_public_url: str, auth_token: str, **options: Any
    ) -> SimOptions:
        """Options for an app served at ``base_url`` (``http://127.0.0.1:PORT``): the socket at ``/ws``,
        the callback at ``/action``; ``public_url`` and ``action_public_url`` are what its signatures
        cover."""
        return cls(
            url=base_url.replace("http", "ws", 1) + "/ws",
            public_url=public_url,
            auth_token=auth_token,
            action_url=base_url + "/action",
            action_public_url=action_public_url,
            **options,
        )
