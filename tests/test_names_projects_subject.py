"""Figures of one project or company in investment news (signings, groundbreakings), and counts such news names
again or uses in a project's name (each sentence from a real page, its address beside it)."""

from __future__ import annotations

import json
from pathlib import Path

from bot.ingest.manifest import MANIFEST_NAME
from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str, place: str = "") -> dict[tuple[object, str], tuple[str, str]]:
    """(value, unit) → (indicator, subject) of the records one document gives (`place`: its manifest's place, for a
    text that names its place only by a short form its build would not bear out)."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    entry = json.dumps({"id": "doc", "places": [place]}, ensure_ascii=False) + "\n" if place else ""
    (tmp_path / MANIFEST_NAME).write_text(entry, encoding="utf-8")
    return {(r.value, r.unit): (r.indicator, r.subject) for r in build_corpus(tmp_path).records}


def test_a_sentence_opening_with_a_project_gives_its_figures(tmp_path: Path) -> None:
    # https://hy.voc.com.cn/view.php?cid=166&tid=165035 (衡阳县 2024): the project is the topic of its sentence
    found = _records(
        tmp_path,
        "衡阳县3个项目集中签约,合同总金额29亿元。现代设施渔业养殖及食品加工项目分三期建设,总投资约22亿元,"
        "将建设循环水养殖基地。鼎源汽车内饰包覆件生产项目二期计划投资2亿元,新增用地约23.6亩,新建厂房约12000平方米。",
    )
    assert found[(22, "亿元")][1] == "现代设施渔业养殖及食品加工项目"
    assert found[(23.6, "亩")][1] == found[(12000, "平方米")][1] == "鼎源汽车内饰包覆件生产项目"
    assert found[(29, "亿元")][1] == ""
    # (the same page): the project named after where it is, and a later sentence's `项目`
    found = _records(
        tmp_path,
        "衡阳县招商引资迎来开门红。位于西渡高新区的衡阳高新智慧物流园项目,投资额5亿元,将引入大型快递物流企业。"
        "项目全部投入运营后,预计年产值约6亿元,带动劳动力就业约1500人。",
    )
    assert (
        found[(5, "亿元")][1] == found[(6, "亿元")][1] == found[(1500, "人")][1] == "衡阳高新智慧物流园项目"
    )
    # https://www.cnrepark.com/news/detail/248091.html (奉节 2024): after 其中, and a later clause's `项目`
    found = _records(
        tmp_path,
        "3月27日,奉节县举行2024年一季度招商引资项目集中签约仪式,80个项目集中签约、总投资81.7亿元。\n"
        "其中,温州望烁成品眼镜配镜中心及跨境电商项目总投资3亿元,建成5条成品眼镜配镜生产线。"
        "投产后5年内,项目预计实现年销售额5亿元,提供150个就业岗位。",
        "奉节县",  # (without it, the firm's `温州` would place the text in 温州市, which it never names in full)
    )
    assert found[(5, "条")][1] == found[(5, "亿元")][1] == "温州望烁成品眼镜配镜中心及跨境电商项目"
    assert found[(80, "个")][1] == found[(81.7, "亿元")][1] == ""  # the signing's totals are the county's


def test_a_list_of_projects_or_a_counted_group_is_no_subject(tmp_path: Path) -> None:
    # https://www.shayang.gov.cn/art/2024/9/20/art_15461_1113009.html (沙洋 2024): a list of projects opens it
    found = _records(
        tmp_path,
        "沙洋县现场还进行了招商引资集中签约。华中服装制造产业园项目、乡村振兴全域旅游项目、"
        "新能源电动车整车组装项目等12个项目集中签约,总投资83.9亿元。",
    )
    assert found[(83.9, "亿元")][1] == ""
    # https://ziwucun.nync.com/article/788960.html (禄丰): `项目` refers back to the three projects counted
    found = _records(
        tmp_path,
        "4月7日下午,禄丰县人民政府举行项目签约仪式,集中签约一季度洽谈成功的禄丰LNG液化工厂建设、"
        "年产1万吨香醋生产线技改搬迁3个项目的投资合作协议。项目建成投产后,预计年上缴税收4580万元,增加就业1000人。",
    )
    assert found[(4580, "万元")][1] == found[(1000, "人")][1] == ""


def test_a_group_counted_before_and_named_again_is_not_counted_again(tmp_path: Path) -> None:
    # https://mtqpdj.com/linfen/shizheng/2656838.html (安泽, trad, 2021)
    found = _records(
        tmp_path,
        "3月3日,安澤縣舉行2021年重點項目集中開工儀式,18個項目總投資101.76億元。"
        "此次集中開工的18個重點項目中,新建項目8個、續建項目10個。",
    )
    assert found[(18, "个")][0] == "项目"  # the first statement stays
    assert (8, "个") in found and (10, "个") in found
    records = build_corpus(_write(tmp_path, "安澤縣此次集中開工的18個重點項目中,新建項目8個。")).records
    assert [r.value for r in records] == [18, 8]  # stated only there, the group's count is a record
    # http://zjnews.zjol.com.cn/system/2009/10/27/015967814.shtml (缙云 2009)
    text = "缙云县还举行了签约仪式,共有14个项目签约。这14个项目以金属制品为主,投资总额16.52亿元。14个项目中7个项目投资额都超亿元。"
    values = [r.value for r in build_corpus(_write(tmp_path, text)).records if r.unit == "个"]
    assert values == [14, 7]
    # r102 平远 (dev6): a group named for the first time with its count is a record
    text = "平遠縣與7家企業簽約。此次簽約的7個項目涵蓋裝備製造、先進材料等領域。"
    assert [r.value for r in build_corpus(_write(tmp_path, text)).records if r.unit == "个"] == [7]


def test_a_capacity_in_a_project_name_is_not_a_record(tmp_path: Path) -> None:
    # https://mtqpdj.com/linfen/shizheng/2656838.html (安泽, trad, 2021): capacities in a list of projects
    found = _records(
        tmp_path,
        "安澤縣18個項目總投資101.76億元。該縣復工建設年產170萬噸焦化、永鑫鐵路專用線、開發區供水、岳康醫藥園等項目。",
    )
    assert (170, "万吨") not in found and (101.76, "亿元") in found
    # http://zjnews.zjol.com.cn/system/2009/10/27/015967814.shtml (缙云 2009)
    found = _records(
        tmp_path, "缙云县总投资达25亿元的年产50万吨重型高强度合金管、棒、型材生产线项目已正式签约。"
    )
    assert (50, "万吨") not in found
    # a capacity a project will reach is its figure
    found = _records(tmp_path, "缙云县镁合金项目建成后可年产6万吨镁合金。")
    assert (6, "万吨") in found


def test_a_named_project_invested_in_and_a_share_of_the_years_task_are_found(tmp_path: Path) -> None:
    # http://www.szjl168.com/Item/158594.aspx (信丰, trad, 2013): before `的引進`
    found = _records(
        tmp_path, "投資6億元的廢棄稀土礦山綜合治理及再利用項目的引進,見證著信豐縣招商引資的成效。"
    )
    assert found[(6, "亿元")] == ("项目总投资", "废弃稀土矿山综合治理及再利用项目")
    # https://cqruixue.com/product2/1985.html (漳州台商投资区): a company's project, its product in brackets
    found = _records(
        tmp_path,
        "漳州台商投资区总投资3.7亿元的福建省川田重工有限公司(挖掘机)项目,投产后年营业额可达37亿元。",
        "漳州台商投资区",
    )
    assert found[(3.7, "亿元")][1] == "福建省川田重工有限公司(挖掘机)项目"
    # http://gabgabhouse.com/guizhou/info/248539.html (余庆, trad): the share of the year's investment task reached
    found = _records(tmp_path, "余慶縣工業園區實際到位資金5.4億元,占全年招商任務8億元的68%。")
    # (named with the thing it is of since names8: `实际到位资金完成全年招商任务`, and the task `实际到位资金全年招商任务`)
    assert found[(68, "%")][0] == "实际到位资金完成全年招商任务比例" and (8, "亿元") in found


def test_teams_set_up_are_records_and_a_group_named_again_is_not(tmp_path: Path) -> None:
    # http://www.dezhoudaily.com/ftxw/p/231330.html (德州经济开发区): the lines of work set up are counted, as r198
    # 肇州's `成立了四个招商工作组` (tests/real/README.md: teams a place sets up are records)
    found = _records(
        tmp_path,
        "德州经济开发区成立了装备制造业、化工产业、纺织服装产业、文化旅游业、城市综合体十条招商引资工作线。"
        "三年累计完成产业投资2000亿元。",
    )
    assert (10, "条") in found and (2000, "亿元") in found
    # https://p2.ttnews.xyz/a/5e68aa23dc9b5e39923bf3f9 (商城, trad, 2020): the group counted before, named again
    found = _records(
        tmp_path,
        "金剛臺鎮黨委書記彭輝先後作了表態發言。此次集中開工的項目包括靜脈產業園、天潤田園綜合體等15個項目,"
        "總投資15.8億元。"
        "15個重點項目集中開工既是我縣貫徹落實市委部署的具體行動。",
    )
    assert [v for (v, unit) in found if unit == "个"] == [15]


def test_what_a_team_is_made_of_is_not_a_record(tmp_path: Path) -> None:
    # http://m.ytjhdl.cn/xy/zs/339507.html (万年, trad)
    found = _records(
        tmp_path,
        "萬年縣組建由12個鄉鎮和6個相關縣直部門組成的專業招商小分隊。已有9家機械電子產業項目正式簽約,總投資14.5億元。",
    )
    assert (12, "个") not in found and (6, "个") not in found
    assert (9, "家") in found and (14.5, "亿元") in found


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return tmp_path
