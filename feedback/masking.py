"""Hiding personal data in free-text comments before managers read them.

Citizens write what they like in a comment box: their email, phone number, street
address, a national id or card number, their own name. Managers need the substance of
the comment, not those details, so comments are masked before they are shown. Masking
errs towards hiding too much: a false positive costs a few words, a false negative
exposes a person.

The patterns run in a fixed order, longest and most specific first, so a card number is
not half-eaten as a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from django.utils.translation import gettext as _

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# 13 to 19 digits, optionally grouped by spaces or hyphens: payment card numbers.
CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")

# National ids: the US SSN shape (123-45-6789) and any run of 8 or more digits
# (passport, tax, insurance and account numbers).
NATIONAL_ID = re.compile(r"(?<![\w+-])(?:\d{3}-\d{2}-\d{4}|\d{8,})(?![\w-])")

# Phone numbers: an optional +country code, an optional (area) code, then groups of
# digits split by spaces, dots or hyphens; or a bare local number such as 555-0100.
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?"
    r"(?:\d{2,4}[\s.-]){1,3}\d{3,4}(?![\w-])"
    r"|(?<![\w+])\+\d{7,14}(?!\w)"
)

STREET_WORDS = (
    "street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    "terrace|highway|hwy|parkway|pkwy|circle|cir|square|sq|close|crescent|row|trail|alley|"
    "calle|avenida|camino|carretera|paseo|plaza"
)
# Words that follow a number without making it a house number ("3 hours on the road").
NOT_A_STREET_NAME = (
    "the|a|an|on|in|at|to|of|for|and|or|my|your|our|their|his|her|its|by|from|with|was|were|"
    "is|are|times?|hours?|minutes?|days?|weeks?|months?|years?|calls?|people|visits?|"
    "forms?|letters?|emails?|pages?|steps?|de|del|la|el|los|las|en|y|horas?|minutos?|"
    "d[ií]as?|semanas?|meses|mes|a[nñ]os?|veces"
)
_NAME_WORD = rf"(?!(?:{NOT_A_STREET_NAME})\b)[^\W\d][\w'.-]*"
# A house number then up to four name words then a street word ("12 Elm Street",
# "1600 Pennsylvania Ave NW"), or a Spanish street word, name words and a number
# ("Calle Mayor 12").
ADDRESS = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?,?\s+(?:{_NAME_WORD}\s+){{1,4}}(?:{STREET_WORDS})\b"
    rf"|\b(?:calle|avenida|av\.|camino|paseo|plaza)\s+(?:{_NAME_WORD}\s+){{1,4}}\d{{1,6}}\b",
    re.IGNORECASE | re.UNICODE,
)

# Parts of names too common to hide on their own ("Maria de la Cruz": hide Maria and Cruz).
NAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "el", "y", "da", "di", "do", "dos", "van", "von", "der"}
    | {"le", "du", "bin", "al", "mr", "mrs", "ms", "dr", "jr", "sr"}
)


def _name_words(names: Iterable[str]) -> frozenset[str]:
    """Each name in full and each of its parts of two letters or more."""
    words: set[str] = set()
    for name in names:
        cleaned = " ".join(name.split())
        if not cleaned:
            continue
        words.add(cleaned)
        for part in re.split(r"[\s,]+", cleaned):
            part = part.strip(".'")
            if len(part) >= 2 and part.lower() not in NAME_PARTICLES:
                words.add(part)
    return frozenset(words)


@lru_cache(maxsize=2048)
def _name_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the words, longest first, so a full name is replaced as one.

    Kept for the next text about the same people (a list of requests masks each request's
    description with its customer's name): compiling is most of the cost of masking.
    """
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE | re.UNICODE)


def _cannot_hold(text: str, words: frozenset[str]) -> bool:
    """True when plain ASCII text holds none of the (ASCII) words in any case, so the name
    pattern cannot match. Other scripts are left to the pattern: its case-insensitive
    matching knows equivalences (dotless i, long s, the Kelvin sign) that lower() does not."""
    if not text.isascii() or not all(word.isascii() for word in words):
        return False
    lowered = text.lower()
    return not any(word.lower() in lowered for word in words)


def _phone(match: re.Match[str]) -> str:
    """A phone number has seven digits or more; "12 345" and "2024 2025" are not ones."""
    digits = sum(char.isdigit() for char in match.group())
    return _("[phone]") if digits >= 7 else match.group()


def mask_personal(text: str, *, names: Iterable[str] = ()) -> str:
    """*text* with email addresses, card numbers, national ids, phone numbers, street
    addresses and the given people's names replaced by a bracketed label."""
    if not text:
        return text
    text = EMAIL.sub(_("[email]"), text)
    text = CARD.sub(_("[card number]"), text)
    text = NATIONAL_ID.sub(_("[id number]"), text)
    text = PHONE.sub(_phone, text)
    text = ADDRESS.sub(_("[address]"), text)
    words = _name_words(names)
    if words and not _cannot_hold(text, words):
        text = _name_pattern(words).sub(_("[name]"), text)
    return text
