namespace Gongkai.Documents.Letters;

/// <summary>The reply letters (告知书) an agency sends an applicant in the course of one 依申请公开 request.</summary>
public enum LetterKind
{
    /// <summary>补正告知书: the request is unclear; the applicant is told once what to correct (条例第三十条).</summary>
    CorrectionNotice,

    /// <summary>延期答复告知书: the 20 working days are extended by at most 20 more (条例第三十三条第二款).</summary>
    ExtensionNotice,

    /// <summary>
    /// 征求第三方意见告知书 addressed to the applicant: a third party is being consulted (条例第三十二条), and the time
    /// that takes does not count towards the deadline (条例第三十三条第三款).
    /// </summary>
    ThirdPartyConsultation,

    /// <summary>收费通知书: an information-processing fee is due (条例第四十二条, 国办函〔2020〕109号).</summary>
    FeeNotice,

    /// <summary>答复书: the decision on the request (条例第三十六条).</summary>
    Answer,
}
