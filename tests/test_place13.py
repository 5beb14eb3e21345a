"""Which place or subject a figure belongs to, on real sentences of pages swept this round: an aim named again in
apposition (`高质量发展这个首要任务`) points at no project named before it; an event held at a city's zones
(`临汾市举行开发区…活动`) names no zone. Excerpts of public pages (addresses in each test), built through the real
pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str) -> list[tuple[str, float, str, str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return [(r.region, r.value, r.unit, r.kind, r.subject) for r in build_corpus(tmp_path).records]


def test_an_aim_named_again_after_this_points_at_no_works_named_before(tmp_path: Path):
    # https://www.gcs66.com/document_detail/124826.html (咸丰县 2025 work report: `强县工程` is a programme, and
    # `这个主题`, `这个首要任务` name the aims again; the county's GDP has no subject)
    text = (
        "(湖北省)2025年恩施州咸丰县政府工作报告\n一、2024年工作回顾\n"
        "2024年,是实现“十四五”规划目标任务的关键一年。一年来,全县上下坚持以习近平新时代中国特色社会主义思想为指导,"
        "认真落实党中央、国务院及省委、省政府和州委、州政府决策部署,在县委的坚强领导下,紧扣推进中国式现代化这个主题,"
        "牢牢把握高质量发展这个首要任务,围绕建设“两山”实践创新示范区,狠抓强县工程、“双集中”发展等九项重点工作〔1〕落实,"
        "全力以赴稳增长、壮产业、防风险、惠民生,实现地区生产总值130亿元、增长6.5%(预计数,下同),"
        "高质量完成了全年经济社会发展目标任务。"
    )
    records = _records(tmp_path, text)
    assert ("咸丰县", 130, "亿元", "actual", "") in records
    assert ("咸丰县", 6.5, "%", "actual", "") in records


# http://m.cnjdz.net/cyls/2022/0301/79402.html (临汾市's round-up of its zones' signings)
LINFEN_HEAD = (
    "2月26日,临汾市举行开发区2022年第一次“三个一批”活动。此次“三个一批”活动以视频连线方式与太原主会场同步举行,"
    "共“签约一批”项目33个,总投资354.7亿元;“开工一批”项目20个,总投资93.46亿元;“投产一批”项目15个,"
    "总投资45.2亿元。"
)


def test_an_event_held_at_a_citys_zones_names_no_zone(tmp_path: Path):
    # `举行` is what the city did, no zone's proper name
    records = _records(tmp_path, LINFEN_HEAD)
    assert records
    assert not any("举行" in region for region, *_ in records)


def test_a_round_up_whose_head_says_the_city_holds_the_event_is_the_citys(tmp_path: Path):
    # 临汾市 holds its zones' signing day; its counties and zones are
    # each named once, as where a project lies: the totals are the city's, none of the counties'
    text = LINFEN_HEAD + (
        "\n\n"
        "集中签约仪式上,临汾经济开发区精密智造项目,侯马经济开发区高频变压器、电感元器件项目,洪洞经济技术开发区100万千瓦"
        "光伏发电及配套项目,襄汾经济技术开发区15MW发电综合利用项目,安泽经济技术开发区160万吨焦化升级改造项目,"
        "霍州经济技术开发区200兆瓦共享储能项目,尧都高新区全球山猫小型机械属具项目,古县经济技术开发区通用聚苯乙烯项目,"
        "曲沃经济技术开发区空气分离制氧项目,隰县现代农业产业示范区果蔬包装项目,乡宁生态文化旅游示范区分散式风电项目,"
        "翼城产业集聚区精品钢基地项目,浮山产业集聚区临汾染化集团迁建项目,吉县产业集聚区绿色新能源、氢能开发及乡村振兴项目"
        "等14个项目分两批进行了现场签约。\n\n"
        "此次项目集中签约主要体现三个特点:一是体量大、示范作用强,总投资亿元以上的项目15个,占比达75%。"
    )
    records = _records(tmp_path, text)
    assert ("临汾市", 33, "个", "actual", "") in records
    assert ("临汾市", 354.7, "亿元", "actual", "") in records
    assert ("临汾市", 75, "%", "actual", "") in records


def test_a_zone_listed_first_among_a_countys_parts_has_only_the_first_figure_of_each_list(tmp_path: Path):
    # http://www.aqzyzx.com/zongyang/202208/t20220802_6250901.html (枞阳县: `开发区、乡镇工业分别…a、b` gives a to the
    # zone and b to the towns' industry, the county's own)
    text = (
        "枞阳在线消息 11月份,我县规模以上工业继续保持较快发展势头,本月完成现价工业产值9.55亿元。\n"
        "11月份,在规模工业四大板块中,县直工业完成0.44亿元,同比增长124%;开发区、乡镇工业分别完成产值2.04亿元、"
        "5.63亿元,同比分别增长81%、25%。1-11月,县直工业完成3.39亿元,同比下降23%;开发区、乡镇工业分别完成"
        "20.31亿元、59.83亿元,同比分别增长81%、25%。"
    )
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    records = [(r.region, r.value, r.unit, r.indicator) for r in build_corpus(tmp_path).records]
    assert ("枞阳经济开发区", 2.04, "亿元", "开发区产值") in records
    assert ("枞阳县", 5.63, "亿元", "乡镇工业产值") in records
    assert ("枞阳经济开发区", 81, "%", "开发区产值增速") in records
    assert ("枞阳县", 25, "%", "乡镇工业产值增速") in records
    assert ("枞阳县", 59.83, "亿元", "乡镇工业") in records
    assert ("枞阳经济开发区", 20.31, "亿元", "开发区") in records


def test_the_signings_on_the_day_of_a_zones_event_are_the_zones(tmp_path: Path):
    # r306 (dev15, changsha.baogaosu.com: 长沙县's 2016 review; the bonded zone holds its promotion in Hong Kong, and
    # what was signed that day is the zone's, neither the county's nor the venue's)
    text = (
        "2016年,长沙县紧紧围绕“三个第一”发展目标,全县全年预计完成地区生产总值1350亿元,增长10%。\n"
        "2016年12月19日,以“开放崛起·临空领航”为主题的长沙黄花综合保税区(香港)招商推介会在香港会议展览中心举行。"
        "当天,7个项目成功签约,预计可实现进出口额接近9亿美元。\n"
        "而这只是长沙县经济蓬勃发展的一个缩影。"
    )
    records = _records(tmp_path, text)
    assert ("长沙县", 1350, "亿元", "actual", "") in records
    assert any(r[:3] == ("长沙黄花综合保税区", 7, "个") for r in records)
    assert any(r[:3] == ("长沙黄花综合保税区", 9, "亿美元") for r in records)


def test_a_named_park_right_before_a_count_of_firms_is_what_the_count_is_of(tmp_path: Path):
    # r287 (dev15, 西丰经济开发区's five-year plan: the zone's 67 firms, and each of its parks' own)
    text = (
        "西丰经济开发区“十四五”发展规划\n"
        "2020年末,园区共入驻企业67户,其中,生命健康产业园55户、安民机械装备制造产业园11户、郜家店工业园1户。"
    )
    records = _records(tmp_path, text)
    assert ("西丰经济开发区", 67, "户", "actual", "") in records
    assert ("西丰经济开发区", 55, "户", "actual", "生命健康产业园") in records
    assert ("西丰经济开发区", 11, "户", "actual", "安民机械装备制造产业园") in records


def test_works_named_after_what_is_done_to_them_lose_the_verb(tmp_path: Path):
    # r259 (dev13, 怀安县's tasks: the base project is pushed on, and the 13 major projects are a class, no subject)
    text = (
        "怀安县2022年重点工作任务\n(一)持续巩固脱贫攻坚成果,全力以赴推动乡村振兴。加强与北京睿文商道农业科技有限公司合作,"
        "推进大型玉米高科技深加工项目,推动农业产业化、科技化发展。全力推进怀安乡村振兴综合开发基地项目,"
        "加快特色农牧、文化旅游、农村电商等13个重大项目前期手续办理,并尽快推动实施。"
    )
    records = _records(tmp_path, text)
    assert [r[4] for r in records if r[1] == 13 and r[2] == "个"] == [""]


def test_a_part_of_the_works_done_is_no_project_that_running_later_points_at(tmp_path: Path):
    # http://senqingzn.com/dy/article/JTTBLO780534697F.html?f=post2020_dy_recommends (灵台县 2025, traditional script:
    # `完成了主體工程建設` says what was done; `投產后` points at no `主體工程`)
    text = (
        "新甘肅·每日甘肅網通訊員 王富強\n春日里的靈臺縣,項目建設現場機械轟鳴。\n"
        "該電廠于2022年9月開工建設,至去年年底完成投資53.83億元,完成了主體工程建設。今年計劃投資13億元,截至目前,"
        "完成投資3億元,計劃今年上半年建成投產。投產后年發電量約100億千瓦時,消納煤炭約414萬噸,產值達30億元以上。"
    )
    records = _records(tmp_path, text)
    assert [r[4] for r in records if r[1] in (100, 414, 30)] == ["", "", ""]


def test_a_project_listed_with_its_own_figure_in_brackets_is_that_figures_subject(tmp_path: Path):
    # r187 (dev10, 吉水县's task table: each pipe project is listed with its own length in brackets)
    text = (
        "吉水县2023年重点工作任务\n扎实推进城乡供水一体化建设。金滩水厂建设基本完成,预计年底可投产;"
        "龙华大道DN500管道改造工程(1698米)、黄桥中学管网工程(2233米)、乌江养猪厂管网工程(3441米)工程已竣工通水。"
    )
    records = _records(tmp_path, text)
    assert ("吉水县", 1698, "米", "actual", "龙华大道DN500管道改造工程") in records
    assert ("吉水县", 2233, "米", "actual", "黄桥中学管网工程") in records
    assert ("吉水县", 3441, "米", "actual", "乌江养猪厂管网工程") in records
