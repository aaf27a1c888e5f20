using System.Globalization;
using System.Reflection;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Deploy.Tests;

/// <summary>The code's settings, as the deploy files must name them: Stance__Name environment variables, --option switches.</summary>
public static class SettingsModel
{
    public const string Prefix = StanceSettings.Section + "__";

    public static readonly IReadOnlyDictionary<string, PropertyInfo> Properties =
        typeof(StanceSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The name of the setting an environment variable sets, or null when it is not a Stance variable.</summary>
    public static string? SettingOf(string variable) => variable.StartsWith(Prefix, StringComparison.Ordinal) ? variable[Prefix.Length..] : null;

    /// <summary>The settings a process sees: the code's defaults overlaid by the given environment, in order.</summary>
    public static StanceSettings Effective(IEnumerable<KeyValuePair<string, string>> environment)
    {
        var settings = new StanceSettings();
        foreach (var (name, value) in environment)
        {
            if (SettingOf(name) is not { } setting) continue;
            if (!Properties.TryGetValue(setting, out var property))
                throw new InvalidDataException($"{name} names no setting");
            if (value.Length == 0 || value.Contains("${", StringComparison.Ordinal)) continue; // left for the operator
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(settings, Convert.ChangeType(value, type, CultureInfo.InvariantCulture));
        }
        return settings;
    }
}
