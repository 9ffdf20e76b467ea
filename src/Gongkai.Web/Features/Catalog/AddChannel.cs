namespace Gongkai.Web.Features.Catalog;

/// <summary>Another channel the item went out on.</summary>
public sealed record ChannelInput(PublicationChannel? Channel, DateOnly? On, string? Link);

/// <summary>
/// 信息编辑 records that a published item also went out on 政务微信, 微博, 公报 or a 公开栏 (the annual report counts each
/// item once, whatever its channels).
/// </summary>
public sealed class AddChannelHandler(CatalogStore store)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, ChannelInput input, CancellationToken ct)
    {
        var (act, stop) = await store.BeginAsync(id, _ => StaffRole.Editor, ct);
        if (act is null)
        {
            return stop;
        }

        var v = new Validation();
        if (input.Channel is null)
        {
            v.Add("Channel", "请选择渠道（政务微信、政务微博、政府公报、公开栏或其他）；政府网站发布由系统自动记录。");
        }

        if (input.On is null)
        {
            v.Add("On", "请填写发布日期。");
        }

        var link = input.Link?.Trim();
        v.Text("Link", "链接", link, 500, required: false);
        if (!string.IsNullOrEmpty(link) && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            v.Add("Link", "链接应以 http:// 或 https:// 开头。");
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var refused = act.Item.RecordChannel(input.Channel!.Value, input.On!.Value, string.IsNullOrEmpty(link) ? null : link, act.At);
        return await store.FinishAsync(act, refused, ct);
    }
}
