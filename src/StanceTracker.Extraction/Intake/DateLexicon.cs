using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The words of dates (month names, weekdays, AM/PM markers, fillers), read once from Lexicons/months.yaml beside the
/// assembly so that a new spelling is a data change, not a code change.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Shared = new(() => Load(DefaultPath), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Lexicons", "months.yaml");

    public static DateLexicon Default => Shared.Value;

    private readonly Dictionary<string, int> _months;

    private DateLexicon(Dictionary<string, int> months, HashSet<string> weekdays, HashSet<string> morning,
        HashSet<string> evening, HashSet<string> fillers)
    {
        _months = months;
        Weekdays = weekdays;
        Morning = morning;
        Evening = evening;
        Fillers = fillers;
        LongestMonthWords = months.Keys.Max(k => k.Split(' ').Length);
    }

    public IReadOnlySet<string> Weekdays { get; }
    public IReadOnlySet<string> Morning { get; }
    public IReadOnlySet<string> Evening { get; }
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>How many words the longest month name has, so the parser knows how far ahead to look.</summary>
    public int LongestMonthWords { get; }

    /// <param name="key">Words already passed through <see cref="DateWordNormalizer.Key"/> and joined by single spaces.</param>
    public bool TryGetMonth(string key, out int month) => _months.TryGetValue(key, out month);

    public static DateLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The date lexicon was not found at '{path}'; it ships in the Lexicons folder beside the assembly.", path);

        MonthsFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            using var reader = File.OpenText(path);
            file = deserializer.Deserialize<MonthsFile>(reader) ?? new MonthsFile();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"The date lexicon '{path}' is not valid: {ex.Message}", ex);
        }

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, names) in file.Months)
        {
            if (number is < 1 or > 12)
                throw new InvalidDataException($"The date lexicon '{path}' lists month {number}; months are numbered 1 to 12.");
            foreach (var name in names)
            {
                var key = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DateWordNormalizer.Key));
                if (key.Length == 0)
                    continue;
                if (months.TryGetValue(key, out var existing) && existing != number)
                    throw new InvalidDataException($"The date lexicon '{path}' gives '{name}' to months {existing} and {number}.");
                months[key] = number;
            }
        }
        if (months.Count == 0)
            throw new InvalidDataException($"The date lexicon '{path}' has no month names.");

        return new DateLexicon(months, Keys(file.Weekdays), Keys(file.Morning), Keys(file.Evening), Keys(file.Fillers));
    }

    private static HashSet<string> Keys(IEnumerable<string> words)
        => words.Select(DateWordNormalizer.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    // The shape of months.yaml; unknown keys are an error so that a misspelt section is noticed rather than ignored.
    private sealed class MonthsFile
    {
        public Dictionary<int, List<string>> Months { get; set; } = [];
        public List<string> Weekdays { get; set; } = [];
        public List<string> Morning { get; set; } = [];
        public List<string> Evening { get; set; } = [];
        public List<string> Fillers { get; set; } = [];
    }
}
