namespace Gongkai.Core.Reports;

/// <summary>
/// 政府信息公开情况统计表, the table every agency attached to its report before 2019 — exactly the rows, labels and
/// units of the one attached to seed 001 (三爪仑乡 2017), computed wherever Gongkai holds the records.
/// </summary>
internal static class LegacyTable
{
    private const string SumRule = "legacy.parentSums";

    private const string ClosedInTimeRule = ReportKeys.LegacyClosedInTimeRule;
    private const string Answered = "legacy.requests.answered";

    public static readonly IReadOnlyList<RowSpec> Rows =
    [
        new("legacy.proactive", "一、主动公开情况", 0, RowKind.Heading),
        // "不同渠道和方式公开相同信息计1条": each item once, whatever its channels. (The seed itself wrote the channel
        // sum 161 + 131 = 292 here; the derived table carries that sum as derived.channelSum.)
        new("legacy.proactive.items", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", 1, RowKind.Counted, Unit: "条"),
        new("legacy.proactive.items.normative", "其中：主动公开规范性文件数", 2, RowKind.Counted, Unit: "条"),
        new("legacy.proactive.items.normativeIssued", "制发规范性文件总数", 2, RowKind.Counted, Unit: "件"),
        new("legacy.proactive.channels", "（二）通过不同渠道和方式公开政府信息的情况", 1, RowKind.Heading),
        new("legacy.proactive.channels.gazette", "1.政府公报公开政府信息数", 2, RowKind.Counted, Unit: "条"),
        new("legacy.proactive.channels.website", "2.政府网站公开政府信息数", 2, RowKind.Counted, Unit: "条"),
        new("legacy.proactive.channels.weibo", "3.政务微博公开政府信息数", 2, RowKind.Counted, Unit: "条"),
        new("legacy.proactive.channels.wechat", "4.政务微信公开政府信息数", 2, RowKind.Counted, Unit: "条"),
        new("legacy.proactive.channels.other", "5.其他方式公开政府信息数", 2, RowKind.Counted, Unit: "条"),

        new("legacy.response", "二、回应解读情况", 0, RowKind.Heading),
        new("legacy.response.hotTopics", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", 1, RowKind.Counted, Unit: "次"),
        new("legacy.response.channels", "（二）通过不同渠道和方式回应解读的情况", 1, RowKind.Heading),
        new("legacy.response.channels.pressConferences", "1.参加或举办新闻发布会总次数", 2, RowKind.Counted, Unit: "次"),
        new("legacy.response.channels.pressConferences.principal", "其中：主要负责同志参加新闻发布会次数", 3, RowKind.Counted, Unit: "次"),
        new("legacy.response.channels.interviews", "2.政府网站在线访谈次数", 2, RowKind.Counted, Unit: "次"),
        new("legacy.response.channels.interviews.principal", "其中：主要负责同志参加政府网站在线访谈次数", 3, RowKind.Counted, Unit: "次"),
        new("legacy.response.channels.articles", "3.政策解读稿件发布数", 2, RowKind.Counted, Unit: "篇"),
        new("legacy.response.channels.socialMedia", "4.微博微信回应事件数", 2, RowKind.Counted, Unit: "次"),
        new("legacy.response.channels.other", "5.其他方式回应事件数", 2, RowKind.Counted, Unit: "次"),

        new("legacy.requests", "三、依申请公开情况", 0, RowKind.Heading),
        new("legacy.requests.received", "（一）收到申请数", 1, RowKind.Counted,
            ["legacy.requests.received.inPerson", "legacy.requests.received.fax", "legacy.requests.received.online", "legacy.requests.received.letter"],
            Unit: "件", CheckRule: "legacy.receivedByChannel"),
        new("legacy.requests.received.inPerson", "1.当面申请数", 2, RowKind.Counted, Unit: "件"),
        new("legacy.requests.received.fax", "2.传真申请数", 2, RowKind.Counted, Unit: "件"),
        new("legacy.requests.received.online", "3.网络申请数", 2, RowKind.Counted, Unit: "件"),
        new("legacy.requests.received.letter", "4.信函申请数", 2, RowKind.Counted, Unit: "件"),
        new("legacy.requests.closed", "（二）申请办结数", 1, RowKind.Counted,
            ["legacy.requests.closed.onTime", "legacy.requests.closed.extended"], Unit: "件", CheckRule: ClosedInTimeRule),
        new("legacy.requests.closed.onTime", "1.按时办结数", 2, RowKind.Counted, Unit: "件"),
        new("legacy.requests.closed.extended", "2.延期办结数", 2, RowKind.Counted, Unit: "件"),
        new(Answered, "（三）申请答复数", 1, RowKind.Counted,
            [.. new[] { "alreadyPublic", "disclosed", "partial", "refused", "notThisAgency", "notExist", "amend", "otherRoute" }.Select(k => Answered + "." + k)],
            Unit: "件", CheckRule: "legacy.answersSum"),
        new(Answered + ".alreadyPublic", "1.属于已主动公开范围数", 2, RowKind.Counted, Unit: "件"),
        new(Answered + ".disclosed", "2.同意公开答复数", 2, RowKind.Counted, Unit: "件"),
        new(Answered + ".partial", "3.同意部分公开答复数", 2, RowKind.Counted, Unit: "件"),
        new(Answered + ".refused", "4.不同意公开答复数", 2, RowKind.Sum,
            [.. new[] { "stateSecret", "commercialSecret", "privacy", "security", "notGovernmentInfo", "otherLaw" }.Select(k => Answered + ".refused." + k)],
            Unit: "件", CheckRule: SumRule),
        new(Answered + ".refused.stateSecret", "其中：涉及国家秘密", 3, RowKind.Counted, Unit: "件"),
        new(Answered + ".refused.commercialSecret", "涉及商业秘密", 3, RowKind.Counted, Unit: "件"),
        new(Answered + ".refused.privacy", "涉及个人隐私", 3, RowKind.Counted, Unit: "件"),
        new(Answered + ".refused.security", "危及国家安全、公共安全、经济安全和社会稳定", 3, RowKind.Counted, Unit: "件"),
        new(Answered + ".refused.notGovernmentInfo", "不是《条例》所指政府信息", 3, RowKind.Counted, Unit: "件"),
        new(Answered + ".refused.otherLaw", "法律法规规定的其他情形", 3, RowKind.Counted, Unit: "件"),
        new(Answered + ".notThisAgency", "5.不属于本行政机关公开数", 2, RowKind.Counted, Unit: "件"),
        new(Answered + ".notExist", "6.申请信息不存在数", 2, RowKind.Counted, Unit: "件"),
        new(Answered + ".amend", "7.告知作出更改补充数", 2, RowKind.Counted, Unit: "件"),
        new(Answered + ".otherRoute", "8.告知通过其他途径办理数", 2, RowKind.Counted, Unit: "件"),

        new("legacy.reconsideration", "四、行政复议数量", 0, RowKind.Counted,
            ["legacy.reconsideration.maintained", "legacy.reconsideration.corrected", "legacy.reconsideration.other"], Unit: "件", CheckRule: SumRule),
        new("legacy.reconsideration.maintained", "（一）维持具体行政行为数", 1, RowKind.Counted, Unit: "件"),
        new("legacy.reconsideration.corrected", "（二）被依法纠错数", 1, RowKind.Counted, Unit: "件"),
        new("legacy.reconsideration.other", "（三）其他情形数", 1, RowKind.Counted, Unit: "件"),
        new("legacy.litigation", "五、行政诉讼数量", 0, RowKind.Counted,
            ["legacy.litigation.maintained", "legacy.litigation.corrected", "legacy.litigation.other"], Unit: "件", CheckRule: SumRule),
        new("legacy.litigation.maintained", "（一）维持具体行政行为或者驳回原告诉讼请求数", 1, RowKind.Counted, Unit: "件"),
        new("legacy.litigation.corrected", "（二）被依法纠错数", 1, RowKind.Counted, Unit: "件"),
        new("legacy.litigation.other", "（三）其他情形数", 1, RowKind.Counted, Unit: "件"),
        new("legacy.complaints", "六、举报投诉数量", 0, RowKind.Counted, Unit: "件"),
        new("legacy.fees", "七、依申请公开信息收取的费用", 0, RowKind.Counted, Unit: "万元"),

        new("legacy.capacity", "八、机构建设和保障经费情况", 0, RowKind.Heading),
        new("legacy.capacity.offices", "（一）政府信息公开工作专门机构数", 1, RowKind.Manual, Unit: "个", ManualKeys: ["legacy.offices"]),
        new("legacy.capacity.readingPoints", "（二）设置政府信息公开查阅点数", 1, RowKind.Manual, Unit: "个", ManualKeys: ["legacy.readingPoints"]),
        // The total is the sum of the two kinds rather than a third figure to enter, so it cannot disagree with them.
        new("legacy.capacity.staff", "（三）从事政府信息公开工作人员数", 1, RowKind.Sum,
            ["legacy.capacity.staff.fullTime", "legacy.capacity.staff.partTime"], Unit: "人", CheckRule: SumRule),
        new("legacy.capacity.staff.fullTime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", 2, RowKind.Manual, Unit: "人", ManualKeys: ["legacy.staff.fullTime"]),
        new("legacy.capacity.staff.partTime", "2.兼职人员数", 2, RowKind.Manual, Unit: "人", ManualKeys: ["legacy.staff.partTime"]),
        new("legacy.capacity.budget", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", 1, RowKind.Manual, Unit: "万元", ManualKeys: ["legacy.budget"]),

        new("legacy.meetings", "九、政府信息公开会议和培训情况", 0, RowKind.Heading),
        new("legacy.meetings.conferences", "（一）召开政府信息公开工作会议或专题会议数", 1, RowKind.Manual, Unit: "次", ManualKeys: ["legacy.conferences"]),
        new("legacy.meetings.trainings", "（二）举办各类培训班数", 1, RowKind.Manual, Unit: "次", ManualKeys: ["legacy.trainings"]),
        new("legacy.meetings.trainees", "（三）接受培训人员数", 1, RowKind.Manual, Unit: "人次", ManualKeys: ["legacy.trainees"]),
    ];

    /// <summary>The five channel rows, in table order; their sum is derived.channelSum.</summary>
    public static readonly string[] ChannelRows =
    [
        "legacy.proactive.channels.gazette",
        "legacy.proactive.channels.website",
        "legacy.proactive.channels.weibo",
        "legacy.proactive.channels.wechat",
        "legacy.proactive.channels.other",
    ];

    public static ReportTable Build(ReportFacts facts, IReadOnlyList<ClassifiedRequest> requests, ManualFigures manual)
    {
        var t = new TableBuilder(["统计数"], manual);
        CountItems(facts, t);
        CountEngagement(facts, t);

        var fees = 0m;
        foreach (var c in requests)
        {
            var r = c.Fact;
            if (c.Received)
            {
                t.Count("legacy.requests.received", 0, r.Id);
                if (ChannelRow(r.Channel) is { } channel)
                {
                    t.Count(channel, 0, r.Id);
                }
            }

            if (c.Placement != Placement.Result)
            {
                continue;
            }

            // 办结: every request closed in the period, by an outcome or by withdrawal; 延期 = answered within the
            // extended period (条例第三十三条第二款), 按时 = within the first period. A request decided after its due
            // date is neither: it stays in 办结 only, so legacy.closedInTime fails and names it until the report explains it.
            t.Count("legacy.requests.closed", 0, r.Id);
            if (!r.AnsweredLate)
            {
                t.Count(r.Extended ? "legacy.requests.closed.extended" : "legacy.requests.closed.onTime", 0, r.Id);
            }
            if (c.ByWithdrawal)
            {
                continue;
            }

            // 答复: counted from the outcomes that are answers (602, 603 are not), then each mapped to its row; the
            // check legacy.answersSum compares the two.
            if (OutcomeMappings.LegacyAnswerRows.GetValueOrDefault(r.Outcome!.Value) is not null)
            {
                t.Count(Answered, 0, r.Id);
            }

            if (OutcomeMappings.LegacyAnswerRow(r.Outcome.Value, r.Redirected, r.AlreadyPublic) is { } answer)
            {
                t.Count(answer, 0, r.Id);
            }

            // 七、依申请公开信息收取的费用: fees of the requests decided in the period.
            if (r.FeeCharged != 0)
            {
                fees += r.FeeCharged;
                t.Count("legacy.fees", 0, r.Id);
            }
        }

        // The table's unit is 万元: 元 / 10 000, rounded half away from zero (四舍五入) to 4 places, i.e. to the 元.
        t.SetAmount("legacy.fees", 0, Math.Round(fees / 10_000m, 4, MidpointRounding.AwayFromZero));

        CountRemedies(facts, t);
        return t.Build(ReportKeys.Legacy, "政府信息公开情况统计表", Rows);
    }

    /// <summary>当面 = in person; 传真 = fax; 网络 = the online form and e-mail; 信函 = registered and ordinary letters.</summary>
    private static string? ChannelRow(RequestChannel channel) => channel switch
    {
        RequestChannel.InPerson => "legacy.requests.received.inPerson",
        RequestChannel.Fax => "legacy.requests.received.fax",
        RequestChannel.Online or RequestChannel.Email => "legacy.requests.received.online",
        RequestChannel.RegisteredLetter or RequestChannel.OrdinaryLetter => "legacy.requests.received.letter",
        // A channel added later lands in no row: legacy.receivedByChannel then fails and names the requests.
        _ => null,
    };

    private static void CountItems(ReportFacts facts, TableBuilder t)
    {
        var period = facts.Period;
        Span<bool> seen = stackalloc bool[ChannelRows.Length];
        foreach (var item in facts.Items)
        {
            var normative = FactRules.Kind(item) == DocumentKind.Normative;
            // 制发规范性文件总数: documents made in the period (成文日期), published or not — the row exists precisely
            // to differ from 主动公开规范性文件数.
            if (normative && FactRules.MadeIn(item, period))
            {
                t.Count("legacy.proactive.items.normativeIssued", 0, item.Id);
            }

            if (!FactRules.PublishedIn(item, period))
            {
                continue;
            }

            t.Count("legacy.proactive.items", 0, item.Id);
            if (normative)
            {
                t.Count("legacy.proactive.items.normative", 0, item.Id);
            }

            // Every catalog item is on the portal; the other channels add one count per channel, an item counting
            // once per row even if listed twice (公开栏 and 其他 both fall in 5.其他方式).
            seen.Clear();
            seen[1] = true;
            foreach (var channel in item.OtherChannels)
            {
                var row = channel switch
                {
                    PublicationChannel.Gazette => 0,
                    PublicationChannel.Website => 1,
                    PublicationChannel.Weibo => 2,
                    PublicationChannel.WeChat => 3,
                    _ => 4, // 公开栏 (NoticeBoard) and Other
                };
                seen[row] = true;
            }

            for (var i = 0; i < ChannelRows.Length; i++)
            {
                if (seen[i])
                {
                    t.Count(ChannelRows[i], 0, item.Id);
                }
            }
        }
    }

    private static void CountEngagement(ReportFacts facts, TableBuilder t)
    {
        foreach (var e in facts.Engagement)
        {
            if (!facts.Period.Contains(e.On))
            {
                continue;
            }

            switch (e.Kind)
            {
                case EngagementKind.HotTopicResponse:
                    t.Count("legacy.response.hotTopics", 0, e.Id);
                    break;
                case EngagementKind.PressConference:
                    t.Count("legacy.response.channels.pressConferences", 0, e.Id);
                    if (e.PrincipalAttended)
                    {
                        t.Count("legacy.response.channels.pressConferences.principal", 0, e.Id);
                    }

                    break;
                case EngagementKind.OnlineInterview:
                    t.Count("legacy.response.channels.interviews", 0, e.Id);
                    if (e.PrincipalAttended)
                    {
                        t.Count("legacy.response.channels.interviews.principal", 0, e.Id);
                    }

                    break;
                case EngagementKind.InterpretationArticle:
                    t.Count("legacy.response.channels.articles", 0, e.Id);
                    break;
                case EngagementKind.SocialMediaResponse:
                    t.Count("legacy.response.channels.socialMedia", 0, e.Id);
                    break;
                case EngagementKind.Other:
                    t.Count("legacy.response.channels.other", 0, e.Id);
                    break;
                default:
                    // 建议提案办理复文 is not 回应解读: the legacy table has no row for it.
                    break;
            }
        }
    }

    private static void CountRemedies(ReportFacts facts, TableBuilder t)
    {
        foreach (var r in facts.Remedies)
        {
            if (r.Kind == RemedyKind.Complaint)
            {
                // 举报投诉: complaints lodged in the period.
                if (facts.Period.Contains(r.FiledOn))
                {
                    t.Count("legacy.complaints", 0, r.Id);
                }

                continue;
            }

            // The same cases as table 四; the legacy table has no 尚未审结 row, so pending cases count under
            // （三）其他情形数 and the total stays the sum of its three rows.
            if (FactRules.RemedyColumn(r, facts.Period) is not { } result)
            {
                continue;
            }

            var prefix = r.Kind == RemedyKind.Reconsideration ? "legacy.reconsideration" : "legacy.litigation";
            t.Count(prefix, 0, r.Id);
            t.Count(result switch
            {
                RemedyResult.Maintained => prefix + ".maintained",
                RemedyResult.Corrected => prefix + ".corrected",
                _ => prefix + ".other",
            }, 0, r.Id);
        }
    }

    /// <summary>derived.channelSum: the five channel rows added up — what the seed's report wrote as 292.</summary>
    public static void FillDerived(ReportTable legacy, TableBuilder derived)
    {
        var sum = 0m;
        var ids = new List<int>();
        foreach (var key in ChannelRows)
        {
            var cell = legacy[key].Cells[0];
            sum += cell.Value;
            ids.AddRange(cell.RecordIds);
        }

        // Drill-down lists each item once. Sort-and-skip rather than a SortedSet: this runs over every item
        // published in the year, and the tree cost most of the legacy table's time budget.
        ids.Sort();
        for (var i = 0; i < ids.Count; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                derived.Count("derived.channelSum", 0, ids[i]);
            }
        }

        derived.SetAmount("derived.channelSum", 0, sum);
    }

    public static readonly RowSpec[] DerivedRows =
    [
        new("derived.channelSum", "通过各渠道公开政府信息数合计（同一信息在不同渠道分别计数）", 0, RowKind.Counted, Unit: "条"),
    ];
}
