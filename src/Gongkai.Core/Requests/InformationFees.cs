namespace Gongkai.Core.Requests;

/// <summary>
/// 信息处理费 under 条例第四十二条 and 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号).
/// Per request the agency picks ONE method, never both.
/// </summary>
public static class InformationFees
{
    /// <summary>
    /// 按件计收: the fee for the applicant's <paramref name="nthRequestInMonth"/>-th request in one natural month
    /// (counted per applicant across the whole deployment). 1–10 free; 11–30 100 元 each; from the 31st,
    /// in tiers of 10, each tier 100 元/件 more (31–40: 200, 41–50: 300, …).
    /// </summary>
    public static decimal PerRequest(int nthRequestInMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nthRequestInMonth, 1);
        if (nthRequestInMonth <= 10)
        {
            return 0m;
        }

        if (nthRequestInMonth <= 30)
        {
            return 100m;
        }

        return 100m * (2 + (nthRequestInMonth - 31) / 10);
    }

    /// <summary>
    /// 按量计收: pages of one request delivered on paper, by email or as copied data. 1–30 free; 31–100 at 10 元/页;
    /// 101–200 at 20 元/页; above 200 at 40 元/页 (each band charged on the pages that fall in it).
    /// </summary>
    public static decimal PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        decimal fee = 0m;
        fee += 10m * Math.Clamp(pages - 30, 0, 70);
        fee += 20m * Math.Clamp(pages - 100, 0, 100);
        fee += 40m * Math.Max(pages - 200, 0);
        return fee;
    }
}
