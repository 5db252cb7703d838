"""``rollout``: the questions a team asks while it rolls a voice agent out (baseline, shadow, canary,
release comparisons, after-call reviews, the weekly business review), answered from the warehouse.

Below ``api``, ``alerts`` and ``dashboards``; above ``stream`` (it reads the warehouse through
``stream.warehouse``). See README.md.
"""
