namespace VocEd.Etl.Validate;

/// <summary>The outcome of checking an 18-character citizen ID.</summary>
public enum CitizenIdCheck
{
    Valid,

    /// <summary>Not 17 digits + digit/X, or the birth date is not a real date.</summary>
    BadFormat,

    /// <summary>Well-formed, but the GB 11643 mod 11-2 check digit is wrong.</summary>
    BadCheckDigit,
}
