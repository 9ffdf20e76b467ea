namespace Gongkai.Testing;

/// <summary>A citizen's 依申请公开 request as the JSON API takes it.</summary>
public static class CitizenRequest
{
    /// <summary>
    /// 李四's request (a natural person with a 居民身份证, answer by e-mail) for <paramref name="subject"/>: the body of a
    /// portal submission, or the <c>applicant</c> of a request staff register.
    /// </summary>
    public static object Body(string subject = "2025年松江乡征地补偿标准及补偿款发放名单") => new
    {
        applicantType = "NaturalPerson",
        applicantName = "李四",
        idDocumentType = "居民身份证",
        idDocumentNumber = "11010519491231002X",
        phone = "13800138000",
        email = "lisi@example.com",
        subject,
        description = "请提供2025年本乡征地补偿标准的文件及补偿款发放名单。",
        delivery = "Email",
    };
}
