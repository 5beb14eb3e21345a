"""Indicator names that keep what an earlier clause of their sentence says they are about (real tuning sentences)."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_the_parts_of_a_batch_of_projects_started_together_are_named_by_the_event() -> None:
    # r552 平山 2023 (dev28): `本次集中开工项目10项,总投资28.3亿元,其中,工业类项目6项,总投资26.4亿元`
    found = records("2023年,平山县本次集中开工项目10项,总投资28.3亿元,其中,工业类项目6项,总投资26.4亿元。")
    assert one(found, 6).indicator == "集中开工工业类项目"
    assert one(found, 26.4).indicator == "集中开工工业类项目总投资"
    # f21_p10 衡水高新区 2024 (fresh21): the quarter before the event does not hide it
    found = records("据了解,衡水高新区2024年一季度集中开工项目共有7个,总投资29.9亿元,其中产业项目4个、“双基”项目3个。")
    assert one(found, 4).indicator == "集中开工产业项目"
    assert one(found, 3).indicator == "集中开工“双基”项目"


def test_a_part_that_names_its_own_stage_keeps_its_name() -> None:
    # r174 陵水 2019: a plan's new and continued projects are not renamed
    found = records("2019年,陵水县安排政府投资项目185个,其中新开工项目114个,续建项目71个,总投资179.1亿元。")
    assert one(found, 114).indicator == "新开工项目"
    assert one(found, 71).indicator == "续建项目"


def test_what_a_counted_group_of_projects_signed_or_registered_is_the_group_s() -> None:
    # r474 荣昌 2024 Q1 (dev22): `全县共引进项目27个,合同金额共计54.8亿元,…,固投42.6亿元`
    found = records("一季度,荣昌区全县共引进项目27个,合同金额共计54.8亿元,完成目标任务27.4%,固投42.6亿元,完成目标任务28.4%。")
    assert one(found, 54.8).indicator == "引进项目合同金额"
    assert one(found, 42.6).indicator == "引进项目固投"
    # r476 天津经开区 2022 (dev23): `新引进落地项目1916个,注册资金超1850亿元`
    assert one(records("2021年,天津经开区新引进落地项目1916个,注册资金超1850亿元。"), 1850).indicator.endswith(
        "新引进落地项目注册资金"
    )
    # f21_p03 (fresh21): `合同项目有11项,总投资26213万美元、协议外资15063万美元`
    found = records("签约项目中,合同项目有11项,总投资26213万美元、协议外资15063万美元;协议项目3项,协议外资5000万美元。")
    assert one(found, 15063).indicator == "合同项目协议外资"
    assert one(found, 5000).indicator == "协议项目协议外资"
