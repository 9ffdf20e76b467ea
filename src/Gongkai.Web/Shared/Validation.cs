using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gongkai.Web.Shared;

/// <summary>Field-level validation errors with Chinese messages, shared by API endpoints and pages.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> Errors => errors;

    public Validation Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// <summary>Checks a required text field: not blank and within length.</summary>
    public Validation Text(string field, string label, string? value, int maxLength, bool required = true) =>
        RefusalList.TextProblem(label, value, maxLength, required) is { } message ? Add(field, message) : this;

    /// <summary>An aggregate's refusals as field errors.</summary>
    public static Validation Of(IEnumerable<Refusal> refusals)
    {
        var v = new Validation();
        foreach (var r in refusals)
        {
            v.Add(r.Field, r.Message);
        }

        return v;
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: "提交的内容有误，请按提示修改。");

    /// <summary>Copies the errors to a page's model state; fields of the bound sub-form get <paramref name="prefix"/>, the page's own fields (<paramref name="own"/>) keep their names.</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix = "", params string[] own)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var m in messages)
            {
                modelState.AddModelError(own.Contains(field) ? field : prefix + field, m);
            }
        }
    }
}

/// <summary>A use case's outcome: a value, validation errors, not found, or forbidden.</summary>
public readonly record struct Outcome<T>(T? Value, Validation? Invalid, bool NotFound = false, bool Forbidden = false)
{
    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(Validation v) => new(default, v);

    public static Outcome<T> Fail(IEnumerable<Refusal> refusals) => new(default, Validation.Of(refusals));

    public static Outcome<T> Missing => new(default, null, NotFound: true);

    public static Outcome<T> Denied => new(default, null, Forbidden: true);

    /// <summary>This outcome's refusal (not found, forbidden or invalid) as an outcome of another type.</summary>
    public Outcome<TOther> Refused<TOther>() => new(default, Invalid, NotFound, Forbidden);
}
