namespace VocEd.Reports.Models;

/// <summary>One child region of the alignment 分地区 (enrollment against value added): MI, 匹配度, Moore angle and the sector MI.</summary>
public sealed record ChildAlignmentRow(string Code, string Name, Figure MismatchIndex, Figure MatchDegree, Figure MooreAngle, Figure SectorMismatchIndex);
