namespace Gongkai.Documents.Reports;

/// <summary>
/// Everything one 政府信息公开工作年度报告 (条例第四十九、五十条) shows; the renderers (<see cref="ReportDocx"/>,
/// <see cref="ReportHtml"/>, <see cref="ReportXlsx"/>) add only the official section headings and table headers.
/// </summary>
/// <param name="AgencyName">The reporting agency, e.g. 松江乡人民政府; part of the default title and the signature.</param>
/// <param name="Year">The report year, e.g. 2025.</param>
/// <param name="Overview">一、总体情况: plain text, one paragraph per line. A short line such as "（一）主动公开" becomes a
/// sub-heading, by the same rule as a letter body.</param>
/// <param name="Problems">五、存在的主要问题及改进情况 (plain text, one paragraph per line).</param>
/// <param name="Other">六、其他需要报告的事项 (plain text, one paragraph per line).</param>
/// <param name="Statistics">The computed tables (<see cref="ReportEngine.Compute"/>); its <see cref="ReportStatistics.Format"/>
/// decides the sections. The <c>derived</c> table is not an official table and is never printed.</param>
public sealed record ReportDocumentModel(
    string AgencyName,
    int Year,
    string? Overview,
    string? Problems,
    string? Other,
    ReportStatistics Statistics)
{
    private readonly string? title;

    /// <summary>The report's title; unset or blank means <c>{AgencyName}{Year}年政府信息公开工作年度报告</c>.</summary>
    public string Title
    {
        get => string.IsNullOrWhiteSpace(title)
            ? string.Create(CultureInfo.InvariantCulture, $"{AgencyName.Trim()}{Year}年政府信息公开工作年度报告")
            : title.Trim();
        init => title = value;
    }

    /// <summary>The publication date; when set, the agency signs the report with this date (GB/T 9704 7.3.5) and it
    /// dates the DOCX properties. Null for a draft.</summary>
    public DateOnly? PublishedOn { get; init; }
}
