"""Vietnamese numbers and money: numerals, number words, ranges, rates (per cent, per mille), amounts in đồng.

Numerals use "." for thousands and "," for decimals ("1.050" = 1050, "1,5" = 1.5,
"10.367,700" = 10367.7); zero-padded counts ("01", "03-05") are plain integers.
``numbers`` and ``amounts`` yield what they find with character offsets, so callers
keep provenance; ``parse_number`` and ``parse_words`` read a single token.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# ------------------------------------------------------------------ vocabulary

DIGIT_WORDS = {
    "không": 0, "linh": 0, "lẻ": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
    "năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
TEN_WORDS = {"mười": 10, "chục": 10}      # "mười" = 10; "mươi" multiplies the digit before it
TENS_SUFFIX = "mươi"
SCALE_WORDS = {"trăm": 100, "nghìn": 10**3, "ngàn": 10**3, "vạn": 10**4, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
HALF_WORDS = {"rưỡi": 0.5, "rưởi": 0.5}
FRACTION_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
RATE_UNITS = ("%", "‰")  # per cent, per mille ("tỷ suất chết trẻ em dưới 1 tuổi dưới 10‰")
PER_MILLE_TYPED = "%o"  # per mille as a keyboard writes it ("độ mặn từ 8-30%o")
PER_CENT_WORDS = "phần trăm"  # per cent in words ("50 phần trăm số hộ")

# money: the scale words that may stand before the currency, and the currency itself
MONEY_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
                "nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12}
CURRENCY = ("đồng", "Đồng", "VNĐ", "VND", "vnđ")
CURRENCY_GLUED = "đ"  # "500.000đ"
# "đồng" starting another word: "05 đồng chí", "năm đồng thời"
NOT_CURRENCY_AFTER = ("chí", "thời", "bộ", "bào", "ý", "nghĩa", "hành", "tâm", "thuận", "đều", "lòng",
                      "phục", "tình", "loạt", "nhất", "dạng", "hương", "bằng", "minh", "đội", "môn", "niên")

# ------------------------------------------------------------------- patterns

_NUMERAL = r"\d+(?:[.,]\d+)*"
_FRACTION = "[" + "".join(FRACTION_SIGNS) + "]"
_WORD_ALTS = "|".join(sorted([*DIGIT_WORDS, *TEN_WORDS, TENS_SUFFIX, *SCALE_WORDS, *HALF_WORDS],
                             key=len, reverse=True))
_WORDS = rf"(?:{_WORD_ALTS})(?:\s+(?:{_WORD_ALTS}))*"
_RATE_SIGN = rf"(?:{PER_MILLE_TYPED}(?!\w)|[{''.join(RATE_UNITS)}]|(?<=\s){PER_CENT_WORDS}(?!\w))"
_SEP = r"\s*(?:[-–—]|\bđến\b|\btới\b)\s*"
_EDGE_L = r"(?<![\w.,/])"
# measures written against their number: "1m", "5km", "10ha", "100m2", "50MW"
GLUED_UNITS = ("km2", "km", "m2", "m3", "m", "cm", "mm", "ha", "kg", "MW", "MWh", "kW", "kWh", "GW", "GB", "TB",
               "Mbps", "Gbps")
_EDGE_R = rf"(?:(?![\w]|[.,]\d)|(?=(?:{'|'.join(sorted(GLUED_UNITS, key=len, reverse=True))})(?!\w)))"

WORDS_RE = re.compile(rf"(?<![\w]){_WORDS}(?![\w])", re.IGNORECASE)
_NUMBER_RE = re.compile(
    rf"{_EDGE_L}(?:(?P<from>từ)\s+)?(?P<a>{_NUMERAL}|{_FRACTION})(?P<pa>\s?{_RATE_SIGN})?"
    rf"(?:(?P<sep>{_SEP})(?P<b>{_NUMERAL})(?P<pb>\s?{_RATE_SIGN})?)?{_EDGE_R}",
    re.IGNORECASE)
_SCALE = "|".join(scale.replace(" ", r"\s+") for scale in sorted(MONEY_SCALES, key=len, reverse=True))
_CURRENCY = (rf"\s*(?:{'|'.join(CURRENCY)})(?!\w)(?!\s+(?:{'|'.join(NOT_CURRENCY_AFTER)})(?!\w))"
             rf"|\s*{CURRENCY_GLUED}(?![\w)])")  # "500.000đ"; spaced only after thousands: "1.234.567.000 đ"
# "triệu" shortened before "đ": "1.500 trđ", "25 tr.đ"
_MILLION_ABBREVIATION = r"tr\.?\s?(?=đ(?!\w))"
_MONEY_RE = re.compile(
    rf"(?=[\dmhbnstcklvrMHBNSTCKLVR]){_EDGE_L}"
    rf"(?:(?P<big>{_NUMERAL})\s*(?P<sbig>(?i:{_SCALE}))\s+(?=\d))?"  # "2 tỷ 500 triệu đồng": a larger part first
    rf"(?P<a>{_NUMERAL}|(?i:{_WORDS}))(?:\s*(?P<sa>(?i:{_SCALE}|{_MILLION_ABBREVIATION})))?(?P<ca>{_CURRENCY})?"
    rf"(?:{_SEP}(?P<b>{_NUMERAL}|(?i:{_WORDS}))(?:\s*(?P<sb>(?i:{_SCALE}|{_MILLION_ABBREVIATION})))?)?"
    rf"(?P<cur>{_CURRENCY})")
# money of a funding section written without "đồng": "Ngân sách quận 2,3 tỷ.", "ngân sách huyện đối ứng 700 triệu;"
# (the scale word ends its phrase, so "1,2 triệu người" is no money)
_SCALED_ALONE_RE = re.compile(rf"{_EDGE_L}(?:(?P<lo>{_NUMERAL})\s*(?P<slo>tỷ|triệu)?\s*(?:-|–|đến)\s*)?"  # "2 - 3 tỷ"
                              rf"(?:(?P<big>{_NUMERAL})\s*tỷ\s+(?=\d))?(?P<a>{_NUMERAL})\s*(?P<sa>tỷ|triệu)"
                              r"(?=\s*(?:[,.;:]|\((?!\s*(?:USD|EUR|đô|euro|tương đương)\b)|\)|$)"
                              r"|\s+(?:từ|do|và|trong|cho|để|bố trí)\b)", re.IGNORECASE)
FOREIGN_CURRENCIES = ("USD", "đô la", "EUR", "euro")  # "400 triệu USD" is no money in đồng ("đô thị" is none)
_FOREIGN_CURRENCY = re.compile(rf"\b(?:{'|'.join(FOREIGN_CURRENCIES)})\b", re.IGNORECASE)
FOREIGN_REACH = 40  # characters of its part before money written without its currency searched for a foreign one
_SPACED_D = re.compile(rf"\s+{CURRENCY_GLUED}")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_UNIT_SCALE_RE = re.compile(rf"(?:(?P<scale>{_SCALE}|tr\.?)\s*)?(?:{'|'.join(CURRENCY)}|(?<=tr){CURRENCY_GLUED}"
                            rf"|(?<=tr\.){CURRENCY_GLUED})(?!\w)", re.IGNORECASE)  # "Tr.đồng", "trđ"
# what lies between an amount and its restatement in brackets: "… đồng (bằng chữ: …", "Hai trăm triệu đồng chẵn (…"
_RESTATEMENT_OPENING = r"\s*(?:chẵn\s*)?\(\s*(?:bằng chữ\s*:?\s*)?"
_RESTATEMENT_GAP = re.compile(rf"{_RESTATEMENT_OPENING}$", re.IGNORECASE)
# words before the part of a restatement read as an amount: "(bằng chữ: Một tỷ, hai trăm năm mươi triệu đồng)"
_WORDS_RESTATEMENT_GAP = re.compile(rf"{_RESTATEMENT_OPENING}(?:{_WORDS}\s*,\s*)+$", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number in the text: a value, or a range value–value_max; offsets are absolute."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    percent: bool = False  # a rate: per cent, or per mille
    rate_unit: str = "%"  # "%", or "‰" for a rate per mille
    open_from: bool = False  # "từ 5" without an upper end: "from 5 on"


@dataclass(frozen=True)
class Amount:
    """An amount of money in đồng; a range gives one Amount per end."""

    start: int
    end: int
    vnd: int


# ------------------------------------------------------------------- parsing

def parse_numeral(s: str) -> float | None:
    """'1.050' → 1050, '1,5' → 1.5, '500.000.000' → 500000000, '10.367,700' → 10367.7, '01' → 1."""
    s = s.strip()
    if not re.fullmatch(_NUMERAL, s):
        return None
    if "." in s and "," in s:
        return float(s.replace(".", "").replace(",", "."))
    if "." in s:
        head, *groups = s.split(".")
        if all(len(g) == 3 for g in groups) and (len(groups) > 1 or len(head) <= 3):
            return float(s.replace(".", ""))
        return float(s) if len(groups) == 1 else None
    if "," in s:
        head, *groups = s.split(",")
        if len(groups) > 1:
            return float(s.replace(",", "")) if all(len(g) == 3 for g in groups) else None
        return float(s.replace(",", "."))
    return float(s)


def parse_words(s: str) -> float | None:
    """Vietnamese number words: 'một trăm sáu mươi ngàn' → 160000, 'hai triệu rưỡi' → 2500000."""
    words = s.lower().split()
    if not words:
        return None
    total, group, digit, last_scale = 0.0, 0.0, None, 1
    for w in words:
        if w in DIGIT_WORDS:
            digit = DIGIT_WORDS[w]
            group += digit
        elif w in TEN_WORDS:
            group += TEN_WORDS[w]
            digit = None
        elif w == TENS_SUFFIX:
            if digit is None:
                return None
            group += digit * 9  # the digit was added once already: d + 9d = 10d
            digit = None
        elif w == "trăm":
            group = (group or 1) * 100
            digit = None
        elif w in SCALE_WORDS:
            scale = SCALE_WORDS[w]
            if total and total < scale:
                total = (total + group) * scale
            else:
                total += (group or 1) * scale
            group, digit, last_scale = 0.0, None, scale
        elif w in HALF_WORDS:
            if group:
                group += HALF_WORDS[w] * (100 if group >= 100 else 1)
            else:
                total += HALF_WORDS[w] * last_scale
        else:
            return None
    return total + group


def parse_number(s: str) -> float | None:
    """A numeral, a fraction sign ('½') or number words."""
    s = s.strip()
    if s in FRACTION_SIGNS:
        return FRACTION_SIGNS[s]
    return parse_numeral(s) if s[:1].isdigit() else parse_words(s)


def unit_scale(unit: str) -> int | None:
    """đồng per unit of a money unit: 'triệu đồng' → 1000000, 'Tỷ đồng' → 10**9, 'Đồng/người/năm' → 1."""
    m = _UNIT_SCALE_RE.search(unit)
    if not m:
        return None
    return _scale_of(m.group("scale")) if m.group("scale") else 1


# ----------------------------------------------------------------- searching

def numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[Number]:
    """Numerals in text[start:end], with ranges ('01-02', 'từ 3 đến 5', '75%-80%') and percents."""
    end = len(text) if end is None else end
    for m in _NUMBER_RE.finditer(text, start, end):
        a = parse_number(m.group("a"))
        if a is None:
            continue
        b = parse_numeral(m.group("b")) if m.group("b") else None
        sign_a, sign_b = (_rate_sign(m.group("pa")), _rate_sign(m.group("pb")))
        is_range = b is not None and b > a and (sign_a == sign_b or not sign_a)  # "75-80%", not "5% - 7‰"
        if m.group("b") and not is_range:
            # "2021-2025" style pairs that are not increasing, or "5%-a": keep the first number only
            yield Number(m.start("a"), m.end("pa") if m.group("pa") else m.end("a"), a,
                         percent=bool(sign_a), rate_unit=sign_a or "%")
            continue
        sign = sign_a or sign_b
        first = m.start("from") if m.group("from") else m.start("a")
        yield Number(first, m.end(), a, b if is_range else None, bool(sign), sign or "%",
                     open_from=bool(m.group("from")) and not is_range)


def _rate_sign(sign: str | None) -> str:
    """A rate's sign as one of RATE_UNITS ("%o" → "‰"), or "" for none."""
    sign = (sign or "").strip().lower()
    return "‰" if sign == PER_MILLE_TYPED else "%" if sign == PER_CENT_WORDS else sign


def number_words(text: str, start: int = 0, end: int | None = None) -> Iterator[Number]:
    """Counts written in words in text[start:end] ('một', 'hai mươi lăm', 'mười'): each run of number
    words that opens with a non-zero digit or a ten is one Number ('không quá' holds no zero)."""
    end = len(text) if end is None else end
    for m in WORDS_RE.finditer(text, start, end):
        first = m.group().split()[0].lower()
        value = parse_words(m.group())
        if value and (DIGIT_WORDS.get(first) or first in TEN_WORDS):
            yield Number(m.start(), m.end(), value)


def amounts(text: str, start: int = 0, end: int | None = None, scaled_alone: bool = False) -> Iterator[Amount]:
    """Money in text[start:end]: '1.050 triệu đồng', '1,5 tỷ đồng', '1,2 nghìn tỷ đồng', '2 tỷ 500 triệu đồng' (one
    amount in two parts), '91.299 – 97.386 tỷ đồng' (two); with ``scaled_alone`` (text about funding) also '2,3 tỷ'
    and '700 triệu' ending their phrase."""
    end = len(text) if end is None else end
    found = list(_amounts(text, start, end))
    if not scaled_alone:
        yield from found
        return
    found += [alone for alone in _scaled_alone(text, start, end)
              if not any(a.start <= alone.start < a.end or alone.start <= a.start < alone.end for a in found)]
    last: Amount | None = None
    for amount in sorted(found, key=lambda amount: amount.start):
        if last and _restates(text[last.end:amount.start], amount.vnd == last.vnd, text[amount.start:amount.end]):
            continue  # "15 triệu (mười lăm triệu đồng)"
        last = amount
        yield amount


def _scaled_alone(text: str, start: int, end: int) -> Iterator[Amount]:
    """Money written without its currency, its scale word ending its phrase: '2,3 tỷ', '2 tỷ 500 triệu', '2 - 3 tỷ'
    (two); not after a foreign currency ("Vốn ODA (USD): 1,5 triệu")."""
    for m in _SCALED_ALONE_RE.finditer(text, start, end):
        value = parse_number(m.group("a"))
        big = parse_number(m.group("big")) if m.group("big") else 0
        part = max(start, m.start() - FOREIGN_REACH, *(text.rfind(mark, start, m.start()) + 1 for mark in ",;"))
        if value is None or big is None or _FOREIGN_CURRENCY.search(text, part, m.start()):
            continue
        scale = _scale_of(m.group("sa"))
        low = parse_number(m.group("lo")) if m.group("lo") else None
        if low is not None:
            low_scale = _scale_of(m.group("slo")) if m.group("slo") else scale
            yield Amount(m.start("lo"), m.end("slo") if m.group("slo") else m.end("lo"), round(low * low_scale))
        first = m.start("big") if m.group("big") else m.start("a")
        yield Amount(first, m.end(), round(value * scale + big * MONEY_SCALES["tỷ"]))


def _amounts(text: str, start: int, end: int) -> Iterator[Amount]:
    """Money written with its currency (see ``amounts``)."""
    last: Amount | None = None
    for m in _MONEY_RE.finditer(text, start, end):
        a, b = parse_number(m.group("a")), parse_number(m.group("b")) if m.group("b") else None
        if a is None or not _has_magnitude(m) or (_SPACED_D.fullmatch(m.group("cur")) and not m.group("sa")
                                                  and not _THOUSANDS.fullmatch(m.group("a"))):
            continue  # "5 đ": a score, not money
        scale_b = _scale_of(m.group("sb")) if m.group("sb") else 1
        scale_a = _scale(m)
        first = m.start()
        value = a * scale_a + _larger_part(m, scale_a)
        if m.group("big") and value == a * scale_a:
            first = m.start("a")  # "2 triệu 5 tỷ": no parts of one amount
        if last and _restates(text[last.end:first], value == last.vnd, m.group("a")):
            continue  # "160.000 đồng (một trăm sáu mươi ngàn đồng)": the same amount in words
        if b is None:
            last = Amount(first, m.end(), round(value))
            yield last
            continue
        split = m.end("ca") if m.group("ca") else m.end("sa") if m.group("sa") else m.end("a")
        yield Amount(first, split, round(value))
        last = Amount(m.start("b"), m.end(), round(b * scale_b))
        yield last


def _restates(gap: str, same_value: bool, numeral: str) -> bool:
    """Whether an amount after ``gap`` restates the one before it in brackets: the same value ("Hai trăm triệu đồng
    chẵn (200.000.000 đồng)"), or words after words (the part after a comma of "(bằng chữ: Một tỷ, hai trăm năm mươi
    triệu đồng)")."""
    if same_value and _RESTATEMENT_GAP.match(gap):
        return True
    return not numeral[0].isdigit() and bool(_WORDS_RESTATEMENT_GAP.match(gap))


def _scale(m: re.Match) -> int:
    """The scale of the first number of a money match: its own, or the range's shared one."""
    if m.group("sa"):
        return _scale_of(m.group("sa"))
    if m.group("sb") and not m.group("ca"):
        return _scale_of(m.group("sb"))
    return 1


def _larger_part(m: re.Match, scale: int) -> float:
    """The đồng of the larger part written before an amount ("2 tỷ" of "2 tỷ 500 triệu đồng"), 0 for none or for
    a part no larger than the amount's own scale."""
    big = parse_numeral(m.group("big")) if m.group("big") else None
    big_scale = _scale_of(m.group("sbig")) if m.group("sbig") else 0
    return big * big_scale if big is not None and big_scale > scale else 0


def _scale_of(word: str) -> int:
    """đồng per unit of a scale word, however spaced and cased: "tỷ" → 10**9, "nghìn  tỷ" → 10**12, "tr." → 10**6."""
    key = " ".join(word.lower().split())
    return MONEY_SCALES["triệu"] if key.rstrip(".") == "tr" else MONEY_SCALES[key]


def _has_magnitude(m: re.Match) -> bool:
    """Number words are money with a digit word and a scale word: "hai triệu đồng", not "năm đồng", "triệu đồng"."""
    words = m.group("a").lower().split()
    if m.group("a")[0].isdigit():
        return True
    counted = any(w in DIGIT_WORDS or w in TEN_WORDS for w in words)
    return counted and (bool(m.group("sa")) or any(w in MONEY_SCALES for w in words))
