"""Names, what is not a record, and where a counted thing's name ends (rule pass names13). Each test quotes a real
sentence; the page's address is in a comment."""

from __future__ import annotations

from bot.ingest.record import Record
from tests.ingest_helpers import records


def _by_value(text: str, place: str, date: str) -> dict[tuple[float, str], Record]:
    return {(r.value, r.unit): r for r in records(text, date=date, places=(place,))}


def test_an_autonomous_county_by_its_short_name_is_stripped_whole() -> None:
    # https://xgs.newgscloud.com/pages/2025/02/26/5ae7ef3f3bd84e8283f80027452fd46e.html (阿克塞 2025)
    found = _by_value(
        "回首过去的2024年,阿克塞县地区生产总值突破15.5亿元,增长10.3%,增速位列全市第二。",
        "阿克塞哈萨克族自治县",
        "2025-02-26",
    )
    assert found[(15.5, "亿元")].indicator == "地区生产总值"
    assert found[(15.5, "亿元")].canonical == "地区生产总值"
    assert found[(10.3, "%")].canonical == "地区生产总值增速"
    assert found[(2, "名次")].indicator == "地区生产总值增速全市排名"


def test_only_after_a_name_is_no_part_of_it() -> None:
    # r175 (浦北 2025 speech, trad): `浦北地区生产总值仅6098万元`
    found = _by_value("建县之初,浦北地区生产总值仅6098万元。", "浦北县", "2025-01-01")
    assert found[(6098, "万元")].indicator == "地区生产总值"
    assert found[(6098, "万元")].canonical == "地区生产总值"
    # https://www.xunmiwang.cn/632706.html (德江)
    found = _by_value("2022年德江县工业增加值占GDP比重仅为28%,低于全国县域平均水平。", "德江县", "2024-05-01")
    assert found[(28, "%")].indicator == "工业增加值占GDP比重"


def test_to_have_is_one_verb() -> None:
    # r252 (盐池 2022): `因为拥有13.5万亩的草原面积`: no name cut at `拥`, and the county's grassland is no record
    assert not [
        r for r in records("因为拥有13.5万亩的草原面积,这里的滩羊肉质鲜美。", "2022-05-01", ("盐池县",))
    ]
    # http://www.leklassic.com/cn/news/zcdt/202212/t20221207_7323029.html (玛多 2022, trad): its people, a county fact
    found = records(
        "20世紀60年代至80年代,瑪多曾是全國牧業首富縣,全縣不足6000人擁有近70萬牲畜。",
        "2022-12-07",
        ("玛多县",),
    )
    assert not [r for r in found if r.indicator.endswith("拥")]


def test_how_the_counted_projects_go_on_ends_their_name() -> None:
    # https://xgs.newgscloud.com/pages/2025/02/26/5ae7ef3f3bd84e8283f80027452fd46e.html (阿克塞 2025)
    found = _by_value(
        "全年举行重点项目集中开工4次,市列36项重点项目全部开工,全县54项重点建设项目有序建设。",
        "阿克塞哈萨克族自治县",
        "2025-02-26",
    )
    assert found[(54, "项")].indicator == "重点建设项目"
    # http://gansu.gscn.com.cn/system/2023/05/06/012953893.shtml (阿克塞 2023 first quarter)
    found = _by_value(
        "确保苏干湖游客服务中心暨交旅融合、大哈尔腾桥等18个续建项目如期推进,乡镇通三级路建设、河道治理等35个新建项目"
        "顺利实施。",
        "阿克塞哈萨克族自治县",
        "2023-05-06",
    )
    assert found[(18, "个")].indicator == "续建项目"
    assert found[(35, "个")].indicator == "新建项目"


def test_divisions_named_before_their_counts_are_county_facts() -> None:
    # http://www.xjcl.gov.cn/clxrmzf/c118862/202402/12ac203f51bb483baf1d7f08a4a559d4.shtml (策勒 profile)
    found = records(
        "策勒县位于新疆维吾尔自治区西南部,行政区域面积3.16万平方公里,辖乡6个、镇2个、街道1个,总人口16.58万。",
        "2024-09-19",
        ("策勒县",),
    )
    assert found == []


def test_the_villages_summed_after_the_towns_are_divisions_too() -> None:
    # http://zhiqingwang.shzq.org/shzq/3070811398014908356.html (左贡 profile)
    found = records(
        "左贡县总面积为1.17万平方公里,下辖3个镇、7个乡,共127个行政村、1个居委会。", "2024-01-01", ("左贡县",)
    )
    assert found == []


def test_the_aspect_mark_after_a_verb_opens_no_name() -> None:
    # r211 (大通 mid-year): `实现了畜牧业总产值2.18亿元的好成绩`
    found = _by_value("上半年,全县实现了畜牧业总产值2.18亿元的好成绩。", "大通回族土族自治县", "2020-07-20")
    assert found[(2.18, "亿元")].indicator == "畜牧业总产值"
    # f16_p03 (武清 2021): `实现了所有帮扶村村集体经营性年收入达20万元以上`
    found = _by_value("实现了所有帮扶村村集体经营性年收入达20万元以上。", "武清区", "2021-12-01")
    assert found[(20, "万元")].indicator == "帮扶村村集体经营性年收入"


def test_a_leap_into_a_rank_is_no_part_of_its_name() -> None:
    # https://sxzxzhggsfqzbzzcyyq.010b.com/info/162162/page/109 (闻喜 2021 report)
    found = _by_value("全县地区生产总值完成151.5亿元,同比增长7.9%,增速跃居全市第一。", "闻喜县", "2021-04-13")
    assert found[(1, "名次")].indicator == "地区生产总值增速全市排名"
    # r231 (镶黄旗 2009 interview, trad): `增速一跃全盟第二位`
    found = _by_value("2008年全旗财政收入完成3.2亿元,增长45%,增速一跃全盟第二位。", "镶黄旗", "2009-03-01")
    assert found[(2, "名次")].indicator == "财政收入增速全盟排名"


def test_a_quoted_term_just_before_the_clause_qualifies_its_name() -> None:
    # http://sjzyihang.com/forum.php?mod=viewthread&tid=79995 (莒县 2023 statistics communique, trad)
    found = _by_value("2023年末,全縣“四上”總量達到588家,同比增長6.5%。", "莒县", "2024-03-01")
    assert found[(588, "家")].indicator == "“四上”总量"
    # r301 (京口 2024): `新增“四上”单位190家`; r299 (横县): the place before the quotes is the record's own
    found = _by_value("多个主要经济指标增幅保持全市前列;新增“四上”单位190家。", "京口区", "2024-01-10")
    assert found[(190, "家")].indicator == "新增“四上”单位"
    found = _by_value("横县“立市献礼”工程重大项目共50个,总投资达1000亿元。", "横县", "2021-01-10")
    assert found[(50, "个")].indicator == "“立市献礼”工程重大项目"
    # a slogan after a verb is no qualifier: `实现“开门红”` (f15_p03 文峰 2025)
    found = _by_value("2025年一季度文峰区实现“开门红”GDP43.6亿元。", "文峰区", "2025-04-20")
    assert found[(43.6, "亿元")].indicator == "GDP"


def test_the_words_counted_run_on_into_a_quoted_name() -> None:
    # https://shanghai.gov.cn/nw12344/20250324/a1fb98b9966f4b4ebbd482eec5f6220e.html (崇明 2025 undertakings)
    found = _by_value("8.完成1.4万户乡村“美丽庭院”建设\n", "崇明区", "2025-03-17")
    assert found[(1.4, "万户")].indicator == "乡村“美丽庭院”建设"
    # r148 (长宁 2024 tasks): `新增250个公办幼儿园托班托额、250个社区托育“宝宝屋”托额`
    found = records("新增250个公办幼儿园托班托额、250个社区托育“宝宝屋”托额\n", "2024-02-01", ("长宁区",))
    assert {r.indicator for r in found} == {"新增公办幼儿园托班托额", "社区托育“宝宝屋”托额"}


def test_a_yearly_measure_keeps_its_year_word_once() -> None:
    # http://www.hi.chinanews.com.cn/hnnew/2022-10-14/656974.html (白沙 2022)
    found = _by_value("2022年预计茶叶年产量达440吨,年产值达8354万元。", "白沙黎族自治县", "2022-10-14")
    assert found[(8354, "万元")].indicator == "茶叶年产值"
    # https://www.cdmpp.com/article/436902.html (鹤峰 2020)
    found = _by_value("拥有茶叶规模企业12家,茶叶年产量32万余担,年产值5亿余元。", "鹤峰县", "2020-08-25")
    assert found[(5, "亿元")].indicator == "茶叶年产值"


def test_a_change_to_the_present_said_in_words() -> None:
    # http://www.hi.chinanews.com.cn/hnnew/2022-10-14/656974.html (白沙 2022)
    found = _by_value("茶叶种植面积从2014年的4000多亩发展到如今的1.04万亩。", "白沙黎族自治县", "2022-10-14")
    assert found[(1.04, "万亩")].indicator == "茶叶种植面积"


def test_the_towns_people_and_the_years_deaths_are_county_facts() -> None:
    # r297 (光泽 2017 communique, trad): the towns' people are a fact, their share is the urbanisation rate
    found = _by_value("其中城镇常住人口6.32万人,占总人口比重为46.5%。", "光泽县", "2018-03-20")
    assert (6.32, "万人") not in found
    assert found[(46.5, "%")].canonical == "城镇化率"
    # r245 (酉阳 2022): `全年死亡5388人`; the rate is a record (calls15)
    found = _by_value(
        "全年出生4511人,出生率7.77‰;全年死亡5388人,死亡率6.32‰。", "酉阳土家族苗族自治县", "2023-04-01"
    )
    assert (5388, "人") not in found and (4511, "人") not in found
    assert (6.32, "‰") in found
    # f14_p07 (平原 yearbook): `年末全县总人口46.18万人`
    assert not records("年末全县总人口46.18万人。", "2021-06-01", ("平原县",))


def test_the_amount_each_counted_thing_passes_is_no_record_of_its_own() -> None:
    # f15_p09 (伍家岗): `预计全年将有7栋楼宇税收超过5000万元`
    found = _by_value("预计全年将有7栋楼宇税收超过5000万元,2栋楼宇税收过亿。", "伍家岗区", "2024-06-01")
    assert (7, "栋") in found and (5000, "万元") not in found
    # f16_p02 (义乌 2020): `全市442个村集体年经营性收入全部达到20万元以上`
    found = _by_value("全市442个村集体年经营性收入全部达到20万元以上。", "义乌市", "2021-01-10")
    assert (442, "个") in found and (20, "万元") not in found
    # an amount the counted things make together stays: `27家规上企业,实现产值130亿元` (finance.21cnw.cn 固镇 2023)
    found = _by_value(
        "生物基特色产业集群集聚27家规上企业,实现产值130亿元,增长20.6%。", "固镇县", "2023-01-04"
    )
    assert (130, "亿元") in found


def test_each_sector_of_a_shorthand_list_measures_what_the_list_names() -> None:
    # r263 (三河 2020 communique, trad): `一、二、三产对地区生产总值的贡献率分别为-0.7%、31.6%、69.1%`
    found = _by_value("一、二、三产对地区生产总值的贡献率分别为-0.7%、31.6%、69.1%。", "三河市", "2021-04-01")
    assert found[(-0.7, "%")].indicator == "第一产业对地区生产总值的贡献率"
    assert found[(31.6, "%")].indicator == "第二产业对地区生产总值的贡献率"
    # https://nsxxww.cn/a/16935.html (宁陕 2022 first quarter)
    found = _by_value("一、二、三产业对GDP的拉动力分别是0.2%、2.5%、4.5%。", "宁陕县", "2022-04-20")
    assert found[(0.2, "%")].indicator == "第一产业对GDP的拉动力"


def test_a_rank_moved_up_ends_its_name_at_the_verb() -> None:
    # r183 (南昌县 2021 speech): `较2015年阔步前移了20位`; f14_p17 (金乡经开区 2013): `…综合评价中前移了32个位次`
    found = _by_value("在2013年省级开发区经济实力综合评价中前移了32个位次。", "金乡县", "2014-02-01")
    assert not found[(32, "个位次")].indicator.endswith("了")


def test_a_wider_areas_rate_compared_with_is_named_by_the_area() -> None:
    # r189 (沈阳 counties 2023 1-9月): `低于全市增速4.7个百分点`
    found = _by_value(
        "1-9月,康平县实现地区生产总值64.3亿元,同比增长0.2%,低于全市增速4.7个百分点。", "康平县", "2023-10-30"
    )
    assert found[(4.7, "个百分点")].indicator == "地区生产总值增速低于全市"
    # r59 (沈丘 2013 1-8月): `分别高于全市、全省平均增速0.7、2.2个百分点`
    found = _by_value(
        "全县固定资产投资增长22.6%,分别高于全市、全省平均增速0.7、2.2个百分点。", "沈丘县", "2013-09-20"
    )
    assert found[(2.2, "个百分点")].indicator == "固定资产投资增速高于全省平均"
    # a named indicator of the county compared with keeps its rate word (r15 旺苍 2019 mid-year)
    found = _by_value("制造业增加值增长7.6%,高于全县规上工业增速2.1个百分点。", "旺苍县", "2019-07-20")
    assert found[(2.1, "个百分点")].indicator.endswith("高于全县规上工业增速")


def test_an_autonomous_regions_level_is_one_word() -> None:
    # http://arko-bronz.com/news/detail/148007.html (鄂伦春 2023, trad)
    found = _by_value(
        "全旗現有合作社達1000余家,其中國家級示範社2家、自治區級4家、市級13家。", "鄂伦春自治旗", "2023-06-01"
    )
    assert found[(13, "家")].indicator == "市级"
