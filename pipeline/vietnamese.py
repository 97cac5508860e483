"""Vietnamese orthography: tone marks, vowel qualities, canonical tone placement.

Every Vietnamese vowel letter is a base vowel (a ă â e ê i o ô ơ u ư y) plus
one of six tones. This module splits and rebuilds letters from those two parts,
so a syllable's tone can be moved, stripped or read without lookup tables
scattered through the code.
"""
from __future__ import annotations

import re
import unicodedata

# tone index: 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
TONED_VOWELS = {
    "a": "aáàảãạ", "ă": "ăắằẳẵặ", "â": "âấầẩẫậ",
    "e": "eéèẻẽẹ", "ê": "êếềểễệ",
    "i": "iíìỉĩị",
    "o": "oóòỏõọ", "ô": "ôốồổỗộ", "ơ": "ơớờởỡợ",
    "u": "uúùủũụ", "ư": "ưứừửữự",
    "y": "yýỳỷỹỵ",
}
_SPLIT: dict[str, tuple[str, int]] = {}
for _base, _forms in TONED_VOWELS.items():
    for _tone, _ch in enumerate(_forms):
        _SPLIT[_ch] = (_base, _tone)
        _SPLIT[_ch.upper()] = (_base.upper(), _tone)

QUALITY_VOWELS = set("ăâêôơư")
_FOLD_BASE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d"}
TONE_MARKED = frozenset(ch for ch, (_, tone) in _SPLIT.items() if tone)
VIETNAMESE_LETTERS = frozenset(_SPLIT) | {"đ", "Đ"}
_WORD = re.compile(r"[^\W\d_]+")

ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
          "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
RHYMES = frozenset("""
a ai ao au ay am an ang anh ap at ac ach
ăm ăn ăng ăp ăt ăc ăk
âu ây âm ân âng âp ât âc
e eo em en eng ep et ec
ê êu êm ên ênh êp êt êch
i ia iu im in inh ip it ich iêu iêm iên iêng iêp iêt iêc
o oi om on ong op ot oc
oa oai oao oay oam oan oang oanh oap oat oac oach oăm oăn oăng oăt oăc
oe oeo oen oet ooc oong
ô ôi ôm ôn ông ôp ôt ôc
ơ ơi ơm ơn ơp ơt
u ua ui um un ung up ut uc
uân uâng uât uây uê uênh uêch uơ uy uya uyu uych uyên uyêt uynh uyt uyn
uôi uôm uôn uông uôt uôc
ư ưa ưi ưu ưm ưn ưng ưt ưc ươi ươu ươm ươn ương ươp ươt ươc
y yêu yêm yên yêt
""".split())
_STOP_CODAS = ("p", "t", "c", "ch")
_FRONT = ("i", "e", "ê", "y")


def is_syllable(word: str) -> bool:
    """Whether ``word`` (any case, tone mark or not) is a well-formed Vietnamese syllable.

    Checks onset + rhyme against the orthography: k/gh/ngh only before i, e, ê, y
    and c/g/ng never there; a rhyme with a stop coda (p, t, c, ch) takes only
    the sắc or nặng tone. "ăk" is admitted for place names (Đắk Lắk).
    """
    bare, tone = strip_tone(word.lower())
    for onset in _onset_candidates(bare):
        rhyme = bare[len(onset):]
        if onset == "gi" and not rhyme:
            rhyme = "i"
        if rhyme not in RHYMES:
            continue
        if onset == "qu" and rhyme[0] in "uư":
            continue
        if onset in ("k", "gh", "ngh") and not rhyme.startswith(_FRONT):
            continue
        if onset in ("c", "g", "ng") and rhyme.startswith(_FRONT) and not (onset == "g" and rhyme[0] == "i"):
            continue
        if rhyme.endswith(_STOP_CODAS) and tone not in (0, 1, 5):
            continue
        return True
    return False


def _onset_candidates(bare: str) -> list[str]:
    """Onsets that ``bare`` starts with, longest first."""
    return sorted((o for o in ONSETS if bare.startswith(o)), key=len, reverse=True)


def split_letter(ch: str) -> tuple[str, int]:
    """(base letter, tone) of a letter; non-vowels have tone 0."""
    return _SPLIT.get(ch, (ch, 0))


def with_tone(base: str, tone: int) -> str:
    """The vowel ``base`` carrying ``tone`` (case kept)."""
    forms = TONED_VOWELS.get(base.lower())
    if forms is None:
        return base
    ch = forms[tone]
    return ch.upper() if base.isupper() else ch


def strip_tone(word: str) -> tuple[str, int]:
    """The word without its tone mark, and that tone (0 if none)."""
    tone = 0
    out = []
    for ch in word:
        base, t = split_letter(ch)
        if t:
            tone = t
        out.append(base)
    return "".join(out), tone


def fold(text: str) -> str:
    """ASCII-fold Vietnamese: drop tones and vowel marks, đ → d (case kept)."""
    out = []
    for ch in text:
        base, _ = split_letter(ch)
        low = base.lower()
        if low in _FOLD_BASE:
            f = _FOLD_BASE[low]
            base = f.upper() if base.isupper() else f
        out.append(base)
    return "".join(out)


def _tone_position(bare: str) -> int | None:
    """Index in the toneless syllable ``bare`` where the tone mark belongs.

    Modern official placement: on the vowel with a quality mark (ơ of ươ);
    else, with a final consonant, on the last vowel ("hoàng"); else, in an open
    syllable, on the first of two vowels or the middle of three ("hòa", "thủy",
    "ngoài"). The u of "qu" and the i of "gi" belong to the onset.
    """
    low = bare.lower()
    start = 0
    if low.startswith("qu"):
        start = 2
    elif low.startswith("gi") and len(low) > 2 and low[2] in "aăâeêoôơuưy":
        start = 2
    vowels = [i for i in range(start, len(low)) if low[i] in TONED_VOWELS]
    if not vowels:
        vowels = [i for i in range(len(low)) if low[i] in TONED_VOWELS]
        if not vowels:
            return None
    # the vowel nucleus is the first run of consecutive vowels
    run = [vowels[0]]
    for i in vowels[1:]:
        if i != run[-1] + 1:
            break
        run.append(i)
    quality = [i for i in run if low[i] in QUALITY_VOWELS]
    if quality:
        return quality[-1]
    has_coda = run[-1] < len(low) - 1
    if has_coda:
        return run[-1]
    if len(run) == 1:
        return run[0]
    if len(run) == 2:
        return run[0]
    return run[1]


def add_tone(bare: str, tone: int) -> str:
    """The toneless syllable ``bare`` carrying ``tone`` in the canonical position."""
    pos = _tone_position(bare) if tone else None
    if pos is None:
        return bare
    return bare[:pos] + with_tone(bare[pos], tone) + bare[pos + 1:]


def place_tone(word: str) -> str:
    """Rewrite one syllable with its tone mark in the canonical position."""
    bare, tone = strip_tone(word)
    return add_tone(bare, tone) if tone else word


def normalize_tones(text: str) -> str:
    """Canonical tone placement for every word of ``text`` that carries one tone mark."""

    def fix(m: re.Match) -> str:
        w = m.group(0)
        if sum(ch in TONE_MARKED for ch in w) != 1 or not is_syllable(w):
            return w
        return place_tone(w)

    return _WORD.sub(fix, text)


def vietnamese_share(text: str, sample: int = 20000) -> float:
    """Share of words in (a sample of) ``text`` written with Vietnamese-only letters.

    Clean Vietnamese prose scores around 0.5; OCR that lost most marks still
    scores above 0.05; English or other languages stay near 0.
    """
    words = _WORD.findall(text[:sample])
    if not words:
        return 0.0
    marked = sum(1 for w in words if any(ch in VIETNAMESE_LETTERS and ch not in "aeiouyAEIOUY"
                                         for ch in unicodedata.normalize("NFC", w)))
    return marked / len(words)


# ------------------------------------------------------------ OCR slips

_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
_LOOKALIKES = {"Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ"}
_MARKED_VOWELS = {"a": "ăâ", "e": "ê", "o": "ôơ", "u": "ư"}


def vietnamese_letter(ch: str) -> str:
    """``ch`` if Vietnamese or ASCII; else the Vietnamese letter an OCR engine most likely
    meant: Ð (eth) → Đ, and foreign marks dropped (ï → i, ö → o, ñ → n)."""
    if ch.isascii() or ch in VIETNAMESE_LETTERS or not ch.isalpha():
        return ch
    if ch in _LOOKALIKES:
        return _LOOKALIKES[ch]
    kept = "".join(c for c in unicodedata.normalize("NFD", ch)
                   if not unicodedata.combining(c) or c in _VIETNAMESE_MARKS)
    for letter in (unicodedata.normalize("NFC", kept), unicodedata.normalize("NFD", ch)[0]):
        if len(letter) == 1 and (letter.isascii() or letter in VIETNAMESE_LETTERS):
            return letter
    return ch


def restore_vowel_mark(word: str) -> str | None:
    """The one well-formed syllable that ``word`` (one tone mark, not a syllable) becomes
    when a vowel gets back a lost quality mark (e → ê, o → ô/ơ, a → ă/â, u → ư), tone kept;
    None when there is none or more than one. OCR drops these marks from capitals: QUYÉT.
    Words without a tone mark are left alone (names and words written without accents)."""
    if is_syllable(word) or sum(ch in TONE_MARKED for ch in word) != 1:
        return None
    found = set()
    for i, ch in enumerate(word):
        base, tone = split_letter(ch)
        for marked in _MARKED_VOWELS.get(base.lower(), ""):
            letter = with_tone(marked.upper() if base.isupper() else marked, tone)
            candidate = word[:i] + letter + word[i + 1:]
            if is_syllable(candidate):
                found.add(candidate)
    return found.pop() if len(found) == 1 else None
