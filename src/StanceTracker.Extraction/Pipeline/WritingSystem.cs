namespace StanceTracker.Extraction.Pipeline;

/// <summary>
/// The scripts the language detector tells apart. Which languages use which script is data (Lexicons/languages.yaml);
/// which code points belong to which script is Unicode, so it lives here.
/// </summary>
internal enum WritingSystem
{
    Other,
    Arabic,
    Latin,
    Cyrillic,
    Greek,
    Hebrew,
    Han,
    Kana,
    Hangul,
    Devanagari,
    Thai,
    Armenian,
    Georgian,
}

internal static class WritingSystems
{
    /// <summary>The script of a letter, or <see cref="WritingSystem.Other"/> for anything else (digits, punctuation, symbols).</summary>
    public static WritingSystem Of(char c)
    {
        if (c < '\u0041')
            return WritingSystem.Other;
        if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7' or >= '\u1E00' and <= '\u1EFF')
            return WritingSystem.Latin;
        return c switch
        {
            // Letters only: Arabic digits, punctuation and diacritics say nothing about the language.
            >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or >= '\u0750' and <= '\u077F'
                or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC' => WritingSystem.Arabic,
            >= '\u0400' and <= '\u04FF' or >= '\u0500' and <= '\u052F' => WritingSystem.Cyrillic,
            >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => WritingSystem.Greek,
            >= '\u05D0' and <= '\u05EA' or >= '\uFB1D' and <= '\uFB4F' => WritingSystem.Hebrew,
            >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' => WritingSystem.Kana,
            >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => WritingSystem.Han,
            >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => WritingSystem.Hangul,
            >= '\u0900' and <= '\u097F' => WritingSystem.Devanagari,
            >= '\u0E00' and <= '\u0E7F' => WritingSystem.Thai,
            >= '\u0530' and <= '\u058F' => WritingSystem.Armenian,
            >= '\u10A0' and <= '\u10FF' => WritingSystem.Georgian,
            _ => WritingSystem.Other,
        };
    }

    /// <summary>Parses a script name as written in languages.yaml ("latin", "arabic"), ignoring case.</summary>
    public static bool TryParse(string name, out WritingSystem script)
        => Enum.TryParse(name, ignoreCase: true, out script) && script != WritingSystem.Other && !int.TryParse(name, out _);
}
