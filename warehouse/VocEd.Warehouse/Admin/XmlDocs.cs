using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace VocEd.Warehouse.Admin;

/// <summary>The XML documentation the build writes beside VocEd.Warehouse.dll: the summaries of the table classes (their grain) and properties.</summary>
internal sealed partial class XmlDocs
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocs Load()
    {
        var path = Path.ChangeExtension(typeof(XmlDocs).Assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the XML documentation of the warehouse model is missing ({path}): build with GenerateDocumentationFile", path);
        }

        var summaries = XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string?)m.Attribute("name") ?? string.Empty, m => Flatten(m.Element("summary")!), StringComparer.Ordinal);
        return new XmlDocs(summaries);
    }

    public string? Type(Type type) => _summaries.GetValueOrDefault("T:" + type.FullName);

    public string? Property(Type type, string property) => _summaries.GetValueOrDefault($"P:{type.FullName}.{property}");

    private static string Flatten(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(n => n switch
        {
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? string.Empty).Split('.')[^1],
            XElement e => e.Value,
            _ => n.ToString(),
        }));
        return Spaces().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
