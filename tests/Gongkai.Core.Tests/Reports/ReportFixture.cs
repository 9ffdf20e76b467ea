using System.Globalization;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Reports;

/// <summary>
/// One township's 2025, built by hand so every expected figure in the tests can be worked out on paper.
/// Columns of table 三 below: 自然人 N, 商业企业 B, 科研机构 R, 社会公益组织 P, 法律服务机构 L, 其他 O.
/// </summary>
internal static class ReportFixture
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string iso) =>
        DateTimeOffset.ParseExact(iso + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static RequestFact Req(
        int id, ApplicantType type, RequestChannel channel, string received, RequestOutcome? outcome, string? decided,
        string? withdrawnOn = null, bool extended = false, bool late = false, decimal fee = 0,
        bool redirected = false, bool alreadyPublic = false) =>
        new(id, type, channel, D(received), outcome, decided is null ? null : D(decided),
            withdrawnOn is not null, withdrawnOn is null ? null : D(withdrawnOn), extended, late, fee, redirected, alreadyPublic);

    private const ApplicantType N = ApplicantType.NaturalPerson;
    private const ApplicantType B = ApplicantType.Business;

    public static readonly IReadOnlyList<RequestFact> AllRequests =
    [
        // Carried over from 2024 (上年结转): both answered in 2025.
        Req(1, N, RequestChannel.Online, "2024-12-20", RequestOutcome.Disclosed, "2025-01-10"),
        Req(2, B, RequestChannel.RegisteredLetter, "2024-12-27", RequestOutcome.WithheldThirdParty, "2025-02-05", extended: true),
        // Received and answered in 2024: not in 2025 at all.
        Req(3, N, RequestChannel.InPerson, "2024-06-01", RequestOutcome.Disclosed, "2024-06-15"),
        // Received in 2025 (16 requests: 4…19).
        Req(4, N, RequestChannel.Online, "2025-01-15", RequestOutcome.Disclosed, "2025-02-01"),
        Req(5, N, RequestChannel.InPerson, "2025-02-10", RequestOutcome.PartiallyDisclosed, "2025-03-01", fee: 100),
        Req(6, N, RequestChannel.Email, "2025-03-03", RequestOutcome.UnavailableNotHeld, "2025-03-20", redirected: true),
        Req(7, ApplicantType.Research, RequestChannel.Fax, "2025-03-10", RequestOutcome.UnavailableNotHeld, "2025-03-25"),
        Req(8, ApplicantType.PublicInterest, RequestChannel.OrdinaryLetter, "2025-04-01", RequestOutcome.WithheldProcess, "2025-05-20", extended: true),
        Req(9, ApplicantType.LegalService, RequestChannel.Online, "2025-04-15", RequestOutcome.WithheldStateSecret, "2025-05-06"),
        // 逾期不补正: closed on the day the 补正 period ran out.
        Req(10, N, RequestChannel.Online, "2025-05-05", RequestOutcome.OtherNoCorrection, "2025-06-10"),
        // Withdrawn: （六）3 其他.
        Req(11, N, RequestChannel.InPerson, "2025-06-01", null, null, withdrawnOn: "2025-06-10"),
        Req(12, B, RequestChannel.Online, "2025-07-01", RequestOutcome.NotProcessedRepeat, "2025-07-10"),
        Req(13, ApplicantType.OtherOrganization, RequestChannel.RegisteredLetter, "2025-08-01", RequestOutcome.OtherFeeUnpaid, "2025-09-15"),
        // 254.5 元 pins the rounding of the legacy 万元 figure: 354.5 元 = 0.03545 万元 → 0.0355 (四舍五入, not banker's).
        Req(14, N, RequestChannel.Online, "2025-09-01", RequestOutcome.Disclosed, "2025-09-20", fee: 254.5m, alreadyPublic: true),
        Req(15, N, RequestChannel.Email, "2025-10-08", RequestOutcome.UnavailableStillUnclear, "2025-11-10", late: true),
        // Received in December, answered next January: 结转下年度 in 2025, 上年结转 and 予以公开 in 2026.
        Req(16, N, RequestChannel.Online, "2025-12-22", RequestOutcome.Disclosed, "2026-01-12", fee: 100),
        // Still open at the end of 2026.
        Req(17, B, RequestChannel.InPerson, "2025-12-29", null, null),
        Req(18, N, RequestChannel.Online, "2025-11-03", RequestOutcome.NotProcessedPetition, "2025-11-05"),
        Req(19, ApplicantType.LegalService, RequestChannel.Fax, "2025-11-20", RequestOutcome.WithheldQueryMatter, "2025-12-01"),
        // 2026 only.
        Req(20, N, RequestChannel.Online, "2026-01-05", RequestOutcome.Disclosed, "2026-01-20"),
    ];

    private static ItemFact Item(
        int id, bool normative, string? published, string? written, Validity validity = Validity.NotApplicable, string? ended = null,
        PublicationChannel[]? channels = null, string? withdrawnOn = null, bool regulation = false) =>
        new(id, normative ? "gfxwj" : "gzdt", normative, regulation, published is null ? null : D(published),
            written is null ? null : D(written), validity, ended is null ? null : D(ended), channels ?? [],
            withdrawnOn is not null, withdrawnOn is null ? null : D(withdrawnOn));

    public static readonly IReadOnlyList<ItemFact> Items =
    [
        Item(1, true, "2025-02-01", "2025-01-20", Validity.Effective, channels: [PublicationChannel.WeChat]),
        Item(2, true, "2025-03-15", "2025-03-10", Validity.Repealed, ended: "2025-11-01"),
        Item(3, true, "2023-05-01", "2023-04-20", Validity.Effective),
        Item(4, true, "2022-01-01", "2021-12-20", Validity.Repealed, ended: "2024-06-30"),
        // Written in 2024, published in 2025.
        Item(5, true, "2025-01-06", "2024-12-20", Validity.Effective),
        // Written in 2025, not yet published.
        Item(6, true, null, "2025-12-20", Validity.Effective),
        Item(7, false, "2025-04-01", null, channels: [PublicationChannel.WeChat, PublicationChannel.Weibo]),
        // 公开栏 and 其他 both fall in 5.其他方式: counted once there.
        Item(8, false, "2025-05-01", null, channels: [PublicationChannel.Gazette, PublicationChannel.NoticeBoard, PublicationChannel.Other]),
        // Withdrawn within the year: not reported as disclosed.
        Item(9, false, "2025-06-01", null, channels: [PublicationChannel.WeChat], withdrawnOn: "2025-06-05"),
        Item(10, false, "2025-07-01", null, channels: [PublicationChannel.WeChat, PublicationChannel.WeChat]),
        Item(11, false, "2024-12-31", null, channels: [PublicationChannel.WeChat]),
        // "Website" among the other channels adds nothing: the portal already counts it.
        Item(12, false, "2025-12-31", null, channels: [PublicationChannel.Website]),
        // A 规章 also flagged normative counts as 规章 only.
        Item(13, true, "2025-08-08", "2025-08-01", Validity.Effective, regulation: true),
        // Withdrawn after the year: still counts for 2025.
        Item(14, true, "2025-09-01", "2025-08-25", Validity.Effective, withdrawnOn: "2026-02-01"),
        // Marked 失效 but only from 2026-03-01: in force on 2025-12-31.
        Item(15, true, "2024-03-01", "2024-02-20", Validity.Expired, ended: "2026-03-01"),
        // Marked 有效 with a planned end already past on 2025-12-31.
        Item(16, true, "2025-10-10", "2025-10-01", Validity.Effective, ended: "2025-12-01"),
    ];

    public static readonly IReadOnlyList<RemedyFact> Remedies =
    [
        new(1, RemedyKind.Reconsideration, D("2025-03-01"), RemedyResult.Maintained, D("2025-05-01")),
        // Filed in 2024, decided in 2025.
        new(2, RemedyKind.LitigationDirect, D("2024-11-10"), RemedyResult.Corrected, D("2025-04-02")),
        new(3, RemedyKind.LitigationAfterReconsideration, D("2025-10-01"), RemedyResult.Pending, null),
        new(4, RemedyKind.Complaint, D("2025-06-01"), RemedyResult.Pending, null),
        // Filed and decided in 2024.
        new(5, RemedyKind.Reconsideration, D("2024-03-01"), RemedyResult.Other, D("2024-06-01")),
        // Filed in 2024 and still pending.
        new(6, RemedyKind.Reconsideration, D("2024-09-01"), RemedyResult.Pending, null),
    ];

    public static readonly IReadOnlyList<EngagementFact> Engagement =
    [
        new(1, EngagementKind.HotTopicResponse, D("2025-03-01"), false),
        new(2, EngagementKind.HotTopicResponse, D("2025-08-01"), false),
        new(3, EngagementKind.PressConference, D("2025-04-01"), true),
        new(4, EngagementKind.PressConference, D("2025-09-01"), false),
        new(5, EngagementKind.OnlineInterview, D("2025-05-01"), true),
        new(6, EngagementKind.InterpretationArticle, D("2025-02-02"), false),
        new(7, EngagementKind.InterpretationArticle, D("2025-03-16"), false),
        new(8, EngagementKind.SocialMediaResponse, D("2025-07-07"), false),
        new(9, EngagementKind.Other, D("2025-10-10"), false),
        new(10, EngagementKind.ProposalReply, D("2025-06-06"), false),
        new(11, EngagementKind.PressConference, D("2024-12-31"), true),
    ];

    public static readonly IReadOnlyList<ManualFigure> Manual =
    [
        // Corrected the next day by someone else: the latest entry wins.
        new("license.decisions", 10, "李四", At("2026-01-04 09:00")),
        new("license.decisions", 12, "张三", At("2026-01-05 10:30")),
        new("penalty.decisions", 3, "张三", At("2026-01-05 10:31")),
        new("adminFees.amount", 1.25m, "张三", At("2026-01-05 10:32")),
        new("license.previousItems", 8, "张三", At("2026-01-05 10:33")),
        new("license.change", -1, "张三", At("2026-01-05 10:34")),
        new("procurement.projects", 2, "张三", At("2026-01-05 10:35")),
        new("procurement.amount", 35.6m, "张三", At("2026-01-05 10:36")),
        new("legacy.offices", 1, "王五", At("2026-01-06 08:00")),
        new("legacy.readingPoints", 3, "王五", At("2026-01-06 08:01")),
        new("legacy.staff.fullTime", 0, "王五", At("2026-01-06 08:02")),
        new("legacy.staff.partTime", 2, "赵六", At("2026-01-07 08:03")),
        new("legacy.budget", 0.5m, "王五", At("2026-01-06 08:04")),
        new("legacy.conferences", 3, "王五", At("2026-01-06 08:05")),
    ];

    public static ReportFacts For(int year, IReadOnlyList<RequestFact>? requests = null) =>
        new(ReportPeriod.Year(year), requests ?? AllRequests, Items, Remedies, Engagement, Manual);
}
