namespace VocEd.Reports.Subscriptions;

/// <summary>One line of a recipients file: region code, name, e-mail address (personal data: never logged).</summary>
public sealed record RecipientRow(int Line, string RegionCode, string Name, string Email);
