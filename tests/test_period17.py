"""Periods under a review of several years (period17): the sentences are the tuning documents' own."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# dev16 r309 (suihua.big5.dbw.cn 青冈 2026-01-04, trad): a press conference on the 十四五 years, `五年来,…`
_QINGGANG = (
    "2026-01-04\n"
    "2025年12月30日,青冈县委宣传部举行“绥化市高质量完成‘十四五’规划系列主题新闻发布会”——青冈县专场。\n"
    "王洪伟说,“十四五”时期,青冈县始终以习近平新时代中国特色社会主义思想为指导,经济社会发展保持稳中快进的良好态势。\n"
    "五年来,农业根基越发稳固,粮食安全“压舱石”更加凸显。青冈县推动良田、良种、良法、良机、良制“五良融合”,"
    "高标准农田建成率达到60%以上,农业主推技术到位率达到95%以上,农业综合机械化率稳定在98.6%以上,粮食总产突破23亿斤。"
    "脱贫攻坚成果持续巩固,累计投入衔接资金8.18亿元。\n"
)


def _periods(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.period for r in build_one(tmp_path, text).records}


def test_a_rate_built_under_a_review_of_years_is_a_level_of_their_last_year(tmp_path: Path) -> None:
    periods = _periods(tmp_path, _QINGGANG)
    assert periods[60] == "2025"  # `建成率` is a level, not a count of things built
    assert periods[8.18] == "2021-2025"


def test_a_level_held_through_the_years_is_theirs(tmp_path: Path) -> None:
    periods = _periods(tmp_path, _QINGGANG)
    assert periods[98.6] == "2021-2025"  # `稳定在`
    assert periods[95] == "2025"  # reached: the last year
