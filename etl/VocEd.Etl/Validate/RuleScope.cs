namespace VocEd.Etl.Validate;

/// <summary>Whether a rule judges one row or a whole file (file rules quarantine the file).</summary>
public enum RuleScope
{
    Row,
    File,
}
