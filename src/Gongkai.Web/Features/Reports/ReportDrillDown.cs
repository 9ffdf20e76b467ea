namespace Gongkai.Web.Features.Reports;

/// <summary>A record a cell counts, for the drill-down.</summary>
/// <param name="Kind">request, item, remedy or engagement.</param>
public sealed record CellRecord(string Kind, int Id, string Label, string? Detail, string Link);

/// <summary>Resolves a cell's record ids into the records, with links into the back office.</summary>
public sealed class ReportDrillDown(GongkaiDbContext db)
{
    /// <summary>What a row counts, by its key.</summary>
    public static string KindOf(string rowKey) =>
        rowKey.StartsWith("t2.", StringComparison.Ordinal) || rowKey.StartsWith("legacy.proactive", StringComparison.Ordinal) ? "item"
        : rowKey.StartsWith("t4.", StringComparison.Ordinal) || rowKey.StartsWith("legacy.reconsideration", StringComparison.Ordinal)
          || rowKey.StartsWith("legacy.litigation", StringComparison.Ordinal) || rowKey.StartsWith("legacy.complaints", StringComparison.Ordinal) ? "remedy"
        : rowKey.StartsWith("legacy.response", StringComparison.Ordinal) ? "engagement"
        : "request";

    /// <summary>The records behind a cell; requests show only their number to staff who may not read requests (条例 privacy:
    /// only 依申请经办人, supervisors and platform admins see requests).</summary>
    public async Task<IReadOnlyList<CellRecord>?> RecordsAsync(ReportStatistics stats, string table, string row, string column, bool canReadRequests, CancellationToken ct)
    {
        var t = stats.Tables.FirstOrDefault(x => x.Key == table);
        var r = t?.Rows.FirstOrDefault(x => x.Key == row);
        var cell = r?.Cells.FirstOrDefault(c => c.Column == column);
        if (cell is null)
        {
            return null;
        }

        return await ResolveAsync(KindOf(row), cell.RecordIds.ToList(), canReadRequests, ct);
    }

    /// <summary>The records behind a failed check: requests unless the rule says otherwise, with the same privacy rule as the figures.</summary>
    public async Task<IReadOnlyList<CellRecord>> CheckRecordsAsync(CheckResult check, bool canReadRequests, CancellationToken ct)
    {
        var kind = check.Rule switch
        {
            "remedies.data" => "remedy",
            "t2.validity" => "item",
            _ => "request",
        };
        return await ResolveAsync(kind, check.RecordIds.ToList(), canReadRequests, ct);
    }

    private async Task<IReadOnlyList<CellRecord>> ResolveAsync(string kind, List<int> ids, bool canReadRequests, CancellationToken ct)
    {
        switch (kind)
        {
            case "item":
                return (await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.PublishedAt)
                        .Select(i => new { i.Id, i.Title, i.IndexNumber, i.PublishedAt, i.Status }).ToListAsync(ct))
                    .Select(i => new CellRecord("item", i.Id, i.Title, $"{i.IndexNumber} {(i.PublishedAt is { } p ? Gongkai.Core.Calendar.ChinaTime.Day(p).ToString("yyyy-MM-dd") : "未发布")}", $"/admin/catalog/{i.Id}"))
                    .ToList();
            case "remedy":
                return (await db.RemedyCases.AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.FiledOn).ToListAsync(ct))
                    .Select(x => new CellRecord("remedy", x.Id, $"{x.Kind.Label()} {x.CaseNumber}", $"{x.FiledOn:yyyy-MM-dd} {x.Result.Label()}", "/admin/remedies"))
                    .ToList();
            case "engagement":
                return (await db.EngagementRecords.AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.On).ToListAsync(ct))
                    .Select(x => new CellRecord("engagement", x.Id, x.Title, $"{x.On:yyyy-MM-dd} {x.Kind.Label()}", "/admin/engagement"))
                    .ToList();
            default:
                if (!canReadRequests)
                {
                    return ids.Select(id => new CellRecord("request", id, $"依申请公开申请 #{id}", "（仅依申请经办人和上级可查看详情）", "")).ToList();
                }

                return (await db.Requests.AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.ReceivedOn)
                        .Select(x => new { x.Id, x.TrackingCode, x.Subject, x.ReceivedOn, x.Status }).ToListAsync(ct))
                    .Select(x => new CellRecord("request", x.Id, $"{x.TrackingCode} {x.Subject}", $"收到 {x.ReceivedOn:yyyy-MM-dd}", $"/admin/requests/{x.Id}"))
                    .ToList();
        }
    }
}
