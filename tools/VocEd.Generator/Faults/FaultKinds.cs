namespace VocEd.Generator.Faults;

/// <summary>The fault kinds the generator injects (manifest <c>fault</c>); each maps to a rule id of the ETL rule catalog.</summary>
public static class FaultKinds
{
    public const string InvalidCheckDigit = "invalid_check_digit";
    public const string UnknownMajor = "unknown_major";
    public const string MajorLevelMismatch = "major_level_mismatch";
    public const string GenderMismatch = "gender_mismatch";
    public const string MissingRequired = "missing_required";
    public const string OutOfRange = "out_of_range";
    public const string DuplicateRow = "duplicate_row";
    public const string CitizenIdAsNumber = "citizen_id_as_number";
    public const string TruncatedFile = "truncated_file";
    public const string UnreadableXlsx = "unreadable_xlsx";
}
