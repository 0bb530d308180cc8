"""The website's folder: written in place, and only where something changed.

Etalase keeps a manifest in the folder (`.etalase-site.json`: every file it wrote, with its
SHA-256 and size). Publishing again compares each file's new bytes with the manifest and writes
only those that differ (or that someone deleted), then removes the files it wrote before that
are no longer part of the site (a removed product's pages). A folder that holds anything
Etalase did not write (no manifest, or a file the manifest does not name) is refused before
anything is written, and left as it was: publishing into the wrong folder (Documents, a
folder of photos) must not mix in or delete a single file. An empty or new folder is fine.

Each file is written beside its place and renamed over it, so a reader (or a web server)
never sees half a page. If publishing stops halfway (cancelled, a full disk), the manifest is
still saved, naming every file Etalase wrote, so the next publish carries on from there; but a
folder that this publish made, on a disk that turned out full or write-protected, is removed
again: nothing is left behind on a disk that needs its space.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from showcase.errors import FileAccessError, UserError
from showcase.file_errors import DISK_ERRNOS, describe, refuse_odd_file
from showcase.files import replaced_when_complete
from showcase.i18n import translate

MANIFEST = ".etalase-site.json"
MANIFEST_KIND = "etalase-website"
# Files a desktop adds to any folder it shows; they do not make a folder someone else's.
DESKTOP_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
PARTIAL = ".partial"
# Written uncompressed into the .zip (already compressed).
STORED = (".jpg", ".jpeg", ".png", ".zip")


class WebsiteFolderError(UserError):
    """The folder cannot take the website (someone else's files, not a folder, unwritable)."""


@dataclass(frozen=True)
class Entry:
    sha256: str
    size: int
    source: str = ""  # what the file was made from, when that says more than its bytes (photos)


def _refuse(message: str, **names: object) -> WebsiteFolderError:
    """The error, `message` (already translated) filled in with `names`."""
    return WebsiteFolderError(message.format(**names))


def _cannot_write(path: Path, exc: OSError) -> WebsiteFolderError:
    if exc.errno in DISK_ERRNOS:  # a full or write-protected disk: said as every writer says it
        return WebsiteFolderError(describe(exc, path))
    return _refuse(
        translate("Website", "Could not write {path}: {why}"), path=path, why=exc.strerror or exc
    )


def _files(root: Path) -> Iterator[str]:
    """The files under `root` (relative, with `/`), leaving out the manifest, files a desktop
    adds and the half-written files of a publish that was killed; a link to a folder is named
    too (with a trailing `/`), as something Etalase did not make."""
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in dirs:
            if os.path.islink(os.path.join(folder, name)):  # leads elsewhere: never Etalase's
                yield (Path(folder) / name).relative_to(root).as_posix() + "/"
        for name in sorted(names):
            if name in DESKTOP_LITTER or name.endswith(PARTIAL):
                continue
            relative = (Path(folder) / name).relative_to(root).as_posix()
            if relative != MANIFEST:
                yield relative


def _inside(name: str) -> bool:
    """Whether `name` (from a manifest) is a plain relative path inside the folder."""
    parts = name.split("/")
    return (
        bool(name)
        and "\\" not in name
        and ":" not in name
        and not name.startswith("/")
        and all(part not in ("", ".", "..") for part in parts)
    )


_OUR_PARTIAL = re.compile(r"^\..+\.\d+" + re.escape(PARTIAL) + "$")


class SiteFolder:
    """The output folder of one publish. `put` each file, then `finish` (or `abandon`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.old = self._check(root)
        self.made_root = not root.exists()
        self.discarded = False
        self.new: dict[str, Entry] = {}
        self.written: list[str] = []
        self.unchanged = 0
        self.removed: list[str] = []

    @staticmethod
    def _check(root: Path) -> dict[str, Entry]:
        """The manifest of `root` (empty for a new or empty folder); refuses a foreign folder."""
        refuse_odd_file(root)  # a loop of links, a name too long, a pipe
        if root.exists() and not root.is_dir():
            raise _refuse(translate("Website", "{path} is a file, not a folder"), path=root)
        if not root.exists():
            return {}
        manifest_path = root / MANIFEST
        if not manifest_path.is_file():
            first = next(_files(root), None)  # a big folder is refused at its first file
            if first is not None:
                raise _refuse(
                    translate(
                        "Website",
                        "{path} holds files Etalase did not write (such as {file}): choose an empty "
                        "folder or one Etalase published into before",
                    ),
                    path=root,
                    file=first,
                )
            return {}
        try:
            data = json.loads(manifest_path.read_text(encoding="utf-8"))
            if data.get("kind") != MANIFEST_KIND:
                raise ValueError(data.get("kind"))
            files = {
                str(name): Entry(str(e["sha256"]), int(e["size"]), str(e.get("source", "")))
                for name, e in data["files"].items()
            }
            unsafe = [name for name in files if not _inside(name)]
            if unsafe:  # never let a list found in a folder name files outside it
                raise ValueError(unsafe[0])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise _refuse(
                translate(
                    "Website",
                    "{path} holds a damaged list of Etalase's files ({name}); choose another "
                    "folder",
                ),
                path=root,
                name=MANIFEST,
            ) from exc
        foreign = next((name for name in _files(root) if name not in files), None)
        if foreign is not None:
            raise _refuse(
                translate(
                    "Website",
                    "{path} holds files Etalase did not write (such as {file}): move them "
                    "elsewhere or choose another folder",
                ),
                path=root,
                file=foreign,
            )
        return files

    # --- writing ----------------------------------------------------------------------------

    def _on_disk(self, name: str, entry: Entry) -> bool:
        try:
            return (self.root / name).stat().st_size == entry.size
        except OSError:
            return False

    def keep(self, names: list[str], source: str) -> bool:
        """Whether all of `names`, made from `source`, are there from an earlier publish: they
        are then kept as they are (photos are not scaled again). False changes nothing."""
        entries = [self.old.get(name) for name in names]
        if not all(
            entry is not None and entry.source == source and self._on_disk(name, entry)
            for name, entry in zip(names, entries, strict=True)
        ):
            return False
        for name, entry in zip(names, entries, strict=True):
            assert entry is not None
            self.new[name] = entry
        self.unchanged += len(names)
        return True

    def put(self, name: str, data: bytes, source: str = "") -> bool:
        """Write `data` as `name` (a path relative to the folder) unless it is there already;
        True if it was written."""
        digest = hashlib.sha256(data).hexdigest()
        entry = Entry(digest, len(data), source)
        old = self.old.get(name)
        if old is not None and old.sha256 == digest and self._on_disk(name, old):
            self.new[name] = entry
            self.unchanged += 1
            return False
        target = self.root / name
        partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(data)
            os.replace(partial, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            if exc.errno in DISK_ERRNOS and self.made_root:
                self._discard()
            else:
                self.abandon()
            raise _cannot_write(self.root if exc.errno in DISK_ERRNOS else target, exc) from exc
        self.new[name] = entry
        self.written.append(name)
        return True

    def _save_manifest(self, files: dict[str, Entry]) -> None:
        data = {
            "kind": MANIFEST_KIND,
            "files": {
                name: {
                    "sha256": e.sha256,
                    "size": e.size,
                    **({"source": e.source} if e.source else {}),
                }
                for name, e in sorted(files.items())
            },
        }
        self.root.mkdir(parents=True, exist_ok=True)
        with replaced_when_complete(self.root / MANIFEST) as handle:
            json.dump(data, handle, indent=0, ensure_ascii=False)

    def _discard(self) -> None:
        """Remove the folder this publish made, with what it wrote there (the disk is full or
        write-protected: a half site would only take the space someone needs)."""
        for name in self.written:
            with contextlib.suppress(OSError):
                (self.root / name).unlink()
        with contextlib.suppress(OSError):
            (self.root / MANIFEST).unlink(missing_ok=True)
        self._remove_leftovers()
        for folder, _dirs, _names in sorted(os.walk(self.root), reverse=True):
            with contextlib.suppress(OSError):
                Path(folder).rmdir()  # only when empty: made by this publish, found empty
        self.discarded = True

    def abandon(self) -> None:
        """Publishing stopped: remember every file Etalase wrote, old and new, for next time."""
        if self.discarded:
            return
        kept = {
            name: entry
            for name, entry in self.old.items()
            if name not in self.new and (self.root / name).is_file()
        }
        with contextlib.suppress(OSError):  # the error that stopped publishing is the one to tell
            self._save_manifest({**kept, **self.new})

    def finish(self) -> None:
        """Remove what the last publish wrote that is no longer part of the site; save the
        manifest."""
        for name in sorted(set(self.old) - set(self.new)):
            path = self.root / name
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                self.abandon()
                raise _refuse(
                    translate("Website", "Could not remove {path}: {why}"),
                    path=path,
                    why=exc.strerror or exc,
                ) from exc
            self.removed.append(name)
            self._remove_empty_folders(path.parent)
        self._remove_leftovers()
        try:
            self._save_manifest(self.new)
        except FileAccessError:
            raise
        except OSError as exc:
            raise _cannot_write(self.root / MANIFEST, exc) from exc

    def _remove_leftovers(self) -> None:
        """Half-written files of a publish that was killed (named as `put` names them)."""
        for folder, _dirs, names in os.walk(self.root):
            for name in names:
                if _OUR_PARTIAL.match(name):
                    with contextlib.suppress(OSError):
                        (Path(folder) / name).unlink()

    def _remove_empty_folders(self, folder: Path) -> None:
        while folder != self.root and self.root in folder.parents:
            try:
                folder.rmdir()  # only when empty
            except OSError:
                return
            folder = folder.parent

    # --- the .zip ---------------------------------------------------------------------------

    def write_zip(self, out: Path) -> None:
        """The site's files (not the manifest) as a .zip at `out`, complete or not at all."""
        try:
            with (
                replaced_when_complete(out, binary=True) as handle,
                zipfile.ZipFile(handle, "w") as archive,
            ):
                for name in sorted(self.new):
                    method = (
                        zipfile.ZIP_STORED
                        if name.lower().endswith(STORED)
                        else zipfile.ZIP_DEFLATED
                    )
                    archive.write(self.root / name, name, compress_type=method)
        except OSError as exc:
            raise _cannot_write(out, exc) from exc
