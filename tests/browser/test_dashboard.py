"""The dashboard of the receivables demo base, in Russian and in English: every text the app adds
is in the interface language, number cards fit and show the currency, and a click on a bar opens
exactly its rows in the grid, with a footer that reads the bar's value and «Open as view».

Chart titles, descriptions and category names come from the base (the template's own texts),
so the language check covers what the app writes: the page's own words, numbers, dates (month
and week axes are spelled by the app), footers and buttons.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from tests.browser.conftest import SHOTS, Api, new_page, sign_up

NBSP = "\u00a0"
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Latin that belongs in a Russian page: currency codes, the product's name and its "T" mark, and
# the avatar's initial of a user called "Tester".
ALLOWED_LATIN = re.compile(r"\b(RUB|USD|EUR|Tablo)\b|^[A-Z]$")

# Visible text nodes under a root, leaving out what the base itself names (chart titles and
# descriptions, the base's name): those are the base's words, not the app's.
TEXTS_JS = """(sel) => {
  const root = document.querySelector(sel);
  if (!root) return [];
  const out = [];
  const skip = '[data-testid=chart-name], [data-testid=chart-desc], [data-testid=base-crumb]';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    const s = n.textContent.trim();
    const el = n.parentElement;
    if (!s || !el || el.closest(skip)) continue;
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none' || !el.getClientRects().length) continue;
    out.push(s);
  }
  return out;
}"""

# The centre of each bar of one colour on a chart's canvas, left to right, in page pixels: found
# in the drawn pixels, so the test clicks where a person sees a bar.
BARS_JS = """([sel, rgb]) => {
  const canvas = document.querySelector(sel + ' canvas');
  const r = canvas.getBoundingClientRect();
  const ctx = canvas.getContext('2d');
  const { width, height } = canvas;
  const px = ctx.getImageData(0, 0, width, height).data;
  const hit = (x, y) => {
    const i = (y * width + x) * 4;
    return Math.abs(px[i] - rgb[0]) < 8 && Math.abs(px[i + 1] - rgb[1]) < 8 && Math.abs(px[i + 2] - rgb[2]) < 8;
  };
  const cols = [];
  for (let x = 0; x < width; x++) {
    let top = -1, bottom = -1;
    for (let y = 0; y < height; y++) if (hit(x, y)) { if (top < 0) top = y; bottom = y; }
    cols.push(top < 0 ? null : [top, bottom]);
  }
  const bars = [];
  for (let x = 0; x < width; x++) {
    if (!cols[x]) continue;
    let end = x;
    while (end + 1 < width && cols[end + 1]) end++;
    if (end - x >= 3) {
      const mid = Math.floor((x + end) / 2);
      const [top, bottom] = cols[mid];
      const sx = r.width / width, sy = r.height / height;
      bars.push({ x: r.left + mid * sx, y: r.top + ((top + bottom) / 2) * sy });
    }
    x = end;
  }
  return bars;
}"""


def _lang_problems(texts: list[str], lang: str) -> list[str]:
    if lang == "ru":
        return [s for s in texts if LATIN.search(ALLOWED_LATIN.sub("", s))]
    return [s for s in texts if CYRILLIC.search(s)]


def _money(value: float, lang: str) -> str:
    """A sum as the app writes it in the column's format: «13 145 800,00 ₽», "13,145,800.00 ₽"."""
    text = f"{value:,.2f}"
    if lang == "ru":
        text = text.replace(",", NBSP).replace(".", ",")
    return f"{text}{NBSP}₽"


def _norm(s: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", s).strip()


def _wait_charts(page: Any, count: int) -> None:
    page.wait_for_function(
        """(n) => {
          const cards = document.querySelectorAll('[data-testid=chart]');
          if (cards.length !== n) return false;
          return [...cards].every((c) => c.querySelector('canvas, [data-testid=number-value], table, [role=alert]'));
        }""",
        arg=count, timeout=30_000)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_dashboard_in_the_interface_language(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    email = f"dash-{lang}-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang})
    charts = api.get(f"/bases/{base['id']}/charts")["charts"]
    by_name = {c["name"]: c for c in charts}
    tables = {t["id"]: t for t in base["tables"]}

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    _wait_charts(page, len(charts))

    # Every text the app writes on the page is in the interface language.
    assert not _lang_problems(page.evaluate(TEXTS_JS, "#app"), lang)
    # Axes the app spells itself (months, weeks) and every value, read as a screen reader would.
    for c in charts:
        x = c["settings"].get("x") or {}
        if x.get("granularity"):
            label = page.locator(f"[data-chart-id='{c['id']}'] [data-testid=echart]").get_attribute("aria-label")
            assert label and not _lang_problems([label], lang), label
            months = {"ru": "(янв|февр|мар|апр|ма[йя]|июн|июл|авг|сент|окт|нояб|дек)",
                      "en": "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"}[lang]
            assert re.search(months, label), label
            value_col = next(col for col in tables[c["table_id"]]["columns"]
                             if col["id"] == c["settings"]["value"]["column_id"])
            if value_col["options"].get("format") == "currency":
                assert "₽" in label, label  # money in the column's currency (not DSO's days)

    # The number card fits its card and shows the currency; the whole value is its tooltip.
    card = next(c for c in charts if c["settings"]["type"] == "number")
    value = page.locator(f"[data-chart-id='{card['id']}'] [data-testid=number-value]")
    fit = value.evaluate("""(el) => ({ text: el.textContent.trim(), title: el.title,
        sw: el.scrollWidth, cw: el.clientWidth,
        box: el.closest('[data-testid=chart]').scrollWidth <= el.closest('[data-testid=chart]').clientWidth })""")
    assert fit["sw"] <= fit["cw"] and fit["box"], fit
    assert "₽" in fit["text"]
    data = api.get(f"/charts/{card['id']}/data")
    assert _norm(fit["title"]) == _norm(_money(data["value"], lang))
    shot(page, f"dashboard-{lang}-1280")
    page.screenshot(path=str(SHOTS / f"dashboard-{lang}-1280-full.png"), full_page=True)

    # A bar of the aging chart: its rows in the grid, exactly those of the bucket.
    aging = next(c for c in charts if c["settings"]["type"] == "bar" and c["settings"]["x"].get("order"))
    aging_data = api.get(f"/charts/{aging['id']}/data")
    bars = page.evaluate(BARS_JS, [f"[data-chart-id='{aging['id']}']", [0x25, 0x63, 0xEB]])
    assert len(bars) == len(aging_data["categories"]), bars
    index = 1  # the second bucket, "1–30"
    category = aging_data["categories"][index]
    bar_value = aging_data["series"][0]["data"][index]
    page.mouse.click(bars[index]["x"], bars[index]["y"])
    drill = page.get_by_test_id("drill")
    drill.wait_for()
    q = {"x": category["key"], "limit": 1000}
    expected = api.get(f"/charts/{aging['id']}/rows", **q)["rows"]
    page.locator(f"[data-testid=drill-grid] .ag-row[row-id='{expected[0]['_id']}']").first.wait_for(timeout=20_000)
    # Independently: the rows of the chart's view whose bucket is this one.
    table = tables[aging["table_id"]]
    aging_col = str(aging["settings"]["x"]["column_id"])
    view_rows = api.get(f"/views/{aging['view_id']}/rows", limit=1000)["rows"]
    assert [r["_id"] for r in expected] == [r["_id"] for r in view_rows if r[aging_col] == category["key"]]
    count_text = page.get_by_test_id("drill-count")
    page.wait_for_function("(n) => /\\d/.test(document.querySelector('[data-testid=drill-count]').textContent)",
                           arg=len(expected))
    assert re.sub(r"\D", "", count_text.inner_text()) == str(len(expected))
    # The rows on screen (each row is drawn in the pinned and the scrolling part: once each here).
    shown = page.locator("[data-testid=drill-grid] .ag-row[row-id]:not(.ag-row-pinned)").evaluate_all(
        "(rows) => rows.map((r) => [Number(r.getAttribute('row-index')), r.getAttribute('row-id')])")
    shown_ids = [rid for _, rid in sorted(set(map(tuple, shown)))]
    assert shown_ids and shown_ids == [r["_id"] for r in expected[: len(shown_ids)]]
    # The same columns as the chart's view shows, its footer, the balance summed to the bar.
    balance = str(aging["settings"]["value"]["column_id"])
    footer = page.locator(f"[data-testid=drill-grid] .summary-cell[data-column='{balance}']")
    grid_box = page.get_by_test_id("drill-grid").bounding_box()
    page.mouse.move(grid_box["x"] + grid_box["width"] / 2, grid_box["y"] + grid_box["height"] / 2)
    header = page.locator(f"[data-testid=drill-grid] .ag-header-cell[col-id='c{balance}']")
    for _ in range(40):  # scroll right, as a person would, until the balance column is on screen
        box = header.bounding_box() if header.count() else None
        if box and box["x"] + box["width"] <= grid_box["x"] + grid_box["width"]:
            break
        page.mouse.wheel(200, 0)
        page.wait_for_timeout(150)
    footer.locator(".summary-value").wait_for()
    assert _norm(footer.locator(".summary-value").inner_text()) == _norm(_money(bar_value, lang))
    headers = page.locator("[data-testid=drill-grid] .ag-header-cell[col-id^='c']").evaluate_all(
        "(cells) => cells.map((c) => Number(c.getAttribute('col-id').slice(1)))")
    assert set(headers) <= {c["id"] for c in table["columns"]} and int(balance) in headers
    app_texts = [count_text.inner_text(), page.get_by_test_id("open-as-view").inner_text(),
                 *footer.locator(".summary-label").all_inner_texts()]
    assert not _lang_problems(app_texts, lang), app_texts
    shot(page, f"dashboard-drill-{lang}-1280")
    # A row of the drill-down opens in full, as in the table.
    first = "[data-testid=drill-grid] .ag-row[row-index='0']:not(.ag-row-pinned)"
    page.hover(f"{first} .row-number")
    page.click(f"{first} [data-action=expand]")
    form = page.locator("#row-form")
    form.wait_for()
    number_col = table["columns"][0]["id"]
    assert form.locator(f"#f{number_col}").input_value() == expected[0][str(number_col)]
    page.keyboard.press("Escape")
    form.wait_for(state="detached")

    # «Open as view»: a view of the table with the bucket's condition, showing the same rows.
    page.get_by_test_id("open-as-view").click()
    page.wait_for_url(re.compile(r"/view/\d+$"))
    view_id = int(page.url.rsplit("/", 1)[1])
    view = api.get(f"/views/{view_id}")["view"]
    conditions = view["settings"]["filters"]["filters"]
    assert {"column_id": int(aging_col), "operator": "is", "value": category["key"]} in conditions
    assert [r["_id"] for r in api.get(f"/views/{view_id}/rows", limit=1000)["rows"]] == [r["_id"] for r in expected]
    assert view["table_id"] == aging["table_id"]
    page.locator(".ag-row[row-id]").first.wait_for()

    # On a phone: the cards stack, numbers still fit, the drill-down opens full width.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    _wait_charts(page, len(charts))
    value = page.locator(f"[data-chart-id='{card['id']}'] [data-testid=number-value]")
    value.scroll_into_view_if_needed()
    fit = value.evaluate("(el) => [el.scrollWidth, el.clientWidth]")
    assert fit[0] <= fit[1], fit
    # Nothing pushes the page wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, f"dashboard-{lang}-390")
    page.screenshot(path=str(SHOTS / f"dashboard-{lang}-390-full.png"), full_page=True)
    months = by_name[next(n for n, c in by_name.items() if (c["settings"].get("x") or {}).get("granularity") == "month")]
    page.locator(f"[data-chart-id='{months['id']}']").scroll_into_view_if_needed()
    shot(page, f"dashboard-months-{lang}-390")
    page.locator(f"[data-chart-id='{aging['id']}']").scroll_into_view_if_needed()
    bars = page.evaluate(BARS_JS, [f"[data-chart-id='{aging['id']}']", [0x25, 0x63, 0xEB]])
    page.mouse.click(bars[index]["x"], bars[index]["y"])
    page.locator(f"[data-testid=drill-grid] .ag-row[row-id='{expected[0]['_id']}']").first.wait_for(timeout=20_000)
    shot(page, f"dashboard-drill-{lang}-390")
    assert not page.js_errors  # type: ignore[attr-defined]
