namespace Gongkai.Core.Calendar;

/// <summary>Which version of the 条例 governs a request's deadlines.</summary>
public enum DeadlineRule
{
    /// <summary>The revised 条例 in force from 2019-05-15: 20 + 20 working days (第三十三条).</summary>
    Rule2019 = 2019,

    /// <summary>The 2008 条例 (第二十四条): 15 + 15 working days, for requests received before 2019-05-15.</summary>
    Rule2008 = 2008,
}

/// <summary>The statutory periods, in working days, with the article behind each.</summary>
public static class DeadlineRules
{
    /// <summary>The day the revised 条例 took effect (国务院令第711号).</summary>
    public static readonly DateOnly Revision2019 = new(2019, 5, 15);

    /// <summary>条例第三十条: the one-time 补正 notice goes out within 7 working days of receipt.</summary>
    public const int CorrectionNoticeDays = 7;

    /// <summary>条例第三十二条: a consulted third party has 15 working days to give its opinion.</summary>
    public const int ThirdPartyOpinionDays = 15;

    /// <summary>条例第二十六条: proactive disclosure within 20 working days of the information being made or changed.</summary>
    public const int ProactivePublishDays = 20;

    public static DeadlineRule ForReceipt(DateOnly receivedOn) => receivedOn < Revision2019 ? DeadlineRule.Rule2008 : DeadlineRule.Rule2019;

    /// <summary>条例第三十三条第二款: 20 working days; 2008 条例第二十四条: 15.</summary>
    public static int AnswerDays(DeadlineRule rule) => rule == DeadlineRule.Rule2008 ? 15 : 20;

    /// <summary>The longest extension the office head may approve: 20 working days (2019) or 15 (2008).</summary>
    public static int MaxExtensionDays(DeadlineRule rule) => rule == DeadlineRule.Rule2008 ? 15 : 20;
}
