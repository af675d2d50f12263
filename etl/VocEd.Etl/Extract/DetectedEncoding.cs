using System.Text;

namespace VocEd.Etl.Extract;

/// <summary>
/// A text file's encoding as detected from its first bytes: the name reported, a strict decoder, how many
/// BOM bytes to skip, and the encoding to retry with should undecodable bytes appear after the sampled prefix.
/// </summary>
public sealed record DetectedEncoding(string Name, Encoding Encoding, int PreambleLength, DetectedEncoding? Fallback);
