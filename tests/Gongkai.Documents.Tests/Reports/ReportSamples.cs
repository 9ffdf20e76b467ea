using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Documents.Reports;

namespace Gongkai.Documents.Tests.Reports;

/// <summary>
/// A township's year built by hand, computed by the real <see cref="ReportEngine"/> in each format. The figures the
/// tests expect, worked out from the facts (columns: 自然人 N, 商业企业 B, 科研机构 R, 社会公益组织 P, 法律服务机构 L, 其他 O):
/// 本年新收 N3 B1 R1 L1 = 6; 上年结转 N1; 予以公开 N3 (requests 1, 2, 6); 部分公开 B1; 国家秘密 R1; 本机关不掌握 L1;
/// 结转下年度 N1; 复议 维持 1; 直接起诉 尚未审结 1; legacy 信息处理费 354.5 元 = 0.0355 万元.
/// </summary>
internal static class ReportSamples
{
    public const string Agency = "松江乡人民政府";

    public const string Overview =
        "本年度，松江乡人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进基层政务公开标准化规范化工作。\n" +
        "（一）主动公开\n" +
        "全年通过门户网站主动公开政府信息3条。";

    public const string Problems = "政策解读形式还比较单一。下一步将丰富图表、音视频等解读形式。";

    public const string Other = "本年度未收取信息处理费。";

    public static readonly TheoryData<ReportFormat> Formats = new(ReportFormat.Format2021, ReportFormat.Format2019, ReportFormat.Legacy);

    public static int YearOf(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => 2025,
        ReportFormat.Format2019 => 2020,
        _ => 2017,
    };

    public static ReportStatistics Statistics(ReportFormat format) => ReportEngine.Compute(format, Facts(YearOf(format)));

    public static ReportDocumentModel Model(ReportFormat format, string overview = Overview) =>
        new(Agency, YearOf(format), overview, Problems, Other, Statistics(format))
        {
            PublishedOn = new DateOnly(YearOf(format) + 1, 1, 20),
        };

    /// <summary>What each official table's title prints as: tables 三 and 四 as a section heading, table 二's blocks as
    /// the section heading 二、… plus the block title 第二十条第（X）项, the legacy 统计表 under 附表.</summary>
    public static IEnumerable<string> PrintedTitleParts(ReportStatistics stats) =>
        stats.Tables.Where(t => t.Key != ReportKeys.Derived).SelectMany(t => t.Title.Split('：'));

    /// <summary>Row labels to look for, per format.</summary>
    public static string[] Labels(ReportFormat format) => format == ReportFormat.Legacy
        ? ["（一）收到申请数", "2.同意公开答复数", "七、依申请公开信息收取的费用", "其中：涉及国家秘密"]
        : ["一、本年新收政府信息公开申请数量", "（一）予以公开", "1.属于国家秘密", "四、结转下年度继续办理", "行政许可"];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ReportFacts Facts(int y)
    {
        RequestFact Req(int id, ApplicantType type, RequestChannel channel, DateOnly received, RequestOutcome? outcome, DateOnly? decided, decimal fee = 0) =>
            new(id, type, channel, received, outcome, decided, false, null, false, false, fee);

        ItemFact Item(int id, bool normative, DateOnly published, DateOnly? written, params PublicationChannel[] channels) =>
            new(id, normative ? "gfxwj" : "gzdt", normative, false, published, written, normative ? Validity.Effective : Validity.NotApplicable, null, channels, false, null);

        var entered = ChinaTime.At(new DateOnly(y + 1, 1, 5), new TimeOnly(10, 0));
        ManualFigure M(string key, decimal value) => new(key, value, "张三", entered);

        return new ReportFacts(
            ReportPeriod.Year(y),
            [
                Req(1, ApplicantType.NaturalPerson, RequestChannel.Online, D(y, 3, 2), RequestOutcome.Disclosed, D(y, 3, 20)),
                Req(2, ApplicantType.NaturalPerson, RequestChannel.InPerson, D(y, 4, 1), RequestOutcome.Disclosed, D(y, 4, 15)),
                Req(3, ApplicantType.Business, RequestChannel.RegisteredLetter, D(y, 5, 6), RequestOutcome.PartiallyDisclosed, D(y, 5, 25), fee: 354.5m),
                Req(4, ApplicantType.Research, RequestChannel.Online, D(y, 6, 1), RequestOutcome.WithheldStateSecret, D(y, 6, 22)),
                // Received in late December, still open at the end of the year: 结转下年度.
                Req(5, ApplicantType.NaturalPerson, RequestChannel.Online, D(y, 12, 26), null, null),
                // Received the year before, answered in January: 上年结转.
                Req(6, ApplicantType.NaturalPerson, RequestChannel.Online, D(y - 1, 12, 28), RequestOutcome.Disclosed, D(y, 1, 12)),
                Req(7, ApplicantType.LegalService, RequestChannel.Email, D(y, 7, 1), RequestOutcome.UnavailableNotHeld, D(y, 7, 10)),
            ],
            [
                Item(1, true, D(y, 2, 1), D(y, 1, 20)),
                Item(2, true, D(y, 3, 15), D(y, 3, 10)),
                Item(3, false, D(y, 4, 1), null, PublicationChannel.WeChat),
            ],
            [
                new RemedyFact(1, RemedyKind.Reconsideration, D(y, 3, 1), RemedyResult.Maintained, D(y, 5, 1)),
                new RemedyFact(2, RemedyKind.LitigationDirect, D(y, 9, 1), RemedyResult.Pending, null),
            ],
            [],
            [
                M("license.decisions", 12),
                M("penalty.decisions", 3),
                M("coercion.decisions", 0),
                M("adminFees.amount", 1.25m),
                M("license.previousItems", 8),
                M("license.change", -1),
                M("procurement.projects", 2),
                M("procurement.amount", 35.6m),
                M("legacy.offices", 1),
                M("legacy.budget", 0.5m),
            ]);
    }
}
