using System.IO.Compression;
using System.Security.Cryptography;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Requests;

/// <summary>
/// Documents released with an answer. A file is accepted only when its content is what its name says (PDF, DOCX,
/// XLSX, PNG, JPEG): a renamed executable or script is refused, whatever its extension or declared type.
/// </summary>
public sealed class RequestAttachments(GongkaiDbContext db, RequestAccess access, AgencyScope scope, StaffContext me, TimeProvider clock)
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public async Task<Outcome<RequestAttachment>> AddAsync(int requestId, IFormFile? file, CancellationToken ct)
    {
        var loaded = await access.ForHandlingAsync(requestId, withEvents: false, ct);
        if (loaded.Value is not { } request)
        {
            return loaded.Refused<RequestAttachment>();
        }

        var v = new Validation();
        if (file is null || file.Length == 0)
        {
            return Outcome<RequestAttachment>.Fail(v.Add("file", "请选择要上传的文件。"));
        }

        if (file.Length > RequestAttachment.MaxBytes)
        {
            return Outcome<RequestAttachment>.Fail(v.Add("file", $"文件不能超过{RequestAttachment.MaxBytes / 1024 / 1024}MB。"));
        }

        var name = SafeFileName(file.FileName);
        var ext = Path.GetExtension(name);
        if (!Types.TryGetValue(ext, out var contentType))
        {
            return Outcome<RequestAttachment>.Fail(v.Add("file", "只能上传PDF、DOCX、XLSX、PNG或JPG文件。"));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!ContentMatches(ext, bytes))
        {
            return Outcome<RequestAttachment>.Fail(v.Add("file", $"文件内容与扩展名“{ext}”不符，请上传真实的{ext.TrimStart('.').ToUpperInvariant()}文件。"));
        }

        var s = await me.GetAsync(ct);
        var attachment = new RequestAttachment
        {
            RequestId = request.Id,
            FileName = name,
            ContentType = contentType,
            Length = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = s!.UserName,
        };
        db.RequestAttachments.Add(attachment);
        db.PendingAction = "上传答复附件";
        await db.SaveChangesAsync(ct);
        return Outcome<RequestAttachment>.Ok(attachment);
    }

    public async Task<RequestAttachment?> GetAsync(int requestId, int attachmentId, CancellationToken ct)
    {
        var agencyId = await db.Requests.Where(r => r.Id == requestId).Select(r => (int?)r.AgencyId).FirstOrDefaultAsync(ct);
        if (agencyId is null || !await scope.CanAsync(agencyId.Value, AgencyAccess.ReadRequests, ct))
        {
            return null;
        }

        return await db.RequestAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId, ct);
    }

    /// <summary>The content type for an allowed extension, or null when the extension is not allowed.</summary>
    public static string? ContentTypeFor(string ext) => Types.GetValueOrDefault(ext);

    public static string SafeFileName(string raw)
    {
        var name = Path.GetFileName(raw.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (name.Length > 200)
        {
            name = name[..(200 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        }

        return name.Length == 0 ? "附件" : name;
    }

    public static bool ContentMatches(string ext, byte[] bytes)
    {
        switch (ext.ToLowerInvariant())
        {
            case ".pdf":
                return bytes.AsSpan().StartsWith("%PDF-"u8);
            case ".png":
                return bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            case ".jpg" or ".jpeg":
                return bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF });
            case ".docx" or ".xlsx":
                if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
                {
                    return false;
                }

                try
                {
                    using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                    var part = ext.Equals(".docx", StringComparison.OrdinalIgnoreCase) ? "word/document.xml" : "xl/workbook.xml";
                    return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(part) is not null;
                }
                catch (InvalidDataException)
                {
                    return false;
                }

            default:
                return false;
        }
    }
}
