namespace VocEd.Cubes.Sql;

/// <summary>
/// The fact kinds whose part of the base an incremental refresh recomputes: enrollment (cube_base_major's rows of
/// employer industry −3, and cube_base_by_school's enrollment rows), graduates (its other rows and cube_base_by_school's
/// graduates rows), school profiles (cube_base_school and cube_base_by_school's profile rows). A
/// school_profile change can move a school's facts of every kind to another school version, so it means all of them.
/// </summary>
[Flags]
public enum CubeFacts
{
    None = 0,
    Enrollment = 1,
    Graduates = 2,
    Profiles = 4,
    All = Enrollment | Graduates | Profiles,
}
