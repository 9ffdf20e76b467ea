using Gongkai.Web.Features.Requests;
using ItemValidity = Gongkai.Core.Catalog.Validity;

namespace Gongkai.Web.Features.Catalog;

/// <summary>A draft's fields as the editor sends them (API JSON or the item form).</summary>
public sealed record ItemInput(
    int? ColumnId, string? Title, string? Publisher, string? DocumentNumber, DateOnly? WrittenOn, string? Topic, string? Keywords,
    Validity? Validity, DateOnly? EffectiveOn, DateOnly? EndedOn, string? BodyHtml, DateTimeOffset? ScheduledAt, int? InterpretsItemId)
{
    /// <summary>Field by field, in Chinese: lengths, a column of this agency, 有效性 for 规范性文件, a non-empty body.</summary>
    public async Task<Validation> ValidateAsync(GongkaiDbContext db, int agencyId, int? itemId, CancellationToken ct)
    {
        var column = ColumnId is null ? null : await db.CatalogColumns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == ColumnId && c.AgencyId == agencyId, ct);
        var v = Validate(column);
        if (InterpretsItemId is { } target && !await db.CatalogItems.AnyAsync(i => i.Id == target && i.AgencyId == agencyId && i.Id != itemId, ct))
        {
            v.Add("InterpretsItemId", "所解读的文件不是本机关的信息。");
        }

        return v;
    }

    /// <summary>
    /// The rules that need only the item's <paramref name="column"/> (null: not one of the agency's columns), for a
    /// caller that holds it already (the demo seed); <see cref="ValidateAsync"/> adds the 解读 target's check.
    /// </summary>
    public Validation Validate(CatalogColumn? column)
    {
        var v = new Validation()
            .Text("Title", "标题", Title, CatalogItem.MaxTitleLength)
            .Text("Publisher", "发布机构", Publisher, 100, required: false)
            .Text("DocumentNumber", "文号", DocumentNumber, 100, required: false)
            .Text("Topic", "主题分类", Topic, 50, required: false)
            .Text("Keywords", "关键词", Keywords, 200, required: false)
            .Text("BodyHtml", "正文", BodyHtml, CatalogItem.MaxBodyLength);
        if (column is null || column.Id != ColumnId)
        {
            v.Add("ColumnId", "请选择本机关的公开栏目。");
        }
        else if (column.HasValidity)
        {
            if (Validity is null or ItemValidity.NotApplicable || !Enum.IsDefined(Validity.Value))
            {
                v.Add("Validity", "规范性文件请选择有效性（有效、失效或废止）。");
            }
            else if (Validity != ItemValidity.Effective && EndedOn is null)
            {
                v.Add("EndedOn", "失效或废止的文件请填写失效（废止）日期。");
            }
        }

        if (EffectiveOn is { } from && EndedOn is { } to && to < from)
        {
            v.Add("EndedOn", "失效（废止）日期不能早于施行日期。");
        }

        if (BodyHtml is { Length: > 0 } body && body.Length <= CatalogItem.MaxBodyLength && CatalogText.PlainText(CatalogText.Sanitize(body)).Length == 0)
        {
            v.Add("BodyHtml", "正文不能为空（去除不允许的标记后没有内容）。");
        }

        return v;
    }

    /// <summary>The validated input as the aggregate takes it: trimmed, the body sanitized, the agency as default 发布机构.</summary>
    public ItemContent ToContent(string agencyName)
    {
        var html = CatalogText.Sanitize(BodyHtml!);
        return new ItemContent(
            ColumnId!.Value, RequestInput.Clean(Title)!, RequestInput.Clean(Publisher) ?? agencyName, RequestInput.Clean(DocumentNumber), WrittenOn,
            RequestInput.Clean(Topic), RequestInput.Clean(Keywords), Validity ?? ItemValidity.NotApplicable, EffectiveOn, EndedOn, html,
            CatalogText.PlainText(html), ScheduledAt, InterpretsItemId);
    }
}
