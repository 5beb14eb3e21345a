"""Periods in reports on a part of a year: what stands as told is the year's, what the part did is the part's."""

from __future__ import annotations

from ingest_helpers import one, records

from bot.ingest.time import mask_comparisons, period_of


def _r395(tail: str) -> list:
    # (r395 六枝, a report of 1-9月 2025: the part opens the text; `目前,` opens the sentence on the mines)
    return records(
        "六枝特区前三季度工业经济运行情况\n"
        "前三季度,全区规模以上工业增加值增速达到14.7%。\n"
        "目前,六枝特区在籍煤矿24处,批复保留煤矿23处;改造完成六家坝煤矿配套洗煤厂,洗选能力达到420万吨/年;"
        "煤电联动发展深入推进,25家电力企业装机容量达206.34万千瓦" + tail,
        date="2025-10",
        places=("六枝特区",),
    )


def test_the_present_opening_a_sentence_holds_for_its_later_clauses() -> None:
    found = _r395("。")
    assert one(found, 14.7).period == "2025-01~2025-09"
    assert [one(found, v).period for v in (24, 23, 25, 206.34)] == ["2025"] * 4


def test_the_present_named_in_an_earlier_sentence_frames_the_next_one() -> None:
    # (r384 天津经开区, a mid-year story of 2022-07: the projects under construction as they stand now)
    found = records(
        "天津经开区重点项目建设\n"
        "今年上半年,天津经开区积极构建重点项目梯度发展格局。目前,在建重点项目数同比增长19.1%,"
        "在建项目总投资超过3000亿元。从投资规模上看,百亿级在建项目2个、50亿级在建项目4个、10亿级在建项目54个,"
        "项目达产后,预计新增年产值超600亿元,将成为未来区域经济发展的全新增长点。",
        date="2022-07-28",
        places=("天津经济技术开发区",),
    )
    assert [one(found, v).period for v in (19.1, 2, 4, 54)] == ["2022"] * 4


def test_a_part_named_later_in_the_paragraph_ends_the_present() -> None:
    found = _r395(";前三季度,全区新增规上工业企业5家。")
    assert one(found, 5).period == "2025-01~2025-09"


def test_a_part_an_earlier_sentence_named_is_not_carried_to_what_stands() -> None:
    # (r195 郑州高新区, a mid-year story of 2024-08)
    found = records(
        "今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷\n"
        "2024年08月27日 中原网\n"
        "产业高地建设迈上新台阶。上半年新增第二批郑州市“链主”企业15家,占全市的21.7%;入选郑州市十大“三高”企业6家。"
        "辖区16家企业上榜河南省制造业单项冠军,占全市入选总数的62%,位居全市首位。",
        places=("郑州高新技术产业开发区",),
    )
    assert (one(found, 15).period, one(found, 6).period) == ("2024H1", "2024H1")
    assert (one(found, 16).period, one(found, 62).period) == ("2024", "2024")


def test_progress_said_as_the_years_target_progress_is_of_the_months() -> None:
    # (f20_p02 武昌, 2021 1-9月: `完成全年目标进度92.10%` names the plan, not the figure's time)
    assert "全年" not in mask_comparisons("完成全年目标进度")
    assert (
        period_of("1-9月,武昌区固定资产投资完成281.82亿元,完成全年目标进度", 2021, 2021) == "2021-01~2021-09"
    )


def test_what_the_part_added_stays_the_parts_after_a_sentence_naming_it() -> None:
    # (u02 双流, a mid-year report of 2021: `新认定` counts the half's certifications, not what stands)
    found = records(
        "双流区2021年上半年经济运行情况\n"
        "(二)产业发展动能持续增强。1-6月,全区规上工业企业实现营业收入986.5亿元,同比增长21.4%。"
        "天府国际生物城(双流片区)上半年实现产值123亿元。新认定高新技术企业68家,新增市场主体1.2万户。",
        date="2021-07",
        places=("双流区",),
    )
    assert (one(found, 68).period, one(found, 1.2).period) == ("2021H1", "2021H1")
