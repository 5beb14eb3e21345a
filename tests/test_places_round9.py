"""Which place a figure belongs to when a text names several: rules found on real pages (addresses in each test)."""

from tests.ingest_helpers import records, regions

CHANGSHOU_2023H1 = (
    # http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html
    # (长寿区 H1 2023, dev7 r127, traditional): the district's total, then its two zones as parts of it
    "| [ 發布機構 ] | 長壽區統計局 | [ 有效性 ] | |\n"
    "2023年上半年經濟運行情況\n"
    "二、工業經濟有所回落,回升態勢明顯。上半年規上工業增加值增長6.8%,增速比全市高3.3個百分點。上半年實現規上工業總產值"
    "779.7億元、增長3.3%,其中,經開區產值635.9億元、增長4.3%,高新區產值111.5億元、下降2.2%。從重點行業看,呈現“一升三降”,"
    "鋼鐵行業產值268.3億元、增長12.5%,化工、醫藥、家居分別實現產值156.2億元、28.3億元、39億元;從能源消費看,上半年規上"
    "工業能源消耗總量549.5萬噸標準煤,增長5.2%。\n"
)


def test_each_zone_of_a_list_in_one_sentence_takes_its_own_figures():
    # `經開區產值…,高新區產值…`: the second zone opens its own phrase; it is the district's 高新区, not the 经开区
    found = records(CHANGSHOU_2023H1)
    assert regions(found, 635.9, 4.3) == {635.9: "长寿经济技术开发区", 4.3: "长寿经济技术开发区"}
    assert regions(found, 111.5, -2.2) == {111.5: "长寿高新技术产业开发区", -2.2: "长寿高新技术产业开发区"}


def test_zones_named_as_parts_of_the_whole_do_not_hold_the_next_sentence():
    # `其中,經開區…,高新區…。從重點行業看,…`: the zones were parts of the district's total; the branches are the district's
    found = records(CHANGSHOU_2023H1)
    assert set(regions(found, 779.7, 268.3, 12.5, 156.2, 549.5).values()) == {"长寿区"}


YUNLONG_2016 = (
    # http://m.quanzhiji.cn/publish/2017/02/37_2889.html (云龙县's 2016 round-up, dev7 r122, traditional, as found:
    # pinyin annotations and a garbled `??偼顿Y` (总投资) that runs two sentences into one)
    "發(fā)表于:2017-02-23 11:21:59|來源:環(huán)球游報(bào)\n"
    "2016年,是“十三五”開局之年。云龍縣充分搶抓機(jī)遇,進(jìn)一步提振信心、推動(dòng)發(fā)展。\n"
    "基礎(chǔ)建設(shè)取得新突破 隨著投資240億元的“大漾云蘭”高速公路前期工作全面結(jié)束,大理段一期工程進(jìn)場(chǎng)公路開工,"
    "云龍縣全縣人民的“高速路夢(mèng)”正從夢(mèng)想走向現(xiàn)實(shí)。\n"
    "目前,該縣通鄉(xiāng)公路和行政村通村公路全部實(shí)現(xiàn)硬化油路化??偼顿Y5.97億元的勒子箐和鐵扇門水庫(kù)累計(jì)完成投資"
    "3.55億元;完成18座病險(xiǎn)水庫(kù)除險(xiǎn)加固,建成農(nóng)村飲水工程281件。\n"
)


def test_a_road_stretch_named_after_the_prefecture_is_not_its_subject():
    # `大理段一期工程…開工`: the 大理 stretch of a highway; `該縣` after it is 云龙县, the county just named
    found = records(YUNLONG_2016)
    assert set(regions(found, 3.55, 18, 281).values()) == {"云龙县"}
    assert "大理白族自治州" not in {r.region for r in found}


YUCHENG_2021 = (
    # http://m.yybnet.net/dezhou/yucheng/202105/11452728.html (禹城市 news, dev7 r113): 德州's batch event held in 禹城
    "德州招商引资项目 5月份集中开工暨签约仪式举行\n\n齐鲁晚报 2021-05-28 05:12 大字\n\n"
    "本报德州5月27日讯(记者徐良)5月26日上午,德州招商引资项目5月份集中开工暨签约仪式在禹城举行,27个项目集中开工,"
    "10个项目集中签约。\n\n"
    "上午10时,集中开工仪式在禹城市鲁粮功能食品馅料项目开工现场举行,总投资约122亿元的27个项目集中开工,德州市委书记"
    "田卫东,市委副书记、市长杨洪涛,市领导张安民、张桂爱参加开工仪式并为禹城市鲁粮功能食品馅料项目开工奠基。\n\n"
    "11时,集中签约仪式在山东鲜之源生物科技有限公司年产3500吨果蔬保鲜剂项目现场举行,总投资约43亿元的10个项目集中签约。\n\n"
    "据悉,今年以来,禹城市已招引项目27个,总投资83.72亿元,到位资金6.2亿元,居德州市前列。"
)


def test_the_ceremonies_of_a_citys_event_held_in_a_county_are_the_citys():
    # the city holds the event (`德州…仪式在禹城举行`); its ceremonies' figures are the city's wherever they take
    # place, and the county's own figures after them stay the county's
    found = records(YUCHENG_2021)
    assert set(regions(found, 122, 43).values()) == {"德州市"}
    assert {r.region for r in found if r.value in (27, 10) and "集中" in r.text} == {"德州市"}
    assert set(regions(found, 83.72, 6.2).values()) == {"禹城市"}


def test_a_countys_own_ceremony_with_city_leaders_stays_the_countys():
    # http://0916skw.com/reping/3844.html (洋县, 2019): the city's leaders open the county's own ceremony
    text = (
        "洋县30个重点项目集中开工 王建军下达开工令\n\n来源:汉中日报 作者:衡俊昌 人气: 发布时间:2019-03-21\n"
        "3月20日上午,洋县举行2019年重点项目集中开工仪式。集中开工重点项目30个,总投资108.73亿元。\n"
        "汉中市委书记王建军下达开工令。市委常委、市委秘书长牟晓非,副市长张建国出席。\n"
        "据了解,该县2019年安排重点建设项目89个,同比增长10%;总投资613.7亿元,同比增长7.5%。\n"
    )
    assert {r.region for r in records(text)} == {"洋县"}


def test_a_heads_title_and_name_are_no_county():
    # http://akxw.cn/news/ankang/aknews/405665.html (安康's event, 2021): `市长武文罡` holds 长武 (咸阳's county)
    from bot.ingest.places import Gazetteer

    text = "市委书记赵俊民宣布开工令,市长武文罡出席并讲话。"
    assert Gazetteer.default().anywhere_mentions(text) == []
    assert [m.place.name for m in Gazetteer.default().anywhere_mentions("咸阳市长武县")] == [
        "咸阳市",
        "长武县",
    ]


PANXIAN_2015 = (
    # https://gzszx.gov.cn/gzzxb/web/doc/detail/1828/B1 (贵州 news, 2015): 盘县 (盘州市 since 2017) and 仁怀市
    "盘县仁怀入围“全国百强县”\n\n"
    "  本报讯 (郑 霁)日前,第十五届全国县域经济与县域基本竞争力百强县榜单发布,贵州省盘县蝉联“全国百强县”(推动类),"
    "从第85位升至83位;仁怀市首次入围“全国百强县”,居第98位。\n\n"
    "  盘县奋力在生态立县、产业强县、统筹城乡、区域合作、创新驱动、转型升级、安全集约、循环低碳8个方面寻求突破,"
    "2014年地区生产总值达426亿元、公共财政预算收入达46.14亿元;仁怀市强化“巩固农业、酿酒业,加快发展采矿、建材、"
    "旅游、电力”的经济战略,2014年地区生产总值达441亿元、公共财政预算收入达25.81亿元。\n"
)


def test_a_former_one_character_county_named_after_its_province_is_that_county():
    # `贵州省盘县`: the former name after its province; once so named, `盘县奋力…` alone names it too
    found = records(PANXIAN_2015)
    assert set(regions(found, 426, 46.14, 83).values()) == {"盘县"}
    assert set(regions(found, 441, 25.81).values()) == {"仁怀市"}


def test_a_former_one_character_county_alone_needs_its_province():
    from bot.ingest.places import Gazetteer

    gaz = Gazetteer.default()
    assert [m.place.name for m in gaz.find_mentions("贵州省盘县蝉联全国百强县")] == ["贵州省", "盘州市"]
    assert [m.place.name for m in gaz.find_mentions("全盘县域经济")] == []


def test_a_prefecture_named_as_where_the_county_lies_is_not_the_subject():
    # http://sz-shandao.com/2011-11/02/content_340580.htm (贵定县 interview, 2011, traditional): `黔南…自治州東部`
    # says where the county lies; the clause after it is still the county's
    text = (
        "縣委書記說貴定\n2011-11-02   作者:記者 王橙澄 閆起磊/采寫  來源:經濟參考報\n"
        "  劉建民:貴定縣位于貴州省中部,黔南布依族苗族自治州東部,地處長江流域、珠江流域分水嶺,國土面積1631公里,"
        "轄8鎮12鄉,總人口30萬,以苗族、布依族為主的少數民族占總人的51%。\n"
    )
    assert {r.region for r in records(text)} == {"贵定县"}


def test_where_the_texts_people_go_to_promote_is_not_its_place():
    # http://www.gytoday.cn/yw/2018-12-19/32750.html (今日高邮, 2011): 高邮's delegation goes to 昆山 to promote;
    # the 12 signings are 高邮's towns', not 昆山's
    text = (
        "2011-04-28 00:00:00 作者:周才清 申加宽 周麟 来源:今日高邮\n"
        "本报讯 28日,市人大常委会副主任吴平权、副市长孙建年、市政协副主席肖伯群带领市农口部门、乡镇分管农业负责人和"
        "部分企业家共50多人,赴昆山市开展农业招商引资推介暨项目签约活动,并于当日下午举行了“2011年高邮·昆山农业招商引资"
        "推介会暨项目签约仪式”。推介会上,龙虬、卸甲、八桥、汉留、汤庄、横泾、周巷、界首、菱塘、天山、郭集、送桥等12个"
        "乡镇分别与投资企业签订了12项投资协议,投资总额折合人民币4亿元,其中民资项目7个,总投资2.05亿元人民币;外资项目"
        "5个,总投资2840万美元。\n"
        "推介活动期间,高邮参加推介活动的人员还实地考察了昆山市巴城现代农业园等重点农业龙头企业和巴城镇“五有”农业服务"
        "中心建设情况。\n"
    )
    assert {r.region for r in records(text)} == {"高邮市"}
