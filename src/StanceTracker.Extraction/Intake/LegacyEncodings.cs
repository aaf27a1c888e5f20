using System.Text;
using System.Text.RegularExpressions;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The pre-Unicode code pages that saved web pages and feeds still declare (windows-1256 and ISO-8859-6 for Arabic
/// sites, windows-1252 for older Western ones). .NET knows them only once the code-pages provider is registered.
/// </summary>
internal static partial class LegacyEncodings
{
    // The HTML standard's prescan looks at the first 1024 bytes for the charset declaration; so do we.
    private const int PrescanBytes = 1024;

    static LegacyEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes the code pages known to encoding lookups, including the one XmlReader does for a feed's declaration.</summary>
    public static void EnsureRegistered()
    {
        // The static constructor does the work; this call only guarantees it has run.
    }

    /// <summary>The charset a page declares in a &lt;meta&gt; near its start, or null when it declares none.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> page)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup reads correctly whatever the real encoding is.
        var head = Encoding.Latin1.GetString(page[..Math.Min(page.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>The encoding of that name, or null when .NET does not know it.</summary>
    public static Encoding? Find(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
