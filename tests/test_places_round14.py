"""Place rules found on fresh real pages (second wave of this round); each test quotes its page."""

from tests.ingest_helpers import records, regions


def test_a_provinces_round_up_of_its_parks_gives_nothing_to_the_city_that_opens_a_zones_name():
    # http://cncmrn.com/channels/culture/20100729/257642.html (四川, 2010): the province speaks (`全省`, `我省`);
    # 成都 stands only at the head of 成都高新区 and of a park's name: the province's totals are not 成都市's
    text = (
        "本报讯 崇州经济开发区、成都-阿坝工业园等经省政府审批通过设立省级开发区;成都高新区销售收入突破600亿元……"
        "记者从昨日举行的全省产业园区工作会议上获悉,我省围绕“两个加快”战略部署,全省产业园区建设发展进入一个新阶段。\n"
        "据介绍,截止到目前,全省纳入《中国开发区审核公告目录》的省级以上开发区48家,包括今年新审批的崇州经济开发区、"
        "绵竹经济开发区、什邡经济开发区、成都-阿坝工业园以及安县工业园等5家。2009年,全省产业园区完成基础设施投资621亿元,"
        "入园企业投资额达到2748亿元;完成工业增加值3120亿元。同时,成都高新区销售收入突破600亿元。\n"
        "根据规划,我省将力争用5-10年时间,使全省省级以上开发区总数达到100家左右;力争到“十二五”末,"
        "全省开发区生产总值达到7500亿元,占全省经济总量的27%。\n"
    )
    found = records(text)
    assert "成都市" not in {r.region for r in found}
    assert {r.region for r in found if r.value == 600} == {"成都高新技术产业开发区"}


def test_a_subdistricts_own_report_is_not_its_countys_for_two_words_of_the_county():
    # https://www.anji.gov.cn/hzgov/front/s587/zwgk/zfgzbg/20230224/i3513966.html (安吉县's 昌硕街道, 2022): the
    # subdistrict speaks through its own bodies (街道党工委, 街道人大工委, 街道办事处); `全县高质量建设…` is the
    # county's plan it follows and `全县首家` a comparison: its 12.8 亿元 revenue is the subdistrict's, not 安吉县's
    text = (
        "昌硕街道2022年工作总结和2023年工作计划\n一、2022年工作回顾\n"
        "2022年以来,在县委县政府、街道党工委的坚强领导下,在街道人大工委的监督支持下,街道办事处高举习近平新时代中国特色"
        "社会主义思想伟大旗帜,坚决贯彻落实全省“两个先行”、全市高质量建设生态文明典范城市和全县高质量建设国际化绿色山水美好"
        "城市的决策部署。\n一是激发主体活力,推动城乡共兴。全年完成财政收入12.8亿元,增长25%,完成限上服务业营收67.5亿元。"
        "建成运营“青创加油站”,打造全县首家大学生创业基地,累计孵化创业项目11个。\n"
    )
    assert "安吉县" not in {r.region for r in records(text)}


def test_a_county_text_naming_one_town_still_goes_to_the_county():
    # the rule above leaves a county's own text alone: it speaks as 全县/我县 more than any town's body does
    text = (
        "今年以来,我县坚持项目为王。县委书记到昌硕街道调研,街道党工委书记汇报了工作。"
        "全县完成固定资产投资120亿元,同比增长8.5%;我县新签约亿元以上项目30个,全县规上工业增加值增长9.1%。\n"
    )
    assert set(regions(records(text), 120, 30).values()) == {"安吉县"}


def test_a_city_named_once_by_its_short_form_at_the_end_of_a_subdistricts_report_is_no_place():
    # http://www.nbyz.gov.cn/art/2024/3/21/art_1229137187_4371366.html (宁波 鄞州区's 东柳街道, 2023): the excerpt
    # closes on `南京机…` (a company); the text speaks as `区委区政府` and never as a city: no figure is 南京市's
    text = (
        "东柳街道2023年工作总结和2024年工作思路\n一、2023年工作回顾 一年来,我们在区委区政府和街道党工委的坚强领导下,"
        "以“七创争先”为总牵引,较好完成了经济社会发展各项预期目标。全年实现地区生产总值60.3亿元,一般公共预算收入2亿元。"
        "完成固定资产投资32.5亿元,完成限上社会消费品零售总额13.1亿元,同比增长20.4%。招商引资成效显著,全年共引进企业"
        "137家,实到内资17亿元。大力推进人才建设,全年共计申报各级人才项目22个,南京机\n"
    )
    assert "南京市" not in {r.region for r in records(text)}


def test_a_city_named_once_in_its_own_voice_still_places_the_text():
    # a city's text that names itself once by its short form but speaks as `全市` stays the city's
    text = (
        "上半年经济运行情况\n今年以来,全市上下坚持稳中求进工作总基调,经济运行稳中向好,主要指标保持在合理区间,"
        "各项重点工作有序推进,发展质量持续提升,为完成全年目标任务打下了坚实基础,现将有关情况通报如下。"
        "根据地区生产总值统一核算结果,上半年南京地区生产总值8230亿元,同比增长4.9%;全市规上工业增加值增长6.1%。\n"
    )
    assert set(regions(records(text), 8230, 6.1).values()) == {"南京市"}


def test_national_high_tech_zones_as_a_class_give_nothing_to_the_zone_named_as_an_example():
    # https://nanchang.gediu.com/news/6a52999464.html (人民日报 2023-12-13, copied): `国家高新区` as a class; 上海张江
    # 高新区 is an example, whose own sentence keeps its figure
    text = (
        "国家高新技术产业开发区总数达178家\n本报北京12月12日电 工业和信息化部规划司副司长吴家喜12日表示,截至2023年11月,"
        "国家高新技术产业开发区总数达178家。前三季度,国家高新区生产总值12.33万亿元,同比增长7.11%。依托国家高新区,"
        "一批高科技产业集群培育壮大。\n会上发布的数据显示,近年来,国家高新区发挥高质量发展先行示范作用。从研发投入看,"
        "国家高新区企业研发投入超万亿元。以北京中关村和上海张江为例,2022年,中关村企业总收入8.7万亿元,拥有国家高新技术企业"
        "1.7万家;2023年1至10月,上海张江高新区集成电路、生物医药、人工智能三大先导产业规模9576.5亿元,约占全市的80%。\n"
    )
    found = records(text)
    assert {r.region for r in found if r.value in (178, 7.11)} <= {""}
    assert {r.region for r in found if r.value == 9576.5} == {"上海张江高新技术产业开发区"}


def test_a_verb_before_new_area_makes_no_zone():
    # https://m.appbook.qq.com/read/1033688630/6 (国家级新区发展报告 2016): `组织开展新区发展年度评估` speaks of
    # new areas at large; `组织开展新区` is no zone
    text = (
        "一是强化工作指导。国家发展改革委在重庆两江新区组织召开第二次国家级新区工作经验交流会暨新区工作推动会。"
        "组织开展新区发展年度评估,发布《国家级新区发展报告2016》。三是加大支持力度。2016年国家开发银行向新区提供融资总量"
        "1004亿元,与15个新区签订合作协议。\n"
    )
    assert "组织开展新区" not in {r.region for r in records(text)}


def test_a_national_feature_citing_one_countys_meeting_is_not_that_countys():
    # http://www.w5454.com/DocHtml/1/25/10/00008798.html (决策 2025, trad): towns of 广东, 安徽, 浙江, meetings of
    # 湖北省 and 成都市, and `山东费县召开镇域经济发展工作会议` once: the national figures are not 费县's
    text = (
        "“鎮”了不起!\n廣東北滘鎮,以家電制造名揚天下,誕生了兩家世界500強企業;\n廣東獅嶺鎮,被譽為“中國皮具之都”;\n"
        "安徽西遞鎮,以徽文化古村落旅游聞名天下,吸引游客超百萬人次;\n浙江泗門鎮,用一根榨菜聯動一二三產融合,產品暢銷全國;\n"
        "鎮域雖“小”,卻也能成就一番“大作為”,成為區域經濟不可或缺的重要組成部分。小鎮何以能成就“大業”?\n"
        "今年2月,湖北省召開“新春第一會”,將鎮域經濟定義為“中部崛起戰略支點”的關鍵支撐;\n"
        "今年6月,成都市召開縣市新城高質量發展大會,明確將鎮域經濟作為五大任務之一;\n"
        "今年7月,山東費縣召開鎮域經濟發展工作會議,將發展鎮域經濟擺在突出位置。\n"
        "截至2024年底,全國建制鎮數量達21463個。目前,我國已涌現出6個GDP超過千億元的“超級鎮”。\n"
    )
    assert "费县" not in {r.region for r in records(text)}


def test_a_county_text_naming_itself_once_in_full_in_its_body_is_still_placed():
    # the caution of the rule above (and of the short-form rule): a county's own text speaks as 全县 and names
    # itself once, in full, below its head (a 1–9月 release, as on youyang.gov.cn): it stays that county's
    text = (
        "前三季度经济运行情况\n今年以来,全县上下坚持稳中求进工作总基调,统筹发展和安全,扎实做好稳增长、促改革、调结构、"
        "惠民生、防风险各项工作,经济运行总体平稳、稳中有进,高质量发展取得新成效,为完成全年目标任务奠定了坚实基础。"
        "根据地区生产总值统一核算结果,前三季度费县实现地区生产总值320.5亿元,同比增长5.6%。"
        "全县规模以上工业增加值增长7.2%,全县固定资产投资增长9.7%。广东、浙江、安徽、湖北省客商来访洽谈。\n"
    )
    assert set(regions(records(text), 320.5, 7.2).values()) == {"费县"}


def test_a_region_of_several_cities_named_after_one_is_not_that_city():
    # http://m.51si.cn/cjbd/2022-10-30/176199.html (四川日报 2022, trad): `成都平原經濟區…增長9.6%` is a region of
    # the province's, not 成都市
    text = (
        "原標題:9月四川規上工業增加值同比增長5.6%\n省統計局10月28日發布的數據顯示,9月,四川規模以上工業增加值同比增長"
        "5.6%,1—9月同比增長2.4%。\n分地區看,成都平原經濟區規模以上工業增加值同比增長9.6%,川南經濟區增長5.3%,"
        "川東北經濟區下降7.6%,攀西經濟區增長6.4%。\n"
    )
    assert "成都市" not in {r.region for r in records(text)}


def test_national_high_tech_zones_as_a_class_give_nothing_to_a_city_zone_found_by_its_bare_word():
    # http://fenlei.lygmedia.com/fenlei/20250226/26308011.html (2025-02-26): `国家高新区` as a class; 武汉 is named only
    # in `武汉东湖光电子信息产业`, so the bare `高新区` found 武汉's zone: the class's figures are none of its
    text = (
        "2024年,国家高新区实现工业增加值9.8万亿元,占全国比重为24.1%,同比名义增长5.8%。实现规模以上工业总产值34.8万亿元,"
        "同比增长6.2%。\n姚珺介绍,2024年,国家高新区产业科技创新取得新突破。中关村新一代信息技术跻身万亿级产业集群,"
        "上海张江集成电路产业、武汉东湖光电子信息产业规模分别占全国的20%、50%。\n截至2024年底,国家高新区集聚了全国33%的"
        "高新技术企业。下一步将建立国家高新区与国家战略科技力量的深度对接机制,支持高新区各类创新主体牵头。\n"
    )
    assert {r.region for r in records(text) if r.value in (9.8, 34.8, 6.2)} <= {""}


def test_a_pages_contact_address_is_not_the_texts_place():
    # http://shenghuayouxuan.com/KAIYUNNEWSKAIYUNNEWS/1257.html (央广网 2023, copied on a site whose footer gives its
    # office `地址:⏎山东省青岛市高新区火炬路88号`): the text is 四川's towns, none of its figures 青岛市's
    text = (
        "四川57个镇(乡)被认定为首批国家农业产业强镇数量居全国第二位\n添加时间:2023-08-25\n"
        "央广网成都8月24日消息(记者 苏莉)近日,农业农村部办公厅、财政部办公厅公布了首批国家农业产业强镇认定名单,"
        "四川省共有57个镇(乡)上榜,数量居全国第二位。\n数据统计,四川省国家农业产业强镇(乡)农产品产地初加工率达到85%以上;"
        "主导产业新增从业人数30万人;培育市级以上龙头企业759家、专业合作社2643个、家庭农场4770个。\n"
        "- 地址:\n- 山东省青岛市高新区火炬路88号青岛网谷火炬园22号楼102-3\n"
    )
    assert "青岛市" not in {r.region for r in records(text)}


def test_a_districts_release_on_a_page_signed_by_a_countys_government_is_the_districts():
    # http://xgq.xinxiang.gov.cn/htmls/shujuxinxi/20250225/1894280277942833152.html (2025): 西工区's 1–11月 release,
    # speaking as `全区`, on a page signed `获嘉县人民政府`: a 县 never calls itself 全区; the figures are 西工区's
    text = (
        "今年以来,全区上下认真贯彻落实省、市、区重要决策部署,坚持稳中求进工作总基调,全区经济总体运行平稳。\n"
        "(一)工业生产持续下降\n1-11月,全区完成规模以上工业增加值577049万元,同比增长-17.5%,增速居全市第15位、八城区第8位。\n"
        "(二)消费品市场稳步恢复\n1-11月,全区实现社会消费品零售总额3222662万元,同比增长6.1%。\n"
        "西工区11月国民经济运行情况简析\n获嘉县人民政府 xgq.xinxiang.gov.cn 时间:2025-02-25 14:56 浏览量:\n分享:\n"
    )
    assert set(regions(records(text), 577049, 3222662).values()) == {"西工区"}
