"""The "me first" sort (`{"column_id": …, "me_first": true}`): rows whose column of people
holds the reader come first, each reader their own; later sorts order both parts; windows by
keyset cursor walk across the split; only columns of people take it — on both databases."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest

from tests.helpers import ApiClient


def _q(value: Any) -> str:
    return quote(json.dumps(value))


@pytest.fixture
def team(owner: ApiClient, app: Any) -> dict[str, Any]:
    anna = ApiClient(app)
    anna_user = anna.signup("anna@example.com", name="Анна")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "anna@example.com", "role": "editor"}, expect=201)
    me = owner.user["id"]
    who = owner.add_column("Исполнитель", "collaborator")["id"]
    due = owner.add_column("Срок", "number")["id"]
    name = owner.get(f"/api/tables/{owner.table_id}")["columns"][0]["id"]  # the primary column
    people = [[anna_user["id"]], None, [me], [me, anna_user["id"]], [], [anna_user["id"]], [me], None]
    rows = owner.insert([{str(name): f"задача {i}", str(who): p, str(due): float(10 - i)}
                         for i, p in enumerate(people)])
    return {"anna": anna, "anna_id": anna_user["id"], "me": me, "who": who, "due": due, "name": name,
            "rows": [(r["_id"], p or [], 10 - i) for i, (r, p) in enumerate(zip(rows, people, strict=True))]}


def _expected(team: dict, reader: int, desc: bool = False) -> list[str]:
    """Plain Python: the reader's rows first (last with desc), each part by Срок ascending."""
    return [rid for rid, _, _ in sorted(team["rows"], key=lambda r: ((reader not in r[1]) != desc, r[2]))]


def test_me_first_orders_each_readers_own_rows_first(owner: ApiClient, team: dict) -> None:
    tid, who, due = owner.table_id, team["who"], team["due"]
    sorts = [{"column_id": who, "me_first": True}, {"column_id": due}]
    v = owner.post(f"/api/tables/{tid}/views", {"name": "Мои сверху", "settings": {"sorts": sorts}}, expect=201)["view"]
    assert v["settings"]["sorts"][0]["me_first"] is True
    got = owner.get(f"/api/views/{v['id']}/rows?limit=100")["rows"]
    assert [r["_id"] for r in got] == _expected(team, team["me"])
    # Another member reads the same saved view with their own rows first.
    anna_rows = team["anna"].get(f"/api/views/{v['id']}/rows?limit=100")["rows"]
    assert [r["_id"] for r in anna_rows] == _expected(team, team["anna_id"])
    # Walking by keyset cursor, two rows at a time, crosses from the reader's rows to the rest.
    walked, cursor = [], None
    while True:
        page = owner.get(f"/api/views/{v['id']}/rows?limit=2" + (f"&cursor={quote(cursor)}" if cursor else ""))
        walked += [r["_id"] for r in page["rows"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert walked == _expected(team, team["me"])
    # Ad hoc, on the table, and descending: the reader's rows last.
    desc = [{"column_id": who, "me_first": True, "direction": "desc"}, {"column_id": due}]
    got = owner.get(f"/api/tables/{tid}/rows?limit=100&sorts={_q(desc)}")["rows"]
    assert [r["_id"] for r in got] == _expected(team, team["me"], desc=True)
    # The position of a row (used by the grid to jump to it) follows the same order.
    order = _expected(team, team["me"])
    pos = owner.get(f"/api/views/{v['id']}/position?row_id={order[4]}")
    assert pos["position"] == 4


def test_me_first_on_the_creator_column(owner: ApiClient, team: dict) -> None:
    creator = owner.add_column("Автор", "creator")["id"]
    mine = team["anna"].insert([{str(team["name"]): "от Анны"}], table_id=owner.table_id)[0]["_id"]
    sorts = [{"column_id": creator, "me_first": True}, {"column_id": team["due"]}]
    got = team["anna"].get(f"/api/tables/{owner.table_id}/rows?limit=100&sorts={_q(sorts)}")["rows"]
    assert got[0]["_id"] == mine and len(got) == 9
    got = owner.get(f"/api/tables/{owner.table_id}/rows?limit=100&sorts={_q(sorts)}")["rows"]
    assert got[-1]["_id"] == mine


def test_me_first_needs_a_column_of_people(owner: ApiClient, team: dict) -> None:
    bad = [{"column_id": team["due"], "me_first": True}]
    err = owner.get(f"/api/tables/{owner.table_id}/rows?sorts={_q(bad)}", expect=422).get_json()
    assert "sorts[0].me_first" in err["error"]["fields"]
    err = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "x", "settings": {"sorts": bad}},
                     expect=422).get_json()
    assert "settings.sorts[0].me_first" in err["error"]["fields"]
    owner.get(f"/api/tables/{owner.table_id}/rows?sorts={_q([{'column_id': team['who'], 'me_first': 'yes'}])}",
              expect=422)


def test_a_share_link_reads_me_first_as_no_order(owner: ApiClient, team: dict, app: Any) -> None:
    """A reader who is nobody has no rows of their own: the later sorts alone order the rows."""
    sorts = [{"column_id": team["who"], "me_first": True}, {"column_id": team["due"]}]
    v = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Все", "settings": {"sorts": sorts}},
                   expect=201)["view"]
    link = owner.post(f"/api/views/{v['id']}/share-links", {}, expect=201)
    got = ApiClient(app).get(f"/api/shared/{link['token']}/rows?limit=100")["rows"]
    assert [r["_id"] for r in got] == [rid for rid, _, _ in sorted(team["rows"], key=lambda r: r[2])]
