"""Qt translations of the window: Indonesian source texts, English translation.

    python tools/translations.py update    # collect the texts into jssc_en.ts
    python tools/translations.py release   # compile jssc_en.ts into jssc_en.qm (loaded by the app)
    python tools/translations.py check     # count unfinished texts; exit status 1 if any

``update`` runs Qt's ``lupdate`` (shipped with PySide6) over ``jssc_desktop/app.py``, the field
registry ``jssc_desktop/domain/fields.py`` (its labels carry ``QT_TRANSLATE_NOOP`` markers) and
every ``.py`` file under ``jssc_desktop/ui/``. Existing translations are kept; texts that left the
code are marked obsolete ("vanished") rather than deleted.

lupdate only understands ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
``QT_TRANSLATE_NOOP`` with literal text. The window also translates through small helpers (such as
``ui.widgets.tr(text)`` or a page module's ``t(text)``, any function that just returns
``QCoreApplication.translate(…)`` or another such helper) and through module constants
(``self.tr(STEP_LABELS[status])``). Those calls are found here with :mod:`ast`, written to a
temporary file as ``QCoreApplication.translate("Context", "…")`` lines and passed to lupdate with
the real sources; their locations in the ``.ts`` file are then pointed back at the real code, and
what lupdate misread at those calls is dropped. Texts that cannot be known before the program
runs (f-strings, values computed at run time) are reported by ``update`` and ``check``.

The ``.ts`` file is the only place where translations live; edit it with Qt Linguist
(``pyside6-linguist``) or any XML-aware script. Works on Windows and Linux.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "jssc_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "id"
#: Shipped translations: language code -> lupdate target language.
LANGUAGES = {"en": "en"}
SHIM_NAME = "_jssc_extra_texts.py"
#: lupdate's markers for texts translated later: name -> index of the text argument.
NOOP_MARKERS = {"QT_TRANSLATE_NOOP": 1, "QT_TRANSLATE_NOOP3": 1, "QT_TR_NOOP": 0,
                "QT_TRANSLATE_NOOP_UTF8": 1, "QT_TR_NOOP_UTF8": 0}
OBSOLETE_TYPES = ("obsolete", "vanished")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"jssc_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"jssc_{language}.qm"


def source_files() -> list[Path]:
    """The Python files whose visible texts are translated."""
    files = [PACKAGE / "app.py", PACKAGE / "domain" / "fields.py"]
    files += sorted(p for p in (PACKAGE / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return [p for p in files if p.is_file()]


# ----------------------------------------------------------------------------------- Qt tools


def qt_tool(name: str) -> list[str]:
    """The command that runs PySide6's ``lupdate``/``lrelease`` from this Python environment."""
    windows = sys.platform == "win32"
    suffix = ".exe" if windows else ""
    here = Path(sys.executable).parent
    for folder in (here, here / "Scripts", here / "bin"):
        candidate = folder / f"pyside6-{name}{suffix}"
        if candidate.is_file():
            return [str(candidate)]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        binary = package / f"{name}{suffix}"
        if binary.is_file():
            return [str(binary)]
        script = (f"import sys; from PySide6.scripts.pyside_tool import {name}; "
                  f"sys.argv[0] = 'pyside6-{name}'; {name}()")
        return [sys.executable, "-c", script]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return [found]
    raise SystemExit(f"pyside6-{name} not found: install PySide6 in this Python environment")


def run_tool(name: str, args: list[str], quiet: bool = False) -> None:
    command = qt_tool(name) + args
    result = subprocess.run(command, check=False, capture_output=True, text=True,
                            encoding="utf-8", errors="replace")
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"{name} failed ({result.returncode}):\n{output}")
    if quiet:
        output = "\n".join(line for line in output.splitlines()
                           if "warning" in line.lower() or "error" in line.lower())
    if output:
        print(output)


# ------------------------------------------------------------------------------ .ts reading


def load_ts(path: Path) -> ET.ElementTree[ET.Element]:
    return ET.parse(path)


def _root(tree: ET.ElementTree[ET.Element]) -> ET.Element:
    root = tree.getroot()
    if root is None:
        raise ValueError("empty .ts file")
    return root


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _attrs(element: ET.Element) -> str:
    return "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())


def _write_element(element: ET.Element, indent: int, out: list[str]) -> None:
    pad = " " * indent
    children = list(element)
    if children:
        out.append(f"{pad}<{element.tag}{_attrs(element)}>")
        for child in children:
            _write_element(child, indent + 4, out)
        out.append(f"{pad}</{element.tag}>")
    elif element.tag == "location":
        out.append(f"{pad}<{element.tag}{_attrs(element)}/>")
    else:
        out.append(f"{pad}<{element.tag}{_attrs(element)}>{_escape(element.text or '')}"
                   f"</{element.tag}>")


def save_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """Write a .ts file in the layout lupdate and Qt Linguist write, so diffs stay small."""
    root = _root(tree)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f"<TS{_attrs(root)}>"]
    for context in root:
        out.append(f"<{context.tag}{_attrs(context)}>")
        for child in context:
            _write_element(child, 4, out)
        out.append(f"</{context.tag}>")
    out.append("</TS>")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(out) + "\n", encoding="utf-8", newline="\n")
    os.replace(tmp, path)


@dataclass
class Message:
    context: str
    source: str
    comment: str | None
    translation: str
    numerus: bool
    state: str  # "finished", "unfinished" or "obsolete"
    element: ET.Element

    @property
    def forms(self) -> list[str]:
        node = self.element.find("translation")
        if node is None:
            return []
        if self.numerus:
            return [f.text or "" for f in node.findall("numerusform")]
        return [node.text or ""]


def messages(tree: ET.ElementTree[ET.Element]) -> Iterator[Message]:
    for context in _root(tree).findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            node = message.find("translation")
            kind = node.get("type") if node is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if kind in OBSOLETE_TYPES:
                state = "obsolete"
            elif kind == "unfinished":
                state = "unfinished"
            else:
                state = "finished"
            text = ""
            if node is not None:
                text = (" | ".join(f.text or "" for f in node.findall("numerusform"))
                        if numerus else (node.text or ""))
            yield Message(name, message.findtext("source") or "", message.findtext("comment"),
                          text, numerus, state, message)


def set_translation(message: Message, text: str | list[str]) -> None:
    """Give a message its translation and mark it finished."""
    node = message.element.find("translation")
    if node is None:
        node = ET.SubElement(message.element, "translation")
    if message.numerus:
        forms = [text] if isinstance(text, str) else list(text)
        for old in list(node):
            node.remove(old)
        for form in forms:
            ET.SubElement(node, "numerusform").text = form
        node.text = None
    else:
        node.text = text if isinstance(text, str) else text[0]
    node.attrib.pop("type", None)
    message.state = "finished"
    message.translation = text if isinstance(text, str) else " | ".join(text)


# --------------------------------------------------------------------------- source scanning


@dataclass(frozen=True)
class Wrapper:
    """A function that translates its ``text_index`` argument in a known context."""

    text_index: int
    context_index: int | None
    default_context: str | None


@dataclass(frozen=True)
class Extra:
    context: str
    text: str
    file: Path
    line: int


@dataclass
class ScanResult:
    extras: list[Extra] = field(default_factory=list)
    #: (file, line) of every line of those calls: what lupdate found there is dropped.
    wrapper_sites: set[tuple[Path, int]] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


def _relative(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


class _Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.constants: dict[str, ast.expr] = {}
        self.imports: dict[str, tuple[Path, str]] = {}
        #: "from . import widgets": widgets -> jssc_desktop/ui/widgets.py
        self.module_imports: dict[str, Path] = {}
        self.functions: dict[str, ast.FunctionDef] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.constants[target.id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                if node.value is not None:
                    self.constants[node.target.id] = node.value
            elif isinstance(node, ast.FunctionDef):
                self.functions[node.name] = node
        # Imports inside functions count too ("from .widgets import tr" in a function body).
        for item in ast.walk(self.tree):
            if isinstance(item, ast.ImportFrom):
                source = self._module_file(item)
                for alias in item.names:
                    submodule = self._module_file(item, alias.name)
                    if submodule is not None:
                        self.module_imports[alias.asname or alias.name] = submodule
                    elif source is not None:
                        self.imports[alias.asname or alias.name] = (source, alias.name)

    def _module_file(self, node: ast.ImportFrom, submodule: str | None = None) -> Path | None:
        if node.level:
            base = self.path.parent
            for _ in range(node.level - 1):
                base = base.parent
        elif node.module and node.module.split(".")[0] == PACKAGE.name:
            base = ROOT
        else:
            return None
        parts = node.module.split(".") if node.module else []
        if submodule is not None:
            parts.append(submodule)
        if not parts:
            return None
        candidate = base.joinpath(*parts)
        for option in (candidate.with_suffix(".py"), candidate / "__init__.py"):
            if option.is_file():
                return option
        return None


class Scanner:
    """Finds translated texts that lupdate cannot see (see the module docstring)."""

    def __init__(self) -> None:
        self._modules: dict[Path, _Module] = {}
        self._wrappers: dict[tuple[Path, str], Wrapper | None] = {}
        #: text -> contexts of the QT_TRANSLATE_NOOP markers it was found in
        self.noop_contexts: dict[str, set[str]] = {}

    def module(self, path: Path) -> _Module | None:
        path = path.resolve()
        if path not in self._modules:
            try:
                self._modules[path] = _Module(path)
            except (OSError, SyntaxError):
                return None
        return self._modules[path]

    # -- helpers defined as "return tr(text, 'Ctx')" or "return QCoreApplication.translate(...)"

    def callee(self, module: _Module, func: ast.expr) -> tuple[_Module, str] | None:
        """The module function a call names: ``tr(…)`` or ``widgets.tr(…)``."""
        if isinstance(func, ast.Name):
            return module, func.id
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id in module.module_imports:
            other = self.module(module.module_imports[func.value.id])
            if other is not None:
                return other, func.attr
        return None

    def call_wrapper(self, module: _Module, func: ast.expr,
                     depth: int = 0) -> Wrapper | None:
        target = self.callee(module, func)
        return self.wrapper(target[0], target[1], depth) if target else None

    def text_constant(self, module: _Module, node: ast.expr | None) -> str | None:
        """A literal string, or the name of a module constant holding one."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            value = self._constant(module, node.id)
            if value is not None and isinstance(value[1], ast.Constant) \
                    and isinstance(value[1].value, str):
                return value[1].value
        return None

    def wrapper(self, module: _Module, name: str, depth: int = 0) -> Wrapper | None:
        if depth > 5:
            return None
        if name in module.imports:
            target, original = module.imports[name]
            other = self.module(target)
            return self.wrapper(other, original, depth + 1) if other else None
        key = (module.path, name)
        if key not in self._wrappers:
            self._wrappers[key] = None  # no recursion through itself
            self._wrappers[key] = self._wrapper_of(module, name, depth)
        return self._wrappers[key]

    def _wrapper_of(self, module: _Module, name: str, depth: int) -> Wrapper | None:
        function = module.functions.get(name)
        if function is None:
            return None
        body = [n for n in function.body
                if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        call = body[0].value
        if not isinstance(call, ast.Call):
            return None
        params = [a.arg for a in function.args.args]
        defaults = dict(zip(reversed(params), reversed(function.args.defaults), strict=False))

        def param_index(node: ast.expr) -> int | None:
            if isinstance(node, ast.Name) and node.id in params:
                return params.index(node.id)
            return None

        def literal(node: ast.expr | None) -> str | None:
            if isinstance(node, ast.Name) and node.id in params:
                return None
            return self.text_constant(module, node)

        if _is_qt_translate(call.func) and len(call.args) >= 2:
            text_index = param_index(call.args[1])
            if text_index is None:
                return None
            context = literal(call.args[0])
            if context is not None:
                return Wrapper(text_index, None, context)
            context_index = param_index(call.args[0])
            if context_index is None:
                return None
            return Wrapper(text_index, context_index,
                           literal(defaults.get(params[context_index])))
        if call.args:
            inner = self.call_wrapper(module, call.func, depth + 1)
            if inner is None or inner.text_index >= len(call.args):
                return None
            text_index = param_index(call.args[inner.text_index])
            if text_index is None:
                return None
            if inner.context_index is None:
                return Wrapper(text_index, None, inner.default_context)
            if inner.context_index < len(call.args):
                context_node = call.args[inner.context_index]
                context = literal(context_node)
                if context is not None:
                    return Wrapper(text_index, None, context)
                context_index = param_index(context_node)
                if context_index is None:
                    return None
                return Wrapper(text_index, context_index,
                               literal(defaults.get(params[context_index])))
            return Wrapper(text_index, None, inner.default_context)
        return None

    # -- the text of a call: a literal, or the literal values of module constants

    def strings(self, module: _Module, node: ast.expr, scope: list[ast.AST],
                depth: int = 0) -> list[str] | None:
        """All texts ``node`` can evaluate to, or None when they cannot be known in advance."""
        if depth > 8:
            return None
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in NOOP_MARKERS:
            # QT_TRANSLATE_NOOP("Context", "text") marks a text for lupdate and returns it.
            index = NOOP_MARKERS[node.func.id]
            if len(node.args) <= index:
                return None
            text = self.text_constant(module, node.args[index])
            if text is None:
                return None
            if index == 1:
                self.noop_contexts.setdefault(text, set()).add(
                    self.text_constant(module, node.args[0]) or "")
            return [text]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.strings(module, node.left, scope, depth + 1)
            right = self.strings(module, node.right, scope, depth + 1)
            if left is None or right is None:
                return None
            return [a + b for a in left for b in right]
        if isinstance(node, ast.IfExp):
            return self._union(module, [node.body, node.orelse], scope, depth)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return self._union(module, node.elts, scope, depth)
        if isinstance(node, ast.Dict):
            return self._union(module, node.values, scope, depth)
        if isinstance(node, ast.Subscript):
            return self._container_values(module, node.value, scope, depth)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get"):
            values = self._container_values(module, node.func.value, scope, depth)
            if values is not None and len(node.args) > 1:
                # A default computed at run time (a vocabulary name) is data, not UI text.
                values += self.strings(module, node.args[1], scope, depth + 1) or []
            return values
        if isinstance(node, ast.Name):
            loop = self._loop_values(module, node.id, scope, depth)
            if loop is not None:
                return loop
            value = self._constant(module, node.id)
            if value is not None:
                owner, expr = value
                return self.strings(owner, expr, [], depth + 1)
        return None

    def _union(self, module: _Module, nodes: Iterable[ast.expr], scope: list[ast.AST],
               depth: int) -> list[str] | None:
        found: list[str] = []
        for item in nodes:
            values = self.strings(module, item, scope, depth + 1)
            if values is None:
                return None
            found += values
        return found

    def _container_values(self, module: _Module, node: ast.expr, scope: list[ast.AST],
                          depth: int) -> list[str] | None:
        if isinstance(node, ast.Name):
            value = self._constant(module, node.id)
            if value is None:
                return None
            owner, expr = value
            return self.strings(owner, expr, [], depth + 1)
        return self.strings(module, node, scope, depth + 1)

    def _constant(self, module: _Module, name: str,
                  depth: int = 0) -> tuple[_Module, ast.expr] | None:
        if name in module.constants:
            return module, module.constants[name]
        if name in module.imports and depth < 5:
            target, original = module.imports[name]
            other = self.module(target)
            if other is not None:
                return self._constant(other, original, depth + 1)
        return None

    def _loop_values(self, module: _Module, name: str, scope: list[ast.AST],
                     depth: int) -> list[str] | None:
        """``for _code, name in STATES: self.tr(name)``: the texts in STATES."""
        for holder in reversed(scope):
            for node in ast.walk(holder):
                if not isinstance(node, (ast.For, ast.comprehension)):
                    continue
                target = node.target
                if isinstance(target, ast.Name) and target.id == name:
                    return self.strings(module, node.iter, scope, depth + 1)
                if isinstance(target, ast.Tuple):
                    names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
                    if name in names:
                        return self._column(module, node.iter, names.index(name), depth)
        return None

    def _column(self, module: _Module, node: ast.expr, index: int,
                depth: int) -> list[str] | None:
        if isinstance(node, ast.Name):
            value = self._constant(module, node.id)
            if value is None:
                return None
            module, node = value
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "items" and index in (0, 1):
            owner = node.func.value
            if isinstance(owner, ast.Name):
                value = self._constant(module, owner.id)
                if value is None:
                    return None
                module, owner = value
            if isinstance(owner, ast.Dict):
                items = owner.keys if index == 0 else owner.values
                return self._union(module, [i for i in items if i is not None], [], depth)
            return None
        if isinstance(node, (ast.List, ast.Tuple)):
            found: list[str] = []
            for row in node.elts:
                if not isinstance(row, (ast.Tuple, ast.List)) or index >= len(row.elts):
                    return None
                values = self.strings(module, row.elts[index], [], depth + 1)
                if values is None:
                    return None
                found += values
            return found
        return None

    # -- the walk

    def scan(self, files: Iterable[Path]) -> ScanResult:
        result = ScanResult()
        for path in files:
            module = self.module(path)
            if module is None:
                result.warnings.append(f"{_relative(path)}: cannot be parsed")
                continue
            self._visit(module, module.tree, [], None, None, result)
        return result

    def _visit(self, module: _Module, node: ast.AST, scope: list[ast.AST], klass: str | None,
               function: str | None, result: ScanResult) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._visit(module, child, scope + [child], child.name, None, result)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if scope == [] and self.wrapper(module, child.name) is not None:
                    continue  # the helper itself translates a variable on purpose
                self._visit(module, child, scope + [child], klass, child.name, result)
            else:
                if isinstance(child, ast.Call):
                    self._call(module, child, scope, klass, result)
                self._visit(module, child, scope, klass, function, result)

    def _call(self, module: _Module, call: ast.Call, scope: list[ast.AST], klass: str | None,
              result: ScanResult) -> None:
        where = f"{_relative(module.path)}:{call.lineno}"
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(
                func.value, ast.Name) and func.value.id in ("self", "cls"):
            if not call.args:
                return
            text = call.args[0]
            if _is_literal(text):
                return  # lupdate reads it
            if klass is None:
                result.warnings.append(f"{where}: self.tr() outside a class")
                return
            self._dynamic(module, text, scope, klass, call, where, result)
            return
        if _is_qt_translate(func) or (isinstance(func, ast.Name) and func.id == "translate"):
            if len(call.args) < 2:
                return
            context_node, text = call.args[0], call.args[1]
            if not (isinstance(context_node, ast.Constant) and isinstance(context_node.value,
                                                                          str)):
                result.warnings.append(f"{where}: translation context is not a literal")
                return
            if _is_literal(text):
                return  # lupdate reads it
            self._dynamic(module, text, scope, context_node.value, call, where, result)
            return
        wrapper = self.call_wrapper(module, func)
        if wrapper is not None:
            if wrapper.text_index >= len(call.args):
                return
            result.wrapper_sites.update(
                (module.path, line) for line in range(call.lineno,
                                                      (call.end_lineno or call.lineno) + 1))
            context = wrapper.default_context
            if wrapper.context_index is not None and wrapper.context_index < len(call.args):
                context = self.text_constant(module, call.args[wrapper.context_index])
                if context is None:
                    result.warnings.append(f"{where}: translation context is not a literal")
                    return
            if context is None:
                result.warnings.append(f"{where}: no translation context for "
                                       f"{ast.unparse(func)}()")
                return
            self._dynamic(module, call.args[wrapper.text_index], scope, context, call, where,
                          result)

    def _dynamic(self, module: _Module, text: ast.expr, scope: list[ast.AST], context: str,
                 call: ast.Call, where: str, result: ScanResult) -> None:
        """Add the texts a call translates, or warn when they cannot be known in advance."""
        if isinstance(text, ast.JoinedStr):
            result.warnings.append(f"{where}: an f-string cannot be translated; use "
                                   f"self.tr(\"… {{name}} …\").format(name=…)")
            return
        values = self.strings(module, text, scope)
        if not values:
            result.warnings.append(
                f"{where}: text known only at run time ({ast.unparse(text)[:60]}); mark the "
                f"possible texts with QT_TRANSLATE_NOOP(\"{context}\", \"…\")")
            return
        for value in values:
            result.extras.append(Extra(context, value, module.path, call.lineno))
            marked = self.noop_contexts.get(value, set())
            if marked and context not in marked:
                result.warnings.append(
                    f"{where}: {value!r} is marked with QT_TRANSLATE_NOOP in context "
                    f"{min(marked)!r} but translated in context {context!r}")


def _is_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_literal(node.left) and _is_literal(node.right)
    return False


def _is_qt_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in ("QCoreApplication", "QApplication", "QGuiApplication"))


def scan_sources(files: Iterable[Path] | None = None) -> ScanResult:
    return Scanner().scan(source_files() if files is None else files)


# ---------------------------------------------------------------------------------- commands


def _write_shim(folder: Path, extras: list[Extra]) -> tuple[Path, dict[int, Extra]]:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    where: dict[int, Extra] = {}
    for extra in sorted(set(extras), key=lambda e: (_relative(e.file), e.line, e.context,
                                                     e.text)):
        lines.append(f"QCoreApplication.translate({extra.context!r}, {extra.text!r})")
        where[len(lines)] = extra
    shim = folder / SHIM_NAME
    shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shim, where


def _location_name(path: Path, ts: Path) -> str:
    return Path(os.path.relpath(path, ts.parent)).as_posix()


def _fix_after_lupdate(ts: Path, where: dict[int, Extra], scan: ScanResult) -> None:
    """Point the scanned texts at their real code; drop what lupdate misread at helper calls."""
    tree = load_ts(ts)
    root = _root(tree)
    misread = {(_location_name(path, ts), str(line)) for path, line in scan.wrapper_sites}
    for context in root.findall("context"):
        for message in context.findall("message"):
            had_locations = bool(message.findall("location"))
            seen: set[tuple[str, str]] = set()
            for location in message.findall("location"):
                filename = location.get("filename", "")
                if filename.endswith(SHIM_NAME):
                    extra = where.get(int(location.get("line", "0")))
                    if extra is None:
                        message.remove(location)
                        continue
                    location.set("filename", _location_name(extra.file, ts))
                    location.set("line", str(extra.line))
                elif (filename, location.get("line", "")) in misread:
                    # lupdate reads tr("…", "Context") helper calls with a wrong context
                    # (the helper's context is taken from the scan instead).
                    message.remove(location)
                    continue
                key = (location.get("filename", ""), location.get("line", ""))
                if key in seen:
                    message.remove(location)
                seen.add(key)
            locations = message.findall("location")
            if had_locations and not locations:
                context.remove(message)
                continue
            # Locations in file order, as lupdate writes them for real sources.
            if len(locations) > 1:
                for location in locations:
                    message.remove(location)
                ordered = sorted(locations, key=lambda loc: (loc.get("filename", ""),
                                                             int(loc.get("line", "0") or 0)))
                for index, location in enumerate(ordered):
                    message.insert(index, location)
        if not context.findall("message"):
            root.remove(context)
    save_ts(tree, ts)


def _current_keys(ts: Path) -> set[tuple[str, str, str | None]]:
    if not ts.is_file():
        return set()
    return {(m.context, m.source, m.comment) for m in messages(load_ts(ts))
            if m.state != "obsolete"}


def update(language: str, drop_obsolete: bool = False) -> None:
    ts = ts_path(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    before = _current_keys(ts)
    scan = scan_sources()
    for warning in scan.warnings:
        print(f"warning: {warning}")
    with tempfile.TemporaryDirectory(prefix="jssc-lupdate-") as tmp:
        shim, where = _write_shim(Path(tmp), scan.extras)
        args = [str(p) for p in source_files()] + [str(shim), "-ts", str(ts),
                                                    "-locations", "absolute",
                                                    "-source-language", SOURCE_LANGUAGE,
                                                    "-target-language", LANGUAGES[language]]
        if drop_obsolete:
            args.append("-no-obsolete")
        # lupdate's own counts include the helper calls it misreads; ours follow below.
        run_tool("lupdate", args, quiet=True)
    _fix_after_lupdate(ts, where, scan)
    after = _current_keys(ts)
    counts = Counter(m.state for m in messages(load_ts(ts)))
    print(f"{_relative(ts)}: {len(after - before)} new texts, "
          f"{len(before - after)} no longer in the code; {counts['finished']} translated, "
          f"{counts['unfinished']} unfinished, {counts['obsolete']} obsolete")


def release(language: str) -> None:
    ts, qm = ts_path(language), qm_path(language)
    if not ts.is_file():
        raise SystemExit(f"{ts} does not exist: run 'update' first")
    run_tool("lrelease", [str(ts), "-qm", str(qm), "-nounfinished"])


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d+|%n")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def placeholders(text: str) -> Counter[str]:
    return Counter(_PLACEHOLDER.findall(text))


def html_tags(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TAG.findall(text))


def accelerators(text: str) -> int:
    """How many '&x' keyboard accelerators a text has ('&&' and '&amp;' are not ones)."""
    text = _ENTITY.sub("", text).replace("&&", "")
    return len(re.findall(r"&\S", text))


def problems(message: Message) -> list[str]:
    """What is wrong with a finished translation (placeholders, tags, accelerators)."""
    found: list[str] = []
    for form in message.forms:
        if placeholders(message.source) != placeholders(form) and not message.numerus:
            found.append(f"placeholders differ: {sorted(placeholders(message.source))} vs "
                         f"{sorted(placeholders(form))}")
        if html_tags(message.source) != html_tags(form):
            found.append("HTML tags differ")
        if accelerators(message.source) != accelerators(form):
            found.append("keyboard accelerator '&' differs")
        if not form.strip() and message.source.strip():
            found.append("empty translation")
    return found


def check(language: str, strict: bool = False) -> int:
    ts = ts_path(language)
    if not ts.is_file():
        print(f"{ts} does not exist: run 'update' first")
        return 1
    status = 0
    counts: Counter[str] = Counter()
    unfinished: Counter[str] = Counter()
    for message in messages(load_ts(ts)):
        counts[message.state] += 1
        if message.state == "unfinished":
            unfinished[message.context] += 1
        elif message.state == "finished":
            for problem in problems(message):
                print(f"error: [{message.context}] {message.source!r}: {problem}")
                status = 1
    total = counts["finished"] + counts["unfinished"]
    print(f"{_relative(ts)}: {total} texts, {counts['finished']} translated, "
          f"{counts['unfinished']} unfinished, {counts['obsolete']} obsolete")
    for context, count in sorted(unfinished.items()):
        print(f"  unfinished in {context or '(no context)'}: {count}")
    if counts["unfinished"]:
        status = 1
    qm = qm_path(language)
    if not qm.is_file():
        print(f"error: {qm.name} is missing: run 'release'")
        status = 1
    elif qm.stat().st_mtime + 1 < ts.stat().st_mtime:
        print(f"warning: {qm.name} is older than {ts.name}: run 'release'")
    scan = scan_sources()
    for warning in scan.warnings:
        print(f"warning: {warning}")
    if strict and scan.warnings:
        status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--language", choices=sorted(LANGUAGES), action="append",
                        help="only this language (default: every shipped language)")
    parser.add_argument("--no-obsolete", action="store_true",
                        help="update: delete texts that left the code instead of keeping them")
    parser.add_argument("--strict", action="store_true",
                        help="check: also fail on texts that cannot be extracted")
    options = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a Windows console may not know every character
            reconfigure(errors="replace")
    status = 0
    for language in options.language or sorted(LANGUAGES):
        if options.command == "update":
            update(language, options.no_obsolete)
        elif options.command == "release":
            release(language)
        else:
            status = max(status, check(language, options.strict))
    return status


if __name__ == "__main__":
    sys.exit(main())
