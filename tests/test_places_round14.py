"""Place rules found on fresh real pages (second wave of this round); each test quotes its page."""

from tests.ingest_helpers import records


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
