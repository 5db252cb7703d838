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
    if (button) button.disabled = true;
    handoffStatus.set(sid, ["neutral", "Handing off…"]);
    showStatus(form, "neutral", "Handing off…");
    let tone = "bad";
    let message;
    try {
      const response = await fetch("/api/v1/calls/" + encodeURIComponent(sid) + "/handoff", {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json" },
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

  // ---- the wallboard -------------------------------------------------------------------------

  const board = document.getElementById("wallboard");
  if (!board) return;
  const pollMs = Number(board.dataset.pollMs) || 3000;
  const canHandoff = board.dataset.canHandoff === "true";
  const canReadCalls = board.dataset.canReadCalls === "true";
  const body = document.getElementById("live-calls");
  const pollState = document.getElementById("poll-state");

  function row(call, nowMs) {
    const tr = el("tr", "live-call");
    tr.dataset.sid = call.call_sid;
    tr.dataset.risk = String(call.risk.score);
    const risk = el("td", "num");
    risk.appendChild(el("span", "risk " + riskTone(call.risk.score), call.risk.score));
    tr.appendChild(risk);
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
    const action = el("td");
    if (canHandoff) {
      const form = el("form", "handoff");
      form.method = "post";
      form.action = "/calls/" + encodeURIComponent(call.call_sid) + "/handoff";
      form.dataset.sid = call.call_sid;
      form.appendChild(el("button", "", "Hand to a person"));
      form.appendChild(document.createTextNode(" "));
      const out = el("output", "handoff-status");
      out.setAttribute("aria-live", "polite");
      form.appendChild(out);
      const known = handoffStatus.get(call.call_sid);
      if (known) {
        out.className = "handoff-status " + known[0];
        out.textContent = known[1];
        form.querySelector("button").disabled = known[0] !== "bad";
      }
      action.appendChild(form);
    }
    tr.appendChild(action);
    return tr;
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
      const live = await response.json();
      const rows = live.calls.map(function (call) { return row(call, live.now_ms); });
      body.replaceChildren.apply(body, rows);
      document.getElementById("live-count").textContent = String(live.calls.length);
      document.getElementById("no-live").hidden = live.calls.length > 0;
      const updated = document.getElementById("updated");
      updated.textContent = when(live.now_ms);
      updated.setAttribute("datetime", String(live.now_ms));
      pollState.textContent = "";
      pollState.className = "hint";
    } catch (err) {
      pollState.textContent = "(refresh failed: " + err.message + "; retrying)";
      pollState.className = "hint bad";
    }
  }

  function schedule() {
    setTimeout(function () { refresh().then(schedule); }, pollMs); // one request at a time
  }
  schedule();
})();
