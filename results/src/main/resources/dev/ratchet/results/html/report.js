"use strict";
(function () {
  // Row layout, see HtmlReport.data(): task, sample, outcome, rounds, submitted, tokIn, tokOut, cost, wall, model, test, key, reason
  const DATA = JSON.parse(document.getElementById("ratchet-data").textContent);
  const ROWS = DATA.rows;
  // Tasks `ratchet tasks validate --repeat` found flaky (null: unknown), marked in the task column.
  const FLAKY = new Map((DATA.metrics.flaky_tasks || []).map((f) => [f.task, f]));
  const PAGE = 100;
  const state = { outcome: "", search: "", col: 0, dir: 1, page: 0, view: ROWS.slice(), openKey: null };
  const traces = {}; // key -> events, filled by the per-sample scripts
  // --single-file: the traces are inert JSON elements in this page, parsed when a row is opened.
  const INLINE = new Map(Array.from(document.querySelectorAll("script.ratchet-trace"), (s) => [s.dataset.key, s]));
  const $ = (id) => document.getElementById(id);

  // Control characters but newline and tab shown as \xHH (as VisibleText does for traces): never raw.
  const visible = (s) => s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g,
    (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0"));
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = visible(String(text));
    return e;
  }
  const secs = (ms) => (ms / 1000).toFixed(1);

  function refilter() {
    const q = state.search.toLowerCase();
    state.view = ROWS.filter((r) => (!state.outcome || r[2] === state.outcome) && (!q || r[0].toLowerCase().includes(q)));
    const c = state.col, d = state.dir;
    state.view.sort((a, b) => (a[c] < b[c] ? -d : a[c] > b[c] ? d : (a[1] - b[1])));
    state.page = Math.min(state.page, Math.max(0, Math.ceil(state.view.length / PAGE) - 1));
    render();
  }

  // Only one page of rows is ever in the DOM, so 10,000+ samples stay responsive.
  function render() {
    const body = document.querySelector("#table tbody");
    const frag = document.createDocumentFragment();
    const start = state.page * PAGE;
    for (const r of state.view.slice(start, start + PAGE)) {
      const tr = el("tr");
      tr.dataset.key = r[11];
      if (r[11] === state.openKey) tr.className = "open";
      const task = el("td", null, r[0]);
      const flaky = FLAKY.get(r[0]);
      if (flaky) {
        const mark = el("span", "chip flaky", "flaky");
        mark.title = "the reference passed the hidden tests " + flaky.reference_hidden_passes + "/" + flaky.reference_runs + " times";
        task.appendChild(mark);
      }
      tr.appendChild(task);
      tr.appendChild(el("td", null, r[1]));
      tr.appendChild(el("td", r[2], r[2]));
      const rounds = el("td");
      for (const p of r[3] ? r[3].split(" ") : []) {
        rounds.appendChild(el("span", "chip " + (p[1] === "+" ? "pass" : "fail"), p));
      }
      tr.appendChild(rounds);
      tr.appendChild(el("td", null, r[4]));
      tr.appendChild(el("td", null, r[5]));
      tr.appendChild(el("td", null, r[6]));
      tr.appendChild(el("td", null, r[7].toFixed(4)));
      tr.appendChild(el("td", null, secs(r[8])));
      tr.appendChild(el("td", null, secs(r[9])));
      tr.appendChild(el("td", null, secs(r[10])));
      tr.addEventListener("click", () => openTrace(r));
      frag.appendChild(tr);
    }
    body.replaceChildren(frag);
    const pages = Math.max(1, Math.ceil(state.view.length / PAGE));
    $("page").textContent = "page " + (state.page + 1) + " of " + pages;
    $("count").textContent = state.view.length + " of " + ROWS.length + " samples";
    $("prev").disabled = state.page === 0;
    $("next").disabled = state.page >= pages - 1;
    document.querySelectorAll("#table th").forEach((th) => {
      th.className = Number(th.dataset.col) === state.col ? (state.dir > 0 ? "asc" : "desc") : "";
    });
  }

  // Traces load on demand through <script src>: fetch() of file:// URLs is blocked in Chromium.
  function openTrace(row) {
    state.openKey = row[11];
    render();
    const panel = $("trace");
    panel.hidden = false;
    panel.replaceChildren(el("h2", null, "trace: " + row[0] + " · sample " + row[1]), el("p", "meta", "loading…"));
    if (traces[row[11]]) return showTrace(row);
    if (DATA.single_file) {
      const inline = INLINE.get(row[11]);
      if (!inline) return panel.replaceChildren(el("h2", null, "trace: " + row[0]), el("p", "ev bad", "no trace for this sample"));
      traces[row[11]] = JSON.parse(inline.textContent);
      return showTrace(row);
    }
    const slash = row[11].lastIndexOf("/");
    const s = document.createElement("script");
    s.src = "report-traces/" + encodeURIComponent(row[11].slice(0, slash)) + row[11].slice(slash) + ".js";
    s.onerror = () => { if (state.openKey === row[11]) panel.replaceChildren(el("h2", null, "trace: " + row[0]), el("p", "ev bad", "no trace file for this sample")); };
    s.onload = () => s.remove();
    document.head.appendChild(s);
  }

  window.ratchetTrace = function (key, events) {
    traces[key] = events;
    const row = ROWS.find((r) => r[11] === key);
    if (row && state.openKey === key) showTrace(row);
  };

  function showTrace(row) {
    const events = traces[row[11]];
    const panel = $("trace");
    const head = el("h2", null, "trace: " + row[0] + " · sample " + row[1] + " · ");
    head.appendChild(el("span", row[2], row[2]));
    panel.replaceChildren(head);
    if (row[12]) panel.appendChild(el("p", "ev bad", row[12]));
    const t0 = events.length ? events[0].ts : 0;
    const files = {}; // path -> last content seen (view or create), for diffs of edits
    const calls = {};  // tool call id -> call, to pair results with calls
    // Steps are model replies, numbered from 1 per attempt as `ratchet show` and `ratchet branch --from-step` count them.
    const B = DATA.branch;
    if (B) panel.appendChild(el("p", "note", "branch of run " + B.parent_run + " (task " + B.task + " sample " + B.sample
      + "): steps 1–" + B.from_step + " are the parent's, replayed and checked; the mark below is where the continuation starts"));
    const partOfStep = new Set(["plan", "tool_call", "tool_result", "retrieval", "flag"]);
    let step = 0, marked = !B;
    for (const e of events) {
      if (e.event === "task_started") step = 0;
      if (!marked && step >= B.from_step && !partOfStep.has(e.event)) {
        panel.appendChild(el("div", "ev branch", "branch starts here: steps 1–" + B.from_step + " above were replayed from run "
          + B.parent_run + "; what follows is this run's continuation"));
        marked = true;
      }
      if (e.event === "model_reply") step++;
      panel.appendChild(renderEvent(e, t0, files, calls, step));
    }
    panel.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  function block(cls, title, e, t0) {
    const d = el("div", "ev " + cls);
    const h = el("h4", null, title);
    h.appendChild(el("span", "meta", "  +" + secs(e.ts - t0) + "s"));
    d.appendChild(h);
    return d;
  }

  function pre(text) { return el("pre", null, text); }

  function renderEvent(e, t0, files, calls, step) {
    switch (e.event) {
      case "round_started": { const d = block("round", "round " + e.round + (e.fresh ? " (fresh conversation)" : " (same conversation)") + " · policy " + e.policy, e, t0); return d; }
      case "plan": { const d = block("plan", "plan", e, t0); d.appendChild(pre(e.text)); return d; }
      case "model_request": {
        const d = block("request", "model request (" + (e.messages || []).length + " new messages)", e, t0);
        for (const m of e.messages || []) { const p = el("div", "msg"); p.appendChild(el("b", null, m.role + " ")); p.appendChild(pre(m.text || "")); d.appendChild(p); }
        return d;
      }
      case "model_reply": {
        const d = block("reply", "step " + step + " · model reply" + (e.recorded_latency_ms != null ? " (replayed)" : ""), e, t0);
        d.appendChild(el("div", "meta", "tokens " + e.tokens_in + " in / " + e.tokens_out + " out · " + secs(e.latency_ms) + " s · $" + Number(e.cost_usd || 0).toFixed(5)));
        if (e.text) d.appendChild(pre(e.text));
        for (const c of e.tool_calls || []) d.appendChild(el("div", "meta", "→ " + c.name + " " + (c.arguments || "")));
        return d;
      }
      case "tool_call": {
        calls[e.id] = e;
        const a = e.arguments || {};
        const d = block("tool", "tool " + e.name + (a.path ? " " + a.path : "") + (a.command ? " (" + a.command + ")" : ""), e, t0);
        if (e.name === "edit_file") d.appendChild(editDiff(a, files));
        else if (e.name !== "view_file") d.appendChild(pre(JSON.stringify(a, null, 1)));
        return d;
      }
      case "tool_result": {
        const call = calls[e.id];
        if (call && call.name === "view_file" && !e.error && call.arguments && !call.arguments.start_line) {
          files[call.arguments.path] = e.output.split("\n").filter((l) => /^\s*\d+  /.test(l)).map((l) => l.replace(/^\s*\d+  /, "")).join("\n");
        }
        const d = block(e.error ? "bad" : "tool", "result of " + e.name + (e.error ? " (error)" : "") + " · " + secs(e.duration_ms) + " s", e, t0);
        d.appendChild(pre(e.output));
        return d;
      }
      case "verify_result": { const d = block("verify", "visible tests " + (e.passed ? "PASSED" : "FAILED") + " · exit " + e.exit_code + (e.timed_out ? " · timed out" : "") + (e.agent_run ? " · the agent's own run (workspace unchanged since)" : " · " + secs(e.duration_ms) + " s"), e, t0); d.appendChild(pre(e.output)); return d; }
      case "grade_result": { const d = block("grade", "hidden grade " + (e.passed ? "PASSED" : "FAILED") + " · exit " + e.exit_code + (e.timed_out ? " · timed out" : "") + " · " + secs(e.duration_ms) + " s (never shown to the model)", e, t0); d.appendChild(pre(e.output)); return d; }
      case "round_finished": return block("round", "round " + e.round + " finished: " + e.stop + " · verify " + (e.visible_passed ? "accepted" : "rejected") + " · hidden " + (e.hidden_passed ? "passed" : "failed"), e, t0);
      case "task_finished": { const d = block("round", "finished: " + e.outcome + " · submitted round " + e.submitted_round + " · " + secs(e.duration_ms) + " s", e, t0); if (e.reason) d.appendChild(pre(e.reason)); return d; }
      case "error": { const d = block("error", "error (" + e.tier + ")", e, t0); d.appendChild(pre(e.message)); return d; }
      case "flag": { const d = block("error", "FLAG " + e.rule + (e.path ? " " + e.path : "") + " (the grade stands; report --flagged-as-failed counts it)", e, t0); d.appendChild(pre(e.evidence)); return d; }
      case "sandbox": return block("sandbox", "sandbox " + e.action + " (" + e.role + ", " + e.kind + ") · " + secs(e.duration_ms) + " s", e, t0);
      default: { const d = block("other", e.event, e, t0); d.appendChild(pre(JSON.stringify(e, null, 1))); return d; }
    }
  }

  // create: diff against what was last viewed/created at that path; str_replace: old vs new.
  function editDiff(a, files) {
    let before = "", after = "";
    if (a.command === "create") { before = files[a.path] || ""; after = a.file_text || ""; files[a.path] = after; }
    else if (a.command === "str_replace") { before = a.old_str || ""; after = a.new_str || ""; }
    else { before = ""; after = a.new_str || ""; }
    return diff(before.split("\n"), after.split("\n"));
  }

  function diff(x, y) {
    const out = el("pre", "diff");
    if (x.length * y.length > 4e6) { // too big for LCS: show both sides
      x.forEach((l) => out.appendChild(el("span", "del", "- " + l)));
      y.forEach((l) => out.appendChild(el("span", "add", "+ " + l)));
      return out;
    }
    const n = x.length, m = y.length, L = [];
    for (let i = 0; i <= n; i++) L.push(new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] === y[j]) { out.appendChild(el("span", "same", "  " + x[i])); i++; j++; }
      else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) { out.appendChild(el("span", "add", "+ " + y[j])); j++; }
      else { out.appendChild(el("span", "del", "- " + x[i])); i++; }
    }
    return out;
  }

  $("outcome").addEventListener("change", (ev) => { state.outcome = ev.target.value; state.page = 0; refilter(); });
  $("search").addEventListener("input", (ev) => { state.search = ev.target.value; state.page = 0; refilter(); });
  $("prev").addEventListener("click", () => { state.page--; render(); });
  $("next").addEventListener("click", () => { state.page++; render(); });
  document.querySelectorAll("#table th").forEach((th) => th.addEventListener("click", () => {
    const c = Number(th.dataset.col);
    state.dir = state.col === c ? -state.dir : 1;
    state.col = c;
    refilter();
  }));
  refilter();
})();
