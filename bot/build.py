"""`policybot build`: the seed folder → a fresh policy store, written atomically."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import SHIPPED_STORE
from bot.ingest.manifest import ManifestError
from bot.ingest.pipeline import BuildResult, build_corpus, fingerprint, seed_files
from bot.store import write_store


class BuildError(Exception):
    """The build cannot go on; the old store is left as it was."""


@dataclass
class Built:
    """What a build did: a one-line summary, and one line per document it skipped."""

    summary: str
    skipped: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.summary


def build_store(
    seeds_dir: Path, store_path: Path | None = None, *, progress: bool = False, strict: bool = False
) -> Built:
    """Parse every seed into the store at `store_path` (default: the package's).

    A document that cannot be read or placed is skipped and named in `Built.skipped`; the store is written
    from all the others. With `strict`, any skipped document is a BuildError and the store is not changed.
    """
    store_path = store_path or SHIPPED_STORE
    if not seeds_dir.is_dir():
        raise BuildError(f"{seeds_dir}: no such folder of seed documents")
    files = seed_files(seeds_dir)
    if not files:
        raise BuildError(f"{seeds_dir}: no .txt documents to build from")
    with _progress_bar(len(files)) if progress else nullcontext() as bar:
        try:
            result = build_corpus(seeds_dir, files, on_document=lambda _path: bar and bar.update())
        except ManifestError as exc:
            raise BuildError(f"{exc}; the store was not changed") from exc
    skipped = [f"skipped {seeds_dir / name}: {reason}" for name, reason in result.skipped]
    if not result.documents:
        raise BuildError("; ".join([*skipped, "no document could be built; the store was not changed"]))
    if strict and skipped:
        raise BuildError("; ".join([*skipped, "--strict: the store was not changed"]))
    write_store(store_path, result.records, result.documents, fingerprint(seeds_dir))
    return Built(_summary(result, store_path), skipped)


def _progress_bar(total: int):  # a tqdm bar; tqdm is imported only when a bar is shown (60 ms)
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="building")


def _summary(result: BuildResult, store_path: Path) -> str:
    targets = sum(r.kind == "target" for r in result.records)
    regions = len({r.region for r in result.records})
    skipped = f"; {len(result.skipped)} skipped" if result.skipped else ""
    return (
        f"built {store_path}: {len(result.records)} records ({targets} targets, "
        f"{len(result.records) - targets} achieved figures) for {regions} places "
        f"from {len(result.documents)} documents, {result.chars:,} characters{skipped}"
    )
