"""Which place a whole text or a figure belongs to, and what kind a figure is, on real sentences of this round's
tuning pages (dev15, fresh15, fresh16): a county named only by a short form that is a common word, a partner
place, a district ranking itself in its city, a zone listed among a county's parts. Excerpts of public pages
(addresses in each test), built through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str) -> list[tuple[str, float, str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return [(r.region, r.value, r.unit, r.kind) for r in build_corpus(tmp_path).records]


def test_a_county_named_only_where_projects_settle_is_the_texts(tmp_path: Path):
    # http://m.bus1net.com/info/detail-d58316.htm (长兴: a common word, named once, in `落戶長興`)
    text = (
        "記者從縣有關部門獲悉,今年以來,我縣堅持以加快經濟轉型升級為主線,全縣工業投資繼續保持平穩較快增長。"
        "1-9月,全縣543項工業在建項目完成投資73.89億元,同比增長19.59%,完成縣考核目標的80%。\n"
        "通過激活民資和招商引資,一批新能源產業項目相繼實施或落戶長興,促進了我縣戰略性新興產業的培育發展。"
    )
    records = _records(tmp_path, text)
    assert ("长兴县", 73.89, "亿元", "actual") in records
    assert {r for r, *_ in records} == {"长兴县"}


def test_a_common_word_short_form_outside_a_places_frame_places_nothing(tmp_path: Path):
    text = "我縣堅持以加快經濟轉型升級為主線。1-9月,全縣工業在建項目完成投資73.89億元,經濟長興。"
    assert _records(tmp_path, text) == []


def test_a_district_named_only_before_its_numbered_strategy_is_the_texts(tmp_path: Path):
    # https://www.xiegongwen.com/7049.html (天桥 "footbridge", named once)
    text = (
        "区委副书记、区长在全区经济运行分析会上的讲话\n(2021年11月25日)\n"
        "今年以来,在区委的坚强领导下,全区上下紧紧围绕天桥发展“1339”战略和“三条天际线、六大标志区”发展格局,"
        "保持了经济社会发展整体向上的态势。1-10月份,全区完成固定资产投资169.8亿元,同比增长65.2%,全市排名第1。"
    )
    assert ("天桥区", 169.8, "亿元", "actual") in _records(tmp_path, text)


def test_a_partner_is_not_the_texts_place_nor_is_its_city_ranking_scale(tmp_path: Path):
    # http://baijiadoc.com/doc/zr24nhb6mv (溧水区's year review: 余杭区 is the partner, `全市` the scale it leads on)
    text = (
        "一般公共预算收入 70.5 亿元,增长 11.8%,总量、增量、增幅均超对标区。对外开放迎来机遇风口,"
        "携手杭州余杭区共建“宁杭合作试验区”,接连获批空港保税物流中心(B 型)、南京机场跨境电商产业园,溧水“开放"
        "的时钟”越拨越快!\n这一年,我们稳增长、提质效,全力打造南京南部制造业高质量发展高地,提振了“溧水自信”。"
        "在全市率先出台制造业企业家关心关爱 10 条政策,产业用地占比提高至 28%,规上工业总产值增长 12%,"
        "被确定为全市唯一的制造业高质量发展示范区。开发区、高新区实现一体化运作,建成高标准创新载体 23.8 万平方米。"
    )
    records = _records(tmp_path, text)
    assert ("溧水区", 70.5, "亿元", "actual") in records
    assert ("溧水区", 23.8, "万平方米", "actual") in records
    assert {r for r, *_ in records} == {"溧水区"}


def test_a_zone_listed_among_a_countys_parts_does_not_carry_to_the_next_sentence(tmp_path: Path):
    # http://www.aqzyzx.com/zongyang/202208/t20220802_6250901.html
    text = (
        "枞阳在线消息 11月份,我县规模以上工业继续保持较快发展势头,本月完成现价工业产值9.55亿元。\n"
        "11月份,在规模工业四大板块中,县直工业完成0.44亿元,同比增长124%;开发区、乡镇工业分别完成产值2.04亿元、"
        "5.63亿元,同比分别增长81%、25%。1-11月,枞阳海螺公司受年初设备检修影响,累计完成工业产值12.49亿元,"
        "同比下降14%;县直工业完成3.39亿元,同比下降23%。"
    )
    records = _records(tmp_path, text)
    assert ("枞阳经济开发区", 2.04, "亿元", "actual") in records
    assert ("枞阳县", 12.49, "亿元", "actual") in records
    assert ("枞阳县", 3.39, "亿元", "actual") in records


def test_a_figure_compared_with_the_plan_reports_what_was_done(tmp_path: Path):
    # r304 (万州区 2024 review of its livelihood projects)
    text = (
        "记者从区六届人大七次会议上获悉:\n2024年万州区首次开展区级重点民生实事项目人大代表票决制,"
        "10件区级重点民生实事项目全部完成,累计完成投资14.4亿元,比计划投资高17.1个百分点。\n具体如下:\n"
        "城乡排水防洪设施建设\n完成投资5.04亿元,比年度计划高20.3个百分点。"
    )
    records = _records(tmp_path, text)
    assert ("万州区", 17.1, "个百分点", "actual") in records
    assert ("万州区", 20.3, "个百分点", "actual") in records


def test_a_provinces_plan_for_the_year_in_a_county_news_piece_is_the_provinces(tmp_path: Path):
    # http://m.php186.cn/2019/0613/419119.shtml (怀集县's vegetable park news, traditional)
    text = (
        "西江日報訊(記者 劉浩輝) 記者昨日獲悉,懷集縣蔬菜產業園成功入選2019年第二批省級現代農業產業園名單。\n"
        "據悉,廣東今年將在去年的基礎上,繼續投入25億元,支持新建50個省級產業園,到2020年還將再新建50個。\n"
        "近年來,懷集縣整合資源創建懷集縣蔬菜產業園,帶動全縣20多萬畝蔬菜提質增量發展。"
    )
    records = _records(tmp_path, text)
    assert {r for r, v, *_ in records if v in (25, 50)} == {"广东省"}
    assert ("怀集县", 20, "万亩", "actual") in records


def test_a_venue_is_not_the_texts_place_and_a_park_named_with_a_numeral_speaks_for_its_own(tmp_path: Path):
    # r299 (横县, since become 横州市, named only by its former name; 南宁六景工业园区 the second venue's park)
    text = (
        "6月29日,橫縣“立市獻禮”工程第二批重大項目開竣工現場會在南寧六景工業園區、茉莉極萃園舉行,再掀橫縣項目建設新熱潮。\n"
        "當天,共有18個重大項目開竣工,總投資25.53億元。在茉莉極萃園會場,開竣工6個項目,總投資約合4.98億元。"
        "近年來,橫縣積極探索茉莉花產業集群發展模式。\n"
        "南寧六景工業園區會場共有12個項目集中開竣工,總投資約20.55億元。其中開工項目8個,竣工項目4個。"
    )
    records = _records(tmp_path, text)
    assert ("横县", 25.53, "亿元", "actual") in records
    assert ("南宁六景工业园区", 20.55, "亿元", "actual") in records
    assert ("南宁六景工业园区", 8, "个", "actual") in records


def test_a_count_of_parks_after_a_city_names_no_park(tmp_path: Path):
    text = "我县今年以来经济平稳。南宁六个工业园区完成产值120亿元。全县完成工业产值300亿元。"
    assert all("园区" not in r for r, *_ in _records(tmp_path, text))


def test_the_years_programme_of_projects_in_news_of_that_year_is_a_target(tmp_path: Path):
    # http://www.xzyuanheng.com/html/news/2017316203037.html (富县, 2017, traditional)
    text = (
        "延安市富縣2017年重點項目3月15日集中開工推進會在富縣田廂村移民搬遷安置點舉行。"
        "該縣全年確定實施重點項目69個,總投資461.5億元;此次集中開復工50個重點項目。"
    )
    records = _records(tmp_path, text)
    assert ("富县", 69, "个", "target") in records
    assert ("富县", 461.5, "亿元", "target") in records


def test_the_projects_drawn_up_for_the_year_are_its_plan(tmp_path: Path):
    # r176 (寿阳县 2022-03-08, the year's project start ceremony): a roster told before the year is over (calls16)
    text = (
        "本刊讯 3月8日,寿阳县2022年重点工程项目集中开复工仪式在强伟纸业二期项目现场举行。\n"
        "2022年,寿阳县进一步明确重点。全年共谋划重点建设项目129个,总投资536.7亿元。"
    )
    assert ("寿阳县", 129, "个", "target") in _records(tmp_path, text)


def test_there_will_be_is_still_to_come(tmp_path: Path):
    # https://www.ycsgsl.com.cn/News_show.asp?id=13354 (伍家岗区)
    text = (
        "伍家岗区楼宇经济持续发力。全区商务楼宇税收总额已达4.52亿元,同比上升25%。"
        "预计全年将有7栋楼宇税收超过5000万元,2栋楼宇税收过亿。"
    )
    records = _records(tmp_path, text)
    assert ("伍家岗区", 7, "栋", "target") in records
    assert ("伍家岗区", 2, "栋", "target") in records
    assert ("伍家岗区", 4.52, "亿元", "actual") in records


def test_the_deputies_at_a_congress_and_a_zones_planned_area_are_not_records(tmp_path: Path):
    # r292 (商水县 2018: the congress's opening) and fresh16 f16_p19 (吉水工业园区's profile)
    text = (
        "商水县第十五届人民代表大会第二次会议开幕。330多名县人大代表出席会议。"
        "2017年,全县生产总值完成218亿元,增长8%。吉水工业园区规划建设总面积10平方公里。"
    )
    records = _records(tmp_path, text)
    assert ("商水县", 218, "亿元", "actual") in records
    assert not [v for _, v, *_ in records if v in (330, 10)]


def test_the_fields_a_plan_covers_are_not_records(tmp_path: Path):
    # fresh15 f15_p17 (青岛西海岸新区 2023)
    text = (
        "2023年,青岛西海岸新区聚焦国家战略、实体经济、科教兴区等13个领域、52项重点工作精准发力。"
        "全年地区生产总值增长6%。"
    )
    assert not [v for _, v, *_ in _records(tmp_path, text) if v == 13]


def test_a_share_of_the_trades_counted_names_the_field_not_a_figure(tmp_path: Path):
    # fresh15 f15_p03 (文峰区 2025 一季度)
    text = (
        "一季度,文峰区规模以上工业增加值同比增长8.1%。分行业来看,8个行业大类中超五成保持增长,"
        "纺织业、非金属矿物制品业、金属制品业等传统行业增速亮眼。"
    )
    records = _records(tmp_path, text)
    assert ("文峰区", 8.1, "%", "actual") in records
    assert not [v for _, v, u, _ in records if u == "个"]
