namespace Gongkai.Core.Requests;

/// <summary>
/// One step a handler (or time) takes on a request. <see cref="On"/> is the legally relevant day (today when omitted).
/// <see cref="Days"/> is the extension for 延期, or the period given to the applicant in a 补正 notice.
/// </summary>
public sealed record RequestStep(
    RequestAction Action,
    DateOnly? On = null,
    string? Note = null,
    int? Days = null,
    RequestOutcome? Outcome = null,
    string? LegalBasis = null,
    string? AnswerText = null,
    string? DeliveryProof = null,
    string? RedirectedTo = null,
    decimal? Fee = null,
    string? ApprovedBy = null);

/// <summary>What a step is judged against: the working-day calendar in force and the current instant.</summary>
public sealed record StepContext(Calendar.WorkingDayCalendar Calendar, DateTimeOffset Now)
{
    /// <summary>Today in Beijing: no step, receipt or correction may be dated after it.</summary>
    public DateOnly Today => Gongkai.Core.Calendar.ChinaTime.Day(Now);
}

/// <summary>The intake fields a handler may correct after a registration mistake (never the tracking code or key).</summary>
public sealed record IntakeFields(
    RequestChannel Channel,
    DateOnly ReceivedOn,
    ApplicantType ApplicantType,
    string ApplicantName,
    string? IdDocumentType,
    string? IdDocumentNumber,
    string? OrganizationCode,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? Address,
    string Subject,
    string Description,
    string? Purpose,
    DeliveryMethod Delivery);
