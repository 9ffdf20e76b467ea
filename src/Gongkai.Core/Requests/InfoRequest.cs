namespace Gongkai.Core.Requests;

/// <summary>How a request reached the agency (the legacy report counts 当面, 传真, 网络, 信函).</summary>
public enum RequestChannel
{
    Online = 1,
    InPerson = 2,
    RegisteredLetter = 3,
    OrdinaryLetter = 4,
    Fax = 5,
    Email = 6,
}

/// <summary>The 2021 report's applicant columns.</summary>
public enum ApplicantType
{
    NaturalPerson = 1,
    Business = 2,
    Research = 3,
    PublicInterest = 4,
    LegalService = 5,
    OtherOrganization = 6,
}

public enum DeliveryMethod
{
    Paper = 1,
    Email = 2,
    Disc = 3,
    CollectInPerson = 4,
    Post = 5,
}

/// <summary>
/// A request for government information (依申请公开). Status and outcome are separate; the timeline lives in
/// <see cref="RequestEvent"/> rows, from which the due date is recomputed.
/// </summary>
public sealed partial class InfoRequest : IAgencyOwned, IAudited
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 4000;

    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>Public tracking code printed on the receipt (查询码).</summary>
    public required string TrackingCode { get; set; }

    /// <summary>SHA-256 of the private query key given to the applicant; the key itself is never stored.</summary>
    public required string QueryKeyHash { get; set; }

    public RequestChannel Channel { get; set; }

    /// <summary>The statutory receipt date (条例第三十一条), from which the answer period runs.</summary>
    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public ApplicantType ApplicantType { get; set; }

    public required string ApplicantName { get; set; }

    public string? IdDocumentType { get; set; }

    public string? IdDocumentNumber { get; set; }

    /// <summary>For organisations: 统一社会信用代码 and the contact person.</summary>
    public string? OrganizationCode { get; set; }

    public string? ContactPerson { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public required string Subject { get; set; }

    public required string Description { get; set; }

    public string? Purpose { get; set; }

    public DeliveryMethod Delivery { get; set; }

    public RequestStatus Status { get; set; }

    public RequestOutcome? Outcome { get; set; }

    /// <summary>The statutory answer deadline, recomputed from the events; null while the clock is stopped.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>False when the deadline crosses a year with no holiday data (flagged "日历未核实").</summary>
    public bool DueVerified { get; set; } = true;

    public string? LegalBasis { get; set; }

    public string? AnswerText { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public DateOnly? DeliveredOn { get; set; }

    public string? DeliveryProof { get; set; }

    /// <summary>For 不属于本机关 answers: the agency that holds the information (tracked, not lost).</summary>
    public string? RedirectedTo { get; set; }

    public decimal FeeAmount { get; set; }

    /// <summary>Normalised applicant identity (ID number, credit code, else name + contact) for repeat and monthly counts.</summary>
    public string ApplicantKey { get; set; } = "";

    public List<RequestEvent> Events { get; set; } = [];

    public List<RequestAttachment> Attachments { get; set; } = [];
}

/// <summary>One append-only step of a request's timeline.</summary>
public sealed class RequestEvent : IAppendOnly
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    public RequestAction Action { get; set; }

    /// <summary>The legally relevant date of the step (e.g. the day the corrected request arrived).</summary>
    public DateOnly On { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string Actor { get; set; }

    public string? Note { get; set; }

    /// <summary>Extension days, outcome code, fee amount etc. as needed by the step.</summary>
    public int? Number { get; set; }
}
