namespace Gongkai.Core.Catalog;

/// <summary>
/// An agency's own published contact numbers (the phone and fax of its profile, as shown in the 公开指南 and the portal
/// footer). The office line printed under a notice is no one's personal information (条例第十五条 protects persons), so
/// the scan never reports it and masking never touches it.
/// </summary>
/// <remarks>
/// Numbers are compared as numbers, not as text: 0791-86801234, (0791)86801234 and 0791 8680 1234 are one landline
/// (an extension after it is still the agency's switchboard), +86 138 0013 8000 and 13800138000 one mobile.
/// </remarks>
public sealed class PublishedNumbers
{
    private readonly HashSet<string> keys;

    private PublishedNumbers(HashSet<string> keys) => this.keys = keys;

    /// <summary>No allowed numbers: every phone number is a finding.</summary>
    public static PublishedNumbers None { get; } = new([]);

    /// <summary>The phone numbers written in <paramref name="profileFields"/>; one field may hold several (电话…，传真…).</summary>
    /// <remarks>A local number without its area code is not recognised (the scan never reports one either).</remarks>
    public static PublishedNumbers From(params IEnumerable<string?> profileFields)
    {
        ArgumentNullException.ThrowIfNull(profileFields);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in profileFields)
        {
            if (string.IsNullOrWhiteSpace(field))
            {
                continue;
            }

            foreach (var f in SensitiveScanner.Scan(field))
            {
                if (SensitiveScanner.PhoneKey(f) is { } key)
                {
                    keys.Add(key);
                }
            }
        }

        return keys.Count == 0 ? None : new(keys);
    }

    /// <summary>Whether <paramref name="finding"/> is one of these numbers.</summary>
    public bool Contains(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return keys.Count > 0 && SensitiveScanner.PhoneKey(finding) is { } key && keys.Contains(key);
    }
}
