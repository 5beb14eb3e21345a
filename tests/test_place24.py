"""The whole document's place, and a sentence's: a place written at the head of a park's or a news outlet's name
(`滨海—中关村科技园`, `天津滨海网`) names the park or the outlet, never the place the text speaks for; it casts no
vote for the document's place and opens no sentence of its own. Excerpts of real pages of the tuning corpus,
built through the real pipeline without a manifest."""

from collections import Counter
from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str) -> list:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return build_corpus(tmp_path).records


# tests/real r476 (tjbhnews.com 2022, 天津经济技术开发区's work meeting): the zone is named once in full and then
# goes by `经开区`; 滨海新区's short name shows only in a park's name and in the outlet's copyright footer
_TEDA = (
    "昨天,记者从天津经济技术开发区2022年工作会议上了解到,2021年,经开区迎难而上,奋力进取,规上工业增加值增长6.6%;"
    "实际利用外资增长17.8%,内资增长24.8%;固定资产投资增长10.6%,实现“十四五”良好开局。\n"
    "同时,区域创新水平持续增强。去年,滨海—中关村科技园新增注册企业907家,同比增长76.1%。(记者万红)\n"
    '凡注有"天津滨海网"或电头为"天津滨海网"的稿件,均为天津滨海网独家版权所有,未经许可不得转载或镜像;'
    '授权转载必须注明来源为"天津滨海网",并保留"天津滨海网"的电头。\n'
)


def test_an_outlets_footer_casts_no_vote_for_the_district(tmp_path: Path):
    regions = Counter(r.region for r in _records(tmp_path, _TEDA))
    assert "滨海新区" not in regions
    assert regions.most_common(1)[0][0] == "天津经济技术开发区"


def test_a_park_named_after_a_district_opens_no_sentence_of_the_district(tmp_path: Path):
    by_value = {r.value: r for r in _records(tmp_path, _TEDA)}
    assert by_value[907].region == "天津经济技术开发区"
    assert by_value[6.6].region == "天津经济技术开发区"
    assert by_value[6.6].kind == "actual"
