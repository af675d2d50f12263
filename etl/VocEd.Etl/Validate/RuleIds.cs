namespace VocEd.Etl.Validate;

/// <summary>The rule ids of the contract shared with the sample generator (lower snake_case, stable).</summary>
public static class RuleIds
{
    public const string Required = "required";
    public const string NotANumber = "not_a_number";
    public const string InvalidDate = "invalid_date";
    public const string InvalidCode = "invalid_code";
    public const string InvalidValue = "invalid_value";
    public const string OutOfRange = "out_of_range";
    public const string CitizenIdFormat = "citizen_id_format";
    public const string CitizenIdCheckDigit = "citizen_id_check_digit";
    public const string CitizenIdStoredAsNumber = "citizen_id_stored_as_number";
    public const string GenderMismatch = "gender_mismatch";
    public const string UnknownCounty = "unknown_county";
    public const string UnknownSchool = "unknown_school";
    public const string UnknownMajor = "unknown_major";
    public const string MajorLevelMismatch = "major_level_mismatch";
    public const string TechnicalLevelPair = "technical_level_pair";
    public const string TechnicalGradeExceedsDuration = "technical_grade_exceeds_duration";
    public const string EntryYearAfterAcademicYear = "entry_year_after_academic_year";
    public const string DualQualifiedExceedsFulltime = "dual_qualified_exceeds_fulltime";
    public const string ParttimeShareHigh = "parttime_share_high";
    public const string EmployedFieldsMissing = "employed_fields_missing";
    public const string NonEmployedFieldsPresent = "non_employed_fields_present";
    public const string SurveyDateTooEarly = "survey_date_too_early";
    public const string SurveyDateInFuture = "survey_date_in_future";
    public const string DuplicateRow = "duplicate_row";
    public const string OtherSubmitter = "other_submitter";
    public const string TruncatedRow = "truncated_row";
    public const string MalformedRecord = "malformed_record";
    public const string SubmissionQuarantined = "submission_quarantined";

    public const string FileUnreadable = "file_unreadable";
    public const string FileUnknownKind = "file_unknown_kind";
    public const string RejectionRateExceeded = "rejection_rate_exceeded";
    public const string EmptyReplacement = "empty_replacement";
}
