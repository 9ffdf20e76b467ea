using Gongkai.Web.Features.Catalog;

namespace Gongkai.Web.Features.Reports;

/// <summary>
/// Publishes a report (POST …/publish, 条例第四十九条): the agency admin asks, the report decides (refused while its year
/// runs, a check fails unexplained, a manual figure is missing, 总体情况 is empty, or once published) and freezes its
/// figures; the report then goes into the agency's 政府信息公开年报 column on the portal.
/// </summary>
public sealed class PublishReportHandler(GongkaiDbContext db, EditableReports editable, ReportCalculator calculator, ReportViews views, PublishGeneratedItemHandler publishItem, TimeProvider clock)
{
    public async Task<Outcome<ReportView>> HandleAsync(string agencyCode, int year, CancellationToken ct)
    {
        var loaded = await editable.LoadAsync(agencyCode, year, ct);
        if (loaded.Value is not { } e)
        {
            return loaded.Refused<ReportView>();
        }

        var (agency, report) = (e.Agency, e.Report);
        var stats = await calculator.ComputeAsync(agency.Id, report.Period, report.Format, ct);
        var refusals = report.Publish(stats, e.Editor, clock.GetUtcNow());
        if (refusals.Count > 0)
        {
            return Outcome<ReportView>.Fail(Validation.Of(refusals));
        }

        await db.SaveChangesAsync(ct);

        // The portal's 政府信息公开年报 column links to the report page (its item is found by search like any other).
        var column = await db.CatalogColumns.AsNoTracking().FirstOrDefaultAsync(c => c.AgencyId == agency.Id && c.Key == "nianbao", ct);
        if (column is not null)
        {
            var body = (report.Overview ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await publishItem.HandleAsync(new CatalogItem
            {
                AgencyId = agency.Id,
                ColumnId = column.Id,
                Title = $"{agency.Name}{year}年政府信息公开工作年度报告",
                Publisher = agency.Name,
                BodyHtml = string.Concat(body.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"))
                    + $"<p><a href=\"/{agency.Code}/reports/{year}\">查看年度报告全文及统计表</a></p>",
                BodyText = string.Join('\n', body),
                Topic = "综合政务",
                Keywords = "政府信息公开 年度报告",
                CreatedBy = e.UserName,
            }, e.UserName, ct);
        }

        return Outcome<ReportView>.Ok(await views.BuildAsync(agency, year, report, null, mayEdit: true, ct));
    }
}
