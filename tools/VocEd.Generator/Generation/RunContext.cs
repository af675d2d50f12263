using VocEd.Generator.Planning;
using VocEd.Generator.Rows;
using VocEd.Generator.Students;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Generation;

/// <summary>Everything shared (read-only) by the workers of one run.</summary>
internal sealed record RunContext(
    GeneratorOptions Options,
    string OutputDirectory,
    GeneratorPlan Plan,
    MajorPool Majors,
    Geography Geography,
    DestinationModel Destinations)
{
    public static RunContext Create(GeneratorOptions options, ReferenceDataSet reference, GeneratorPlan plan)
    {
        var geography = new Geography(reference);
        return new RunContext(options, Path.GetFullPath(options.OutputDirectory), plan, new MajorPool(reference), geography, new DestinationModel(reference, geography));
    }

    /// <summary>Chance that a CSV file is truncated or an XLSX file unreadable.</summary>
    public double FileFaultRate => Math.Min(0.25, Options.FaultRate * 2);
}
