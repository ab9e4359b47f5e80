"""`tumorboard users list|add|set-role|disable|enable|me`: who may do what on this board (admin only,
except `me`). Refusals exit 2 with the action and the role it needs."""

from __future__ import annotations

import argparse

from tumorboard.services.permissions import ROLE_ORDER, ROLE_WORDS

from .common import open_workspace, pad, print_json, reader_may_stop

ROLES = [r.value for r in ROLE_ORDER]
ROLE_HELP = "; ".join(f"{r.value}: {ROLE_WORDS[r]}" for r in ROLE_ORDER)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser(
        "users", help="who may do what on this board (admin only, except `users me`)",
        description=f"Users are the accounts that log on (OS account, or PostgreSQL login). Roles: {ROLE_HELP}. "
        "An account not listed acts as a viewer.",
    ).add_subparsers(dest="users_command", metavar="ACTION")
    users.required = True

    p = users.add_parser("list", help="every listed account with its role")
    p.add_argument("--json", action="store_true", help="machine-readable: a JSON list")
    p.set_defaults(func=cmd_list)

    p = users.add_parser("add", help="list an account with a role")
    p.add_argument("identity", metavar="ACCOUNT", help="the login name (OS account or PostgreSQL login)")
    p.add_argument("--role", required=True, metavar="ROLE", help=f"one of {', '.join(ROLES)}")
    p.add_argument("--name", default="", metavar="TEXT", help="the name shown (e.g. 'Dr. Ana Lima')")
    p.set_defaults(func=cmd_add)

    p = users.add_parser("set-role", help="change an account's role")
    p.add_argument("identity", metavar="ACCOUNT", help="the login name (OS account or PostgreSQL login)")
    p.add_argument("role", metavar="ROLE", help=f"one of {', '.join(ROLES)}")
    p.set_defaults(func=cmd_set_role)

    p = users.add_parser("disable", help="an account that may do nothing on this board any more")
    p.add_argument("identity", metavar="ACCOUNT", help="the login name as `users list` shows it")
    p.set_defaults(func=cmd_disable)

    p = users.add_parser("enable", help="allow a disabled account again (with its role)")
    p.add_argument("identity", metavar="ACCOUNT", help="the login name as `users list` shows it")
    p.set_defaults(func=cmd_enable)

    p = users.add_parser("me", help="who this program says you are, and your role")
    p.set_defaults(func=cmd_me)


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.users.list()
    if args.json:
        print_json(rows)
        return 0
    with reader_may_stop():
        for u in rows:
            state = "" if u.active else "disabled"
            print(f"{pad(u.identity, 24)} {u.role.value:<12} {pad(u.display_name, 28)} {state}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        u = ws.users.add(args.identity, args.role, args.name)
    print(f"{u.identity} added as {u.role.value}")
    return 0


def cmd_set_role(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        u = ws.users.set_role(args.identity, args.role)
    print(f"{u.identity} is now {u.role.value}")
    return 0


def cmd_disable(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        u = ws.users.disable(args.identity)
    print(f"{u.identity} disabled (may do nothing on this board)")
    return 0


def cmd_enable(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        u = ws.users.enable(args.identity)
    print(f"{u.identity} enabled as {u.role.value}")
    return 0


def cmd_me(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = ws.user
        location = ws.location
    if me.role is None:
        role = "disabled (may do nothing here)"
    elif not me.registered:
        role = "viewer (not listed: an admin can assign a role with `tumorboard users set-role`/`add`)"
    else:
        role = me.role.value
    print(f"{me.identity}{f' ({me.display_name})' if me.display_name else ''}: {role}\n{location}")
    return 0
