namespace Gongkai.Web.Features.Remedies.Pages;

/// <summary>The case form of both pages (<c>Input.*</c>): registration posts kind, dates and request; the result page posts the result.</summary>
public sealed class RemedyForm
{
    public RemedyKind? Kind { get; set; }

    public string? CaseNumber { get; set; }

    public string? Body { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? RequestCode { get; set; }

    public RemedyResult? Result { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Summary { get; set; }

    /// <summary>A registration: a new case is always 尚未审结 (its result is recorded on its own page).</summary>
    public RemedyInput ToInput() => new(Kind, CaseNumber, Body, FiledOn, RequestCode, Summary: Summary);

    public RemedyUpdate ToUpdate() => new(CaseNumber, Body, Result, DecidedOn, Summary);

    public static RemedyForm Of(RemedyRow c) => new() { CaseNumber = c.CaseNumber, Body = c.Body, Result = c.Result, DecidedOn = c.DecidedOn, Summary = c.Summary };
}
