using System.Net;
using System.Security.Cryptography;
using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Features.Catalog;
using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Demo;

/// <summary>
/// Disclosure work for the demo county, so a fresh install shows a living system: the seeds' 2017 (洲上乡: 2018) figures
/// (history.json) as catalog items, requests and engagement records an annual report can be recomputed from, and a
/// plausible current year (current-year.json: items and requests in every state, one 行政复议). Titles and dates come
/// from seeded generators over words.json, so the history is the same on every install; the current year is laid out
/// relative to today (China time).
/// </summary>
/// <remarks>
/// Every record goes through its aggregate, dated when it happened: an item is drafted, submitted, reviewed and
/// approved (<see cref="CatalogItem"/>) by the township's accounts, gets its 索引号 in publication order and its other
/// channels by <see cref="CatalogItem.RecordChannel"/>; a request is opened and stepped (<see cref="InfoRequest"/>);
/// a 行政复议 is registered (<see cref="RemedyCase.Register"/>), a 回应关切 recorded (<see cref="EngagementRecord.Record"/>).
/// A step the product would refuse fails the seed: a wrong demo script is a bug, never a state to store.
/// </remarks>
public sealed class DemoContent(GongkaiDbContext db, TimeProvider clock)
{
    private const string OnlineApplicant = "公众（在线申请）";

    private readonly DemoData data = DemoData.Load();

    private static WorkingDayCalendar Calendar => WorkingDayCalendar.Embedded;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var towns = new Dictionary<string, DemoTown>(StringComparer.Ordinal);
        foreach (var town in data.County.Townships)
        {
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == town.Code, ct);
            if (!await db.CatalogColumns.AnyAsync(c => c.AgencyId == agency.Id, ct))
            {
                await SeedStandardColumns.RunAsync(db, agency.Id, ct);
            }

            var columns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == agency.Id).ToDictionaryAsync(c => c.Key, ct);
            towns[town.Code] = new DemoTown(agency.Id, town, columns, PublishedNumbers.From(agency.Phone), data.County.Accounts);
        }

        // About 1,200 items with their events, channels and versions: detecting changes on every Add would make the
        // bulk insert quadratic; the audit's own DetectChanges before each save still sees everything.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var now = clock.GetUtcNow();
            var today = ChinaTime.Day(now);
            var rng = new Random(2017);
            foreach (var plan in data.History.Plans)
            {
                await SeedHistoryAsync(towns[plan.Town], plan, rng, today, ct);
            }

            var current = new Random(today.Year);
            var tracking = 0;
            foreach (var town in data.County.Townships)
            {
                tracking = await SeedCurrentYearAsync(towns[town.Code], current, now, today, tracking, ct);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task SeedHistoryAsync(DemoTown town, DemoHistoryPlan plan, Random rng, DateOnly today, CancellationToken ct)
    {
        var text = new DemoText(rng, data.Words, town, plan.Year, current: false);
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
                    title = text.Title(column, day);
                }

                var paragraphs = text.Body(column, title, day);
                items.Add(Publish(town, text, column, title, paragraphs, At(day, rng.Next(8 * 60 + 30, 17 * 60 + 30)), rng, null));
            }
        }

        var dongtai = town.Columns["dongtai"].Id;
        Channel(items, PublicationChannel.WeChat, plan.WeChat, rng, i => i.ColumnId == dongtai);
        if (plan.NoticeBoardColumns is { } boards)
        {
            var ids = boards.Select(b => town.Columns[b].Id).ToHashSet();
            var posted = items.Where(i => ids.Contains(i.ColumnId)).ToList();
            Channel(posted, PublicationChannel.NoticeBoard, posted.Count, rng, _ => true);
        }

        var requests = plan.Requests is { } script ? HistoryRequests(town, text, script, rng) : [];
        var engagements = Engagements(town, items, plan.EngagementColumns, today);
        if (plan.ProposalReplies is { } replies)
        {
            foreach (var title in replies.Titles)
            {
                engagements.Add(Engagement(town, EngagementKind.ProposalReply, RandomWorkday(rng, replies.From!.Value, replies.To!.Value), title, today));
            }
        }

        await SaveAsync(town, items, requests, engagements, null, ct);
    }

    /// <summary>The current year, laid out relative to today: published items, drafts, pending review, requests in every state.</summary>
    private async Task<int> SeedCurrentYearAsync(DemoTown town, Random rng, DateTimeOffset now, DateOnly today, int tracking, CancellationToken ct)
    {
        var plan = data.CurrentYear;
        var year = today.Year;
        var text = new DemoText(rng, data.Words, town, year, current: true);
        var first = new DateOnly(year, 1, 1);
        var latest = now.AddMinutes(-5);
        DateTimeOffset When(DateOnly from, DateOnly to)
        {
            var day = RandomWorkday(rng, Max(first, Min(from, today)), Min(to, today));
            var at = At(day, rng.Next(8 * 60 + 30, 17 * 60 + 30));
            return at > latest ? latest : at;
        }

        var items = new List<CatalogItem>();
        void Add(string column, string title, DateTimeOffset at, string? note = null, (Validity Validity, DateOnly EndedOn)? ended = null)
        {
            var paragraphs = text.Body(column, title, Day(at));
            if (note is not null)
            {
                paragraphs = [.. paragraphs, note];
            }

            items.Add(Publish(town, text, column, title, paragraphs, at, rng, ended));
        }

        // 条例第五十条: last year's annual report is due by 31 January; the year's 工作要点 in its first quarter.
        foreach (var f in plan.Fixed)
        {
            Add(f.Column, text.Fixed(f.Title), When(MonthDay(year, f.From), MonthDay(year, f.To)));
        }

        // 规范性文件: one repealed when its revision was issued, the revision, one more in force; then the revision's 解读.
        var elapsed = Math.Max(today.DayNumber - first.DayNumber, 0);
        var repealedAt = When(first, first.AddDays(elapsed / 3));
        var replacementAt = When(first.AddDays(elapsed / 2), today);
        if (replacementAt < repealedAt)
        {
            replacementAt = repealedAt;
        }

        var doc = text.Pick(text.Documents);
        var oldTitle = text.Fixed(plan.Revision.Repealed, doc);
        var newTitle = text.Fixed(plan.Revision.Replacement, doc);
        town.Titles.Add(oldTitle);
        town.Titles.Add(newTitle);
        Add("guifan", oldTitle, repealedAt, ended: (Validity.Repealed, Day(replacementAt)));
        Add("guifan", newTitle, replacementAt, note: text.Fixed(plan.Revision.ReplacementNote, doc));
        foreach (var column in plan.OneEach)
        {
            Add(column, text.Title(column, today), When(first, today));
        }

        Add("jiedu", text.Fixed(plan.Revision.Interpretation, doc), When(Day(replacementAt), today));

        var pool = plan.Pool.SelectMany(p => Enumerable.Repeat(p.Column, p.Weight)).ToArray();
        while (items.Count < plan.Published[town.Code])
        {
            var column = pool[rng.Next(pool.Length)];
            var at = When(first, today);
            Add(column, text.Title(column, Day(at)), at);
        }

        var dongtai = town.Columns["dongtai"].Id;
        var dongtaiCount = items.Count(i => i.ColumnId == dongtai);
        Channel(items, PublicationChannel.WeChat, (int)(dongtaiCount * plan.WeChatShareOfDongtai), rng, i => i.ColumnId == dongtai);
        var boards = plan.NoticeBoardColumns.Select(b => town.Columns[b].Id).ToHashSet();
        var posted = items.Where(i => boards.Contains(i.ColumnId)).ToList();
        Channel(posted, PublicationChannel.NoticeBoard, posted.Count, rng, _ => true);

        var engagements = Engagements(town, items, plan.EngagementColumns, today);

        // Work in progress: drafts and items waiting for 保密审查 (松江乡, with separate roles, also one for 审批).
        foreach (var spec in plan.InProgress.Where(s => town.IsIn(s.Towns)))
        {
            var title = text.Title(spec.Column, today);
            items.Add(InProgress(town, text, spec, title, When(today.AddDays(-spec.WithinDays), today), rng));
        }

        var requests = new List<(InfoRequest Request, DemoRemedy? Remedy)>();
        foreach (var script in plan.Requests.Where(s => town.IsIn(s.Towns)))
        {
            var subject = text.Script(script.Subject);
            var received = Back(today, script.Received);
            var submitted = received == today ? Later(now.AddMinutes(-rng.Next(20, 240)), At(today, 0)) : At(received, 9 * 60 + rng.Next(0, 420));
            var r = NewRequest(town, text, $"DEMO-{year}-{++tracking:0000}", script.Channel, received, text.Pick(data.Words.Applicants), subject, submitted);
            foreach (var step in script.Steps)
            {
                Apply(r, ToStep(text, step, Back(today, step.On)), town.Handler);
            }

            requests.Add((r, script.Remedy));
        }

        if (town.IsIn(plan.ProposalReplies.Towns))
        {
            foreach (var template in plan.ProposalReplies.Titles)
            {
                var on = Day(When(first, today));
                engagements.Add(Engagement(town, EngagementKind.ProposalReply, on, text.Script(template), today));
            }
        }

        // A 行政复议 against an answer: filed some working days after its delivery, not yet decided (60-day 复议期限).
        IEnumerable<RemedyCase> Remedies()
        {
            foreach (var (contested, remedy) in requests.Where(r => r.Remedy is not null))
            {
                var filed = Min(Calendar.Due(contested.DeliveredOn!.Value, remedy!.FiledWorkingDaysAfterDelivery).Date, today);
                var filing = new RemedyFiling(remedy.Kind, text.Script(remedy.CaseNumber, filed.Year), remedy.Body, filed, Summary: remedy.Summary);
                var registered = RemedyCase.Register(town.AgencyId, filing, new RemedyRequestLink(contested.Id, contested.ReceivedOn), today);
                yield return registered.Case ?? throw Refused($"演示复议 {contested.TrackingCode}", registered.Refusals);
            }
        }

        await SaveAsync(town, items, requests.Select(r => r.Request).ToList(), engagements, Remedies, ct);
        return tracking;
    }

    private async Task SaveAsync(DemoTown town, List<CatalogItem> items, List<InfoRequest> requests, List<EngagementRecord> engagements,
        Func<IEnumerable<RemedyCase>>? afterInsert, CancellationToken ct)
    {
        // 索引号 in order of publication, per agency and year, through the item as the publisher assigns it at first publication.
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

        // The versions the items kept and the remedy cases point at generated keys, known only after the first insert.
        db.CatalogItemVersions.AddRange(items.SelectMany(i => i.TakeNewVersions()));
        if (afterInsert is not null)
        {
            db.RemedyCases.AddRange(afterInsert());
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// An item published at <paramref name="at"/> the way the back office does it: drafted by the editor some hours
    /// before, submitted, passed by the reviewer and approved (工作动态 skips 审批: published at the review).
    /// </summary>
    private static CatalogItem Publish(
        DemoTown town, DemoText text, string column, string title, string[] paragraphs, DateTimeOffset at, Random rng, (Validity Validity, DateOnly EndedOn)? ended)
    {
        var col = town.Columns[column];
        var keywords = col.Name + " " + text.Village();
        var content = new DemoItemContent(title, paragraphs, keywords);
        if (col.HasValidity)
        {
            var day = Day(at);
            content = content with
            {
                DocumentNumber = $"{town.Agency.DocPrefix}〔{day.Year}〕{rng.Next(1, 60)}号", WrittenOn = day.AddDays(-rng.Next(1, 6)),
                Validity = Validity.Effective, EffectiveOn = day,
            };
            if (day.Year < 2020)
            {
                // The seeds' 2017/2018 方案 ran their course in the 脱贫攻坚 period; in force at the end of their own year.
                content = content with { Validity = Validity.Expired, EndedOn = new DateOnly(2020, 12, 31) };
            }

            if (ended is { } e)
            {
                content = content with { Validity = e.Validity, EndedOn = e.EndedOn };
            }
        }

        var created = at.AddMinutes(-rng.Next(90, 26 * 60));
        var span = at - created;
        var item = Draft(town, text, col, content, created);
        Check(item, item.Submit(false, town.Numbers, town.Editor, created + span * 0.2));
        Check(item, item.Review(col.SkipApproval, town.Numbers, null, town.Reviewer, col.SkipApproval ? at : created + span * 0.6));
        if (!col.SkipApproval)
        {
            Check(item, item.Approve(town.Numbers, null, town.Approver, at));
        }

        return Expect(item, ItemStatus.Published);
    }

    /// <summary>An item still in the chain: a draft saved at <paramref name="at"/>'s day, or submitted (and reviewed) at <paramref name="at"/>.</summary>
    private static CatalogItem InProgress(DemoTown town, DemoText text, DemoInProgress spec, string title, DateTimeOffset at, Random rng)
    {
        var col = town.Columns[spec.Column];
        var created = at.AddMinutes(-rng.Next(30, 8 * 60));
        var paragraphs = text.Body(spec.Column, title, Day(at));
        var item = Draft(town, text, col, new DemoItemContent(title, paragraphs, col.Name + " " + text.Village()), created);
        if (spec.Status is ItemStatus.PendingReview or ItemStatus.PendingApproval)
        {
            Check(item, item.Submit(false, town.Numbers, town.Editor, at));
        }

        if (spec.Status == ItemStatus.PendingApproval)
        {
            Check(item, item.Review(col.SkipApproval, town.Numbers, null, town.Reviewer, at.AddMinutes(1)));
        }

        return Expect(item, spec.Status);
    }

    /// <summary>A new draft through the editor's own input rules (lengths, 有效性, a non-empty sanitized body).</summary>
    private static CatalogItem Draft(DemoTown town, DemoText text, CatalogColumn column, DemoItemContent c, DateTimeOffset at)
    {
        var html = string.Concat(c.Paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
        var input = new ItemInput(
            column.Id, c.Title, null, c.DocumentNumber, c.WrittenOn, text.TopicOf(column.Key), c.Keywords, c.Validity, c.EffectiveOn, c.EndedOn, html, null, null);
        var v = input.Validate(column);
        if (!v.IsValid)
        {
            throw new InvalidOperationException($"演示信息“{c.Title}”：{string.Join("；", v.Errors.SelectMany(e => e.Value))}");
        }

        return CatalogItem.NewDraft(town.AgencyId, input.ToContent(town.Agency.Name), town.Editor, at);
    }

    /// <summary>Records <paramref name="channel"/> on <paramref name="count"/> items, preferred ones first, the rest at random.</summary>
    private static void Channel(List<CatalogItem> items, PublicationChannel channel, int count, Random rng, Func<CatalogItem, bool> preferred)
    {
        var chosen = items.Where(preferred).OrderBy(_ => rng.Next())
            .Concat(items.Where(i => !preferred(i)).OrderBy(_ => rng.Next()))
            .Take(count);
        foreach (var item in chosen)
        {
            var at = item.PublishedAt!.Value;
            Check(item, item.RecordChannel(channel, Day(at), null, at));
        }
    }

    /// <summary>A 回应关切 or 解读 record for each published item of the columns that count as one.</summary>
    private static List<EngagementRecord> Engagements(DemoTown town, List<CatalogItem> items, Dictionary<string, EngagementKind>? columns, DateOnly today)
    {
        var kinds = (columns ?? []).ToDictionary(c => town.Columns[c.Key].Id, c => c.Value);
        return items.Where(i => i.Status == ItemStatus.Published && kinds.ContainsKey(i.ColumnId))
            .Select(i => Engagement(town, kinds[i.ColumnId], Day(i.PublishedAt!.Value), i.Title, today))
            .ToList();
    }

    private static EngagementRecord Engagement(DemoTown town, EngagementKind kind, DateOnly on, string title, DateOnly today)
    {
        var r = EngagementRecord.Record(town.AgencyId, new EngagementEntry(kind, on, title, null, false), town.Editor, today);
        return r.Record ?? throw Refused($"演示记录“{title}”", r.Refusals);
    }

    /// <summary>Requests spread over the year, about one every few weeks, each answered within the 2008 条例's 15 working days.</summary>
    private static List<InfoRequest> HistoryRequests(DemoTown town, DemoText text, DemoHistoryRequests script, Random rng)
    {
        var days = script.List
            .Select((_, i) => RandomWorkday(rng, script.FirstFrom.AddDays(i * script.EveryDays), script.FirstFrom.AddDays(i * script.EveryDays + script.WindowDays)))
            .ToList();
        var list = new List<InfoRequest>();
        for (var i = 0; i < script.List.Length; i++)
        {
            var (applicant, subject, outcome, proof) = script.List[i];
            var received = days[i];
            var submitted = At(received, 10 * 60 + rng.Next(0, 300));
            var r = NewRequest(town, text, $"{script.TrackingPrefix}{i + 1:0000}", script.Channel, received, applicant, subject, submitted);
            Apply(r, new RequestStep(RequestAction.Accept, received), town.Handler);
            var answered = Calendar.Due(received, rng.Next(3, 13)).Date;
            var answer = script.Answers[outcome];
            Apply(r, new RequestStep(RequestAction.Answer, answered, outcome.Label(), Outcome: outcome, LegalBasis: answer.LegalBasis, AnswerText: answer.Text), town.Handler);
            Apply(r, new RequestStep(RequestAction.Deliver, answered, DeliveryProof: proof), town.Handler);
            Apply(r, new RequestStep(RequestAction.Close, answered), town.Handler);
            list.Add(r);
        }

        return list;
    }

    private static RequestStep ToStep(DemoText text, DemoRequestStep s, DateOnly on) => s.Action switch
    {
        RequestAction.Answer => new RequestStep(
            RequestAction.Answer, on, s.Outcome!.Value.Label(), Outcome: s.Outcome, LegalBasis: s.LegalBasis, AnswerText: s.Text, RedirectedTo: s.RedirectedTo),
        RequestAction.Deliver => new RequestStep(RequestAction.Deliver, on, DeliveryProof: s.Proof is null ? null : text.Script(s.Proof)),
        _ => new RequestStep(s.Action, on, s.Note, s.Days, ApprovedBy: s.ApprovedBy),
    };

    private static InfoRequest NewRequest(
        DemoTown town, DemoText text, string trackingCode, RequestChannel channel, DateOnly received, string name, string subject, DateTimeOffset submittedAt)
    {
        var village = text.Village();
        var online = channel is RequestChannel.Online;
        // Nobody holds the query key of a demo request: a random key's hash, the key itself discarded.
        var r = InfoRequest.Create(town.AgencyId, trackingCode, ApiTokenService.Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(16))), submittedAt,
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
                Email: online ? text.Script("applicant{#100-999}@example.com") : null,
                Address: $"示范县{town.Short}{village}",
                subject,
                $"本人系{town.Short}{village}村民，{subject.Replace("申请公开", "申请公开有关", StringComparison.Ordinal)}，以便了解与本人相关的政策执行情况。",
                Purpose: "了解与本人切身利益相关的情况",
                online ? DeliveryMethod.Email : channel == RequestChannel.InPerson ? DeliveryMethod.CollectInPerson : DeliveryMethod.Post));
        r.ApplicantKey = RequestIntake.ApplicantKey(r);
        var refused = r.Open(online ? OnlineApplicant : town.Handler, channel.Label() + "；" + channel.ReceiptRule(), new StepContext(Calendar, submittedAt));
        if (refused.Count > 0)
        {
            throw Refused($"演示申请 {trackingCode}", refused);
        }

        return r;
    }

    /// <summary>Takes a step through the request aggregate, like a handler would; a step the law refuses fails loudly.</summary>
    private static void Apply(InfoRequest r, RequestStep step, string actor)
    {
        var refused = r.Apply(step, actor, new StepContext(Calendar, At(step.On!.Value, 16 * 60)));
        if (refused.Count > 0)
        {
            throw Refused($"演示申请 {r.TrackingCode}", refused);
        }
    }

    private static void Check(CatalogItem item, Refusal? refused)
    {
        if (refused is not null)
        {
            throw Refused($"演示信息“{item.Title}”", [refused]);
        }
    }

    private static CatalogItem Expect(CatalogItem item, ItemStatus status) =>
        item.Status == status ? item : throw new InvalidOperationException($"演示信息“{item.Title}”应为“{status.Label()}”，实为“{item.Status.Label()}”。");

    private static InvalidOperationException Refused(string what, IEnumerable<Refusal> refusals) =>
        new($"{what}：{string.Join("；", refusals.Select(x => x.Message))}");

    private static DateOnly Back(DateOnly day, int n) => Calendar.Before(day, n);

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

    /// <summary>A "MM-dd" of the data files in <paramref name="year"/>.</summary>
    private static DateOnly MonthDay(int year, string monthDay) =>
        DateOnly.ParseExact($"{year:0000}-{monthDay}", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset At(DateOnly day, int minuteOfDay) =>
        ChinaTime.At(day, TimeOnly.MinValue).AddMinutes(minuteOfDay);

    private static DateOnly Day(DateTimeOffset at) => ChinaTime.Day(at);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>What the demo writes into an item before the editor's input rules see it.</summary>
    private sealed record DemoItemContent(
        string Title, string[] Paragraphs, string Keywords, string? DocumentNumber = null, DateOnly? WrittenOn = null, Validity? Validity = null,
        DateOnly? EffectiveOn = null, DateOnly? EndedOn = null);
}
