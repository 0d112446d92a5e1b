"""Dotted paths into nested dicts ("order.received_date"): the one walker every module uses."""

from __future__ import annotations


def get(node: object, path: str) -> object:
    """The value at `path`, or None where the path leaves the dicts."""
    value, _ = lookup(node, path)
    return value


def lookup(node: object, path: str) -> tuple[object, str | None]:
    """The value at `path`, and the path of a non-object met on the way (if any)."""
    parts = path.split(".")
    for i, key in enumerate(parts):
        if node is None:
            return None, None
        if not isinstance(node, dict):
            return None, ".".join(parts[:i]) or "draft"
        node = node.get(key)
    return node, None


def put(root: dict, path: str, value: object) -> None:
    """Set `path` in `root`, making the dicts on the way."""
    *parents, leaf = path.split(".")
    node = root
    for key in parents:
        node = node.setdefault(key, {})
    node[leaf] = value


def flatten(node: dict, prefix: str = "") -> list[tuple[str, object]]:
    """(path, value) for every leaf that is not a dict, in the dict's order."""
    out: list[tuple[str, object]] = []
    for key, value in node.items():
        if isinstance(value, dict):
            out += flatten(value, prefix + key + ".")
        else:
            out.append((prefix + key, value))
    return out
