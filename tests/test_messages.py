"""Every message a person reads is written in bokmål, nynorsk and English, in one place.

The tests read the package's source with ``ast``, so they hold every module, including
modules added later: a ``Message(...)`` without one of its languages, nynorsk that is
bokmål, an ``x``/``x_en`` pair or a ``lang == "en"`` branch fails here.
"""

from __future__ import annotations

import ast
import enum
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import pytest

import randaberg_some
from randaberg_some.messages import LANGUAGES, Message

PACKAGE = Path(randaberg_some.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

# Where the language is dispatched, once: Message.text compares lang with each language.
LANGUAGE_DISPATCH = {"messages.py"}

# Words that are bokmål only: nynorsk writes the word after the colon. Each was checked
# against the official nynorsk dictionary (Nynorskordboka): none is a nynorsk form.
BOKMAL_ONLY: dict[str, str] = {
    "ikke": "ikkje",
    "hva": "kva",
    "hvordan": "korleis",
    "hvis": "viss, dersom",
    "jeg": "eg",
    "noen": "nokon",
    "noe": "noko",
    "bare": "berre",
    "hvor": "kvar",
    "hvem": "kven",
    "hver": "kvar",
    "hvert": "kvart",
    "hvilke": "kva for",
    "hvilken": "kva for",
    "ble": "vart, blei",
    "fra": "frå",
    "mye": "mykje",
    "være": "vere",
    "uten": "utan",
    "selv": "sjølv",
    "allerede": "allereie",
    "ennå": "enno",
    "gjelder": "gjeld",
    "tegn": "teikn",
    "navn": "namn",
    "navnet": "namnet",
    "brukernavn": "brukarnamn",
    "brukernavnet": "brukarnamnet",
    "enhet": "eining",
    "enheten": "eininga",
    "dager": "dagar",
    "kontoer": "kontoar",
}

_FIELD = re.compile(r"\{[^{}]*\}")
_WORD = re.compile(r"[^\W\d_]+")
_LANG_BRANCH = re.compile(r"""\blang\s*[!=]=\s*["']en["']|["']en["']\s*[!=]=\s*lang\b""")


def _all() -> list[object]:
    return [pytest.param(path, id=str(path.relative_to(PACKAGE))) for path in SOURCES]


def _params() -> list[object]:
    return _all()


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _message_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        call = node if isinstance(node, ast.Call) else None
        if call is not None and isinstance(call.func, ast.Name) and call.func.id == "Message":
            yield call


def _literal(node: ast.expr) -> str | None:
    """The text of a literal (an f-string's literal parts), or ``None`` for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(value.value) if isinstance(value, ast.Constant) else "{}" for value in node.values
        )
    return None


@pytest.mark.parametrize("path", _all())
def test_every_message_has_three_non_empty_languages(path: Path) -> None:
    problems = []
    for call in _message_calls(_tree(path)):
        given = {keyword.arg: keyword.value for keyword in call.keywords}
        if call.args or set(given) != set(LANGUAGES):
            problems.append(
                f"line {call.lineno}: Message needs nb=, nn= and en= "
                f"(got {sorted(map(str, given))})"
            )
            continue
        for lang, value in given.items():
            text = _literal(value)
            if text is not None and not text.strip():
                problems.append(f"line {call.lineno}: {lang} is empty")
    assert problems == []


def _nynorsk_literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for call in _message_calls(tree):
        for keyword in call.keywords:
            if keyword.arg == "nn":
                text = _literal(keyword.value)
                if text is not None:
                    yield call.lineno, text


def bokmal_words(text: str) -> list[str]:
    """The bokmål-only words of ``text``, format fields left out."""
    words = _WORD.findall(_FIELD.sub(" ", text).lower())
    return [word for word in words if word in BOKMAL_ONLY]


@pytest.mark.parametrize("path", _all())
def test_nynorsk_is_not_bokmal(path: Path) -> None:
    found = [
        f"line {line}: {word!r} (nynorsk: {BOKMAL_ONLY[word]})"
        for line, text in _nynorsk_literals(_tree(path))
        for word in bokmal_words(text)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Brukarnamnet kan ikkje vere tomt.", []),
        ("Brukernavnet kan ikke være tomt.", ["brukernavnet", "ikke", "være"]),
        ("Kva er {navn}? Frå hvor?", ["hvor"]),
    ],
)
def test_the_bokmal_word_list_finds_bokmal(text: str, words: list[str]) -> None:
    assert bokmal_words(text) == words


def _pair_names(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Identifiers, keyword arguments and record keys that end in ``_en``."""
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
        elif isinstance(node, (ast.arg, ast.keyword)) and node.arg is not None:
            names.append(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    names.append(key.value)
        for name in names:
            if name.endswith("_en"):
                yield getattr(node, "lineno", 0), name


@pytest.mark.parametrize("path", _params())
def test_no_english_twin_fields_and_no_english_branches(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    found = [f"line {line}: {name}" for line, name in _pair_names(ast.parse(source))]
    found += [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(source.splitlines(), 1)
        if _LANG_BRANCH.search(line) and path.name not in LANGUAGE_DISPATCH
    ]
    assert found == []


def _messages_in(value: object, depth: int = 0) -> Iterator[Message]:
    if isinstance(value, Message):
        yield value
    elif depth > 4:
        return
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _messages_in(item, depth + 1)
    elif isinstance(value, (tuple, list, frozenset)):
        for item in value:
            yield from _messages_in(item, depth + 1)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _messages_in(getattr(value, field.name), depth + 1)


def _public_constants() -> list[str]:
    return [name for name in randaberg_some.__all__ if name.isupper()]


@pytest.mark.parametrize("name", _public_constants())
def test_every_message_of_a_public_constant_has_three_texts(name: str) -> None:
    for message in _messages_in(getattr(randaberg_some, name)):
        for lang in LANGUAGES:
            assert message.text(lang).strip(), (name, message)


def test_the_rule_catalogue_is_reached() -> None:
    assert len(list(_messages_in(randaberg_some.RULES))) == 2 * len(randaberg_some.RULES)


def _labelled_enums() -> list[object]:
    params: list[object] = []
    for name in randaberg_some.__all__:
        value = getattr(randaberg_some, name)
        labelled = callable(getattr(value, "label", None))
        if isinstance(value, type) and issubclass(value, enum.Enum) and labelled:
            params.append(pytest.param(value, id=name))
    return params


@pytest.mark.parametrize("kind", _labelled_enums())
def test_every_enum_label_exists_in_three_languages(kind: type[enum.Enum]) -> None:
    for member in kind:
        texts = [member.label(lang) for lang in LANGUAGES]  # type: ignore[attr-defined]
        assert all(isinstance(text, str) and text.strip() for text in texts), (member, texts)
