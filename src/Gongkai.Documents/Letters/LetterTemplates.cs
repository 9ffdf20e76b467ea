namespace Gongkai.Documents.Letters;

/// <summary>
/// The default wording of each reply letter. Bodies carry <c>{占位符}</c> placeholders that <see cref="Fill"/> replaces;
/// agencies may store their own title and body instead, using the same placeholders (<see cref="Placeholders"/>).
/// </summary>
public static class LetterTemplates
{
    /// <summary>申请人: the applicant's name.</summary>
    public const string Applicant = "申请人";

    /// <summary>收到日期: the day the request was received, as yyyy年M月d日.</summary>
    public const string ReceivedOn = "收到日期";

    /// <summary>申请内容: the information asked for, as the applicant described it.</summary>
    public const string Subject = "申请内容";

    /// <summary>查询码: the request's tracking code.</summary>
    public const string TrackingCode = "查询码";

    /// <summary>法律依据: the statute articles relied on, e.g. 《中华人民共和国政府信息公开条例》第三十条.</summary>
    public const string LegalBasis = "法律依据";

    /// <summary>期限: a deadline or period in words, e.g. 15个工作日 or 2026年4月1日.</summary>
    public const string Deadline = "期限";

    /// <summary>延长天数: how many working days the deadline is extended by, as a number.</summary>
    public const string ExtensionDays = "延长天数";

    /// <summary>费用: the fee in yuan, as a number, e.g. 100.00.</summary>
    public const string Fee = "费用";

    /// <summary>补正事项: what the applicant has to correct.</summary>
    public const string Correction = "补正事项";

    /// <summary>答复内容: the decision itself, one or more paragraphs.</summary>
    public const string AnswerText = "答复内容";

    /// <summary>Every placeholder name the default templates use, plus <see cref="Applicant"/> for agencies' own wording.</summary>
    public static IReadOnlyList<string> Placeholders { get; } =
        [Applicant, ReceivedOn, Subject, TrackingCode, LegalBasis, Deadline, ExtensionDays, Fee, Correction, AnswerText];

    /// <summary>The standard title of <paramref name="kind"/>, e.g. 政府信息公开申请答复书.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string DefaultTitle(LetterKind kind) => kind switch
    {
        LetterKind.CorrectionNotice => "政府信息公开申请补正告知书",
        LetterKind.ExtensionNotice => "政府信息公开申请延期答复告知书",
        LetterKind.ThirdPartyConsultation => "政府信息公开申请征求第三方意见告知书",
        LetterKind.FeeNotice => "政府信息公开申请收费通知书",
        LetterKind.Answer => "政府信息公开申请答复书",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的告知书类型"),
    };

    /// <summary>
    /// The standard body of <paramref name="kind"/>, paragraphs separated by <c>\n</c>, with placeholders from
    /// <see cref="Placeholders"/>. The salutation, remedy sentence, signature and date are not part of it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string DefaultBody(LetterKind kind) => kind switch
    {
        // 条例第三十条: unclear requests get one correction notice within 7 working days, naming what to correct and a
        // reasonable period; the clock restarts on receipt of the correction; no correction in time = request abandoned.
        LetterKind.CorrectionNotice =>
            $"本机关于{{{ReceivedOn}}}收到您提出的政府信息公开申请（查询码：{{{TrackingCode}}}），申请获取“{{{Subject}}}”。\n" +
            $"经审查，您的申请内容不明确。根据{{{LegalBasis}}}的规定，请您对申请作出如下补正：{{{Correction}}}\n" +
            $"请您在收到本告知书之日起{{{Deadline}}}内提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。" +
            "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",

        // 条例第三十三条第二款: 20 working days, extendable once by at most 20 with the head of the disclosure office's
        // approval, and the applicant must be told.
        LetterKind.ExtensionNotice =>
            $"本机关于{{{ReceivedOn}}}收到您提出的政府信息公开申请（查询码：{{{TrackingCode}}}），申请获取“{{{Subject}}}”。\n" +
            "因需要进一步检索、核实所申请的政府信息，本机关不能在规定期限内作出答复。" +
            $"经本机关政府信息公开工作机构负责人同意，根据{{{LegalBasis}}}的规定，答复期限延长{{{ExtensionDays}}}个工作日，" +
            $"本机关将于{{{Deadline}}}前作出答复。",

        // 条例第三十二条: third parties are consulted in writing and have 15 working days; 第三十三条第三款: that time is
        // not counted in the answer period.
        LetterKind.ThirdPartyConsultation =>
            $"本机关于{{{ReceivedOn}}}收到您提出的政府信息公开申请（查询码：{{{TrackingCode}}}），申请获取“{{{Subject}}}”。\n" +
            $"经审查，您申请公开的政府信息可能损害第三方合法权益。根据{{{LegalBasis}}}的规定，本机关已书面征求第三方的意见。" +
            "征求第三方意见所需时间不计算在答复期限内，本机关将在收到第三方意见或者征求意见期限届满后依法作出答复，" +
            $"预计于{{{Deadline}}}前答复。",

        // 条例第四十二条 and 国办函〔2020〕109号: a fee only when quantity or frequency clearly exceeds a reasonable range;
        // the answer period runs from payment; no payment in time without good reason = request abandoned.
        LetterKind.FeeNotice =>
            $"本机关于{{{ReceivedOn}}}收到您提出的政府信息公开申请（查询码：{{{TrackingCode}}}），申请获取“{{{Subject}}}”。\n" +
            $"经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据{{{LegalBasis}}}的规定，本机关依法收取信息处理费，" +
            $"金额为人民币{{{Fee}}}元。\n" +
            $"请您在{{{Deadline}}}前缴纳上述费用。自发出本通知之日至您缴纳费用之日的期间，不计算在答复期限内；无正当理由逾期不缴费的，视为放弃申请，" +
            "本机关不再处理该政府信息公开申请。",

        // 条例第三十六条: the answer, one of its seven outcomes, written by the case worker into {答复内容}.
        LetterKind.Answer =>
            $"本机关于{{{ReceivedOn}}}收到您提出的政府信息公开申请（查询码：{{{TrackingCode}}}），申请获取“{{{Subject}}}”。\n" +
            $"经审查，根据{{{LegalBasis}}}的规定，现答复如下：\n" +
            $"{{{AnswerText}}}",

        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的告知书类型"),
    };

    /// <summary>
    /// Replaces each <c>{name}</c> in <paramref name="template"/> whose name is a key of <paramref name="values"/> by its
    /// value, in one pass: values are plain text and are not themselves searched for placeholders. Placeholders with no
    /// value are left as they are, so a missing value shows in the letter rather than silently vanishing.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);

        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(template, open, template.Length - open);
                break;
            }

            var name = template.Substring(open + 1, close - open - 1);
            if (name.Length > 0 && name.IndexOf('{') < 0 && values.TryGetValue(name, out var value))
            {
                sb.Append(value);
                i = close + 1;
            }
            else
            {
                // Not a placeholder we know: keep the brace and rescan after it, so "{{申请人}" still finds "{申请人}".
                sb.Append('{');
                i = open + 1;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The standard remedy sentence: 行政复议 within 60 days (《中华人民共和国行政复议法》第二十条) or 行政诉讼 within
    /// 6 months (《中华人民共和国行政诉讼法》第四十六条).
    /// </summary>
    /// <param name="reviewBody">The 行政复议机关, e.g. 上海市松江区人民政府.</param>
    /// <param name="court">The court, e.g. 上海市松江区人民法院.</param>
    public static string DefaultRemedy(string reviewBody, string court)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewBody);
        ArgumentException.ThrowIfNullOrWhiteSpace(court);
        return $"如对本答复不服，可以在收到本告知书之日起60日内依照《中华人民共和国行政复议法》向{reviewBody.Trim()}申请行政复议，" +
            $"或者在6个月内依照《中华人民共和国行政诉讼法》向{court.Trim()}提起行政诉讼。";
    }
}
