"""The catalog: every incident kind and benign shift, the cause a page must name for it, and where
it comes from in production. The README explains each at length."""

from __future__ import annotations

from dataclasses import dataclass

from bench.alerts_cases.degradations import Asr, CanaryCrash, SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import AgentDown, AgentLoop, DeadAir, SlowTool, TrafficStop
from bench.alerts_cases.shifts import Holiday, Launch, Surge


@dataclass(frozen=True)
class Kind:
    """A kind of incident or benign shift, and where it comes from in production."""

    name: str
    benign: bool
    real_world: str


def catalog(*kinds: Kind) -> dict[str, Kind]:
    """A split's kinds keyed by name, the name its plan rows and cases use (one table per split)."""
    return {k.name: k for k in kinds}


def workflow_scope(effect: Effect) -> dict[str, str]:
    """The scope a page must name for an effect: its ``workflow`` when it hits one, else none (every
    workflow). Effects that are scoped otherwise (an agent version) say so in their split's ``expected``."""
    wf = getattr(effect, "workflow", None)
    return {"workflow": wf} if wf else {}


KINDS: dict[str, Kind] = catalog(
    Kind("dead_air", False, "the LLM call hangs (provider stall, a stuck await, a lost stream) and "
         "the agent says nothing more; callers ask if anyone is there and hang up"),
    Kind("slow_tool", False, "a backend the agent calls (billing API, EHR, pharmacy system) slows "
         "down but still answers; callers hear seconds of silence and fill it"),
    Kind("traffic_stops", False, "a routing change (number re-pointed, flow webhook disabled, "
         "SIP trunk misconfigured) sends a workflow's calls elsewhere: nothing arrives"),
    Kind("agent_loop", False, "a prompt or state-machine bug: the agent re-asks the question it "
         "just asked whatever the caller answers, until the caller asks for a person"),
    Kind("asr_empty", False, "the speech-to-text provider returns empty transcripts (outage, "
         "codec or language setting change); the agent keeps saying it did not catch that"),
    Kind("asr_garbled", False, "the speech-to-text model degrades (a model update, noisy trunk, "
         "wrong language): transcripts are fragments; the agent keeps asking to repeat"),
    Kind("canary_regression", False, "a new build rolled to the canary share raises on the "
         "first turn; only that version's calls fail"),
    Kind("slow_rise", False, "a latency that creeps up over hours: a memory leak in the agent "
         "process, a table growing without an index behind a tool"),
    Kind("night_outage", False, "an outage at 3-5 am (a nightly deploy, a certificate or API key "
         "rotation) while a call a minute arrives"),
    Kind("campaign", True, "a marketing campaign or bill mailing: one workflow gets +60% calls "
         "for two hours, all of them normal"),
    Kind("holiday", True, "a public holiday: half the calls all day, on every workflow"),
    Kind("launch", True, "a new workflow (phone line) goes live mid-day, with no history at all"),
    Kind("surge", True, "20% more calls everywhere for an hour (news, weather), all normal"),
)  # fmt: skip


def expected(effect: Effect) -> tuple[str | None, dict[str, str]]:
    """The cause the page must carry and the scope it must name, for an effect; None: no page."""
    scope = workflow_scope(effect)
    if isinstance(effect, DeadAir):
        return "dead_air", scope
    if isinstance(effect, AgentDown):
        return "agent_failed", scope
    if isinstance(effect, SlowTool):
        return f"tool_latency:{effect.tool}", scope
    if isinstance(effect, TrafficStop):
        return "traffic_stopped", scope
    if isinstance(effect, AgentLoop):
        return "agent_loop", scope
    if isinstance(effect, Asr):
        return f"asr_{effect.mode}", scope
    if isinstance(effect, CanaryCrash):
        return "canary_regression", {"agent_version": effect.version}
    if isinstance(effect, SlowRise):
        return ("ttfhw_drift" if effect.target == "agent" else f"tool_latency:{effect.target}"), {}
    if isinstance(effect, Surge | Holiday | Launch):
        return None, {}
    raise TypeError(f"no expected cause for {effect!r}")


def evidence_delay_ms(effect: Effect) -> int:
    """How long after onset the data can first show the fault (the README's evidence onset)."""
    if isinstance(effect, SlowRise):
        return effect.ramp_ms * effect.evidence_ms // effect.final_ms
    return 0
