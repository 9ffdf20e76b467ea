namespace Gongkai.Core;

/// <summary>
/// Why an aggregate refused a step: the field the user should look at and a Chinese message that cites the rule.
/// An aggregate that returns refusals has changed nothing.
/// </summary>
public sealed record Refusal(string Field, string Message);

/// <summary>Collects refusals; the checks every aggregate and form share (required text within a length).</summary>
public sealed class Refusals : List<Refusal>
{
    public bool None => Count == 0;

    public Refusals Add(string field, string message)
    {
        Add(new Refusal(field, message));
        return this;
    }

    /// <summary>A text field: not blank when required, and within <paramref name="maxLength"/> once trimmed.</summary>
    public Refusals Text(string field, string label, string? value, int maxLength, bool required = true)
    {
        if (TextProblem(label, value, maxLength, required) is { } message)
        {
            Add(field, message);
        }

        return this;
    }

    public static string? TextProblem(string label, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? $"请填写{label}。" : null;
        }

        var length = value.Trim().Length;
        return length > maxLength ? $"{label}不能超过{maxLength}个字符（现为{length}个）。" : null;
    }
}
