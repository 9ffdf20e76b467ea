namespace Gongkai.Core.Requests;

/// <summary>
/// The one final outcome of a request, from the 2021 annual-report table 三 (国办公开办函〔2021〕30号).
/// The numeric values are stable storage keys: never renumber.
/// </summary>
public enum RequestOutcome
{
    /// <summary>（一）予以公开</summary>
    Disclosed = 100,

    /// <summary>（二）部分公开（区分处理的，只计这一情形）</summary>
    PartiallyDisclosed = 200,

    /// <summary>（三）1 属于国家秘密</summary>
    WithheldStateSecret = 301,

    /// <summary>（三）2 其他法律行政法规禁止公开</summary>
    WithheldOtherLaw = 302,

    /// <summary>（三）3 危及"三安全一稳定"</summary>
    WithheldSecurityStability = 303,

    /// <summary>（三）4 保护第三方合法权益</summary>
    WithheldThirdParty = 304,

    /// <summary>（三）5 属于三类内部事务信息</summary>
    WithheldInternalAffairs = 305,

    /// <summary>（三）6 属于四类过程性信息</summary>
    WithheldProcess = 306,

    /// <summary>（三）7 属于行政执法案卷</summary>
    WithheldEnforcementFile = 307,

    /// <summary>（三）8 属于行政查询事项</summary>
    WithheldQueryMatter = 308,

    /// <summary>（四）1 本机关不掌握相关政府信息</summary>
    UnavailableNotHeld = 401,

    /// <summary>（四）2 没有现成信息需要另行制作</summary>
    UnavailableWouldNeedCreating = 402,

    /// <summary>（四）3 补正后申请内容仍不明确</summary>
    UnavailableStillUnclear = 403,

    /// <summary>（五）1 信访举报投诉类申请</summary>
    NotProcessedPetition = 501,

    /// <summary>（五）2 重复申请</summary>
    NotProcessedRepeat = 502,

    /// <summary>（五）3 要求提供公开出版物</summary>
    NotProcessedPublication = 503,

    /// <summary>（五）4 无正当理由大量反复申请</summary>
    NotProcessedMassRepeated = 504,

    /// <summary>（五）5 要求行政机关确认或重新出具已获取信息</summary>
    NotProcessedReconfirm = 505,

    /// <summary>（六）1 申请人无正当理由逾期不补正、行政机关不再处理</summary>
    OtherNoCorrection = 601,

    /// <summary>（六）2 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理</summary>
    OtherFeeUnpaid = 602,

    /// <summary>（六）3 其他</summary>
    OtherMisc = 603,
}

public static class RequestOutcomes
{
    public static IReadOnlyList<RequestOutcome> All { get; } = Enum.GetValues<RequestOutcome>();

    /// <summary>The report group: 1 予以公开 … 6 其他处理.</summary>
    public static int Group(this RequestOutcome o) => (int)o / 100;

    public static string Label(this RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => "予以公开",
        RequestOutcome.PartiallyDisclosed => "部分公开",
        RequestOutcome.WithheldStateSecret => "不予公开：属于国家秘密",
        RequestOutcome.WithheldOtherLaw => "不予公开：其他法律行政法规禁止公开",
        RequestOutcome.WithheldSecurityStability => "不予公开：危及“三安全一稳定”",
        RequestOutcome.WithheldThirdParty => "不予公开：保护第三方合法权益",
        RequestOutcome.WithheldInternalAffairs => "不予公开：属于三类内部事务信息",
        RequestOutcome.WithheldProcess => "不予公开：属于四类过程性信息",
        RequestOutcome.WithheldEnforcementFile => "不予公开：属于行政执法案卷",
        RequestOutcome.WithheldQueryMatter => "不予公开：属于行政查询事项",
        RequestOutcome.UnavailableNotHeld => "无法提供：本机关不掌握相关政府信息",
        RequestOutcome.UnavailableWouldNeedCreating => "无法提供：没有现成信息需要另行制作",
        RequestOutcome.UnavailableStillUnclear => "无法提供：补正后申请内容仍不明确",
        RequestOutcome.NotProcessedPetition => "不予处理：信访举报投诉类申请",
        RequestOutcome.NotProcessedRepeat => "不予处理：重复申请",
        RequestOutcome.NotProcessedPublication => "不予处理：要求提供公开出版物",
        RequestOutcome.NotProcessedMassRepeated => "不予处理：无正当理由大量反复申请",
        RequestOutcome.NotProcessedReconfirm => "不予处理：要求行政机关确认或重新出具已获取信息",
        RequestOutcome.OtherNoCorrection => "其他处理：申请人无正当理由逾期不补正、行政机关不再处理",
        RequestOutcome.OtherFeeUnpaid => "其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理",
        RequestOutcome.OtherMisc => "其他处理：其他",
        _ => o.ToString(),
    };
}
