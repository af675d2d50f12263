using VocEd.Generator.Planning;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Faults;

/// <summary>What the fault injector needs to know about the file it damages.</summary>
internal sealed record FileContext(SubmissionTemplate Template, PlannedSchool? School, SubmissionFormat Format, MajorPool Majors);
