namespace Gongkai.Core;

/// <summary>Why an aggregate refused a step: the field (or step) concerned and a Chinese message for the user.</summary>
/// <param name="Field">The input field the refusal is about (as the API names it), or the step, e.g. <c>publish</c>.</param>
/// <param name="Message">Simplified Chinese, shown as is.</param>
public sealed record Refusal(string Field, string Message);

/// <summary>Collects refusals while an aggregate checks a step; the step happens only when none were added.</summary>
public sealed class RefusalList : IReadOnlyList<Refusal>
{
    private readonly List<Refusal> items = [];

    public int Count => items.Count;

    public bool IsEmpty => items.Count == 0;

    public Refusal this[int index] => items[index];

    public RefusalList Add(string field, string message)
    {
        items.Add(new Refusal(field, message));
        return this;
    }

    /// <summary>A text field: not blank (when <paramref name="required"/>) and at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public RefusalList Text(string field, string label, string? value, int maxLength, bool required = true)
    {
        if (TextProblem(label, value, maxLength, required) is { } message)
        {
            Add(field, message);
        }

        return this;
    }

    /// <summary>The wording every form uses for a text field's limits; null when the value is fine.</summary>
    public static string? TextProblem(string label, string? value, int maxLength, bool required = true) =>
        string.IsNullOrWhiteSpace(value)
            ? required ? $"请填写{label}。" : null
            : value.Trim().Length > maxLength ? $"{label}不能超过{maxLength}个字符（现为{value.Trim().Length}个）。" : null;

    public IEnumerator<Refusal> GetEnumerator() => items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
