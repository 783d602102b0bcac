"""Members and sharing: who is in a base with which role, invitations by email (with a link
for people without an account yet), ownership transfer, and table / column permissions.

Removing a member or changing a role publishes {"kind": "membership", ...} through
`server.actions.events.publish`, so the live hub closes or downgrades their sockets at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from flask import request
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.actions.events import publish
from server.api.access import base_role, table_access
from server.api.groups import base_groups_json
from server.api.routing import route
from server.auth.service import Principal, create_user, normalise_email
from server.auth.tokens import hash_secret, new_secret
from server.catalog import schema as cat
from server.catalog.roles import ROLES
from server.errors import ApiError, conflict, forbidden, invalid, not_found
from server.notifications import mail, signals
from server.permissions.checks import MODES, save_table_permissions, table_permissions_json
from server.state import state
from server.workers import setting

INVITATION_DAYS = 7
MAX_PENDING_INVITATIONS = 200


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _iso(v: dt.datetime | None) -> str | None:
    return v.strftime("%Y-%m-%dT%H:%M:%SZ") if v else None


class EmailField(fields.String):
    """An email address, checked and lower-cased like at sign-up."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kw: Any) -> str:
        try:
            return normalise_email(super()._deserialize(value, attr, data, **kw))
        except ApiError as exc:
            raise ValidationError("not a valid email address") from exc


class MemberBody(Schema):
    email = EmailField(required=True)
    role = fields.String(required=True, validate=validate.OneOf(ROLES))


class MemberPatch(Schema):
    role = fields.String(required=True, validate=validate.OneOf(ROLES))


class TransferBody(Schema):
    user_id = fields.Integer(required=True, strict=True)


class InvitationBody(Schema):
    email = EmailField(required=True)
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    days = fields.Integer(load_default=INVITATION_DAYS, validate=validate.Range(min=1, max=90))


class InvitationSignup(Schema):
    email = EmailField(required=True)
    password = fields.String(required=True)
    name = fields.String(load_default="", validate=validate.Length(max=200))


class Rule(Schema):
    mode = fields.String(required=True, validate=validate.OneOf(MODES))
    user_ids = fields.List(fields.Integer(strict=True), load_default=list, validate=validate.Length(max=1000))

    @validates_schema
    def _named_needs_users(self, data: dict, **kw: Any) -> None:
        if data["mode"] == "editors" and data.get("user_ids"):
            raise ValidationError("user_ids only go with mode 'named'", "user_ids")


class RowRules(Schema):
    add = fields.Nested(Rule)
    edit = fields.Nested(Rule)
    delete = fields.Nested(Rule)


class PermissionsBody(Schema):
    rows = fields.Nested(RowRules)
    columns = fields.Dict(keys=fields.String(), values=fields.Nested(Rule))


# -- members ------------------------------------------------------------------------------------
def _members(conn: sa.Connection, base_id: int) -> list[dict]:
    u, m = cat.users, cat.base_members
    return [{"id": r.id, "email": r.email, "name": r.name, "role": r.role}
            for r in conn.execute(sa.select(u.c.id, u.c.email, u.c.name, m.c.role)
                                  .join(m, m.c.user_id == u.c.id).where(m.c.base_id == base_id).order_by(u.c.id))]


def _role_of(conn: sa.Connection, base_id: int, user_id: int) -> str | None:
    m = cat.base_members
    return conn.execute(sa.select(m.c.role).where(m.c.base_id == base_id, m.c.user_id == user_id)).scalar()


def _owners(conn: sa.Connection, base_id: int) -> int:
    m = cat.base_members
    return conn.execute(sa.select(sa.func.count()).select_from(m)
                        .where(m.c.base_id == base_id, m.c.role == "owner")).scalar_one()


def _no_token(principal: Principal) -> None:
    # Sharing is a decision for a person in the app, not for a script's base token.
    if principal.via == "token":
        raise forbidden("API tokens cannot manage members or permissions.")


@route("/bases/{base_id}/members", "GET", "Members of a base and their roles, the groups with a role on it (and, "
       "for owners, open invitations)",
       "members")
def list_members(principal: Principal, base_id: int) -> Any:
    role = base_role(principal, base_id)
    with state().db.read() as conn:
        out: dict[str, Any] = {"members": _members(conn, base_id), "groups": base_groups_json(conn, base_id)}
        if role == "owner":
            out["invitations"] = _invitations(conn, base_id)
    return out


@route("/bases/{base_id}/members", "POST", "Add someone who has an account (by email) with a role", "members",
       body=MemberBody, responses={201: "added", 409: "already a member",
                                    422: "no account with that email (send an invitation instead)"})
def add_member(principal: Principal, base_id: int, body: dict) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    with state().db.write() as conn:
        user = conn.execute(sa.select(cat.users.c.id, cat.users.c.email, cat.users.c.name)
                            .where(cat.users.c.email == body["email"])).first()
        if user is None:
            raise invalid("no account has this email; send an invitation instead", {"email": ["no such user"]},
                          code="no_account")
        if _role_of(conn, base_id, user.id):
            raise conflict("this user is already a member", {"email": ["already a member"]})
        conn.execute(sa.insert(cat.base_members).values(base_id=base_id, user_id=user.id, role=body["role"]))
    publish({"kind": "membership", "base_id": base_id, "user_id": user.id, "role": body["role"]})
    return {"member": {"id": user.id, "email": user.email, "name": user.name, "role": body["role"]}}, 201


@route("/bases/{base_id}/members/{user_id}", "PATCH", "Change a member's role (owners only)", "members",
       body=MemberPatch, responses={409: "the last owner cannot step down"})
def patch_member(principal: Principal, base_id: int, user_id: int, body: dict) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    m = cat.base_members
    with state().db.write() as conn:
        cur = _role_of(conn, base_id, user_id)
        if cur is None:
            raise not_found("This member does not exist.")
        if cur == "owner" and body["role"] != "owner" and _owners(conn, base_id) <= 1:
            raise conflict("a base keeps at least one owner", {"role": ["last owner"]}, code="last_owner")
        conn.execute(sa.update(m).where(m.c.base_id == base_id, m.c.user_id == user_id).values(role=body["role"]))
    if cur != body["role"]:
        publish({"kind": "membership", "base_id": base_id, "user_id": user_id, "role": body["role"]})
    return {"member": {"id": user_id, "role": body["role"]}}


@route("/bases/{base_id}/members/{user_id}", "DELETE", "Remove a member (or leave a base yourself)", "members",
       responses={409: "the last owner cannot leave"})
def remove_member(principal: Principal, base_id: int, user_id: int) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "viewer" if user_id == principal.user_id else "owner")
    m = cat.base_members
    with state().db.write() as conn:
        cur = _role_of(conn, base_id, user_id)
        if cur is None:
            raise not_found("This member does not exist.")
        if cur == "owner" and _owners(conn, base_id) <= 1:
            raise conflict("a base keeps at least one owner; transfer ownership first", code="last_owner")
        conn.execute(sa.delete(m).where(m.c.base_id == base_id, m.c.user_id == user_id))
        # Their API tokens for this base stop working with their membership.
        conn.execute(sa.update(cat.api_tokens).where(cat.api_tokens.c.base_id == base_id,
                                                     cat.api_tokens.c.user_id == user_id,
                                                     cat.api_tokens.c.revoked_at.is_(None)).values(revoked_at=_now()))
    publish({"kind": "membership", "base_id": base_id, "user_id": user_id, "role": None})
    return {"ok": True}


@route("/bases/{base_id}/transfer-ownership", "POST",
       "Hand the base to another member: they become owner, you become editor", "members", body=TransferBody)
def transfer_ownership(principal: Principal, base_id: int, body: dict) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    target = body["user_id"]
    if target == principal.user_id:
        raise invalid("you already own this base", {"user_id": ["is you"]})
    m = cat.base_members
    with state().db.write() as conn:
        if _role_of(conn, base_id, target) is None:
            raise invalid("the new owner must be a member of the base", {"user_id": ["not a member"]})
        conn.execute(sa.update(m).where(m.c.base_id == base_id, m.c.user_id == target).values(role="owner"))
        conn.execute(sa.update(m).where(m.c.base_id == base_id, m.c.user_id == principal.user_id)
                     .values(role="editor"))
        conn.execute(sa.update(cat.bases).where(cat.bases.c.id == base_id).values(created_by=target))
        members = _members(conn, base_id)
    publish({"kind": "membership", "base_id": base_id, "user_id": target, "role": "owner"})
    publish({"kind": "membership", "base_id": base_id, "user_id": principal.user_id, "role": "editor"})
    return {"members": members}


# -- invitations --------------------------------------------------------------------------------
def _invitations(conn: sa.Connection, base_id: int) -> list[dict]:
    i = cat.invitations
    rows = conn.execute(sa.select(i).where(i.c.base_id == base_id, i.c.accepted_at.is_(None),
                                           i.c.revoked_at.is_(None), i.c.expires_at > _now())
                        .order_by(i.c.id)).all()
    return [{"id": r.id, "email": r.email, "role": r.role, "created_at": _iso(r.created_at),
             "expires_at": _iso(r.expires_at)} for r in rows]


def invitation_link(token: str) -> str:
    root = setting("public_url", "") or request.host_url
    return f"{root.rstrip('/')}/invite/{token}"


@route("/bases/{base_id}/invitations", "GET", "Open invitations of a base (owners)", "members")
def list_invitations(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id, "owner")
    with state().db.read() as conn:
        return {"invitations": _invitations(conn, base_id)}


@route("/bases/{base_id}/invitations", "POST",
       "Invite someone by email with a role; returns the link (shown once) and mails it when SMTP is set up",
       "members", body=InvitationBody, responses={201: "the invitation and its link", 409: "already a member"})
def create_invitation(principal: Principal, base_id: int, body: dict) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    i = cat.invitations
    token = new_secret("ti")
    now = _now()
    with state().db.write() as conn:
        uid = conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == body["email"])).scalar()
        if uid is not None and _role_of(conn, base_id, uid):
            raise conflict("this person is already a member", {"email": ["already a member"]})
        pending = conn.execute(sa.select(sa.func.count()).select_from(i).where(
            i.c.base_id == base_id, i.c.accepted_at.is_(None), i.c.revoked_at.is_(None),
            i.c.expires_at > now)).scalar_one()
        if pending >= MAX_PENDING_INVITATIONS:
            raise conflict(f"a base has at most {MAX_PENDING_INVITATIONS} open invitations", code="too_many")
        # A new invitation to the same address replaces the old one (its link stops working).
        conn.execute(sa.update(i).where(i.c.base_id == base_id, i.c.email == body["email"],
                                        i.c.accepted_at.is_(None), i.c.revoked_at.is_(None)).values(revoked_at=now))
        inv_id = conn.execute(sa.insert(i).values(
            base_id=base_id, email=body["email"], role=body["role"], token_hash=hash_secret(token),
            invited_by=principal.user_id, created_at=now, expires_at=now + dt.timedelta(days=body["days"]))
            .returning(i.c.id)).scalar_one()
        base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == base_id)).scalar_one()
    link = invitation_link(token)
    emailed = mail.queue_mail(mail.Mail(
        to=body["email"], subject=f"{principal.name or principal.email} invited you to {base_name!r} on Tablo",
        text=(f"{principal.name or principal.email} invited you to the base {base_name!r} as {body['role']}.\n\n"
              f"Open this link to join (valid for {body['days']} days):\n{link}\n")))
    return {"invitation": {"id": inv_id, "email": body["email"], "role": body["role"],
                           "expires_at": _iso(now + dt.timedelta(days=body["days"]))},
            "token": token, "link": link, "emailed": emailed}, 201


@route("/bases/{base_id}/invitations/{invitation_id}", "DELETE", "Revoke an invitation", "members")
def revoke_invitation(principal: Principal, base_id: int, invitation_id: int) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    i = cat.invitations
    with state().db.write() as conn:
        res = conn.execute(sa.update(i).where(i.c.id == invitation_id, i.c.base_id == base_id,
                                              i.c.accepted_at.is_(None), i.c.revoked_at.is_(None))
                           .values(revoked_at=_now()))
    if res.rowcount != 1:
        raise not_found("This invitation does not exist.")
    return {"ok": True}


def _open_invitation(conn: sa.Connection, token: str) -> Any:
    i, b = cat.invitations, cat.bases
    row = conn.execute(sa.select(i, b.c.name.label("base_name")).join(b, b.c.id == i.c.base_id)
                       .where(i.c.token_hash == hash_secret(token), b.c.deleted_at.is_(None))).first()
    if row is None or row.revoked_at is not None:
        raise not_found("This invitation does not exist or was withdrawn.")
    if row.accepted_at is not None:
        raise ApiError(410, "invitation_used", "This invitation has already been used.")
    if row.expires_at <= _now():
        raise ApiError(410, "invitation_expired", "This invitation has expired; ask for a new one.")
    return row


@route("/invitations/{token}", "GET", "What an invitation link is for (no log-in needed)", "members", auth=False,
       responses={404: "no such invitation", 410: "used or expired"})
def show_invitation(token: str) -> Any:
    with state().db.read() as conn:
        row = _open_invitation(conn, token)
        by = conn.execute(sa.select(cat.users.c.name, cat.users.c.email)
                          .where(cat.users.c.id == row.invited_by)).first()
        has_account = conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == row.email)).first() is not None
    return {"base": {"id": row.base_id, "name": row.base_name}, "email": row.email, "role": row.role,
            "invited_by": {"name": by.name, "email": by.email} if by else None,
            "expires_at": _iso(row.expires_at), "has_account": has_account}


def _accept(conn: sa.Connection, row: Any, user_id: int) -> str:
    """Make the user a member (a higher existing role is kept) and use up the invitation."""
    i, m = cat.invitations, cat.base_members
    used = conn.execute(sa.update(i).where(i.c.id == row.id, i.c.accepted_at.is_(None))
                        .values(accepted_at=_now(), accepted_by=user_id))
    if used.rowcount != 1:
        raise ApiError(410, "invitation_used", "This invitation has already been used.")
    cur = _role_of(conn, row.base_id, user_id)
    from server.catalog.roles import RANK

    if cur is None:
        conn.execute(sa.insert(m).values(base_id=row.base_id, user_id=user_id, role=row.role))
        return row.role
    if RANK[row.role] > RANK[cur]:
        conn.execute(sa.update(m).where(m.c.base_id == row.base_id, m.c.user_id == user_id).values(role=row.role))
        return row.role
    return cur


@route("/invitations/{token}/accept", "POST", "Accept an invitation as the logged-in user (whose email must be "
       "the invited one)", "members",
       responses={403: "logged in with another email", 404: "no such invitation", 410: "used or expired"})
def accept_invitation(principal: Principal, token: str) -> Any:
    _no_token(principal)
    with state().db.write() as conn:
        row = _open_invitation(conn, token)
        # The link is a secret mailed to one address; whoever else holds it (a forwarded mail, a
        # shared screen) must not get in with it. docs/decisions/0029-account-security.md
        if principal.email.lower() != row.email:
            raise ApiError(403, "wrong_account", f"This invitation was sent to {row.email}; "
                           "log in with that address to accept it.")
        role = _accept(conn, row, principal.user_id)
    publish({"kind": "membership", "base_id": row.base_id, "user_id": principal.user_id, "role": role})
    return {"base_id": row.base_id, "role": role}


@route("/invitations/{token}/signup", "POST",
       "Create an account from an invitation (works while open sign-up is off), join the base and log in",
       "members", body=InvitationSignup, auth=False, responses={201: "account created and invitation accepted"})
def signup_with_invitation(token: str, body: dict) -> Any:
    from server.api.auth import _user_json, _with_session

    with state().db.write() as conn:
        row = _open_invitation(conn, token)
        # The link was mailed to this address: it may open an account for it and no other.
        if body["email"] != row.email:
            raise invalid("sign up with the email address the invitation was sent to", {"email": ["not invited"]})
        user_id = create_user(conn, body["email"], body["password"], body["name"])
        role = _accept(conn, row, user_id)
        user = _user_json(conn, user_id)
    publish({"kind": "membership", "base_id": row.base_id, "user_id": user_id, "role": role})
    return _with_session({"user": user, "base_id": row.base_id, "role": role}, user_id, 201)


# -- table and column permissions ---------------------------------------------------------------
@route("/tables/{table_id}/permissions", "GET",
       "Who may add, edit and delete rows of a table, and who may edit which columns", "members")
def get_permissions(principal: Principal, table_id: int) -> Any:
    base_id, _ = table_access(principal, table_id)
    st = state()
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        return table_permissions_json(conn, table)


@route("/tables/{table_id}/permissions", "PATCH",
       "Set who may add / edit / delete rows (mode editors or named) and who may edit a column's cells",
       "members", body=PermissionsBody)
def patch_permissions(principal: Principal, table_id: int, body: dict) -> Any:
    _no_token(principal)
    base_id, _ = table_access(principal, table_id, "owner")
    st = state()
    with st.db.write() as conn:
        table = st.schema_cache.get(conn, base_id).table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        member_ids = {m["id"] for m in _members(conn, base_id)}
        errors: dict[str, list[str]] = {}
        columns: dict[int, dict] = {}
        for op, rule in (body.get("rows") or {}).items():
            bad = [u for u in rule["user_ids"] if u not in member_ids]
            if bad:
                errors[f"rows.{op}.user_ids"] = [f"not members of this base: {bad}"]
        for key, rule in (body.get("columns") or {}).items():
            col = table.resolve_key(key)
            if col is None:
                errors[f"columns.{key}"] = ["no such column"]
                continue
            bad = [u for u in rule["user_ids"] if u not in member_ids]
            if bad:
                errors[f"columns.{key}.user_ids"] = [f"not members of this base: {bad}"]
            columns[col.id] = rule
        if errors:
            first, msgs = next(iter(errors.items()))
            raise invalid(f"permissions not saved: {first}: {msgs[0]}", errors)
        save_table_permissions(conn, base_id, table, body.get("rows"), columns)
        out = table_permissions_json(conn, table)
    signals.publish({"kind": "permissions", "base_id": base_id, "table_id": table_id})
    return out

