using System.Net;
using System.Security.Cryptography;
using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Features.Catalog;
using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Demo;

/// <summary>
/// Disclosure work for the demo county, so a fresh install shows a living system: the seeds' 2017 (洲上乡: 2018) figures
/// as catalog items, requests and engagement records an annual report can be recomputed from, and a plausible current
/// year (items in every state, requests in every state, one 行政复议). Titles and dates come from seeded generators, so
/// the history is the same on every install; the current year is laid out relative to today (China time).
/// </summary>
public sealed class DemoContent(GongkaiDbContext db, TimeProvider clock)
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    private static WorkingDayCalendar Calendar => WorkingDayCalendar.Embedded;

    /// <summary>What the seeds state, column by column (mapped onto <see cref="StandardColumns"/> keys).</summary>
    private sealed record HistoryPlan(
        string Code,
        int Year,
        DateOnly LastDay,
        (string Column, int Count)[] Columns,
        (string Column, string Title, int? Month)[] Fixed,
        int WeChat = 0,
        int Website = 0,
        string[]? NoticeBoardColumns = null);

    private sealed record Town(Agency Agency, string Short, Dictionary<string, CatalogColumn> Columns, string[] Villages, HashSet<string> Titles)
    {
        public string Code => Agency.Code;

        public string Editor => Code + ".editor";

        // Only 松江乡 has one account per role; the other townships' editor holds every role.
        public string Reviewer => Code == "songjiang" ? "songjiang.reviewer" : Editor;

        public string Approver => Code == "songjiang" ? "songjiang.approver" : Editor;

        public string Handler => Code == "songjiang" ? "songjiang.handler" : Editor;

        public string DocPrefix => Short[..^1] + "府发";
    }

    private static readonly Dictionary<string, string[]> Villages = new(StringComparer.Ordinal)
    {
        ["songjiang"] = ["松江村", "新塘村", "东山村", "河口村", "桥头村", "上坪村"],
        ["sanzhualun"] = ["三爪仑村", "石溪村", "竹山村", "白沙村", "枫林村", "高坑村"],
        ["zhoushang"] = ["洲上村", "沙洲村", "田心村", "官桥村", "西岭村", "新屋村"],
        ["shimen"] = ["石门村", "湾里村", "南塘村", "丰收村", "墅前村", "春风村"],
        ["shuangxi"] = ["双溪村", "大石村", "龙潭村", "黄沙村", "杨梅村", "安和村"],
    };

    // The seeds' numbers. 三爪仑乡: 161 on the website by the report's own categories (工作动态 86, 概况信息 3, 文件法规 8 of
    // which 6 规范性文件 per its table, 发展规划 2, 人事信息 2, 行政执法 3, 财经信息 57), 131 also on 政务微信. 石门镇 states
    // 86 items in its overview and 57 on the city's 信息公开网站: 86 items, 57 of them with the Website channel. 双溪乡: 756
    // items over the categories it lists. 松江乡: "20余条" shaped by the projects its report names. 洲上乡 2018: "70余条".
    private static readonly HistoryPlan[] History =
    [
        new("songjiang", 2017, new DateOnly(2017, 12, 29),
            [("guifan", 2), ("xiangmu", 1), ("caizheng", 3), ("jiuzhu", 4), ("fupin", 2), ("ziyuan", 3), ("zhengdi", 2), ("huiying", 2), ("dongtai", 3)],
            [
                ("guifan", "松江乡脱贫攻坚实施方案", 3), ("guifan", "松江乡动迁指挥部征地实施方案", 5),
                ("xiangmu", "松江乡2017年度重大建设项目清单（8项）", 4),
                ("caizheng", "松江乡2017年部门预算", 2), ("caizheng", "松江乡2016年度部门决算", 8), ("caizheng", "松江乡2017年政府采购项目公开", 6),
                ("jiuzhu", "松江乡2016年第四季度城乡低保基本情况", 1), ("jiuzhu", "松江乡2017年第一季度城乡低保基本情况", 4),
                ("jiuzhu", "松江乡2017年第二季度城乡低保基本情况", 7), ("jiuzhu", "松江乡2017年第三季度城乡低保基本情况", 10),
                ("huiying", "关于群众反映新塘村征地补偿款发放进度问题的回应", 6), ("huiying", "关于群众反映松江村通组道路破损问题的回应", 9),
            ]),
        new("sanzhualun", 2017, new DateOnly(2017, 12, 29),
            [("dongtai", 86), ("jigou", 3), ("guifan", 6), ("qita-wenjian", 2), ("guihua", 2), ("renshi", 2), ("zhifa", 3), ("caizheng", 57)],
            [
                ("jigou", "三爪仑乡基本概况", 1), ("jigou", "三爪仑乡领导班子成员及分工", 3), ("jigou", "三爪仑乡政府信息公开指南", 3),
                ("guihua", "三爪仑乡2017年工作要点", 2), ("caizheng", "三爪仑乡2017年部门预算", 2), ("caizheng", "三爪仑乡2016年度部门决算", 8),
            ],
            WeChat: 131, Website: 161),
        new("zhoushang", 2018, new DateOnly(2018, 12, 28),
            [("guifan", 3), ("qita-wenjian", 5), ("guihua", 2), ("caizheng", 6), ("xiangmu", 6), ("ziyuan", 8), ("fupin", 10), ("jiuzhu", 8), ("jiedu", 3), ("dongtai", 22)],
            [
                ("guihua", "关于洲上乡2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告", 3),
                ("jiedu", "一图读懂洲上乡2018年国民经济和社会发展计划", 3),
                ("caizheng", "洲上乡2018年部门预算", 2), ("caizheng", "洲上乡2017年度部门决算", 8),
            ]),
        new("shimen", 2017, new DateOnly(2017, 12, 29),
            [("dongtai", 40), ("jigou", 2), ("guifan", 4), ("qita-wenjian", 8), ("guihua", 3), ("caizheng", 6), ("xiangmu", 5), ("ziyuan", 6), ("jiuzhu", 4),
                ("renshi", 3), ("zhifa", 2), ("jiandu", 2), ("nianbao", 1)],
            [
                ("nianbao", "石门镇2016年度政府信息公开工作报告", 3), ("jigou", "石门镇人民政府信息公开目录", 2), ("jigou", "石门镇政府信息公开指南", 2),
                ("caizheng", "石门镇2017年部门预算", 2), ("caizheng", "石门镇2016年度部门决算", 8),
            ],
            Website: 57),
        new("shuangxi", 2017, new DateOnly(2017, 12, 29),
            [("dongtai", 300), ("fupin", 150), ("jiuzhu", 90), ("qita-wenjian", 80), ("guifan", 12), ("renshi", 20), ("guihua", 24), ("caizheng", 30),
                ("xiangmu", 20), ("ziyuan", 30)],
            [("guihua", "双溪乡2017年政务公开工作要点", 3), ("caizheng", "双溪乡2017年部门预算", 2), ("caizheng", "双溪乡2016年度部门决算", 8)],
            WeChat: 180, NoticeBoardColumns: ["fupin", "jiuzhu"]),
    ];

    // 松江乡 2017: 10 received in person, all answered; by subject 城建拆迁征地 5, 农林水 1, 民本民生 3, 劳动人事 1; 9 同意公开 and
    // 1 不予公开 (information still under study — process information).
    private static readonly (string Subject, bool Withheld)[] SongjiangRequests2017 =
    [
        ("申请公开新塘村至河口村道路拓宽工程征地补偿标准", false),
        ("申请公开东山村集体土地征收批复文件", false),
        ("申请公开桥头村房屋拆迁安置方案", true),
        ("申请公开松江村征地面积及补偿款发放情况", false),
        ("申请公开上坪村安置房分配方案", false),
        ("申请公开河口村农田水利灌溉渠建设资金使用情况", false),
        ("申请公开松江乡2016年度城乡低保评审结果", false),
        ("申请公开东山村农村危房改造补助对象名单", false),
        ("申请公开松江乡农村五保供养标准", false),
        ("申请公开松江乡2017年公开招聘乡村公益性岗位人员的考试成绩", false),
    ];

    private static readonly string[] FictionalNames = ["张某", "李某", "王某", "刘某", "陈某", "杨某", "赵某", "黄某", "周某", "吴某", "徐某", "孙某", "胡某", "朱某", "高某", "林某"];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var towns = new Dictionary<string, Town>(StringComparer.Ordinal);
        foreach (var (code, _, shortName) in DemoSeeder.Townships)
        {
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == code, ct);
            if (!await db.CatalogColumns.AnyAsync(c => c.AgencyId == agency.Id, ct))
            {
                await SeedStandardColumns.RunAsync(db, agency.Id, ct);
            }

            var columns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == agency.Id).ToDictionaryAsync(c => c.Key, ct);
            towns[code] = new Town(agency, shortName, columns, Villages[code], new HashSet<string>(StringComparer.Ordinal));
        }

        // About 1,200 items with their events, channels and versions: detecting changes on every Add would make the
        // bulk insert quadratic; the audit's own DetectChanges before each save still sees everything.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var rng = new Random(2017);
            foreach (var plan in History)
            {
                await SeedHistoryAsync(towns[plan.Code], plan, rng, ct);
            }

            var now = clock.GetUtcNow();
            var today = ChinaTime.Day(now);
            var current = new Random(today.Year);
            var tracking = 0;
            for (var i = 0; i < DemoSeeder.Townships.Count; i++)
            {
                tracking = await SeedCurrentYearAsync(towns[DemoSeeder.Townships[i].Code], i, current, now, today, tracking, ct);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task SeedHistoryAsync(Town town, HistoryPlan plan, Random rng, CancellationToken ct)
    {
        var words = new Words(rng, town, plan.Year, current: false);
        var first = new DateOnly(plan.Year, 1, 1);
        var items = new List<CatalogItem>();
        foreach (var (column, count) in plan.Columns)
        {
            var fixedTitles = plan.Fixed.Where(f => f.Column == column).ToList();
            for (var n = 0; n < count; n++)
            {
                DateOnly day;
                string title;
                if (n < fixedTitles.Count)
                {
                    var (_, fixedTitle, month) = fixedTitles[n];
                    day = month is { } m
                        ? RandomWorkday(rng, new DateOnly(plan.Year, m, 1), Min(new DateOnly(plan.Year, m, DateTime.DaysInMonth(plan.Year, m)), plan.LastDay))
                        : RandomWorkday(rng, first, plan.LastDay);
                    title = fixedTitle;
                    town.Titles.Add(title);
                }
                else
                {
                    day = RandomWorkday(rng, first, plan.LastDay);
                    title = words.Title(column, day);
                }

                items.Add(Published(town, column, title, words.Body(column, title, day), At(day, rng.Next(8 * 60 + 30, 17 * 60 + 30)), rng, words));
            }
        }

        var dongtai = town.Columns["dongtai"].Id;
        Channel(items, PublicationChannel.Website, plan.Website, rng, _ => true);
        Channel(items, PublicationChannel.WeChat, plan.WeChat, rng, i => i.ColumnId == dongtai);
        if (plan.NoticeBoardColumns is { } boards)
        {
            var ids = boards.Select(b => town.Columns[b].Id).ToHashSet();
            var posted = items.Where(i => ids.Contains(i.ColumnId)).ToList();
            Channel(posted, PublicationChannel.NoticeBoard, posted.Count, rng, _ => true);
        }

        var requests = new List<InfoRequest>();
        var engagements = new List<EngagementRecord>();
        if (town.Code == "songjiang")
        {
            requests.AddRange(SongjiangHistoryRequests(town, rng));
            engagements.AddRange(SongjiangHistoryEngagements(town, items, rng));
        }

        await SaveAsync(town, items, requests, engagements, null, ct);
    }

    /// <summary>The current year, laid out relative to today: published items, drafts, pending review, requests in every state.</summary>
    private async Task<int> SeedCurrentYearAsync(Town town, int index, Random rng, DateTimeOffset now, DateOnly today, int tracking, CancellationToken ct)
    {
        var year = today.Year;
        var words = new Words(rng, town, year, current: true);
        var first = new DateOnly(year, 1, 1);
        var latest = now.AddMinutes(-5);
        DateTimeOffset When(DateOnly from, DateOnly to)
        {
            var day = RandomWorkday(rng, Max(first, Min(from, today)), Min(to, today));
            var at = At(day, rng.Next(8 * 60 + 30, 17 * 60 + 30));
            return at > latest ? latest : at;
        }

        var items = new List<CatalogItem>();
        void Add(string column, string title, DateTimeOffset at, Action<CatalogItem>? tweak = null)
        {
            var item = Published(town, column, title, words.Body(column, title, Day(at)), at, rng, words);
            tweak?.Invoke(item);
            items.Add(item);
        }

        // 条例第五十条: last year's annual report is due by 31 January.
        Add("nianbao", $"{town.Short}{year - 1}年政府信息公开工作年度报告", When(new DateOnly(year, 1, 15), new DateOnly(year, 1, 30)));
        Add("guihua", $"{town.Short}{year}年工作要点", When(new DateOnly(year, 2, 1), new DateOnly(year, 3, 31)));

        // 规范性文件: one repealed when its replacement was issued, one replacement and one more in force.
        var elapsed = Math.Max(today.DayNumber - first.DayNumber, 0);
        var repealedAt = When(first, first.AddDays(elapsed / 3));
        var replacementAt = When(first.AddDays(elapsed / 2), today);
        if (replacementAt < repealedAt)
        {
            replacementAt = repealedAt;
        }

        var repealedDoc = words.Pick(Words.Documents(true));
        var oldTitle = $"关于印发《{town.Short}{repealedDoc}实施方案》的通知";
        var newTitle = $"关于印发《{town.Short}{repealedDoc}实施方案（修订）》的通知";
        town.Titles.Add(oldTitle);
        town.Titles.Add(newTitle);
        Add("guifan", oldTitle, repealedAt, i =>
        {
            i.Validity = Validity.Repealed;
            i.EndedOn = Day(replacementAt);
        });
        Add("guifan", newTitle, replacementAt, i => i.BodyText = Paragraphs(i, [.. words.Body("guifan", newTitle, Day(replacementAt)), $"原《{town.Short}{repealedDoc}实施方案》同时废止。"]));
        Add("guifan", words.Title("guifan", today), When(first, today));
        Add("huiying", words.Title("huiying", today), When(first, today));
        Add("jiedu", $"《{town.Short}{repealedDoc}实施方案（修订）》政策解读", When(Day(replacementAt), today));

        string[] pool = ["dongtai", "dongtai", "dongtai", "dongtai", "dongtai", "dongtai", "dongtai", "dongtai", "dongtai", "dongtai", "jiuzhu", "jiuzhu",
            "fupin", "fupin", "caizheng", "caizheng", "qita-wenjian", "xiangmu", "ziyuan", "zhifa", "renshi", "zhengdi", "jiandu"];
        int[] published = [24, 28, 18, 20, 30];
        while (items.Count < published[index])
        {
            var column = pool[rng.Next(pool.Length)];
            var at = When(first, today);
            Add(column, words.Title(column, Day(at)), at);
        }

        var dongtai = town.Columns["dongtai"].Id;
        var dongtaiCount = items.Count(i => i.ColumnId == dongtai);
        Channel(items, PublicationChannel.WeChat, dongtaiCount / 2, rng, i => i.ColumnId == dongtai);
        var boards = new[] { town.Columns["jiuzhu"].Id, town.Columns["fupin"].Id };
        var posted = items.Where(i => boards.Contains(i.ColumnId)).ToList();
        Channel(posted, PublicationChannel.NoticeBoard, posted.Count, rng, _ => true);

        // Work in progress: two drafts and one item waiting for 保密审查 (松江乡, with separate roles, also one for 审批).
        var drafts = new List<CatalogItem>
        {
            Unpublished(town, "dongtai", words.Title("dongtai", today), ItemStatus.Draft, When(today.AddDays(-6), today), rng, words),
            Unpublished(town, "qita-wenjian", words.Title("qita-wenjian", today), ItemStatus.Draft, When(today.AddDays(-10), today), rng, words),
            Unpublished(town, "jiuzhu", words.Title("jiuzhu", today), ItemStatus.PendingReview, When(today.AddDays(-4), today), rng, words),
        };
        if (town.Code == "songjiang")
        {
            drafts.Add(Unpublished(town, "caizheng", words.Title("caizheng", today), ItemStatus.PendingApproval, When(today.AddDays(-5), today), rng, words));
        }

        items.AddRange(drafts);
        var (requests, next) = CurrentRequests(town, rng, now, today, tracking);
        var engagements = items.Where(i => i.Status == ItemStatus.Published && (i.ColumnId == town.Columns["huiying"].Id || i.ColumnId == town.Columns["jiedu"].Id))
            .Select(i => new EngagementRecord
            {
                AgencyId = town.Agency.Id,
                Kind = i.ColumnId == town.Columns["huiying"].Id ? EngagementKind.HotTopicResponse : EngagementKind.InterpretationArticle,
                On = Day(i.PublishedAt!.Value),
                Title = i.Title,
                RecordedBy = town.Editor,
            }).ToList();
        if (town.Code == "songjiang")
        {
            for (var n = 0; n < 2; n++)
            {
                var on = Day(When(first, today));
                engagements.Add(new EngagementRecord
                {
                    AgencyId = town.Agency.Id, Kind = EngagementKind.ProposalReply, On = on, RecordedBy = town.Editor,
                    Title = n == 0 ? $"关于县人大代表第{rng.Next(10, 60)}号建议的答复" : $"关于县政协委员第{rng.Next(10, 60)}号提案的答复",
                });
            }
        }

        Func<IEnumerable<RemedyCase>>? remedies = null;
        if (town.Code == "songjiang" && requests.FirstOrDefault(r => r.Outcome == RequestOutcome.WithheldProcess) is { } contested)
        {
            // 行政复议 against the 不予公开 answer: filed some weeks after delivery, not yet decided (60-day 复议期限).
            var filed = Min(Calendar.Due(contested.DeliveredOn!.Value, 12).Date, today);
            remedies = () =>
            [
                new RemedyCase
                {
                    AgencyId = town.Agency.Id, RequestId = contested.Id, Kind = RemedyKind.Reconsideration, CaseNumber = $"示府复〔{filed.Year}〕{rng.Next(3, 20)}号",
                    Body = "示范县人民政府", FiledOn = filed, Result = RemedyResult.Pending,
                    Summary = "申请人认为乡政府以过程性信息为由不予公开安置补偿方案不当，申请行政复议，请求撤销该答复。",
                },
            ];
        }

        await SaveAsync(town, items, requests, engagements, remedies, ct);
        return next;
    }

    private async Task SaveAsync(Town town, List<CatalogItem> items, List<InfoRequest> requests, List<EngagementRecord> engagements,
        Func<IEnumerable<RemedyCase>>? afterInsert, CancellationToken ct)
    {
        // 索引号 in order of publication, per agency and year, as the publisher assigns them at first publication.
        foreach (var group in items.Where(i => i.PublishedAt is not null).GroupBy(i => ChinaTime.Day(i.PublishedAt!.Value).Year))
        {
            var seq = 0;
            foreach (var item in group.OrderBy(i => i.PublishedAt))
            {
                item.AssignIndexNumber(ReviewChain.IndexNumber(town.Code, group.Key, ++seq));
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CatalogItems.AddRange(items);
        db.Requests.AddRange(requests);
        db.EngagementRecords.AddRange(engagements);
        await db.SaveChangesAsync(ct);

        // Versions and remedy cases point at generated keys, known only after the first insert.
        db.CatalogItemVersions.AddRange(items.Select(Snapshot));
        if (afterInsert is not null)
        {
            db.RemedyCases.AddRange(afterInsert());
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static CatalogItem Published(Town town, string column, string title, string[] paragraphs, DateTimeOffset at, Random rng, Words words)
    {
        var col = town.Columns[column];
        var item = NewItem(town, col, title, paragraphs, ItemStatus.Published, at, words);
        if (col.HasValidity)
        {
            var day = Day(at);
            item.DocumentNumber = $"{town.DocPrefix}〔{day.Year}〕{rng.Next(1, 60)}号";
            item.WrittenOn = day.AddDays(-rng.Next(1, 6));
            item.Validity = Validity.Effective;
            item.EffectiveOn = day;
            if (day.Year < 2020)
            {
                // The seeds' 2017/2018 方案 ran their course in the 脱贫攻坚 period; in force at the end of their own year.
                item.Validity = Validity.Expired;
                item.EndedOn = new DateOnly(2020, 12, 31);
            }
        }

        // The review chain as the back office records it; 工作动态 skips 审批 (the column's SkipApproval).
        var created = at.AddMinutes(-rng.Next(90, 26 * 60));
        var span = at - created;
        item.Events.Add(Event(ItemAction.Create, created, town.Editor));
        item.Events.Add(Event(ItemAction.SubmitForReview, created + span * 0.2, town.Editor));
        item.Events.Add(Event(ItemAction.PassReview, col.SkipApproval ? at : created + span * 0.6, town.Reviewer));
        if (!col.SkipApproval)
        {
            item.Events.Add(Event(ItemAction.Approve, at, town.Approver));
        }

        return item;
    }

    private static CatalogItem Unpublished(Town town, string column, string title, ItemStatus status, DateTimeOffset at, Random rng, Words words)
    {
        var col = town.Columns[column];
        var created = at.AddMinutes(-rng.Next(30, 8 * 60));
        var item = NewItem(town, col, title, words.Body(column, title, Day(at)), status, created, words);
        item.UpdatedAt = at;
        item.Events.Add(Event(ItemAction.Create, created, town.Editor));
        if (status is ItemStatus.PendingReview or ItemStatus.PendingApproval)
        {
            item.Events.Add(Event(ItemAction.SubmitForReview, at, town.Editor));
        }

        if (status == ItemStatus.PendingApproval)
        {
            item.Events.Add(Event(ItemAction.PassReview, at.AddMinutes(1), town.Reviewer));
            item.UpdatedAt = at.AddMinutes(1);
        }

        return item;
    }

    private static CatalogItem NewItem(Town town, CatalogColumn column, string title, string[] paragraphs, ItemStatus status, DateTimeOffset at, Words words)
    {
        var item = new CatalogItem
        {
            AgencyId = town.Agency.Id,
            ColumnId = column.Id,
            Title = title,
            Publisher = town.Agency.Name,
            BodyHtml = "",
            BodyText = "",
            Status = status,
            PublishedAt = status == ItemStatus.Published ? at : null,
            UpdatedAt = at,
            CreatedBy = town.Editor,
            Topic = Words.TopicOf(column.Key),
            Keywords = column.Name + " " + words.Village(),
        };
        item.BodyText = Paragraphs(item, paragraphs);
        return item;
    }

    /// <summary>Sets BodyHtml from plain paragraphs and returns the plain text as CatalogText.PlainText would.</summary>
    private static string Paragraphs(CatalogItem item, string[] paragraphs)
    {
        item.BodyHtml = string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
        return string.Join('\n', paragraphs);
    }

    private static ItemEvent Event(ItemAction action, DateTimeOffset at, string actor) => new() { Action = action, At = at, Actor = actor, Version = 1 };

    private static ItemVersion Snapshot(CatalogItem item) => new()
    {
        ItemId = item.Id,
        Version = 1,
        Title = item.Title,
        BodyHtml = item.BodyHtml,
        Metadata = string.Join('\n',
            $"发布机构: {item.Publisher}", $"文号: {item.DocumentNumber}", $"成文日期: {item.WrittenOn:yyyy-MM-dd}", $"主题分类: {item.Topic}",
            $"关键词: {item.Keywords}", $"有效性: {item.Validity.Label()} {item.EffectiveOn:yyyy-MM-dd} {item.EndedOn:yyyy-MM-dd}", $"栏目: {item.ColumnId}"),
        SavedAt = item.Events[0].At,
        SavedBy = item.CreatedBy,
    };

    /// <summary>Adds <paramref name="channel"/> to <paramref name="count"/> items, preferred ones first, the rest at random.</summary>
    private static void Channel(List<CatalogItem> items, PublicationChannel channel, int count, Random rng, Func<CatalogItem, bool> preferred)
    {
        var chosen = items.Where(preferred).OrderBy(_ => rng.Next())
            .Concat(items.Where(i => !preferred(i)).OrderBy(_ => rng.Next()))
            .Take(count);
        foreach (var item in chosen)
        {
            item.Channels.Add(new ItemChannel { Channel = channel, On = Day(item.PublishedAt!.Value) });
        }
    }

    private static List<InfoRequest> SongjiangHistoryRequests(Town town, Random rng)
    {
        // Spread over the year: one a month or so, each answered within the 2008 条例's 15 working days.
        var days = Enumerable.Range(0, SongjiangRequests2017.Length)
            .Select(i => RandomWorkday(rng, new DateOnly(2017, 1, 9).AddDays(i * 34), new DateOnly(2017, 1, 9).AddDays(i * 34 + 25)))
            .ToList();
        var list = new List<InfoRequest>();
        for (var i = 0; i < SongjiangRequests2017.Length; i++)
        {
            var (subject, withheld) = SongjiangRequests2017[i];
            var received = days[i];
            var r = NewRequest(town, $"DEMO-2017-{i + 1:0000}", RequestChannel.InPerson, received, FictionalNames[i], subject, rng, At(received, 10 * 60 + rng.Next(0, 300)));
            Step(r, RequestAction.Accept, received, town.Handler);
            var answered = Calendar.Due(received, rng.Next(3, 13)).Date;
            Answer(r, answered, town.Handler, withheld ? RequestOutcome.WithheldProcess : RequestOutcome.Disclosed,
                withheld ? "《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）" : "2008年《中华人民共和国政府信息公开条例》第二十一条第（一）项",
                withheld ? "您申请公开的安置方案尚在研究讨论过程中，属于过程性信息，暂不予公开；方案确定后将依法主动公开。" : "您申请公开的信息属于公开范围，现予提供，请当面领取。");
            Deliver(r, answered, town.Handler, $"送达回证第{2017_000 + i + 1}号");
            Step(r, RequestAction.Close, answered, town.Handler);
            list.Add(r);
        }

        return list;
    }

    private static IEnumerable<EngagementRecord> SongjiangHistoryEngagements(Town town, List<CatalogItem> items, Random rng)
    {
        // 回应群众关注热点信息计2次 (the two 回应关切 items) and 全年共公开建议提案办理复文10件.
        var huiying = town.Columns["huiying"].Id;
        foreach (var i in items.Where(i => i.ColumnId == huiying))
        {
            yield return new EngagementRecord
            {
                AgencyId = town.Agency.Id, Kind = EngagementKind.HotTopicResponse, On = Day(i.PublishedAt!.Value), Title = i.Title, RecordedBy = town.Editor,
            };
        }

        for (var n = 0; n < 10; n++)
        {
            yield return new EngagementRecord
            {
                AgencyId = town.Agency.Id,
                Kind = EngagementKind.ProposalReply,
                On = RandomWorkday(rng, new DateOnly(2017, 5, 15), new DateOnly(2017, 9, 29)),
                Title = n < 6 ? $"关于县人大代表第{n * 7 + 3}号建议的答复" : $"关于县政协委员第{n * 5 + 2}号提案的答复",
                RecordedBy = town.Editor,
            };
        }
    }

    /// <summary>
    /// Requests in every state the handler's list shows: received online today, awaiting 补正, overdue, answered
    /// 部分公开 awaiting delivery, closed 本机关不掌握; 松江乡 adds a 不予公开 answer under 行政复议 and an ordinary closed one;
    /// 双溪乡 an extended one. Events follow <see cref="RequestLifecycle"/>; DueOn comes from the events like in production.
    /// </summary>
    private static (List<InfoRequest> Requests, int Next) CurrentRequests(Town town, Random rng, DateTimeOffset now, DateOnly today, int tracking)
    {
        var list = new List<InfoRequest>();
        var v = town.Villages;
        InfoRequest New(RequestChannel channel, DateOnly received, string subject)
        {
            var submitted = received == today ? Later(now.AddMinutes(-rng.Next(20, 240)), At(today, 0)) : At(received, 9 * 60 + rng.Next(0, 420));
            var r = NewRequest(town, $"DEMO-{today.Year}-{++tracking:0000}", channel, received, FictionalNames[rng.Next(FictionalNames.Length)], subject, rng, submitted);
            list.Add(r);
            return r;
        }

        New(RequestChannel.Online, today, $"申请公开{v[rng.Next(v.Length)]}高标准农田建设项目资金使用情况");

        var correction = New(RequestChannel.Online, Back(today, 4), $"申请公开{town.Short}有关道路工程的资料");
        Step(correction, RequestAction.RequestCorrection, Back(today, 3), town.Handler, "申请内容不明确：请写明道路名称或所在村组、工程年份。");

        var overdue = New(RequestChannel.InPerson, Back(today, 26), $"申请公开{v[rng.Next(v.Length)]}农村宅基地审批情况");
        Step(overdue, RequestAction.Accept, overdue.ReceivedOn, town.Handler);

        var partial = New(RequestChannel.Online, Back(today, 18), $"申请公开{town.Short}{today.Year - 1}年度城乡低保对象名单及保障金额");
        Step(partial, RequestAction.Accept, Back(today, 17), town.Handler);
        Answer(partial, Back(today, 1), town.Handler, RequestOutcome.PartiallyDisclosed, "《中华人民共和国政府信息公开条例》第十五条、第三十七条",
            "低保对象姓名、所在村和保障金额予以公开；身份证件号码、家庭住址等个人信息涉及个人隐私，不予公开。");

        var notHeld = New(RequestChannel.RegisteredLetter, Back(today, 45), $"申请公开{v[rng.Next(v.Length)]}至县城公路改造工程的规划许可文件");
        Step(notHeld, RequestAction.Accept, Back(today, 44), town.Handler);
        Answer(notHeld, Back(today, 36), town.Handler, RequestOutcome.UnavailableNotHeld, "《中华人民共和国政府信息公开条例》第三十六条第（五）项",
            "经检索，本机关不掌握该工程的规划许可文件。该信息由示范县自然资源局制作和保存，请向该局申请。", redirectedTo: "示范县自然资源局");
        Deliver(notHeld, Back(today, 35), town.Handler, "EMS挂号信寄出");
        Step(notHeld, RequestAction.Close, Back(today, 35), town.Handler);

        if (town.Code == "songjiang")
        {
            var withheld = New(RequestChannel.InPerson, Back(today, 70), $"申请公开{v[4]}安置房分配及补偿方案（讨论稿）");
            Step(withheld, RequestAction.Accept, withheld.ReceivedOn, town.Handler);
            Answer(withheld, Back(today, 56), town.Handler, RequestOutcome.WithheldProcess, "《中华人民共和国政府信息公开条例》第十六条第二款",
                "您申请的补偿方案尚在讨论研究中，属于过程性信息，依法不予公开；方案确定后将依法主动公开。");
            Deliver(withheld, Back(today, 55), town.Handler, $"送达回证第{today.Year}{rng.Next(10, 99)}号");
            Step(withheld, RequestAction.Close, Back(today, 55), town.Handler);

            var disclosed = New(RequestChannel.InPerson, Back(today, 90), $"申请公开{town.Short}{today.Year}年防汛物资采购合同");
            Step(disclosed, RequestAction.Accept, disclosed.ReceivedOn, town.Handler);
            Answer(disclosed, Back(today, 82), town.Handler, RequestOutcome.Disclosed, "《中华人民共和国政府信息公开条例》第三十六条第（二）项",
                "您申请公开的采购合同予以公开，已提供复印件。");
            Deliver(disclosed, Back(today, 81), town.Handler, $"送达回证第{today.Year}{rng.Next(10, 99)}号");
            Step(disclosed, RequestAction.Close, Back(today, 81), town.Handler);
        }

        if (town.Code == "shuangxi")
        {
            var extended = New(RequestChannel.Online, Back(today, 22), $"申请公开{v[2]}油茶产业扶持资金发放明细");
            Step(extended, RequestAction.Accept, Back(today, 21), town.Handler);
            Step(extended, RequestAction.Extend, Back(today, 3), town.Handler, "需调取历年档案逐项核对，经政府信息公开工作机构负责人同意延期（批准人：乡党政办主任）", 20);
        }

        return (list, tracking);
    }

    private static InfoRequest NewRequest(Town town, string trackingCode, RequestChannel channel, DateOnly received, string name, string subject, Random rng, DateTimeOffset submittedAt)
    {
        var village = town.Villages[rng.Next(town.Villages.Length)];
        var online = channel is RequestChannel.Online;
        // Nobody holds the query key of a demo request: a random key's hash, the key itself discarded.
        var r = InfoRequest.Create(town.Agency.Id, trackingCode, ApiTokenService.Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(16))), submittedAt,
            new IntakeFields(
                channel,
                received,
                ApplicantType.NaturalPerson,
                name,
                IdDocumentType: null,
                IdDocumentNumber: null,
                OrganizationCode: null,
                ContactPerson: null,
                Phone: null,
                Email: online ? $"applicant{rng.Next(100, 999)}@example.com" : null,
                Address: $"示范县{town.Short}{village}",
                subject,
                $"本人系{town.Short}{village}村民，{subject.Replace("申请公开", "申请公开有关", StringComparison.Ordinal)}，以便了解与本人相关的政策执行情况。",
                Purpose: "了解与本人切身利益相关的情况",
                online ? DeliveryMethod.Email : channel == RequestChannel.InPerson ? DeliveryMethod.CollectInPerson : DeliveryMethod.Post));
        r.ApplicantKey = RequestIntake.ApplicantKey(r);
        var refused = r.Open(online ? "公众（在线申请）" : town.Handler, channel.Label() + "；" + channel.ReceiptRule(), new StepContext(Calendar, submittedAt));
        if (refused.Count > 0)
        {
            throw new InvalidOperationException($"演示申请 {trackingCode}：{refused[0].Message}");
        }

        return r;
    }

    /// <summary>Takes a step through the request aggregate, like a handler would; a step the law refuses fails loudly.</summary>
    private static void Step(InfoRequest r, RequestAction action, DateOnly on, string actor, string? note = null, int? number = null) =>
        Apply(r, new RequestStep(action, on, note, number, ApprovedBy: action == RequestAction.Extend ? "乡党政办主任" : null), actor);

    private static void Apply(InfoRequest r, RequestStep step, string actor)
    {
        var refused = r.Apply(step, actor, new StepContext(Calendar, At(step.On!.Value, 16 * 60)));
        if (refused.Count > 0)
        {
            throw new InvalidOperationException($"演示申请 {r.TrackingCode}：{string.Join("；", refused.Select(x => x.Message))}");
        }
    }

    private static void Answer(InfoRequest r, DateOnly on, string actor, RequestOutcome outcome, string legalBasis, string text, string? redirectedTo = null) =>
        Apply(r, new RequestStep(RequestAction.Answer, on, outcome.Label(), Outcome: outcome, LegalBasis: legalBasis, AnswerText: text, RedirectedTo: redirectedTo), actor);

    private static void Deliver(InfoRequest r, DateOnly on, string actor, string proof) =>
        Apply(r, new RequestStep(RequestAction.Deliver, on, DeliveryProof: proof), actor);

    /// <summary>The working day <paramref name="n"/> working days before <paramref name="day"/>.</summary>
    private static DateOnly Back(DateOnly day, int n)
    {
        var d = day;
        for (var counted = 0; counted < n;)
        {
            d = d.AddDays(-1);
            if (Calendar.IsWorkingDay(d))
            {
                counted++;
            }
        }

        return d;
    }

    /// <summary>A random working day in [from, to]; falls back to <paramref name="to"/> when the range has none.</summary>
    private static DateOnly RandomWorkday(Random rng, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return to;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var d = from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
            if (Calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        return to;
    }

    private static DateTimeOffset At(DateOnly day, int minuteOfDay) =>
        ChinaTime.At(day, TimeOnly.MinValue).AddMinutes(minuteOfDay);

    private static DateOnly Day(DateTimeOffset at) => ChinaTime.Day(at);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Titles and bodies from templates: {t} township, {y} year, {v} village, {ym}/{yq} the month or quarter just ended …</summary>
    private sealed class Words(Random rng, Town town, int year, bool current)
    {
        private static readonly string[] HistoryTopics =
        [
            "森林防火", "安全生产", "防汛抗旱", "秸秆禁烧", "农村环境卫生整治", "精准扶贫", "河长制", "食品安全", "征兵", "城乡居民医疗保险征缴", "禁毒宣传",
            "春耕生产", "农村危房改造", "移风易俗", "文明乡镇创建", "消防安全", "道路交通安全", "信访维稳", "党风廉政建设", "政务公开", "计划生育",
            "综治维稳", "林权登记", "农村土地确权", "殡葬改革", "美丽乡村建设", "低保清理规范", "防灾减灾", "控辍保学", "普法宣传", "招商引资", "油茶产业发展",
        ];

        private static readonly string[] CurrentTopics =
        [
            "乡村振兴", "防止返贫动态监测", "高标准农田建设", "农村人居环境整治", "林长制", "河湖长制", "森林防火", "安全生产", "防汛备汛", "城乡居民医保征缴",
            "反诈宣传", "禁毒宣传", "消防安全", "燃气安全排查", "道路交通安全", "移风易俗", "新时代文明实践", "粮食生产", "耕地保护", "基层治理",
            "养老服务", "控辍保学", "普法宣传", "信访维稳", "党风廉政建设", "政务公开", "和美乡村建设", "油茶产业发展",
        ];

        private static readonly string[] Projects =
        [
            "通村公路硬化", "安全饮水巩固提升", "农田水利灌溉渠", "村级文化广场", "便民服务中心改造", "河道综合治理", "危桥改造", "光伏电站", "村级活动场所",
            "生活污水处理设施",
        ];

        private static readonly string[] Funds =
        [
            "生态公益林补偿", "退耕还林补助", "农机购置补贴", "一事一议财政奖补", "农村危房改造补助", "耕地地力保护补贴", "高龄津贴", "计划生育奖励扶助",
            "残疾人两项补贴", "水库移民后期扶持",
        ];

        private static readonly string[] Issues = ["通组道路破损", "饮水水压不足", "垃圾清运不及时", "征地补偿款发放进度", "路灯损坏", "河道漂浮物清理", "农贸市场占道经营", "村小学门前交通安全"];

        private static readonly string[] Departments = ["县民政局", "县财政局", "县水利局", "县林业局", "县人社局", "县教育局", "县交通运输局", "县住建局"];

        private static readonly string[] Posts = ["护林员", "河道保洁员", "道路养护员", "网格员", "农技推广员", "社会救助协理员", "公益性岗位"];

        private static readonly string[] Assets = ["山林", "鱼塘", "耕地", "茶园", "果园"];

        private static readonly string[] Seasons = ["冬季", "冬季", "春季", "春季", "春季", "夏季", "夏季", "夏季", "秋季", "秋季", "秋季", "冬季"];

        private static readonly Dictionary<string, string[]> Templates = new(StringComparer.Ordinal)
        {
            ["dongtai"] =
            [
                "{t}召开{y}年{s}{topic}工作会议", "{t}部署{topic}工作", "{t}开展{topic}专项整治行动", "{t}组织开展{topic}宣传活动", "{t}{v}开展{topic}志愿服务活动",
                "{t}领导带队督查{topic}工作", "{t}召开{m}月份{topic}工作调度会", "{t}举办{topic}业务培训班", "{t}迎接县{topic}工作检查", "{t}扎实推进{topic}工作",
                "{t}{v}{topic}工作取得阶段性成效", "{t}召开党政联席会议研究{topic}工作", "{t}{s}{topic}工作有序开展", "{v}召开{topic}群众会",
            ],
            ["jigou"] = ["{t}基本概况", "{t}领导班子成员及分工", "{t}内设机构及职责", "{t}政府信息公开指南", "{t}政府信息公开目录", "{t}便民服务中心办事指南"],
            ["guifan"] = ["关于印发《{t}{doc}实施方案》的通知", "关于印发《{t}{doc}管理办法》的通知", "{t}关于进一步加强{doc}工作的意见", "关于印发《{t}{doc}工作制度》的通知"],
            ["qita-wenjian"] =
            [
                "关于做好{y}年{topic}工作的通知", "关于转发{dept}《关于做好{topic}工作的通知》的通知", "关于开展{topic}专项行动的通知", "关于调整{t}{topic}工作领导小组的通知",
                "关于{y}年{topic}工作安排的通知",
            ],
            ["guihua"] = ["{t}{y}年工作要点", "{t}{y}年政府工作报告", "{t}{y}年国民经济和社会发展计划", "{t}{y}年{topic}工作计划", "{t}{plan}{planTopic}规划", "{t}{ym}工作计划"],
            ["caizheng"] =
            [
                "{t}{ym}财政收支情况", "{v}{yq}村级财务公开", "{t}{y}年{fund}资金使用情况公示", "{t}{y}年{fund}发放情况公示（第{n}批）", "{t}{y}年“三公”经费预算情况",
                "{t}{yq}惠农补贴资金发放情况",
            ],
            ["xiangmu"] = ["{t}{y}年重大建设项目清单", "{v}{project}工程项目建设进展情况", "{v}{project}工程竣工验收公示", "{v}{project}工程开工公告"],
            ["ziyuan"] = ["{v}{project}工程招标公告", "{v}{project}工程中标结果公示", "{t}{y}年政府采购意向公开（第{n}批）", "{v}集体{asset}承包经营权流转公告", "{v}集体{asset}发包结果公示"],
            ["zhengdi"] = ["{project}项目征收土地公告（{v}）", "{project}项目征地补偿安置方案公告（{v}）", "{v}{project}项目用地青苗补偿标准公示"],
            ["jiuzhu"] =
            [
                "{v}{yq}城乡低保对象公示", "{t}{yq}城乡低保基本情况", "{t}{ym}临时救助情况公示", "{v}{y}年低保评议结果公示（第{n}批）", "{t}{yq}特困人员救助供养情况",
                "{t}{ym}医疗救助情况公示",
            ],
            ["renshi"] =
            [
                "{t}{y}年公开招聘{post}公告", "{t}{y}年公开招聘{post}拟聘用人员公示", "{t}领导班子成员分工调整情况（{ym}）", "{t}{y}年事业单位工作人员考核结果公示",
                "{t}{y}年选聘{post}面试成绩公示",
            ],
            ["zhifa"] =
            [
                "{t}行政执法主体及执法人员公示", "{t}{y}年行政执法事项清单", "{t}{y}年“双随机、一公开”抽查计划", "{t}{ym}行政执法情况公示",
                "{t}关于{v}违法占地问题的处理情况通报", "{t}{y}年{topic}执法检查情况通报",
            ],
            ["jiandu"] = ["{t}{y}年政务公开工作自查情况", "{t}关于{topic}工作督查情况的通报", "{t}{y}年审计发现问题整改情况"],
            ["jiedu"] = ["一图读懂{t}{y}年政府工作报告", "《{t}{doc}实施方案》政策解读", "图解：{t}{y}年{topic}政策"],
            ["huiying"] = ["关于群众反映{v}{issue}问题的回应"],
            ["jianyi"] = ["关于县人大代表第{nn}号建议的答复", "关于县政协委员第{nn}号提案的答复"],
            ["nianbao"] = ["{t}{py}年政府信息公开工作年度报告"],
        };

        private static readonly Dictionary<string, string[]> HistoryFupin = new(StringComparer.Ordinal)
        {
            ["fupin"] =
            [
                "{v}{y}年精准扶贫户帮扶措施公示（第{n}批）", "{t}{y}年产业扶贫奖补资金发放公示（第{n}批）", "{v}{yq}扶贫资金使用情况公示", "{v}{y}年贫困户动态调整公示",
                "{v}{y}年脱贫户退出公示", "{t}{ym}扶贫工作动态", "{v}{project}扶贫项目实施情况公示", "{t}{y}年扶贫项目库入库项目公示（第{n}批）", "{v}{ym}光伏扶贫收益分配公示",
            ],
        };

        private static readonly Dictionary<string, string[]> CurrentFupin = new(StringComparer.Ordinal)
        {
            ["fupin"] =
            [
                "{t}{y}年防止返贫监测对象公示（第{n}批）", "{t}{y}年衔接推进乡村振兴补助资金项目公示", "{v}{project}衔接资金项目实施情况公示", "{v}{yq}产业帮扶奖补公示",
                "{t}{y}年乡村振兴项目库入库项目公示（第{n}批）", "{v}{ym}光伏收益分配公示",
            ],
        };

        public static string[] Documents(bool current) => current
            ? ["乡村振兴", "防止返贫监测帮扶", "林长制", "森林防火", "农村人居环境整治", "安全生产责任制", "防汛抗旱应急", "城乡低保动态管理", "村级财务管理", "矛盾纠纷排查化解", "农村公路管护"]
            : ["脱贫攻坚", "河长制", "森林防火", "农村人居环境整治", "安全生产责任制", "防汛抗旱应急", "城乡低保动态管理", "农村危房改造", "秸秆禁烧", "殡葬改革", "村级财务管理", "矛盾纠纷排查化解", "村规民约", "农村公路管护"];

        /// <summary>主题分类 by column.</summary>
        public static string TopicOf(string column) => column switch
        {
            "caizheng" => "财政、金融、审计",
            "xiangmu" or "ziyuan" => "城乡建设、环境保护",
            "zhengdi" => "国土资源、能源",
            "jiuzhu" or "fupin" => "民政、扶贫、救灾",
            "renshi" => "劳动、人事、监察",
            "zhifa" => "公安、安全、司法",
            "guihua" => "国民经济管理、国有资产监管",
            _ => "综合政务",
        };

        public string Pick(string[] options) => options[rng.Next(options.Length)];

        public string Village() => Pick(town.Villages);

        /// <summary>A title unique within the township, built from the column's templates for a publication on <paramref name="on"/>.</summary>
        public string Title(string column, DateOnly on)
        {
            var templates = column == "fupin" ? (current ? CurrentFupin : HistoryFupin)[column] : Templates[column];
            for (var attempt = 0; attempt < 40; attempt++)
            {
                var title = Fill(Pick(templates), on);
                if (town.Titles.Add(title))
                {
                    return title;
                }
            }

            // Rare: a small column with few templates; number the repeat like a second notice of the same name.
            for (var n = 2; ; n++)
            {
                var title = Fill(Pick(templates), on) + $"（{n}）";
                if (town.Titles.Add(title))
                {
                    return title;
                }
            }
        }

        private string Fill(string template, DateOnly on)
        {
            var lastMonth = on.AddMonths(-1);
            var quarter = (on.Month - 1) / 3; // the quarter just ended: 0 = the fourth quarter of last year
            var yq = quarter == 0 ? $"{on.Year - 1}年第四季度" : $"{on.Year}年第{QuarterNames[quarter - 1]}季度";
            return template
                .Replace("{t}", town.Short, StringComparison.Ordinal)
                .Replace("{ym}", $"{lastMonth.Year}年{lastMonth.Month}月", StringComparison.Ordinal)
                .Replace("{yq}", yq, StringComparison.Ordinal)
                .Replace("{py}", (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{y}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{m}", on.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{s}", Seasons[on.Month - 1], StringComparison.Ordinal)
                .Replace("{v}", Village(), StringComparison.Ordinal)
                .Replace("{topic}", Pick(current ? CurrentTopics : HistoryTopics), StringComparison.Ordinal)
                .Replace("{doc}", Pick(Documents(current)), StringComparison.Ordinal)
                .Replace("{project}", Pick(Projects), StringComparison.Ordinal)
                .Replace("{fund}", Pick(Funds), StringComparison.Ordinal)
                .Replace("{issue}", Pick(Issues), StringComparison.Ordinal)
                .Replace("{dept}", Pick(Departments), StringComparison.Ordinal)
                .Replace("{post}", Pick(Posts), StringComparison.Ordinal)
                .Replace("{asset}", Pick(Assets), StringComparison.Ordinal)
                .Replace("{plan}", current ? "“十五五”" : "“十三五”", StringComparison.Ordinal)
                .Replace("{planTopic}", Pick(["经济社会发展", "农业产业发展", "乡村旅游发展", "集镇建设"]), StringComparison.Ordinal)
                .Replace("{nn}", rng.Next(2, 80).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", rng.Next(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        /// <summary>One to three short plain paragraphs fitting the column; no names with ID or phone numbers.</summary>
        public string[] Body(string column, string title, DateOnly on)
        {
            var date = $"{on.Month}月{on.Day}日";
            return column switch
            {
                "dongtai" =>
                [
                    $"{date}，{title}。" + Pick([
                        "乡党委、政府主要领导出席并讲话，各村（社区）党支部书记、乡直各站所负责人参加。",
                        "工作人员深入田间地头和农户家中，逐户宣传政策，听取群众意见建议。",
                        "活动共发放宣传资料五百余份，现场解答群众咨询六十余人次。",
                        "检查组采取听汇报、查资料、实地查看等方式，对各村工作开展情况进行了全面检查。",
                    ]),
                    Pick([
                        "会议要求，各村、各站所要进一步提高思想认识，压实工作责任，确保各项任务按时保质完成。",
                        "下一步，乡里将建立问题清单，明确整改时限，跟踪督办到位。",
                        "此次活动营造了良好的社会氛围，得到了群众的广泛好评。",
                    ]),
                ],
                "guifan" =>
                [
                    "各村（社区）、乡直各单位：",
                    $"为贯彻落实上级有关部署，经{town.Short}党委、政府研究同意，现将{title.Replace("关于印发", "", StringComparison.Ordinal).Replace("的通知", "", StringComparison.Ordinal)}印发给你们，请结合实际，认真贯彻执行。",
                    "本文件自印发之日起施行，由乡党政办负责解释。",
                ],
                "qita-wenjian" =>
                [
                    "各村（社区）、乡直各单位：",
                    $"根据上级工作部署，结合我乡实际，现就有关事项通知如下：一、提高认识，加强领导；二、明确责任，抓好落实；三、按时报送工作进展情况。",
                ],
                "caizheng" or "jiuzhu" or "fupin" =>
                [
                    $"根据政务公开和财政资金管理有关规定，现将{title.Replace("公示", "", StringComparison.Ordinal)}有关情况予以公开，接受社会监督。",
                    "公示期为七天。公示期间如有异议，请于工作日到乡党政综合办公室或向所在村委会实名反映。",
                ],
                "xiangmu" or "ziyuan" or "zhengdi" =>
                [
                    $"根据工程建设领域信息公开有关要求，现将{title}有关事项公告如下：项目名称、建设地点、建设内容、资金来源及实施单位详见本公告。",
                    "对公告内容有异议的，请在公告期内以书面形式向乡政府提出。",
                ],
                "huiying" =>
                [
                    $"近期，有群众反映{title.Replace("关于群众反映", "", StringComparison.Ordinal).Replace("问题的回应", "", StringComparison.Ordinal)}问题。乡政府高度重视，第一时间组织人员实地核查。",
                    "经核实，情况基本属实。乡政府已会同相关村委会制定整改措施，明确完成时限，整改结果将及时向群众公开。",
                ],
                "jiedu" =>
                [
                    $"为便于群众理解，现对{title.Replace("政策解读", "", StringComparison.Ordinal)}的主要内容解读如下：一是制定背景；二是主要目标；三是重点任务；四是保障措施。",
                    "如对政策有疑问，可在工作日到乡便民服务中心咨询。",
                ],
                "nianbao" =>
                [
                    $"根据《中华人民共和国政府信息公开条例》规定，现公布{title}。报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况等内容。",
                ],
                _ =>
                [
                    $"为进一步推进政务公开，现将{title}有关情况公开如下，欢迎社会各界监督。",
                    "如有疑问，请在工作日到乡党政综合办公室咨询。",
                ],
            };
        }
    }
}
