namespace VocEd.Etl.Templates;

/// <summary>One value of an <see cref="EnumDomain"/>: the English code stored and the Chinese aliases accepted.</summary>
public sealed record EnumValue(string Code, IReadOnlyList<string> Aliases);
