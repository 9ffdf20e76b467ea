using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Gongkai.Testing;

/// <summary>DOCX and XLSX files pass the OpenXML SDK's validator with zero errors (CONVENTIONS, Code 8).</summary>
public static class OpenXmlAssert
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>Fails, listing every error (part, path, description), unless <paramref name="package"/> validates against <paramref name="version"/>.</summary>
    public static void Valid(OpenXmlPackage package, FileFormatVersions version)
    {
        ArgumentNullException.ThrowIfNull(package);
        var errors = new OpenXmlValidator(version).Validate(package, TestContext.Current.CancellationToken).ToList();
        Assert.True(
            errors.Count == 0,
            $"{version}: {errors.Count} validation error(s):\n" + string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>The same for a document's bytes: a word-processing, spreadsheet or presentation package.</summary>
    public static void Valid(byte[] bytes, FileFormatVersions version)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var package = Open(bytes);
        Valid(package, version);
    }

    /// <summary>The same for a document read from <paramref name="stream"/> (from its current position).</summary>
    public static void Valid(Stream stream, FileFormatVersions version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Valid(copy.ToArray(), version);
    }

    /// <summary>Opens the package as the kind its main part's content type names.</summary>
    private static OpenXmlPackage Open(byte[] bytes)
    {
        string contentType;
        using (var zip = Package.Open(new MemoryStream(bytes), FileMode.Open, FileAccess.Read))
        {
            var main = Assert.Single(zip.GetRelationshipsByType(OfficeDocument));
            contentType = zip.GetPart(PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), main.TargetUri)).ContentType;
        }

        var stream = new MemoryStream(bytes, writable: false);
        return contentType switch
        {
            _ when contentType.Contains("wordprocessingml", StringComparison.Ordinal) => WordprocessingDocument.Open(stream, false),
            _ when contentType.Contains("spreadsheetml", StringComparison.Ordinal) => SpreadsheetDocument.Open(stream, false),
            _ when contentType.Contains("presentationml", StringComparison.Ordinal) => PresentationDocument.Open(stream, false),
            _ => throw new InvalidDataException($"Not a Word, Excel or PowerPoint package: main part is {contentType}."),
        };
    }
}
