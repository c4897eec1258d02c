"""The user guide inside the program: F1 opens it at the page the user is on.

The guide is Markdown under ``resources/guide/<language>/`` (Indonesian ``id``, English ``en``),
one file per topic, with pictures from ``docs/screenshots/`` linked by relative path, so the same
files read well in the repository and in the program, and need no network. Every page, window and
dialog that has its own topic says so with a class attribute ``help_topic`` ("clients", or
"settings#users" for a section); F1 anywhere looks for the nearest widget with one, from the
focused widget outwards, and opens the guide there in the language the program speaks.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QImage, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..paths import resource_path
from .icons import icon
from .widgets import set_window_icon

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
#: The guide's topics in the order of its contents list (file ``<topic>.md`` in each language).
TOPICS = (
    "index", "signin", "home", "clients", "client-detail", "client-form", "training",
    "attendance", "tutors", "followups", "facility", "reports", "audit", "settings", "import",
    "province", "shortcuts", "whats-new",
)
DEFAULT_TOPIC = "index"
#: Pictures wider than this are shown scaled down (they are 1024 px screenshots).
IMAGE_WIDTH = 620


def guide_dir(language: str | None = None) -> Path:
    return resource_path("guide", language or current_language())


def current_language() -> str:
    """The language the window speaks (set at start from the settings)."""
    from ..domain.language import display_language

    language = display_language()
    return language if language in LANGUAGES else LANGUAGES[0]


def topic_path(topic: str, language: str | None = None) -> Path:
    """The Markdown file of ``topic`` (a ``#section`` suffix is ignored here)."""
    name = topic.split("#", 1)[0] or DEFAULT_TOPIC
    return guide_dir(language) / f"{name}.md"


def topic_url(topic: str, language: str | None = None) -> QUrl:
    url = QUrl.fromLocalFile(str(topic_path(topic, language)))
    if "#" in topic:
        url.setFragment(topic.split("#", 1)[1])
    return url


def topic_title(topic: str, language: str | None = None) -> str:
    """The first heading of the topic's file (its name in the contents list)."""
    try:
        text, _anchors = read_topic(topic_path(topic, language))
    except OSError:
        return topic
    return next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), topic)


def topic_for(widget: QWidget | None) -> str:
    """The help topic of the nearest widget (``widget`` or a parent) that declares one."""
    while widget is not None:
        topic = getattr(widget, "help_topic", None)
        if isinstance(topic, str) and topic:
            return topic
        widget = widget.parentWidget()
    return DEFAULT_TOPIC


#: A section's anchor, written after its heading: ``## Pengguna {#users}``.
ANCHOR = re.compile(r"^(#{1,6} .*?)\s*\{#([A-Za-z0-9_-]+)\}\s*$")


def read_topic(path: Path) -> tuple[str, dict[str, str]]:
    """The Markdown of a topic without its anchor marks, and its anchors: id -> heading text."""
    lines, anchors = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = ANCHOR.match(line)
        if match:
            line = match.group(1)
            anchors[match.group(2)] = line.lstrip("#").strip()
        lines.append(line)
    return "\n".join(lines) + "\n", anchors


def check_guide() -> list[str]:
    """What is missing from the guide as installed: topic files and the pictures they show, in
    every language (empty: complete). The self-test of an installation runs it."""
    missing = []
    for language in LANGUAGES:
        for topic in TOPICS:
            path = topic_path(topic, language)
            if not path.is_file():
                missing.append(str(path))
                continue
            text, _anchors = read_topic(path)
            for picture in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text):
                if QImage(str(path.parent / picture)).isNull():
                    missing.append(str(path.parent / picture))
    return missing


class GuideBrowser(QTextBrowser):
    """Shows the Markdown topics; pictures are read from disk and scaled to the page, sections
    are found by their anchors, and every link or picture that cannot be found is remembered in
    :attr:`missing` (tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(True)
        self.missing: list[str] = []
        self.anchors: dict[str, str] = {}
        self.sourceChanged.connect(self._scroll_to_section)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt name
        kind = int(getattr(kind, "value", kind))
        path = self._local(url)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(str(path)) if path is not None else QImage()
            if image.isNull():
                self.missing.append(url.toString())
                return QImage()
            width = min(IMAGE_WIDTH, max(320, self.viewport().width() - 40))
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            return image
        if path is not None and path.suffix == ".md":
            try:
                text, self.anchors = read_topic(path)
            except OSError:
                self.missing.append(url.toString())
                return ""
            return text
        return super().loadResource(kind, url)

    def _local(self, url: QUrl) -> Path | None:
        if url.isRelative():
            url = self.source().resolved(url)
        return Path(url.toLocalFile()) if url.isLocalFile() else None

    def _scroll_to_section(self, url: QUrl) -> None:
        heading = self.anchors.get(url.fragment()) if url.hasFragment() else None
        if url.hasFragment() and heading is None:
            self.missing.append(url.toString())
        if heading is None:
            return
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == heading:
                self.section_top = self.document().documentLayout().blockBoundingRect(
                    block).top()
                self.verticalScrollBar().setValue(int(self.section_top))
                return
            block = block.next()
        self.missing.append(url.toString())

    #: where the last section shown starts, in document pixels (tests read it)
    section_top = 0.0


class HelpWindow(QWidget):
    """The guide: contents on the left, the topic on the right, back and forward above."""

    help_topic = "index"

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.language = language or current_language()
        self.setObjectName("helpWindow")
        set_window_icon(self)
        self.setWindowTitle(self.tr("Panduan pengguna — JSSC Desktop"))
        self.resize(960, 680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.back_button = self._tool("back", self.tr("Kembali"), self.tr("Topik sebelumnya"))
        self.forward_button = self._tool("forward", self.tr("Maju"), self.tr("Topik berikutnya"))
        self.contents_button = self._tool("home", self.tr("Daftar isi"),
                                          self.tr("Halaman awal panduan"))
        for b in (self.back_button, self.forward_button, self.contents_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        for topic in TOPICS:
            item = QListWidgetItem(topic_title(topic, self.language))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.contents.addItem(item)
        self.browser = GuideBrowser()
        self.browser.setObjectName("helpBrowser")
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 700])
        layout.addWidget(split, 1)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_topic(DEFAULT_TOPIC))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape:  # like a dialog: Esc closes the guide
            self.close()
            return
        super().keyPressEvent(event)

    def _tool(self, icon_name: str, text: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(icon_name))
        b.setIconSize(QSize(16, 16))
        b.setText(text)
        b.setToolTip(tip)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return b

    def show_topic(self, topic: str) -> None:
        """Show ``topic`` ("clients", "settings#users"); an unknown topic shows the contents."""
        if not topic_path(topic, self.language).is_file():
            log.warning("help topic %r has no page in %s", topic, self.language)
            topic = DEFAULT_TOPIC
        self.browser.setSource(topic_url(topic, self.language),
                               QTextDocument.ResourceType.MarkdownResource)

    def current_topic(self) -> str:
        """The topic shown now ("clients", or "settings#users" when at a section)."""
        url = self.browser.source()
        name = Path(url.toLocalFile()).stem
        return f"{name}#{url.fragment()}" if url.hasFragment() else name

    def _source_changed(self, url: QUrl) -> None:
        name = Path(url.toLocalFile()).stem
        self.setWindowTitle(self.tr("{topic} — Panduan pengguna").format(
            topic=topic_title(name, self.language)))
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break

    def _contents_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.show_topic(str(item.data(Qt.ItemDataRole.UserRole)))


def open_help(topic: str = DEFAULT_TOPIC, parent: QWidget | None = None) -> HelpWindow:
    """Show the guide at ``topic``, reusing the open help window of the same parent window.

    From a modal dialog the guide opens as a window of that dialog (a window outside it would be
    blocked by the dialog); otherwise as a window of ``parent``'s window."""
    modal = QApplication.activeModalWidget()
    owner = modal if modal is not None else (parent.window() if parent is not None else None)
    language = current_language()
    window = owner if isinstance(owner, HelpWindow) else None  # F1 inside the guide itself
    if window is None and owner is not None:
        window = next((w for w in owner.findChildren(HelpWindow,
                                                     options=Qt.FindChildOption.FindDirectChildrenOnly)
                       if w.language == language), None)
    elif window is None and _unowned is not None and _unowned.language == language:
        window = _unowned
    if window is None:
        window = HelpWindow(owner, language)
        if owner is None:
            _keep_unowned(window)
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


_unowned: HelpWindow | None = None


def _keep_unowned(window: HelpWindow) -> None:
    """A guide opened with no window around it is kept here (else the collector would close
    it at once); the previous one is let go."""
    global _unowned
    if _unowned is not None:
        _unowned.close()
        _unowned.deleteLater()
    _unowned = window
