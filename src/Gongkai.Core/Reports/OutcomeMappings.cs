namespace Gongkai.Core.Reports;

/// <summary>
/// Where each 2021 outcome code lands in each format. A request stores one final outcome from the 2021 list
/// (DESIGN.md §3); the 2019 and legacy tables are derived from it by these tables, never entered separately.
/// </summary>
public static class OutcomeMappings
{
    /// <summary>Table 三 row (2021 format, 国办公开办函〔2021〕30号) of each outcome: one row per code.</summary>
    public static readonly IReadOnlyDictionary<RequestOutcome, string> Format2021Rows = new Dictionary<RequestOutcome, string>
    {
        [RequestOutcome.Disclosed] = "t3.results.disclosed",                                   // （一）予以公开
        [RequestOutcome.PartiallyDisclosed] = "t3.results.partial",                            // （二）部分公开
        [RequestOutcome.WithheldStateSecret] = "t3.results.withheld.stateSecret",              // （三）1 属于国家秘密
        [RequestOutcome.WithheldOtherLaw] = "t3.results.withheld.otherLaw",                    // （三）2 其他法律行政法规禁止公开
        [RequestOutcome.WithheldSecurityStability] = "t3.results.withheld.securityStability",  // （三）3 危及“三安全一稳定”
        [RequestOutcome.WithheldThirdParty] = "t3.results.withheld.thirdParty",                // （三）4 保护第三方合法权益
        [RequestOutcome.WithheldInternalAffairs] = "t3.results.withheld.internalAffairs",      // （三）5 属于三类内部事务信息
        [RequestOutcome.WithheldProcess] = "t3.results.withheld.process",                      // （三）6 属于四类过程性信息
        [RequestOutcome.WithheldEnforcementFile] = "t3.results.withheld.enforcementFile",      // （三）7 属于行政执法案卷
        [RequestOutcome.WithheldQueryMatter] = "t3.results.withheld.queryMatter",              // （三）8 属于行政查询事项
        [RequestOutcome.UnavailableNotHeld] = "t3.results.unavailable.notHeld",                // （四）1 本机关不掌握相关政府信息
        [RequestOutcome.UnavailableWouldNeedCreating] = "t3.results.unavailable.wouldNeedCreating", // （四）2 没有现成信息需要另行制作
        [RequestOutcome.UnavailableStillUnclear] = "t3.results.unavailable.stillUnclear",      // （四）3 补正后申请内容仍不明确
        [RequestOutcome.NotProcessedPetition] = "t3.results.notProcessed.petition",            // （五）1 信访举报投诉类申请
        [RequestOutcome.NotProcessedRepeat] = "t3.results.notProcessed.repeat",                // （五）2 重复申请
        [RequestOutcome.NotProcessedPublication] = "t3.results.notProcessed.publication",      // （五）3 要求提供公开出版物
        [RequestOutcome.NotProcessedMassRepeated] = "t3.results.notProcessed.massRepeated",    // （五）4 无正当理由大量反复申请
        [RequestOutcome.NotProcessedReconfirm] = "t3.results.notProcessed.reconfirm",          // （五）5 要求行政机关确认或重新出具已获取信息
        [RequestOutcome.OtherNoCorrection] = "t3.results.other.noCorrection",                  // （六）1 逾期不补正、不再处理
        [RequestOutcome.OtherFeeUnpaid] = "t3.results.other.feeUnpaid",                        // （六）2 逾期未缴费、不再处理
        [RequestOutcome.OtherMisc] = "t3.results.other.misc",                                  // （六）3 其他
    };

    /// <summary>The 2021 table 三 row of a withdrawn request: （六）3 其他 — withdrawal ends the request without a
    /// decision, and the format has no row of its own for it.</summary>
    public const string Format2021WithdrawnRow = "t3.results.other.misc";

    /// <summary>
    /// Table 三 row in the 2019 format (国办公开办函〔2019〕60号). Identical to 2021 except that （六）其他处理 has no
    /// sub-rows there, so 601–603 and withdrawals all land on <c>t3.results.other</c>. 602 (未缴费) could not occur
    /// before 国办函〔2020〕109号 took effect, but a 2020 report with such a case still puts it in （六）.
    /// </summary>
    public static readonly IReadOnlyDictionary<RequestOutcome, string> Format2019Rows =
        Format2021Rows.ToDictionary(
            kv => kv.Key,
            kv => kv.Key.Group() == 6 ? Format2019OtherRow : kv.Value);

    /// <summary>The 2019 table 三 row of 601–603 and of withdrawn requests: （六）其他处理.</summary>
    public const string Format2019OtherRow = "t3.results.other";

    /// <summary>
    /// The legacy table's answer row (三（三）1–8, under <c>legacy.requests.answered.</c>) of each outcome, by the
    /// 2008 条例's answer types (第二十一条) and 国办发〔2010〕5号's reading of them. Null: the request is 办结 but got no
    /// answer on the merits, so it counts in （二）申请办结数 and in no 答复 row. Two flags refine the default:
    /// 100 with <see cref="RequestFact.AlreadyPublic"/> → <c>alreadyPublic</c> (1.属于已主动公开范围);
    /// 401 with <see cref="RequestFact.Redirected"/> → <c>notThisAgency</c> (5.不属于本行政机关公开).
    /// </summary>
    public static readonly IReadOnlyDictionary<RequestOutcome, string?> LegacyAnswerRows = new Dictionary<RequestOutcome, string?>
    {
        // 100 予以公开 → 2.同意公开 (1.属于已主动公开范围 when the answer pointed to a proactive disclosure).
        [RequestOutcome.Disclosed] = "disclosed",
        // 200 部分公开 → 3.同意部分公开.
        [RequestOutcome.PartiallyDisclosed] = "partial",
        // 301 国家秘密 → 不同意公开：涉及国家秘密 (same ground, 条例第十四条).
        [RequestOutcome.WithheldStateSecret] = "refused.stateSecret",
        // 302 其他法律行政法规禁止公开 → 不同意公开：法律法规规定的其他情形 (same ground, worded for 2008).
        [RequestOutcome.WithheldOtherLaw] = "refused.otherLaw",
        // 303 危及“三安全一稳定” → 不同意公开：危及国家安全、公共安全、经济安全和社会稳定 (same ground).
        [RequestOutcome.WithheldSecurityStability] = "refused.security",
        // 304 保护第三方合法权益 (条例第十五条: 商业秘密、个人隐私等) → 涉及个人隐私. The code does not say which of the
        // two; a township's third-party refusals are overwhelmingly about named people (低保、补偿名单), so privacy.
        [RequestOutcome.WithheldThirdParty] = "refused.privacy",
        // 305 三类内部事务信息 → 不是《条例》所指政府信息: 国办发〔2010〕5号 — 内部管理信息“一般不属于《条例》所指应公开的政府信息”.
        [RequestOutcome.WithheldInternalAffairs] = "refused.notGovernmentInfo",
        // 306 四类过程性信息 → 不是《条例》所指政府信息: the same sentence of 国办发〔2010〕5号 covers 过程性信息.
        [RequestOutcome.WithheldProcess] = "refused.notGovernmentInfo",
        // 307 行政执法案卷 (条例第十六条第二款) → 法律法规规定的其他情形: no 2008 row names it.
        [RequestOutcome.WithheldEnforcementFile] = "refused.otherLaw",
        // 308 行政查询事项 (条例第三十六条第（七）项: 依照有关法律、行政法规的规定办理) → 8.告知通过其他途径办理:
        // the answer sends the applicant to the registry's own query procedure; it is not a refusal on the merits.
        [RequestOutcome.WithheldQueryMatter] = "otherRoute",
        // 401 本机关不掌握 → 6.申请信息不存在 (条例第三十六条第（四）项), or 5.不属于本行政机关公开 when another agency was
        // named (第（五）项, RequestFact.Redirected): the 2021 format merged the two, the 2008 table kept them apart.
        [RequestOutcome.UnavailableNotHeld] = "notExist",
        // 402 没有现成信息需要另行制作 (条例第三十八条) → 6.申请信息不存在: the information as asked for does not exist.
        [RequestOutcome.UnavailableWouldNeedCreating] = "notExist",
        // 403 补正后仍不明确 → 7.告知作出更改补充 (2008 条例第二十一条第（四）项: 申请内容不明确的，告知作出更改、补充).
        [RequestOutcome.UnavailableStillUnclear] = "amend",
        // 501 信访举报投诉类 → 8.告知通过其他途径办理 (条例第三十九条第一款: 告知通过相应渠道提出).
        [RequestOutcome.NotProcessedPetition] = "otherRoute",
        // 502 重复申请 → 不同意公开：法律法规规定的其他情形 (条例第三十六条第（六）项 不予重复处理: a refusal the 条例 itself grounds).
        [RequestOutcome.NotProcessedRepeat] = "refused.otherLaw",
        // 503 要求提供公开出版物 → 8.告知通过其他途径办理 (条例第三十九条第二款: 告知获取的途径).
        [RequestOutcome.NotProcessedPublication] = "otherRoute",
        // 504 无正当理由大量反复申请 → 不同意公开：法律法规规定的其他情形 (条例第三十五条).
        [RequestOutcome.NotProcessedMassRepeated] = "refused.otherLaw",
        // 505 要求确认或重新出具已获取信息 → 不是《条例》所指政府信息: it seeks a certification, not information the
        // agency holds (条例第二条).
        [RequestOutcome.NotProcessedReconfirm] = "refused.notGovernmentInfo",
        // 601 逾期不补正 → 7.告知作出更改补充: the 补正 notice (条例第三十条) was the agency's answer.
        [RequestOutcome.OtherNoCorrection] = "amend",
        // 602 逾期未缴费 → no answer row: the request ended before any answer (counted in 申请办结数 only).
        [RequestOutcome.OtherFeeUnpaid] = null,
        // 603 其他 → no answer row, like a withdrawal.
        [RequestOutcome.OtherMisc] = null,
    };

    /// <summary>The full legacy answer row key of a request (<c>legacy.requests.answered.…</c>), or null.</summary>
    public static string? LegacyAnswerRow(RequestOutcome outcome, bool redirected, bool alreadyPublic)
    {
        var row = outcome switch
        {
            RequestOutcome.Disclosed when alreadyPublic => "alreadyPublic",
            RequestOutcome.UnavailableNotHeld when redirected => "notThisAgency",
            _ => LegacyAnswerRows.GetValueOrDefault(outcome),
        };
        return row is null ? null : "legacy.requests.answered." + row;
    }
}
