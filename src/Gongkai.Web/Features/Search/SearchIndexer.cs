using Gongkai.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>
/// This node's search index. Each web node keeps its own Lucene index and follows the database: the outbox (written in
/// the same transaction as every catalog change) tells it what to re-read, and the last outbox id applied is stored in
/// the index's commit data, so a node that restarts, or starts with an empty or stale index, catches up by itself.
/// </summary>
public sealed class SearchIndexHost : IDisposable
{
    public const string PositionKey = "outbox";

    public SearchIndexHost(IConfiguration config, IWebHostEnvironment env)
    {
        var path = config["Search:IndexPath"] ?? "data/search-index";
        Index = path == "memory"
            ? new SearchIndex(new Lucene.Net.Store.RAMDirectory())
            : SearchIndex.OpenFolder(Path.IsPathRooted(path) ? path : Path.Combine(env.ContentRootPath, path));
    }

    public SearchIndex Index { get; }

    /// <summary>Serialises writers on this node (the background follower, a CLI or admin rebuild).</summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public void Dispose() => Index.Dispose();
}

public sealed class SearchIndexer(GongkaiDbContext db, SearchIndexHost host)
{
    private const int Batch = 500;

    /// <summary>Applies outbox messages after this node's position; rebuilds first when the index has never been built.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await host.WriteGate.WaitAsync(ct);
        try
        {
            if (host.Index.GetCommitData(SearchIndexHost.PositionKey) is null)
            {
                return await RebuildLockedAsync(ct);
            }

            var position = long.Parse(host.Index.GetCommitData(SearchIndexHost.PositionKey)!, System.Globalization.CultureInfo.InvariantCulture);
            var applied = 0;
            while (true)
            {
                var messages = await db.Outbox.AsNoTracking().Where(m => m.Id > position && m.Topic == OutboxMessage.CatalogItemTopic)
                    .OrderBy(m => m.Id).Take(Batch).ToListAsync(ct);
                if (messages.Count == 0)
                {
                    return applied;
                }

                var ids = messages.Select(m => m.EntityId).Distinct().ToList();
                var docs = await DocumentsAsync(db.CatalogItems.Where(i => ids.Contains(i.Id) && i.Status == ItemStatus.Published), ct);
                foreach (var gone in ids.Except(docs.Select(d => d.Id)))
                {
                    host.Index.Delete(gone); // withdrawn, returned or never published: not searchable
                }

                host.Index.Upsert(docs);
                position = messages[^1].Id;
                CommitAt(position);
                applied += ids.Count;
            }
        }
        finally
        {
            host.WriteGate.Release();
        }
    }

    /// <summary>Rebuilds the whole index from the database (CLI <c>reindex</c>).</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        await host.WriteGate.WaitAsync(ct);
        try
        {
            return await RebuildLockedAsync(ct);
        }
        finally
        {
            host.WriteGate.Release();
        }
    }

    private async Task<int> RebuildLockedAsync(CancellationToken ct)
    {
        // Read the position first: anything that changes during the rebuild is applied again afterwards (upserts are idempotent).
        var position = await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
        host.Index.DeleteAll();
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var docs = await DocumentsAsync(db.CatalogItems.Where(i => i.Status == ItemStatus.Published && i.Id > lastId).OrderBy(i => i.Id).Take(Batch), ct);
            if (docs.Count == 0)
            {
                break;
            }

            host.Index.Upsert(docs);
            count += docs.Count;
            lastId = docs[^1].Id;
        }

        CommitAt(position);
        host.Index.ForceMerge(1);
        return count;
    }

    /// <summary>Commits the index with the outbox position it now reflects, durable together.</summary>
    private void CommitAt(long position) =>
        host.Index.Commit(new Dictionary<string, string> { [SearchIndexHost.PositionKey] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private async Task<List<SearchDocument>> DocumentsAsync(IQueryable<CatalogItem> items, CancellationToken ct)
    {
        var rows = await items.AsNoTracking().OrderBy(i => i.Id).Select(i => new
        {
            i.Id, i.AgencyId, i.ColumnId, i.Title, i.BodyText, i.DocumentNumber, i.IndexNumber, i.Topic, i.PublishedAt,
            Attachments = db.CatalogItemAttachments.Where(a => a.ItemId == i.Id && a.Text != null).Select(a => a.Text!).ToList(),
        }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var agencyIds = rows.Select(r => r.AgencyId).Distinct().ToList();
        var columnIds = rows.Select(r => r.ColumnId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (a.Code, a.Name), ct);
        var columns = await db.CatalogColumns.AsNoTracking().Where(c => columnIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c, ct);
        return rows.Select(r =>
        {
            var column = columns[r.ColumnId];
            return new SearchDocument(r.Id, agencies[r.AgencyId].Code, agencies[r.AgencyId].Name, column.Key, column.Name, r.Title, r.BodyText,
                r.DocumentNumber, r.IndexNumber, r.Topic, column.HasValidity ? "规范性文件" : null, r.PublishedAt ?? DateTimeOffset.MinValue, r.Attachments);
        }).ToList();
    }
}

/// <summary>
/// Follows the outbox (at once after this node's changes, every second for other nodes'), so a published item is
/// searchable within a second and a withdrawn one disappears.
/// </summary>
public sealed class SearchFollower(IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, ILogger<SearchFollower> log)
    : OutboxFollower(scopes, signal, clock, log)
{
    protected override Task CatchUpAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<SearchIndexer>().CatchUpAsync(ct);
}
