// callpulse pages: the handoff button (both pages) and the wallboard's refresh. Plain JS, no build step.
// Every text goes into the page through textContent, never innerHTML.
"use strict";

(function () {
  const handoffStatus = new Map(); // call SID -> [tone, message], kept across wallboard refreshes

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function elapsed(ms) {
    const total = Math.floor(Math.max(0, ms) / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = String(total % 60).padStart(2, "0");
    return hours ? hours + ":" + String(minutes).padStart(2, "0") + ":" + seconds : minutes + ":" + seconds;
  }

  function when(ms) {
    return new Date(ms).toISOString().replace("T", " ").slice(0, 19) + " UTC";
  }

  function riskTone(score) {
    return score >= 60 ? "bad" : score >= 30 ? "warn" : "good";
  }

  function showStatus(form, tone, message) {
    const out = form.querySelector(".handoff-status");
    if (out) {
      out.className = "handoff-status " + tone;
      out.textContent = message;
    }
  }

  async function problemDetail(response) {
    try {
      const body = await response.json();
      return body.detail || body.title || "HTTP " + response.status;
    } catch (err) {
      return "HTTP " + response.status;
    }
  }

  async function handOff(form) {
    const sid = form.dataset.sid;
    const button = form.querySelector("button");
    const reasonInput = form.querySelector("input[name=reason]");
    const reason = reasonInput ? reasonInput.value.trim() : "";
    if (reason.length < 3) {
      showStatus(form, "bad", "Say why (it goes to the audit log).");
      if (reasonInput) reasonInput.focus();
      return;
    }
    if (button) button.disabled = true;
    handoffStatus.set(sid, ["neutral", "Handing off…"]);
    showStatus(form, "neutral", "Handing off…");
    let tone = "bad";
    let message;
    try {
      const response = await fetch("/api/v1/calls/" + encodeURIComponent(sid) + "/handoff", {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json", "Content-Type": "application/json" },
        body: JSON.stringify({ reason: reason }),
      });
      if (response.status === 401) {
        window.location.assign("/login?next=" + encodeURIComponent(window.location.pathname));
        return;
      }
      if (response.ok) {
        tone = "good";
        message = "Handed to a person ✓";
      } else {
        message = "Handoff failed: " + (await problemDetail(response));
      }
    } catch (err) {
      message = "Handoff failed: the API did not answer";
    }
    handoffStatus.set(sid, [tone, message]);
    showStatus(form, tone, message);
    if (button) button.disabled = tone === "good";
  }

  // An alert's link to /calls/SID#turn-N goes through /login: keep the turn for after logging in.
  const next = document.querySelector("form input[name=next]");
  if (next && window.location.hash && !next.value.includes("#")) next.value += window.location.hash;

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.classList.contains("handoff")) {
      event.preventDefault();
      handOff(form);
    }
  });

  // ---- sortable tables (the call list): click a header to sort the rows shown, again to reverse ----

  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      th.tabIndex = 0;
      th.classList.add("sort");
      function sort() {
        const descending = th.getAttribute("aria-sort") === "ascending";
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        const numeric = th.dataset.sort === "num";
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).filter(function (r) { return !r.classList.contains("empty"); });
        function key(row) {
          const cell = row.cells[column];
          const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
          if (!numeric) return raw;
          return raw === "" || isNaN(Number(raw)) ? null : Number(raw);
        }
        rows.sort(function (a, b) {
          const x = key(a), y = key(b);
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // empty values last
          const order = numeric ? x - y : String(x).localeCompare(String(y));
          return descending ? -order : order;
        });
        for (const row of rows) body.appendChild(row);
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
    });
  }

  // ---- the wallboard -------------------------------------------------------------------------
  // Updates are pushed by the server (EventSource on /api/v1/live/stream); polling /api/v1/live every
  // data-poll-ms is only the fallback when the stream cannot be opened or keeps failing.

  const board = document.getElementById("wallboard");
  if (!board) return;
  const pollMs = Number(board.dataset.pollMs) || 3000;
  const canHandoff = board.dataset.canHandoff === "true";
  const canReadCalls = board.dataset.canReadCalls === "true";
  const body = document.getElementById("live-calls");
  const pollState = document.getElementById("poll-state");

  function duration(ms) {
    if (ms === null || ms === undefined) return "n/a";
    if (ms < 1000) return Math.round(ms) + " ms";
    if (ms < 60000) return (ms / 1000).toFixed(2) + " s";
    const total = Math.round(ms / 1000);
    return Math.floor(total / 60) + " min " + String(total % 60).padStart(2, "0") + " s";
  }

  function percent(rate) {
    return rate === null || rate === undefined ? "n/a" : Math.round(rate * 100) + "%";
  }

  function sparkPoints(values, top) {  // as api/pages/views.py sparkline
    const known = values.filter(function (v) { return v !== null && v !== undefined; });
    if (!known.length || values.length < 2) return "";
    const ceiling = Math.max(top || 0, ...known) || 1;
    const step = 160 / (values.length - 1);
    const points = [];
    values.forEach(function (v, i) {
      if (v !== null && v !== undefined) points.push((i * step).toFixed(1) + "," + (30 - (v / ceiling) * 28).toFixed(1));
    });
    return points.join(" ");
  }

  function field(name) {
    return board.querySelector('[data-field="' + name + '"]');
  }

  function tone(id, value) {
    const tile = document.getElementById(id);
    tile.classList.remove("good", "bad", "warn");
    if (value) tile.classList.add(value);
  }

  function names(list, items) {
    list.replaceChildren.apply(list, items.map(function (item) {
      const li = el("li", "", item[0] + " ");
      li.appendChild(el(item[2] || "b", item[2] ? "hint" : "", item[1]));
      return li;
    }));
  }

  function tiles(live) {
    const floor = live.floor;
    field("live").textContent = String(live.calls.length);
    const perWorkflow = Object.entries(live.live_by_workflow);
    if (perWorkflow.length) names(field("per-workflow"), perWorkflow.map(function (e) { return [e[0], e[1]]; }));
    else field("per-workflow").replaceChildren(el("li", "hint", "none"));
    field("containment").textContent = percent(floor.resolved_containment);
    field("ended").textContent = "of " + floor.calls_ended + " ended calls";
    field("ttfhw").textContent = duration(floor.ttfhw_p95_ms);
    tone("tile-ttfhw", floor.ttfhw_p95_ms === null ? "" : floor.ttfhw_p95_ms > live.ttfhw_budget_ms ? "bad" : "good");
    field("alerts").textContent = String(floor.firing_alerts.length);
    tone("tile-alerts", floor.firing_alerts.length ? "bad" : "good");
    if (floor.firing_alerts.length) names(field("alert-names"), floor.firing_alerts.slice(0, 3).map(function (a) { return [a.alertname, a.workflow, "span"]; }));
    else field("alert-names").replaceChildren(el("li", "hint", "none"));
    field("rules").textContent = String(floor.rule_matches);
    tone("tile-rules", floor.rule_matches ? "warn" : "");
    names(field("rule-names"), Object.entries(floor.rules_matched).slice(0, 3));
    const minutes = floor.minutes;
    const lines = {
      containment: [minutes.map(function (m) { return m.resolved_containment; }), 1],
      ttfhw: [minutes.map(function (m) { return m.ttfhw_p95_ms; }), live.ttfhw_budget_ms],
      rules: [minutes.map(function (m) { return m.rule_matches; }), 0],
    };
    for (const [name, [values, top]] of Object.entries(lines)) {
      const line = board.querySelector('[data-spark="' + name + '"]');
      if (line) line.setAttribute("points", sparkPoints(values, top));
    }
  }

  function row(call, nowMs) {
    const tr = el("tr", "live-call");
    tr.dataset.sid = call.call_sid;
    tr.dataset.risk = String(call.risk.score);
    const risk = el("td", "num");
    risk.appendChild(el("span", "risk " + riskTone(call.risk.score), call.risk.score));
    tr.appendChild(risk);
    const rules = el("td", "rules");
    for (const rule of call.rules || []) rules.appendChild(el("span", "rule", rule));
    tr.appendChild(rules);
    const sid = el("td", "sid");
    if (canReadCalls) {
      const link = el("a", "", call.call_sid);
      link.href = "/calls/" + encodeURIComponent(call.call_sid);
      sid.appendChild(link);
    } else {
      sid.textContent = call.call_sid;
    }
    tr.appendChild(sid);
    const workflow = el("td", "workflow", call.workflow + " ");
    workflow.appendChild(el("span", "hint", call.agent_version));
    tr.appendChild(workflow);
    tr.appendChild(el("td", "age num", elapsed(nowMs - call.started_at_ms)));
    const said = el("td", "said");
    said.appendChild(el("p", "caller", call.last_caller_text));
    said.appendChild(el("p", "agent", call.last_agent_text));
    tr.appendChild(said);
    const why = el("td");
    const reasons = el("ul", "reasons");
    for (const reason of call.risk.reasons) reasons.appendChild(el("li", "", reason));
    why.appendChild(reasons);
    tr.appendChild(why);
    tr.appendChild(handoffCell(call.call_sid));
    return tr;
  }

  function handoffCell(callSid) {
    const action = el("td");
    if (!canHandoff) return action;
    const existing = body.querySelector('tr[data-sid="' + CSS.escape(callSid) + '"] details.handoff-confirm');
    if (existing) {  // keep an open confirmation (and what was typed in it) across updates
      action.appendChild(existing);
      return action;
    }
    const details = el("details", "handoff-confirm");
    details.appendChild(el("summary", "", "Hand to a person…"));
    const form = el("form", "handoff");
    form.method = "post";
    form.action = "/calls/" + encodeURIComponent(callSid) + "/handoff";
    form.dataset.sid = callSid;
    const label = el("label", "", "Why? ");
    const input = el("input");
    input.name = "reason";
    input.required = true;
    input.minLength = 3;
    input.maxLength = 500;
    input.placeholder = "e.g. caller asked twice for a person";
    label.appendChild(input);
    form.appendChild(label);
    form.appendChild(el("button", "", "Confirm hand-off"));
    form.appendChild(document.createTextNode(" "));
    const out = el("output", "handoff-status");
    out.setAttribute("aria-live", "polite");
    form.appendChild(out);
    const known = handoffStatus.get(callSid);
    if (known) {
      out.className = "handoff-status " + known[0];
      out.textContent = known[1];
      form.querySelector("button").disabled = known[0] !== "bad";
    }
    details.appendChild(form);
    action.appendChild(details);
    return action;
  }

  function render(live) {
    const rows = live.calls.map(function (call) { return row(call, live.now_ms); });
    body.replaceChildren.apply(body, rows);
    document.getElementById("live-count").textContent = String(live.calls.length);
    document.getElementById("no-live").hidden = live.calls.length > 0;
    tiles(live);
    const updated = document.getElementById("updated");
    updated.textContent = when(live.now_ms);
    updated.setAttribute("datetime", String(live.now_ms));
  }

  function state(text, isBad) {
    pollState.textContent = text;
    pollState.className = isBad ? "hint bad" : "hint";
    board.dataset.updates = text.indexOf("live") === 0 ? "push" : "poll";
  }

  async function refresh() {
    try {
      const response = await fetch("/api/v1/live", {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      if (response.status === 401) {
        window.location.assign("/login?next=/wallboard");
        return;
      }
      if (!response.ok) throw new Error(await problemDetail(response));
      render(await response.json());
      state("(polling every " + pollMs / 1000 + " s)", false);
    } catch (err) {
      state("(refresh failed: " + err.message + "; retrying)", true);
    }
  }

  function poll() {
    setTimeout(function () { refresh().then(poll); }, pollMs); // one request at a time
  }

  function stream() {
    if (!window.EventSource) return poll();
    const source = new EventSource("/api/v1/live/stream");
    let failures = 0;
    source.addEventListener("board", function (event) {
      failures = 0;
      render(JSON.parse(event.data));
      state("live ●", false);
    });
    source.onerror = function () {
      failures += 1;  // the server ends each stream after a while: one error is a reconnect
      if (source.readyState === EventSource.CLOSED || failures >= 3) {
        source.close();
        state("(live updates unavailable; polling)", true);
        refresh().then(poll);
      }
    };
  }
  stream();
})();
