using VocEd.Etl.Conform;

namespace VocEd.Etl.Load;

/// <summary>
/// What a load starts from: the loaded submissions of its replacement key, which it replaces, and the submitting
/// school's dim_school versions (none for school_profile). Read by the claim in its batch, or by the load itself.
/// </summary>
public sealed record LoadStart(List<LoadedSubmission> Previous, SchoolKeys Schools);
