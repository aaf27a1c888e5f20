namespace StanceTracker.Extraction.Relations;

/// <summary>
/// Where the holder and the target stand around a relation cue. Arabic and English put them in different orders
/// (VSO "تدعم تركيا حكومة الوفاق", SVO "Turkey backs the GNA", passive "X backed by A and B"), so each cue in the data
/// says which orders it takes; the finder needs no knowledge of either language.
/// </summary>
public enum RelationLayout
{
    /// <summary>"قوات الوفاق المدعومة من تركيا", "Haftar, backed by Russia and the UAE": every actor of the list holds the position.</summary>
    TargetCueHolders,
    /// <summary>"بدأت تركيا تقديم الدعم العسكري لحكومة السراج", "France, which supports Haftar".</summary>
    HolderCueTarget,
    /// <summary>"الدعم التركي لحكومة الوفاق", "تدعم مصر حفتر": the holder (a name or a nationality adjective) right after the cue.</summary>
    CueHolderTarget,
    /// <summary>"عارضته اليونان": the object pronoun points back to the target, the subject follows the verb.</summary>
    TargetCueHolder,
}
