"""place11: a place's simplified name survives the traditional → simplified pass (乾安县 stays 乾安县), and a
county's own text that names only its city's short name is the namesake county's (南昌县 of 南昌市). Excerpts of
public pages (addresses in each test)."""

from pathlib import Path

from bot.ingest.normalize import t2s, to_simplified
from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str) -> dict[float, tuple[str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {r.value: (r.region, r.kind) for r in build_corpus(tmp_path).records}


def test_a_simplified_place_name_is_kept_as_written():
    # 乾 is a simplified character in place names; t2s alone reads it as the 乾 of 乾燥 and writes 干安县
    assert t2s("乾安县委、县政府") == "乾安县委、县政府"
    assert t2s("陕西乾县") == "陕西乾县"
    assert to_simplified("乾安縣") == "乾安县"
    assert t2s("乾燥") == "干燥"  # the word is still converted


def test_a_county_named_with_a_character_t2s_rewrites(tmp_path: Path):
    # http://sy.cnjiwang.com/ywq/201904/2862579.html (乾安县, 松原市; the site's channel is `松原站`)
    text = (
        "10个5000万元以上项目陆续开工 乾安卯足干劲 要闻-松原站\n"
        "您当前的位置 :首页 > 松原站 > 要闻\n"
        "4月18日,乾安县“三早”行动项目集中开工。这是乾安县委、县政府吹响“早落地、早开工、早见效”行动的集结号和动员令。\n"
        "据了解,2019年全县计划完成固定资产投资21.5亿元,同比增长6%;全年计划实施5000万元以上项目20个。"
    )
    records = _records(tmp_path, text)
    assert records[21.5] == ("乾安县", "target")
    assert {region for region, _ in records.values()} == {"乾安县"}


def test_a_county_naming_only_its_city_short_name_is_the_namesake_county(tmp_path: Path):
    # https://saintpaulhem.com/ncx/ncxrmzf/tjgb/202003/4daef99599424d32b9623ba3dee2ec21.shtml (南昌县's 2019
    # statistics communique): `全县` speaks, `南昌` is written only in `大南昌都市圈`, `全市` only in a quoted slogan
    text = (
        "2019年,全县上下坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记视察江西重要讲话精神,"
        "紧紧围绕“全市当龙头,全省树标杆”的目标定位,全力打造大南昌都市圈高质量发展核心支点。\n"
        "一、综合\n"
        "地区生产总值 初步核算,全年地区生产总值(GDP)突破千亿大关,实现1027.8亿元,是全省首个突破千亿的县,"
        "按可比价格计算,比上年增长8%。"
    )
    records = _records(tmp_path, text)
    assert records[1027.8] == ("南昌县", "actual")


def test_the_city_speaking_stays_the_city(tmp_path: Path):
    # the same sentences in the city's voice (`全市` outside quotes, as often as `全县`): the city's, not its county's
    text = (
        "2019年,全市上下全力打造大南昌都市圈。\n"
        "全年地区生产总值突破千亿大关,实现1027.8亿元,全县工作的经验在全市推广,比上年增长8%。"
    )
    assert _records(tmp_path, text)[1027.8][0] == "南昌市"


def test_a_place_opening_a_quoted_honour_speaks_for_nothing(tmp_path: Path):
    # https://1nrbk.com/html/htmlzhengwugongkaixinxidongtai1213.html (金乡经济开发区's news, 2016): the zone's 2015
    # figures follow the honours it was given, whose names open with its city
    text = (
        "座谈中,陈涛主任首先介绍了园区发展状况。他说,近年来,金乡经济开发区以创建“国家级经济技术开发区”为发展引领,以产业集聚化、产品高端化、信息智能化、服务定制化、运行高效化环境生态化为工作理念,持续加大"
        "招商引资力度,不断完善配套服务设施,全面保障生产要素供给,鲁晨新材料、爱德华机械、泉达光伏等投资过10亿元的项目相继落户园区,金曼克电气、鲁特电工、金人电气等运行企业经济实力逐步增强,全区经济社会实现"
        "持续稳定发展。目前,入区企业已达到200余家,规模以上工业企业41家,成立了输配电产业园、高新技术产业区、轻工产业区3个专业化园区,输配电、装备制造、新能源、新材料等产业集聚发展规模逐步凸显,在201"
        "3年省级开发区经济实力综合评价中前移了32个位次,2014年,被授予“济宁市创新驱动示范园区”“济宁市两化融合试验区”,2015年完成地方财政收入2.07亿元,实现规模以上工业企业销售收入80.3亿元"
        "、利税9.5亿元,同比增长均在10%以上,"
    )
    records = _records(tmp_path, text)
    assert records[2.07] == ("金乡经济开发区", "actual")
    assert records[80.3] == ("金乡经济开发区", "actual")


def test_a_city_joined_to_a_park_by_a_middle_dot_names_the_park(tmp_path: Path):
    # https://gx.cri.cn/n/20201109/e8a4ded7-781f-2b7e-4417-3c1d82b8af32.html (南宁高新区's news, 2020): `南宁·中关村` is
    # a park of the zone, not 南宁市 speaking
    text = (
        "原标题:南宁高新区多项经济指标逆势增长\n"
        "今年以来,南宁高新区在市委、市政府的领导下,积极应对经济下行、疫情等冲击,全面落实强首府战略,"
        "全力打造千亿产业园区,多项经济指标逆势增长,为全市经济高质量发展作出了积极贡献。\n"
        "创新要素加速聚集。高新区目前已引进广西珞桂节能环保研究院、南宁轨道交通技术产业研究院等15家新型产业技术研究机构,"
        "完成全年目标任务75%;现有已备案的高新技术企业共351家,已入库培育的自治区级瞪羚企业达18家,占南宁市(36家)的50%。"
        "南宁·中关村已引进高科技项目5个,完成全年目标任务的50%。"
    )
    records = _records(tmp_path, text)
    assert records[5] == ("南宁高新技术产业开发区", "actual")
    assert records[351] == ("南宁高新技术产业开发区", "actual")


def test_a_cross_border_e_commerce_pilot_zone_is_a_zone_of_its_own(tmp_path: Path):
    # https://gx.cri.cn/n/20201109/e8a4ded7-781f-2b7e-4417-3c1d82b8af32.html (南宁高新区's news, 2020): the pilot
    # zone's trade is its own, not the development zone's the text is about
    text = (
        "原标题:南宁高新区多项经济指标逆势增长\n"
        "今年以来,南宁高新区在市委、市政府的领导下,积极应对经济下行、疫情等冲击,多项经济指标逆势增长。\n"
        "开放枢纽初见雏形。南宁综合保税区1—8月完成外贸进出口额270.47亿元,同比增长126.3%。"
        "中国(南宁)跨境电子商务综合试验区1—9月完成进出口额约12.82亿元,完成全年任务的98.62%。"
    )
    records = _records(tmp_path, text)
    assert records[12.82] == ("中国(南宁)跨境电子商务综合试验区", "actual")
    assert records[98.62] == ("中国(南宁)跨境电子商务综合试验区", "actual")
    assert records[270.47] == ("南宁综合保税区", "actual")
