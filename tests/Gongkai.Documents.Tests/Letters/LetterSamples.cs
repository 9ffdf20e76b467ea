using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Tests.Letters;

/// <summary>Letters built the way the web project builds them: default template, filled, then rendered.</summary>
internal static class LetterSamples
{
    public const string Agency = "松江乡人民政府";
    public const string Applicant = "张三";
    public const string Subject = "2025年松江乡农村道路养护项目的招标文件及中标结果";
    public const string Attachment1 = "政府信息公开申请表（复印件）";
    public const string Attachment2 = "松江乡2025年道路养护项目中标公告";

    public static string Basis(LetterKind kind) => kind switch
    {
        LetterKind.CorrectionNotice => "《中华人民共和国政府信息公开条例》第三十条",
        LetterKind.ExtensionNotice => "《中华人民共和国政府信息公开条例》第三十三条第二款",
        LetterKind.ThirdPartyConsultation => "《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款",
        LetterKind.FeeNotice => "《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》",
        _ => "《中华人民共和国政府信息公开条例》第三十六条第（二）项",
    };

    public static readonly string Remedy = LetterTemplates.DefaultRemedy("上海市松江区人民政府", "上海市松江区人民法院");

    public static Dictionary<string, string> Values(LetterKind kind) => new(StringComparer.Ordinal)
    {
        [LetterTemplates.Applicant] = Applicant,
        [LetterTemplates.ReceivedOn] = "2026年3月2日",
        [LetterTemplates.Subject] = Subject,
        [LetterTemplates.TrackingCode] = "GK20260302-0007",
        [LetterTemplates.LegalBasis] = Basis(kind),
        [LetterTemplates.Deadline] = kind == LetterKind.CorrectionNotice ? "15个工作日" : "2026年4月28日",
        [LetterTemplates.ExtensionDays] = "20",
        [LetterTemplates.Fee] = "300.00",
        [LetterTemplates.Correction] = "请写明所需信息的项目名称或者文号。",
        [LetterTemplates.AnswerText] =
            "一、关于招标文件\n您申请获取的招标文件属于本机关公开范围，现随本答复书提供。\n" +
            "二、关于中标结果\n该信息已于2025年6月10日在本机关门户网站主动公开，您可以通过“松江乡人民政府”网站“政府信息公开”栏目查阅。",
    };

    public static LetterModel Model(LetterKind kind, string? body = null, string applicant = Applicant) => new(
        kind,
        Agency,
        "松政公开〔2026〕3号",
        applicant,
        "GK20260302-0007",
        new DateOnly(2026, 3, 2),
        Subject,
        new DateOnly(2026, 3, 25),
        body ?? LetterTemplates.Fill(LetterTemplates.DefaultBody(kind), Values(kind)),
        Basis(kind),
        kind == LetterKind.Answer ? Remedy : null,
        kind == LetterKind.Answer ? [Attachment1, Attachment2] : [Attachment1],
        "联系人：李四，联系电话：021-57000000");

    public static TheoryData<LetterKind> Kinds => new(Enum.GetValues<LetterKind>());
}
