"""Shadow mode: the agent listens to a call a person handles and proposes, but the caller hears nothing.

In shadow (``AgentConfig.shadow``) the agent runs every turn as usual (dialog, tools, timing) and records
what it would have said as ``agent.utterance`` events flagged ``shadow`` (the talk-cycle chunks keep
their times, so the time to first helpful word of its proposals is measured as for live calls). It
sends **nothing** to Twilio: every app message of ConversationRelay reaches the caller or changes the
call (``text`` and ``play`` are heard, ``sendDigits`` plays tones, ``language`` changes speech, ``end``
ends the session), so a silent listener may send none of them. Accordingly:

- the TwiML of a shadow agent has no ``welcomeGreeting`` (``/twiml`` and a resumed session);
- a proposed goodbye or hand-off is recorded (``handoff.requested`` with its reason, flagged shadow) but
  no ``end`` is sent: the call ends when the caller hangs up (``completed``/``hangup``), whoever the
  person hands it to;
- no idle reprompts (the caller is talking with a person, so silence towards the agent means nothing)
  and no supervisor take-over (there is nothing to take over);
- its tools run against the configured backend: the reference agent's is the in-process sample
  backend; an agent wired to real systems must be given a sandbox in shadow, or its actions (a payment,
  a booking) would happen a second time.

The warehouse keeps shadow calls out of the live KPIs and of every comparison (``NOT shadow``);
``callpulse shadow report`` reads them against the person's outcome (``rollout/shadow.py``).
"""

from __future__ import annotations


async def withhold(frame: str) -> None:
    """The ``send`` of a shadow call's talker: the frame is not sent (the caller must hear nothing)."""
    del frame
