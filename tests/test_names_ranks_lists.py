"""Indicator names of ranks, example lists and hedged figures, as real county texts word them (each sentence
from a real page, its address beside it)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _names(tmp_path: Path, text: str) -> dict[tuple[object, str], str]:
    """(value, unit) → indicator of the records one document gives."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {
        (tuple(r.value) if isinstance(r.value, list) else r.value, r.unit): r.indicator
        for r in build_corpus(tmp_path).records
    }


def test_a_ranks_verb_is_not_part_of_its_name(tmp_path: Path) -> None:
    # http://m.843eoz.cn/ynews/2022/0223/114700.html (四川天府新区, 2022): a scope that is not a whole area
    found = _names(tmp_path, "2021年,四川天府新区经济总量居国家级新区第5位。")
    assert found[(5, "名次")] == "经济总量国家级新区排名"
    # http://262wan.com/153/35729.html (苏州工业园区, mid-year): `均` says the rank is shared, it is no name
    found = _names(tmp_path, "苏州工业园区上半年投资规模、高技术产业投资占比均居全市第一。")
    assert found[(1, "名次")] == "投资规模、高技术产业投资占比全市排名"


def test_a_list_of_examples_is_not_part_of_the_name(tmp_path: Path) -> None:
    # http://www.dtxww.com/site/content.html?key=661f1b4bff891eb7418b4568&father_key=5823da05d7af1495008b46a8
    # (东台经济开发区, 2024): the firms listed are examples of the projects counted
    found = _names(
        tmp_path, "东台经济开发区2024年将新开工联合飞机、远洋智能模块、浦创电子等10亿元以上项目8个。"
    )
    assert found[(8, "个")] == "新开工10亿元以上项目"
    # http://262wan.com/153/35729.html (苏州工业园区, mid-year): the industries listed before their count
    found = _names(
        tmp_path, "苏州工业园区上半年生物医药、纳米技术应用、人工智能三大新兴产业实现产值1862亿元、增长9%。"
    )
    assert found[(1862, "亿元")] == "三大新兴产业产值"
    assert found[(9, "%")] == "三大新兴产业产值增速"
    # a list of indicators keeps them: the rank is theirs (r20-like wording, a 庆云 interview)
    found = _names(tmp_path, "庆云县社会消费品零售总额、固定资产投资等主要指标增幅位居全市第一位。")
    assert found[(1, "名次")].startswith("社会消费品零售总额、固定资产投资")


def test_hedges_and_speech_time_words_are_not_names(tmp_path: Path) -> None:
    # https://m.fx361.cc/news/2010/1226/13533786.html (黔西, interview 2010): the rate said again, hedged
    found = _names(tmp_path, "黔西县委书记说:现在黔西的GDP增长是13%,今后可以实现18%,甚至是20%。")
    assert found[(13, "%")] == found[(18, "%")] == found[(20, "%")] == "GDP增速"
    # http://www.tcgxipo.com/news/lygxw/2018/0326/107050.shtml (东海, 2018): a run-in heading set off by a space
    found = _names(
        tmp_path, "东海县2018年春季 蓄势发展新动能 首季预计可新增签约内资项目30个 到位外资4000万美元"
    )
    assert found[(30, "个")] == "首季新增签约内资项目"  # the heading and the hedge `预计可` go
    # what the jobs will do is not what is counted
    found = _names(tmp_path, "东海县2018年,1100个就业岗位也将解决部分当地农民和外出务工返乡人员的就业问题。")
    assert found[(1100, "个")] == "就业岗位"


def test_a_forecast_word_after_the_name_goes(tmp_path: Path) -> None:
    # r98 永吉 county profile (2013, dev6; no address stored): `预期` hedges the target, it is not part of the name
    found = _names(tmp_path, "永吉县2013年生产总值预期达到144亿元。")
    assert found[(144, "亿元")] == "生产总值"


def test_a_total_named_alone_after_a_count_of_projects_is_that_groups(tmp_path: Path) -> None:
    # http://m.843eoz.cn/ynews/2022/0223/114700.html (四川天府新区, 2022)
    found = _names(tmp_path, "2021年,四川天府新区累计引进重大产业项目93个,总投资超2500亿元。")
    assert found[(2500, "亿元")].endswith("重大产业项目总投资")
    # https://m.yybnet.net/bozhou/mengcheng/201704/6002465.html (蒙城 1–3月 2017): a part's own total, then the whole's
    found = _names(
        tmp_path,
        "蒙城县2017年1-3月新签约项目21个,协议总投资85.67亿元,其中亿元以上工业项目10个,协议总投资53.69亿元。",
    )
    assert found[(85.67, "亿元")] == "新签约项目协议总投资"
    assert found[(53.69, "亿元")] == "亿元以上工业项目协议总投资"
    # a bracketed part is not the group (r45 陆丰, dev2)
    found = _names(tmp_path, "陆丰市2021年全年引进项目51个(其中超10亿项目7个),总投资额193.77亿元。")
    assert found[(193.77, "亿元")] == "引进项目总投资额"


def test_a_score_a_rank_was_won_with_is_not_part_of_its_name(tmp_path: Path) -> None:
    # https://investchn.com/home/news/detail/id/197642.html (龙游 2021): the score and the verb a rank was won with
    found = _names(tmp_path, "今年上半年度,龙游县在招商引资工作考核中以总分76.26分荣膺全市第一名。")
    assert found[(1, "名次")] == "招商引资工作考核全市排名"


def test_clauses_after_a_figure_take_what_the_sentence_named(tmp_path: Path) -> None:
    # http://m.843eoz.cn/ynews/2022/0223/114700.html (四川天府新区, 2022): `、` after a figure starts a clause
    found = _names(tmp_path, "2021年,四川天府新区引进15个文创项目、协议投资191亿元。")
    assert found[(191, "亿元")] == "文创项目协议投资"
    # http://m.nxhuan.com/lcsz/p/976191.html (陵城): a rank of a rate keeps the text's word for it
    found = _names(tmp_path, "陵城区今年主体四税增长25.3%,增幅列全市第一位。")
    assert found[(1, "名次")] == "主体四税增幅全市排名"
    # https://m.yybnet.net/bozhou/mengcheng/201704/6002465.html (蒙城 2017): progress named alone
    found = _names(
        tmp_path, "蒙城县2017年一季度,全县实际利用内资110.4亿元,完成全年任务的32.4%,超序时进度7.4个百分点。"
    )
    assert found[(7.4, "个百分点")] == "实际利用内资超序时进度"
    # http://www.zhxpm.cn/news/tj/201110/70700.shtml (台江, trad, 2011): the level and rate of what doubles
    found = _names(tmp_path, "臺江縣到十二五末力爭生產總值翻一番以上,實現26億元以上,年均增長18%以上。")
    assert found[(26, "亿元")] == "生产总值"
    assert found[(18, "%")] == "生产总值年均增速"
    # http://www.dtxww.com/site/content.html?key=661f1b4bff891eb7418b4568&father_key=5823da05d7af1495008b46a8
    # (东台经济开发区 2024): a sector named after `其中` is its part of the total
    found = _names(tmp_path, "东台经济开发区2024年全年全口径工业开票销售突破600亿元、其中主导产业540亿元。")
    assert found[(540, "亿元")] == "主导产业工业开票销售"


def test_a_rank_or_an_increase_named_by_a_scope_alone_takes_the_subject(tmp_path: Path) -> None:
    # http://m.843eoz.cn/ynews/2022/0223/114700.html (四川天府新区, trad, 2022)
    found = _names(
        tmp_path, "2021年四川天府新區地區生產總值突破4000億元、同比增長9.7%,總量居國家級新區第5位。"
    )
    assert found[(5, "名次")] == "地区生产总值总量国家级新区排名"
    found = _names(tmp_path, "2021年,四川天府新區入庫國家科技型中小企業634家,位居成都市第二。")
    assert found[(2, "名次")] == "入库国家科技型中小企业成都市排名"
    # https://m.fx361.cc/news/2010/1226/13533786.html (黔西 2010): an increase per head of the same people
    found = _names(
        tmp_path,
        "黔西县2009年城镇居民人均可支配收入13050元,人均增收2011元;农民人均纯收入3112元,人均增收332元。",
    )
    assert found[(2011, "元")] == "城镇居民人均增收"
    assert found[(332, "元")] == "农民人均增收"


def test_a_sectors_rate_in_a_passage_on_value_added_is_its_value_addeds(tmp_path: Path) -> None:
    # http://zgwc.gov.cn/news_show.aspx?id=204279 (旺苍, H1): `制造业增长3.4%` after the industry's value added
    found = _names(
        tmp_path,
        "旺苍县统计局\n上半年,全县规上工业增加值同比增长1.3%。\n制造业拉动有力。上半年,制造业增长3.4%,"
        "电力、热力、燃气及水生产和供应业下降2.5%。",
    )
    assert found[(3.4, "%")] == "制造业增加值增速"
    assert found[(-2.5, "%")] == "电力、热力、燃气及水生产和供应业增加值增速"
    # a passage on sales keeps the sector's own rate (批零住餐 sales, not value added)
    found = _names(tmp_path, "如东县2023年上半年,限上批发业销售额增长8%,零售业增长6.2%。")
    assert found[(6.2, "%")] == "零售业增速"


def test_a_product_named_alone_with_its_weight_is_its_output(tmp_path: Path) -> None:
    # http://ldqxn.com/news/zhenfeng/20100819/18416.htm (贞丰 1-7月 2010): `黄金4463公斤,增长2.6%;原煤110万吨`
    found = _names(tmp_path, "贞丰县2010年1-7月,黄金4463公斤,增长2.6%;原煤110万吨,增长22%。")
    assert found[(4463, "公斤")] == "黄金产量"
    assert found[(2.6, "%")] == "黄金产量增速"
    assert found[(110, "万吨")] == "原煤产量"
    # a trade is not an output (a 寿光 round-up wording)
    found = _names(tmp_path, "寿光市一季度交易蔬菜180万吨。")
    assert not found[(180, "万吨")].endswith("产量")


def test_a_projects_state_stays_in_its_name(tmp_path: Path) -> None:
    # http://taihainet.com/news/fujian/yghx/2017-11-03/2069538.html (漳浦 2017), http://m.nniifjq.cn/html/16014.html
    # (陆丰): `已开工`, `已落地` say which projects are counted
    found = _names(tmp_path, "漳浦县今年1-9月,已落地投建项目17个,总投资32亿元。")
    assert found[(17, "个")] == "已落地投建项目"
    assert found[(32, "亿元")] == "已落地投建项目总投资"


def test_what_a_group_of_projects_invested_so_far_is_that_groups(tmp_path: Path) -> None:
    # http://minhou.gov.cn/xjwz/zwgk/zdlyxxgk/zdxm/xmjz/202307/t20230712_4636205.htm (闽侯 2023)
    found = _names(
        tmp_path,
        "闽侯县2023年1-6月重点项目进展情况\n其中:在建项目185项,总投资1330.5亿元,年度计划投资327.53亿元,"
        "1-6月累计完成投资235.8亿元,占年计划投资的72%。",
    )
    assert found[(1330.5, "亿元")] == "在建项目总投资"
    assert found[(327.53, "亿元")] == "在建项目年度计划投资"
    assert found[(235.8, "亿元")] == "在建项目累计完成投资"


def test_a_long_group_and_its_yearly_funds(tmp_path: Path) -> None:
    # http://www.bozhou.cn/p/256508.html (亳州, 1–10月): a group named with its origin; `当年` is the period
    found = _names(
        tmp_path,
        "亳州市1—10月份,其中来自沪苏浙的新签约亿元以上工业项目 58 个、占比26.5%,总投资 355.1 亿元、占比 31.8%;"
        "来自沪苏浙的在建亿元以上省外投资项目 97 个,当年实际到位资金 314.1 亿元。",
    )
    assert found[(355.1, "亿元")] == "来自沪苏浙的新签约亿元以上工业项目总投资"
    assert found[(314.1, "亿元")] == "来自沪苏浙的在建亿元以上省外投资项目实际到位资金"
