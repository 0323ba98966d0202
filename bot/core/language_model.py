"""py3langid's model, memory-mapped instead of loaded.

The packaged model is an LZMA-compressed archive; loading it keeps about 80 MB resident and
peaks near 110 MB while it unpacks, more than the rest of the bot together. Unpacked once into
plain array files in the user's cache directory and mapped read-only, only the pages a text
touches are read in (the states of the walk and the rows of the features it meets): a few MB.
Where no cache directory can be written, the model is loaded the packaged way.
"""

import lzma
import mmap
import os
import shutil
import tempfile
from array import array
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ghostwatch" / f"py3langid-{version('py3langid')}"


def _unpack(target: Path) -> None:
    """The archive's arrays as `.npy` files, one array in memory at a time; the directory
    appears whole or not at all (several processes may race to write it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".unpacking-"))
    try:
        with tempfile.TemporaryFile(dir=target.parent) as npz:
            with lzma.open(MODEL_DIR / MODEL_FILE) as packed:
                shutil.copyfileobj(packed, npz, length=1 << 20)
            npz.seek(0)
            with np.load(npz, allow_pickle=False) as data:
                for name in _ARRAYS:
                    np.save(staging / f"{name}.npy", data[name], allow_pickle=False)
        os.replace(staging, target)
    except OSError:
        if not target.is_dir():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _map(path: Path) -> Any:
    """An array file mapped read-only; read at random, so the kernel reads no pages ahead."""
    mapped = np.load(path, mmap_mode="r")
    if (raw := getattr(mapped, "_mmap", None)) is not None and hasattr(mmap, "MADV_RANDOM"):
        raw.madvise(mmap.MADV_RANDOM)
    return mapped


class _Mapped:
    """The identifier over mapped arrays; after each text the pages it read are let go (they
    stay in the page cache), so that what stays resident does not grow with every reply."""

    def __init__(self, identifier: Any, maps: list[mmap.mmap]) -> None:
        self._identifier, self._maps = identifier, maps

    def classify(self, text: str) -> tuple[str, float]:
        try:
            language, confidence = self._identifier.classify(text)
            return str(language), float(confidence)
        finally:
            for raw in self._maps:
                raw.madvise(mmap.MADV_DONTNEED)


def _mapped(target: Path) -> Any:
    arrays = {name: _map(target / f"{name}.npy") for name in _ARRAYS}
    rows = array("I", np.asarray(arrays["nextmove_row"], dtype=np.uint32).tobytes())
    maps = [m for a in arrays.values() if isinstance(m := getattr(a, "_mmap", None), mmap.mmap)]
    return _Mapped(_identifier(arrays, rows), maps if hasattr(mmap, "MADV_DONTNEED") else [])


def _identifier(arrays: dict[str, Any], rows: "array[int]") -> Any:
    return LanguageIdentifier(
        arrays["ptc"],
        np.asarray(arrays["pc"]),
        [str(name) for name in arrays["classes"]],
        arrays["nextmove"],
        arrays["out_feat"],
        norm_probs=True,
        tk_row=rows,
    )


def load_identifier() -> Any:
    """A `LanguageIdentifier` over the mapped model, else over the model loaded in memory."""
    target = _cache_dir()
    try:
        if not target.is_dir():
            _unpack(target)
        return _mapped(target)
    except (OSError, ValueError):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
