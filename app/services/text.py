"""Text folding for search and matching: "lodz" finds "Łódź"."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                              "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """Lower case, without diacritics, with runs of whitespace made single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_tokens(query: str) -> list[str]:
    return fold(query).split()


def matches(key: str, tokens: list[str]) -> bool:
    """True when every token occurs in the folded key."""
    return all(token in key for token in tokens)
