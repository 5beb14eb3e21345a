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
