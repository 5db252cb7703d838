"""Persona overlays applied to any scenario after its workflow script and outcome are fixed: the
caller's mood in their wording, "say that again?" requests, a side question, and barge-ins with
each recovery variant. They are separate from the scripts so that every script gets them all.
"""

from __future__ import annotations

from dataclasses import replace

from agent.simulator.model import Persona, Recovery, Say, TaskEnd, Turn, reply
from agent.simulator.workflows.common import Ctx, lexicon

_P = Persona
# share of calls with barge-ins, by persona
_BARGE_P = {
    _P.IMPATIENT: 0.8,
    _P.FRUSTRATED: 0.45,
    _P.HAPPY: 0.1,
    _P.NEUTRAL: 0.12,
    _P.CONFUSED: 0.08,
    _P.ELDERLY: 0.05,
}
_RECOVERY = (Recovery.RECOVERED, Recovery.RESTART, Recovery.REPEAT, Recovery.CORRECTION)
_RECOVERY_W = (50, 20, 15, 15)


def side_question(ctx: Ctx, turns: list[Turn]) -> list[Turn]:
    """After the task is done, some callers ask something else before saying goodbye."""
    done = [
        i for i, t in enumerate(turns) if t.reply and any(isinstance(a, TaskEnd) for a in t.reply.actions)
    ]
    if not done or done[-1] >= len(turns) - 1 or ctx.rng.random() >= 0.35:
        return turns
    pool: list[list[str]] = lexicon()["side_questions"][ctx.workflow.value]
    question, answer = ctx.rng.choice(pool)
    at = done[-1] + 1
    return [*turns[:at], Turn(question, reply(Say(answer))), *turns[at:]]


def mood(ctx: Ctx, turns: list[Turn]) -> list[Turn]:
    """Frustrated callers grumble (so sentiment starts low and sinks); happy ones sound cheerful."""
    key = {Persona.FRUSTRATED: "grumble", Persona.HAPPY: "cheer"}.get(ctx.persona)
    if key is None or not turns:
        return turns
    out = list(turns)
    spots = [i for i, t in enumerate(turns) if t.say and not t.say.startswith("No, I said")]
    picks = spots[:1] if ctx.rng.random() < 0.7 else []
    if key == "grumble" and len(spots) > 2 and ctx.rng.random() < 0.6:
        picks.append(ctx.rng.choice(spots[1:-1]))
    for i in picks:
        out[i] = replace(out[i], say=f"{ctx.pick(key)} {out[i].say}")
    return out


def bare(say: str) -> str:
    """The caller's words without a persona lead-in, lower-cased, for "No, I said ..."."""
    for pool in lexicon()["prefix"].values():
        for lead in pool:
            if lead and say.startswith(lead):
                say = say[len(lead) :]
                break
    return say[0].lower() + say[1:] if not say.startswith(("I ", "I'")) else say


def last_say(turn: Turn) -> Say | None:
    says = turn.reply.says if turn.reply else ()
    return says[-1] if says else None


def ask_again(ctx: Ctx, turns: list[Turn]) -> list[Turn]:
    """Confused and elderly callers ask the agent to repeat a question once."""
    spots = [i for i, t in enumerate(turns[:-1]) if t.reply and not t.reply.ends_call and last_say(t)]
    if not spots:
        return turns
    i = ctx.rng.choice(spots)
    said = last_say(turns[i])
    assert said is not None
    again = Turn(ctx.pick("confused_repeat"), reply(Say("Of course. " + said.text, said.tags)))
    return [*turns[: i + 1], again, *turns[i + 1 :]]


def barge_ins(ctx: Ctx, greeting: Say, turns: list[Turn]) -> list[Turn]:
    """Make the caller talk over the agent in some calls (most impatient callers, few elderly ones)."""
    rng = ctx.rng
    eligible = [i for i, turn in enumerate(turns) if turn.say and _heard_before(greeting, turns, i)]
    if not eligible or rng.random() >= _BARGE_P[ctx.persona]:
        return turns
    k = rng.randint(1, min(3, len(eligible))) if ctx.persona is Persona.IMPATIENT else 1
    chosen = set(rng.sample(eligible, k))
    out: list[Turn] = []
    for i, turn in enumerate(turns):
        if i not in chosen:
            out.append(turn)
            continue
        how = rng.choices(_RECOVERY, _RECOVERY_W)[0] if turn.reply else Recovery.RECOVERED  # hangs up anyway
        at = round(rng.uniform(0.15, 0.7), 3)
        if how is Recovery.REPEAT and turn.reply is not None:
            missed = reply(Say(ctx.pick("didnt_catch")))
            out.append(replace(turn, barge_in=how, barge_at=at, reply=missed, hangup_after=False))
            out.append(turn)
        elif how is Recovery.CORRECTION and turn.reply is not None:
            heard = _heard_before(greeting, turns, i)
            assert heard is not None
            question = heard.text.rsplit(". ", 1)[-1]
            out.append(
                replace(turn, barge_in=how, barge_at=at, reply=reply(Say(question)), hangup_after=False)
            )
            out.append(replace(turn, say=f"No, I said {bare(turn.say)}"))
        else:
            out.append(replace(turn, barge_in=how, barge_at=at))
    return out


def _heard_before(greeting: Say, turns: list[Turn], i: int) -> Say | None:
    """The agent speech the caller of turn ``i`` could talk over, if long enough to interrupt."""
    before = turns[i - 1] if i else None
    if before is None:
        said: Say | None = greeting
    elif before.reply is None or before.reply.ends_call or before.hangup_after:
        said = None
    else:
        said = last_say(before)
    return said if said is not None and len(said.text) >= 45 else None
