using Gongkai.Core.Agencies;
using Gongkai.Core.Auditing;

namespace Gongkai.Core.Requests;

/// <summary>
/// A document released with an answer (or received with a request). Content is stored with the record; the audit log
/// describes it by its size only. Part of the request: its agency is the request's.
/// </summary>
public sealed class RequestAttachment : IAgencyOwnedPart, IAudited
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public int Id { get; set; }

    public int RequestId { get; set; }

    public InfoRequest? Request { get; set; }

    IAgencyOwned? IAgencyOwnedPart.Owner => Request;

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>Hex SHA-256 of the content, shown on the letter so the applicant can check what was released.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }

    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? "上传答复附件" : null;
}
