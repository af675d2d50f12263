namespace VocEd.Reports.Charts;

/// <summary>A province's square on the tile-grid map: its code, the short name it is labelled with, and its cell.</summary>
public sealed record ProvinceTile(string Code, string ShortName, int Column, int Row);
