using System.Xml.Linq;
using VocEd.Testing;

namespace VocEd.Scheduler.Tests;

/// <summary>References point one way (docs/architecture.md): scheduler → etl, cubes, reports, tools → warehouse; warehouse references no project.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> _allowed = new(StringComparer.Ordinal)
    {
        ["VocEd.Warehouse"] = [],
        ["VocEd.Etl"] = ["VocEd.Warehouse"],
        ["VocEd.Cubes"] = ["VocEd.Warehouse"],
        ["VocEd.Reports"] = ["VocEd.Warehouse"],
        ["VocEd.Generator"] = ["VocEd.Warehouse"],
        ["VocEd.Scheduler"] = ["VocEd.Etl", "VocEd.Cubes", "VocEd.Reports", "VocEd.Generator"],
    };

    private static readonly string[] _forbiddenPackagesOutsideScheduler = ["Hangfire", "EPPlus", "ScottPlot"];

    [Test]
    public void Source_projects_reference_only_what_the_architecture_allows()
    {
        var projects = SourceProjects();
        Assert.That(projects.Keys, Is.EquivalentTo(_allowed.Keys), "every source project is listed in this test");
        foreach (var (name, document) in projects)
        {
            var references = ProjectReferences(document).ToList();
            Assert.That(references, Is.SubsetOf(_allowed[name]), $"{name} references {string.Join(", ", references)}");
        }
    }

    [Test]
    public void Etl_cubes_and_reports_never_reference_each_other_even_transitively()
    {
        var projects = SourceProjects();
        Assert.That(Closure("VocEd.Etl", projects), Does.Not.Contain("VocEd.Reports"));
        Assert.That(Closure("VocEd.Reports", projects), Does.Not.Contain("VocEd.Etl"));
        Assert.That(Closure("VocEd.Cubes", projects), Does.Not.Contain("VocEd.Etl").And.Not.Contain("VocEd.Reports"));
        Assert.That(Closure("VocEd.Warehouse", projects), Is.Empty);
    }

    [Test]
    public void Only_the_scheduler_and_reports_use_jobs_spreadsheets_or_charts()
    {
        foreach (var (name, document) in SourceProjects())
        {
            var packages = document.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? string.Empty).ToList();
            var forbidden = name switch
            {
                "VocEd.Scheduler" => [],
                "VocEd.Reports" => ["Hangfire"],
                _ => _forbiddenPackagesOutsideScheduler,
            };
            Assert.That(packages.Where(p => forbidden.Any(f => p.StartsWith(f, StringComparison.Ordinal))), Is.Empty, name);
        }
    }

    private static Dictionary<string, XDocument> SourceProjects() =>
        new[] { "warehouse", "etl", "cubes", "reports", "scheduler", "tools" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoRoot.Path, folder), "*.csproj", SearchOption.AllDirectories))
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => XDocument.Load(path), StringComparer.Ordinal);

    private static IEnumerable<string> ProjectReferences(XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? string.Empty).Replace('\\', '/')));

    private static HashSet<string> Closure(string start, Dictionary<string, XDocument> projects)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(ProjectReferences(projects[start]));
        while (queue.TryDequeue(out var next))
        {
            if (seen.Add(next) && projects.TryGetValue(next, out var document))
            {
                foreach (var reference in ProjectReferences(document))
                {
                    queue.Enqueue(reference);
                }
            }
        }

        return seen;
    }
}
