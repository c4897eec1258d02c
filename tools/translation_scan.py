"""The source scanner of tools/translations.py: texts lupdate cannot see.

lupdate only understands ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
``QT_TRANSLATE_NOOP`` with literal text. The window also translates through small helpers (any
function that just returns ``QCoreApplication.translate(…)`` or another such helper) and through
module constants (``self.tr(STEP_LABELS[status])``). ``Scanner`` finds those calls with :mod:`ast`;
``translations.py update`` hands them to lupdate and points their locations back at the code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "jssc_desktop"
#: lupdate's markers for texts translated later: name -> index of the text argument.
NOOP_MARKERS = {"QT_TRANSLATE_NOOP": 1, "QT_TRANSLATE_NOOP3": 1, "QT_TR_NOOP": 0,
                "QT_TRANSLATE_NOOP_UTF8": 1, "QT_TR_NOOP_UTF8": 0}


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


#: The function that builds a translatable message below the window (domain/messages.py).
MESSAGE_FUNCTION = "msg"
MESSAGE_CONTEXT = "messages"


def scan_messages(files: Iterable[Path]) -> ScanResult:
    """Every ``msg("…")`` template in ``files`` (the layers below the window), as texts of the
    ``messages`` context; a ``msg()`` whose template is not literal text is a warning."""
    result = ScanResult()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == MESSAGE_FUNCTION and node.args):
                continue
            text = node.args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                result.extras.append(Extra(MESSAGE_CONTEXT, text.value, path, node.lineno))
            elif _is_noop_marker(text):
                continue  # msg(QT_TRANSLATE_NOOP("messages", "…")): lupdate reads the marker
            else:
                result.warnings.append(f"{_relative(path)}:{node.lineno}: msg() template is not "
                                       "literal text and cannot be translated")
    return result


def _is_noop_marker(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in NOOP_MARKERS and len(node.args) > NOOP_MARKERS[node.func.id]
            and _is_literal(node.args[NOOP_MARKERS[node.func.id]]))
