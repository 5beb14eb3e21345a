"""Subjects and canonical names: a paragraph that opens with a named park as its topic gives the park its later
figures. Sentences are real pages' (split and id in a comment)."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# dev22 r472 开县工业园区 (traditional script in the page; simplified here)
_KAIXIAN = (
    "开县工业园区\n"
    "白鹤能源建材产业园位于开县白鹤街道,省道渝巫路旁,距县城不到10公里,规划面积2平方公里。目前,园区建设初具规模,"
    "经济社会效益日渐凸现。到2010年,入园项目总投资达38亿元,实现产值43亿元,工业增加值13亿元,解决就业岗位14000个。\n"
    "赵家食品轻工产业园位于开县赵家街道,紧临万开高速公路,规划面积10平方公里。园区建成后,入园项目预计总投资21亿元,"
    "可实现产值29亿元,赵家食品轻工产业园将成为开县加快产业发展解决移民就业的又一个重要平台。\n"
    "全县工业增加值达到50亿元。\n"
)


def test_a_park_opening_its_paragraph_is_the_subject_of_the_paragraphs_figures() -> None:
    found = records(_KAIXIAN, "2008", ("开县",))
    assert one(found, 38).subject == "白鹤能源建材产业园"
    assert one(found, 43).subject == "白鹤能源建材产业园"
    added = one(found, 13)
    assert added.subject == "白鹤能源建材产业园"
    assert added.canonical == ""  # the park's own value added is no headline figure of the county
    # the place named after the figures (`…将成为开县…`) does not take them back
    assert one(found, 21).subject == "赵家食品轻工产业园"
    assert one(found, 29).subject == "赵家食品轻工产业园"


def test_the_park_ends_with_its_paragraph() -> None:
    found = records(_KAIXIAN, "2008", ("开县",))
    county = one(found, 50)
    assert county.subject == ""
    assert county.canonical == "规上工业增加值"


def test_a_sentence_speaking_for_the_place_ends_the_park() -> None:
    # the same opening, then the county's own figure
    text = (
        "开县工业园区\n白鹤能源建材产业园位于开县白鹤街道,规划面积2平方公里。全县实现工业增加值50亿元。\n"
    )
    assert one(records(text, "2008", ("开县",)), 50).subject == ""
