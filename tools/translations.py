"""Qt translations of the window: Indonesian source texts, English translation.

    python tools/translations.py update    # collect the texts into jssc_en.ts
    python tools/translations.py release   # compile jssc_en.ts into jssc_en.qm (loaded by the app)
    python tools/translations.py check     # exit status 1 on any unfinished, missing or mixed text

``update`` runs Qt's ``lupdate`` (shipped with PySide6) over ``jssc_desktop/app.py``, the field
registry ``jssc_desktop/domain/fields.py`` and ``jssc_desktop/services/database_location.py`` (their
texts carry ``QT_TRANSLATE_NOOP`` markers) and
every ``.py`` file under ``jssc_desktop/ui/``, plus every ``msg("…")`` template of the layers below
the window (domain, services, storage, reports: the messages of their errors, context
``messages``). Existing translations are kept; texts that left the code are marked obsolete
("vanished") rather than deleted. ``check`` fails on an unfinished translation, a ``msg()``
template missing from the ``.ts`` file, and an English translation that still holds Indonesian
words (``tools/indonesian_words.py``).

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
from dataclasses import dataclass
from pathlib import Path

# The scanner sits beside this file; put its folder on the path also when this file is loaded by
# its path (as the tests do) rather than run.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from indonesian_words import giveaways  # noqa: E402 - needs the path set just above
from translation_scan import (  # noqa: E402 - needs the path set just above
    MESSAGE_CONTEXT,
    Extra,
    Scanner,
    ScanResult,
    _relative,
    scan_messages,
)

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "jssc_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "id"
#: Shipped translations: language code -> lupdate target language.
LANGUAGES = {"en": "en"}
SHIM_NAME = "_jssc_extra_texts.py"
OBSOLETE_TYPES = ("obsolete", "vanished")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"jssc_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"jssc_{language}.qm"


def source_files() -> list[Path]:
    """The Python files whose visible texts are translated."""
    files = [PACKAGE / "app.py", PACKAGE / "domain" / "fields.py",
             PACKAGE / "services" / "database_location.py"]
    files += sorted(p for p in (PACKAGE / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return [p for p in files if p.is_file()]


def message_files() -> list[Path]:
    """The Python files below the window whose ``msg("…")`` templates are translated."""
    files: list[Path] = []
    for layer in ("domain", "services", "storage", "reports"):
        files += sorted(p for p in (PACKAGE / layer).rglob("*.py")
                        if "__pycache__" not in p.parts and "migrations" not in p.parts)
    return files


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


def scan_sources(files: Iterable[Path] | None = None) -> ScanResult:
    """Texts lupdate cannot see: the window's helper calls and, unless ``files`` is given, the
    message templates of the layers below the window."""
    result = Scanner().scan(source_files() if files is None else files)
    if files is None:
        below = scan_messages(message_files())
        result.extras += below.extras
        result.warnings += below.warnings
    return result


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


def missing_messages(current: set[tuple[str, str]]) -> list[Extra]:
    """``msg("…")`` templates of the code that the .ts file does not hold yet."""
    return [extra for extra in scan_messages(message_files()).extras
            if (MESSAGE_CONTEXT, extra.text) not in current]


def problems(message: Message) -> list[str]:
    """What is wrong with a finished translation (placeholders, tags, accelerators, Indonesian
    words left in the English text)."""
    found: list[str] = []
    for form in message.forms:
        words = giveaways(_PLACEHOLDER.sub(" ", form))
        if words:
            found.append(f"Indonesian words in the translation: {', '.join(words)}")
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
    current: set[tuple[str, str]] = set()
    for message in messages(load_ts(ts)):
        counts[message.state] += 1
        if message.state != "obsolete":
            current.add((message.context, message.source))
        if message.state == "unfinished":
            unfinished[message.context] += 1
        elif message.state == "finished":
            for problem in problems(message):
                print(f"error: [{message.context}] {message.source!r}: {problem}")
                status = 1
    for extra in missing_messages(current):
        print(f"error: {_relative(extra.file)}:{extra.line}: message not in {ts.name} (run "
              f"'update', then translate): {extra.text!r}")
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
