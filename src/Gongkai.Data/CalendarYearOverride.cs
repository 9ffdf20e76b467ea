using Gongkai.Core.Auditing;

namespace Gongkai.Data;

/// <summary>
/// A year of the holiday calendar added or corrected by a platform admin (e.g. next year's State Council notice,
/// published each December). Stored in the same text format as the embedded file; it replaces that year.
/// </summary>
public sealed class CalendarYearOverride : IAudited
{
    public int Year { get; set; }

    public required string Content { get; set; }

    /// <summary>The notice this year was taken from (e.g. 国办发明电〔2026〕N号).</summary>
    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Adding next year and correcting a year are one act: the year's holidays as the State Council published them.</summary>
    public string? AuditAction(AuditedChange change) => $"更正{Year}年节假日安排";
}
