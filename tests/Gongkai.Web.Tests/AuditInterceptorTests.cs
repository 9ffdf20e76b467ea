using System.Globalization;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests;

/// <summary>
/// One migrated SQLite file for <see cref="AuditInterceptorTests"/>, with an agency, a column and a request to hang rows on.
/// No web host: the interceptor as the DbContext is configured with it.
/// </summary>
public sealed class AuditDatabase : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gongkai-audit-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    public OutboxSignal Signal { get; } = new();

    public int AgencyId { get; private set; }

    public int ColumnId { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>A context as one web request gets it: its own interceptor naming the actor.</summary>
    public GongkaiDbContext Open(string actor = "tester")
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>()
            .AddInterceptors(new AuditInterceptor(new SystemActor(actor), Clock, Signal));
        SqliteProvider.Use(options, $"Data Source={path};Foreign Keys=True;Pooling=False");
        return new GongkaiDbContext(options.Options);
    }

    public async ValueTask InitializeAsync()
    {
        await using var db = Open("setup");
        await db.Database.MigrateAsync();
        var agency = new Agency { Code = "audit-town", Name = "审计测试镇人民政府", Level = AgencyLevel.Township };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var column = new CatalogColumn { AgencyId = agency.Id, Key = "dongtai", Name = "工作动态" };
        db.CatalogColumns.Add(column);
        var request = new InfoRequest
        {
            AgencyId = agency.Id, TrackingCode = "AUDT-0001", QueryKeyHash = "hash", ApplicantName = "李四", Subject = "申请公开道路资金", Description = "说明",
            ReceivedOn = new DateOnly(2026, 3, 2), SubmittedAt = Clock.GetUtcNow(),
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        (AgencyId, ColumnId, RequestId) = (agency.Id, column.Id, request.Id);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The audit interceptor on a real SQLite file: entries and outbox messages commit or roll back with the change, parts of
/// an aggregate carry its agency, inserted rows their generated keys, and the log refuses to be rewritten.
/// </summary>
public sealed class AuditInterceptorTests(AuditDatabase data) : IClassFixture<AuditDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CatalogItem Published(string title, string body = "正文") => new()
    {
        AgencyId = data.AgencyId, ColumnId = data.ColumnId, Title = title, Publisher = "审计测试镇人民政府", BodyHtml = $"<p>{body}</p>", BodyText = body,
        CreatedBy = "tester", Status = ItemStatus.Published, PublishedAt = data.Clock.GetUtcNow(),
    };

    private async Task<(int Audit, int Outbox)> CountsAsync()
    {
        await using var db = data.Open();
        return (await db.AuditEntries.CountAsync(Ct), await db.Outbox.CountAsync(Ct));
    }

    private async Task<List<Gongkai.Core.Auditing.AuditEntry>> AuditOfAsync(string entityType, int id)
    {
        await using var db = data.Open();
        var key = id.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEntries.Where(e => e.EntityType == entityType && e.EntityId == key).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_change_the_database_refuses_writes_no_audit_entry_and_no_outbox_message()
    {
        var before = await CountsAsync();
        await using var db = data.Open();
        db.CatalogItems.Add(new CatalogItem
        {
            AgencyId = data.AgencyId, ColumnId = int.MaxValue, Title = "不存在的栏目中的信息", Publisher = "审计测试镇人民政府", BodyHtml = "<p>正文</p>",
            BodyText = "正文", CreatedBy = "tester", Status = ItemStatus.Published,
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        Assert.Null(db.Database.CurrentTransaction);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task When_the_outbox_message_fails_the_change_and_its_audit_entry_roll_back_with_it()
    {
        await using (var setup = data.Open())
        {
            await setup.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER IF NOT EXISTS refuse_outbox BEFORE INSERT ON Outbox WHEN NEW.EntityId IN (SELECT Id FROM CatalogItems WHERE Title = '发件箱拒收的信息') " +
                "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END;", Ct);
        }

        var before = await CountsAsync();
        await using var db = data.Open();
        db.CatalogItems.Add(Published("发件箱拒收的信息"));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        Assert.Null(db.Database.CurrentTransaction);
        Assert.Equal(before, await CountsAsync());
        await using var check = data.Open();
        Assert.False(await check.CatalogItems.AnyAsync(i => i.Title == "发件箱拒收的信息", Ct));

        // The context is still usable: the next save commits with its own entry and message.
        db.ChangeTracker.Clear();
        var next = Published("随后发布的信息");
        db.CatalogItems.Add(next);
        await db.SaveChangesAsync(Ct);
        Assert.Equal((before.Audit + 1, before.Outbox + 1), await CountsAsync());
    }

    [Fact]
    public async Task A_change_inside_the_callers_transaction_is_audited_in_it_and_rolls_back_with_it()
    {
        var before = await CountsAsync();
        await using var db = data.Open();
        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            db.CatalogItems.Add(Published("调用方事务中的信息"));
            await db.SaveChangesAsync(Ct);
            Assert.Same(tx, db.Database.CurrentTransaction);
            await tx.RollbackAsync(Ct);
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Inserted_rows_are_audited_with_their_generated_keys_and_a_published_item_writes_one_outbox_message()
    {
        var woken = data.Signal.Next;
        await using var db = data.Open("songjiang.editor");
        var item = Published("生成主键的信息");
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync(Ct);

        var entry = Assert.Single(await AuditOfAsync("CatalogItem", item.Id));
        Assert.Equal(("songjiang.editor", "创建", data.AgencyId, data.Clock.GetUtcNow()), (entry.Actor, entry.Action, entry.AgencyId, entry.At));
        Assert.Contains($"\"Id\":{item.Id},", entry.After);
        Assert.Null(entry.Before);
        await using var check = data.Open();
        var message = Assert.Single(await check.Outbox.Where(m => m.EntityId == item.Id).ToListAsync(Ct));
        Assert.Equal(OutboxMessage.CatalogItemTopic, message.Topic);
        Assert.True(woken.IsCompleted, "the node's outbox followers are woken once the message is committed");

        // A column is no portal record of its own: audited, not announced.
        var outbox = await check.Outbox.CountAsync(Ct);
        db.CatalogColumns.Add(new CatalogColumn { AgencyId = data.AgencyId, Key = "k" + item.Id, Name = "新栏目" });
        await db.SaveChangesAsync(Ct);
        Assert.Equal(outbox, await check.Outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task Parts_of_an_item_and_of_a_request_are_audited_under_their_agency_with_their_own_verbs()
    {
        // Saved with the item loaded: the parts reach it through their navigation.
        await using var db = data.Open();
        var item = CatalogItem.NewDraft(data.AgencyId, new ItemContent(data.ColumnId, "含电话的通知", "审计测试镇人民政府", null, null, null, null,
            Validity.NotApplicable, null, null, "<p>联系电话13800138000</p>", "联系电话13800138000", null, null), "editor", data.Clock.GetUtcNow());
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync(Ct);
        data.Clock.Advance(TimeSpan.FromMinutes(1));
        var finding = Assert.Single(item.OpenFindings(PublishedNumbers.None));
        Assert.Null(item.AllowFinding(finding.Kind, finding.Text, "公开的办事电话", PublishedNumbers.None, "reviewer", data.Clock.GetUtcNow()));
        Assert.Null(item.AddAttachment(new ItemAttachment { FileName = "通知.pdf", ContentType = "application/pdf", Length = 5, Sha256 = "x", Content = "%PDF-"u8.ToArray() }, data.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);

        // Saved by the parent's key alone, the parent not loaded: the interceptor finds it.
        var published = Published("记录渠道的信息");
        db.CatalogItems.Add(published);
        await db.SaveChangesAsync(Ct);
        await using (var other = data.Open())
        {
            other.CatalogItemChannels.Add(new ItemChannel { ItemId = published.Id, Channel = PublicationChannel.WeChat, On = new DateOnly(2026, 3, 2) });
            other.RequestAttachments.Add(new RequestAttachment
            {
                RequestId = data.RequestId, FileName = "答复.pdf", ContentType = "application/pdf", Length = 5, Sha256 = "y", Content = "%PDF-"u8.ToArray(),
                UploadedBy = "handler",
            });
            await other.SaveChangesAsync(Ct);
        }

        await using var check = data.Open();
        var parts = await check.AuditEntries.Where(e => e.EntityType == "ScanOverride" || e.EntityType == "ItemAttachment" || e.EntityType == "ItemChannel" || e.EntityType == "RequestAttachment")
            .ToListAsync(Ct);
        Assert.Equal(["ItemAttachment", "ItemChannel", "RequestAttachment", "ScanOverride"], parts.Select(e => e.EntityType).Distinct().Order(StringComparer.Ordinal));
        Assert.All(parts, e => Assert.Equal(data.AgencyId, e.AgencyId));
        Assert.Contains(parts, e => e.EntityType == "ScanOverride" && e.Action == "审查员允许公开检查项");
        Assert.Contains(parts, e => e.EntityType == "ItemAttachment" && e.Action == "上传附件" && e.After!.Contains("\"Content\":\"(5 字节)\"", StringComparison.Ordinal));
        Assert.Contains(parts, e => e.EntityType == "ItemChannel" && e.Action == "记录发布渠道");
        Assert.Contains(parts, e => e.EntityType == "RequestAttachment" && e.Action == "上传答复附件" && !e.After!.Contains("%PDF", StringComparison.Ordinal));

        // The item's own row in the same save is named after its last step.
        Assert.Equal(["新建公开信息", "上传附件"], (await AuditOfAsync("CatalogItem", item.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_step_names_one_save_only_and_applicants_data_and_secrets_stay_out_of_the_log()
    {
        await using var db = data.Open();
        var request = await db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == data.RequestId, Ct);
        Assert.Empty(request.Open("handler", "当面", new StepContext(Gongkai.Core.Calendar.WorkingDayCalendar.Embedded, data.Clock.GetUtcNow())));
        await db.SaveChangesAsync(Ct);
        request.Phone = "13900000000";
        request.QueryKeyHash = "another-hash";
        await db.SaveChangesAsync(Ct);

        var audit = await AuditOfAsync("InfoRequest", data.RequestId);
        Assert.Equal(["收到申请", "收到申请", "修改"], audit.Select(e => e.Action)); // created by the fixture, opened, then edited
        Assert.Contains("\"Phone\":\"***\"", audit[^1].After, StringComparison.Ordinal);
        Assert.Contains("\"QueryKeyHash\":\"***\"", audit[^1].After, StringComparison.Ordinal);
        var logged = string.Concat(audit.Select(e => e.Before + e.After));
        Assert.DoesNotContain("13900000000", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("李四", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_and_timelines_refuse_to_be_modified_or_deleted()
    {
        await using (var seed = data.Open())
        {
            seed.EngagementRecords.Add(new EngagementRecord { AgencyId = data.AgencyId, Kind = EngagementKind.PressConference, On = new DateOnly(2026, 3, 1), Title = "发布会", RecordedBy = "x" });
            await seed.SaveChangesAsync(Ct);
        }

        var before = await CountsAsync();
        await using var db = data.Open();
        var entry = await db.AuditEntries.OrderBy(e => e.Id).LastAsync(Ct);
        Assert.Equal("记录回应解读", entry.Action);
        entry.Action = "篡改";
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        Assert.Contains("审计日志只能追加", ex.Message, StringComparison.Ordinal);

        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));

        db.ChangeTracker.Clear();
        var item = Published("有过程记录的信息");
        item.Events.Add(new ItemEvent { Action = ItemAction.Publish, Actor = "x", At = data.Clock.GetUtcNow() });
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync(Ct);
        item.Events[0].Comment = "改写";
        var timeline = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        Assert.Contains("只能追加", timeline.Message, StringComparison.Ordinal);

        await using var check = data.Open();
        Assert.Equal("记录回应解读", (await check.AuditEntries.SingleAsync(e => e.Id == entry.Id, Ct)).Action);
        Assert.Equal(before.Audit + 1, await check.AuditEntries.CountAsync(Ct)); // only the item's creation
    }
}
