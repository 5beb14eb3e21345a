"""Place rules found on dev13 and fresh13 (place9's pass); each test quotes its page."""

from tests.ingest_helpers import records, regions


def test_the_idiom_of_lasting_order_is_no_city():
    # http://m.ilynn.cn/document_detail/5613.html (伊吾县's 2016 statistics communique, fresh13 f13_p01): `长治久安`
    # holds 长治, a city's short form; the county names itself once, as `伊吾`
    text = (
        "2016年,在上级党委和政府的亲切关怀下,县委、政府团结带领全县各族人民,坚决贯彻落实中央、自治区党委和地委的决策"
        "部署,紧紧围绕社会稳定和长治久安总目标,以稳增长、促就业为重点,集中精力调结构、转方式,坚定信心,求实奋进,"
        "促进了经济平稳较快发展,为伊吾的改革开放和经济社会发展做出了积极的努力。\n"
        "一、综 合\n经测算,地区生产总值445636万元,同比增长11.0%,其中:第一产业54238万元,同比增长9.6%。\n"
    )
    assert set(regions(records(text), 445636, 11.0).values()) == {"伊吾县"}
    # as the page writes it: traditional script with pinyin glosses
    page = (
        "2016年,在上級(jí)黨委和政府的親切關(guān)懷下,縣委、政府團(tuán)結(jié)帶領(lǐng)全縣各族人民,緊緊圍繞社會(huì)穩(wěn)定和長(zhǎng)"
        "治久安總目標(biāo),為伊吾的改革開(kāi)放和經(jīng)濟(jì)社會(huì)發(fā)展做出了積極的努力。\n"
        "經(jīng)測(cè)算,地區(qū)生產(chǎn)總值445636萬元,同比增長(zhǎng)11.0%。\n"
    )
    assert set(regions(records(page), 445636, 11.0).values()) == {"伊吾县"}


def test_a_mountain_named_like_a_county_is_not_that_county():
    # http://www.qq94.com/fjx/1XonL2_4.html (潜山's 2010 speech, fresh13 f13_p06): `天柱山` is 潜山's mountain and
    # town, not 贵州's 天柱县
    text = (
        "可圈可点的是,国家5A旅游区、世界地质公园、“天柱山瓜蒌籽”国家地理标志产品保护等一批中国顶尖、世界顶尖品牌创建"
        "工作取得重大突破;县开发区扩区、县城跨河发展等一批事关潜山长远发展的设想正式列入规划开始实施;一批产业园区"
        "扩模升级步伐加快,全县已拥有3个省级园区。难能可贵的是,乡镇经济呈现加速发展势头,入超千万元的乡镇群体正在崛起,"
        "继梅城、源潭和天柱山之后,槎水和官庄又成功跻身财政收入千万元乡镇行列;乡镇财政总收入首次突破亿元,增幅达345,"
        "为我县财政收入迈进年“亿元增长期”作出了贡献。\n"
    )
    found = records(text)
    assert "天柱县" not in {r.region for r in found}
    # a 2010 text that speaks as `全县`, `我县` and never writes 潜山市: the county as it was then (fresh13's gold)
    assert set(regions(found, 3).values()) == {"潜山县"}


def test_a_road_named_like_a_county_is_not_that_county():
    # http://bc0550.com/xwzx/jrlz/content_42107 (澧县's 2009 projects, fresh13 f13_p07; the page's spam hides the
    # county's name): `临江路`, `临江东路` are its roads, not 吉林's 临江市; the text names no place
    text = (
        "到年底,城市建设项目完成投资5.4亿元,其中污水处理厂完成厂区建设,南北二沉池浇铸,综合办公楼已封顶,管网建设完成"
        "1.3公里;绕城线完成征地拆迁,路基施工完成6300米,埋设排水涵管7500米;临江路开发一期工程已经完工,二期临江东路"
        "正在硬化;澧阳新区7万平方米多层建筑已封顶,正在进行装饰和设备安装。\n"
    )
    assert "临江市" not in {r.region for r in records(text)}


def test_a_road_that_runs_into_a_county_name_keeps_the_county():
    # a county named after its city (`台州路桥区`) is no road: the rule above leaves it
    text = "今年以来,台州路桥区完成固定资产投资120亿元,同比增长8.5%。\n"
    assert set(regions(records(text), 120, 8.5).values()) == {"路桥区"}


def test_a_county_ranking_first_in_its_city_is_no_round_up_of_the_city():
    # https://www.xinnong.net/news/20110907/961141.html (2011, fresh13 f13_p05): `全市` is only the scale 吴起县
    # ranks on, and the city's four other winners close the piece; the figures are 吴起县's, not 延安市's
    text = (
        "8月20日,2011全国县城经济科学发展交流年会在江苏省江阴市召开。中郡县域经济研究所在会上发布了第十一届全国县域经济"
        "基本竞争力与县域科学发展评价报告,并揭晓第十一届中国西部百强县(市)名单,吴起县榜上有名,连续六届蝉翼这一荣誉,"
        "位居第12位,较前一年(13位)迈进一位,在全市入围的各县区中位居第一。\n"
        "据了解,此次交流年会围绕“建设幸福县域”主题进行了考察、研讨和交流。整个评选在全国所有省份的所有县中进行,"
        "共2001个县(县级市),主要根据总量指标、人均指标、速度指标、比值四大类14个指标进行评选。\n"
        "2010年,吴起县完成生产总值120.93亿元,增长18.1%;固定资产投资84.16亿元,增长30.2%;财政总收入32.22亿元,"
        "其中地方财政收入18.11亿元,分别增长16.7%和12.7%;社会消费品零售总额3.88亿元,增长18.4%。\n"
        "此外,志丹、安塞、黄陵、子长4县也分别入围西部百强县的行列。\n"
    )
    found = records(text)
    assert set(regions(found, 120.93, 84.16, 32.22, 3.88, 18.4).values()) == {"吴起县"}


def test_a_zones_page_by_a_reporter_posted_in_its_district_is_the_zones():
    # https://omwxs.com/html/xwzx0040042018052421ade643-aacb-4bf4-98bc-369288ec2cc0.html (苏报, fresh13 f13_p13):
    # `驻吴中区首席记者` is where the reporter is posted; `吴中开发区` is the listed 吴中经济技术开发区, and all its figures
    # are the zone's
    text = (
        "苏报讯(驻吴中区首席记者范易)前四月,吴中开发区实现地区生产总值124.7亿元,同比增长7.3%;完成公共财政预算收入"
        "26.8亿元,同比增长6.2%;完成高新技术产值111亿元,同比增长7.5%;完成进出口总额14.5亿美元,其中出口额8.5亿美元,"
        "分别增长6.5%和4.4%,经济运行总体保持平稳发展态势。\n"
        "今年是吴中开发区成立25周年。在漫长的开发建设中,开发区打造了吴中综合保税区、东太湖科技金融城、吴淞江科技产业园、"
        "尹山国际汽车城等六大产业载体,形成了以吴中太湖新城为引领的城市发展新格局。\n"
    )
    found = records(text)
    assert set(regions(found, 124.7, 26.8, 111, 14.5, 8.5).values()) == {"吴中经济技术开发区"}


def test_a_listed_zone_written_without_its_city_is_that_zone():
    # http://hbdaye.gov.cn/zfxxgk/fdgknr/qtzdgknr/zfgzbg/202501/t20250127_1188803.html (大冶市's 2025 work report,
    # fresh13 f13_p17): `大冶湖高新区` is the listed 黄石大冶湖高新技术产业开发区
    text = (
        "大冶市人民政府工作报告\n全省营商环境排名上升至第7位,实现四年四进位。"
        "大冶湖高新区在2024年国家高新区综合评价排名中前进8位。\n"
    )
    assert set(regions(records(text), 8).values()) == {"黄石大冶湖高新技术产业开发区"}


# http://bx2200.com/baogao/hb/3085_3.html (怀安县's work report, 主要预期目标; dev13 r259): the county is named only
# in its own project's name, once, far below the head; a village (`西沙洼村`) holds 西沙 (三沙's 西沙区) and a firm
# opens with 北京
_HUAIAN = (
    "全县经济社会发展的主要预期目标是:地区生产总值增长6.5%以上;固定资产投资增长7%以上;一般公共预算收入增长6.5%以上;"
    "社会消费品零售总额增长10%以上;居民人均可支配收入增长8%以上;规上工业增加值增长6%以上;外贸进出口总额增长6%以上;"
    "大气质量稳定改善。\n实现今年目标任务,重点做好七个方面工作。\n"
    "(一)持续巩固脱贫攻坚成果,全力以赴推动乡村振兴。继续做好防贫工作。进一步健全防止返贫监测和帮扶机制,完善重点监测"
    "对象、低收入群体、稳定脱贫户、一般农户“四本台账”。大力发展农业产业。进一步扩大特色种养规模,采取“头部企业+基地+"
    "农户”的模式,扩大糯玉米、蔬菜、杂粮等种植面积,扩大肉牛、肉驴养殖规模,打造绿色农业、品牌农业。改造东沙洼村、"
    "西沙洼村土地2900亩。加强与北京睿文商道农业科技有限公司合作,推进大型玉米高科技深加工项目,推动农业产业化、科技化"
    "发展。全力推进怀安乡村振兴综合开发基地项目,加快特色农牧、文化旅游、农村电商等13个重大项目前期手续办理。\n"
)


def test_a_county_named_only_in_its_own_project_is_the_texts_place():
    found = records(_HUAIAN)
    assert set(regions(found, 6.5, 7, 10, 8).values()) == {"怀安县"}


def test_a_towns_report_ranking_itself_in_its_county_still_names_no_county():
    # the same text as a town's: `增量居全县首位` is its rank in its county, no county's voice; a county named once in
    # a project list there is no place of its (as for 汶上县's 中都街道, test_places_round13)
    text = _HUAIAN.replace("全县经济社会发展", "全镇经济社会发展").replace(
        "继续做好防贫工作。", "上半年新增“四上”企业14家,增量居全县首位。"
    )
    assert "怀安县" not in {r.region for r in records(text)}


def test_a_zones_feature_naming_its_city_only_in_firms_names_is_no_citys():
    # http://kzqy.cn/newshow.asp?id=243 (a feature on 溧水经济开发区, which it calls only `开发区`; dev13 r254): 南京
    # opens a firm's name, 德昌 a brand's in a list of firms; the zone's figures are neither 南京市's nor 德昌县's
    text = (
        "开发区招商二分局局长史鸿兵,见证了开发区的成长、壮大。自从1997年从事招商工作以来,他先后引进了德昌电机、华腾汽配、"
        "比亚迪、康迈等100多个企业入驻开发区。开发区建立初期,由于名气小、配套差,招商工作困难重重。\n"
        "南京华腾汽车配件公司是史鸿兵到浙江温州引进的项目。2007年,企业主杨积锡被史鸿兵的诚意所打动,将公司正式落户到开发区。\n"
        "目前,开发区面积138平方公里,拥有国内外600多家知名企业。2017年实现地区生产总值217.14亿元,全社会固定资产投资"
        "280.51亿元;实现公共财政预算收入16.73亿元,对外贸易出口总额4.85亿美元。\n"
    )
    assert {r.region for r in records(text) if r.value in (217.14, 280.51, 16.73)} <= {""}
