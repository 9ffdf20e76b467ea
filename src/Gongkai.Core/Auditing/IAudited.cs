namespace Gongkai.Core.Auditing;

/// <summary>How a row changes in a save; the audit log's default verbs are 创建, 修改 and 删除.</summary>
public enum AuditedChange
{
    Created = 1,
    Modified = 2,
    Deleted = 3,
}

/// <summary>
/// A row that names its own changes in the audit log ("提交保密审查", "登记行政复议", "恢复默认告知书模板") instead of the
/// default 创建/修改/删除. The audit interceptor asks while saving: an aggregate answers with the step its last method
/// applied, any other row from what it is and how it changes.
/// </summary>
public interface IAudited
{
    /// <summary>The verb of this row's change in the save now running, or null for the default verb.</summary>
    /// <param name="change">Whether the row is being created, modified or deleted.</param>
    string? AuditAction(AuditedChange change);

    /// <summary>
    /// The change has been saved with its audit row: a step recorded for it is spent, so a later save of the same
    /// instance is not named after it (like a domain event cleared once dispatched).
    /// </summary>
    void Audited()
    {
    }
}

/// <summary>
/// A row that is only ever added: the audit log itself, a request's or an item's timeline, an item's kept versions.
/// Saving a modification or a deletion of one is refused; being a record already, it gets no audit row of its own.
/// </summary>
public interface IAppendOnly
{
}

/// <summary>
/// A record the public portal shows. Every change of it is announced in the outbox, in the same transaction as the change,
/// so that every web node's search index and cached portal pages follow it.
/// </summary>
public interface IPublishesToPortal : Agencies.IAgencyOwned
{
    /// <summary>The key the outbox message names.</summary>
    int Id { get; }

    /// <summary>The outbox topic of its changes (e.g. "catalog-item").</summary>
    string OutboxTopic { get; }
}
