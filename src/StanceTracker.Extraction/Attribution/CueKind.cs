namespace StanceTracker.Extraction.Attribution;

public enum CueKind
{
    /// <summary>A finite reporting verb (قال، أكد، said, told): has its own subject, stated or elided.</summary>
    Verb,
    /// <summary>An adverbial participle (قائلا، مضيفا، saying, adding): speaks with the subject of its clause.</summary>
    Participle,
    /// <summary>"according to X" (وفق، بحسب، according to): the speaker follows the cue, the content is the rest of the sentence.</summary>
    Source,
    /// <summary>A relay (نقل … عن): the subject is a medium passing on someone else's words; the speaker follows the marker.</summary>
    Relay,
}

public enum CueRole
{
    /// <summary>The object, if any, is what was said.</summary>
    Speech,
    /// <summary>The object is the person addressed (خاطب، مخاطبا، told): a target of the statement.</summary>
    Address,
}
