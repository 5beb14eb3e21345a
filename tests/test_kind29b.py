"""Target or achieved, from real sentences of the tuning splits: funds and pilots a review says were won (`争取…`)
are results, not aims."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r416 (湘乡, news of 2025 looking back on the year)
XIANGXIANG = (
    "回首这一年,项目建设的“热”,是湘乡最澎湃的动力。\n"
    "抢抓“两重”“两新”加力扩围机遇,纵深推进“项目大谋划、谋划大项目”。1000万元专项资金护航项目前期,"
    "争取60.4亿元政策资金创历史新高,183个重点项目完成投资129.83亿元。\n"
)

# r525 (曲周, news of 2024's work)
QUZHOU = (
    "过去的一年,曲周县坚持向外看的主动和自觉,以思想大解放推动经济社会大发展。深化重点改革。圆满完成178项省市改革事项、"
    "74项自主谋划改革事项,争取国家级改革试点2项、省级5项。\n"
)


def test_funds_won_named_after_their_amount_are_a_result():
    found = records(XIANGXIANG, "2025-12-30", ("湘乡市",))
    assert one(found, 60.4).kind == ACTUAL
    assert one(found, 129.83).kind == ACTUAL


def test_pilots_won_are_a_result():
    found = records(QUZHOU, "2025-01-10", ("曲周县",))
    assert one(found, 2).kind == ACTUAL
    assert one(found, 5).kind == ACTUAL


def test_funds_to_win_this_year_stay_an_aim():
    found = records("今年,曲周县将争取60亿元政策资金,争取国家级改革试点2项。\n", "2025-02-10", ("曲周县",))
    assert one(found, 60).kind == TARGET
    assert one(found, 2).kind == TARGET
