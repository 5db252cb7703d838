"""The TTS playback clock: what the caller heard, and the info messages that follow from it."""

from __future__ import annotations

from agent.simulator.live.playback import Playback

CPS = 10.0  # 10 characters per second: 100 ms per character


def _say(
    pb: Playback, at_ms: float, *tokens: str, interruptible: str = "any", preemptible: bool = False
) -> None:
    for i, token in enumerate(tokens):
        pb.add(token, at_ms, last=i == len(tokens) - 1, interruptible=interruptible, preemptible=preemptible)  # type: ignore[arg-type]


def test_a_barge_in_reports_the_words_played_so_far_and_for_how_long() -> None:
    pb = Playback(CPS)
    _say(pb, 0, "Your balance ", "is forty dollars.", "")
    heard, ms = pb.interrupt(1_700)  # 17 characters played: "Your balance is f"
    assert heard == "Your balance is"
    assert ms == 1_700
    assert pb.drained(1_701)


def test_playback_waits_for_tokens_that_arrive_late() -> None:
    pb = Playback(CPS)
    pb.add("Hi. ", 0, last=False, interruptible="any", preemptible=False)  # plays 0-400
    pb.add("Bye.", 1_000, last=True, interruptible="any", preemptible=False)  # plays 1000-1400
    assert pb.busy_until == 1_400
    # "By" of "Bye." is not a whole word yet; 600 ms of speech played (400 + 200), the silence is not speech
    assert pb.heard(1_200) == ("Hi.", 600)
    assert pb.heard(1_450)[0] == "Hi. Bye."


def test_info_notices_follow_the_playback_schedule() -> None:
    pb = Playback(CPS)
    _say(pb, 0, "One. ", "Two.", "")
    notices = []
    t = 0.0
    while (due := pb.next_due()) is not None:
        t = due
        notices += pb.advance(t)
    assert notices == [
        ("agentSpeaking", "on"),
        ("tokensPlayed", "One. "),
        ("tokensPlayed", "Two."),
        ("agentSpeaking", "off"),
    ]
    assert t == 900


def test_a_new_talk_cycle_cuts_a_preemptible_one() -> None:
    pb = Playback(CPS)
    _say(pb, 0, "A long preemptible announcement.", preemptible=True)
    _say(pb, 500, "New answer.")
    assert pb.busy_until == 500 + 1_100
    assert pb.heard(1_000)[0] == "New"


def test_completed_talk_cycles_are_remembered_as_the_caller_heard_them() -> None:
    pb = Playback(CPS)
    _say(pb, 0, "Sure, ", "one moment.", "")
    _say(pb, 5_000, "Done.", "")
    assert pb.cycles_done == ["Sure, one moment.", "Done."]
