using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using static Gongkai.Core.Tests.Reports.ReportFixture;

namespace Gongkai.Core.Tests.Reports;

/// <summary>
/// Every cell of every format for the hand-built 2025 of <see cref="ReportFixture"/>. The expected figures were worked
/// out on paper from the fixture's comments; nothing here is computed by code.
/// </summary>
public sealed class ReportEngineTests
{
    private sealed record Expected(string Key, string Label, decimal[]? Values, string? Unit = null);

    private static Expected R(string key, string label, params decimal[] values) => new(key, label, values);

    private static Expected H(string key, string label) => new(key, label, null);

    private static Expected L(string key, string label, string unit, decimal value) => new(key, label, [value], unit);

    private static void AssertTable(ReportTable table, string title, string[] columns, params Expected[] rows)
    {
        Assert.Equal(title, table.Title);
        Assert.Equal(columns, table.Columns);
        Assert.Equal(rows.Select(r => r.Key), table.Rows.Select(r => r.Key));
        foreach (var (expected, actual) in rows.Zip(table.Rows))
        {
            Assert.Equal(expected.Label, actual.Label);
            Assert.Equal(expected.Unit, actual.Unit);
            if (expected.Values is null)
            {
                Assert.Empty(actual.Cells);
                continue;
            }

            // Compared as text so a failure shows the row and all its cells at once.
            Assert.Equal($"{expected.Key}: {string.Join(" | ", expected.Values)}", $"{actual.Key}: {string.Join(" | ", actual.Cells.Select(c => c.Value))}");
            Assert.Equal(columns, actual.Cells.Select(c => c.Column));
        }
    }

    private static readonly string[] Table3Columns =
        ["自然人", "法人或其他组织／商业企业", "法人或其他组织／科研机构", "法人或其他组织／社会公益组织", "法人或其他组织／法律服务机构", "法人或其他组织／其他", "总计"];

    private static readonly string[] Table4Columns =
    [
        "行政复议／结果维持", "行政复议／结果纠正", "行政复议／其他结果", "行政复议／尚未审结", "行政复议／总计",
        "行政诉讼／未经复议直接起诉／结果维持", "行政诉讼／未经复议直接起诉／结果纠正", "行政诉讼／未经复议直接起诉／其他结果",
        "行政诉讼／未经复议直接起诉／尚未审结", "行政诉讼／未经复议直接起诉／总计",
        "行政诉讼／复议后起诉／结果维持", "行政诉讼／复议后起诉／结果纠正", "行政诉讼／复议后起诉／其他结果",
        "行政诉讼／复议后起诉／尚未审结", "行政诉讼／复议后起诉／总计",
    ];

    // Table 三 rows (一), (二) and （一）–（五） are the same in both formats for 2025.
    private static readonly Expected[] Table3Head =
    [
        //                                                                          N  B  R  P  L  O  总计
        R("t3.received", "一、本年新收政府信息公开申请数量",                           9, 2, 1, 1, 2, 1, 16),
        R("t3.carriedIn", "二、上年结转政府信息公开申请数量",                          1, 1, 0, 0, 0, 0, 2),
        H("t3.results", "三、本年度办理结果"),
        R("t3.results.disclosed", "（一）予以公开",                                   3, 0, 0, 0, 0, 0, 3),
        R("t3.results.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 0, 0, 0, 0, 0, 1),
        R("t3.results.withheld", "（三）不予公开",                                    0, 1, 0, 1, 2, 0, 4),
        R("t3.results.withheld.stateSecret", "1.属于国家秘密",                         0, 0, 0, 0, 1, 0, 1),
        R("t3.results.withheld.otherLaw", "2.其他法律行政法规禁止公开",                 0, 0, 0, 0, 0, 0, 0),
        R("t3.results.withheld.securityStability", "3.危及“三安全一稳定”",             0, 0, 0, 0, 0, 0, 0),
        R("t3.results.withheld.thirdParty", "4.保护第三方合法权益",                     0, 1, 0, 0, 0, 0, 1),
        R("t3.results.withheld.internalAffairs", "5.属于三类内部事务信息",              0, 0, 0, 0, 0, 0, 0),
        R("t3.results.withheld.process", "6.属于四类过程性信息",                        0, 0, 0, 1, 0, 0, 1),
        R("t3.results.withheld.enforcementFile", "7.属于行政执法案卷",                  0, 0, 0, 0, 0, 0, 0),
        R("t3.results.withheld.queryMatter", "8.属于行政查询事项",                      0, 0, 0, 0, 1, 0, 1),
        R("t3.results.unavailable", "（四）无法提供",                                 2, 0, 1, 0, 0, 0, 3),
        R("t3.results.unavailable.notHeld", "1.本机关不掌握相关政府信息",               1, 0, 1, 0, 0, 0, 2),
        R("t3.results.unavailable.wouldNeedCreating", "2.没有现成信息需要另行制作",     0, 0, 0, 0, 0, 0, 0),
        R("t3.results.unavailable.stillUnclear", "3.补正后申请内容仍不明确",            1, 0, 0, 0, 0, 0, 1),
        R("t3.results.notProcessed", "（五）不予处理",                                1, 1, 0, 0, 0, 0, 2),
        R("t3.results.notProcessed.petition", "1.信访举报投诉类申请",                   1, 0, 0, 0, 0, 0, 1),
        R("t3.results.notProcessed.repeat", "2.重复申请",                             0, 1, 0, 0, 0, 0, 1),
        R("t3.results.notProcessed.publication", "3.要求提供公开出版物",                0, 0, 0, 0, 0, 0, 0),
        R("t3.results.notProcessed.massRepeated", "4.无正当理由大量反复申请",           0, 0, 0, 0, 0, 0, 0),
        R("t3.results.notProcessed.reconfirm", "5.要求行政机关确认或重新出具已获取信息", 0, 0, 0, 0, 0, 0, 0),
    ];

    private static readonly Expected[] Table3Tail =
    [
        R("t3.results.total", "（七）总计",                                          9, 2, 1, 1, 2, 1, 16),
        R("t3.carriedOut", "四、结转下年度继续办理",                                  1, 1, 0, 0, 0, 0, 2),
    ];

    // #1 复议维持 (2025), #6 复议 pending since 2024, #2 直接起诉 纠正 (filed 2024), #3 复议后起诉 pending.
    private static readonly Expected Table4Row2025 = R("t4.cases", "案件数", 1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1);

    [Fact]
    public void Format_2021_computes_every_cell_of_tables_two_three_and_four()
    {
        var s = ReportEngine.Compute(ReportFormat.Format2021, For(2025));

        Assert.Equal(["t2.1", "t2.5", "t2.6", "t2.8", "t3", "t4", "derived"], s.Tables.Select(t => t.Key));
        // 规章: #13. 规范性文件 制发 #1 #2 #5 #14 #16; 废止 #2; 现行有效 #1 #3 #5 #14 #15.
        AssertTable(s["t2.1"], "二、主动公开政府信息情况：第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            R("t2.1.regulations", "规章", 1, 0, 1),
            R("t2.1.normative", "行政规范性文件", 5, 1, 5));
        AssertTable(s["t2.5"], "二、主动公开政府信息情况：第二十条第（五）项", ["本年处理决定数量"],
            R("t2.5.license", "行政许可", 12));
        AssertTable(s["t2.6"], "二、主动公开政府信息情况：第二十条第（六）项", ["本年处理决定数量"],
            R("t2.6.penalty", "行政处罚", 3),
            R("t2.6.coercion", "行政强制", 0));
        AssertTable(s["t2.8"], "二、主动公开政府信息情况：第二十条第（八）项", ["本年收费金额（单位：万元）"],
            R("t2.8.adminFees", "行政事业性收费", 1.25m));
        AssertTable(s["t3"], "三、收到和处理政府信息公开申请情况", Table3Columns,
        [
            .. Table3Head,
            R("t3.results.other", "（六）其他处理",                                   2, 0, 0, 0, 0, 1, 3),
            R("t3.results.other.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 0, 0, 0, 0, 0, 1),
            R("t3.results.other.feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0, 0, 0, 0, 0, 1, 1),
            R("t3.results.other.misc", "3.其他",                                     1, 0, 0, 0, 0, 0, 1),
            .. Table3Tail,
        ]);
        AssertTable(s["t4"], "四、政府信息公开行政复议、行政诉讼情况", Table4Columns, Table4Row2025);
        AssertTable(s["derived"], "附：派生数据（供正文引用，不属于统计表）", ["数值"],
            new Expected("derived.processingFees", "本年收取信息处理费金额", [354.5m], "元"),
            new Expected("derived.processingFeeRequests", "收取信息处理费的申请件数", [2], "件"),
            new Expected("derived.answeredLate", "逾期答复的申请件数", [1], "件"));
    }

    [Fact]
    public void Format_2019_collapses_other_handling_and_uses_its_own_table_two()
    {
        var s = ReportEngine.Compute(ReportFormat.Format2019, For(2025));

        Assert.Equal(["t2.1", "t2.5", "t2.6", "t2.8", "t2.9", "t3", "t4", "derived"], s.Tables.Select(t => t.Key));
        // 新制作 (成文 in 2025) #1 #2 #6 #14 #16; 新公开 #1 #2 #5 #14 #16; 对外公开总数 #1 #2 #3 #4 #5 #14 #15 #16.
        AssertTable(s["t2.1"], "二、主动公开政府信息情况：第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
            R("t2.1.regulations", "规章", 1, 1, 1),
            R("t2.1.normative", "规范性文件", 5, 5, 8));
        AssertTable(s["t2.5"], "二、主动公开政府信息情况：第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
            R("t2.5.license", "行政许可", 8, -1, 12),
            R("t2.5.otherServices", "其他对外管理服务事项", 0, 0, 0));
        AssertTable(s["t2.6"], "二、主动公开政府信息情况：第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
            R("t2.6.penalty", "行政处罚", 0, 0, 3),
            R("t2.6.coercion", "行政强制", 0, 0, 0));
        AssertTable(s["t2.8"], "二、主动公开政府信息情况：第二十条第（八）项", ["上一年项目数量", "本年增/减"],
            R("t2.8.adminFees", "行政事业性收费", 0, 0));
        AssertTable(s["t2.9"], "二、主动公开政府信息情况：第二十条第（九）项", ["采购项目数量", "采购总金额"],
            R("t2.9.procurement", "政府集中采购", 2, 35.6m));
        AssertTable(s["t3"], "三、收到和处理政府信息公开申请情况", Table3Columns,
        [
            .. Table3Head,
            // #10 逾期不补正 (N), #11 withdrawn (N), #13 未缴费 (O): one row in 〔2019〕60号.
            R("t3.results.other", "（六）其他处理",                                   2, 0, 0, 0, 0, 1, 3),
            .. Table3Tail,
        ]);
        AssertTable(s["t4"], "四、政府信息公开行政复议、行政诉讼情况", Table4Columns, Table4Row2025);

        // Entered figures are manual, the rest missing.
        Assert.Equal(
            [CellSource.Manual, CellSource.Manual, CellSource.Manual],
            s["t2.5"]["t2.5.license"].Cells.Select(c => c.Source));
        Assert.Equal(
            [CellSource.Missing, CellSource.Missing, CellSource.Manual],
            s["t2.6"]["t2.6.penalty"].Cells.Select(c => c.Source));
    }

    [Fact]
    public void Legacy_table_has_exactly_the_seed_rows_computed_from_the_records()
    {
        var s = ReportEngine.Compute(ReportFormat.Legacy, For(2025));

        Assert.Equal(["legacy", "derived"], s.Tables.Select(t => t.Key));
        AssertTable(s["legacy"], "政府信息公开情况统计表", ["统计数"],
            H("legacy.proactive", "一、主动公开情况"),
            // #1 #2 #5 #7 #8 #10 #12 #13 #14 #16, each once.
            L("legacy.proactive.items", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 10),
            L("legacy.proactive.items.normative", "其中：主动公开规范性文件数", "条", 5),
            L("legacy.proactive.items.normativeIssued", "制发规范性文件总数", "件", 5),
            H("legacy.proactive.channels", "（二）通过不同渠道和方式公开政府信息的情况"),
            L("legacy.proactive.channels.gazette", "1.政府公报公开政府信息数", "条", 1),
            L("legacy.proactive.channels.website", "2.政府网站公开政府信息数", "条", 10),
            L("legacy.proactive.channels.weibo", "3.政务微博公开政府信息数", "条", 1),
            L("legacy.proactive.channels.wechat", "4.政务微信公开政府信息数", "条", 3),
            L("legacy.proactive.channels.other", "5.其他方式公开政府信息数", "条", 1),
            H("legacy.response", "二、回应解读情况"),
            L("legacy.response.hotTopics", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", 2),
            H("legacy.response.channels", "（二）通过不同渠道和方式回应解读的情况"),
            L("legacy.response.channels.pressConferences", "1.参加或举办新闻发布会总次数", "次", 2),
            L("legacy.response.channels.pressConferences.principal", "其中：主要负责同志参加新闻发布会次数", "次", 1),
            L("legacy.response.channels.interviews", "2.政府网站在线访谈次数", "次", 1),
            L("legacy.response.channels.interviews.principal", "其中：主要负责同志参加政府网站在线访谈次数", "次", 1),
            L("legacy.response.channels.articles", "3.政策解读稿件发布数", "篇", 2),
            L("legacy.response.channels.socialMedia", "4.微博微信回应事件数", "次", 1),
            L("legacy.response.channels.other", "5.其他方式回应事件数", "次", 1),
            H("legacy.requests", "三、依申请公开情况"),
            L("legacy.requests.received", "（一）收到申请数", "件", 16),
            L("legacy.requests.received.inPerson", "1.当面申请数", "件", 3),
            L("legacy.requests.received.fax", "2.传真申请数", "件", 2),
            L("legacy.requests.received.online", "3.网络申请数", "件", 9),
            L("legacy.requests.received.letter", "4.信函申请数", "件", 2),
            // Closed in 2025: #1 #2 #4–#15 #18 #19; extended #2 #8; #15 was answered late, so it is neither 按时 nor 延期.
            L("legacy.requests.closed", "（二）申请办结数", "件", 16),
            L("legacy.requests.closed.onTime", "1.按时办结数", "件", 13),
            L("legacy.requests.closed.extended", "2.延期办结数", "件", 2),
            // Answers: the 16 closed less #11 (withdrawn) and #13 (未缴费).
            L("legacy.requests.answered", "（三）申请答复数", "件", 14),
            L("legacy.requests.answered.alreadyPublic", "1.属于已主动公开范围数", "件", 1),
            L("legacy.requests.answered.disclosed", "2.同意公开答复数", "件", 2),
            L("legacy.requests.answered.partial", "3.同意部分公开答复数", "件", 1),
            L("legacy.requests.answered.refused", "4.不同意公开答复数", "件", 4),
            L("legacy.requests.answered.refused.stateSecret", "其中：涉及国家秘密", "件", 1),
            L("legacy.requests.answered.refused.commercialSecret", "涉及商业秘密", "件", 0),
            L("legacy.requests.answered.refused.privacy", "涉及个人隐私", "件", 1),
            L("legacy.requests.answered.refused.security", "危及国家安全、公共安全、经济安全和社会稳定", "件", 0),
            L("legacy.requests.answered.refused.notGovernmentInfo", "不是《条例》所指政府信息", "件", 1),
            L("legacy.requests.answered.refused.otherLaw", "法律法规规定的其他情形", "件", 1),
            L("legacy.requests.answered.notThisAgency", "5.不属于本行政机关公开数", "件", 1),
            L("legacy.requests.answered.notExist", "6.申请信息不存在数", "件", 1),
            L("legacy.requests.answered.amend", "7.告知作出更改补充数", "件", 2),
            L("legacy.requests.answered.otherRoute", "8.告知通过其他途径办理数", "件", 2),
            L("legacy.reconsideration", "四、行政复议数量", "件", 2),
            L("legacy.reconsideration.maintained", "（一）维持具体行政行为数", "件", 1),
            L("legacy.reconsideration.corrected", "（二）被依法纠错数", "件", 0),
            L("legacy.reconsideration.other", "（三）其他情形数", "件", 1),
            L("legacy.litigation", "五、行政诉讼数量", "件", 2),
            L("legacy.litigation.maintained", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件", 0),
            L("legacy.litigation.corrected", "（二）被依法纠错数", "件", 1),
            L("legacy.litigation.other", "（三）其他情形数", "件", 1),
            L("legacy.complaints", "六、举报投诉数量", "件", 1),
            L("legacy.fees", "七、依申请公开信息收取的费用", "万元", 0.0355m),
            H("legacy.capacity", "八、机构建设和保障经费情况"),
            L("legacy.capacity.offices", "（一）政府信息公开工作专门机构数", "个", 1),
            L("legacy.capacity.readingPoints", "（二）设置政府信息公开查阅点数", "个", 3),
            L("legacy.capacity.staff", "（三）从事政府信息公开工作人员数", "人", 2),
            L("legacy.capacity.staff.fullTime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", 0),
            L("legacy.capacity.staff.partTime", "2.兼职人员数", "人", 2),
            L("legacy.capacity.budget", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", 0.5m),
            H("legacy.meetings", "九、政府信息公开会议和培训情况"),
            L("legacy.meetings.conferences", "（一）召开政府信息公开工作会议或专题会议数", "次", 3),
            L("legacy.meetings.trainings", "（二）举办各类培训班数", "次", 0),
            L("legacy.meetings.trainees", "（三）接受培训人员数", "人次", 0));
        AssertTable(s["derived"], "附：派生数据（供正文引用，不属于统计表）", ["数值"],
            new Expected("derived.processingFees", "本年收取信息处理费金额", [354.5m], "元"),
            new Expected("derived.processingFeeRequests", "收取信息处理费的申请件数", [2], "件"),
            new Expected("derived.answeredLate", "逾期答复的申请件数", [1], "件"),
            // 1 + 10 + 1 + 3 + 1.
            new Expected("derived.channelSum", "通过各渠道公开政府信息数合计（同一信息在不同渠道分别计数）", [16], "条"));
    }

    [Fact]
    public void Legacy_counts_a_late_answer_neither_on_time_nor_extended_and_names_it_until_explained()
    {
        var s = ReportEngine.Compute(ReportFormat.Legacy, For(2025));
        var check = Assert.Single(s.Checks, c => c.Rule == ReportKeys.LegacyClosedInTimeRule);
        Assert.False(check.Passed);
        Assert.Equal([15], check.RecordIds);
        Assert.Contains("逾期办结", check.Message);
        Assert.DoesNotContain(15, s.Tables[0]["legacy.requests.closed.onTime"].Cells[0].RecordIds);
        Assert.DoesNotContain(15, s.Tables[0]["legacy.requests.closed.extended"].Cells[0].RecordIds);
    }

    [Theory]
    [InlineData(ReportFormat.Format2021, "t3.balance t3.parentSums t3.columnTotals requests.unplaced t4.totals remedies.data t2.validity")]
    [InlineData(ReportFormat.Format2019, "t3.balance t3.parentSums t3.columnTotals requests.unplaced t4.totals remedies.data")]
    [InlineData(ReportFormat.Legacy, "legacy.receivedByChannel legacy.closedInTime legacy.answersSum legacy.parentSums requests.unplaced remedies.data")]
    public void Every_check_passes_on_consistent_data(ReportFormat format, string rules)
    {
        // Consistent for the legacy form means nothing answered late (#15 is): its 办结 rows have no place for it.
        var facts = For(2025);
        var s = ReportEngine.Compute(format, facts with { Requests = [.. facts.Requests.Select(r => r with { AnsweredLate = false })] });

        Assert.Equal(rules.Split(' '), s.Checks.Select(c => c.Rule));
        Assert.All(s.Checks, c =>
        {
            Assert.True(c.Passed, $"{c.Rule}: {c.Message}");
            Assert.Empty(c.RecordIds);
        });
        Assert.True(s.AllChecksPassed);
    }

    [Fact]
    public void Balance_check_message_quotes_the_total_column()
    {
        var check = ReportEngine.Compute(ReportFormat.Format2021, For(2025)).Checks.Single(c => c.Rule == "t3.balance");

        Assert.Equal(
            "表三勾稽关系相符：各列“一、本年新收政府信息公开申请数量”＋“二、上年结转政府信息公开申请数量”＝“（七）总计”＋“四、结转下年度继续办理”（总计列 16＋2＝16＋2）",
            check.Message);
    }

    [Fact]
    public void Next_year_carries_over_what_this_year_left_open()
    {
        var y2025 = ReportEngine.Compute(ReportFormat.Format2021, For(2025));
        var y2026 = ReportEngine.Compute(ReportFormat.Format2021, For(2026), y2025);

        // Same ids, column by column: #16 (N, answered 2026-01-12) and #17 (B, still open).
        Assert.Equal(
            y2025["t3"][ReportKeys.CarriedOut].Cells.Select(c => (c.Column, c.Value, string.Join(",", c.RecordIds))),
            y2026["t3"][ReportKeys.CarriedIn].Cells.Select(c => (c.Column, c.Value, string.Join(",", c.RecordIds))));
        var t3 = y2026["t3"];
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], t3[ReportKeys.CarriedIn].Cells.Select(c => c.Value));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], t3[ReportKeys.Received].Cells.Select(c => c.Value));
        // The December request answered in January counts in 2026's 予以公开, next to #20.
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], t3["t3.results.disclosed"].Cells.Select(c => c.Value));
        Assert.Equal([16, 20], t3["t3.results.disclosed"]["总计"].RecordIds);
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], t3[ReportKeys.ResultsTotal].Cells.Select(c => c.Value));
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], t3[ReportKeys.CarriedOut].Cells.Select(c => c.Value));
        var nonZero = new HashSet<string>
        {
            ReportKeys.Received, ReportKeys.CarriedIn, "t3.results.disclosed", ReportKeys.ResultsTotal, ReportKeys.CarriedOut,
        };
        Assert.All(t3.Rows.Where(r => !nonZero.Contains(r.Key)), r => Assert.All(r.Cells, c => Assert.Equal(0, c.Value)));
        // #6 and #3 are still pending at the end of 2026; #1 and #2 ended in 2025.
        Assert.Equal([0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], y2026["t4"]["t4.cases"].Cells.Select(c => c.Value));
        // #16's fee belongs to 2026, the year it was decided.
        Assert.Equal(100, y2026["derived"]["derived.processingFees"].Cells[0].Value);

        var check = Assert.Single(y2026.Checks, c => c.Rule == "t3.previousYear");
        Assert.True(check.Passed, check.Message);
        Assert.True(y2026.AllChecksPassed);
    }

    [Fact]
    public void A_2019_format_report_can_be_the_previous_year_of_a_2021_one()
    {
        var y2025 = ReportEngine.Compute(ReportFormat.Format2019, For(2025));
        var y2026 = ReportEngine.Compute(ReportFormat.Format2021, For(2026), y2025);

        Assert.True(Assert.Single(y2026.Checks, c => c.Rule == "t3.previousYear").Passed);
    }

    [Fact]
    public void An_edited_period_ending_before_new_year_carries_over_consistently()
    {
        // Books closed on 28 December (seed 002): #17, received on the 29th, belongs to the next period.
        var first = new ReportFacts(new ReportPeriod(D("2025-01-01"), D("2025-12-28")), AllRequests, Items, Remedies, Engagement, Manual);
        var second = new ReportFacts(new ReportPeriod(D("2025-12-29"), D("2026-12-28")), AllRequests, Items, Remedies, Engagement, Manual);

        var a = ReportEngine.Compute(ReportFormat.Format2021, first);
        var b = ReportEngine.Compute(ReportFormat.Format2021, second, a);

        Assert.Equal(15, a["t3"][ReportKeys.Received]["总计"].Value);
        Assert.Equal([16], a["t3"][ReportKeys.CarriedOut]["总计"].RecordIds);
        Assert.Equal([17, 20], b["t3"][ReportKeys.Received]["总计"].RecordIds);
        Assert.Equal([16], b["t3"][ReportKeys.CarriedIn]["总计"].RecordIds);
        Assert.True(a.AllChecksPassed);
        Assert.True(b.AllChecksPassed, string.Join("\n", b.Checks.Where(c => !c.Passed).Select(c => c.Message)));
    }

    [Fact]
    public void Previous_year_whose_carry_over_differs_fails_naming_rows_columns_and_values()
    {
        // Last year's report was computed before #17 had been registered.
        var incomplete = ReportEngine.Compute(ReportFormat.Format2021, For(2025, [.. AllRequests.Where(r => r.Id != 17)]));
        var y2026 = ReportEngine.Compute(ReportFormat.Format2021, For(2026), incomplete);

        var check = Assert.Single(y2026.Checks, c => c.Rule == "t3.previousYear");
        Assert.False(check.Passed);
        Assert.Equal(
            "上年结转与上年报告不一致：" +
            "“法人或其他组织／商业企业”列本年“二、上年结转政府信息公开申请数量”为 1，上年“四、结转下年度继续办理”为 0；" +
            "“总计”列本年“二、上年结转政府信息公开申请数量”为 2，上年“四、结转下年度继续办理”为 1",
            check.Message);
        Assert.Equal([17], check.RecordIds);
        Assert.False(y2026.AllChecksPassed);
    }

    [Fact]
    public void Previous_year_from_a_period_that_does_not_meet_this_one_fails()
    {
        var y2024 = ReportEngine.Compute(ReportFormat.Format2021, For(2024));
        var y2026 = ReportEngine.Compute(ReportFormat.Format2021, For(2026), y2024);

        var check = Assert.Single(y2026.Checks, c => c.Rule == "t3.previousYear");
        Assert.False(check.Passed);
        Assert.Equal(
            "上年报告的统计期（2024年1月1日至2024年12月31日）与本期（2026年1月1日至2026年12月31日）不衔接，无法核对“二、上年结转政府信息公开申请数量”",
            check.Message);
    }

    [Fact]
    public void Requests_that_are_neither_decided_nor_carried_over_fail_the_balance_and_are_named()
    {
        RequestFact[] broken =
        [
            .. AllRequests,
            // Flagged withdrawn without a date, outcome dated next year: the withdrawal may lie anywhere.
            new(21, ApplicantType.NaturalPerson, RequestChannel.Online, D("2025-12-10"), RequestOutcome.Disclosed, D("2026-01-10"),
                true, null, false, false, 0),
            // Decided before it was received.
            new(22, ApplicantType.Research, RequestChannel.Online, D("2025-05-01"), RequestOutcome.Disclosed, D("2025-04-20"),
                false, null, false, false, 0),
        ];

        var s = ReportEngine.Compute(ReportFormat.Format2021, For(2025, broken));

        var balance = Assert.Single(s.Checks, c => c.Rule == "t3.balance");
        Assert.False(balance.Passed);
        Assert.Equal(
            "表三勾稽关系不符：" +
            "“自然人”列 一、本年新收政府信息公开申请数量（10）＋二、上年结转政府信息公开申请数量（1）＝11，而（七）总计（9）＋四、结转下年度继续办理（1）＝10；" +
            "“法人或其他组织／科研机构”列 一、本年新收政府信息公开申请数量（2）＋二、上年结转政府信息公开申请数量（0）＝2，而（七）总计（1）＋四、结转下年度继续办理（0）＝1；" +
            "“总计”列 一、本年新收政府信息公开申请数量（18）＋二、上年结转政府信息公开申请数量（2）＝20，而（七）总计（16）＋四、结转下年度继续办理（2）＝18",
            balance.Message);
        Assert.Equal([21, 22], balance.RecordIds);

        var unplaced = Assert.Single(s.Checks, c => c.Rule == "requests.unplaced");
        Assert.False(unplaced.Passed);
        Assert.Equal(
            "以下申请本期收到或上年结转，但既未计入“三、本年度办理结果”，也未计入“四、结转下年度继续办理”：" +
            "申请 #21（已标记撤回但无撤回日期）；申请 #22（办结日期 2025-04-20 早于收到日期 2025-05-01）",
            unplaced.Message);
        Assert.Equal([21, 22], unplaced.RecordIds);
    }

    [Fact]
    public void Remedy_and_validity_data_errors_are_named()
    {
        var facts = For(2025) with
        {
            Remedies = [.. Remedies, new RemedyFact(7, RemedyKind.Reconsideration, D("2025-04-01"), RemedyResult.Maintained, null)],
            Items = [.. Items, new ItemFact(17, "gfxwj", true, false, D("2025-06-01"), D("2025-05-20"), Validity.NotApplicable, null, [], false, null)],
        };

        var s = ReportEngine.Compute(ReportFormat.Format2021, facts);

        var remedies = Assert.Single(s.Checks, c => c.Rule == "remedies.data");
        Assert.False(remedies.Passed);
        Assert.Equal("以下行政复议、行政诉讼案件结果与日期不一致（缺审结日期或结果的按尚未审结统计）：案件 #7（已有结果（结果维持）但无审结日期）", remedies.Message);
        Assert.Equal([7], remedies.RecordIds);
        // Counted as pending meanwhile.
        Assert.Equal([6, 7], s["t4"]["t4.cases"]["行政复议／尚未审结"].RecordIds);

        var validity = Assert.Single(s.Checks, c => c.Rule == "t2.validity");
        Assert.False(validity.Passed);
        Assert.Equal("以下规章或行政规范性文件未标注有效性，未计入“现行有效件数”：#17", validity.Message);
        Assert.Equal([17], validity.RecordIds);
    }

    [Fact]
    public void Drill_down_lists_the_records_behind_each_cell()
    {
        var s2021 = ReportEngine.Compute(ReportFormat.Format2021, For(2025));
        var t3 = s2021["t3"];
        Assert.Equal([1, 4, 14], t3["t3.results.disclosed"]["总计"].RecordIds);
        Assert.Equal([10, 11], t3["t3.results.other"]["自然人"].RecordIds);
        Assert.Equal([11], t3["t3.results.other.misc"]["自然人"].RecordIds);
        Assert.Equal([9, 19], t3["t3.results.withheld"]["法人或其他组织／法律服务机构"].RecordIds);
        Assert.Equal([1, 2], t3[ReportKeys.CarriedIn]["总计"].RecordIds);
        Assert.Equal([16, 17], t3[ReportKeys.CarriedOut]["总计"].RecordIds);
        Assert.Equal([1, 3, 5, 14, 15], s2021["t2.1"]["t2.1.normative"]["现行有效件数"].RecordIds);
        Assert.Equal([6], s2021["t4"]["t4.cases"]["行政复议／尚未审结"].RecordIds);
        Assert.Equal([5, 14], s2021["derived"]["derived.processingFees"]["数值"].RecordIds);
        Assert.All(s2021["t3"].Rows.SelectMany(r => r.Cells), c => Assert.Equal(CellSource.Computed, c.Source));

        var legacy = ReportEngine.Compute(ReportFormat.Legacy, For(2025))["legacy"];
        Assert.Equal([1, 2, 5, 14, 16], legacy["legacy.proactive.items.normative"]["统计数"].RecordIds);
        Assert.Equal([1, 2, 6, 14, 16], legacy["legacy.proactive.items.normativeIssued"]["统计数"].RecordIds);
        Assert.Equal([1, 7, 10], legacy["legacy.proactive.channels.wechat"]["统计数"].RecordIds);
        Assert.Equal([10, 15], legacy["legacy.requests.answered.amend"]["统计数"].RecordIds);
        Assert.Equal([18, 19], legacy["legacy.requests.answered.otherRoute"]["统计数"].RecordIds);
        Assert.Equal([5, 14], legacy["legacy.fees"]["统计数"].RecordIds);
        Assert.Equal([3], legacy["legacy.response.channels.pressConferences.principal"]["统计数"].RecordIds);
    }

    [Fact]
    public void Manual_figures_carry_provenance_and_missing_ones_are_marked()
    {
        var s = ReportEngine.Compute(ReportFormat.Format2021, For(2025));

        // Corrected from 10 by 李四 to 12 by 张三: the latest entry and its author.
        var license = s["t2.5"]["t2.5.license"].Cells[0];
        Assert.Equal(
            ("本年处理决定数量", 12m, CellSource.Manual, (string?)"手工填报：张三 2026-01-05"),
            (license.Column, license.Value, license.Source, license.Provenance));
        Assert.Empty(license.RecordIds);
        var coercion = s["t2.6"]["t2.6.coercion"].Cells[0];
        Assert.Equal((0m, CellSource.Missing, (string?)null), (coercion.Value, coercion.Source, coercion.Provenance));

        var legacy = ReportEngine.Compute(ReportFormat.Legacy, For(2025))["legacy"];
        var staff = legacy["legacy.capacity.staff"].Cells[0];
        Assert.Equal(CellSource.Manual, staff.Source);
        Assert.Equal("合计：手工填报：王五 2026-01-06；手工填报：赵六 2026-01-07", staff.Provenance);
        Assert.Equal(CellSource.Missing, legacy["legacy.meetings.trainings"].Cells[0].Source);
        Assert.Equal("手工填报：王五 2026-01-06", legacy["legacy.capacity.budget"].Cells[0].Provenance);

        // A total one of whose parts is missing is itself missing.
        var noPartTime = ReportEngine.Compute(ReportFormat.Legacy, For(2025) with { Manual = [.. Manual.Where(m => m.Key != "legacy.staff.partTime")] });
        Assert.Equal(CellSource.Missing, noPartTime["legacy"]["legacy.capacity.staff"].Cells[0].Source);
    }

    [Theory]
    [InlineData(ReportFormat.Format2021, "license.decisions penalty.decisions coercion.decisions adminFees.amount")]
    [InlineData(ReportFormat.Format2019,
        "license.previousItems license.change license.decisions otherServices.previousItems otherServices.change otherServices.decisions " +
        "penalty.previousItems penalty.change penalty.decisions coercion.previousItems coercion.change coercion.decisions " +
        "adminFees.previousItems adminFees.change procurement.projects procurement.amount")]
    [InlineData(ReportFormat.Legacy,
        "legacy.offices legacy.readingPoints legacy.staff.fullTime legacy.staff.partTime legacy.budget legacy.conferences legacy.trainings legacy.trainees")]
    public void Manual_fields_list_exactly_the_figures_the_tables_need(ReportFormat format, string keys)
    {
        var fields = ReportEngine.ManualFields(format);
        Assert.Equal(keys.Split(' '), fields.Select(f => f.Key));
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label) || string.IsNullOrWhiteSpace(f.Unit)));

        // With every field entered nothing is missing; with none, one missing cell per field (the legacy staff total
        // adds one more: it is the sum of two).
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, ChinaTime.Offset);
        var all = ReportEngine.Compute(format, For(2025) with { Manual = [.. fields.Select(f => new ManualFigure(f.Key, 1, "张三", at))] });
        Assert.DoesNotContain(all.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => c.Source == CellSource.Missing);
        var none = ReportEngine.Compute(format, For(2025) with { Manual = [] });
        var missing = none.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Count(c => c.Source == CellSource.Missing);
        Assert.Equal(fields.Count + (format == ReportFormat.Legacy ? 1 : 0), missing);
    }

    [Fact]
    public void Outcome_mappings_cover_every_2021_code()
    {
        Assert.Equal(RequestOutcomes.All.Order(), OutcomeMappings.Format2021Rows.Keys.Order());
        Assert.Equal(RequestOutcomes.All.Order(), OutcomeMappings.Format2019Rows.Keys.Order());
        Assert.Equal(RequestOutcomes.All.Order(), OutcomeMappings.LegacyAnswerRows.Keys.Order());
        // Only 602 and 603 end a request without an answer row in the legacy table.
        Assert.Equal([RequestOutcome.OtherFeeUnpaid, RequestOutcome.OtherMisc],
            OutcomeMappings.LegacyAnswerRows.Where(kv => kv.Value is null).Select(kv => kv.Key).Order());
        Assert.Equal("legacy.requests.answered.notThisAgency", OutcomeMappings.LegacyAnswerRow(RequestOutcome.UnavailableNotHeld, true, false));
        Assert.Equal("legacy.requests.answered.notExist", OutcomeMappings.LegacyAnswerRow(RequestOutcome.UnavailableNotHeld, false, false));
        Assert.Equal("legacy.requests.answered.alreadyPublic", OutcomeMappings.LegacyAnswerRow(RequestOutcome.Disclosed, false, true));
    }
}
