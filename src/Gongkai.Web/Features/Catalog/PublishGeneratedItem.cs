namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// Publishes an item the system wrote from content already reviewed and published elsewhere (the annual report), with
/// a 索引号 as usual. The item still refuses a 密级 marking.
/// </summary>
public sealed class PublishGeneratedItemHandler(CatalogStore store, TimeProvider clock)
{
    public async Task<Refusal?> HandleAsync(CatalogItem item, string actor, CancellationToken ct)
    {
        if (item.PublishGenerated(actor, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        await store.SaveAsync(item, ct);
        return null;
    }
}
