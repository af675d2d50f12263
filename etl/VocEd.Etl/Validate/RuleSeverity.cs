namespace VocEd.Etl.Validate;

/// <summary>"须/不得" rules reject the row (<see cref="Error"/>); "一般/原则上" rules keep it and flag a <see cref="Warning"/>.</summary>
public enum RuleSeverity
{
    Error,
    Warning,
}
