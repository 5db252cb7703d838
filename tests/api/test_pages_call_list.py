"""The call list (issue 17, item 6): the API's filters on the page (agent version, TTFHW p95 range),
totals over every matching call (not just the page shown), and sortable columns."""

from __future__ import annotations

import re


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Accept": "text/html"}


def shown(html: str) -> list[str]:
    return re.findall(r'<tr data-sid="(CA[0-9a-f]{32})">', html)


def total(html: str, name: str) -> str:
    match = re.search(rf"<dt>{name}</dt><dd[^>]*>([^<]*)</dd>", html)
    assert match, name
    return match.group(1)


def test_agent_version_and_ttfhw_filters_narrow_the_list_and_the_totals(client, make_key, loaded_warehouse):
    auth = bearer(make_key("analyst"))
    versions = loaded_warehouse.rows(
        "SELECT agent_version, count() FROM {db}.calls FINAL GROUP BY 1 ORDER BY 2"
    )
    version, count = versions[0]
    page = client.get(f"/calls?agent_version={version}", headers=auth).text
    expected = {r[0] for r in loaded_warehouse.rows(
        "SELECT call_sid FROM {db}.calls FINAL WHERE agent_version = {v:String}", v=version)}  # fmt: skip
    assert set(shown(page)) == expected and total(page, "Matching calls") == str(count)

    slow = loaded_warehouse.rows("SELECT call_sid FROM {db}.calls FINAL WHERE ttfhw_p95_ms >= 2000")
    page = client.get("/calls?ttfhw_min=2000", headers=auth).text
    assert set(shown(page)) == {r[0] for r in slow} and total(page, "Matching calls") == str(len(slow))
    assert 'name="ttfhw_min" min="0" max="600000" step="1" value="2000"' in page  # echoed back


def test_totals_count_every_matching_call_not_only_the_page(client, make_key, loaded_warehouse):
    page = client.get("/calls", headers=bearer(make_key("analyst"))).text
    (calls, ended, resolved, escalated) = loaded_warehouse.rows(
        "SELECT count(), countIf(ended), countIf(ended AND resolved_contained), countIf(escalated) "
        "FROM {db}.calls FINAL"
    )[0]
    assert total(page, "Matching calls") == str(calls) and total(page, "Ended") == str(ended)
    assert total(page, "Escalated") == str(escalated)
    assert total(page, "Resolved containment") == f"{resolved / ended * 100:.0f}%"
    assert len(shown(page)) == min(calls, 50)


def test_a_bad_ttfhw_or_version_is_a_message_beside_the_form(client, make_key):
    auth = bearer(make_key("analyst"))
    response = client.get("/calls?ttfhw_min=fast&agent_version=1.0;drop", headers=auth)
    assert response.status_code == 400
    assert "TTFHW p95 from: whole milliseconds" in response.text and "Agent version:" in response.text
    flipped = client.get("/calls?ttfhw_min=3000&ttfhw_max=1000", headers=auth)
    assert flipped.status_code == 400 and "from must not be above to" in flipped.text


def test_every_column_can_be_sorted(client, make_key):
    page = client.get("/calls", headers=bearer(make_key("analyst"))).text
    assert '<table class="calls sortable" id="calls">' in page
    assert page.count('data-sort="num"') == 4 and page.count('data-sort="text"') == 6
    assert '<script src="/static/pages.js" defer></script>' in page
