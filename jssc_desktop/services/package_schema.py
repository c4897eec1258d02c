"""The JSON Schema check of a package's ``data.json`` (``resources/schema/``).

Two checks of the same keywords (``type``, ``required``, ``properties``,
``additionalProperties``, ``items``, ``enum``, ``const``, ``pattern``, ``minimum``, ``maximum``,
``minLength``, ``maxLength``, ``oneOf``, ``$ref``), with the same meaning:

- :func:`compiled`: the schema turned once into nested Python closures that only answer valid or
  not (no messages, no paths built): every package received goes through it.
- :func:`problems`: a small interpreter that names every place the data breaks the schema, in
  Indonesian (``data.summary.admitted: kurang dari 0``): run only for data the compiled check
  refused, to say why.

:func:`validate` runs the first and, when it refuses, the second. The tests check both against
each other on many broken variants of a real package, and against the reference ``jsonschema``
library.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

#: JSON Schema types as the exact Python types ``json.loads`` gives (a bool is not a number).
_TYPES: dict[str, frozenset[type]] = {
    "object": frozenset({dict}), "array": frozenset({list}), "string": frozenset({str}),
    "integer": frozenset({int}), "number": frozenset({int, float}),
    "boolean": frozenset({bool}), "null": frozenset({type(None)}),
}
_NUMBER = _TYPES["number"]
_allowed: dict[str, frozenset[type]] = {}
#: id(schema) → (the schema itself, kept so its id is not reused; its compiled check)
_compiled: dict[int, tuple[dict[str, Any], Check]] = {}


def _allowed_types(spec: str | list[str]) -> frozenset[type]:
    key = spec if isinstance(spec, str) else "|".join(spec)
    found = _allowed.get(key)
    if found is None:
        names = [spec] if isinstance(spec, str) else spec
        found = _allowed[key] = frozenset().union(*(_TYPES[n] for n in names))
    return found


def validate(value: Any, schema: dict[str, Any]) -> list[str]:
    """Every place ``value`` breaks ``schema``; empty when it is valid."""
    if compiled(schema)(value):
        return []
    found = problems(value, schema)
    # the two checks agree (tested); should they ever not, the data is refused all the same
    return found or ["data: bentuk nilai tidak dikenali"]


# ------------------------------------------------------------------------- the compiled check


def compiled(schema: dict[str, Any]) -> Check:
    """The schema as one function ``value → valid?``, made once per schema object."""
    found = _compiled.get(id(schema))
    if found is None or found[0] is not schema:
        found = _compiled[id(schema)] = (schema, _compile(schema, schema, {}))
    return found[1]


def _resolve(root: dict[str, Any], ref: str) -> Any:
    """The part of ``root`` a ``$ref`` names (the object itself: compiled checks are memoised
    by its id while ``root`` keeps it alive)."""
    target: Any = root
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return target


def _compile(schema: dict[str, Any], root: dict[str, Any], memo: dict[int, Check]) -> Check:
    key = id(schema)
    if key in memo:
        return memo[key]
    if "$ref" in schema:
        fn = _compile(_resolve(root, str(schema["$ref"])), root, memo)
    elif "oneOf" in schema:
        fn = _one_of([_compile(s, root, memo) for s in schema["oneOf"]])
    else:
        fn = _plain(schema, root, memo)
    memo[key] = fn
    return fn


def _one_of(subs: list[Check]) -> Check:
    def check(value: Any) -> bool:
        return sum(1 for sub in subs if sub(value)) == 1
    return check


def _plain(schema: dict[str, Any], root: dict[str, Any], memo: dict[int, Check]) -> Check:
    has_const, const = "const" in schema, schema.get("const")
    enum = schema.get("enum")
    allowed = _allowed_types(schema["type"]) if "type" in schema else None
    plain = not has_const and enum is None
    if plain and allowed == _TYPES["object"]:
        # the shape almost every value has: one call checks a typed object and its members
        whole = _object(schema, root, memo, typed=True)
        if whole is not None:
            return whole
    on_dict, on_list = _object(schema, root, memo), _array(schema, root, memo)
    on_str, on_number = _string(schema), _number(schema)
    if plain and allowed == _TYPES["array"] and on_list is not None:
        return lambda value: type(value) is list and on_list(value)
    inner = _inside(on_dict, on_list, on_str, on_number)
    if not has_const and enum is None and inner is None:
        if allowed is None:
            return lambda value: True
        return lambda value: type(value) in allowed

    def check(value: Any) -> bool:
        if has_const and value != const:
            return False
        if enum is not None and value not in enum:
            return False
        if allowed is not None and type(value) not in allowed:
            return False
        return inner is None or inner(value)
    return check


def _inside(on_dict: Check | None, on_list: Check | None, on_str: Check | None,
            on_number: Check | None) -> Check | None:
    """What ``problems`` checks inside a value of each type, or None when nothing applies."""
    if on_dict is on_list is on_str is on_number is None:
        return None

    def check(value: Any) -> bool:
        if isinstance(value, dict):
            return on_dict is None or on_dict(value)
        if isinstance(value, list):
            return on_list is None or on_list(value)
        if isinstance(value, str):
            return on_str is None or on_str(value)
        if type(value) in _NUMBER:
            return on_number is None or on_number(value)
        return True
    return check


def _typed_array(sub: dict[str, Any]) -> bool:
    """``{"type": "array", "items": {"type": …}}``: checked inline by its object."""
    return sub.keys() == {"type", "items"} and sub["type"] == "array" and \
        isinstance(sub["items"], dict) and sub["items"].keys() == {"type"}


def _object(schema: dict[str, Any], root: dict[str, Any], memo: dict[int, Check], *,
            typed: bool = False) -> Check | None:
    """The check of an object's members; with ``typed`` also that the value is an object
    (one call for the commonest shape). Members that only have a type, and arrays whose
    items only have a type, are checked inline, without a call of their own."""
    props: dict[str, Any] = schema.get("properties", {})
    required = frozenset(schema.get("required", []))
    closed = frozenset(props) if schema.get("additionalProperties") is False else None
    simple = tuple((k, _allowed_types(sub["type"])) for k, sub in props.items()
                   if sub.keys() == {"type"})
    arrays = tuple((k, _allowed_types(sub["items"]["type"])) for k, sub in props.items()
                   if _typed_array(sub))
    nested = tuple((k, _compile(sub, root, memo)) for k, sub in props.items()
                   if sub.keys() != {"type"} and not _typed_array(sub))
    if not (props or required or closed is not None):
        return None

    def check(value: dict[str, Any]) -> bool:
        if typed and type(value) is not dict:
            return False
        keys = value.keys()
        if not required <= keys or (closed is not None and not keys <= closed):
            return False
        for k, allowed in simple:
            if k in value and type(value[k]) not in allowed:
                return False
        for k, allowed in arrays:
            if k in value:
                items = value[k]
                if type(items) is not list or not allowed.issuperset(map(type, items)):
                    return False
        for k, fn in nested:  # noqa: SIM110 (a plain loop: no generator per object)
            if k in value and not fn(value[k]):
                return False
        return True
    return check


def _array(schema: dict[str, Any], root: dict[str, Any],
           memo: dict[int, Check]) -> Check | None:
    items = schema.get("items")
    if items is None:
        return None
    if items.keys() == {"type"}:
        allowed = _allowed_types(items["type"])
        return lambda value: allowed.issuperset(map(type, value))
    fn = _compile(items, root, memo)
    return lambda value: all(map(fn, value))


def _string(schema: dict[str, Any]) -> Check | None:
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if pattern is None and not low and high is None:
        return None

    def check(value: str) -> bool:
        if pattern is not None and not pattern.search(value):
            return False
        return low <= len(value) and (high is None or len(value) <= high)
    return check


def _number(schema: dict[str, Any]) -> Check | None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None and high is None:
        return None
    return lambda value: (low is None or value >= low) and (high is None or value <= high)


# ------------------------------------------------------------------ the interpreter (messages)


def problems(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None,
             where: str = "data") -> list[str]:
    """Every place ``value`` breaks ``schema`` (the keywords listed in the module docstring)."""
    root = root if root is not None else schema
    if "$ref" in schema:
        return problems(value, _resolve(root, str(schema["$ref"])), root, where)
    if "oneOf" in schema:
        matching = [s for s in schema["oneOf"] if not problems(value, s, root, where)]
        return [] if len(matching) == 1 else [f"{where}: bentuk nilai tidak dikenali"]
    if "const" in schema and value != schema["const"]:
        return [f"{where}: harus {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: nilai {value!r} tidak dikenal"]
    if "type" in schema and type(value) not in _allowed_types(schema["type"]):
        return [f"{where}: jenis nilai salah"]
    return _problems_inside(value, schema, root, where)


def _problems_inside(value: Any, schema: dict[str, Any], root: dict[str, Any],
                     where: str) -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        props: dict[str, Any] = schema.get("properties", {})
        found += [f"{where}.{k}: wajib ada" for k in schema.get("required", [])
                  if k not in value]
        if schema.get("additionalProperties") is False:
            found += [f"{where}.{k}: tidak dikenal" for k in value if k not in props]
        for k, sub in props.items():
            if k in value:
                found += problems(value[k], sub, root, f"{where}.{k}")
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found += problems(item, schema["items"], root, f"{where}[{i}]")
    elif isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: format salah")
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength",
                                                                              len(value)):
            found.append(f"{where}: panjang teks salah")
    elif type(value) in _NUMBER:
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where}: kurang dari {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where}: lebih dari {schema['maximum']}")
    return found
