"""Periods, from real sentences of the tuning splits: a speaker named by a pronoun (`他说,`) opens words whose time
frames the rest of the paragraph; a count up to a month (`2012年11月止`) is of the year's months so far, and projects
carried over from the year before (`其中上年结转33个`) are counted in that time, not last year's; `截9月底` reads as
`截至9月底`, and a sentence opening with the event the piece reports on (`此次集中开工的…`) is of the piece's year."""

from tests.ingest_helpers import one, records

# r552 (平山, a 2023 news piece on a quarter's project starts: the county head's report)
PINGSHAN = (
    "时间:2023-05-16 17:34:51\n\n"
    "在开工现场,张前锋通过云视频向市主会场做了报告。他说,平山县一季度,地区生产总值增长8.4%,固定资产投资增长10%,"
    "规上工业增加值增长7.4%。社会消费品零售总额增长15.3%,排全市第3位;服务业增加值增长11.5%,排全市第1位。\n"
)

# r486 (云县, a 2013 news piece on investment attracted, traditional script)
YUNXIAN = (
    "2011年,全县共实施45个招商引资项目,到位资金15.61亿元。2012年11月止,共实施招商引资项目64个,其中上年结转33个,"
    "年内协议总投资115.18亿元。\n"
)

# r466 (罗山, a 2021-10 news piece on a start of works)
LUOSHAN = (
    "时间 : 2021年10月09日  来源 : 电视台\n\n"
    "今年以来,我县坚持以项目建设作为经济工作的主抓手,深入实施“倍增计划”和“百园增效”行动。截9月底,全县133个重点项目,"
    "累计完成投资167.1亿元,占年度投资计划的75%。其中,42个涉市重点项目,累计完成投资111.4亿元,占年度计划投资的96.4%,"
    "超时序进度21.4个百分点。此次集中开工的10个重点项目,总投资20亿元,年度投资3.66亿元。\n"
)


def test_a_pronoun_speakers_quarter_frames_the_sentences_after_it():
    found = records(PINGSHAN, "", ("平山县",))
    assert one(found, 8.4).period == "2023Q1"
    assert one(found, 15.3).period == "2023Q1"
    assert one(found, 11.5).period == "2023Q1"


def test_a_count_up_to_a_month_is_of_the_months_so_far():
    found = records(YUNXIAN, "2013-01-05", ("云县",))
    assert one(found, 64).period == "2012-01~2012-11"
    assert one(found, 15.61).period == "2011"


def test_projects_carried_over_are_counted_in_the_sentences_time():
    found = records(YUNXIAN, "2013-01-05", ("云县",))
    assert one(found, 33).period == "2012-01~2012-11"


def test_until_a_months_end_without_zhi_is_of_the_months_so_far():
    found = records(LUOSHAN, "", ("罗山县",))
    assert one(found, 167.1).period == "2021-01~2021-09"
    assert one(found, 111.4).period == "2021-01~2021-09"
    assert one(found, 21.4).period == "2021-01~2021-09"


def test_a_sentence_opening_with_the_event_is_of_the_pieces_year():
    # (with `截至`, read before these rules: the event's figures are the year's, not the months the piece counted)
    found = records(LUOSHAN.replace("截9月底", "截至9月底"), "", ("罗山县",))
    assert one(found, 10).period == "2021"
    assert one(found, 20).period == "2021"
