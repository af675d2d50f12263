namespace VocEd.Reports.Models;

/// <summary>One major category of 毕业生适配 (cube_graduate_fit): graduates, employed and the three fit rates over the employed.</summary>
public sealed record GraduateFitRow(
    string CategoryCode, string CategoryName, long Graduates, long Employed, Figure IndustryMatchRate, Figure LocalEmploymentRate, Figure PriorityIndustryRate);
