"""The caller simulator: a scenario library (what callers say and do), and a synthesizer that renders
a scenario into the event stream the reference agent would emit, without any network.

Entry points: ``library.generate_calls`` / ``library.write_jsonl`` for batches,
``scenarios.build_scenario`` + ``synthesize.synthesize_call`` for one call.
"""
