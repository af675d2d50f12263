namespace VocEd.Reports.Models;

/// <summary>
/// A policy threshold beside the value of its school type on 概览: <see cref="Breached"/> is true when the value misses
/// it, null when there is no value to judge.
/// </summary>
public sealed record ThresholdRow(
    string SchoolType, string SchoolTypeName, string Column, Figure Value, string Comparison, decimal Threshold, string Unit, string Level, bool? Breached, string Source);
