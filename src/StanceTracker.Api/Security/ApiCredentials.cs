using System.Security.Cryptography;
using System.Text;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Api.Security;

/// <summary>
/// The credentials the client host accepts on write endpoints and the dashboard: an API key (X-Api-Key header, for
/// programs) and a user name and password (HTTP basic, for a browser on the dashboard). Either one opens both.
/// </summary>
public sealed class ApiCredentials
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Shorter keys can be guessed by trying: refuse them rather than protect the cluster with one.</summary>
    public const int MinimumKeyLength = 16;

    private readonly byte[]? _apiKey;
    private readonly byte[]? _basic;

    private ApiCredentials(string? apiKey, string? user, string? password)
    {
        _apiKey = apiKey is null ? null : Encoding.UTF8.GetBytes(apiKey);
        _basic = user is null ? null : Encoding.UTF8.GetBytes($"{user}:{password}");
    }

    /// <summary>True when something is configured: then every protected request must carry it, on any address.</summary>
    public bool Required => _apiKey is not null || _basic is not null;

    /// <summary>
    /// Reads and checks the configured credentials, and refuses an HTTP host bound off loopback with none. The messages
    /// name the settings to set, since the operator reads them in a failed start.
    /// </summary>
    public static ApiCredentials From(StanceSettings settings)
    {
        var key = Blank(settings.ApiKey);
        var user = Blank(settings.DashboardUser);
        var password = Blank(settings.DashboardPassword);
        const string section = StanceSettings.Section;
        if (key is not null && key.Length < MinimumKeyLength)
            throw new InvalidOperationException($"{section}:{nameof(settings.ApiKey)} is {key.Length} characters long: use at least {MinimumKeyLength} (e.g. the output of `openssl rand -hex 24`)");
        if ((user is null) != (password is null))
            throw new InvalidOperationException($"{section}:{nameof(settings.DashboardUser)} and {section}:{nameof(settings.DashboardPassword)} go together: set both or neither");
        if (user is not null && user.Contains(':'))
            throw new InvalidOperationException($"{section}:{nameof(settings.DashboardUser)} must not contain ':' (HTTP basic credentials separate user and password with it)");
        if (password is not null && password.Length < MinimumKeyLength)
            throw new InvalidOperationException($"{section}:{nameof(settings.DashboardPassword)} is {password.Length} characters long: use at least {MinimumKeyLength}");

        var credentials = new ApiCredentials(key, user, password);
        if (!HttpListenUrl.IsLoopback(settings.HttpHost) && !credentials.Required)
            throw new InvalidOperationException(
                $"the HTTP host would listen on {settings.HttpHost}, off loopback, with no credentials: set {section}:{nameof(settings.ApiKey)} " +
                $"(Stance__ApiKey) or {section}:{nameof(settings.DashboardUser)} and {section}:{nameof(settings.DashboardPassword)}, " +
                $"or bind 127.0.0.1 ({section}:{nameof(settings.HttpHost)}, --http-host)");
        return credentials;
    }

    public bool Accepts(HttpRequest request)
    {
        if (_apiKey is not null && request.Headers.TryGetValue(ApiKeyHeader, out var key) && key.Count == 1
            && Same(_apiKey, key[0]))
            return true;
        if (_basic is not null && request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            byte[] given;
            try
            {
                given = Convert.FromBase64String(authorization["Basic ".Length..].Trim());
            }
            catch (FormatException)
            {
                return false;
            }
            return CryptographicOperations.FixedTimeEquals(_basic, given);
        }
        return false;
    }

    // Constant time, so the answer's timing does not tell how much of a guessed key was right.
    private static bool Same(byte[] expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(given));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
