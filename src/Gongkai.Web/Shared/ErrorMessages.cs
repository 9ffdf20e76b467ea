namespace Gongkai.Web.Shared;

public static class ErrorMessages
{
    /// <summary>A Chinese title for an HTTP status; our own Chinese titles (any CJK in them) are kept.</summary>
    public static string ForStatus(int status, string? current)
    {
        if (current is not null && current.Any(c => c >= '\u4e00' && c <= '\u9fff'))
        {
            return current;
        }

        return status switch
        {
            400 => "请求格式不正确，请检查参数和 JSON 内容。",
            401 => "需要登录或访问令牌。",
            403 => "无权执行此操作。",
            404 => "未找到该页面或记录。",
            405 => "不支持该请求方法。",
            413 => "提交的内容过大。",
            415 => "不支持的内容类型，请使用 application/json。",
            429 => "提交过于频繁，请稍后再试。",
            _ when status >= 500 => "服务器内部错误，请稍后重试。",
            _ => "请求未能完成。",
        };
    }
}
