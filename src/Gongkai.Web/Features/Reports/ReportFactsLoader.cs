namespace Gongkai.Web.Features.Reports;

/// <summary>
/// Reads an agency's records into the plain facts the statistics engine counts. The mapping from records to facts is
/// written down here (and in the README):
/// <list type="bullet">
/// <item>request outcome and its date: the answer (<c>AnsweredOn</c>), or the 逾期未补正 / 逾期未缴费 closing event;</item>
/// <item>withdrawn: status 已撤回, dated by the withdrawal event; extended: any 延期 event; answered late: answered after the
/// due date the clock computed; fee: the amount of a request whose fee was paid;</item>
/// <item>redirected (legacy 不属于本行政机关公开): 本机关不掌握 with the holding agency named; already public (legacy 属于已主动公开范围):
/// 予以公开 whose legal basis cites 第三十六条第（一）项;</item>
/// <item>items: 规范性文件 are the items of columns with validity (有效性); 规章 are never made by townships and are not
/// recorded; withdrawn on the day of the 撤回 event; channels other than the portal from the channel records.</item>
/// </list>
/// </summary>
public sealed class ReportFactsLoader(GongkaiDbContext db)
{
    /// <summary>The facts of <paramref name="agencyId"/> relevant to <paramref name="period"/> (and, for 上年结转, before it).</summary>
    public async Task<ReportFacts> LoadAsync(int agencyId, ReportPeriod period, CancellationToken ct)
    {
        var to = period.To;
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.ReceivedOn <= to && r.Status != RequestStatus.Voided)
            .Select(r => new
            {
                r.Id, r.ApplicantType, r.Channel, r.ReceivedOn, r.Status, r.Outcome, r.AnsweredOn, r.DueOn, r.RedirectedTo, r.LegalBasis, r.FeeAmount,
            })
            .ToListAsync(ct);
        RequestAction[] marks = [RequestAction.Withdraw, RequestAction.Extend, RequestAction.CorrectionExpired, RequestAction.FeeExpired, RequestAction.FeePaid];
        var events = (await db.RequestEvents.AsNoTracking()
                .Where(e => marks.Contains(e.Action) && db.Requests.Any(r => r.Id == e.RequestId && r.AgencyId == agencyId && r.ReceivedOn <= to && r.Status != RequestStatus.Voided))
                .Select(e => new { e.RequestId, e.Action, e.On })
                .ToListAsync(ct))
            .ToLookup(e => e.RequestId);

        var requestFacts = requests.Select(r =>
        {
            var ev = events[r.Id].ToList();
            DateOnly? On(RequestAction a) => ev.Where(e => e.Action == a).Select(e => (DateOnly?)e.On).Max();
            var withdrawn = r.Status == RequestStatus.Withdrawn;
            var decidedOn = r.AnsweredOn
                ?? (r.Outcome == RequestOutcome.OtherNoCorrection ? On(RequestAction.CorrectionExpired)
                : r.Outcome == RequestOutcome.OtherFeeUnpaid ? On(RequestAction.FeeExpired) : null);
            return new RequestFact(
                r.Id,
                r.ApplicantType,
                r.Channel,
                r.ReceivedOn,
                withdrawn ? null : r.Outcome,
                withdrawn ? null : decidedOn,
                withdrawn,
                withdrawn ? On(RequestAction.Withdraw) : null,
                ev.Any(e => e.Action == RequestAction.Extend),
                InfoRequest.IsLate(r.AnsweredOn, r.DueOn),
                ev.Any(e => e.Action == RequestAction.FeePaid) ? r.FeeAmount : 0m,
                Redirected: r.Outcome == RequestOutcome.UnavailableNotHeld && !string.IsNullOrWhiteSpace(r.RedirectedTo),
                AlreadyPublic: r.Outcome == RequestOutcome.Disclosed && (r.LegalBasis ?? "").Contains("第三十六条第（一）项", StringComparison.Ordinal));
        }).ToList();

        var normativeColumns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == agencyId)
            .Select(c => new { c.Id, c.Key, c.HasValidity }).ToDictionaryAsync(c => c.Id, ct);
        var items = await db.CatalogItems.AsNoTracking()
            .Where(i => i.AgencyId == agencyId && (i.PublishedAt != null || i.WrittenOn != null))
            .Select(i => new { i.Id, i.ColumnId, i.PublishedAt, i.WrittenOn, i.Validity, i.EndedOn, i.Status })
            .ToListAsync(ct);
        var channels = (await db.CatalogItemChannels.AsNoTracking()
                .Where(c => c.Channel != PublicationChannel.Website && db.CatalogItems.Any(i => i.Id == c.ItemId && i.AgencyId == agencyId))
                .Select(c => new { c.ItemId, c.Channel }).ToListAsync(ct))
            .ToLookup(c => c.ItemId, c => c.Channel);
        var withdrawals = (await db.CatalogItemEvents.AsNoTracking()
                .Where(e => e.Action == ItemAction.Withdraw && db.CatalogItems.Any(i => i.Id == e.ItemId && i.AgencyId == agencyId))
                .Select(e => new { e.ItemId, e.At }).ToListAsync(ct))
            .GroupBy(e => e.ItemId).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        var itemFacts = items.Select(i =>
        {
            var column = normativeColumns[i.ColumnId];
            var withdrawn = i.Status == ItemStatus.Withdrawn;
            return new ItemFact(
                i.Id, column.Key, column.HasValidity, false, i.PublishedAt is { } p ? ChinaTime.Day(p) : null, i.WrittenOn, i.Validity, i.EndedOn,
                channels[i.Id].Distinct().ToList(), withdrawn, withdrawn && withdrawals.TryGetValue(i.Id, out var w) ? ChinaTime.Day(w) : null);
        }).ToList();

        var remedies = await db.RemedyCases.AsNoTracking().Where(r => r.AgencyId == agencyId && r.FiledOn <= to)
            .Select(r => new RemedyFact(r.Id, r.Kind, r.FiledOn, r.Result, r.DecidedOn)).ToListAsync(ct);
        var from = period.From;
        var engagement = await db.EngagementRecords.AsNoTracking().Where(e => e.AgencyId == agencyId && e.On >= from && e.On <= to)
            .Select(e => new EngagementFact(e.Id, e.Kind, e.On, e.PrincipalAttended)).ToListAsync(ct);
        var year = period.To.Year;
        var manual = await db.ReportFigures.AsNoTracking().Where(f => f.AgencyId == agencyId && f.Year == year)
            .Select(f => new ManualFigure(f.Key, f.Value, f.EnteredBy, f.EnteredAt)).ToListAsync(ct);

        return new ReportFacts(period, requestFacts, itemFacts, remedies, engagement, manual);
    }
}
