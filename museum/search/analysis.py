"""Analysers of the content languages: English, Russian and Turkmen words as the index keeps them.

- English: lower-cased, accents folded, stemmed (Porter2).
- Russian: lower-cased, ё folded into е, stemmed twice. Snowball's Russian stemmer takes verb
  endings off nouns too: "печать" becomes "печа" (-ать as in "читать") but "печати" "печат",
  "медали" "меда" but "медаль" "медал". Each word is therefore indexed under Snowball's stem and
  under the stem Snowball gives without its verb and gerund steps, and a query word looks for
  either (see `split_alternatives`), so every case of a noun finds the others.
- Turkmen: lower-cased, its letters folded (ç→c, ä→a, ž→z, ň→n, ö→o, ş→s, ü→u, ý→y) so that a
  word typed on a keyboard without them still matches ("mohur" finds "möhür"). Whoosh has no
  Turkmen stemmer; Turkmen only adds endings, so a query word also finds the words it begins
  ("möhür" finds "möhüri", see `with_turkmen_endings`). Highlights still mark the word as
  written: folding changes token texts only.

Stop words are those of all three languages in every analyser: a query runs through each
language's analyser, and a word dropped by one but kept by another would become a word that
every hit must hold in that other language.
"""

import copy
from functools import lru_cache

from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang.snowball.russian import RussianStemmer
from whoosh.lang.stopwords import stoplists
from whoosh.query import Or, Phrase, Prefix, Query, Term
from whoosh.support.charset import accent_map

ALTERNATIVE = "|"  # joins a Russian query word's two stems into one token
TURKMEN_FIELDS = frozenset({"all_tk", "title_tk"})
ENDINGS_FROM = 4  # letters a Turkmen query word needs before it also finds longer words
ENDINGS_WEIGHT = 0.5  # of a longer word's match, against the word itself
WORD = r"\w+(\.?\w+)*"  # \w is Unicode: ç ä ž ň ö ş ü ý and Cyrillic letters are word letters

RUSSIAN_FOLDING = str.maketrans("ё", "е")
TURKMEN_FOLDING = str.maketrans("çäžňöşüý", "caznosuy")
# Turkmen's alphabetical order: a b ç d e ä f g h i j ž k l m n ň o ö p r s ş t u ü w y ý z.
# Each special letter sorts right after its base letter ("~" follows every lower-case letter).
TURKMEN_COLLATION = str.maketrans(
    {"ç": "c~", "ä": "e~", "ž": "j~", "ň": "n~", "ö": "o~", "ş": "s~", "ü": "u~", "ý": "y~"}
)
TURKMEN_STOP_WORDS = frozenset(
    ("we", "bilen", "hem", "üçin", "bu", "şu", "şol", "ol", "da", "de", "ýa", "ýaly")
)
RUSSIAN_STOP_WORDS = frozenset(stoplists["ru"])
ALL_STOP_WORDS = frozenset(
    {
        *STOP_WORDS,
        *RUSSIAN_STOP_WORDS,
        *(word.translate(RUSSIAN_FOLDING) for word in RUSSIAN_STOP_WORDS),
        *TURKMEN_STOP_WORDS,
        *(word.translate(TURKMEN_FOLDING) for word in TURKMEN_STOP_WORDS),
    }
)
_ACCENTS = str.maketrans(accent_map)


class _NominalRussianStemmer(RussianStemmer):
    """Snowball's Russian stemmer without the steps that take off verb and gerund endings."""

    _RussianStemmer__perfective_gerund_suffixes = ()
    _RussianStemmer__verb_suffixes = ()


_SNOWBALL = RussianStemmer()
_NOMINAL = _NominalRussianStemmer()


@lru_cache(maxsize=50_000)
def russian_stems(word: str) -> tuple[str, str]:
    """(nominal stem, Snowball's stem) of a lower-cased Russian word; often the same."""
    return _NOMINAL.stem(word), _SNOWBALL.stem(word)


class RussianStemsFilter(Filter):
    """Indexes each word under both stems (at the same position); in a query, gives one token
    "nominal|snowball" that `split_alternatives` turns into an OR of the two."""

    def __call__(self, tokens):
        for token in tokens:
            if token.stopped:
                yield token
                continue
            nominal, snowball = russian_stems(token.text)
            if nominal == snowball:
                token.text = nominal
                yield token
            elif token.mode == "query":
                token.text = f"{nominal}{ALTERNATIVE}{snowball}"
                yield token
            else:
                token.text = nominal
                yield token.copy()
                token.text = snowball
                yield token


def english_analyzer():
    """Words, lower-cased, accents folded, stop words dropped, stemmed."""
    return (
        RegexTokenizer(WORD)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=ALL_STOP_WORDS)
        | StemFilter(lang="en", cachesize=50_000)
    )


def russian_analyzer():
    """Words, lower-cased, ё as е, stop words dropped, indexed under both stems."""
    return (
        RegexTokenizer(WORD)
        | LowercaseFilter()
        | CharsetFilter(RUSSIAN_FOLDING)
        | StopFilter(stoplist=ALL_STOP_WORDS)
        | RussianStemsFilter()
    )


def turkmen_analyzer():
    """Words, lower-cased, Turkmen letters (and any accent) folded, stop words dropped."""
    return (
        RegexTokenizer(WORD)
        | LowercaseFilter()
        | CharsetFilter({**accent_map, **TURKMEN_FOLDING})
        | StopFilter(stoplist=ALL_STOP_WORDS)
    )


ANALYZERS = {"en": english_analyzer, "ru": russian_analyzer, "tk": turkmen_analyzer}


def analyzer(language: str):
    """The analyser of a language's text fields (English's for a language without its own)."""
    return ANALYZERS.get(language, english_analyzer)()


def vocabulary_analyzer(language: str):
    """Words as written (lower-cased), without stop words: the vocabulary that corrections and
    completions offer. English folds accents as it always has; Russian and Turkmen words keep
    their letters, so a correction is spelt right."""
    tokens = RegexTokenizer(WORD) | LowercaseFilter()
    if language == "en":
        tokens = tokens | CharsetFilter(accent_map)
    return tokens | StopFilter(stoplist=ALL_STOP_WORDS)


def fold(language: str, word: str) -> str:
    """A lower-cased word as its language's folding compares it (typos, completions)."""
    if language == "ru":
        return word.translate(RUSSIAN_FOLDING)
    if language == "tk":
        return word.translate(TURKMEN_FOLDING).translate(_ACCENTS)
    return word.translate(_ACCENTS)


def same_script(language: str, word: str) -> bool:
    """True when a word is written in the language's script (Cyrillic for Russian, Latin for
    the others): a typo is never corrected into another script's word."""
    cyrillic = any("\u0400" <= letter <= "\u04ff" for letter in word)
    return cyrillic == (language == "ru")


def sort_key(language: str, title: str) -> str:
    """A title as the sort by title orders it in its language."""
    key = title.casefold()
    if language == "ru":
        key = key.translate(RUSSIAN_FOLDING)
    elif language == "tk":
        key = key.translate(TURKMEN_COLLATION)
    return key[:100]


def split_alternatives(query: Query) -> Query:
    """A parsed query with each Russian "nominal|snowball" token made an OR of both stems (a
    phrase, prefix or fuzzy word keeps the nominal stem, which the index holds at every word)."""

    def split(node: Query) -> Query:
        if isinstance(node, Phrase):
            if any(ALTERNATIVE in word for word in node.words):
                words = [word.split(ALTERNATIVE)[0] for word in node.words]
                return Phrase(node.fieldname, words, slop=node.slop, boost=node.boost)
            return node
        text = getattr(node, "text", None)
        if not isinstance(text, str) or ALTERNATIVE not in text:
            return node
        stems = text.split(ALTERNATIVE)
        if type(node) is Term:
            return Or([Term(node.fieldname, stem, boost=node.boost) for stem in stems])
        single = copy.copy(node)
        single.text = stems[0]
        return single

    return query.accept(split)


def with_turkmen_endings(query: Query) -> Query:
    """A parsed query in which each Turkmen word of ENDINGS_FROM letters or more also finds
    the words it begins (the same word with endings), with less weight than itself."""

    def widen(node: Query) -> Query:
        if type(node) is Term and node.fieldname in TURKMEN_FIELDS:
            text = node.text
            if isinstance(text, str) and len(text) >= ENDINGS_FROM:
                longer = Prefix(node.fieldname, text, boost=node.boost * ENDINGS_WEIGHT)
                return Or([node, longer])
        return node

    return query.accept(widen)
