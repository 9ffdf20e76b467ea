namespace Gongkai.Data;

/// <summary>
/// A change other parts must follow (the search index and the cached portal pages of every web node), written by the
/// audit interceptor for each <see cref="Gongkai.Core.Auditing.IPublishesToPortal"/> row in the same transaction as the
/// change itself, so nothing is lost when a process dies. Consumers keep their own position (the highest Id they applied).
/// </summary>
public sealed class OutboxMessage
{
    public const string CatalogItemTopic = Gongkai.Core.Catalog.CatalogItem.PortalTopic;

    public long Id { get; set; }

    public required string Topic { get; set; }

    public int EntityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What the public searched for and how much it found, for the agency's "looked for, not published" view.</summary>
public sealed class SearchQueryLog
{
    public long Id { get; set; }

    /// <summary>The agency filter of the search, or null for a deployment-wide search.</summary>
    public string? AgencyCode { get; set; }

    /// <summary>The normalised query (Simplified, half-width, lower case).</summary>
    public required string Query { get; set; }

    public int Results { get; set; }

    public DateTimeOffset At { get; set; }
}
