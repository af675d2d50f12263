namespace VocEd.Generator.Faults;

/// <summary>Rule ids and file quarantine reasons of the ETL rule catalog (docs/validation-rules.md) that generated faults trigger; tests check them against the catalog.</summary>
public static class RuleIds
{
    public const string Required = "required";
    public const string OutOfRange = "out_of_range";
    public const string CitizenIdCheckDigit = "citizen_id_check_digit";
    public const string CitizenIdStoredAsNumber = "citizen_id_stored_as_number";
    public const string GenderMismatch = "gender_mismatch";
    public const string UnknownSchool = "unknown_school";
    public const string UnknownMajor = "unknown_major";
    public const string MajorLevelMismatch = "major_level_mismatch";
    public const string EmployedFieldsMissing = "employed_fields_missing";
    public const string DuplicateRow = "duplicate_row";
    public const string TruncatedRow = "truncated_row";
    public const string SubmissionQuarantined = "submission_quarantined";
    public const string FileUnreadable = "file_unreadable";
    public const string RejectionRateExceeded = "rejection_rate_exceeded";
}
