"""The language model is mapped from a cache it unpacks once, and reads as the packaged one."""

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from bot.core import language_model

TEXTS = [
    "Hello there, this is a reply about the draft we discussed last week.",
    "Olá, tudo bem? O rascunho está pronto para sexta-feira, obrigado.",
    "Hallo zusammen, der Entwurf ist fertig und kommt morgen früh.",
    "こんにちは、下書きは金曜日に送ります。よろしくお願いします。",
    "Dzień dobry, szkic wyślę w piątek rano, pozdrawiam serdecznie.",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_the_mapped_model_reads_as_the_packaged_one(cache: Path) -> None:
    mapped = language_model.load_identifier()
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for text in TEXTS:
        (language, confidence), (expected, score) = mapped.classify(text), packaged.classify(text)
        assert language == expected and confidence == pytest.approx(score, abs=1e-4), text
    (unpacked,) = (cache / "ghostwatch").iterdir()
    assert sorted(p.name for p in unpacked.iterdir()) == sorted(
        f"{name}.npy" for name in language_model._ARRAYS
    )
    mtimes = [p.stat().st_mtime_ns for p in unpacked.iterdir()]
    language_model.load_identifier()
    assert [p.stat().st_mtime_ns for p in unpacked.iterdir()] == mtimes, "unpacked once"


def test_without_a_writable_cache_the_packaged_model_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert language_model.load_identifier().classify(TEXTS[0])[0] == "en"
