using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Gongkai.Documents.Reports;

/// <summary>
/// Prints the full HTML of a report (<see cref="ReportHtml.Render"/> with <c>fullDocument: true</c>) to PDF with headless
/// Chromium. Chromium is used because it lays out the Chinese text with the system's CJK fonts (fonts-noto-cjk) and
/// writes correct ToUnicode maps, so the PDF is searchable and <c>pdftotext</c> reads it back; the .NET PDF libraries
/// available here either lack that or carry an AGPL licence.
/// </summary>
public static class ReportPdf
{
    /// <summary>Environment variable naming the Chromium executable (a path, or a command on PATH); it wins over the defaults.</summary>
    public const string ChromiumVariable = "GONGKAI_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    // A report prints in one to three seconds; a minute means Chromium is stuck (no display, a locked profile…).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether a Chromium to print with exists: <see cref="ChromiumVariable"/> if set, else <c>/usr/bin/chromium</c>,
    /// <c>/usr/bin/chromium-browser</c>, <c>/usr/bin/google-chrome</c>, else those names on PATH.
    /// </summary>
    /// <param name="chromiumPath">The executable found, or null.</param>
    public static bool IsAvailable([NotNullWhen(true)] out string? chromiumPath)
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit setting that points nowhere is a configuration error, not a reason to print with another browser.
            chromiumPath = File.Exists(configured) ? configured : OnPath(configured.Trim());
            return chromiumPath is not null;
        }

        chromiumPath = Names.Select(n => "/usr/bin/" + n).FirstOrDefault(File.Exists) ?? Names.Select(OnPath).FirstOrDefault(p => p is not null);
        return chromiumPath is not null;
    }

    /// <summary>
    /// Prints <paramref name="html"/>, a complete HTML document, to PDF: the page size and margins come from its CSS
    /// <c>@page</c> rule, and Chromium's own header and footer (date, file URL) are off.
    /// </summary>
    /// <returns>The PDF's bytes.</returns>
    /// <exception cref="InvalidOperationException">Chromium is missing, fails, or takes longer than a minute.</exception>
    public static async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!IsAvailable(out var chromium))
        {
            throw new InvalidOperationException($"未找到 Chromium，无法生成 PDF：请安装 chromium，或用环境变量 {ChromiumVariable} 指定其路径。");
        }

        var directory = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "report.html");
            var output = Path.Combine(directory.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, new UTF8Encoding(false), ct).ConfigureAwait(false);

            var start = new ProcessStartInfo(chromium)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };
            foreach (var argument in (string[])
            [
                "--headless=new",
                // Running as root in a container, Chromium refuses to start with its sandbox.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // A profile of its own: concurrent prints do not fight over one, and it goes with the temp directory.
                "--user-data-dir=" + Path.Combine(directory.FullName, "profile"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + output,
                new Uri(input).AbsoluteUri,
            ])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"无法启动 Chromium（{chromium}），未能生成 PDF。");
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                ct.ThrowIfCancellationRequested();
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture, $"Chromium 打印 PDF 超时（{Timeout.TotalSeconds:0} 秒），未能生成 PDF。"));
            }

            // Chromium's helper processes may hold the pipes a moment longer; the messages are only for the error text.
            var messages = await Drain(stderr).ConfigureAwait(false);
            await Drain(stdout).ConfigureAwait(false);

            if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture, $"Chromium 打印 PDF 失败（退出码 {process.ExitCode}）：{Tail(messages)}"));
            }

            return await File.ReadAllBytesAsync(output, ct).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A helper process still closing a file in the profile: the OS's temp cleaning gets the rest.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    private static string? OnPath(string name)
    {
        if (name.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<string> Drain(Task<string> reading)
    {
        try
        {
            return await reading.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return "";
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The last lines of Chromium's messages: the error is at the end, after pages of harmless warnings.</summary>
    private static string Tail(string messages)
    {
        var lines = messages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "（Chromium 未输出错误信息）" : string.Join(" ", lines.TakeLast(5));
    }
}
