using System.Text.RegularExpressions;
using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed partial class CatalogItemTests
{
    private const string Id = "11010519491231002X";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly PublishedNumbers Own = PublishedNumbers.From("0791-86801234");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static string PlainText(string html) => Tag().Replace(html, "\n").Trim();

    private static ItemContent Content(string body, string title = "2026年第一季度临时救助发放公示") =>
        new(7, title, "松江乡人民政府", null, null, null, null, Validity.NotApplicable, null, null, body, PlainText(body), null, null);

    private static CatalogItem Draft(string body) => CatalogItem.NewDraft(1, Content(body), "editor", At);

    /// <summary>An item as it stands in <paramref name="status"/> (the way an importer or a seed builds one).</summary>
    private static CatalogItem In(ItemStatus status, string body, string? attachmentText = null)
    {
        var item = new CatalogItem
        {
            AgencyId = 1, ColumnId = 7, Title = "关于做好防汛工作的通知", Publisher = "松江乡人民政府", BodyHtml = body, BodyText = PlainText(body),
            CreatedBy = "editor", Status = status, Version = 1,
        };
        if (attachmentText is not null)
        {
            item.Attachments.Add(new ItemAttachment { FileName = "通知.docx", ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Sha256 = "", Content = [], Text = attachmentText });
        }

        return item;
    }

    /// <summary>Everything a refused step must leave as it was.</summary>
    private static string State(CatalogItem i) => string.Join("|",
        i.Status, i.Version, i.Title, i.BodyHtml, i.BodyText, i.UpdatedAt, i.PublishedAt, i.IndexNumber, i.WithdrawnReason, i.WithheldReason,
        i.Events.Count, i.ScanOverrides.Count, i.Channels.Count, i.Attachments.Count);

    private static void AssertRefusedUnchanged(CatalogItem item, Func<CatalogItem, Refusal?> step, string field, string message)
    {
        var before = State(item);
        var refusal = step(item);
        Assert.NotNull(refusal);
        Assert.Equal(field, refusal.Field);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, State(item));
    }

    // ---- 涉密信息不上网 ----

    [Fact]
    public void Masking_leaves_a_secrecy_marking_and_the_item_cannot_be_submitted()
    {
        var item = Draft($"<p>秘密★1年</p><p>王五 {Id} 救助金额800元</p>");
        item.TakeNewVersions();

        AssertRefusedUnchanged(item, i => i.Mask(Own, PlainText, "editor", At.AddMinutes(1)), "Findings",
            "涉密信息不上网：含密级标识的文件不得公开，不能通过遮盖处理（正文：秘密★1年）");
        AssertRefusedUnchanged(item, i => i.Submit(withFindings: false, Own, "editor", At.AddMinutes(2)), "Findings", CatalogItem.SecrecyRule + "，不能提交审查");
        // Asking the reviewer to decide does not help either: a marking is not the reviewer's to allow.
        AssertRefusedUnchanged(item, i => i.Submit(withFindings: true, Own, "editor", At.AddMinutes(2)), "Findings", CatalogItem.SecrecyRule);
        Assert.Empty(item.TakeNewVersions());
        Assert.Contains(item.OpenFindings(Own), f => f.IsSecrecyMarking && f.Text == "秘密★1年");
    }

    [Fact]
    public void An_attachment_with_a_traditional_marking_blocks_review_approval_and_publication()
    {
        const string attachment = "機密★5年\n關於做好防汛工作的通知\n各村委會：……";

        AssertRefusedUnchanged(In(ItemStatus.PendingApproval, "<p>通知全文见附件。</p>", attachment),
            i => i.Approve(Own, null, "approver", At), "Findings", "涉密信息不上网：含密级标识的文件不得公开，不能审批通过（附件“通知.docx”：機密★5年）");
        AssertRefusedUnchanged(In(ItemStatus.PendingReview, "<p>通知全文见附件。</p>", attachment),
            i => i.Review(skipApproval: true, Own, null, "reviewer", At), "Findings", CatalogItem.SecrecyRule + "，不能审查通过");
        AssertRefusedUnchanged(In(ItemStatus.Scheduled, "<p>通知全文见附件。</p>", attachment),
            i => i.Publish(Own, "system", At), "Findings", CatalogItem.SecrecyRule + "，不能发布");
    }

    [Fact]
    public void A_generated_item_with_a_marking_is_not_published()
    {
        var item = new CatalogItem { AgencyId = 1, ColumnId = 7, Title = "年度报告", Publisher = "松江乡人民政府", BodyHtml = "<p>绝密★启用前</p>", BodyText = "绝密★启用前", CreatedBy = "admin" };
        AssertRefusedUnchanged(item, i => i.PublishGenerated("admin", At), "Findings", CatalogItem.SecrecyRule);
        Assert.NotNull(CatalogItem.SecrecyRefusalFor("年度报告", "绝密★启用前"));
        Assert.Null(CatalogItem.SecrecyRefusalFor("年度报告", "依法保护商业秘密。"));
    }

    [Fact]
    public void A_reviewer_cannot_allow_a_secrecy_marking_and_old_allowances_do_not_count()
    {
        var item = In(ItemStatus.PendingReview, "<p>秘密★</p><p>正文</p>");
        AssertRefusedUnchanged(item, i => i.AllowFinding(FindingKind.SecretMarking, "秘密★", "已解密", Own, "reviewer", At), "Findings",
            "保密审查员不能允许公开");

        // An allowance recorded before the rule was enforced here is ignored.
        item.ScanOverrides.Add(new ScanOverride { Kind = nameof(FindingKind.SecretMarking), Text = "秘密★", Reason = "已解密", By = "reviewer", At = At });
        Assert.Contains(item.OpenFindings(Own), f => f.Kind == FindingKind.SecretMarking);
        AssertRefusedUnchanged(item, i => i.Review(skipApproval: false, Own, null, "reviewer", At), "Findings", CatalogItem.SecrecyRule);
    }

    [Fact]
    public void Facing_a_marking_the_reviewer_returns_it_or_withholds_it_with_a_reason()
    {
        var item = In(ItemStatus.PendingReview, "<p>机密★</p><p>会议纪要</p>");
        AssertRefusedUnchanged(item, i => i.Withhold(" ", "reviewer", At), "Comment", "请填写不予公开的理由。");

        Assert.Null(item.Withhold("属于国家秘密（条例第十四条）", "reviewer", At));
        Assert.Equal(ItemStatus.Withheld, item.Status);
        Assert.Equal("属于国家秘密（条例第十四条）", item.WithheldReason);
        var e = Assert.Single(item.Events);
        Assert.Equal((ItemAction.Withhold, "reviewer", At), (e.Action, e.Actor, e.At));
        Assert.Null(item.PublishedAt);

        // 不予公开 is final: nothing moves it towards publication again.
        AssertRefusedUnchanged(item, i => i.Review(false, Own, null, "reviewer", At), "Action", "不能");
        AssertRefusedUnchanged(item, i => i.Return("重新起草", "reviewer", At), "Action", "不能");
        AssertRefusedUnchanged(item, i => i.Publish(Own, "system", At), "Action", "不能");

        var returned = In(ItemStatus.PendingReview, "<p>机密★</p><p>会议纪要</p>");
        Assert.Null(returned.Return("含密级标识，请核实是否已解密", "reviewer", At));
        Assert.Equal(ItemStatus.Draft, returned.Status);
    }

    // ---- Masking personal data, the agency's own numbers ----

    [Fact]
    public void Masking_covers_personal_data_but_not_the_agencys_own_number()
    {
        var item = Draft($"<p>王五 {Id} 救助金额800元</p><p>咨询电话：0791-86801234</p>");

        Assert.Null(item.Mask(Own, PlainText, "editor", At.AddMinutes(1)));

        Assert.Contains("王* 1101**********002X", item.BodyHtml);
        Assert.Contains("0791-86801234", item.BodyHtml);
        Assert.Empty(item.OpenFindings(Own));
        Assert.Equal(2, item.Version);
        Assert.Equal([1, 2], item.TakeNewVersions().Select(v => v.Version));
        Assert.Equal([ItemAction.Create, ItemAction.Edit], item.Events.Select(e => e.Action));

        // Nothing left to mask: refused, no empty version.
        AssertRefusedUnchanged(item, i => i.Mask(Own, PlainText, "editor", At.AddMinutes(2)), "Findings", "没有可以遮盖的内容");
    }

    [Fact]
    public void Internal_markings_are_masked_like_personal_data()
    {
        var item = Draft("<p>【内部】</p><p>会议纪要</p>");
        Assert.Null(item.Mask(Own, PlainText, "editor", At));
        Assert.Contains(SensitiveScanner.RemovedInternalMarking, item.BodyHtml);
    }

    [Fact]
    public void A_finding_allowed_by_the_reviewer_no_longer_blocks_and_is_not_masked()
    {
        var item = Draft("<p>值班电话：13912345678</p>");
        AssertRefusedUnchanged(item, i => i.Submit(false, Own, "editor", At), "Findings", "请先遮盖");
        Assert.Null(item.Submit(true, Own, "editor", At));
        AssertRefusedUnchanged(item, i => i.AllowFinding(FindingKind.MobilePhone, "13912345678", "", Own, "reviewer", At), "Reason", "理由");
        AssertRefusedUnchanged(item, i => i.AllowFinding(FindingKind.MobilePhone, "13800138000", "公开值班电话", Own, "reviewer", At), "Text", "没有这项");
        Assert.Null(item.AllowFinding(FindingKind.MobilePhone, "13912345678", "公开的政府值班电话", Own, "reviewer", At));
        Assert.Empty(item.OpenFindings(Own));
        Assert.Null(item.Review(skipApproval: true, Own, null, "reviewer", At));
        Assert.Equal(ItemStatus.Published, item.Status);
    }

    // ---- The chain ----

    [Fact]
    public void A_clean_draft_goes_through_review_and_approval_and_gets_its_index_number_at_publication()
    {
        var item = Draft("<p>3月5日，松江乡召开春耕生产部署会。</p>");
        Assert.Throws<InvalidOperationException>(() => item.AssignIndexNumber("songjiang/2026-000001"));
        AssertRefusedUnchanged(item, i => i.Approve(Own, null, "approver", At), "Action", "不能");

        Assert.Null(item.Submit(false, Own, "editor", At.AddMinutes(1)));
        Assert.Null(item.Review(false, Own, "同意", "reviewer", At.AddMinutes(2)));
        Assert.Equal(ItemStatus.PendingApproval, item.Status);
        Assert.Null(item.Approve(Own, null, "approver", At.AddMinutes(3)));

        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Equal(At.AddMinutes(3), item.PublishedAt);
        item.AssignIndexNumber("songjiang/2026-000001");
        Assert.Equal("songjiang/2026-000001", item.IndexNumber);
        Assert.Equal([ItemAction.Create, ItemAction.SubmitForReview, ItemAction.PassReview, ItemAction.Approve], item.Events.Select(e => e.Action));
        AssertRefusedUnchanged(item, i => i.Edit(Content("<p>改</p>"), "editor", At), "Status", "只有草稿可以修改");
        AssertRefusedUnchanged(item, i => i.Withdraw(null, "approver", At), "Comment", "请填写撤回原因。");
        AssertRefusedUnchanged(item, i => i.RecordChannel(PublicationChannel.Website, new DateOnly(2026, 3, 2), null, At), "Channel", "自动记录");

        Assert.Null(item.RecordChannel(PublicationChannel.WeChat, new DateOnly(2026, 3, 2), null, At));
        AssertRefusedUnchanged(item, i => i.RecordChannel(PublicationChannel.WeChat, new DateOnly(2026, 3, 3), null, At), "Channel", "已记录");
        Assert.Null(item.Withdraw("名单有误", "approver", At.AddDays(1)));
        Assert.Equal((ItemStatus.Withdrawn, "名单有误", At.AddDays(1)), (item.Status, item.WithdrawnReason, item.WithdrawnAt));
    }

    [Fact]
    public void A_column_without_approval_publishes_at_the_review_and_every_step_keeps_its_own_past_instant()
    {
        // Importers and the demo seed replay a chain that happened years ago: each step is dated by its caller, not the clock.
        var created = new DateTimeOffset(2017, 3, 6, 1, 15, 0, TimeSpan.Zero);
        var item = CatalogItem.NewDraft(1, Content("<p>3月6日，三爪仑乡召开森林防火工作会议。</p>", "三爪仑乡召开森林防火工作会议"), "editor", created);
        Assert.Null(item.Submit(false, Own, "editor", created.AddHours(1)));
        Assert.Null(item.Review(true, Own, null, "reviewer", created.AddHours(5)));

        Assert.Equal((ItemStatus.Published, created.AddHours(5), created.AddHours(5)), (item.Status, item.PublishedAt, item.UpdatedAt));
        Assert.Equal([created, created.AddHours(1), created.AddHours(5)], item.Events.Select(e => e.At));
        Assert.Equal(created, Assert.Single(item.TakeNewVersions()).SavedAt);
    }
}
