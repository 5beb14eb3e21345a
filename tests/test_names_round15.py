"""Names, figures and facts that are not records, round 15: rules found on freshly swept real pages.
Each test quotes the real sentence; the page's address is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def _names(found) -> dict[float, str]:
    return {r.value: r.indicator for r in found}


# --- a measure named alone after another measure of the same crop -----------------------------------------------------


def test_a_yearly_output_after_an_area_is_that_crops_output():
    # baogaosu.com 平泉 2014 (中新河北网): `年产量` twice, once for all vegetables, once for those under glass
    text = "到目前,全县蔬菜生产总面积达到15.1万亩,年产量99万吨。其中设施蔬菜面积6.7万亩,年产量67万吨。"
    found = records(text, places=("平泉市",))
    assert _names(found) == {
        15.1: "蔬菜生产总面积",
        99: "蔬菜年产量",
        6.7: "设施蔬菜面积",
        67: "设施蔬菜年产量",
    }


# --- counts run together -----------------------------------------------------------------------------------------------


def test_counts_run_together_each_name_their_own_thing():
    # guniangcha.com 保靖 2021: the tea's coverage in villages, households and people
    found = records("种植范围覆盖40个村4500余户2.7万余人。", date="2021-03-03", places=("保靖县",))
    assert _names(found) == {40: "种植范围覆盖村", 4500: "种植范围覆盖户数", 2.7: "种植范围覆盖人数"}
    assert one(found, 4500).cmp == ">"


def test_two_counts_of_one_group_and_a_list_keep_their_names():
    # gongwensou.com 陇县 2019: households and people of one group, before and after a change
    found = records("贫困人口由13677户49479人减至887户1472人。", places=("陇县",))
    assert {r.indicator for r in found} == {"贫困人口"}
    # r26 如皋高新区 2024 (dev): a `分别` list's counts
    found = records(
        "新增20亿元企业、10亿元企业、亿元企业分别不少于1家、1家和7家。", date="2024-01-01", places=("如皋市",)
    )
    assert "和" not in {r.indicator for r in found}


# --- wells, ponds and trees are counted; townships and towns together are no unit -------------------------------------


def test_wells_ponds_and_trees_are_counts():
    # nfcpscxx 璧山 (蔬菜基地): `山坪塘3口`, `高档苗木100余株`; enerteksolarenergy 洛南 2013 (trad): `机井11眼`
    found = records(
        "新增节水灌溉面积100亩、山坪塘3口、提灌站1座。种植各类型高档苗木100余株。", places=("璧山区",)
    )
    assert (one(found, 3).unit, one(found, 3).indicator) == ("口", "山坪塘")
    assert one(found, 1).indicator == "提灌站"
    (trees,) = [r for r in found if r.unit == "株"]
    assert (trees.value, trees.cmp) == (100, ">")
    found = records("修建機耕道路184公里、水池30座、機井11眼、提灌站12座。", places=("洛南县",))
    assert (one(found, 11).unit, one(found, 11).indicator) == ("眼", "机井")


def test_townships_and_towns_together_are_not_a_count_of_townships():
    # authenticallynatalie.com 徽县 (trad): `等6乡镇29个行政村` gave `6乡` named `镇29个行政村`
    found = records(
        "主要種植區域分布在銀杏、伏鎮、栗川、城關、水陽、永寧等6鄉鎮29個行政村。", places=("徽县",)
    )
    assert all(r.unit != "乡" for r in found)


# --- growers counted before what each of them earns or grows --------------------------------------------------------


def test_growers_counted_before_their_earnings_are_the_growers():
    # authenticallynatalie.com 徽县 (trad); tobaccochina.com 天柱 2013
    found = records("1115戶煙農戶均種煙5.85畝。全縣578戶煙農直接收入2583.05萬元。", places=("徽县",))
    assert _names(found) == {1115: "烟农", 5.85: "烟农户均种烟", 578: "烟农", 2583.05: "烟农直接收入"}


# --- filler words, an aside with a figure, handed-out goods ----------------------------------------------------------


def test_words_around_a_name_that_are_no_part_of_it():
    # jn720.com 开阳 2016 (蔬菜产业); nfcpscxx 璧山 (蔬菜基地)
    found = records(
        "目前初具规模的高标准蔬菜菜园总共4600亩。剩余的3个蔬菜基地(1100亩)将于今年年底完成建设。",
        date="2016-05-01",
        places=("开阳县",),
    )
    assert _names(found) == {4600: "初具规模的高标准蔬菜菜园", 3: "蔬菜基地", 1100: "蔬菜基地"}
    found = records("且完成工程量的40%,免费发放蔬菜种子362.5公斤。", places=("璧山区",))
    assert _names(found) == {40: "工程量", 362.5: "免费发放蔬菜种子"}


def test_kinds_of_farm_base_are_no_subject():
    # jn720.com 开阳 2016: bases of a kind (early, cool-summer vegetables), marked out or extended, are the county's
    text = (
        "2014年被贵阳市农委确定为30万亩蔬菜保供基地试点县,划定蔬菜保供基地红线面积8万亩。"
        "逐步形成了各具特色的蔬菜基地,其中次早熟蔬菜基地1.76万亩、夏秋冷凉蔬菜基地2.1万亩、时令蔬菜基地6万亩。"
        "拓展次早熟蔬菜基地3万亩,夏秋冷凉蔬菜基地3万亩。"
    )
    found = records(text, date="2016-05-01", places=("开阳县",))
    assert {r.subject for r in found} == {""}


# --- one person's or one family's life in a story about the place -----------------------------------------------------


def test_a_villagers_own_figures_are_not_the_countys():
    # 0832.org.cn 巫山 (trad): a farmer's words and his own plot; the county's figures follow
    text = (
        "“這是我今年的第一炕烤煙,能賣300多元。”近日,在重慶市巫山縣竹賢鄉福坪村1社,村民吳文壽打開烤房。"
        "吳文壽一邊撥弄著,一邊告訴筆者,他種植了20畝烤煙,可收入6萬多元。"
        "目前,巫山縣烤煙已進入收獲烘烤期。該縣今年烤煙種植面積7萬多畝,預計產烤煙20萬擔以上。"
    )
    found = records(text, places=("巫山县",))
    assert {r.value for r in found} == {7, 20}
    assert one(found, 20).unit == "万担"
    # tobaccochina.com.cn 马关 2015: a family's new house
    found = records(
        "成玉是馬關縣夾寒箐鎮大寨村村民,去年家裡花了40余萬元新建了一棟三層小樓。如今,全縣烟农户均收入突破了8.08萬元。",
        places=("马关县",),
    )
    assert {r.value for r in found} == {8.08}


def test_the_places_own_words_and_a_spokesman_stay_records():
    # `你追我赶` is narration, `我县` the county, `他介绍` a spokesman's report
    found = records("南通所辖7个县(市、区)你追我赶、拼搏争先,经济总量全部超1300亿元。", places=("南通市",))
    assert one(found, 1300).unit == "亿元"
    found = records("他介绍,今年我县地区生产总值增长8%。", date="2023-05-01", places=("如东县",))
    assert one(found, 8).indicator == "地区生产总值增速"


# --- words around a name: 仅…就, 均价, 有性系 -------------------------------------------------------------------------


def test_only_and_then_are_no_part_of_a_name_and_output_follows_it():
    # jn720.com 普安 2014: the spring tea's output, then its value
    found = records(
        "今年仅春茶产量就达200吨,实现产值1.2亿元,同比增长25%。", date="2014-12-25", places=("普安县",)
    )
    assert _names(found) == {200: "春茶产量", 1.2: "春茶产值", 25: "春茶产值增速"}


def test_an_average_price_and_a_kind_of_tea_garden_keep_their_first_word():
    # 0832.org.cn 南涧 2021 (trad); palmettodecks.com 光山 2008 (trad)
    found = records("上等煙比例達66.35%,均價34.15元/公斤,同比增加1.29元/公斤。", places=("南涧彝族自治县",))
    assert one(found, 34.15).indicator == "均价"
    found = records("其中,有性系茶園11.6萬畝,無性系茶園4.6萬畝。", places=("光山县",))
    assert _names(found) == {11.6: "有性系茶园", 4.6: "无性系茶园"}


def test_growers_counted_before_their_plots():
    # 0832.org.cn 彝良 (trad): `2879戶煙農的相應地塊規劃種植烤煙46300畝`
    found = records("彝良縣在283個村民小組、2879戶煙農的相應地塊規劃種植烤煙46300畝。", places=("彝良县",))
    assert one(found, 2879).indicator == "烟农"


# --- a change `由A发展到B`, households and people in 万, a family of three, mushroom logs -------------------------


def test_a_count_grown_from_one_level_to_another_keeps_its_name():
    # mtqpdj.com 安泽 2016 (trad)
    text = "全縣規模養殖大戶由147戶發展到210戶,畜禽總量由90.8萬頭(只)發展到164萬頭(只),全縣合作社總量由202個發展到404個。"
    found = records(text, places=("安泽县",))
    assert _names(found) == {
        147: "规模养殖大户",
        210: "规模养殖大户",
        90.8: "畜禽总量",
        164: "畜禽总量",
        202: "合作社总量",
        404: "合作社总量",
    }


def test_households_then_people_in_wan_are_one_things_counts():
    # big5.china.com.cn 田东 2015 (trad): `搬遷安置3182戶1.3萬人` named `1.3万人`
    found = records("截至2014年,全縣已經建設了54個移民點,搬遷安置3182戶1.3萬人。", places=("田东县",))
    assert _names(found) == {54: "移民点", 3182: "搬迁安置", 1.3: "搬迁安置"}


def test_a_family_of_three_is_no_count_and_mushroom_logs_are():
    # dongkou.gov.cn 洞口 2019; old.zh-hz.com 保康 2010
    found = records("刘玉兰一家三口搬进了位于毓兰镇城区的易地扶贫搬迁安置点新居。", places=("洞口县",))
    assert found == []
    found = records("去年,全县新发展袋料食用菌1363万袋,增收7800万元。", date="2010-06-08", places=("保康县",))
    assert (one(found, 1363).unit, one(found, 1363).indicator) == ("万袋", "新发展袋料食用菌")


def test_since_a_year_and_early_in_a_month_open_no_name():
    # sxstscl.cn 武平 2017 (trad)
    text = "2016年以來落實國定易地扶貧搬遷對象1293戶,并在2017年1月初完成易地扶貧搬遷驗收1432戶。"
    found = records(text, places=("武平县",))
    assert _names(found) == {1293: "落实国定易地扶贫搬迁对象", 1432: "易地扶贫搬迁验收"}


def test_a_villager_by_age_and_a_family_by_its_members_are_examples():
    # dongkou.gov.cn 洞口 2019: two villagers' stories between the county's figures
    text = (
        "56岁的建档立卡贫困村民刘玉兰身患甲亢、胆结石等多种疾病,每月要花费医药费1000余元。"
        "杨培小多年来同丈夫一道一直在广东务工,两个正在上小学的孩子留在家中由公公婆婆照顾。"
        "2018年我县完成易地扶贫搬迁资金52058万元,建成住房2478套,搬迁入住9139人。"
    )
    found = records(text, places=("洞口县",))
    assert {r.value for r in found} == {52058, 2478, 9139}


def test_an_officials_quoted_belief_stays_a_record():
    # the county's own figure in a leader's quoted words (`我相信`, `我认为`) is no person's own life
    found = records(
        "“我相信,今年全县地区生产总值能达到100亿元。”县委书记说。", date="2023-05-01", places=("如东县",)
    )
    assert one(found, 100).unit == "亿元"
