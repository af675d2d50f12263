using VocEd.Etl.Templates;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// What of a personal column may be kept in a rejected row: a citizen ID keeps its first six characters (the
/// region) and the rest becomes <c>*</c>; a name is never kept. Other columns pass unchanged.
/// </summary>
public static class PersonalDataMasker
{
    public const int CitizenIdKeptCharacters = 6;

    public static string Mask(string column, string value) => column switch
    {
        ColumnNames.CitizenId => MaskCitizenId(value),
        _ when IsDropped(column) => string.Empty,
        _ => value,
    };

    /// <summary>A column of which nothing is kept, and which no rule reads: a reader need not even make its text.</summary>
    public static bool IsDropped(string column) => column == ColumnNames.StudentName;

    public static string MaskCitizenId(string value) =>
        value.Length <= CitizenIdKeptCharacters
            ? value
            : string.Create(value.Length, value, static (masked, id) =>
            {
                id.AsSpan(0, CitizenIdKeptCharacters).CopyTo(masked);
                masked[CitizenIdKeptCharacters..].Fill('*');
            });
}
