using System.Security.Cryptography;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// 信息编辑 attaches a file to a draft: checked by content, not by name, and its DOCX/XLSX/PDF text extracted so the
/// scan (涉密信息不上网, personal data) and search see it.
/// </summary>
public sealed class AddAttachmentHandler(StaffContext me, CatalogStore store, TimeProvider clock)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var item = await store.LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Editor, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var v = new Validation();
        if (file is null || file.Length == 0)
        {
            return Outcome<CatalogItem>.Fail(v.Add("file", "请选择要上传的文件。"));
        }

        if (file.Length > ItemAttachment.MaxBytes)
        {
            return Outcome<CatalogItem>.Fail(v.Add("file", $"文件不能超过{ItemAttachment.MaxBytes / 1024 / 1024}MB。"));
        }

        var name = RequestAttachments.SafeFileName(file.FileName);
        var ext = Path.GetExtension(name);
        if (RequestAttachments.ContentTypeFor(ext) is not { } contentType)
        {
            return Outcome<CatalogItem>.Fail(v.Add("file", "只能上传PDF、DOCX、XLSX、PNG或JPG文件。"));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!RequestAttachments.ContentMatches(ext, bytes))
        {
            return Outcome<CatalogItem>.Fail(v.Add("file", $"文件内容与扩展名“{ext}”不符，请上传真实的{ext.TrimStart('.').ToUpperInvariant()}文件。"));
        }

        var attachment = new ItemAttachment
        {
            FileName = name, ContentType = contentType, Length = bytes.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes, Text = CatalogText.ExtractText(ext, bytes),
        };
        if (item.AddAttachment(attachment, clock.GetUtcNow()) is { } refused)
        {
            return refused.Fail<CatalogItem>();
        }

        await store.SaveAsync(item, "上传附件", ct);
        return Outcome<CatalogItem>.Ok(item);
    }
}
