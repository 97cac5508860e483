"""Zip archives: the documents inside one are read like the files of a folder.

A member's ``source_path`` is "<archive>/<member>" ("downloads/KH-2025.zip/Ke hoach 52.pdf"). As in a
folder, documents of the formats ``ingest`` reads are taken, and those of formats it does not read
(an archive inside the archive included) get their error row; folders, hidden files and other files
(manifest.csv, Thumbs.db …) are passed over. Member names stored without the UTF-8 flag are read as
UTF-8 when they are, else as the archive tool wrote them (cp437).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable

ENCRYPTED_FLAG = 0x1


@dataclass(frozen=True)
class Member:
    """A file inside a zip archive."""

    archive: Path
    stored_name: str  # the name as stored in the archive

    @property
    def member_name(self) -> str:
        """The member's path inside the archive, decoded."""
        return _decoded(self.stored_name)

    @property
    def name(self) -> str:
        return PurePosixPath(self.member_name).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.member_name).suffix

    def __str__(self) -> str:
        return f"{self.archive}/{self.member_name}"

    def info(self) -> zipfile.ZipInfo:
        with zipfile.ZipFile(self.archive) as z:
            return z.getinfo(self.stored_name)

    def read(self) -> bytes:
        with zipfile.ZipFile(self.archive) as z:
            return z.read(self.stored_name)


def is_archive(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def members(archive: Path, wanted: Iterable[str]) -> list[Member] | None:
    """The members of ``archive`` whose suffix is one of ``wanted`` (lower case), in name order; None when the
    archive cannot be opened."""
    wanted = set(wanted)
    try:
        with zipfile.ZipFile(archive) as z:
            infos = z.infolist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    found = []
    for info in infos:
        path = PurePosixPath(_decoded(info.filename))
        if info.is_dir() or any(part.startswith(".") or part == "__MACOSX" for part in path.parts):
            continue
        if path.suffix.lower() in wanted:
            found.append(Member(archive, info.filename))
    return sorted(found, key=lambda m: m.member_name)


def encrypted(info: zipfile.ZipInfo) -> bool:
    return bool(info.flag_bits & ENCRYPTED_FLAG)


def why_unreadable(archive: Path) -> str:
    """Why a .zip could not be opened."""
    try:
        with zipfile.ZipFile(archive):
            return "the archive could not be read"
    except (OSError, zipfile.BadZipFile, ValueError) as e:
        return f"not a readable zip archive: {e}"


def _decoded(stored: str) -> str:
    """A member name as UTF-8 when zipfile read its UTF-8 bytes as cp437 (no UTF-8 flag set), else as read."""
    try:
        return stored.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return stored
