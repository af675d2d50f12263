namespace VocEd.Etl.Validate;

/// <summary>Why a whole file is quarantined: a file-level rule id (<c>file_unreadable</c> …) and the detail.</summary>
public sealed record FileProblem(string ReasonCode, string Detail, string? Limit = null)
{
    public string MessageEn => RuleCatalog.Get(ReasonCode).FormatEn(string.Empty, Detail, Limit);

    public string MessageZh => RuleCatalog.Get(ReasonCode).FormatZh(string.Empty, DetailZh ?? Detail, Limit);

    /// <summary>A Chinese rendering of <see cref="Detail"/>, when there is one.</summary>
    public string? DetailZh { get; init; }
}
