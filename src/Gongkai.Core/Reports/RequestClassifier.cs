namespace Gongkai.Core.Reports;

/// <summary>Where a request lands at the end of the period.</summary>
internal enum Placement
{
    /// <summary>Not relevant to the period, or (with a problem) impossible to place.</summary>
    None,

    /// <summary>Closed within the period: counts in 三、本年度办理结果.</summary>
    Result,

    /// <summary>Still open at the end of the period: 四、结转下年度继续办理.</summary>
    CarriedOut,
}

/// <summary>A request seen from one period.</summary>
/// <param name="Fact">The request.</param>
/// <param name="Received">一、本年新收: received within the period.</param>
/// <param name="CarriedIn">二、上年结转: received before the period and not closed before it started.</param>
/// <param name="Placement">Where it lands at the end of the period.</param>
/// <param name="ByWithdrawal">For <see cref="Placement.Result"/>: closed by the applicant's withdrawal, not by an outcome.</param>
/// <param name="Problem">Why a relevant request could not be placed (Chinese), else null.</param>
internal readonly record struct ClassifiedRequest(RequestFact Fact, bool Received, bool CarriedIn, Placement Placement, bool ByWithdrawal, string? Problem)
{
    public bool Relevant => Received || CarriedIn;

    /// <summary>Closed with an outcome code within the period (an answer or a closing decision).</summary>
    public bool Decided => Placement == Placement.Result && !ByWithdrawal;
}

/// <summary>
/// The one place that decides, for a period, whether a request is 本年新收, 上年结转, 办结 (and how) or 结转下年度.
/// Every format's request rows derive from this, so 本年新收 + 上年结转 = （七）总计 + 结转下年度 (国办公开办函〔2021〕30号
/// 表三 note: "第一项加第二项之和，等于第三项加第四项之和") holds by construction for placeable data, and the
/// requests that cannot be placed are exactly the ones the checks name.
/// </summary>
internal static class RequestClassifier
{
    public static ClassifiedRequest Classify(RequestFact r, ReportPeriod period)
    {
        // The request leaves the open state on the earlier of its outcome and its withdrawal. On the same day the
        // outcome wins: the answer was given, a withdrawal after it changes nothing.
        var decided = r.Outcome is not null ? r.DecidedOn : null;
        var withdrawn = r.Withdrawn ? r.WithdrawnOn : null;
        DateOnly? closedOn;
        var byWithdrawal = false;
        if (decided is { } d && (withdrawn is null || d <= withdrawn.Value))
        {
            closedOn = d;
        }
        else if (withdrawn is { } w)
        {
            closedOn = w;
            byWithdrawal = true;
        }
        else
        {
            closedOn = null;
        }

        if (r.ReceivedOn > period.To)
        {
            return new(r, false, false, Placement.None, false, null);
        }

        var received = period.Contains(r.ReceivedOn);
        var carriedIn = r.ReceivedOn < period.From && !(closedOn < period.From);
        if (!received && !carriedIn)
        {
            return new(r, false, false, Placement.None, false, null);
        }

        if (closedOn is { } c && c <= period.To)
        {
            // Inside the period (or, for a request received in it, before it): only valid on or after receipt.
            return c >= r.ReceivedOn && c >= period.From
                ? new(r, received, carriedIn, Placement.Result, byWithdrawal, null)
                : new(r, received, carriedIn, Placement.None, false,
                    $"办结日期 {c:yyyy-MM-dd} 早于收到日期 {r.ReceivedOn:yyyy-MM-dd}");
        }

        // Open at the end of the period — unless it carries a closing mark without a date, which could lie
        // anywhere (e.g. flagged withdrawn with no date and an outcome dated after the period).
        if (r.Withdrawn && r.WithdrawnOn is null)
        {
            return new(r, received, carriedIn, Placement.None, false, "已标记撤回但无撤回日期");
        }

        if (r.Outcome is not null && r.DecidedOn is null)
        {
            return new(r, received, carriedIn, Placement.None, false, $"已有办理结果（{r.Outcome.Value.Label()}）但无办结日期");
        }

        return new(r, received, carriedIn, Placement.CarriedOut, false, null);
    }
}
