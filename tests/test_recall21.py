"""Figures the build used to miss for want of a unit: plots and boards counted by the 块, rooms and clinics by the 间,
computing power in P before the word for it; and a works named by its yearly product is a name, not a figure.
Sentences are real pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _figures(clause: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(clause)]


def test_plots_and_boards_are_counted_by_the_kuai() -> None:
    # f20_p07 宝安 2018 (民生实事), f20_p18 静安 2024
    assert _figures("新增14块学校用地") == [(14, "块")]
    assert (64, "块") in _figures("完成64块发光提示标志及24个路口警示减速道钉安装")


def test_kuai_as_a_word_is_no_unit() -> None:
    assert _figures("推进块状经济转型") == []
    assert _figures("大家一块儿干") == []


def test_clinics_are_counted_by_the_jian() -> None:
    # f20_p07 宝安 2018
    assert _figures("实施5个医院和10间社康中心新改扩建") == [(5, "个"), (10, "间")]


def test_jian_as_a_word_is_no_unit() -> None:
    assert _figures("两者之间") == []
    assert _figures("3间接影响") == []


def test_computing_power_is_counted_in_p_before_the_word_for_it() -> None:
    # r195 郑州高新区 2024, f18_p02 金普 2025
    assert _figures("储备了超1000P算力服务能力") == [(1000, "P")]
    assert _figures("大连数谷500P高性能算力投入使用") == [(500, "P")]


def test_a_bare_p_is_a_page_or_a_resolution() -> None:
    assert _figures("浦江年鉴2022 P. 290") == []
    assert _figures("1080P高清屏") == []


def test_a_works_named_by_its_yearly_product_is_no_figure() -> None:
    # r320 平利 2010 (a work report's review)
    text = (
        "平利县2010年工作报告\n"
        "以及渡船口电站3月份正式发电,年产5000万块免烧砖厂正式投产,为工业经济持续快速增长提供强劲动力。\n"
    )
    assert not [r for r in records(text, date="2010-10-20") if r.value == 5000]


def test_a_clinic_count_is_built_as_a_years_target() -> None:
    # f20_p07 宝安 2018
    text = "宝安区2018年民生实事项目\n2018年,宝安区将新增14块学校用地,实施5个医院和10间社康中心新改扩建。\n"
    found = {(r.value, r.unit): r for r in records(text, date="2018-01-20")}
    assert found[(14, "块")].region == "宝安区"
    assert found[(10, "间")].kind == "target"
