namespace Gongkai.Web.Features.Reports;

/// <summary>The <c>?format=</c> values of the report pages and API: 2021, 2019 or legacy.</summary>
public static class ReportFormats
{
    /// <summary>All formats, newest first (the order of the format switches).</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [ReportFormat.Format2021, ReportFormat.Format2019, ReportFormat.Legacy];

    /// <summary>Parses the query value; null when absent. False for anything else.</summary>
    public static bool TryParse(string? value, out ReportFormat? format)
    {
        format = value switch
        {
            "2021" => ReportFormat.Format2021,
            "2019" => ReportFormat.Format2019,
            "legacy" => ReportFormat.Legacy,
            _ => null,
        };
        return format is not null || string.IsNullOrEmpty(value);
    }

    public static string Code(ReportFormat f) => f switch
    {
        ReportFormat.Format2021 => "2021",
        ReportFormat.Format2019 => "2019",
        _ => "legacy",
    };
}
