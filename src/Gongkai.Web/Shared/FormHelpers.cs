using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Gongkai.Web.Shared;

public static class FormHelpers
{
    /// <summary>The Chinese error messages for one field, in a span the input points to with aria-describedby.</summary>
    public static IHtmlContent FieldError(this IHtmlHelper html, string key)
    {
        var id = key.Replace('.', '_') + "-error";
        var span = new TagBuilder("span");
        span.Attributes["id"] = id;
        span.AddCssClass("field-error");
        if (html.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            span.Attributes["role"] = "alert";
            span.InnerHtml.Append(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
        }

        return span;
    }
}
