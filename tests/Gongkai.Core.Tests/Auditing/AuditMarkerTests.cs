using System.Globalization;
using Gongkai.Core.Agencies;
using Gongkai.Core.Auditing;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Auditing;

/// <summary>
/// What each record tells the audit log about its own change (the verb, its agency), and that a step's name is spent
/// once its save was audited.
/// </summary>
public sealed class AuditMarkerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static StepContext Day(string day) =>
        new(WorkingDayCalendar.Embedded, new DateTimeOffset(DateOnly.Parse(day, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(16, 0)), ChinaTime.Offset));

    private static CatalogItem Draft(string body = "<p>关于做好春耕工作的通知</p>") => CatalogItem.NewDraft(3, new ItemContent(
        7, "关于做好春耕工作的通知", "松江乡人民政府", null, null, null, null, Validity.NotApplicable, null, null, body, body[3..^4], null, null), "editor", At);

    private static InfoRequest Received() => InfoRequest.Create(3, "TEST-0001", "hash", Day("2025-11-03").Now, new IntakeFields(
        RequestChannel.InPerson, new DateOnly(2025, 11, 3), ApplicantType.NaturalPerson, "张三", null, null, null, null, "13800000000", null, null,
        "申请公开某村道路硬化工程资金使用情况", "请提供工程合同和资金拨付凭证。", null, DeliveryMethod.CollectInPerson));

    [Fact]
    public void A_catalog_item_names_each_step_until_its_save_is_audited()
    {
        var item = Draft();
        Assert.Equal("新建公开信息", item.AuditAction(AuditedChange.Created));
        item.Audited();
        Assert.Null(item.AuditAction(AuditedChange.Modified));

        Assert.Null(item.Submit(false, PublishedNumbers.None, "editor", At));
        Assert.Equal("提交保密审查", item.AuditAction(AuditedChange.Modified));
        Assert.Null(item.Return("请补充附件", "reviewer", At));
        Assert.Equal("退回修改", item.AuditAction(AuditedChange.Modified));
        Assert.Null(item.AddAttachment(new ItemAttachment { FileName = "a.pdf", ContentType = "application/pdf", Sha256 = "", Content = [1, 2] }, At));
        Assert.Equal("上传附件", item.AuditAction(AuditedChange.Modified));
        Assert.Same(item, item.Attachments.Single().Item);
        item.Audited();
        Assert.Null(item.AuditAction(AuditedChange.Modified));
    }

    [Fact]
    public void A_refused_step_leaves_the_name_of_the_last_applied_one()
    {
        var item = Draft();
        item.Audited();
        Assert.NotNull(item.Approve(PublishedNumbers.None, null, "approver", At));
        Assert.Null(item.AuditAction(AuditedChange.Modified));
    }

    [Fact]
    public void A_request_is_received_when_created_and_then_named_by_its_steps()
    {
        var r = Received();
        Assert.Empty(r.Open("经办人", "当面", Day("2025-11-03")));
        Assert.Empty(r.Apply(new RequestStep(RequestAction.Accept, new DateOnly(2025, 11, 4)), "经办人", Day("2025-11-04")));
        // An importer or the demo may apply steps before the first save: the new row is still a request received.
        Assert.Equal("收到申请", r.AuditAction(AuditedChange.Created));
        Assert.Equal("受理", r.AuditAction(AuditedChange.Modified));
        r.Audited();
        Assert.Null(r.AuditAction(AuditedChange.Modified));
        Assert.Empty(r.Apply(new RequestStep(RequestAction.Void, new DateOnly(2025, 11, 5), "重复登记"), "经办人", Day("2025-11-05")));
        Assert.Equal("作废（登记错误）", r.AuditAction(AuditedChange.Modified));

        var open = Received();
        Assert.Empty(open.Open("经办人", "当面", Day("2025-11-03")));
        open.Audited();
        open.FollowCorrectedYear(WorkingDayCalendar.Embedded, 2025);
        Assert.Equal("更正2025年节假日安排", open.AuditAction(AuditedChange.Modified));
    }

    [Fact]
    public void Remedies_templates_columns_and_parts_name_their_own_changes()
    {
        var c = new RemedyCase { AgencyId = 3, Kind = RemedyKind.Reconsideration, FiledOn = new DateOnly(2025, 6, 1) };
        Assert.Equal("登记行政复议", c.AuditAction(AuditedChange.Created));
        Assert.Equal("修改行政复议", c.AuditAction(AuditedChange.Modified));
        c.Result = RemedyResult.Maintained;
        Assert.Equal("记录行政复议结果", c.AuditAction(AuditedChange.Modified));

        var t = new LetterTemplateOverride { AgencyId = 3, Kind = "Answer", Title = "答复书", Body = "…" };
        Assert.Equal("修改告知书模板", t.AuditAction(AuditedChange.Created));
        Assert.Equal("恢复默认告知书模板", t.AuditAction(AuditedChange.Deleted));

        var standard = CatalogColumn.FromStandard(3, StandardColumns.Township[0], 0, null);
        Assert.Equal("建立标准公开目录", standard.AuditAction(AuditedChange.Created));
        standard.Audited();
        Assert.Equal("修改栏目", standard.AuditAction(AuditedChange.Modified));
        Assert.Equal("新增栏目", new CatalogColumn { AgencyId = 3, Key = "k", Name = "栏目" }.AuditAction(AuditedChange.Created));

        Assert.Equal("上传答复附件", new RequestAttachment { FileName = "a.pdf", ContentType = "application/pdf", Sha256 = "", Content = [], UploadedBy = "x" }
            .AuditAction(AuditedChange.Created));
        Assert.Equal("记录回应解读", new EngagementRecord { Title = "t", RecordedBy = "x" }.AuditAction(AuditedChange.Created));
    }

    [Fact]
    public void Parts_belong_to_their_aggregates_agency_and_an_agency_to_itself()
    {
        var item = Draft();
        var channelItem = new CatalogItem
        {
            AgencyId = 5, Title = "t", Publisher = "p", BodyHtml = "<p>b</p>", BodyText = "b", CreatedBy = "x", Status = ItemStatus.Published,
        };
        Assert.Null(channelItem.RecordChannel(PublicationChannel.WeChat, new DateOnly(2026, 3, 1), null, At));
        Assert.Null(item.AddAttachment(new ItemAttachment { FileName = "a.pdf", ContentType = "application/pdf", Sha256 = "", Content = [] }, At));

        Assert.Equal(5, ((IAgencyOwnedPart)channelItem.Channels.Single()).Owner?.AgencyId);
        Assert.Equal(3, ((IAgencyOwnedPart)item.Attachments.Single()).Owner?.AgencyId);
        Assert.Equal(9, ((IAgencyOwned)new Agency { Id = 9, Code = "x", Name = "x" }).AgencyId);
        Assert.Equal(CatalogItem.PortalTopic, ((IPublishesToPortal)item).OutboxTopic);
    }
}
