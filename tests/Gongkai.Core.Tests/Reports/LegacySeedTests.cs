using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;

namespace Gongkai.Core.Tests.Reports;

/// <summary>
/// Seed 001: 三爪仑乡's 2017 report — 161 items on the 政务信息公开网, 131 of them also on the WeChat account, 6 of them
/// 规范性文件, no requests, no 复议/诉讼. Its 统计表 reports 主动公开政府信息数 292 although the row itself says "不同渠道和
/// 方式公开相同信息计1条": 292 is 161 + 131, the channel sum. Gongkai counts each item once (161) and offers the
/// channel sum as derived.channelSum; every other figure matches the seed's table.
/// </summary>
public sealed class LegacySeedTests
{
    private static ReportFacts Sanzhualun2017()
    {
        var items = new List<ItemFact>();
        for (var i = 1; i <= 161; i++)
        {
            // Spread over the year; the first 131 also went out on WeChat, the first 6 are 规范性文件.
            var published = new DateOnly(2017, 1, 1).AddDays((i * 2) % 365);
            items.Add(new ItemFact(
                i, i <= 6 ? "gfxwj" : "gzdt", i <= 6, false, published, i <= 6 ? published : null,
                i <= 6 ? Validity.Effective : Validity.NotApplicable, null,
                i <= 131 ? [PublicationChannel.WeChat] : [], false, null));
        }

        var at = new DateTimeOffset(2018, 1, 10, 9, 0, 0, ChinaTime.Offset);
        ManualFigure M(string key, decimal value) => new(key, value, "三爪仑乡党政办", at);
        return new ReportFacts(ReportPeriod.Year(2017), [], items, [], [],
        [
            M("legacy.offices", 1), M("legacy.readingPoints", 3), M("legacy.staff.fullTime", 0), M("legacy.staff.partTime", 2),
            M("legacy.budget", 0.5m), M("legacy.conferences", 3), M("legacy.trainings", 0), M("legacy.trainees", 0),
        ]);
    }

    [Fact]
    public void Sanzhualun_2017_counts_each_item_once_and_derives_the_seeds_channel_sum()
    {
        var s = ReportEngine.Compute(ReportFormat.Legacy, Sanzhualun2017());
        var legacy = s["legacy"];

        Assert.Equal(161, legacy["legacy.proactive.items"]["统计数"].Value);
        Assert.Equal(161, legacy["legacy.proactive.channels.website"]["统计数"].Value);
        Assert.Equal(131, legacy["legacy.proactive.channels.wechat"]["统计数"].Value);
        Assert.Equal(292, s["derived"]["derived.channelSum"]["数值"].Value);
        Assert.True(s.AllChecksPassed);

        // The seed's 统计数 column, row by row (null = a heading, or a cell the seed left blank).
        (string Label, string? Unit, decimal? Seed)[] seed =
        [
            ("一、主动公开情况", null, null),
            ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 292),
            ("其中：主动公开规范性文件数", "条", 6),
            ("制发规范性文件总数", "件", null),
            ("（二）通过不同渠道和方式公开政府信息的情况", null, null),
            ("1.政府公报公开政府信息数", "条", 0),
            ("2.政府网站公开政府信息数", "条", 161),
            ("3.政务微博公开政府信息数", "条", 0),
            ("4.政务微信公开政府信息数", "条", 131),
            ("5.其他方式公开政府信息数", "条", 0),
            ("二、回应解读情况", null, null),
            ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", 0),
            ("（二）通过不同渠道和方式回应解读的情况", null, null),
            ("1.参加或举办新闻发布会总次数", "次", 0),
            ("其中：主要负责同志参加新闻发布会次数", "次", 0),
            ("2.政府网站在线访谈次数", "次", 0),
            ("其中：主要负责同志参加政府网站在线访谈次数", "次", 0),
            ("3.政策解读稿件发布数", "篇", 0),
            ("4.微博微信回应事件数", "次", 0),
            ("5.其他方式回应事件数", "次", 0),
            ("三、依申请公开情况", null, null),
            ("（一）收到申请数", "件", 0),
            ("1.当面申请数", "件", 0),
            ("2.传真申请数", "件", 0),
            ("3.网络申请数", "件", 0),
            ("4.信函申请数", "件", 0),
            ("（二）申请办结数", "件", 0),
            ("1.按时办结数", "件", 0),
            ("2.延期办结数", "件", 0),
            ("（三）申请答复数", "件", 0),
            ("1.属于已主动公开范围数", "件", 0),
            ("2.同意公开答复数", "件", 0),
            ("3.同意部分公开答复数", "件", 0),
            ("4.不同意公开答复数", "件", 0),
            ("其中：涉及国家秘密", "件", 0),
            ("涉及商业秘密", "件", 0),
            ("涉及个人隐私", "件", 0),
            ("危及国家安全、公共安全、经济安全和社会稳定", "件", 0),
            ("不是《条例》所指政府信息", "件", 0),
            ("法律法规规定的其他情形", "件", 0),
            ("5.不属于本行政机关公开数", "件", 0),
            ("6.申请信息不存在数", "件", 0),
            ("7.告知作出更改补充数", "件", 0),
            ("8.告知通过其他途径办理数", "件", 0),
            ("四、行政复议数量", "件", 0),
            ("（一）维持具体行政行为数", "件", 0),
            ("（二）被依法纠错数", "件", 0),
            ("（三）其他情形数", "件", 0),
            ("五、行政诉讼数量", "件", 0),
            ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", 0),
            ("（二）被依法纠错数", "件", 0),
            ("（三）其他情形数", "件", 0),
            ("六、举报投诉数量", "件", 0),
            ("七、依申请公开信息收取的费用", "万元", 0),
            ("八、机构建设和保障经费情况", null, null),
            ("（一）政府信息公开工作专门机构数", "个", 1),
            ("（二）设置政府信息公开查阅点数", "个", 3),
            ("（三）从事政府信息公开工作人员数", "人", 2),
            ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", 0),
            ("2.兼职人员数", "人", 2),
            ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", 0.5m),
            ("九、政府信息公开会议和培训情况", null, null),
            ("（一）召开政府信息公开工作会议或专题会议数", "次", 3),
            ("（二）举办各类培训班数", "次", 0),
            ("（三）接受培训人员数", "人次", 0),
        ];

        Assert.Equal(seed.Select(r => (r.Label, r.Unit)), legacy.Rows.Select(r => (r.Label, r.Unit)));
        var differences = new List<string>();
        foreach (var (expected, row) in seed.Zip(legacy.Rows))
        {
            var ours = row.Cells.Count == 0 ? (decimal?)null : row.Cells[0].Value;
            if (ours != expected.Seed)
            {
                differences.Add($"{row.Label}: seed {expected.Seed?.ToString() ?? "空"}, Gongkai {ours}");
            }
        }

        // Only the row the seed got wrong, and the blank the seed left that Gongkai can fill (成文 in 2017).
        Assert.Equal(
        [
            "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）: seed 292, Gongkai 161",
            "制发规范性文件总数: seed 空, Gongkai 6",
        ], differences);
    }
}
