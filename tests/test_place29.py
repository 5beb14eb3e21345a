"""Place of a document, twenty-sixth round: which zone or county a whole text is about. Sentences from the tuning
corpus (document in each test), built through the real pipeline without a manifest."""

from tests.ingest_helpers import one, records


def test_a_zone_tie_is_broken_by_the_bare_word_the_text_goes_on_with():
    # 人民网 / 杭州日报 2022 (dev28 r561): the district's `国家级开发区` and the zone's full name are each named once;
    # the text then says `经开区` throughout, the zone's own short word
    text = (
        "规模工业总产值首破千亿\n\n"
        "杭州临平区新增一个千亿级产业平台\n\n"
        "2022年01月11日08:18 | 来源:杭州日报\n\n"
        "  杭州市临平区国家级开发区——杭州余杭经济技术开发区(以下简称“经开区”)迎来重要里程碑:1月10日,"
        "经开区召开2022年经济发展大会,正式宣布2021年规模工业总产值突破“千亿”大关。\n\n"
        "  数据显示,2021年经开区规模工业总产值预计将达到1060亿元,规模工业增加值达到315亿元,"
        "分别同比增长23.2%和16.8%,主要经济指标增速位居杭州四大国家级经开区首位。\n\n"
        "  据统计,经开区内113家亿元企业2021年工业产值预计增长26.1%,占总产值的九成以上;"
        "前15强企业产值预计增长26%,占总产值的近七成。\n"
    )
    found = records(text)
    assert {one(found, v).region for v in (1060, 315, 113, 26)} == {"杭州余杭经济技术开发区"}


def test_a_slogan_above_the_headline_leaves_the_headline_in_the_title():
    # 天水日报 (dev28 r558): the kicker `勾画新蓝图 实现新跨越` opens the page; the headline under it names the county,
    # whose targets the city's paper reports (`我市`, `全市` are the city's paper speaking)
    text = (
        "勾画新蓝图 实现新跨越\n"
        "清水确定今年经济社会发展目标\n"
        "【本报讯】(记者朱建峰)初春时节,清水大地处处涌动着新一轮加快发展的滚滚热潮。"
        "刚刚结束的县委十三届三次全委会议对今年如何加快跨越式发展、推进新农村和“和谐清水”建设勾画了新的蓝图。\n"
        "清水县确定的总体思路是,以科学发展观统领经济社会发展全局,充分发挥“酒饮业在全市处于龙头地位”等八大优势,"
        "围绕建设“全市无公害农产品生产和深加工基地、全市生态旅游的后花园”三大目标,"
        "逐步把清水建设成为我市特色鲜明的生态优县、林牧大县和旅游文化名县。\n"
        "主要奋斗目标是,地区生产总值达到13.9亿元,增长16%,人均达到4382元;全社会固定资产投资达到7.37亿元,增长25%;\n"
    )
    found = records(text)
    assert {one(found, v).region for v in (13.9, 4382, 7.37)} == {"清水县"}


def test_city_news_naming_a_few_of_its_counties_alike_is_the_citys():
    # 新乡日报 (dev28 r559): the city's targets, then three of its counties' once each; the opening figures are the
    # city's, each county's its own
    text = (
        "跳起来摘桃子 跑起来奔目标\n"
        "今年市县(市、区)两级\n"
        "经济增速目标均为10%以上\n\n"
        "本报讯 (新乡日报全媒体记者 刘军旗)今年,从市一级到各县(市、区),地区生产总值预期增长目标均确定为10%以上。\n\n"
        "今年的市政府工作报告指出,主要预期目标是:地区生产总值突破3600亿元、增长10%以上,"
        "固定资产投资增长15%以上。\n\n"
        "上述预期目标,是基于宏观政策环境、我市发展基础的现实考量。\n\n"
        "聚焦上述目标,各地结合实际,拉高标杆。卫辉市提出的目标是:GDP增速15%,固定资产投资增速28%。"
        "辉县市全年推进总投资2146亿元的429个500万元以上项目,新开工千万元以上项目不低于120个。"
        "凤泉区大力实施“541010工程”,确保规模以上工业增加值增速12%。\n"
    )
    found = records(text)
    assert one(found, 3600).region == "新乡市"
    assert one(found, 28).region == "卫辉市"
    assert one(found, 120).region == "辉县市"
    assert one(found, 12).region == "凤泉区"


def test_a_source_line_naming_the_zone_makes_the_page_the_zones():
    # 玉门经济开发区's page (dev22 r455): the review opens with its county, 玉门市, but the page is the zone's own
    body = (
        "“十二五”期间,玉门市把工业园区作为全市经济发展的新动力,重点打造“一区三园”工业发展平台,"
        "玉门经济开发区被列为“省级循环化改造示范园区”。玉门经济开发区累计投资9.36亿元,实施绿化、亮化等工程。"
        "其中,玉门东工业园累计投资4.9亿元,实施园区办公楼等工程。 “十二五”末,入驻玉门经济开发区的工业企业"
        "比“十一五”末增加65户,园区工业总产值占全市工业总产值比重达95%。"
    )
    zones_page = records(body + " 来源:玉门经济开发区 |")
    assert {one(zones_page, v).region for v in (9.36, 4.9, 65, 95)} == {"玉门经济开发区"}
    # (without its source line the same review is the county's, whose name opens it)
    assert one(records(body), 95).region == "玉门市"
