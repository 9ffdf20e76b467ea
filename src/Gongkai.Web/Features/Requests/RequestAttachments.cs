using System.IO.Compression;
using System.Security.Cryptography;

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

        var (upload, error) = await ReadAsync(file, RequestAttachment.MaxBytes, ct);
        if (upload is null)
        {
            return Outcome<RequestAttachment>.Fail(new Validation().Add("file", error!));
        }

        var s = await me.GetAsync(ct);
        var attachment = new RequestAttachment
        {
            RequestId = request.Id,
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Length = upload.Content.LongLength,
            Sha256 = upload.Sha256,
            Content = upload.Content,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = s!.UserName,
        };
        db.RequestAttachments.Add(attachment);
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

    /// <summary>
    /// Reads an upload and checks it: present, at most <paramref name="maxBytes"/>, an allowed type whose content is what
    /// its extension says. Otherwise the Chinese message for the form's <c>file</c> field.
    /// </summary>
    public static async Task<(CheckedUpload? Upload, string? Error)> ReadAsync(IFormFile? file, long maxBytes, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "请选择要上传的文件。");
        }

        if (file.Length > maxBytes)
        {
            return (null, $"文件不能超过{maxBytes / 1024 / 1024}MB。");
        }

        var name = SafeFileName(file.FileName);
        var ext = Path.GetExtension(name);
        if (!Types.TryGetValue(ext, out var contentType))
        {
            return (null, "只能上传PDF、DOCX、XLSX、PNG或JPG文件。");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        return ContentMatches(ext, bytes)
            ? (new CheckedUpload(name, ext, contentType, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))), null)
            : (null, $"文件内容与扩展名“{ext}”不符，请上传真实的{ext.TrimStart('.').ToUpperInvariant()}文件。");
    }

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

/// <summary>An uploaded file whose content is what its name says (<see cref="RequestAttachments.ReadAsync"/>).</summary>
public sealed record CheckedUpload(string FileName, string Extension, string ContentType, byte[] Content, string Sha256);
