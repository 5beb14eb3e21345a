"""Which place a figure belongs to: names that look like a place but are part of another name (a street, an
event), a zone written after a description of it, and a town's news (addresses in each test)."""

from tests.ingest_helpers import records, regions


def test_a_listed_zone_after_a_description_of_it_is_that_zone():
    # https://gxq.cq.gov.cn/zwgk_202/fdzdgknr/ghxinxi/gmjjhshfzgh/t_14648929_wap.html (the zone's 2024 review):
    # `西部科学城重庆高新区` is 重庆高新区 with the science city it is the core of before it
    text = (
        "西部科学城重庆高新区2024年经济社会发展情况及2025年重点工作\n一、2024年工作情况\n"
        "2024年,西部科学城重庆高新区坚持以习近平新时代中国特色社会主义思想为指导,科学城建设迈上新台阶、展现新气象。"
        "全年GDP增长7.4%,规上工业增加值增长7.8%,固定资产投资增长9.1%。\n"
    )
    found = records(text)
    assert set(regions(found, 7.4, 7.8, 9.1).values()) == {"重庆高新技术产业开发区"}


ZHONGSHAN_STREET = (
    # http://shsjb.com/Article/index/aid/7015165.html (上海松江's 中山街道, ten years' results): the street is named
    # like 中山市, and `中山` alone is the street's short name all through
    "科创引领动能澎湃 乐居家园幸福绵绵\n——中山街道十年发展成就巡礼\n数据看变化\n"
    "10年来,落户中山的企业数从2257户增长至6922户。\n"
    "2021年,中山街道实现地区生产总值155.97亿元,是2012年的46.5亿元的3.35倍;\n"
    "坚持以科创为驱动,中山街道打造中山“幸福里”,大力宣传方塔园、袜子弄、松江二中等红色教育阵地。"
    "承载着松江千年历史文化底蕴的中山街道在历史和现代的碰撞中,不断迸发出蓬勃的科创活力。"
    "今日之中山,正高质量推进“科创中山,乐居家园”建设。\n"
)


def test_a_street_named_like_a_city_is_not_that_city():
    found = records(ZHONGSHAN_STREET)
    assert "中山市" not in {r.region for r in found}
    assert set(regions(found, 2257, 155.97).values()) == {"松江区"}


def test_a_towns_own_lines_are_its_countys_once_the_text_names_the_county():
    # http://bkrhf.com/cangzhoudongtai/415237.html (沧州's towns among the country's 1000 strongest, then 盐山镇's
    # profile): `盐山县盐山镇` names the county; the lines in the town's voice (`全镇`, `我镇`) are 盐山县's, the
    # city's own count (`我市6个县(市、区)的8个镇`) stays the city's
    text = (
        "【喜报】盐山镇成为全国综合实力千强乡镇!\n"
        "《2017中国中小城市发展报告·绿皮书》发布,我市6个县(市、区)的8个镇入围2017年度全国综合实力千强镇名单。\n"
        "306 黄骅市黄骅镇\n702 盐山县盐山镇\n943 沧县旧州镇\n"
        "盐山镇辖59个行政村,总户数1.2万户。镇党委辖68个党支部,其中农村支部59个,全镇党员1798名。\n"
        "2010年,全镇共完工农业生产总值36.5亿元;实现财政收入1.1288亿元;农民人均收入3500元。近年来,我镇被县委、"
        "县政府授予“实绩优秀乡镇”,镇党委被沧州市委授予“红旗乡镇党委”。盐山镇的综合经济实力年年攀升,"
        "已跨入沧州市强镇之列。\n"
    )
    found = records(text)
    assert set(regions(found, 36.5, 1.1288, 3500, 1798).values()) == {"盐山县"}
    assert regions(found, 8) == {8: "沧州市"}


XUANCHENG_AT_NANJING = (
    # http://newsxc.com/news/xuancheng/2008-07-23/2008-07-23-2043.html (宣城's press: the city at 南京's fair)
    "宣城传媒网综合讯 4月27日,为期三天的“2008中国·南京重大项目投资洽谈会”在南京隆重开幕。我市作为这次盛会的新加盟"
    "联办城市之一,共带去了50个项目,在“南京重洽会”这方大舞台上“吆喝”推介。\n"
)


def test_a_place_in_an_events_name_or_its_venue_is_not_the_texts():
    # the fair's host (`南京重大项目投资洽谈会`, `南京重洽会`) and its venue (`在南京隆重开幕`) do not open the
    # sentence of the city that speaks (`我市…共带去了50个项目`)
    assert regions(records(XUANCHENG_AT_NANJING), 50) == {50: "宣城市"}


def test_an_events_name_and_venue_are_found():
    from bot.ingest.segment import event_spans

    # https://m.yybnet.net/shangluo/news/202105/11425246.html (商州区 signs projects at its fair in 西安)
    text = "5月14日上午,“迎老乡、回故乡、建家乡”2021商州区招商推介会暨项目集中签约仪式在西安举行。"
    assert [text[a:b] for a, b in event_spans(text)] == ["商州区", "西安"]
    # http://www.sxdaily.com.cn/2018-08/22/content_1401005.html: the name stops at a quotation mark
    text = "8月22日,“商洛市工业协作暨‘区中园’专题推介会”在南京市举行"
    assert [text[a:b] for a, b in event_spans(text)] == ["专题", "南京市"]


def test_a_new_platform_is_not_xinping():
    from bot.ingest.places import Gazetteer

    # https://www.shiquan.gov.cn/Content-2047797.html: `新平台` is 新 + 平台, not 新平 (新平彝族傣族自治县) + 台
    text = "开展线上招商、微信洽谈等方式,建立招商对接新平台,切实有力的推动招商引资工作。"
    assert Gazetteer.default().anywhere_mentions(text) == []


def test_an_outsiders_round_up_of_a_citys_towns_is_the_citys():
    # https://bbs.zcinfo.net/forum.php?goto=lastpost&mod=redirect&tid=3420257 (a blogger ranks 潍坊's towns by tax):
    # no `我市`, but `潍坊市97个街镇` counts the city's parts; its counts are the city's, each town's tax its county's
    text = (
        "首发2023-08-18 08:43·经济佐料师GDP\n看一个地方经济实力如何,除了常用的GDP、财政(预算)收入数据外,"
        "其实税收收入数据更准确。 最近整理了潍坊市97个街镇(园区)的2021年税收收入数据,但缺少以下地区共38个街镇税收收入数据:奎文区(含高新区)、"
        "寒亭区(含经开区、滨海开发区)、坊子区的峡山开发区和寿光市。 97个街镇(园区)里,2021年税收收入最多的十大街镇"
        "(园区)是: 第一名,诸城密州街道,税收收入21.59亿元; 第二名,临朐东城街道,税收收入13.89亿元; 第三名,"
        "高密朝阳街道,税收收入13.33亿元; 第四名,昌乐宝城街道,税收收入13.16亿元; 第五名,诸城经开区,"
        "税收收入12.47亿元; 第六名,安丘新安街道,税收收入10.19亿元; 第七名,诸城龙都街道,税收收入9.86亿元。\n"
    )
    found = records(text)
    assert set(regions(found, 97, 38).values()) == {"潍坊市"}
    assert regions(found, 21.59, 13.89, 10.19) == {21.59: "诸城市", 13.89: "临朐县", 10.19: "安丘市"}
