namespace StanceTracker.Extraction.Text;

/// <summary>Which readings of each token a phrase lexicon is matched against, and over which tokens a phrase may run.</summary>
public enum TokenReadings
{
    /// <summary>Cue, stance and issue words: clitics and inflections stripped; a phrase runs over words only.</summary>
    Words,
    /// <summary>Names: proclitics and possessives stripped; a phrase runs over words only.</summary>
    Names,
    /// <summary>Names that may contain punctuation ("U.S.", "al-Wefaq"): proclitics stripped; any token continues.</summary>
    NamesThroughPunctuation,
}
