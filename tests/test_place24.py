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


# tests/real r481 (xialuqu.gov.cn 2023, a district government's task breakdown): the text never names its district;
# the one name it holds is a park of the district's among the notice's recipients, read as `乐山工业园区`
_UNNAMED_DISTRICTS_NOTICE = (
    "区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n\n"
    "长乐山工业园区、各街办,区政府各部门,市垂管各单位:\n\n"
    "2023年区政府工作报告重点任务分解》已经区政府研究同意,现印发给你们,请认真抓好落实。\n\n"
    "2023年经济社会发展的主要预期目标是:全年地区生产总值增长5%左右;规模以上工业增加值增长8%左右;"
    "固定资产投资增长12%左右;城镇登记失业率控制在4%以内。\n"
)


def test_a_notices_recipients_are_not_its_place(tmp_path: Path):
    # no place is better than a wrong one: the figures are left for the manifest to place
    assert _records(tmp_path, _UNNAMED_DISTRICTS_NOTICE) == []


def test_a_notice_to_its_zone_and_streets_stays_the_districts(tmp_path: Path):
    # tests/real r57 (常州市钟楼区's 2024 task breakdown): addressed to its zone and streets, signed by the district
    text = (
        "经开区、高新园(邹区镇)、各街道,区各办局、直属单位:\n"
        "为确保全面实现2024年《政府工作报告》提出的经济社会发展目标,经区政府研究决定,对主要目标任务和重点工作进行了"
        "责任分解。现将相关分解落实方案印发给你们。\n"
        "常州市钟楼区人民政府\n2024年3月11日\n"
        "全区经济社会发展的主要预期目标\n(1)地区生产总值增长6%左右。\n(2)一般公共预算收入增长3%以上。\n"
    )
    records = _records(tmp_path, text)
    assert records and {r.region for r in records} == {"钟楼区"}
    assert {r.kind for r in records} == {"target"}
