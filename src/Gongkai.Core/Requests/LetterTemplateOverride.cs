using Gongkai.Core.Auditing;

namespace Gongkai.Core.Requests;

/// <summary>An agency's own wording of one reply letter (告知书); absent = the default template.</summary>
public sealed class LetterTemplateOverride : Gongkai.Core.Agencies.IAgencyOwned, IAudited
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>The letter kind's name (Gongkai.Documents.Letters.LetterKind), e.g. "Answer".</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>Deleting the agency's wording puts the default template back.</summary>
    public string? AuditAction(AuditedChange change) => change == AuditedChange.Deleted ? "恢复默认告知书模板" : "修改告知书模板";
}
