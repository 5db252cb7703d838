# ruff: noqa: E501  (HTML lines, read as a page)
"""The weekly business review's page (Jinja2, rendered by ``rollout.report.render`` with autoescape on).
Self-contained: inline CSS, inline SVG, no script, no external fetch; A4 print rules for the PDF."""

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Weekly business review {{ r.week.label }} - callpulse</title>
<style>
  @page { size: A4; margin: 14mm 12mm; }
  :root { --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --good: #1a7f37; --bad: #cf222e;
          --hold: #9a6700; --soft: #f6f8fa; }
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
         color: var(--ink); margin: 0 auto; max-width: 860px; padding: 24px; }
  h1 { font-size: 24px; margin: 0 0 2px; }
  h2 { font-size: 17px; margin: 20px 0 6px; padding-bottom: 4px; border-bottom: 1px solid var(--line);
       break-after: avoid; }
  .sub { color: var(--muted); margin: 0 0 14px; }
  .summary { background: var(--soft); border-left: 4px solid #1f6feb; padding: 10px 16px; margin: 0; }
  .summary li { margin: 3px 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { font-size: 12px; color: var(--muted); font-weight: 600; }
  td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tr.group td { background: var(--soft); font-weight: 600; font-size: 12px; color: var(--muted);
                text-transform: uppercase; letter-spacing: .03em; }
  .note { color: var(--muted); font-size: 12px; }
  .good { color: var(--good); font-weight: 600; }
  .bad { color: var(--bad); font-weight: 600; }
  .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 700; font-size: 12px;
           text-transform: uppercase; color: #fff; }
  .promote { background: var(--good); } .hold { background: var(--hold); } .roll-back { background: var(--bad); }
  .big { font-size: 26px; font-weight: 700; }
  .cards { display: flex; gap: 12px; flex-wrap: wrap; }
  .card { flex: 1 1 180px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
  .empty { color: var(--muted); font-style: italic; }
  ul.reasons { margin: 4px 0 0; padding-left: 18px; }
  ul.reasons li { margin: 2px 0; }
  a { color: #0969da; }
  code { font-size: 12px; }
  .card, tr, svg, ul.summary, #releases, #trend { break-inside: avoid; }
  td.status { white-space: nowrap; }
  h2 + * { break-before: avoid; }
  footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
  @media print { body { padding: 0; max-width: none; } a { text-decoration: none; } }
</style>
</head>
<body>
{# one list of reasons (hand-offs, failures), each with links to example transcripts #}
{% macro reasons(items) %}
  <ul class="reasons">
  {% for x in items %}<li>{{ x.text }} &middot; {{ "{:,}".format(x.calls) }} calls &middot; examples:
    {% for sid in x.examples %}<a href="{{ r.link(sid) }}">call {{ loop.index }}</a>{% if not loop.last %}, {% endif %}{% endfor %}</li>
  {% endfor %}
  </ul>{% endmacro %}
<header>
  <h1>Weekly business review &middot; {{ r.week.label }}</h1>
  <p class="sub">{{ r.week.span() }} (UTC) &middot; ended calls handled by the agent (shadow calls left out)
    &middot; compared with {{ r.week.previous().label }} &middot; generated {{ generated }}</p>
</header>

<section id="summary">
  <ul class="summary">
  {% for s in summary %}<li>{{ s }}</li>{% endfor %}
  </ul>
</section>

<section id="headline">
  <h2>This week against last week</h2>
  <table>
    <thead><tr><th></th><th class="num">{{ r.week.label }}</th><th class="num">{{ r.week.previous().label }}</th>
      <th class="num">change</th><th></th></tr></thead>
    <tbody>
    <tr><td>Ended calls</td><td class="num" data-figure="calls">{{ "{:,}".format(r.this.calls) }}</td>
      <td class="num">{{ "{:,}".format(r.before.calls) }}</td><td></td><td></td></tr>
    {% set ns = namespace(group="") %}
    {% for l in lines %}
      {% if l.group != ns.group %}{% set ns.group = l.group %}
      <tr class="group"><td colspan="5">{{ l.group }}</td></tr>
      {% endif %}
      <tr><td>{{ l.label }}</td><td class="num" data-figure="{{ l.label }}">{{ l.this }}</td>
        <td class="num">{{ l.before }}</td><td class="num {{ l.tone }}">{{ l.change }}</td>
        <td class="note">{{ l.note }}</td></tr>
    {% endfor %}
    </tbody>
  </table>
  <p class="note">Week-on-week changes are descriptive (no test): the releases below are where the statistics are.
    Green: better, red: worse.</p>
</section>

<section id="trend">
  <h2>Resolved containment per day{% if r.baseline == "imported" %} against people{% endif %}</h2>
  {{ trend | safe }}
  {% if r.baseline == "imported" %}
  <p class="note">Dashed: calls handled by people this week (human baseline import,
    {{ "{:,}".format(r.human.whole) }} calls, resolved {{ pct(r.human) }}).</p>
  {% elif r.baseline == "no rows" %}
  <p class="empty" id="baseline-status">No human baseline imported for this week: nothing to compare the agent with.</p>
  {% else %}
  <p class="empty" id="baseline-status">No human baseline imported (the baseline import is not built in this
    installation).</p>
  {% endif %}
</section>

<section id="savings">
  <h2>Savings</h2>
  <div class="cards">
    <div class="card"><div class="big" data-figure="savings">{{ money(r.savings.contained, r) }}</div>
      <div class="note">{{ "{:,.0f}".format(r.savings.contained_minutes) }} minutes of {{ "{:,}".format(r.savings.contained_calls) }}
        contained calls &times; {{ money(r.savings.cost_per_human_minute, r) }} per human minute</div></div>
    <div class="card"><div class="big">{{ money(r.savings.resolved, r) }}</div>
      <div class="note">counting only resolved calls ({{ "{:,.0f}".format(r.savings.resolved_minutes) }} minutes):
        the cautious figure</div></div>
  </div>
  <p class="note">Assumption: each minute the agent spent on a call it kept (not handed to a person, not failed,
    not abandoned before its first reply) would otherwise have been a minute of a person's time, at
    {{ money(r.savings.cost_per_human_minute, r) }} (setting <code>CALLPULSE_ROLLOUT_COST_PER_HUMAN_MINUTE</code>).
    People may take more or fewer minutes per call than the agent, and a contained call that did not
    resolve the caller's need may come back; the agent's own running cost is not subtracted.</p>
</section>

<section id="releases">
  <h2>Releases compared and guardrails</h2>
  {% set compared = r.releases | selectattr("comparison") | list %}
  {% if compared %}
  <p class="note">Each version of the week against {{ r.reference }} (most calls), on the week's calls, with
    always-valid statistics (safe to look every week) and the guardrails from the settings.</p>
  {% for x in compared %}{% set c = x.comparison %}{% set h = c.kpi("resolved_containment") %}
  <div class="card" style="margin-bottom:10px">
    <div><strong>{{ x.version }}</strong> vs {{ r.reference }} &middot; {{ "{:,}".format(x.calls) }} calls
      {% if x.canary_calls %}({{ "{:,}".format(x.canary_calls) }} canary){% endif %}
      &middot; <span class="badge {{ c.decision | replace(' ', '-') }}">{{ c.decision }}</span></div>
    <div>Resolved containment {{ pct(h.value_a) }} &rarr; {{ pct(h.value_b) }}: <strong>{{ h.verdict }}</strong>
      {% if h.note %}<span class="note">({{ h.note }})</span>{% endif %}</div>
    <ul class="reasons">{% for reason in c.reasons %}<li>{{ reason }}</li>{% endfor %}</ul>
    <table><thead><tr><th>guardrail ({{ x.version }})</th><th>status</th></tr></thead><tbody>
    {% for g in c.guardrails %}<tr><td>{{ g.reason }}</td>
      <td class="status">{% if g.breach == "confident" %}<span class="bad">broken</span>{% elif g.breach == "possible" %}<span class="bad">at risk</span>{% else %}<span class="good">met</span>{% endif %}</td></tr>
    {% endfor %}</tbody></table>
  </div>
  {% endfor %}
  {% elif r.releases %}
  <p class="empty">One version this week ({{ r.reference }}): no release to compare.</p>
  {% else %}<p class="empty">No calls this week: no release to compare.</p>{% endif %}
</section>


<section id="handoffs">
  <h2>Why calls went to a person</h2>
  {% if r.handoffs %}{{ handoff_svg | safe }}
{{ reasons(r.handoffs) }}
  {% else %}<p class="empty">No call was handed to a person.</p>{% endif %}
</section>

<section id="failures">
  <h2>What failed</h2>
  {% if r.failures %}{{ failure_svg | safe }}
{{ reasons(r.failures) }}
  <p class="note">Reasons are the stored (redacted) text; each example opens the call's redacted transcript.</p>
  {% else %}<p class="empty">Nothing failed.</p>{% endif %}
</section>


<section id="workflows">
  <h2>By workflow</h2>
  <table>
    <thead><tr><th>workflow</th><th class="num">calls</th><th class="num">resolved containment</th>
      <th class="num">last week</th></tr></thead>
    <tbody>
    {% for w in r.workflows %}
      <tr><td>{{ w.workflow }}</td><td class="num">{{ "{:,}".format(w.calls) }}</td>
        <td class="num">{{ pct(w.resolved) }}</td><td class="num">{{ pct(w.resolved_before) }}</td></tr>
    {% else %}<tr><td colspan="4" class="empty">no calls</td></tr>{% endfor %}
    </tbody>
  </table>
</section>

<section id="reviews">
  <h2>Reviewer agreement</h2>
  {% if r.agreements is none %}
  <p class="empty" id="reviews-status">After-call reviews are not built in this installation: no reviewer labels.</p>
  {% elif not r.agreements %}
  <p class="empty" id="reviews-status">No reviewer labels for this week's calls.</p>
  {% else %}
  <table><thead><tr><th>workflow</th><th class="num">labelled calls</th><th class="num">automatic task success agrees</th>
    <th class="num">wrong information</th><th class="num">compliance problems</th></tr></thead><tbody>
  {% for a in r.agreements %}<tr><td>{{ a.workflow }}</td><td class="num">{{ a.labelled }}</td>
    <td class="num">{{ pct(a.rate) }} <span class="note">[{{ pct(a.interval.lower, 0) }}, {{ pct(a.interval.upper, 0) }}]</span></td>
    <td class="num">{{ a.wrong_information }}</td><td class="num">{{ a.compliance_problems }}</td></tr>
  {% endfor %}</tbody></table>
  <p class="note">How far to trust the automatic task success: the share of reviewed calls where it matches the
    reviewer's "task really done" (95% Wilson interval).</p>
  {% endif %}
</section>

<footer>
  callpulse weekly business review. Definitions: resolved containment and containment are shares of ended calls
  not abandoned before the agent's first reply; abandonment and agent failed are shares of all ended calls; TTFHW
  (time to the first helpful word) is per caller turn. Links open the redacted transcripts at {{ r.options.base_url }}.
</footer>
</body>
</html>
"""
