namespace Gongkai.Documents.Letters;

/// <summary>Everything one reply letter shows; the renderers (<see cref="LetterDocx"/>, <see cref="LetterHtml"/>) add no wording of their own beyond labels.</summary>
/// <param name="Kind">Which letter this is; picks the default title when <see cref="Title"/> is not set.</param>
/// <param name="AgencyName">发文机关, signed at the end and recorded as the document's creator, e.g. 松江乡人民政府.</param>
/// <param name="DocumentNumber">发文字号, e.g. 松政公开〔2026〕3号; empty when the agency numbers no letters.</param>
/// <param name="ApplicantName">主送: the applicant, written as the salutation line "张三：".</param>
/// <param name="TrackingCode">The request's 查询码; recorded in the document properties.</param>
/// <param name="ReceivedOn">The day the request was received.</param>
/// <param name="Subject">The information asked for.</param>
/// <param name="IssuedOn">成文日期, printed as yyyy年M月d日 under the signature.</param>
/// <param name="Body">The main text, already filled from a template (<see cref="LetterTemplates.Fill"/>); one paragraph per line.</param>
/// <param name="LegalBasis">The statute articles relied on; printed as its own line when <paramref name="Body"/> does not already cite them.</param>
/// <param name="RemedySentence">The 行政复议 / 行政诉讼 sentence (<see cref="LetterTemplates.DefaultRemedy"/>); null for notices that carry none.</param>
/// <param name="Attachments">附件 names, in order; may be empty.</param>
/// <param name="ContactLine">联系人及电话, printed as the 附注 in parentheses; null for none.</param>
public sealed record LetterModel(
    LetterKind Kind,
    string AgencyName,
    string DocumentNumber,
    string ApplicantName,
    string TrackingCode,
    DateOnly ReceivedOn,
    string Subject,
    DateOnly IssuedOn,
    string Body,
    string LegalBasis,
    string? RemedySentence,
    IReadOnlyList<string> Attachments,
    string? ContactLine)
{
    /// <summary>
    /// The letter's title when the agency has its own wording; <see langword="null"/> (the default) means
    /// <see cref="LetterTemplates.DefaultTitle"/> for <see cref="Kind"/>.
    /// </summary>
    public string? Title { get; init; }
}
