"""Comments on rows on both databases: mentions, edit and delete of one's own, resolve,
counts per row, and who may do what."""

from __future__ import annotations

from typing import Any

from server.notifications import signals
from tests.helpers import ApiClient


def _member(app: Any, owner: ApiClient, email: str, role: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email, name=email.split("@")[0].title())
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": email, "role": role}, expect=201)
    return c


def test_comment_lifecycle(owner: ApiClient, app: Any) -> None:
    bob = _member(app, owner, "bob@example.com", "commenter")
    vic = _member(app, owner, "vic@example.com", "viewer")
    tid = owner.table_id
    r1, r2 = (r["_id"] for r in owner.insert([{"Name": "Ромашка"}, {"Name": "Вектор"}]))
    seen: list[dict] = []
    unsubscribe = signals.subscribe(seen.append)
    try:
        c1 = bob.post(f"/api/tables/{tid}/rows/{r1}/comments",
                      {"comment": "Call them, @owner@example.com please"}, expect=201)["comment"]
    finally:
        unsubscribe()
    assert c1["author"]["email"] == "bob@example.com" and c1["mentions"] == [owner.user["id"]]
    assert [e["op"] for e in seen if e.get("kind") == "comment"] == ["add"]
    owner.post(f"/api/tables/{tid}/rows/{r1}/comments", {"comment": "done", "mentions": ["bob@example.com"]},
               expect=201)
    owner.post(f"/api/tables/{tid}/rows/{r2}/comments", {"comment": "second row"}, expect=201)
    listed = vic.get(f"/api/tables/{tid}/rows/{r1}/comments")["comments"]
    assert [c["comment"] for c in listed] == ["Call them, @owner@example.com please", "done"]
    # Viewers read but do not write.
    vic.post(f"/api/tables/{tid}/rows/{r1}/comments", {"comment": "hi"}, expect=403)
    # Only the author edits; anyone who may comment resolves.
    owner.patch(f"/api/comments/{c1['id']}", {"comment": "rewritten"}, expect=403)
    edited = bob.patch(f"/api/comments/{c1['id']}", {"comment": "Called, no answer"})["comment"]
    assert edited["comment"] == "Called, no answer" and edited["updated_at"]
    resolved = owner.patch(f"/api/comments/{c1['id']}", {"resolved": True})["comment"]
    assert resolved["resolved"] is True and resolved["resolved_by"] == owner.user["id"]
    vic.patch(f"/api/comments/{c1['id']}", {"resolved": False}, expect=403)
    assert [c["id"] for c in owner.get(f"/api/tables/{tid}/rows/{r1}/comments?resolved=false")["comments"]] != [c1["id"]]
    counts = vic.get(f"/api/tables/{tid}/comment-counts")["counts"]
    assert counts == {r1: {"count": 2, "unresolved": 1}, r2: {"count": 1, "unresolved": 1}}
    assert vic.get(f"/api/tables/{tid}/comment-counts?row_ids={r2}")["counts"] == {r2: {"count": 1, "unresolved": 1}}
    # Delete: the author, or an owner; not a viewer.
    vic.delete(f"/api/comments/{c1['id']}", expect=403)
    bob.delete(f"/api/comments/{c1['id']}")
    other = owner.get(f"/api/tables/{tid}/rows/{r2}/comments")["comments"][0]
    bob.delete(f"/api/comments/{other['id']}", expect=403)
    owner.delete(f"/api/comments/{other['id']}")
    assert owner.get(f"/api/tables/{tid}/comment-counts")["counts"] == {r1: {"count": 1, "unresolved": 1}}


def test_comment_bad_input(owner: ApiClient, app: Any) -> None:
    tid = owner.table_id
    row = owner.insert([{"Name": "x"}])[0]["_id"]
    owner.post(f"/api/tables/{tid}/rows/{'A' * 22}/comments", {"comment": "no row"}, expect=404)
    owner.post(f"/api/tables/{tid}/rows/short/comments", {"comment": "bad id"}, expect=404)
    r = owner.post(f"/api/tables/{tid}/rows/{row}/comments", {"comment": ""}, expect=422)
    assert "comment" in r.get_json()["error"]["fields"]
    r = owner.post(f"/api/tables/{tid}/rows/{row}/comments", {"comment": "hey", "mentions": ["stranger@example.com"]},
                   expect=422)
    assert "mentions" in r.get_json()["error"]["fields"]
    owner.post(f"/api/tables/{tid}/rows/{row}/comments", {"comment": "x" * 10_001}, expect=422)
    # An @email of someone outside the base is just text.
    c = owner.post(f"/api/tables/{tid}/rows/{row}/comments", {"comment": "cc @stranger@example.com"},
                   expect=201)["comment"]
    assert c["mentions"] == []
    owner.patch(f"/api/comments/{c['id']}", {}, expect=422)
    owner.patch("/api/comments/999999", {"resolved": True}, expect=404)
    outsider = ApiClient(app)
    outsider.signup("out@example.com")
    outsider.get(f"/api/tables/{tid}/rows/{row}/comments", expect=404)
    outsider.patch(f"/api/comments/{c['id']}", {"resolved": True}, expect=404)
    outsider.get(f"/api/tables/{tid}/comment-counts", expect=404)
    # A read-only token cannot comment.
    reader = ApiClient(app, token=ApiClient.token(owner, "read"))
    reader.post(f"/api/tables/{tid}/rows/{row}/comments", {"comment": "via token"}, expect=403)
