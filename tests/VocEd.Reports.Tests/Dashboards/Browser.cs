using System.Collections;
using Microsoft.Playwright;

namespace VocEd.Reports.Tests.Dashboards;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by scripts/prereqs.sh) driven by Playwright: Playwright never
/// downloads a browser here.
/// </summary>
internal static class Browser
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] _arguments =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync",
    ];

    /// <summary>Starts Chromium; with <paramref name="fontConfig"/>, under that fontconfig file instead of the system's.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string? fontConfig = null)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(Executable))
        {
            Assert.Fail($"{Executable} is missing: scripts/prereqs.sh installs the chromium package");
        }

        var options = new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true, Args = _arguments };
        if (fontConfig is not null)
        {
            // Playwright passes the browser exactly the environment given, so start from this process's own.
            var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
            environment["FONTCONFIG_FILE"] = fontConfig;
            options.Env = environment;
        }

        return await playwright.Chromium.LaunchAsync(options);
    }

    /// <summary>The file:// address of a file of the site.</summary>
    public static string Url(string path) => new Uri(path).AbsoluteUri;
}
