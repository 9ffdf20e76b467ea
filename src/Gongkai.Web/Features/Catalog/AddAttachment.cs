using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// 信息编辑 attaches a file to a draft: checked by content, not by name, and its DOCX/XLSX/PDF text extracted so the
/// scan (涉密信息不上网, personal data) and search see it.
/// </summary>
public sealed class AddAttachmentHandler(CatalogStore store)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var (act, stop) = await store.BeginAsync(id, _ => StaffRole.Editor, ct);
        if (act is null)
        {
            return stop;
        }

        var (upload, error) = await RequestAttachments.ReadAsync(file, ItemAttachment.MaxBytes, ct);
        if (upload is null)
        {
            return Outcome<CatalogItem>.Fail(new Validation().Add("file", error!));
        }

        var attachment = new ItemAttachment
        {
            FileName = upload.FileName, ContentType = upload.ContentType, Length = upload.Content.LongLength, Sha256 = upload.Sha256,
            Content = upload.Content, Text = CatalogText.ExtractText(upload.Extension, upload.Content),
        };
        return await store.FinishAsync(act, act.Item.AddAttachment(attachment, act.At), ct);
    }
}
