"""The closing block: the "Nơi nhận" recipients and the signature (mode, title, signer).

A signature is a run of capitals — the signing mode and the principal's title
("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), then the signer's own title ("PHÓ CHỦ
TỊCH") — followed by the signer's name. It usually follows the recipients list,
sometimes precedes it, and in two-column layouts run together it shares lines
with it ("Nơi nhận: KT. CHỦ TỊCH"). A Quyết định that carries its Kế hoạch
prints its own closing block before the attached plan: the first closing block
of a document is the one that counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.lines import Line, is_caps
from pipeline.vietnamese import is_syllable

SIGNING_MODES = ("TM", "KT", "TL", "TUQ", "Q")
# titles of the people who sign, longest first where one contains another
SIGNER_TITLES = ("CHỦ TỊCH", "THỦ TƯỚNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
                 "CHÁNH ÁN", "CHÁNH THANH TRA", "CHÁNH", "CHỦ NHIỆM", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG",
                 "CỤC TRƯỞNG", "VỤ TRƯỞNG", "TRƯỞNG BAN", "TRƯỞNG PHÒNG", "TRƯỞNG", "BÍ THƯ", "THƯ KÝ")
DEPUTY_PREFIXES = ("PHÓ", "TỔNG")
_WINDOW = 10  # lines around the recipients list searched for the signature

RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*(?::\s*|$)", re.IGNORECASE)
SIGNING_MODE = "|".join(SIGNING_MODES)  # the modes as one alternation, for patterns of other modules
MODE = re.compile(rf"\b({SIGNING_MODE})\s*\.\s*")
_TITLE = re.compile(r"(?<!\w)(?:(?:%s)\s+)*(?:%s)\b" % ("|".join(DEPUTY_PREFIXES), "|".join(SIGNER_TITLES)))
_ITEM = re.compile(r"^[-+•–]\s*")
_ITEM_JOINED = re.compile(r"[;,]\s+[-–]\s+")  # "- A, - B;": two items run together
_SEAL = re.compile(r"^[(\[]?\s*(?:đã ký|ký|ký tên|ký, đóng dấu|đã ký và đóng dấu)[^)\]]*[)\]]?$",
                   re.IGNORECASE)
_MAX_NAME_WORDS = 6
_DANGLING = tuple(" " + p for p in DEPUTY_PREFIXES)


@dataclass(frozen=True)
class Signature:
    """A signature block: where it lies, who signs, with what title and in what mode."""

    start: int
    end: int
    signer: str | None
    title: str | None
    mode: str | None


@dataclass
class Closing:
    """One closing block: where it lies, its recipients and its signature."""

    start: int
    end: int
    recipients: list[str] = field(default_factory=list)
    signature: Signature | None = None

    def fields(self) -> dict:
        """The documents columns this block fills."""
        sig = self.signature
        return {"recipients": self.recipients, "signer": sig and sig.signer,
                "signer_title": sig and sig.title, "signing_mode": sig and sig.mode}


def closings(lines: list[Line]) -> list[Closing]:
    """Every closing block, in document order.

    Each "Nơi nhận" list is one; a document without one gets the last
    signature found (its end, unless attachments follow), if any.
    """
    out = []
    anchors = [i for i, ln in enumerate(lines) if RECIPIENTS.match(ln.text)]
    for i in anchors:
        out.append(_around_recipients(lines, i))
    if not out:
        found = _last_signature(lines)
        if found:
            out.append(found)
    return out


def is_signature_line(text: str) -> bool:
    """A line of capitals that opens with a signing mode or a signer's title ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC")."""
    return is_caps(text, 2) and bool(MODE.match(text) or _TITLE.match(text)) and len(text) < 120


def is_person_name(text: str) -> bool:
    """'Nguyễn Minh Tuấn', 'NGUYỄN MINH TUẤN': two to six capitalised Vietnamese syllables."""
    words = text.split()
    if not 2 <= len(words) <= 6 or not all(w.isalpha() and (w.istitle() or w.isupper()) for w in words):
        return False
    if all(w.isupper() for w in words) and _TITLE.search(text):
        return False
    return sum(is_syllable(w) for w in words) >= max(2, (len(words) + 1) // 2)


# ------------------------------------------------------------------ recipients

def _around_recipients(lines: list[Line], anchor: int) -> Closing:
    """The closing block built on the recipients list that starts at ``lines[anchor]``."""
    first = lines[anchor]
    rest = RECIPIENTS.sub("", first.text)
    items: list[str] = []
    fragments: list[Line] = []  # signature text sharing lines with the list
    if rest and _ITEM.match(rest):
        items.append(rest)
    elif rest:
        fragments.append(Line(first.end - len(rest), first.end, rest))
    j = anchor + 1
    while j < len(lines) and _ITEM.match(lines[j].text):
        item, tail = _split_signature(lines[j])
        items.append(item)
        fragments += tail
        j += 1
    closing = Closing(first.start, lines[j - 1].end, _clean_items(items))
    after = _signature_within(fragments + lines[j:j + _WINDOW])
    before = None if after else _signature_before(lines, anchor)
    if after or before:
        closing.signature = after or before
        closing.start = min(closing.start, closing.signature.start)
        closing.end = max(closing.end, closing.signature.end)
    elif fragments:  # the mode shares a line with the list, the name is lost
        closing.signature = Signature(fragments[0].start, fragments[-1].end, None, None,
                                      _mode_of([f.text for f in fragments]))
    return closing


def _clean_items(items: list[str]) -> list[str]:
    out = []
    for item in items:
        for part in _ITEM_JOINED.split(item):
            part = _ITEM.sub("", part).strip().rstrip(" ;:.,")
            if part:
                out.append(part)
    return out


# ------------------------------------------------------------------- signature

def _split_signature(ln: Line) -> tuple[str, list[Line]]:
    """A recipients line, and the signature run onto its end ("- Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đào Mỹ")."""
    starts = [m.start() for m in MODE.finditer(ln.text)] + [m.start() for m in _TITLE.finditer(ln.text)]
    for start in sorted(p for p in starts if p > 0 and ln.text[p - 1] == " "):
        tail = Line(ln.start + start, ln.end, ln.text[start:])
        parts = _with_name_apart(tail)
        if is_signature_line(parts[0].text):
            return ln.text[:start].rstrip(), parts
    return ln.text, []


def _with_name_apart(ln: Line) -> list[Line]:
    """A signature line split before the name run onto its end ("PHÓ CHỦ TỊCH Đào Mỹ"), else the line."""
    words = ln.text.split()
    for i in range(max(1, len(words) - _MAX_NAME_WORDS), len(words) - 1):
        name = " ".join(words[i:])
        if is_caps(" ".join(words[:i]), 2) and all(w.istitle() for w in words[i:]) and is_person_name(name):
            cut = ln.end - len(name)
            return [Line(ln.start, cut - 1, ln.text[: cut - 1 - ln.start]), Line(cut, ln.end, name)]
    return [ln]


def _signature_from(window: list[Line]) -> Signature | None:
    """The signature that opens ``window``: signature lines (a mode or a title), then the name."""
    block: list[str] = []
    for ln in (part for whole in window for part in _with_name_apart(whole)):
        text = ln.text
        if _SEAL.match(text):
            continue
        if is_person_name(text) and block:
            signer = text.title() if text.isupper() else text
            return Signature(window[0].start, ln.end, signer, _signer_title(block), _mode_of(block))
        if block and block[-1].endswith(_DANGLING) and is_caps(text, 2):
            block[-1] += " " + text  # "… PHÓ" / "CHỦ TỊCH": a title wrapped in two
        elif is_signature_line(text) or (block and is_caps(text, 2) and len(text) < 80):
            block.append(text)
        else:
            return None
    return None


def _signature_within(window: list[Line]) -> Signature | None:
    """The first signature in ``window``, wherever it opens: a scan's list may run on in lines OCR read
    without their dash ("Trung tâm TT, DL và CNS TP;", "(để đưa tin)") before it."""
    for k, ln in enumerate(window):
        if _opens_signature(ln) and (found := _signature_from(window[k:])):
            return found
    return None


def _opens_signature(ln: Line) -> bool:
    """Whether a line opens a signature, the name run onto it or not ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH Đào Mỹ")."""
    return is_signature_line(_with_name_apart(ln)[0].text)


def _signature_before(lines: list[Line], anchor: int) -> Signature | None:
    """A signature printed just above "Nơi nhận", its name on the line before the list."""
    for k in range(max(0, anchor - _WINDOW), anchor):
        if is_signature_line(lines[k].text):
            found = _signature_from(lines[k:anchor])
            if found and found.end == lines[anchor - 1].end:
                return found
    return None


def _last_signature(lines: list[Line]) -> Closing | None:
    """A closing block without recipients: the last signature of the document."""
    opens = [_opens_signature(ln) for ln in lines]
    for k in range(len(lines) - 1, -1, -1):
        if opens[k] and (k == 0 or not opens[k - 1]):
            found = _signature_from(lines[k:k + _WINDOW])
            if found:
                return Closing(found.start, found.end, [], found)
    return None


def _mode_of(block: list[str]) -> str | None:
    """The innermost signing mode: the last one printed ("TM. … KT. …" → "KT.")."""
    modes = [m.group(1) for text in block for m in MODE.finditer(text)]
    return modes[-1] + "." if modes else None


def _signer_title(block: list[str]) -> str | None:
    """The signer's own title: the last line above the name, without the mode and the principal.

    "PHÓ CHỦ TỊCH UBND TỈNH" → itself; on one line with the mode, the last title:
    "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" →
    "CHỦ TỊCH", "Q. GIÁM ĐỐC" → "GIÁM ĐỐC".
    """
    last = block[-1]
    modes = list(MODE.finditer(last))
    if not modes:
        return last
    rest = last[modes[-1].end():].strip()
    titles = list(_TITLE.finditer(rest))
    return rest[titles[-1].start():] if titles else rest or None
