using Microsoft.Playwright;

namespace StanceTracker.Web.Tests;

/// <summary>
/// The browser the tests drive: Debian's chromium (installed by .ci/browser-setup), never a browser Playwright would
/// download. The flags keep a headless run quiet and offline: no sandbox (CI runs as root), no GPU, no background
/// fetches, updates or sync.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = File.Exists(ExecutablePath)
            ? ExecutablePath
            : throw new FileNotFoundException($"{ExecutablePath} is missing: run .ci/browser-setup (installs Debian's chromium)", ExecutablePath),
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };
}
