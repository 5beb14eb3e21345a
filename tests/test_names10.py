"""Names, subjects and what is a record, as this round's fresh pages word them (names10; sentences from real pages)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import build_corpus
from bot.ingest.record import Record


def _records(tmp_path: Path, text: str) -> dict[tuple[object, str], Record]:
    """(value, unit) → the record one document gives for it (the last, when a figure repeats)."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {(r.value, r.unit): r for r in build_corpus(tmp_path).records}


# fensifuwu.com 青川 2022, https://fensifuwu.com/emotion/me/bc75457243a960236f9b3fb32adccb56.html
_QINGCHUAN = (
    "3月17日,记者在四川省广元市青川县一季度工业项目集中竣工活动上了解到,该县共有5个工业项目集中竣工。"
    "此次集中竣工项目分别是青川佳兴铝业有限公司年产15万吨再生铝项目熔铸车间熔铸生产线、铭磊水晶年产60万箱水晶灯饰、"
    "汇能中哲年产1.5万吨电池级四氧化三锰、匠伦塑胶年产5000吨汽车配件项目以及佳楠机械年产10万吨机械设备及配品配件制造项目。"
    "年产60万箱水晶灯饰项目是东西部产业协作项目,总投资4750万元;产1.5万吨电池级四氧化三锰项目总投资1.5亿元,"
    "项目全部投产后,年产电池级四氧化三锰1.5万吨,可实现产值3亿元,利税超3000万元,解决劳动就业60余人;"
    "年产10万吨机械设备及配品配件制造项目是成广产业合作项目,由眉山市四川盛创畜牧设备有限公司投资建设。"
    "项目总投资2亿元,占地73亩,全面建成后,可实现年产值6亿元。"
)


def test_what_a_project_can_make_is_named_without_its_modal(tmp_path: Path) -> None:
    # `可实现产值3亿元`, `可实现年产值6亿元`: the modal and the verb leave the name
    got = _records(tmp_path, _QINGCHUAN)
    assert got[(3, "亿元")].indicator == "产值"
    assert got[(6, "亿元")].indicator == "年产值"


def test_a_project_named_with_a_decimal_capacity_is_the_subject_whole(tmp_path: Path) -> None:
    # `产1.5万吨电池级四氧化三锰项目总投资1.5亿元`: the project's name runs through its decimal, not from `5万吨`
    got = _records(tmp_path, _QINGCHUAN)
    assert (got[(1.5, "亿元")].indicator, got[(1.5, "亿元")].subject) == (
        "总投资",
        "产1.5万吨电池级四氧化三锰项目",
    )
    assert got[(3, "亿元")].subject == "产1.5万吨电池级四氧化三锰项目"


def test_what_a_project_is_said_to_be_is_no_part_of_its_name(tmp_path: Path) -> None:
    # `年产10万吨机械设备…制造项目是成广产业合作项目`: the project is the one named before `是`, and the next sentence's
    # `项目总投资2亿元` is its own
    got = _records(tmp_path, _QINGCHUAN)
    assert got[(2, "亿元")].subject == "年产10万吨机械设备及配品配件制造项目"
    assert got[(4750, "万元")].subject == "年产60万箱水晶灯饰项目"


def test_a_capacity_in_a_list_of_projects_named_by_capacity_is_a_name(tmp_path: Path) -> None:
    # `铭磊水晶年产60万箱水晶灯饰、汇能中哲年产1.5万吨…`: the capacities name the projects listed
    got = _records(tmp_path, _QINGCHUAN)
    assert (60, "万箱") not in got


def test_works_counted_by_place_are_a_group_and_a_list_item_verb_leaves_a_project(tmp_path: Path) -> None:
    # liuxuequn.com 2012, https://liuxuequn.com/a/2686796_10.html
    got = _records(
        tmp_path,
        "开化县水利局2012年工作总结。今冬明春农田水利基本建设计划投资1.25亿元。一是重点实施23座小(二)型病险水库除险加固工程,"
        "项目总投资3230.87万元。三是实施新篁、司铺、葛源石桥3处集中供水工程,项目总投资432.65万元,解决饮水不安全7993人。"
        "四是实施小水电站增效扩容项目,对黄源等7座水电站进行维修改造,项目总投资810.62万元。",
    )
    assert got[(3230.87, "万元")].subject == ""
    assert got[(432.65, "万元")].subject == ""
    assert got[(810.62, "万元")].subject == "小水电站增效扩容项目"


# chaxiaohao.com 东乡 2025, https://www.chaxiaohao.com/read-1752171391l6579661.html
_DONGXIANG = (
    "抚州东乡县工业区。抚州东乡工业区作为省级经济开发区的标杆,2024年该区规上工业产值达334.22亿元,"
    "12.1%的增速背后是永冠科技、恒吉金属等58家高新技术企业构建的产业链优势。生物医药板块以施美药业、科伦药业等11家规上企业为支柱,"
    "两项产业合计贡献全区37.23%的产业集聚度。主题产业园模式突破传统开发区边界,形成90万平方米厂房、180亿元合同投资的规模效应。"
    "更关键的是21亿元产业基金的资本赋能。从数据看,东乡经开区工业增加值增速连续两年超12%,"
    "使得园区企业三年内新增发明专利57项。"
)


def test_what_the_counted_firms_built_or_are_ends_their_name(tmp_path: Path) -> None:
    # `58家高新技术企业构建的产业链优势`, `11家规上企业为支柱`
    got = _records(tmp_path, _DONGXIANG)
    assert got[(58, "家")].indicator == "高新技术企业"
    assert got[(11, "家")].indicator == "规上企业"


def test_an_amount_is_named_by_what_follows_it(tmp_path: Path) -> None:
    # `180亿元合同投资的规模效应`, `21亿元产业基金的资本赋能`
    got = _records(tmp_path, _DONGXIANG)
    assert got[(180, "亿元")].indicator == "合同投资"
    assert got[(21, "亿元")].indicator == "产业基金"


def test_the_sectors_a_sum_covers_are_not_a_count(tmp_path: Path) -> None:
    # `两项产业合计贡献全区37.23%`: how many sectors the share is of
    got = _records(tmp_path, _DONGXIANG)
    assert (2, "项") not in got
    assert (37.23, "%") in got


def test_a_span_of_years_and_a_causative_leave_the_name(tmp_path: Path) -> None:
    # `工业增加值增速连续两年超12%`, `使得园区企业三年内新增发明专利57项`
    got = _records(tmp_path, _DONGXIANG)
    assert got[(12, "%")].indicator == "工业增加值增速"
    assert not got[(57, "项")].indicator.startswith("得")


def test_a_review_names_its_levels_without_adverbs_and_spans(tmp_path: Path) -> None:
    # 777doc.com 盐田 2012 work report, https://m.777doc.com/doc-3021092.html
    got = _records(
        tmp_path,
        "政府工作报告——2012年1月3日在盐田区第四届人民代表大会第一次会议上。本区生产总值先后跨越两百亿元、三百亿元台阶,"
        "预计2011年达到316亿元;全社会固定资产投资五年累计完成406.5亿元。盐田港区集装箱年吞吐量三次跨越千万标箱,"
        "2011年达1030万标箱。自2007年起旅游景点年接待游客量均超过千万人次。",
    )
    assert got[(200, "亿元")].indicator == "生产总值"
    assert (3, "次") not in got  # how many marks were passed, not a count, nor where the mark's name starts
    assert got[(1000, "万标箱")].indicator.endswith("集装箱年吞吐量")
    assert got[(1000, "万人次")].indicator == "旅游景点年接待游客量"


def test_one_character_things_counted_in_a_pair(tmp_path: Path) -> None:
    # caoliu14.com 武平 2013, http://www.caoliu14.com/2013-08/15/content_12217217.htm: `分别有12个班和8个班`
    got = _records(
        tmp_path, "武平县实验幼儿园目前是最大的幼儿园,早期的县实验幼儿园分成两处地方,分别有12个班和8个班。"
    )
    assert got[(12, "个")].indicator == "班"


def test_a_size_in_words_in_a_facility_name_and_countries_sent_to(tmp_path: Path) -> None:
    # gansu.gscn.com.cn 靖远 2016, http://gansu.gscn.com.cn/system/2016/02/24/011269656.shtml
    got = _records(
        tmp_path,
        "靖远县以富民增收为目标深度开发劳务产业。2015年,累计劳务输转8.8万人,创劳务收入15.5亿元。巩固发展劳务基地115个,"
        "建立千人劳务基地1家。向缅甸、吉尔吉斯斯坦等国输送建筑与安装务工人员164人。",
    )
    assert (1000, "人") not in got
    assert got[(15.5, "亿元")].indicator == "劳务收入"
    assert got[(164, "人")].indicator == "输送建筑与安装务工人员"


def test_the_towns_where_things_are_built_are_not_a_count(tmp_path: Path) -> None:
    # news.chazidian.com 思南 2014, https://news.chazidian.com/news71629
    got = _records(
        tmp_path,
        "贵州思南县斥资3000万建6所乡镇幼儿园。从贵州思南县政府获悉,今年,该县斥资3010.78万元,在该县6个乡镇新建6所幼儿园。"
        "今年新建的6个幼儿园分别在杨家坳、宽坪、孙家坝、大坝场、文家店、瓮溪等6个乡镇,建筑面积达16035平方米。",
    )
    assert (6, "个") in got and got[(6, "个")].indicator == "幼儿园"  # the kindergartens, not the towns
    assert all(r.indicator != "乡镇" for r in build_corpus(tmp_path).records)


def test_a_headline_news_word_and_a_verb_of_also_doing_leave_the_name(tmp_path: Path) -> None:
    # nlfang.com 南陵 2022, https://www.nlfang.com/zixundetails_29902.html; farm.00-net.com 筠连 2013,
    # http://farm.00-net.com/e/DoPrint/index.php?classid=281&id=131728
    got = _records(
        tmp_path,
        "南陵这2所新建公办幼儿园最新消息。发布日期:2022-08-01。南陵县教育局稳步实施学前教育促进工程。"
        "同时还进行农民实用技术培训15.78万人,经培训获证人数7000人。",
    )
    assert got[(2, "所")].indicator == "新建公办幼儿园"
    assert got[(15.78, "万人")].indicator == "农民实用技术培训"


def test_indicators_a_rank_or_ranking_is_made_by_and_a_class_of_towns_are_not_counts(tmp_path: Path) -> None:
    # f13_p17 大冶 2025, http://hbdaye.gov.cn/zfxxgk/fdgknr/qtzdgknr/zfgzbg/202501/t20250127_1188803.html;
    # f13_p05 吴起 2011, https://www.xinnong.net/news/20110907/961141.html; f13_p06 潜山 2010,
    # http://www.qq94.com/fjx/1XonL2_4.html
    got = _records(
        tmp_path,
        "大冶市2025年政府工作报告。2024年,9项强县工程经济指标增速在全省百强县市中稳居第一。"
        "主要根据总量指标、人均指标、速度指标、比值四大类14个指标进行评选。槎水和官庄又成功跻身财政收入千万元乡镇行列。",
    )
    assert (9, "项") not in got
    assert got[(1, "名次")].subject == ""  # the programme's items are no one project
    assert (14, "个") not in got
    assert (1000, "万元") not in got


def test_a_bare_deed_is_named_by_the_works_the_clause_before_names(tmp_path: Path) -> None:
    # hybrid-steppingmotor.com 天等 2009 (traditional),
    # http://www.hybrid-steppingmotor.com/staticpages/20090819/newgx4a8b3d70-2521190.shtml
    got = _records(
        tmp_path,
        "今年以來,天等縣把農田水利基本建設作為支持農業發展農民增收的一項重要工作來抓。"
        "加快農村飲水安全解困工程建設力度,計劃實施40處,已完成投資753.91萬元。"
        "做好水利水毀修復工程,計劃實施6處,目前已全部完成投資95萬元。",
    )
    assert got[(40, "处")].indicator == "实施农村饮水安全解困工程"
    assert got[(6, "处")].indicator == "实施水利水毁修复工程"


def test_the_place_s_works_all_together_are_no_one_project_and_years_within_leave_the_name(
    tmp_path: Path,
) -> None:
    # soolun.com 新化 2011, https://www.soolun.com/periodical/d7f0adacae393d28214f22f6d6dbaacc.html
    got = _records(
        tmp_path,
        "“十一五”期间,湖南省新化县紧紧抓住国家加大农业农村投入的契机。"
        "5年内全县病险水库除险加固工程累计投入资金1.02亿元。",
    )
    assert (got[(1.02, "亿元")].indicator, got[(1.02, "亿元")].subject) == (
        "病险水库除险加固工程投入资金",
        "",
    )
